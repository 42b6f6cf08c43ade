"""The grammatical gender of the people an article names, from the text alone.

Evidence is the title or role word right before a mention ("Mme", "la juge", "avocate de X,"),
the role in an apposition after it ("X, porte-parole du ministère,", "X, a spokeswoman"), the
determiner of a French role ("la ministre"), else a frequent first name of one gender. A
person's gender is the one its mentions agree on; a conflict or no evidence leaves it unknown,
and unknown matches every pronoun.
"""

from __future__ import annotations

import re
import unicodedata

from .lexicon import (
    FEMININE,
    FEMININE_FIRST_NAMES,
    MASCULINE,
    MASCULINE_FIRST_NAMES,
    PRONOUN_GENDER,
    ROLE_NOUNS,
    TITLES,
    is_cue,
)
from .names import Mention

WORD = re.compile(r"[\w’'.\-]+")
# How many words before a name may carry its title or role ("la secrétaire d'État X").
BEFORE_WORDS = 4
COMPLEMENT_WORDS = {"de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’", "of", "the",
                    "for", "at", "in", "en", "à", "au", "aux"}
APPOSITION = re.compile(r",\s*([^.;:!?()«»“”\"\n]{1,80})")
APPOSITION_WORDS = 6
CLAUSE_WORDS = {"qui", "que", "dont", "who", "which", "that", "whose", "a", "has", "is", "was",
                "est", "était", "avait", "had", "et", "and", "mais", "but"}


# Compiled once: "-t-il"/"-elle" ending an inverted verb; "l'"/"d'" opening a word.
INVERTED_GENDERED = re.compile(r"-(il|elle)$")
ELIDED_ARTICLE = re.compile(r"^[ld]['’]")


def pronoun_gender(word: str) -> str | None:
    """ "elle", "-t-il", "she": the gender a pronoun asks for, None when it has none."""
    low = word.lower()
    suffix = INVERTED_GENDERED.search(low)
    return PRONOUN_GENDER.get(suffix.group(1) if suffix else low)


def word_gender(word: str, before: str = "") -> str | None:
    """The gender of a title or role word, helped by its determiner ("la ministre")."""
    low = ELIDED_ARTICLE.sub("", word.lower())
    if low in FEMININE:
        return "f"
    if low in MASCULINE:
        return "m"
    if low in ROLE_NOUNS or low in TITLES:
        det = before.lower()
        if det in {"la", "une", "cette"}:
            return "f"
        if det in {"le", "un", "ce"}:
            return "m"
    return None


def _mention_gender(text: str, mention: Mention) -> str | None:
    before = WORD.findall(text[max(0, mention.start - 60) : mention.start])[-BEFORE_WORDS:]
    # The nearest gendered word before the name, with nothing but its complement between
    # ("l'avocate de Karim B., Leïla"); a verb between ("le maire a reçu X") stops it.
    for i in range(len(before) - 1, -1, -1):
        found = word_gender(before[i], before[i - 1] if i else "")
        if found:
            return found
        if not (before[i][:1].isupper() or before[i].lower() in COMPLEMENT_WORDS):
            break
    apposition = APPOSITION.match(text, mention.end)
    if apposition:
        # "X, 45 ans, agricultrice", "X, a spokeswoman for Y": the description of X, up to
        # a relative or a verb that starts a clause of its own.
        words = WORD.findall(apposition.group(1))[:APPOSITION_WORDS]
        for i, w in enumerate(words):
            if w.lower() in CLAUSE_WORDS or is_cue(w):
                break
            found = word_gender(w, words[i - 1] if i else "")
            if found:
                return found
    return given_name_gender(mention.text)


def given_name_gender(name: str) -> str | None:
    """The gender of a person's name by its first word, a given name of one gender."""
    first = unicodedata.normalize("NFC", name.split()[0].lower())
    if first in FEMININE_FIRST_NAMES:
        return "f"
    if first in MASCULINE_FIRST_NAMES:
        return "m"
    return None


class Genders:
    """Gender of each canonical person name, from all of its mentions. A name's mentions are
    read on the first question about it: a text asks about a few of the people it names."""

    def __init__(self, text: str, mentions: list[Mention], canonical: dict[str, str]) -> None:
        self.text = text
        self.mentions_of: dict[str, list[Mention]] = {}
        for m in mentions:
            if m.type != "person" or m.after_preposition:
                continue
            self.mentions_of.setdefault(canonical.get(m.text, m.text), []).append(m)
        self._of: dict[str, str | None] = {}

    def of(self, name: str) -> str | None:
        """The gender all of the name's mentions that show one agree on, else None."""
        if name not in self._of:
            found = {_mention_gender(self.text, m) for m in self.mentions_of.get(name, ())}
            found.discard(None)
            self._of[name] = found.pop() if len(found) == 1 else None
        return self._of[name]

    def fits(self, name: str | None, gender: str | None) -> bool:
        """Whether the person may be the one a pronoun of this gender stands for."""
        if gender is None or name is None:
            return True
        known = self.of(name)
        return known is None or known == gender
