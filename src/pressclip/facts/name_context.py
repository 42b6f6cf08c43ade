"""What the words around a capitalised run say of it, for the mention finder (names.py).

A lone word that opens a sentence is capitalised only for that unless the text shows it is a
name: a team before a score or a match's verb, a speaker before a reporting verb, a person
described by an apposition. A description before a name (a nationality, "Top-seeded") is no
part of it; a known place opening a sentence or a dateline is one. The text's lower-case words
(lower_words), which most of these tests read, are made here too.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from functools import lru_cache

from .entity_lexicon import ORG_NOUNS, ORG_SUFFIXES, STAFF_WORDS
from .given_names import first_name as _first_name
from .lexicon import CAPITAL_STOPWORDS, ORG_WORDS, PLACE_WORDS, is_cue
from .places import fold, language_words, major_cities, places

# "Microsoft's", and the plural "the Steelers'".
POSSESSIVE = re.compile(r"['’]s$|(?<=s)['’]$")
LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ][\w]*")
# Nationality adjectives: "Australian", "Japanese", "British", "Français", "Italien".
DEMONYM_ENDINGS = ("ian", "ean", "ese", "ish", "ais", "ois", "ien", "ienne", "aine", "ain", "an")
DEMONYM = re.compile(rf"(?:{'|'.join(DEMONYM_ENDINGS)})$")
# A word of a name (split on spaces: no line break, so `$` is its end) is tested by
# str.endswith(DEMONYM_ENDINGS), a fraction of the pattern's search.
# A people's bare "-an" follows a vowel or one consonant ("Texan", "Cuban", "Catalan");
# after "m" or a doubled consonant it ends surnames and brands ("Waxman", "Pullman",
# "Nissan"): DEMONYM_ENDINGS less those, for the entity vote's test of a lone word.
SURNAME_AN = re.compile(r"(?:m|(\w)\1)an$")


def demonym_shaped(word: str) -> bool:
    """ "Bavarian", "Texan", "Jewish", "Neuchâtelois": a lower-case word of six letters or
    more with a people's ending; not "Nissan", "Waxman" (see SURNAME_AN)."""
    return len(word) > 5 and word.endswith(DEMONYM_ENDINGS) and (
        word.endswith(("ian", "ean")) or SURNAME_AN.search(word) is None)
# ", cadre ferroviaire,", ", a linebacker,": a short lowercase description between commas.
APPOSITION = re.compile(r",[^\S\n]+([a-zà-ÿ0-9][\w’'\-]*)[^,.;:!?\n]{0,50},")
APPOSITION_EXCLUDED = {"le", "la", "les", "l", "the", "il", "elle", "on", "ils", "elles", "he",
                       "she", "they", "we", "it", "i", "nous", "vous", "je", "this", "that",
                       "ce", "cette", "et", "and", "mais", "but", "qui", "who", "which"}
# ", who", ", which": a relative clause about a name.
RELATIVE_AFTER = re.compile(r",[^\S\n]+(?:who|which)[^\S\n]")
# What follows a dateline's place: a date, the agency in brackets, a dash.
DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\d|\(|[-–—])")
# A score or a table row's numbers after a name, then the next team, a comma or the line's
# end ("Arsenal 2 Derby 0", "Arsenal 16 9 5 2 31 14 32").
SCORED = re.compile(r"[^\S\n]+\d{1,3}(?:(?:[^\S\n]+\d{1,3}){2,}[^\S\n]*(?:\n|\Z)"
                    r"|(?:[^\S\n]+[A-Z][\w'’.-]*)+[^\S\n]+\d{1,3}[^\S\n]*(?:\n|\Z|[,;]))")
# "Leeds beat Barnsley", "Chicago v Boston", "Lyon a battu Lille", "Leeds are at home to
# Hull": a match between two teams, each side a club unless a country (or a person the
# text names in full). "drew 1-1 with", "lost 2-0 to", "were beaten 99-94 by": the score
# may stand between the verb and its link.
SCORE_BETWEEN = r"(?:[^\S\n]+\d{1,3}-\d{1,3})?[^\S\n]+"
MATCH_VERB = (r"(?:beat|beats|defeat|defeats|defeated|edged|thrashed|routed|crushed|"
              rf"drew{SCORE_BETWEEN}(?:with|against)|lost{SCORE_BETWEEN}to|"
              rf"(?:were|was)[^\S\n]+beaten{SCORE_BETWEEN}by|"
              r"(?:(?:are|is|were|was|play|plays|played)[^\S\n]+)?"
              r"(?:at[^\S\n]+home[^\S\n]+to|away[^\S\n]+to)|"
              r"v\.?|vs\.?|versus|a[^\S\n]+battu|bat|"
              r"s'est[^\S\n]+imposé[^\S\n]+face[^\S\n]+à)")
