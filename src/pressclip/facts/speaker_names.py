"""The fullest name of a speaker's mention, the Resolver's part that reads names: a shared
surname told apart by its civility's gender or by the namesake introduced before it, a
first name, a misspelt surname or a surname a line break parted from its given name to the
one full name it belongs to, initials before a surname the text uses alone, an
institution's lone noun to the one body whose name ends with it, an institution with its
article.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .entity_words import given_name
from .gender import given_name_gender, word_gender
from .lexicon import ORG_WORDS
from .name_forms import _initials, _is_acronym
from .names import Mention
from .speaker_words import (
    ARTICLE_AT_END,
    CIVILITIES,
    CIVILITY_CHARS,
    INITIALS,
    MISSPELT_MIN_CHARS,
)

# The words of a name that an acronym's letters skip ("Department of Environment and
# Conservation (DEC)"), and how far before the bracket such a name may open.
NAME_LINKS = frozenset({"of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "et"})
SPELLED_OUT_CHARS = 120
# A generation's suffix after a surname ("Aquino III", "King Jr.").
GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
# "Dr. Schroeder of the U.C.S.F.": a civility's name before "of" and the body after it.
CIVILITY_OF_BODY = re.compile(r"((?:[A-Z][\w'’-]*\.? ){0,2}[A-Z][\w'’-]+) of (?:the )?(\S.*)")


class NameForms:
    """Resolver's name forms (a mixin: it reads the state Resolver.__init__ sets)."""

    def _by_civility(self) -> None:
        """ "Ms. Holmes" where the text names James and Arlene Holmes: a civility's gender
        (Mr., Ms., Mrs., M., Mme …) gives a shared surname to the one person of that
        surname known to have that gender, not to the one named most often."""
        by_start = {m.start: m for m in self.mentions}
        for start, full in list(self.shared_surnames.items()):
            civility = civility_before(self.text, start)
            if civility is None:
                continue
            gender = word_gender(civility)
            surname = by_start[start].text
            if gender is None or self._full_gender(full) == gender:
                continue
            holders = {n for n in self.full_names() if n.split()[-1] == surname
                       and self._full_gender(n) == gender}
            if len(holders) == 1:
                self.shared_surnames[start] = holders.pop()

    def _by_introduction(self) -> None:
        """A shared surname stands for a namesake the text has introduced by then, not for
        one it names only later, however often ("Taliban commander Mansoor Dadullah … "…,"
        Dadullah told", his brother "Mullah Dadullah" named twice after): of those named
        before it, the one named last."""
        first: dict[str, int] = {}
        for m in self.mentions:
            if m.type == "person" and " " in m.text:
                first[m.text] = min(m.start, first.get(m.text, m.start))
        for start, full in list(self.shared_surnames.items()):
            if first.get(full, start) < start:
                continue
            surname = full.split()[-1]
            named = [(at, name) for name, at in first.items()
                     if at < start and name.split()[-1] == surname]
            if named:
                self.shared_surnames[start] = max(named)[1]

    def broken_names(self) -> dict[str, str]:
        """Surname -> the given name and surname that a line break splits inside a
        sentence ("the U.N.'s top representative here, Tom¶Koenigs, said"), which the
        entity pass finds as two names: nothing but the break stands between them."""
        if self._broken_names is None:
            found: dict[str, set[str]] = {}
            for a, b in pairwise(self.mentions):
                gap = self.text[a.end:b.start]
                if "\n" in gap and gap.isspace() and " " not in a.text and \
                        " " not in b.text and b.type == "person" and given_name(a.text):
                    found.setdefault(b.text, set()).add(f"{a.text} {b.text}")
            self._broken_names = {surname: names.pop() for surname, names in found.items()
                                  if len(names) == 1}
        return self._broken_names

    def _full_gender(self, name: str) -> str | None:
        """A full name's gender by its given name, else by the words the text puts
        around it ("his mother, Arlene X")."""
        return given_name_gender(name) or self.genders.of(name)

    def initialled(self) -> dict[str, str]:
        """Names of two words opening with initials whose surname the text uses alone,
        each and its surname -> the full name."""
        if self._initialled is None:
            alone = {m.text for m in self.mentions if " " not in m.text}
            self._initialled = {}
            for m in self.mentions:
                words = m.text.split()
                if len(words) == 2 and INITIALS.fullmatch(words[0]) and words[1] in alone \
                        and not words[1].isupper() and words[1].lower() not in ORG_WORDS:
                    full = self.canonical.get(m.text, m.text)
                    self._initialled[full] = self._initialled[words[1]] = full
        return self._initialled

    def name(self, mention: Mention) -> str:
        """The fullest name of a person mention, told by its place when it is ambiguous; a
        first name alone ("Greg says") is the one full name of the text it begins."""
        found = self.shared_surnames.get(mention.start) or \
            self.canonical.get(mention.text, mention.text)
        if mention.type != "person" and found in self.initialled():
            return self.initialled()[found]  # "Tolliver": DJ Tolliver
        if " " not in found and mention.type == "person":
            fuller = self.first_names().get(found) or self._misspelt(found) or \
                self.typed_otherwise().get(found) or self.broken_names().get(found)
            if fuller:
                return fuller
        if " " not in found and found.lower() in ORG_WORDS:
            return self._body_ending(found) or found
        return found

    def typed_otherwise(self) -> dict[str, str]:
        """Surname -> the one name of the text that runs from a given name to that surname,
        perhaps before a generation's suffix, whatever its type ("Benigno S. Aquino III"
        typed an organisation, "Ramon T. Alcaraz III" a person whose last word is no
        surname): read for a surname alone that no fuller person name ends with. A mention
        whose first given name comes after other words (a body or a title the entity pass
        glued to the name: "Dun & Bradstreet CIO Walt Hauck") gives the name from that given
        name on."""
        if self._typed_otherwise is None:
            found: dict[str, set[str]] = {}
            for m in self.mentions:
                words = m.text.split()
                suffix = words[-1:] if words and words[-1].rstrip(".") in GENERATIONS else []
                words = words[:len(words) - len(suffix)]
                first = next((i for i, w in enumerate(words[:-1]) if given_name(w)), None)
                if first is not None:
                    found.setdefault(words[-1], set()).add(" ".join(words[first:] + suffix))
            self._typed_otherwise = {surname: names.pop() for surname, names in found.items()
                                     if len(names) == 1}
        return self._typed_otherwise

    def _body_ending(self, word: str) -> str | None:
        """ "Police said": the one organisation of the text whose name ends with this
        institution noun ("Cleveland Police"), whatever type the lone word was given."""
        bodies = {o for o in self.organisations if o.endswith(" " + word)}
        return bodies.pop() if len(bodies) == 1 else None

    def _misspelt(self, surname: str) -> str | None:
        """The one full person name whose surname is this one misspelt by a letter or two
        swapped ("Hieman" for Sven Heiman, "Lindqvsit" for Eva Lindqvist)."""
        if len(surname) < MISSPELT_MIN_CHARS:
            return None
        found = {name for name in self.full_names() if _one_slip(surname, name.split()[-1])}
        return found.pop() if len(found) == 1 else None

    def full_names(self) -> set[str]:
        """The full person names of the text (two words or more), canonical."""
        if self._full_names is None:
            self._full_names = {self.canonical.get(m.text, m.text) for m in self.mentions
                                if m.type == "person" and " " in m.text}
        return self._full_names

    def first_names(self) -> dict[str, str]:
        """First name -> the only full person name of the text that begins with it."""
        if self._first_names is None:
            full: dict[str, set[str]] = {}
            for m in self.mentions:
                if m.type == "person" and " " in m.text:
                    name = self.canonical.get(m.text, m.text)
                    full.setdefault(name.split()[0], set()).add(name)
            self._first_names = {first: next(iter(names)) for first, names in full.items()
                                 if len(names) == 1}
        return self._first_names

    def _spelled_out(self, acronym: str) -> str | None:
        """The name an acronym's letters spell where the text gives it in brackets after
        that name ("Department of Environment and Conservation (DEC)"): the capitalised
        words before the bracket, with the links between them, whose initials are the
        acronym's letters. The entity pass may cut such a name at its "and" into two."""
        at = self.text.find(f"({acronym})")
        if at < 0:
            return None
        words = self.text[max(0, at - SPELLED_OUT_CHARS):at].split()
        run: list[str] = []
        for word in reversed(words):
            capitalised = word[:1].isupper() and word.strip("'’").isalpha()
            if not capitalised and not (run and word.lower() in NAME_LINKS):
                break
            run.insert(0, word)
        while run and run[0].lower() in NAME_LINKS:
            run.pop(0)
        name = " ".join(run)
        return name if len(run) > 1 and _initials(name) == acronym.replace(".", "") else None

    def with_determiner(self, mention: Mention) -> str:
        """An institution as the article names it: "le Pentagone", not "Pentagone"."""
        if mention.text in self.canonical:
            return self.canonical[mention.text]
        if mention.type != "person" and _is_acronym(mention.text):
            spelled = self._spelled_out(mention.text)
            if spelled:
                return spelled
        before = self.text[max(0, mention.start - 4) : mention.start]
        found = ARTICLE_AT_END.search(before)
        if found and mention.type != "person":
            return self.text[mention.start - len(before) + found.start(1) : mention.end]
        return mention.text


def civility_before(text: str, start: int) -> str | None:
    """The civility ("Mr.", "Dr.", "Mme") written just before a name starting at `start`,
    or None."""
    before = text[max(0, start - CIVILITY_CHARS):start].split()
    return before[-1] if before and before[-1].lower() in CIVILITIES else None


def civility_names_apart(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name after a civility that runs on into "of" and a body ("Dr. Schroeder of the
    U.C.S.F.", which the entity pass types an organisation whole) is two mentions: the
    person the civility titles, and the body he belongs to."""
    out: list[Mention] = []
    for m in mentions:
        found = CIVILITY_OF_BODY.fullmatch(m.text) if m.type != "person" else None
        if found is None or civility_before(text, m.start) is None or \
                any(w.lower() in ORG_WORDS for w in found.group(1).split()):
            out.append(m)
            continue
        body = m.start + found.start(2)
        out.append(Mention(found.group(1), m.start, m.start + found.end(1), "person", True,
                           m.after_preposition))
        out.append(Mention(found.group(2), body, m.end, m.type, False, True))
    return out


def _one_slip(a: str, b: str) -> bool:
    """Two different words one typing slip apart: two neighbouring letters swapped, or one
    letter more, less or replaced."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))
