"""A name's mention, and the fuller form of the name that each mention stands for.

canonical_names maps a short form to the fullest one of the text ("Smith" to "Jane Smith",
an acronym to the organisation it spells); shared_surnames picks the person a surname shared
by several stands for. facts/_mentions.pyx holds their compiled twins.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True, init=False)
class Mention:
    text: str
    start: int
    end: int
    type: str  # "person", "organization", "place"
    titled: bool  # a title stood before it (M., Dr., President ...)
    after_preposition: bool

    def __init__(self, text: str, start: int, end: int, type: str, titled: bool,
                 after_preposition: bool) -> None:
        # The frozen dataclass's own __init__ sets each field through object.__setattr__;
        # the slots' own setters do the same in about 0.6 of the time, and a text makes
        # thousands of mentions. Setting a field afterwards still raises (frozen).
        _SET_TEXT(self, text)
        _SET_START(self, start)
        _SET_END(self, end)
        _SET_TYPE(self, type)
        _SET_TITLED(self, titled)
        _SET_AFTER_PREPOSITION(self, after_preposition)


_SET_TEXT, _SET_START, _SET_END, _SET_TYPE, _SET_TITLED, _SET_AFTER_PREPOSITION = (
    getattr(Mention, name).__set__
    for name in ("text", "start", "end", "type", "titled", "after_preposition"))


@lru_cache(maxsize=8192)  # asked for every word of every run, often the same words
def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _initials(name: str) -> str:
    """ "British Educational Communications and Technology Agency" -> "BECTA";
    a one-word name spells its inner capitals ("GlaxoSmithKline" -> "GSK")."""
    if " " not in name:
        return "".join(c for c in name if c.isupper())
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def python_canonical_names(mentions: list[Mention], text: str = "") -> dict[str, str]:
    """Each person mention's text -> the fullest person name sharing its last word; an
    acronym -> the organisation it spells or follows in brackets (given `text`).
    _mentions.canonical_names is the compiled twin."""
    # Each person's name once, in order, with its last mention: a name met again cannot
    # displace the fullest form (only a strictly fuller one does), and the last mention of a
    # name sets its entry below. A name is mentioned about twice on average.
    last_person: dict[str, Mention] = {}
    for m in mentions:
        if m.type == "person":
            last_person[m.text] = m
    fullest: dict[str, str] = {}
    for m in last_person.values():
        key = _fold(m.text.split()[-1])
        best = fullest.get(key)
        # "Rémy X" and "Remy X" are one person: the accented spelling is the careful one.
        if best is None:
            fullest[key] = m.text
            continue
        # (words, accents) compared in that order; the accents are counted on a tie only.
        length, best_length = len(m.text.split()), len(best.split())
        if length > best_length or (length == best_length and _accents(m.text) > _accents(best)):
            fullest[key] = m.text
    out = {}
    # "BECTA" stands for the organisation whose initials it spells.
    spelled = {}
    for m in mentions:
        if m.type != "organization":
            continue
        if " " in m.text:
            if m.text.count(" ") > 1:
                spelled[_initials(m.text)] = m.text
        elif sum(map(str.isupper, m.text)) > 2 and not _is_acronym(m.text):
            spelled[_initials(m.text)] = m.text
    for before, m in zip(mentions, mentions[1:], strict=False):
        # "the Movement for … Delta (MEND)": the acronym stands for the name before it.
        if _is_acronym(m.text) and before.type == "organization" and " " in before.text \
                and text[before.end:m.start] == " (" and text[m.end:m.end + 1] == ")":
            spelled.setdefault(m.text, before.text)
    for m in mentions:
        if m.type == "organization" and _is_acronym(m.text) and m.text in spelled:
            out[m.text] = spelled[m.text]
    for m in last_person.values():
        full = fullest[_fold(m.text.split()[-1])]
        if full == m.text and " " not in m.text and m.titled:
            # "Dame Mary", "Sir Ian": a title before a first name.
            firsts = {f for f in fullest.values() if f.split()[0] == m.text and " " in f}
            full = firsts.pop() if len(firsts) == 1 else full
        # "Mory Koivogui" is not "Barrêt Koivogui": only a shorter form of it is expanded.
        folded = _fold(m.text)
        # "Al Qadiri" opening a sentence is "Rania al Qadiri": a particle's capital is the
        # sentence's.
        out[m.text] = full if " " not in m.text or _fold(full) == folded or \
            _fold(full).lower().endswith(" " + folded.lower()) else m.text
    return out


def python_shared_surnames(mentions: list[Mention]) -> dict[int, str]:
    """Start of each bare surname that several named people share -> the full name it
    stands for, which its text alone cannot tell (canonical_names gives the others).

    It stands for the one the article names most often (news style gives relatives and
    namesakes their first names: "Joe Castellano" is "Castellano", his wife stays "Sue
    Castellano"); between people named equally often ("Harvey and Bob Lindell"), for the
    one named last before it, else first after it. _mentions.shared_surnames is the
    compiled twin."""
    full_mentions: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "person" and " " in m.text:
            full_mentions.setdefault(_fold(m.text.split()[-1]), []).append(m)
    out = {}
    for m in mentions:
        if m.type != "person" or " " in m.text:
            continue
        fulls = full_mentions.get(_fold(m.text), [])
        if len(fulls) < 2:
            continue  # one full mention names one person (most surnames)
        counts = Counter(_fold(f.text) for f in fulls)
        if len(counts) < 2:
            continue
        most = max(counts.values())
        fulls = [f for f in fulls if counts[_fold(f.text)] == most]
        before = [f for f in fulls if f.start < m.start]
        out[m.start] = (before[-1] if before else fulls[0]).text
    return out


def _fold(name: str) -> str:
    """The name without its diacritics."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii") \
        if not name.isascii() else name


def _accents(name: str) -> int:
    return 0 if name.isascii() else sum(not c.isascii() for c in name)