# "Leeds beat league leaders Barnsley": up to two lower-case words between the verb and
# the other side.
# "Arsenal, who drew 0-0 with Leeds": a relative clause may open between the side and the
# verb.
MATCH_AFTER = re.compile(rf"(?:[^\S\n]*,[^\S\n]+(?:who|which))?[^\S\n]+{MATCH_VERB}"
                         rf"(?:[^\S\n]+[a-z]+){{0,2}}[^\S\n]+[A-Z]")
# "Wolverhampton coach Marco Silvestri", "Leeds striker Tom Cole": a club's staff word
# between the club and a person's name.
STAFF_AFTER = re.compile(r"[^\S\n]+([a-zà-ÿ]+)[^\S\n]+[A-ZÀ-Þ]")
# "Newcastle's win", "Arsenal's 2-0 defeat": a result's noun after a side's possessive.
RESULT_AFTER = re.compile(r"['’]s[^\S\n]+(?:\d{1,3}-\d{1,3}[^\S\n]+)?(?:home[^\S\n]+|away[^\S\n]+)?"
                          r"(?:win|victory|defeat|draw|loss)(?![\w-])")
# "Yonhap news agency", "the Kavlo daily", "Clarin newspaper": a lower-case word right after a
# name (after "news" too), a noun of a body's kind when entity_lexicon.ORG_NOUNS holds it.
KIND_NOUN_AFTER = re.compile(r"[^\S\n]+(?:news[^\S\n]+)?([a-zà-ÿ]+)(?![\w'’-])")
# The endings of the adjectives that open a party's or a body's name ("Socialist Party",
# "Conservative Party", "Federal Police", "Democratic Party"): alone, the word is a
# member's or an adjective, not the body (nor a body's name before its kind's noun:
# "Regional newspaper").
ADJECTIVE_ENDINGS = ("ist", "ive", "al", "ic", "eme", "ary", "ed")
# The endings of a sentence's first word that make it no body's name before its kind's noun:
# an adjective, a nationality, a participle, a plural.
OPENER_ENDINGS = (*ADJECTIVE_ENDINGS, *DEMONYM_ENDINGS, "ing", "s")
# "Top-seeded", "Fifth-seeded", "Paris-based": a description glued by a hyphen.
DESCRIBED = re.compile(r"[A-Z][a-z]+-[a-z]{4,}$")


def python_lower_words(text: str) -> frozenset[str]:
    """The words of the text written in lower case (_scan.lower_words is the compiled twin,
    about a third of the pattern's time)."""
    return frozenset(LOWER_WORD.findall(text))


try:
    from ._scan import lower_words as _compiled_lower_words
except ImportError:  # installed without a C compiler: the twin gives the same words
    _compiled_lower_words = None
_lower_words = _compiled_lower_words or python_lower_words


@lru_cache(maxsize=4)  # the mention finder and the entity typing read the same text
def lower_words(text: str) -> frozenset[str]:
    """The words of the text written in lower case."""
    return _lower_words(text)



def _organisation_head(word: str) -> bool:
    """ "Department", "Motors", "Inc.": a word that ends an organisation's name."""
    low = word.lower()
    return low in ORG_WORDS or low in ORG_SUFFIXES or low.rstrip(".") in ORG_SUFFIXES


def _named_thing(words: list[str]) -> bool:
    """A run whose last word names an organisation or a place ("Apex Financial Services",
    not "State Marian Holloway")."""
    last = words[-1].lower()
    return last in ORG_WORDS or last in PLACE_WORDS or last in ORG_SUFFIXES


def _known_place(name: str) -> bool:
    """A country or a city of 500,000 people (not a town named "Monde")."""
    return places().get(fold(name)) == "country" or fold(name) in major_cities()


