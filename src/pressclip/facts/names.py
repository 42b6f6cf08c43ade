"""Capitalised name mentions in running text, each typed from its words and neighbours.

Rules only: a name is a run of capitalised words (with the particles names carry: de, van,
bin ...), cut at titles and at the function words that start sentences. Used by the quote
finder (speakers) and the entity finder. The runs themselves are found by name_runs.py; the
Mention record and the fullest form of each name are name_forms.py's; the tests of the
words around a run are name_context.py's, the type read from a mention's own words and the
passes over the finished mentions name_kinds.py's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import FIRST_NAMES, given_names
from .given_names import first_name as _first_name
from .lexicon import (
    CAPITAL_STOPWORDS,
    ORG_WORDS,
    PLACE_WORDS,
    ROLE_NOUNS,
    TITLES,
    capital_stopwords,
    is_cue,
)
from .name_context import (
    DESCRIBED,
    POSSESSIVE,
    _described,
    _descriptor,
    _epithet_glued,
    _introduced,
    _known_place,
    _named_thing,
    _opener_glued,
    _opening_place,
    _organisation_head,
    _paired,
    _plays,
    _scored,
    _speaks,
    kind_named,
    lower_words,
)
from .name_forms import Mention, _is_acronym, python_canonical_names, python_shared_surnames
from .name_kinds import (
    JOINING_WORDS,
    NAME_ARTICLES,
    POSSESSOR_WORDS,
    _classify,
    _join_coordinated_organisations,
    _people_named,
    _place_before_title,
    _possessor,
    bodies_by_evidence,
    civility_name,
    lowercase_demonym,
    members_plural,
)
from .name_parts import month_given_name
from .name_runs import UPPER, name_runs
from .places import fold, places
from .sentence_openers import inner_words, only_in_later_names

# A dash that lost its spaces (OCR, flattened text) glues a name to the function word of
# the clause it opens ("Flavio Cotti-le plus", "Chirac-n'a pas", "Moscovici-qui"); names
# joined by hyphens keep their inner particles ("Fribourg-en-Brisgau", "Rio-de-Janeiro").
DASH_GLUED = re.compile(r"-(?:(?:qui|que|le|la|les|en|et|il|elle|ils|elles|on|a|est|sont|ont"
                        r"|who|which|the|and)(?![\w'’-])|(?:qu|n|s|c|l|j)['’][a-zà-ÿ])")
# Initials and full stops only, at the end of a run ("U.S.", "J. R.").
TRAILING_INITIALS = re.compile(rf"(?:^|\s)(?:[{UPPER}]\.)+$")
ROLE_LINK = re.compile(r"(?<![\w-])([a-zà-ÿ][\w-]*)[^\S\n]+"
                       r"(?:de[^\S\n]+la|de[^\S\n]+l['’]|du|des|d['’]|of[^\S\n]+the|of)[^\S\n]*\Z")
INITIAL = re.compile(rf"[{UPPER}]\.")
ELISION = re.compile(r"^[lLdD]['’]")
POSSESSIVE_AFTER = re.compile(r"['’]s?(?=\s)")
PREPOSITIONS = {
    "avec", "with", "à", "to", "de", "du", "des", "d'", "d’", "of", "par", "by", "contre",
    "against", "entre", "between", "for", "au", "aux", "en", "dans", "in", "at", "sur",
    "near", "après", "after", "chez", "auprès", "on", "about", "from", "pendant", "durant",
    "during", "depuis", "since", "avant", "before", "sous", "under",
}
AGE = re.compile(r",[^\S\n]+\d{1,3}(?:[^\S\n]+(?:ans|years?(?:[^\S\n]+old)?))?[^\S\n]*[,.]")
# Particles may join words of a name but never end one.
TRAILING_PARTICLES = {"de", "du", "des", "da", "di", "van", "von", "der", "den", "del", "la",
                      "le", "bin", "ben", "al", "el", "of", "for", "and", "d'", "d’", "the", "&"}
# Words that make a run a body's or a place's name.
NAMED_WORDS = frozenset(ORG_WORDS | PLACE_WORDS)
TITLE_COMPLEMENTS = {"of", "for"}
# "1. ", "12. ": the rank before a name in a list of results.
RANK = re.compile(r"(?<![\d.,])\d{1,3}\.[^\S\n]+\Z")
# The dash that ends a dateline: after the agency in brackets, a place in capitals, an
# abbreviation, or a capitalised word of 3-9 letters and a number, as a month and its day
# are written ("(AFP) -", "LONDON —", "N.S. -", "BRISBANE, Dec 1 - Final scores"; the
# word is not checked against month names).
DATELINE_DASH = re.compile(
    r"(?:\)|\b[A-Z]{2,}|\.|\b[A-Z][a-z]{2,8}\.?[^\S\n]\d{1,2})[^\S\n]*[-–—][^\S\n]*\Z")
# Words of a name's run that may open it with a title's spelling when the whole run is a
# known place ("St. Louis", "General Santos").
PLACE_WITH_TITLE = 3
DATE_ABBREVIATIONS = set("mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul "
                         "aug sep sept oct nov dec".split())


# Unions of the word lists that are asked together, made once (the lists are complete
# when lexicon.py is imported).
_STOPWORDS_OR_TITLES = frozenset(CAPITAL_STOPWORDS | TITLES)
_STOPWORDS_OR_TITLES_BY_LANGUAGE = {"en": frozenset(capital_stopwords("en") | TITLES)}
_JOINING_OR_THE = JOINING_WORDS | {"the"}


def stopwords_or_titles(language: str | None) -> frozenset[str]:
    """capital_stopwords(language) and the titles, made once per language."""
    return _STOPWORDS_OR_TITLES_BY_LANGUAGE.get(language, _STOPWORDS_OR_TITLES)




def _inner_first_name(words: list[str]) -> int:
    """Index of a known first name inside a run of three or more words, after a word that
    is neither a first name nor a particle, and followed by a surname; else 0."""
    if len(words) < 3:
        return 0
    lower = [w.lower() for w in words]
    if not NAMED_WORDS.isdisjoint(lower):
        return 0
    for i in range(1, len(words) - 1):
        if lower[i] in FIRST_NAMES and lower[i - 1] not in FIRST_NAMES and \
                lower[i - 1] not in TRAILING_PARTICLES and words[i + 1][:1].isupper() \
                and not INITIAL.fullmatch(words[i - 1]):  # "A. Raymond Randolph"
            return i
    return 0


def _after_role_complement(text: str, start: int) -> bool:
    """The run follows a lowercase role and its link: "ministre de la ", "head of the "."""
    found = ROLE_LINK.search(text, max(0, start - 40), start)
    return found is not None and (found.group(1) in ROLE_NOUNS or found.group(1) in TITLES)


def _title(word: str) -> bool:
    """Two titles joined by a hyphen, lower-cased ("secretary-general", "vice-president",
    "attorney-general"): the callers test a plain title first, inline (asked of most
    words of most runs)."""
    parts = word.split("-")
    return len(parts) == 2 and (parts[0] in TITLES or parts[0] in ROLE_NOUNS) and \
        parts[1] in TITLES





def python_next_to_cue(text: str, start: int, end: int) -> bool:
    """A reporting verb right before or after the name (_mentions.next_to_cue is the
    compiled twin)."""
    # Only the word before and the word after are read: one split each.
    before = text[max(0, start - 25) : start].rsplit(None, 1)
    if before and not before[-1].endswith(",") and is_cue(before[-1].strip(",")):
        return True
    if text[end:end + 1] in ",.":  # "" too: the text's end
        return False
    after = text[end : end + 25].lstrip(")").split(None, 1)  # "… Agency (BECTA) said"
    return bool(after and is_cue(after[0].strip(",.")))


def python_sentence_start(text: str, pos: int) -> bool:
    """A sentence opens at `pos` (_mentions.sentence_start is the compiled twin)."""
    if pos < 3:
        return True
    # Most names follow a space after a word's letter: no sentence ends there, whatever the
    # rank's test below finds (the answer of the last line, read first).
    if text[pos - 1] == " " and text[pos - 2] not in " \t\u00a0.!?…\n:«“\"(-–—":
        return False
    # A rank ends in a full stop and a space: only then is it worth the search (asked for
    # every run; the full stop's find is a fraction of the search's cost).
    if text[pos - 1] != "\n" and text[pos - 1].isspace() and \
            text.find(".", max(0, pos - 6), pos - 1) >= 0 and \
            RANK.search(text, max(0, pos - 6), pos):
        return False  # "12. Camenzind": a ranked list, not a new sentence
    before = text[max(0, pos - 3) : pos].rstrip(" \t\u00a0")
    if before and before[-1] in "-–—" and DATELINE_DASH.search(text, max(0, pos - 16), pos):
        return True  # "(AP) - Rain fell", "LONDON - Prices rose": the dateline's dash
    # An ellipsis ends a sentence as a full stop does ("Sigh… Sometimes, I …").
    return not before or before[-1] in ".!?…\n:«“\"("



class SentenceStarts:
    """Whether a sentence opens at a position of one text (sentence_start), worked out
    once per position: the mention finder asks it of every run and again after its cuts,
    the entity typing of the mentions it keeps."""

    __slots__ = ("text", "known")

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[int, bool] = {}

    def __call__(self, pos: int) -> bool:
        known = self.known.get(pos)
        if known is None:
            known = self.known[pos] = sentence_start(self.text, pos)
        return known


@lru_cache(maxsize=4)  # the mention finder and the entity typing read the same text
def sentence_starts(text: str) -> SentenceStarts:
    """The text's SentenceStarts, shared by the passes that read it."""
    return SentenceStarts(text)


