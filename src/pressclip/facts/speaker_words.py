"""The words, patterns and tokeniser the speaker resolver reads (speakers.py, pronouns.py,
descriptors.py) and the attribution stage shares.
"""

from __future__ import annotations

import re
from itertools import islice

from .lexicon import (
    INDEFINITE_ARTICLES,
    MEDIA_WORDS,
    OFFICE_NOUNS,
    ORG_DESCRIPTIONS,
    ORG_WORDS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
)

NP_MAX_TOKENS = 8
DEFINITE_ARTICLES = {"the", "le", "la", "l'", "l’", "ce", "cette", "this"}
TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
INSTITUTION_FALLBACK_MAX = 6
# Words a role noun may follow in a speaker phrase ("the former TV exec"), article included.
ROLE_MODIFIERS_MAX = 4
# English indefinite articles stand before a name with its adjectives ("a smiling
# Castellano"); French "un proche de X" is somebody else, so French ones do not.
ARTICLES = {"a", "an"}
# "a spokesman for the firm", "le porte-parole du ministère": the link to the organisation.
SPOKES_LINKS = {"for", "of", "de", "du", "des", "d'", "d’", "at"}
PRONOUN_WINDOW = 1500
# A name this many words or fewer into its sentence may be its subject.
SUBJECT_WORDS = 8
# The named complement of an institution's word: "de l'Intérieur", "of Defence".
INSTITUTION_COMPLEMENT = (r"(?i:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|of\s+(?:the\s+)?)"
                          r"[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*")
# A surname shorter than this is not matched to a full name by a typing slip ("Lee", "Li").
MISSPELT_MIN_CHARS = 5
# ... or after a fronted clause of at most this many words that ends with a comma.
FRONTED_WORDS = 25
# Words that open a complement clause ("said that …", "a estimé que …").
COMPLEMENTISERS = frozenset({"that", "que"})
# An organisation is the subject only right at the start ("The agency", "Acme Corp.").
ORG_SUBJECT_WORDS = 2
# Words before a name that make it an object or a complement: the subject came first.
SUBJECT_BLOCKERS = {"il", "elle", "ils", "elles", "on", "he", "she", "they", "we", "nous",
                    "qui", "que", "qu'", "qu’", "who", "which", "that", "whom", "dont"}
WORD_RE = re.compile(r"[\w’'\-]+")
ROLE_WINDOW = 6000
# Demonstratives and generic role words point back to the person just discussed.
ANAPHORIC = {"ce", "cette", "this", "that"}
# "released by", "issued by", "publié par": the issuer of a statement follows.
ISSUED_BY = {"by", "par"}
# "the report from the Accidents Branch", "a statement from the ministry": the document
# comes from its issuer (never "de", which also joins a document to its subject).
DOCUMENT_FROM = ISSUED_BY | {"from"}
NAMING_VERBS = {"called", "named", "dubbed", "baptisé", "baptisée", "appelé", "appelée",
                "nommé", "nommée", "intitulé", "intitulée"}
PRENOMINAL = {"même", "mêmes", "nouveau", "nouvelle", "nouveaux", "nouvelles", "ancien",
              "ancienne", "premier", "première", "dernier", "dernière", "autre", "autres",
              "seul", "seule", "jeune", "same", "new", "former", "first", "last", "latest",
              "other", "young", "old", "vieux", "vieil", "vieille"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"}
PARENTHESIS = re.compile(r"\s*\([^()]{0,200}\)")
FR_AND_EN_INDEFINITE = tuple(a for articles in INDEFINITE_ARTICLES.values() for a in articles)
# "a senior official", "une source": one unnamed person, named by the description. English
# "one" before a description works as its article ("one network executive said"); the
# description is the same without it, as the gold writes unnamed sources.
SINGULAR_INDEFINITE = frozenset(FR_AND_EN_INDEFINITE) | {"one"}
# Words from a sentence's indefinite article to its reporting verb, an aside between them
# included ("A Western official, who spoke on condition of anonymity, said").
UNNAMED_SUBJECT_WORDS = 14
OPENING_CONJUNCTIONS = {"but", "and", "yet", "mais", "et"}
RUN_LINKS = {"and", "of", "for", "&", "et", "de", "du", "des"}
NON_SPACE = re.compile(r"\S+")
NAMED_AFTER = re.compile(r"[\s,]*(?:(?:named|called|nommée?|appelée?)\s+)?")
RELATIVE_PRONOUN = re.compile(r"qu['’](?=il|elle)")  # "le récit qu'elle livre"
# The words before a name that may introduce it: "le ministre russe de la Défense, X".
INTRODUCED_WORDS = 6
APPOSITION_NAME = re.compile(r"\.?,\s*([^,;.]{3,60})")
# Given names written as two capital initials without full stops ("DJ Tolliver", "TJ Harlan"):
# consonants only, so that acronyms that read as words ("UN", "EU") stay out.
LEADING_WORD = re.compile(r"([\w’']+\.?)\s+")
INITIALS = re.compile(r"[B-DF-HJ-NP-TV-Z]{2}")
# How many words before a name set off by a comma may hold the role it is the holder of
# ("Le colistier du gouverneur, TJ Harlan,").
APPOSED_ROLE_WORDS = 5
# Unions asked for again and again, made once.
ROLE_OR_SPOKES = frozenset(ROLE_NOUNS | SPOKES_NOUNS)
INSTITUTION_WORDS = frozenset(ORG_WORDS | MEDIA_WORDS | ORG_DESCRIPTIONS | OFFICE_NOUNS)
CIVILITIES = {"m.", "mme", "mme.", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}
CIVILITY_CHARS = 7  # the longest civility with its dot and a space or two before a name


def python_tokens_of(segment: str, base: int,
                     limit: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) of a segment starting at `base`; the first `limit` only.
    _scan.tokens is the compiled twin (under a third of the time)."""
    found = TOKEN.finditer(segment) if limit is None else islice(TOKEN.finditer(segment), limit)
    return [(m.group(0), base + m.start(), base + m.end()) for m in found]


try:
    from ._scan import tokens as _compiled_tokens
except ImportError:  # installed without a C compiler: the twin gives the same tokens
    _compiled_tokens = None


def tokens_of(segment: str, base: int, limit: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) of a segment starting at `base`; the first `limit` only."""
    if _compiled_tokens is None:
        return python_tokens_of(segment, base, limit)
    return _compiled_tokens(segment, base, -1 if limit is None else limit)


# Patterns asked at run time, compiled once.
ARTICLE_AT_END = re.compile(r"(?:^|\s)(le|la|les|the|l['’])\s?$", re.IGNORECASE)
POSSESSIVE_END = re.compile(r"['’]s$")
APPOSITION_AFTER = re.compile(r"\.?,\s*([^,;]{3,60})")
# The time that opens an entry of a live report, "8h41 - ", "10:32 – ", before its words.
TIME_STAMP = re.compile(r"\s*\d{1,2}[h:.]\d{2}\s*[-–—]\s*")
# Nouns that name a part of an organisation (English, French): "a youth wing of X", "la
# branche armée du X", "a unit of X" speak for X.
BODY_PARTS = frozenset("wing division branch unit arm chapter section aile branche antenne "
                       "cellule".split())
