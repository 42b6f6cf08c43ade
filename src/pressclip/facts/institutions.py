"""An institution as a French or English text describes it: its noun, the adjectives after
it and its named complement ("le ministère grec de la Protection civile", "le parquet
national financier", "the ministry of Defence").

French puts most adjectives after the noun, so an institution's description may run over
more words than a name does before it says anything else; these tell such a description
from a phrase that goes on past it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import OFFICE_NOUNS, ORG_WORDS, ROLE_NOUNS, SPOKES_NOUNS
from .lexicon_fr import FR_DEFINITE_DETERMINERS, FR_NOUN_DETERMINERS

# Up to two lower-case words between an institution's noun and its complement, none a verb
# that would make the noun a subject ("le ministère a …"): "ministère grec de …".
NOT_POSTPOSED = r"(?!(?:a|est|avait|était|sont|ont|va|and|et|is|was|has|said|de|du|des)\s)"
POSTPOSED = rf"(?:\s+{NOT_POSTPOSED}[a-zà-ÿ][\w-]*){{0,2}}?"
# A lower-case word after a named complement, read as its adjective only when it ends as a
# French adjective does ("de la Protection civile", "de l'Intérieur italien").
TRAILING_ADJECTIVE = (r"(?:\s+[a-zà-ÿ][\w-]*(?:al|ales?|aux|iles?|iques?|iens?|iennes?|aires?"
                      r"|if|ives?|ais|aises?|ois|oises?|ain|aines?)(?![\w-]))?")
LINK_WORDS = {"de", "du", "des", "of", "la", "the"}
ELIDED = re.compile(r"^[dl]['’]")
# A sentence's opening words, where described_subject looks for its noun.
HEAD_CHARS = 40
OPENING_WORDS = {"mais", "et", "puis", "or"}
# French determiners: never an adjective of a description, nor the word after it, which
# is its verb ("Le sociologue compare les loyers …": "compare" is no adjective).
DETERMINERS_AFTER_VERB = (*FR_DEFINITE_DETERMINERS, *FR_NOUN_DETERMINERS)
ARTICLES = {"le", "la"}
# Lower-case words after a capitalised institution's word that may still be its name.
NAME_WORDS_MAX = 6
_INSTITUTION_WORDS = ORG_WORDS | OFFICE_NOUNS


def _lower_word(word: str) -> bool:
    """A lower-case word that is no link ("de", "of") and no elided article's: an
    adjective's place."""
    return word[:1].islower() and word.lower() not in LINK_WORDS and not ELIDED.match(word)


def adjectives_only(words: str) -> bool:
    """At most two lower-case words, none a link or a verb of the list above: the
    adjectives a French noun takes after it ("économique", "adjoint")."""
    found = words.split()
    return len(found) <= 2 and all(
        _lower_word(w) and re.match(NOT_POSTPOSED, w + " ") for w in found)


def described_institution(words: list[str], head_index: int) -> bool:
    """The words after the institution's noun at head_index are lower-case adjectives, then
    at most one named complement (a link, capitalised words, the lower-case adjectives
    after them): "grec de la Protection civile", "national financier"."""
    rest = words[head_index + 1:]
    i = 0
    while i < len(rest) and _lower_word(rest[i]):
        i += 1  # "grec", "national financier": adjectives of the institution
    if i == len(rest):
        return i > 0
    links = 0
    while i < len(rest) and rest[i].lower() in LINK_WORDS:
        i, links = i + 1, links + 1
    if i < len(rest) and ELIDED.match(rest[i]):
        # "de l'Intérieur": the complement's first word after its elided article
        named, i = rest[i][2:3].isupper(), i + 1
    else:
        named = i < len(rest) and rest[i][:1].isupper() and links > 0
        i += 1
    if not named:
        return False
    while i < len(rest) and rest[i][:1].isupper():
        i += 1  # "de la Sécurité Intérieure"
    # "de la Protection civile", "de l'Intérieur italien": the complement's adjectives.
    return all(_lower_word(w) for w in rest[i:])


