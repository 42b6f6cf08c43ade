"""An English office after a place, with no holder's name after it ("the Korvania PM said",
"ex-Korvania President"), set apart before the vote: the place is a name, the office is
not. English writes the country before the office as a modifier; French puts it after
("le Premier ministre korvanien") in lower case, so English alone is read. A name after
the office is the holder's, which names.py already cuts at the title.
"""

from __future__ import annotations

from .names import Mention
from .places import fold, places

# The offices that news names by their country, region or town in English: heads of state
# and government, ministers, mayors and governors, and the members of a parliament
# ("Korvania PM", "Oskar City Mayor", "Belnitz MP"). Not the words that also end a
# newspaper's or a team's name ("Toronto Star", "Houston Chronicle", "Dallas Stars").
OFFICES = frozenset(
    "president premier pm minister chancellor mayor governor senator mp mep mla".split())


def _place_before_office(m: Mention) -> Mention | None:
    """The place of `m` when `m` is a known place and an office word after it."""
    words = m.text.split()
    if len(words) < 2 or words[-1].lower() not in OFFICES or m.type == "person":
        return None
    name = m.text[: m.text.rindex(words[-1])].rstrip()
    if fold(name) not in places():
        return None
    return Mention(name, m.start, m.start + len(name), "place", False, m.after_preposition)


def offices_set_apart(mentions: list[Mention], language: str | None = None
                      ) -> list[Mention]:
    """`mentions` with each place before an office (English) cut to the place alone."""
    if language not in (None, "en"):
        return mentions
    out = []
    for m in mentions:
        place = _place_before_office(m)
        out.append(m if place is None else place)
    return out