def _opening_place(text: str, pos: int, word: str) -> bool:
    """A country or a city of 500,000 people opening a sentence, or a known place opening
    a dateline ("LONDON 1996-12-06", "Paris (AFP) -", "Kyiv — ")."""
    kind = places().get(fold(word))
    if kind == "country" or (fold(word) in major_cities() and
                             word.lower() not in lower_words(text)):
        return True  # "Poland said", "Moscou a convoqué", "Lyon a battu"
    before = text[max(0, pos - 3):pos].rstrip(" \t\u00a0")
    return kind is not None and (not before or before.endswith("\n")) and (
        word.isupper() or DATELINE_AFTER.match(text, pos + len(word)) is not None)


def _described(words: list[str], last_words: set[str]) -> bool:
    """A nationality ("Australian", "Czech") or a hyphenated description ("Top-seeded")
    opening a run before a given name, or before a word that ends another run (a surname
    named in full elsewhere: "Belgian Vermeulen" after "Xavier Vermeulen")."""
    # What must follow the description first: it is the cheaper test, and most runs fail it.
    if not ((len(words) >= 3 and _first_name(words[1])) or
            (len(words) == 2 and words[1] in last_words)):
        return False
    first, low = words[0], words[0].lower()
    return not (_first_name(first) or _known_place(first) or
                not (DESCRIBED.match(first) or (low.endswith(DEMONYM_ENDINGS) and len(low) > 5)
                     or fold(low) in language_words()))


def _epithet_glued(text: str, start: int, words: list[str]) -> bool:
    """ "ex-Lancer Ben Okafor", "pro-Harbour Ana Ruiz": a run of three words or more that
    opens right after a lower-case prefix and its hyphen opens with a description (a former
    team, a side), not with the person's name; not a body's or a place's name ("non-Ruritania
    Trade Council")."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].islower() and \
        all(w[:1].isupper() for w in words[1:]) and not _named_thing(words)


def _opener_glued(words: list[str], lowercase_words: set[str], runs: set[str],
                  mid_sentence: set[str]) -> bool:
    """ "Was Zenfold the place …?": a sentence's first word, which the text also writes in
    lower case, glued to a name the text gives alone elsewhere and never with that word
    inside a sentence, is no part of the name. Not a given name ("Will Smith"), a known
    place ("New Zealand") nor a body's or a place's name ("White House")."""
    first, name = words[0], POSSESSIVE.sub("", words[1])
    return first.lower() in lowercase_words and name in runs and \
        " ".join(words) not in mid_sentence and not first.isupper() and \
        not _first_name(first) and not _known_place(first) and \
        fold(" ".join(words)) not in places() and not _named_thing(words)


def _scored(text: str, end: int, word: str, lowercase_words: set[str],
            stopwords: AbstractSet[str] = CAPITAL_STOPWORDS) -> bool:
    """ "Arsenal 2 Derby 0", "Arsenal 16 9 5 2 31 14 32": a lone word opening a line of
    results or a table row is a team's name."""
    return word.lower() not in lowercase_words and word.lower() not in stopwords and \
        SCORED.match(text, end) is not None


def _speaks(text: str, end: int, word: str, lowercase_words: set[str],
            stopwords: AbstractSet[str] = CAPITAL_STOPWORDS) -> bool:
    """ "Microsoft said …", "Gartner estimates …": a lone capitalised word opening a sentence
    before a reporting verb is a name, unless the text writes it in lower case too or it is a
    plural noun ("Officials said", "Analysts say")."""
    low = word.lower()
    if low in lowercase_words or low in stopwords or low.endswith("s") or \
            low.endswith(DEMONYM_ENDINGS):
        return False
    after = text[end:end + 20].split()
    return bool(after) and text[end:end + 1] == " " and is_cue(after[0])


# "Nissan and Toyota", "Renault ou Stellantis": a conjunction between two names, then the
# second's capital.
PAIRED_AFTER = re.compile(r"[^\S\n]+(?:and|or|et|ou|&)[^\S\n]+([A-ZÀ-Þ][\w'’-]*)")


def _paired(text: str, end: int, word: str, lowercase_words: set[str],
            stopwords: AbstractSet[str], alone: AbstractSet[str]) -> bool:
    """ "Nissan and Toyota said": a lone capitalised word opening a sentence, then "and" or
    "or" and a name the text runs inside a sentence (`alone`: those runs), is the first of
    two names, unless the text writes it in lower case too or it is a language's or a
    people's word ("French and Germans")."""
    if text[end:end + 1] not in (" ", "\t", "\u00a0"):
        return False  # most openers: a comma, a full stop or a line's end follows
    found = PAIRED_AFTER.match(text, end)
    if found is None:
        return False
    second = POSSESSIVE.sub("", found.group(1))
    if second not in alone and not any(run.startswith(second + " ") for run in alone):
        return False  # "Toyota", "Toyota Motor Corp": a name the text runs mid-sentence
    low = word.lower()
    return low not in lowercase_words and low not in stopwords and \
        fold(low) not in language_words()


