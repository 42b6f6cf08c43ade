"""The type of a name mention read from its own words and the word before it (_classify),
and the passes over the mention finder's mentions (names.py) that join or retype them: a
possessor before a title, the place a title belongs to, bodies joined by "and", a lone word
that a full person's name of the text names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import FIRST_NAMES
from .given_names import first_name as _first_name
from .lexicon import (
    CAPITAL_STOPWORDS,
    DEMONYM_NOUNS,
    ORG_WORDS,
    PLACE_PREPOSITIONS,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from .name_context import POSSESSIVE
from .name_forms import Mention, _is_acronym
from .name_parts import korean_name, person_initials
from .name_runs import GLUED_PARTICLE, UPPER
from .places import country_initials, fold, places
from .speaker_words import CIVILITIES

POSSESSOR_WORDS = 3
# French articles written with a capital inside a sentence begin a name ("Le Monde").
NAME_ARTICLES = {"Le", "La", "Les"}
# A word with a hyphen and a lower-case letter ("Paris-based", "Saint-Denis").
HYPHEN_LOWER = re.compile(r"-[a-z]")
GLUED = re.compile(GLUED_PARTICLE + rf"[{UPPER}]")
# What follows a body's name and not a person's: "its" as the subject's pronoun after a
# reporting verb, a relative "which" ("Tolvane said its profit fell", "Vesta Aid, which
# runs clinics"). Not "said it": people say "it was hard" too.
BODY_AFTER = re.compile(r"(?:,[^\S\n]+which|[^\S\n]+(?:said|says|added|announced|reported)"
                        r"[^\S\n]+(?:that[^\S\n]+)?its)(?![\w'’-])")
# "WestJet shares rose", "Tolvane stock fell": a company's shares after its name.
SHARES_AFTER = re.compile(r"[^\S\n]+(?:shares|stock)(?![\w'’-])")
# The legal forms that end a company's name ("Intel Corp", "Siemens AG").
LEGAL_FORMS = frozenset("inc corp co ltd plc llc ag sa gmbh nv bv spa ab asa se".split())
# "the ", "la ", "l'": an article right before a name.
# An article, or an English possessive, which determines a noun as the article does
# ("Britain's Competition and ...").
ARTICLE_RIGHT_BEFORE = re.compile(r"(?:(?<![\w'’])(?:the|le|la|l['’])|\w['’]s)[^\S\n]*\Z",
                                  re.IGNORECASE)
AND_JOIN = re.compile(r"[^\S\n]+(?:and|et|&)[^\S\n]+")
# "and" or "or" between two names of one kind ("Barclays and Lloyds", "Honda or Mazda").
PAIR_JOIN = re.compile(r"[^\S\n]+(?:and|et|&|or|ou)[^\S\n]+")
# Words that join the names of a body ("Bank of England", "Marks and Spencer").
JOINING_WORDS = frozenset({"of", "for", "and", "&"})
_ORG_OR_JOINING = frozenset(ORG_WORDS | JOINING_WORDS)


def lowercase_demonym(word: str) -> bool:
    """A people's word in lower case ("l'agence tchèque CTK"): French writes the people's
    noun, which stands before a name as a title does, with a capital ("le Tchèque Jan
    Novák"), so in lower case it is the adjective of the noun before it."""
    return word[:1].islower() and word in DEMONYM_NOUNS


def members_plural(word: str) -> bool:
    """ "MPs", "MEPs", "MLAs": the plural of an office written in capitals, the members of
    the body named before it ("Labour MPs"), which ends no name."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and \
        word[:-1].lower() in TITLES


def civility_name(words: list[str]) -> bool:
    """A civility, a given name and a surname ("Mr. Daniel Court", "Mme Ada Banque"): a
    person, though the surname is a body's or a place's word."""
    return 2 < len(words) <= 4 and words[0].lower() in CIVILITIES and _first_name(words[1])


# The same name is typed again at each of its mentions, with the same words before it
# (the rule reads nothing but its arguments).
@lru_cache(maxsize=8192)
def _classify(words: tuple[str, ...], titled: bool, prev_word: str) -> str:
    lower = {w.lower().strip(".") for w in words}
    if titled and 1 < len(words) <= 3 and _first_name(words[0]) and \
            lower.isdisjoint(JOINING_WORDS):
        # "Mr. Daniel Court", "Dr Ada Bank": a title and a given name make a person, though
        # the surname is a body's word.
        return "person"
    if len(words) > 2 and words[1] == "of" and words[0].lower() in PLACE_WORDS and \
            lower.isdisjoint(ORG_WORDS):  # "State of New York", "Port of Spain": its kind
        return "place"
    if not lower.isdisjoint(_ORG_OR_JOINING) or (
            len(words) == 1 and _is_acronym(words[0])):
        return "organization"
    if not lower.isdisjoint(PLACE_WORDS):
        return "place"
    if titled:
        return "person"
    if words[0] in NAME_ARTICLES and len(words) > 1:
        return "organization"  # "Le Monde", "La Croix" (the gazetteer knows "Le Havre")
    if prev_word in {"the", "le", "la", "les", "l'", "l’"}:
        return "organization"  # "the Daily Mail", "le Parisien": named things, not people
    if any("-" in w and HYPHEN_LOWER.search(w) for w in words) and not korean_name(words):
        return "organization" if len(words) > 1 else "place"
    if len(words) >= 2:  # a person's name has two capitalised words or more
        capitalised = [w for w in words if w[:1].isupper() or GLUED.match(w)]
        if len(capitalised) >= 2 and not any(_is_acronym(w) and not person_initials(w)
                                             for w in capitalised[:-1]) \
                and not _is_acronym(capitalised[-1]):
            return "person"  # "K.J. Vantrell": initials before the surname are a person's
        # A signature or a byline in capitals ("JOHN RUMSEY", "PASCAL HOFER"): words in
        # capitals are acronyms of a body unless the first is a given name (of the
        # lexicon's: the long list holds common words too, "CAN SPAM", "WILL").
        if len(words) <= 3 and words[0].lower() in FIRST_NAMES and all(
                _is_acronym(w) and w.isalpha() for w in words):
            return "person"
    if prev_word in PLACE_PREPOSITIONS:
        return "place"
    return "organization"



def _people_named(mentions: list[Mention]) -> list[Mention]:
    """A lone word that a full person name of the text names is that person: its last word
    ("Smith" beside "Jane Smith"), or a given name that begins one full person name only
    and is no place ("Deb" beside "Deb Larkin"; not "Paris" beside "Paris Hilton")."""
    surnames = {m.text.split()[-1] for m in mentions if m.type == "person"}
    firsts: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "person" and " " in m.text:
            firsts.setdefault(m.text.split(None, 1)[0], set()).add(m.text)
    return [
        Mention(m.text, m.start, m.end, "person", m.titled, m.after_preposition)
        if m.type != "person" and " " not in m.text and (
            m.text in surnames or (len(firsts.get(m.text, ())) == 1 and _first_name(m.text)
                                   and fold(m.text) not in places())) else m
        for m in mentions
    ]


def _possessor(text: str, start: int, words: list[str], titled: bool,
               run_start: int) -> Mention | None:
    """The name before "'s" in a run cut at its possessive ("UK's Brown": UK), when it is
    one of a few words that are no function words."""
    suffix = POSSESSIVE.search(words[-1])
    if suffix is None or len(words) > POSSESSOR_WORDS:
        return None
    end = start
    for w in words:
        end = text.index(w, end) + len(w)
    end -= len(suffix.group(0))
    names = text[start:end].split()
    if not names or names[0].lower() in CAPITAL_STOPWORDS or \
            any(w.lower() in TITLES or w.lower() in ROLE_NOUNS for w in names):
        return None
    before = text[max(0, run_start - 20):run_start].split()
    kind = _classify(tuple(names), titled, before[-1].lower() if before else "")
    return Mention(text[start:end], start, end, kind, titled, True)


def _place_before_title(text: str, start: int, words: list[str]) -> Mention | None:
    """The place a title belongs to, before it in the run ("Ivory Coast President …",
    "Texas Gov. …", "U.S. President …"), as a mention of its own; else None. The place
    may open a longer domain, the words of the court or the service it heads ("U.S.
    District Judge …": "U.S."): a country, by its name or its initials (not a region
    opening a body's name, "North Carolina House Speaker", nor a compass word opening a
    people's, "South Korean Defence Minister")."""
    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        kind = places().get(fold(name))
        if ((kind is not None and (size == len(words) or kind == "country"))
                or name.replace(".", "") in country_initials()) and \
                text.startswith(name, start):
            return Mention(name, start, start + len(name), "place", False, False)
    return None


def _field_before_a_body(text: str, first: Mention, body: Mention) -> bool:
    """ "the Ethics and Anti-Corruption Commission", "the Energy and Climate Change
    Committee", "Britain's Quarry and Mines Authority": a lone capitalised word after an
    article or a possessive, then "and" and a body's name of two words or more, is a field
    of that body's name. Not an acronym, nor a known place
    ("the EU and African Union", "the Netherlands and European Commission")."""
    return " " in body.text and not _is_acronym(first.text) and \
        fold(first.text) not in places() and \
        ARTICLE_RIGHT_BEFORE.search(text, max(0, first.start - 4), first.start) is not None


def _body_side(m: Mention) -> bool:
    """The right side of a body's name joined by "and": read as a body, or ending in a
    body's word whatever names.py read ("Drug Administration", which its two capitalised
    words made a person's, of "the Food and Drug Administration")."""
    return m.type == "organization" or (" " in m.text
                                        and m.text.rsplit(None, 1)[-1].lower() in ORG_WORDS)


def _join_coordinated_organisations(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Communications and Technology Agency", "Food and Drug Administration": "and"
    inside an organisation's name (not after a company's legal form: "Microsoft Corp and
    Intel Corp" are two)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and _body_side(m) and \
                AND_JOIN.fullmatch(text, prev.end, m.start) and \
                prev.text.split()[-1].lower().rstrip(".") not in LEGAL_FORMS and (
                {w.lower() for w in m.text.split()} & ORG_WORDS) and \
                (len(prev.text.split()) > 1 or _field_before_a_body(text, prev, m)):
            out[-1] = Mention(text[prev.start:m.end], prev.start, m.end, "organization",
                              prev.titled, prev.after_preposition)
            continue
        out.append(m)
    return out


def bodies_by_evidence(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "WestJet said on Monday … WestJet shares rose", "Tolvane said its profit fell": a
    lone word read as a person (a speaker, for want of other evidence) is a body in every
    mention when one of its mentions is followed by its shares, by "said its" or ", which",
    or the text also names it with a legal form ("Tolvane Ltd"); not a given name nor a
    word of a person's full name ("Ramos" after "Ana Ramos": "Ramos shares the view")."""
    lone = {m.text for m in mentions if m.type == "person" and not m.titled and " " not in m.text}
    if not lone:
        return mentions
    lone -= {w for m in mentions if m.type == "person" and " " in m.text for w in m.text.split()}
    legal = {m.text.split()[0] for m in mentions if " " in m.text
             and m.text.split()[-1].lower().rstrip(".") in LEGAL_FORMS}
    bodies = {m.text for m in mentions if m.text in lone and (
        m.text in legal or BODY_AFTER.match(text, m.end) is not None
        or SHARES_AFTER.match(text, m.end) is not None) and not _first_name(m.text)}
    if not bodies:
        return mentions
    return [Mention(m.text, m.start, m.end, "organization", m.titled, m.after_preposition)
            if m.text in bodies and m.type == "person" and not m.titled else m
            for m in mentions]
