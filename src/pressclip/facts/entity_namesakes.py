"""Which of several people sharing a surname a bare surname stands for, by the words before it.

A bare surname's canonical form is the fullest name ending in it (canonical_names), and
name_forms.shared_surnames picks the person named most often, else the one named last
before it: neither reads the surname's own title ("Mr. Varlow" after "Tom Varlow and his
wife, Ann Rita Varlow" is not Ann). Where the words before it tell, they decide:
- the title or role words that also stood before one of the full names only ("Defence
  Secretary X" after "Defence Secretary Tom X" and "President Ian X"): that person;
- else a gendered title or role ("Mr.", "Ms.", "Mme"; facts/gender.py, English and
  French) that fits one of them only, by their own titles, roles and given names.
"""

from __future__ import annotations

from .gender import Genders
from .lexicon import CAPITAL_STOPWORDS, ROLE_NOUNS, TITLES
from .name_forms import Mention, _fold
from .names import shared_surnames

# How many title or role words before a name are read ("Deputy Defence Secretary").
ROLE_WORDS = 3


def _role(text: str, start: int) -> tuple[str, ...]:
    """The title and role words right before `start`, lower-cased, without articles: the
    capitalised words and the lexicon's titles and roles up to the first other word."""
    words = text[max(0, start - 60):start].split()[-ROLE_WORDS:]
    out: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if not (word[:1].isupper() or low in TITLES or low in ROLE_NOUNS) or \
                word.endswith((",", ";", ":", '"', "”")):
            break
        if low not in CAPITAL_STOPWORDS:
            out.append(low)
    return tuple(reversed(out))


def _one(names: set[str]) -> str | None:
    return next(iter(names)) if len(names) == 1 else None


def namesakes(mentions: list[Mention], text: str) -> dict[int, str]:
    """Start of each bare surname that several named people share and whose title or role
    tells which of them it is -> that person's full name."""
    shared = shared_surnames(mentions)
    if not shared:
        return {}
    fulls: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "person" and " " in m.text:
            fulls.setdefault(_fold(m.text.split()[-1]), []).append(m)
    genders = Genders(text, mentions, {})
    out: dict[int, str] = {}
    for m in mentions:
        if m.start not in shared:
            continue
        people = fulls.get(_fold(m.text), [])
        role = _role(text, m.start)
        found = _one({f.text for f in people if _role(text, f.start) == role}) if role \
            else None
        if found is None:
            # Its own gender, after a preposition too ("before Mr. X").
            gender = Genders(text, [Mention(m.text, m.start, m.end, "person", m.titled,
                                            False)], {}).of(m.text)
            found = _one({f.text for f in people if genders.of(f.text) == gender}) \
                if gender is not None else None
        if found is not None:
            out[m.start] = found
    return out