def python_find_mentions(text: str, language: str | None = None) -> list[Mention]:
    """Every capitalised name run of the text, titles and sentence-initial words cut off
    (_mentions.find_mentions is the compiled twin, the same code with its locals typed).
    `language` ("en", "fr", None for either): whose function words are no names."""
    out: list[Mention] = []
    lowercase_words = lower_words(text)
    stopwords = capital_stopwords(language)
    stop_or_title = stopwords_or_titles(language)
    # Each run's text, span and whether it opens a sentence, read once from its match: the
    # sets below and the cuts of the loop all ask them.
    opens_sentence = sentence_starts(text)
    found = name_runs(text)
    known = opens_sentence.known  # filled here for every run's start, in one loop
    opening = [known[run_start] if run_start in known else
               known.setdefault(run_start, python_sentence_start(text, run_start))
               for _, run_start, _ in found]
    alone = {run for (run, _, _), opens in zip(found, opening, strict=True) if not opens}
    inner_from = inner_words(found)
    mid_sentence = alone.union(inner_from)
    # "the EU's" -> "EU" (a word without an apostrophe has no possessive to lose)
    mid_sentence |= {POSSESSIVE.sub("", w) for w in mid_sentence if "'" in w or "’" in w}
    runs = {run for run, _, _ in found}
    # The surnames of the runs that open with a given name ("Xavier Vermeulen": "Vermeulen").
    last_words = {POSSESSIVE.sub("", r.split()[-1]) for r in runs
                  if " " in r and _first_name(r.split()[0])}
    for run, run_start, run_end in found:
        if " " not in run and run.lower() in stop_or_title and not _is_acronym(run):
            continue  # "The", "Mais", "Mr": cut below to nothing; most runs are these
        start = run_start
        elided = ELISION.match(run) if run[1:2] in ("'", "’") else None
        if elided:
            start += elided.end()
        words = text[start : run_end].split()
        titled = False
        complement = False  # "Secretary of …": the words after "of" complete the title
        domain_cut = False  # the run's domain words were cut off before the name
        # Cut leading function words and titles ("Le président", "In", "M.").
        while words:
            w = words[0].lower()
            if len(words) == 1 and _is_acronym(words[0]) and not titled:
                break  # "the DA", "AL": a party's or a team's initials, not a particle
            title = w in TITLES or w.rstrip(".") in TITLES or ("-" in w and _title(w))
            if title and len(words) > 1 and not civility_name(words) and (
                    _organisation_head(words[-1])
                    or (len(words) <= PLACE_WITH_TITLE and fold(" ".join(words)) in places())):
                # "Justice Department", "General Motors", "St. Louis", "General Santos":
                # the title word is the name's.
                break
            if title:
                titled = True
            elif words[0] in NAME_ARTICLES and len(words) > 1 and not titled and \
                    not opens_sentence(start) and \
                    words[1].lower() not in NAMED_WORDS and \
                    not _known_place(" ".join(words[1:])):  # not "La France"
                # "selon Le Monde", "à La Haye": a capital article is the name's (not "Le
                # Conseil national", an institution the article introduces).
                break
            elif (w not in stopwords and not (
                    len(words) > 1 and is_cue(w) and opens_sentence(start))) or \
                    month_given_name(words, lowercase_words):
                break  # "Said Porter" opens a sentence; "the State Department" is a name
            complement = titled and w in TITLE_COMPLEMENTS
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            while start < len(text) and text[start].isspace():
                start += 1
        if not titled and (len(words) == 3 or (len(words) > 3 and any(
                _first_name(w) for w in words[1:-1]))) and _after_role_complement(text, start):
            # "le ministre de la Santé Tomas Vondra": the complement, then the name; a
            # longer run holds a given name where the name begins ("le directeur adjoint du
            # Village Augustin Le Van Minh").
            complement = True
            titled = True
        if complement and len(words) >= 3 and not _named_thing(words):
            # "Secretary of State Marian Holloway": the name is the run's last two words,
            # or from the first given name on ("Secretary of State Helen Rodham Carter").
            first = next((i for i in range(1, len(words) - 2) if _first_name(words[i])),
                         len(words) - 2)
            start = text.index(words[first], text.index(words[first - 1], start)
                               + len(words[first - 1]))
            words = words[first:]
            domain_cut = True
        tail: tuple[int, int] | None = None
        tail_kind = "place"
        if "of" in words[2:-1] \
                and not any(_organisation_head(w) for w in words[: words.index("of")]) \
                and all(w[:1].isupper() for w in words[: words.index("of")]) \
                and (words[words.index("of") + 1] != "the" or titled
                     or (words[0].lower() in given_names()
                         and _known_place(" ".join(words[words.index("of") + 2:])))
                     or words[words.index("of") - 2].lower() in given_names()):
            # "Michael Radek of Swanton", "Prof. Jane Roe of the University of X", "Tomas
            # Dvorak of the Czech Republic", "Mikkel Rothmann of the Skyline team": a
            # person from a place or an institution (a title or a given name before names a
            # person), not an organisation such as "Bank of the West".
            after = words[words.index("of") + 1:]
            place = after[1:] if after[0] == "the" else after
            if place and (_known_place(" ".join(place)) or after[0] == "the"):
                # The country, the city or the body ("of the Skyline team") is a name of
                # its own.
                tail = (run_end - len(" ".join(place)), run_end)
                tail_kind = "place" if _known_place(" ".join(place)) else "organization"
                if text[tail[0]:tail[1]] != " ".join(place):
                    tail = None
            words = words[: words.index("of")]
        # A title inside the run ("Linford Police Sgt. Lee Marlow") starts the name after it.
        for i in range(len(words) - 2, -1, -1):
            w = words[i].lower()
            if i == len(words) - 2 and w.endswith(("s'", "s’")) and \
                    _organisation_head(words[-1]):
                continue  # "Metal Workers' Union": the members' plural names the body
            if (w in TITLES or w.rstrip(".") in TITLES or w in ROLE_NOUNS
                    or ("-" in w and _title(w))
                    or POSSESSIVE.search(w)) and (POSSESSIVE.search(w) or
                                                  not _named_thing(words[i + 1:])):
                if len(words) <= PLACE_WITH_TITLE and fold(" ".join(words)) in places():
                    break  # "St. Louis"
                # Not "Advisor Council", "Commissioner Services": a body named by its role.
                possessor = _possessor(text, start, words[:i + 1], titled, run_start)
                if possessor is not None:
                    out.append(possessor)  # "New Zealand's Kyle Mills": both are names
                elif 0 < i <= POSSESSOR_WORDS:
                    domain = _place_before_title(text, start, words[:i])
                    if domain is None and i == 1 and _is_acronym(words[0]) and \
                            text.startswith(words[0], start):
                        # "NATO Secretary-General Javier Solana": the body an acronym names
                        domain = Mention(words[0], start, start + len(words[0]),
                                         "organization", False, False)
                    if domain is not None:
                        out.append(domain)  # "Ivory Coast President Henri Konan Bedie"
                start = text.index(words[i + 1], text.index(words[i], start) + len(words[i]))
                titled = not POSSESSIVE.search(w)  # "Microsoft's Vista" is no title
                words = words[i + 1 :]
                break
        for i, w in enumerate(words[:-1] if len(words) > 1 else ()):
            if w.endswith(".") and words[i + 1].lower() in stopwords:
                words = words[:i + 1]  # "in Washington, D.C. She said": a new sentence
                break
        while words and (words[-1].lower() in TRAILING_PARTICLES or (
                len(words) > 1 and words[-1].lower() in stopwords)) and \
                not (len(words) == 1 and _is_acronym(words[0])):
            words = words[:-1]  # "Dior Et c'est …": the name, then a new sentence
        if len(words) > 1 and members_plural(words[-1]):
            words = words[:-1]  # "Labour MPs": the party, then its members
        if not words or (len(words) > 1 and all(w.lower().rstrip(".") in DATE_ABBREVIATIONS
                                                for w in words)):
            continue  # "Thu Jan 10": a dateline, not a name
        first = _inner_first_name(words) if len(words) >= 3 else 0
        if first:
            # "Captain of the Northern Star Paul Brandt": the person's name starts at the
            # first name that follows a word that is no first name.
            for w in words[:first]:
                start = text.index(w, start) + len(w)
            start = text.index(words[first], start)
            words = words[first:]
            titled = True
        if len(words) >= 3 and _epithet_glued(text, start, words):
            # "ex-Lancer Ben Okafor": the description glued to its prefix is not the name's.
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        at_start = opens_sentence(start)
        if at_start and len(words) >= 3 and (_descriptor(words[0], lowercase_words, words[1])
                                             or (" ".join(words[1:]) in runs
                                                 and _first_name(words[1]))) \
                and words[0].lower() not in given_names() \
                and not _known_place(words[0]) \
                and not (words[0].isupper() and words[0].capitalize() in mid_sentence):
            # Not "Marine" of "Marine Le Pen", "PAKISTAN V NEW ZEALAND", "HENMAN BEATS …".
            # "Linebacker Joey Marsh", "Australian Lloyd Harrow": a description, then the name
            # (named again without it; not "Nimal Yapa Derawanna", then "Yapa Derawanna": a
            # surname of two words, no given name, after the first).
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
            while len(words) > 1 and words[0] in _JOINING_OR_THE:
                # "Shares of Nakamura Electric": the common word's complement is the name.
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
        elif at_start and len(words) == 2 and \
                _opener_glued(words, lowercase_words, runs, mid_sentence):
            # "Was Zenfold the place …?": the sentence's first word, then the name.
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) >= 2 and (_described(words, last_words) or (
                "-" in words[0] and DESCRIBED.match(words[0]) and words[1][:1].isupper())):
            # "Australian Chris Halloran", "Top-seeded Justine Lemaire", "Belgian Vermeulen":
            # a nationality or a hyphenated description before a person's name; a
            # hyphenated description before any name ("Second-placed St Helens").
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) == 1 and at_start and (
                words[0] not in mid_sentence
                or only_in_later_names(text, words[0], start, inner_from, alone, runs)) \
                and (("'" not in words[0] and "’" not in words[0])
                     or POSSESSIVE.sub("", words[0]) not in mid_sentence) \
                and not (words[0].isupper() and words[0].capitalize() in mid_sentence) \
                and not _scored(text, run_end, words[0], lowercase_words, stopwords) \
                and not _introduced(text, run_end, words[0], lowercase_words, stopwords) \
                and not _speaks(text, run_end, words[0], lowercase_words, stopwords) \
                and not _plays(text, run_end, words[0], lowercase_words, stopwords) \
                and not _paired(text, run_end, words[0], lowercase_words, stopwords, alone) \
                and not kind_named(text, run_end, words[0], lowercase_words, stopwords) \
                and not text.startswith((" shares ", " stock "), run_end) \
                and not (_is_acronym(words[0]) and len(words[0]) > 2) \
                and text[max(0, start - 2):start].strip() != "(" \
                and not _opening_place(text, start, POSSESSIVE.sub("", words[0]) if (
                    "'" in words[0] or "’" in words[0]) else words[0]):
            # "Sadly,", "Malgré", "Linebacker": capitalised only as a sentence opener; not
            # "(Reuters)" nor "( Reuters )" (tokenised text), a country, nor a dateline's
            # place ("LONDON 1996-12-06").
            continue
        end = run_end
        last = words[-1]
        end = text.index(last, text.index(words[-2], start) + len(words[-2])) + len(last) \
            if len(words) > 1 else start + len(last)
        name = text[start:end]
        possessive = POSSESSIVE.search(name) if "'" in name or "’" in name else None
        if possessive:
            end = start + possessive.start()
        # A trailing full stop belongs to the sentence unless the word is an initial or
        # spells one ("U.S.").
        if text[end - 1] == "." and not TRAILING_INITIALS.search(text[start:end]):
            end -= 1
        glued = DASH_GLUED.search(text, start, end) if text.find("-", start, end) >= 0 else None
        if glued is not None:
            end = glued.start()  # "Moscovici-qui accompagnait": a dash without its spaces
        if end <= start:
            continue
        prev = text[max(0, start - 20) : start].split()
        prev_word = prev[-1].lower() if prev else ""
        if (prev_word in TITLES or prev_word.rstrip(".") in TITLES) and \
                not lowercase_demonym(prev[-1]):
            titled = True
        # "avec M. Merz": the preposition stands before the title (not "du Village X": the
        # role's domain stands between). Most names are their whole run: the same words.
        run_prev = prev if start == run_start else text[max(0, run_start - 20) : run_start].split()
        if run_prev and run_prev[-1].lower() in PREPOSITIONS and not domain_cut:
            prev_word = run_prev[-1].lower()
        if len(run_prev) >= 2 and run_prev[-1].lower() == "to" and \
                run_prev[-2].lower() == "according":
            prev_word = "according"  # the source of what follows, not a complement
        words = text[start:end].split()
        kind = _classify(tuple(words), titled, prev_word)
        if len(words) == 1 and kind == "organization" and not _is_acronym(words[0]) \
                and python_next_to_cue(text, start, end):
            kind = "person"  # "raconte Ibrahim", "Gado said": somebody who speaks
        if len(words) == 1 and kind == "organization" and text[end:end + 1] == "," and \
                AGE.match(text, end):
            kind = "person"  # "Jeanne, 78 ans,", "Smith, 45,": only people have an age
        # A preposition or a possessive makes the name a complement ("Cricket Australia's
        # chief executive"), never the subject of the sentence (after_preposition).
        out.append(Mention(
            text[start:end], start, end, kind, titled,
            prev_word in PREPOSITIONS or (text[end:end + 1] in ("'", "’")
                                          and POSSESSIVE_AFTER.match(text, end) is not None),
        ))
        if tail is not None:
            out.append(Mention(text[tail[0]:tail[1]], tail[0], tail[1], tail_kind, False, True))
    return bodies_by_evidence(text,
                              _people_named(_join_coordinated_organisations(text, out)))




# The mention finder and the tests it asks of every run, compiled (facts/_mentions.pyx) where
# the extension was built at install; it imports this module's helpers, so it is imported
# last, once they are all defined.
try:
    from ._mentions import canonical_names as _compiled_canonical_names
    from ._mentions import find_mentions as _compiled_find_mentions
    from ._mentions import next_to_cue as _compiled_next_to_cue
    from ._mentions import sentence_start as _compiled_sentence_start
    from ._mentions import shared_surnames as _compiled_shared_surnames
except ImportError:  # installed without a C compiler: the twins give the same mentions
    _compiled_find_mentions = _compiled_next_to_cue = _compiled_sentence_start = None
    _compiled_canonical_names = _compiled_shared_surnames = None
find_mentions = _compiled_find_mentions or python_find_mentions
next_to_cue = _compiled_next_to_cue or python_next_to_cue
sentence_start = _compiled_sentence_start or python_sentence_start
canonical_names = _compiled_canonical_names or python_canonical_names
shared_surnames = _compiled_shared_surnames or python_shared_surnames