@lru_cache(maxsize=1)
def _subject_heads() -> frozenset[str]:
    return frozenset(w for w in ORG_WORDS | OFFICE_NOUNS | ROLE_NOUNS | SPOKES_NOUNS
                     if w.replace("-", "").isalpha())


def _subject_head(opening: str) -> str:
    """The noun after the article a sentence opens with ("Mais le ministère …":
    "ministère"), lower-cased; "" when it opens otherwise."""
    words = opening.lower().split()
    if words and words[0] in OPENING_WORDS:
        words = words[1:]
    if len(words) > 1 and words[0] in ARTICLES:
        return words[1]
    return ELIDED.sub("", words[0]) if words and ELIDED.match(words[0]) else ""


@lru_cache(maxsize=1)
def _described_subject() -> re.Pattern[str]:
    """A French sentence opening with a definite article, an institution's or a role's noun,
    its adjectives, a complement and the adjectives after it, then a lower-case word (its
    verb): "Le ministère grec de la Protection civile a …", "Le porte-parole adjoint du
    gouvernement a …". Groups: the article, the description."""
    heads = "|".join(sorted((re.escape(w) for w in _subject_heads()), key=len, reverse=True))
    determiners = "|".join(DETERMINERS_AFTER_VERB)
    complement = (r"(?:[^\S\n]+(?:de[^\S\n]+la[^\S\n]+|de[^\S\n]+l['’]|du[^\S\n]+|des[^\S\n]+"
                  r"|d['’])(?:[A-ZÀ-Ý][\w’'-]*(?:[^\S\n]+[A-ZÀ-Ý][\w’'-]*)*|[a-zà-ÿ][\w’'-]*))?")
    adjectives = rf"(?:[^\S\n]+{NOT_POSTPOSED}(?!(?:{determiners})[^\w])[a-zà-ÿ][\w-]*){{0,2}}"
    return re.compile(rf"[^\S\n]*(?:(?:Mais|Et|Puis|Or)[^\S\n]+)?([Ll]e|[Ll]a|[Ll]['’])[^\S\n]*"
                      rf"((?i:{heads})(?![\w-]){adjectives}{complement}{TRAILING_ADJECTIVE})"
                      rf"[^\S\n]+(?!(?:de|du|des|d['’]|et|ou|{determiners})[^\w])"
                      r"(?=[a-zà-ÿ])")


def described_subject(text: str, lower: int,
                      upper: int) -> tuple[str, str | None, int, int] | None:
    """The description a French sentence text[lower:upper] opens with as its subject, without
    its article; its gender by that article ("le" m, "la" f, an elided one unknown); where
    it starts (its article) and ends."""
    if _subject_head(text[lower:lower + HEAD_CHARS]) not in _subject_heads():
        return None  # most sentences: the pattern is not tried
    found = _described_subject().match(text, lower, upper)
    if found is None:
        return None
    article = found.group(1).lower()
    gender = "m" if article == "le" else "f" if article == "la" else None
    return " ".join(found.group(2).split()), gender, found.start(1), found.end(2)


def lower_case_name(text: str, start: int, end: int, phrase_end: int) -> str | None:
    """French capitalises only the first word of a unique institution's name ("l'Agence
    nationale de sécurité du médicament", "la Cour des comptes"): a capitalised
    institution's word text[start:end] and the lower-case words after it to the phrase's
    end, as one name; None when the word is no institution's or a capital follows."""
    if text[start:end].lower() not in _INSTITUTION_WORDS:
        return None
    rest = text[end:phrase_end].strip(" ,.;:").split()
    if not rest or len(rest) > NAME_WORDS_MAX or not all(w[:1].islower() for w in rest):
        return None
    return " ".join([text[start:end], *rest])