def _plays(text: str, end: int, word: str, lowercase_words: set[str],
           stopwords: AbstractSet[str] = CAPITAL_STOPWORDS) -> bool:
    """ "Motherwell beat Falkirk", "Celtic drew 0-0 with Hearts", "Leeds coach Tom Cole",
    "Arsenal's 2-0 defeat": a lone capitalised word opening a sentence before a match's
    verb and its other side, before a club's staff word and a name, or with its possessive
    before a result, is a team's name, unless the text writes it in lower case too."""
    low = word.lower()
    if word.endswith(("'s", "’s")):
        # "Arsenal's 2-0 defeat": the result after the side's possessive
        return RESULT_AFTER.match(text, end - 2) is not None and \
            low[:-2] not in lowercase_words
    return low not in lowercase_words and low not in stopwords and (
        MATCH_AFTER.match(text, end) is not None or staffed(text, end))


def staffed(text: str, end: int) -> bool:
    """A club's staff word, then a name, after `end`: "(Wolverhampton) coach Marco …"."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False  # most names: no lower-case word after them
    staff = STAFF_AFTER.match(text, end)
    return staff is not None and staff.group(1) in STAFF_WORDS


def _descriptor(word: str, lowercase_words: set[str], following: str = "") -> bool:
    """A capitalised common word or nationality opening a sentence before a name, or a
    participle before a nationality or a given name ("Unseeded Croatian Ivo Kovac",
    "Injured Tom Cole"; not "United Nations", "Allied Irish Banks")."""
    low = word.lower()
    return (low.endswith(DEMONYM_ENDINGS) and len(low) > 5) or low in lowercase_words or (
        low.endswith("ed") and len(low) > 5 and low not in ORG_SUFFIXES and (
            _first_name(following) or (following.lower().endswith(DEMONYM_ENDINGS)
                                       and len(following) > 5)))


def _introduced(text: str, end: int, word: str, lowercase_words: set[str],
                stopwords: AbstractSet[str] = CAPITAL_STOPWORDS) -> bool:
    """ "Mohammed, cadre ferroviaire, a …": a lone opener described by an apposition is a
    name, unlike "Sadly, the team …" or "Ensuite, il …"."""
    low = word.lower()
    if low in lowercase_words or low in stopwords or low.endswith(("ly", "ment")):
        return False
    if text[end:end + 1] != ",":
        return False  # APPOSITION and RELATIVE_AFTER open with a comma
    if RELATIVE_AFTER.match(text, end):
        return True  # "Clinton, who is in Chicago for …, said": however long the clause
    apposition = APPOSITION.match(text, end)
    return apposition is not None and apposition.group(1).lower() not in APPOSITION_EXCLUDED


def kind_named(text: str, end: int, word: str, lowercase_words: set[str],
               stopwords: AbstractSet[str] = CAPITAL_STOPWORDS) -> bool:
    """ "Yonhap news agency reported …", "Clarin newspaper said …": a lone capitalised word
    opening a sentence right before a noun of a body's kind is that body's name, unless the
    text writes it in lower case too, it is shaped as an adjective, a participle or a plural
    ("Regional newspaper", "Mining company", "Bunds firm as …"), or the noun introduces the
    name after it ("Swiss drugmaker Keller Pharma")."""
    low = word.lower()
    return kind_noun_after(text, end) and low not in lowercase_words and \
        low not in stopwords and not low.endswith(OPENER_ENDINGS)


def kind_noun_after(text: str, end: int) -> bool:
    """A noun of a body's kind (entity_lexicon.ORG_NOUNS) right after `end`, after "news"
    too ("Yonhap news agency"), that heads no phrase of its own: not before a name, which
    it introduces ("drugmaker Keller Pharma"), nor before "of" ("a group of …")."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False  # most names: no lower-case word right after them
    noun = KIND_NOUN_AFTER.match(text, end)
    if noun is None or noun.group(1) not in ORG_NOUNS:
        return False
    after = text[noun.end() + 1:noun.end() + 4]
    return not after[:1].isupper() and after != "of "
