# cython: language_level=3, annotation_typing=False
"""The entity typing's vote over a text's mentions compiled, beside its twin.

type_by_vote (twin entity_types.python_type_by_vote) is the same code as its twin, line
for line, with its counters, names and tables typed. Compiled with it, each the same code
as the function of that name in entity_types, entity_checks, entity_sports, entity_words or
entity_spans: the tests it asks of every mention, as C functions
called without Python's call protocol (given_name, _spoken_to, _not_a_name, _coordinated,
_team, _side, event_name, _no_name_here, _unsupported, _short_country, _ranked,
_abbreviated_place, _before_a_place, _titled_particle, all_capitals, word_in_capitals,
city_tail), and the passes it makes over the mentions before the vote and their helpers
(case_parts, with_adjectives, with_place_nouns, split_runs, in_headlines, opening_of,
_before_a_country, _club_names, _common_acronyms, _headline_line, _in_brackets). Two are
C loops that give what the twin's code gives: _leading (its max()) and capital_heading
(its all(), the tests cheapest first); and the loop asks its suffix tuples by their last
character (_ends_with). Annotations are not read as C types (the twins
are given frozensets where they say set). The helpers that keep a cache (nationality,
people_word, first_names, _ranks ...) are the twin's own. tests/test_facts_compiled_loops.py
holds type_by_vote to its twin on crafted, random and real texts.
"""

from collections import Counter, defaultdict
from functools import partial
from itertools import islice

from cpython.dict cimport PyDict_Next
from cpython.object cimport PyObject
from cpython.unicode cimport Py_UNICODE_ISSPACE

from .entity_cues import (
    ABBREVIATED,
    ADDRESSEE_LINKS,
    ADDRESSEE_VERBS,
    ADDRESSEE_VOTES,
    ADJECTIVES_MAX,
    AGENCY_NAMES,
    AGENCY_VOTES,
    AND_ADJECTIVE,
    APPOSED,
    APPOSITION_LINKS,
    APPOSITION_VOTES,
    AREA_VOTES,
    ARTICLE_BEFORE,
    BEFORE_CHARS,
    BODY_AFTER,
    BODY_AFTER_OPENINGS,
    BODY_AFTER_VOTES,
    BODY_KINDS,
    BRACKETED,
    BRACKET_CLOSE,
    CAPITALS_PAIR_LETTERS,
    CAPITALS_COMMON_LETTERS,
    CAPITALS_RUN,
    CAPITALS_WORD_LETTERS,
    CLOCK,
    CLUB_WORDS,
    COLLECTIVE_AFTER,
    COMPANY_ABBREVIATIONS,
    COMPANY_ENDINGS,
    COORDINATED_LAST,
    INNINGS_AFTER,
    COUNTRY_BRACKETED_BEFORE,
    COUNTRY_VOTES,
    CREDIT_AFTER,
    DATELINE_DATE,
    DATELINE_REGION,
    DATE_WORDS,
    DIRECTIONS,
    DOTTED,
    FOR_JOIN,
    FRENCH_BODY_ARTICLES,
    FRENCH_ADJECTIVES,
    FRENCH_COMPLEMENT,
    GERUND_BY,
    HEADLINE_SPAN,
    IN_THE_BEFORE,
    BODY_SITED,
    INNER_CAPITAL,
    SITED,
    INSIDE_BEFORE,
    LINKS,
    MATCH_BEFORE,
    MATCH_LAST,
    MATCH_VOTES,
    MEMBERS_AFTER,
    MEMBERS_FIRST,
    MEMBERS_PLURAL,
    MEMBERS_PLURAL_FIRST,
    NAMED_OR_SUFFIXES,
    OFFICES_LAST,
    NAMED_SUFFIXES_OR_TITLES,
    NAMED_THINGS,
    NAME_PARTICLES,
    NOT_A_NAME_WORD,
    NO_SUBJECT_BEFORE,
    OF_BEFORE,
    ORG_APPOSITIONS,
    PARTICLES_BEFORE,
    PARTY_BEFORE,
    PARTY_STATE,
    PEOPLE_ENDINGS,
    PERSON_AFTER,
    PERSON_AFTER_FIRST,
    PERSON_AFTER_VOTES,
    PLACE_AFTER,
    PLACE_APPOSITIONS,
    PLACE_NOUN_BEFORE,
    PLACE_OF,
    PLACE_OF_LAST,
    PLACE_PREPOSITION_BEFORE,
    PORTFOLIO_BEFORE,
    RANKS_IN_TEXT,
    RANK_VOTES,
    SCORECARD_BEFORE,
    SCORECARD_LAST,
    SCORES_IN_LINE,
    SCORE_AFTER,
    SHARES_BEFORE,
    SHORT_COUNTRY,
    SIGNS,
    SPACES,
    SPACES_OR_HYPHENS,
    SPEAKER_VOTES,
    STAFF_APPOSED,
    STAFF_VOTES,
    SURNAME_ENDINGS,
    SURNAME_VOTES,
    TABLE_NUMBERS,
    TABLE_ROW,
    TEAM_AFTER,
    TEAM_VOTES,
    THE_BEFORE,
    TITLE_VERBS,
    TITLE_VOTES,
    TOPIC,
    INDEX_AFTER,
    INDEX_LAST,
    INITIAL_PARTICLES,
    TOUR_ELIDED,
    TOUR_LINKS,
    TOWN_ENDINGS,
    WORDS_VOTES,
    WORD_IN_RUN,
    clock_zone,
)
from .digit_names import digit_names
from .entity_checks import _body_head, _pronoun_next, _ranks, _the_subject
from .entity_lexicon import (
    CLUB_FIRST_WORDS,
    COMPASS_WORDS,
    EVENT_WORDS,
    GENERIC_BODIES,
    NOT_NAMES,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_PLURALS,
    PLACE_KINDS_AFTER,
    STAFF_AT,
    STAFF_WORDS,
    VENUE_WORDS,
)
from .entity_spans import SPLIT_WORD, named_complement, with_body_nouns, with_kind_after
from .entity_types import paired_subjects, paired_types
from .entity_words import country_beginnings, first_names, nationality, people_word
from .lexicon import DEMONYM_NOUNS, ORG_WORDS, PLACE_WORDS, TITLES
from .name_context import (
    demonym_shaped,
    kind_noun_after,
    MATCH_AFTER,
    RESULT_AFTER,
    lower_words as names_lower_words,
    STAFF_AFTER,
)
from .name_kinds import AND_JOIN
from .names import (
    AGE,
    INITIAL,
    RANK,
    TRAILING_PARTICLES,
    Mention,
    find_mentions,
    next_to_cue,
    sentence_start,
    sentence_starts,
)
from .places import country_initials, language_words, major_cities, places
from .places import fold as places_fold


cdef extern from "Python.h":
    bint PyUnicode_IS_ASCII(object text)


cdef inline str fold(str name):
    """places.fold, whose first line is an ASCII name's lower case: that line without the
    call of its cache (the vote folds some 250 names a text)."""
    if PyUnicode_IS_ASCII(name):
        return name.lower()
    return places_fold(name)


cdef dict _by_last(tuple suffixes):
    """Suffixes by their last character: `str.endswith(suffixes)` asks each in turn, and a
    word can end with those of its own last character only (_ends_with)."""
    cdef dict out = {}
    for suffix in suffixes:
        out[suffix[-1]] = out.get(suffix[-1], ()) + (suffix,)
    return out


cdef dict MATCH_LAST_BY_LAST = _by_last(MATCH_LAST)
cdef dict SURNAME_ENDINGS_BY_LAST = _by_last(SURNAME_ENDINGS)
cdef dict TOWN_ENDINGS_BY_LAST = _by_last(TOWN_ENDINGS)


cdef inline bint _ends_with(str word, dict by_last):
    """word.endswith(suffixes), `by_last` being _by_last(suffixes): only the suffixes that end
    with the word's last character are asked (most words have none)."""
    if not word:
        return False
    found = by_last.get(word[len(word) - 1])
    return found is not None and word.endswith(found)


cdef object _leading(object vote):
    """entity_types._leading as a C loop: the first of the largest counts in the order the
    votes were first cast (max() keeps the first and replaces it by a greater count only).
    A name's votes are a defaultdict, which a `dict` argument would refuse: read by
    PyDict_Next, in the order items() gives."""
    cdef Py_ssize_t pos = 0
    cdef PyObject *kind
    cdef PyObject *count
    best = None
    most = None
    while PyDict_Next(vote, &pos, &kind, &count):
        if most is None or <object>count > most:
            best = <object>kind
            most = <object>count
    return best


cdef bint capital_heading(list words):
    """entity_words.capital_heading (one or two words in capitals, accented and too long
    for initials), its tests reordered, cheapest first: none has a side effect."""
    cdef str w
    if len(words) > 2:
        return False
    for w in words:
        if not (w.isupper() and w.isalpha()):
            return False
    if len(words) == 2:
        for w in words:
            if len(w) < CAPITALS_PAIR_LETTERS:
                return False
    joined = "".join(words)
    return len(joined) >= CAPITALS_WORD_LETTERS and not joined.isascii()


cdef bint city_tail(list words):
    """ "Hapoel Tel Aviv", "Maccabi Tel Aviv": a name whose last two words, not the whole
    name, are a city of 500,000 people or more. (A one-word city last is also a surname:
    "Marylise Léon".)"""
    return len(words) > 2 and fold(" ".join(words[-2:])) in major_cities()


cdef bint given_name(str word):
    """ "Travis", "Jean-Yves", "Marie-Claire": a given name, or given names joined."""
    names = first_names()
    low = word.lower()
    return low in names or ("-" in low and all(part in names for part in low.split("-")))


cdef bint _short_country(str text, m):
    """ "Olano (Esp)", "Tchmil (Be, 4")": a country's name cut short in brackets after a
    name (results of races and tournaments)."""
    low, high = SHORT_COUNTRY
    return low <= len(m.text) <= high and m.text[:1].isupper() and m.text[1:].islower() \
        and BRACKETED.search(text, max(0, m.start - 3), m.start) is not None \
        and BRACKET_CLOSE.match(text, m.end) is not None \
        and fold(m.text) in country_beginnings()


cdef bint _ranked(str text, m):
    """A lone name after a rank in a text with several ranks ("12. Camenzind"); the ranks
    are counted only once a name follows one (most texts have none)."""
    # RANK's match holds a full stop: a window without one (most) needs no search.
    return text.find(".", max(0, m.start - 6), m.start) >= 0 and \
        RANK.search(text, max(0, m.start - 6), m.start) is not None and \
        _ranks(text) >= RANKS_IN_TEXT


cdef bint _unsupported(m, vote, mentions, set surnames):
    """A lone capitalised word that names.py read as an organisation in every mention (its
    fallback for a capitalised word) and that nothing else in the text backs:
    no title, place, list, apposition, agency, club or surname ("Outlook", "Vuelta",
    "Empire", "Comment" opening a line). It is left out rather than typed by guess; a word
    that names a body ("Senate", "Commission") stays."""
    # vote == {"organization": mentions} where a count of 0 is as good as none (as Counters
    # compare), without making that dict.
    return " " not in m.text and not m.text.isupper() and m.text not in surnames and \
        m.text.lower() not in ORG_WORDS and vote.get("organization", 0) == mentions and \
        all(count == 0 for kind, count in vote.items() if kind != "organization")


def _common_acronyms(text: str, mentions: list[Mention]) -> set[str]:
    """ "medium-term expenditure framework (MTEF)": acronyms the text spells out in lower
    case are common nouns, not names."""
    out = set()
    for m in mentions:
        if not m.text.isupper() or text[m.start - 1:m.start] != "(":
            continue
        words = SPACES_OR_HYPHENS.split(text[max(0, m.start - 80):m.start - 1].strip())
        tail = words[-len(m.text):]
        if len(tail) == len(m.text) and all(w[:1].islower() for w in tail) and \
                "".join(w[0] for w in tail) == m.text.lower():
            out.add(m.text)
    return out


cdef bint _spoken_to(str text, Py_ssize_t start):
    """ "told Reuters", "a déclaré à l'AFP": the name is whom the words were said to."""
    before = text[max(0, start - 30):start].replace("’", "'").split()
    if before and before[-1].lower().startswith("l'"):
        before[-1] = before[-1][2:]
        before = [w for w in before if w]
    if not before:
        return False
    last = before[-1].lower()
    if last in ADDRESSEE_VERBS:
        return True
    return last in ADDRESSEE_LINKS and len(before) > 1 and before[-2].lower() in ADDRESSEE_VERBS


cdef bint _not_a_name(m, list words, place, lower_words, surnames, named_digits):
    if place or m.titled:
        return False
    if len(words) >= CAPITALS_RUN and all(w.isupper() for w in words if w[:1].isalpha()):
        return True  # "PROGRESS OF THE REVOLUTION": a headline in capitals
    if m.type == "organization" and capital_heading(words):
        return True  # "NOUVELLES ETRANGÈRES", "MUSIQUE": a heading, not an acronym
    if all(w.isupper() and w.isalpha() for w in words) and \
            sum(map(len, words)) >= CAPITALS_COMMON_LETTERS and \
            all(fold(w.lower()) in lower_words for w in words):
        return True  # "DOMESTIC", "FEMALE TEACHERS": words the text writes in lower case
    if len(words) == 2 and (nationality(m.text) or (nationality(words[0]) and
                                                    people_word(words[1]))):
        return True  # "South Korean", "Bosnian Serb", "Iraqi Kurd", "Bosnian Muslim"
    if len(words) > 1 and words[-1].lower() in OFFICES_LAST and not given_name(words[0]) \
            and all(w[:1].isupper() for w in words):
        # "Foreign Minister - Ana Ruiz": the office, not its holder (not "Office of the
        # President", a body)
        return True
    if len(words) != 1:
        return False
    low = words[0].lower().rstrip(".")
    if len(low) < 2 or low in DATE_WORDS or low.replace(".", "") in CLOCK:
        return True  # an initial alone, "Tuesday", "Dec", "A.M."
    if low in PLACE_WORDS:
        return True  # "said County", "that State", "la Ville": a place's kind word alone
    if low in GENERIC_BODIES:
        return True  # "the Council", "la Banque": a kind of body, no name alone
    # A surname, also in a headline's capitals ("HENMAN" after "Tim Henman").
    surname = words[0] in surnames or words[0].capitalize() in surnames
    if nationality(m.text) and not surname:
        return True  # "Philippine", "Chinese", "Kenyan": a people, not a name
    # Only a Roman numeral's ordinal matches a word of letters alone.
    if (not words[0].isalpha() or words[0][0] in "IVXLC") and NOT_A_NAME_WORD.search(words[0]) \
            and words[0] not in named_digits:
        return True  # "Q1", "French-speaking", "I’m"; not "G4S" where the text names it so
    if m.type == "organization" and not words[0].isupper() and fold(low) in lower_words:
        return True  # "Gouvernement" where the text also says "gouvernement", "Etat": "état"
    if low.endswith("s") and (places().get(fold(low[:-1])) == "country"
                              or people_word(low[:-1])):
        return True  # "Suisses", "Américains", "Serbs", "Kurds": the people of a country
    if fold(low) in language_words() or (low.endswith("s") and fold(low[:-1]) in
                                          language_words()):
        return True  # "French", "Latin", "Allemands": a language or a nationality
    stem = low[:-1] if low.endswith("s") else low
    return (low in DEMONYM_NOUNS or any(demonym_shaped(w) for w in (low, stem))) \
        and low not in first_names() and not surname


cdef bint _coordinated(str text, a, b):
    """ "Luzon and Taiwan", "Lyon et Paris": two names joined by a conjunction."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return AND_JOIN.fullmatch(text, first.end, second.start) is not None


cdef bint _coordinated_with_a_place(str text, list mentions, Py_ssize_t i, dict kinds):
    """any(_place_partner(kinds[(other.start, other.end)], other) and _coordinated(text,
    m, other) for other in mentions[max(0, i - 1):i + 2] if other is not m), m the i-th
    mention: its neighbours in the same order, without the slice and the generator."""
    cdef Py_ssize_t j
    m = mentions[i]
    for j in range(max(0, i - 1), min(len(mentions), i + 2)):
        other = mentions[j]
        kind = kinds[(other.start, other.end)]
        if other is not m and kind and (kind == "country" or other.type != "person") and \
                _coordinated(text, m, other):
            return True
    return False


cdef bint _before_a_place(str text, Py_ssize_t end, dict gazetteer):
    if text[end:end + 1] != ",":
        return False  # PLACE_AFTER opens with its comma
    found = PLACE_AFTER.match(text, end)
    return found is not None and found.group(1) is not None and \
        gazetteer.get(fold(found.group(1))) is not None


cdef bint _titled_particle(str text, Py_ssize_t start):
    """ "général de Gaulle": a title, then a particle that starts a surname (not "président
    du Medef": "du" is "de le", the article of a body)."""
    before = text[max(0, start - 30):start].replace("’", "'").lower().split()
    return len(before) >= 2 and before[-1] in NAME_PARTICLES and before[-1] != "du" and \
        before[-2] in TITLES


def with_adjectives(mentions: list[Mention], text: str) -> list[Mention]:
    """French institutions and regions with the adjectives that complete their names, and
    the name after them that completes a body's (named_complement)."""
    out = []
    joined: set[int] = set()
    for m in mentions:
        last = m.text.split()[-1].lower()
        # Not after an acronym ("la CGT appelle", a verb in -elle).
        if m.type != "person" and not (" " not in m.text and m.text.isupper()) and (
                m.type == "organization" or last in ORG_WORDS or places().get(fold(m.text))):
            # A nationality after a proper name describes it ("le Hezbollah libanais"); after
            # a common noun it names the body ("Parlement européen", "Union européenne").
            proper = last not in ORG_WORDS and not places().get(fold(m.text))
            end = m.end
            if last in ORG_WORDS and m.type == "organization":
                # "Conseil de sécurité", "Cour des comptes": the complement that names it.
                found = FRENCH_COMPLEMENT.match(text, end)
                end = found.end() if found is not None else end
            for _ in range(ADJECTIVES_MAX):
                found = FRENCH_ADJECTIVES.match(text, end)
                if found is None or (proper and nationality(found.group(1))):
                    break
                end = found.end()
            if end > m.end:
                # "Union populaire écologique et sociale": a last adjective after "et".
                found = AND_ADJECTIVE.match(text, end)
                end = found.end() if found is not None else end
            if end > m.end:
                # A place with its adjectives is a part of it ("Suisse romande",
                # "Allemagne fédérale"); a body with them, the body.
                kind = "place" if places().get(fold(m.text)) else m.type
                after = named_complement(mentions, text, end) \
                    if kind == "organization" and last in ORG_WORDS else None
                if after is not None:
                    end = after.end
                    joined.add(after.start)
                m = Mention(text[m.start:end], m.start, end, kind, m.titled,
                            m.after_preposition)
        out.append(m)
    return [m for m in out if m.start not in joined] if joined else out


def with_place_nouns(mentions: list[Mention], text: str) -> list[Mention]:
    """French streets, squares, seas and districts with the noun that names them ("rue de
    Lausanne", "avenue Kléber", "quai d'Orsay", "mer Noire", "quartier Saint-François"):
    French writes the noun in lower case before the name, and the place is the whole."""
    out = []
    for m in mentions:
        # The noun's last letters or its link's before the name: most names have neither.
        tail = text[max(0, m.start - 3):m.start]
        if tail.endswith((" ", "'", "’")):
            noun = PLACE_NOUN_BEFORE.search(text, max(0, m.start - 24), m.start)
            linked = noun is not None and noun.end(1) + 1 != m.start
            if noun is not None and (noun.group(1) != "place" or not linked) and (
                    linked or places().get(fold(m.text)) is None):
                # "place Fédérale", not "la place de la Suisse"; "lac de Neuchâtel" (the
                # lake, not the town), but "mer Méditerranée" is the sea's name alone
                m = Mention(text[noun.start(1):m.end], noun.start(1), m.end, "place", False,
                            m.after_preposition)
        out.append(m)
    return out


cdef bint all_capitals(list words):
    return all(w.isupper() for w in words if w[:1].isalpha())


cdef bint word_in_capitals(str word):
    return word.isupper() and sum(map(str.isalpha, word)) >= 2


def case_parts(mentions: list[Mention], text: str, lower_words: set[str]) -> list[Mention]:
    """Words in capitals run into words in mixed case are a headline or a banner glued to
    the text beside it ("SUISSE Chambres fédérales", "PASCAL HOFER Assise", "Kellogg
    PARIS"): each part is read as a text of its own, when the part in capitals has two
    words or more, or one word of SPLIT_WORD letters or more that is a place or a word the
    text writes in lower case (not an acronym naming a body: "NATO Secretary", "US
    Marines"; nor a given name styled in capitals: "REBECCA Cooke")."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        if len(words) < 2:  # most names: no parts to read
            out.append(m)
            continue
        caps = [word_in_capitals(w) for w in words]
        if all(caps) or not any(caps) or (caps[0] == caps[-1]):
            out.append(m)
            continue
        cut = caps.index(not caps[0])  # the first word of the second part
        block = words[:cut] if caps[0] else words[cut:]
        if len(block) == 1:
            word = block[0]
            if len(word) < SPLIT_WORD or (fold(word) not in places()
                                          and fold(word) not in lower_words):
                out.append(m)
                continue
        tokens = list(WORD_IN_RUN.finditer(text, m.start, m.end))
        if len(tokens) != len(words):
            out.append(m)
            continue
        for start, end in ((m.start, tokens[cut - 1].end()), (tokens[cut].start(), m.end)):
            out += [Mention(p.text, p.start + start, p.end + start, p.type, p.titled,
                            p.after_preposition) for p in find_mentions(text[start:end])]
    return out


def in_headlines(mentions: list[Mention], text: str) -> list[Mention]:
    """A run of words in capitals that is no name as a whole is a headline or a banner: the
    countries, the places of several words and the names the text writes elsewhere in mixed
    case inside it are its names ("SOCCER - JAPAN GET LUCKY WIN": Japan; "AGASSI BEATS
    SAMPRAS" after "Andre Agassi": Agassi)."""
    # A name that opens with a letter, then a lower-case one, is not in capitals.
    if not any(" " in m.text and not (m.text[:1].isalpha() and m.text[1:2].islower())
               and all_capitals(m.text.split()) for m in mentions):
        return mentions  # most texts have no run in capitals: nothing to look up
    gazetteer = places()
    lowered = names_lower_words(text)
    known: dict[str, str] = {}
    # Whether each mention is in capitals, asked twice below; a name that opens with a
    # letter, then a lower-case one, is not (the shortcut spares most names the split).
    capitals = [not (m.text[:1].isalpha() and m.text[1:2].islower())
                and all_capitals(m.text.split()) for m in mentions]
    for m, in_capitals in zip(mentions, capitals, strict=True):
        if not in_capitals:
            known.setdefault(fold(m.text), m.type)
            if m.type == "person" and " " in m.text:
                known.setdefault(fold(m.text.split()[-1]), "person")
            elif " " in m.text and m.text.split()[-1].lower().rstrip(".") in COMPANY_ENDINGS:
                # "HALVORSEN SHIPPING" after "Halvorsen Shipping Ltd": headlines leave a
                # company's legal form out.
                known.setdefault(fold(m.text.rsplit(None, 1)[0]), "organization")
    out: list[Mention] = []
    for m, in_capitals in zip(mentions, capitals, strict=True):
        if not in_capitals:
            out.append(m)
            continue
        words = m.text.split()
        key = fold(m.text)
        if len(words) < 2 or key in gazetteer or key in known:
            out.append(m)
            continue
        tokens = list(WORD_IN_RUN.finditer(text, m.start, m.end))
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            for n in range(min(HEADLINE_SPAN, len(tokens) - i), 0, -1):
                start, end = tokens[i].start(), tokens[i + n - 1].end()
                part = fold(text[start:end])
                place = gazetteer.get(part)
                if place == "country" or (n > 1 and place) or part in known or (
                        place and part not in lowered
                        and PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start)):
                    # "… IN DUBLIN" (not "FOR THE REST", "ROBERT HAMILTON"); a name the
                    # text gives elsewhere keeps its reading there ("HAMILTON WINS" after
                    # "Lewis Hamilton"), unless a country's
                    kind = "place" if place == "country" or part not in known else known[part]
                    found.append(Mention(text[start:end], start, end, kind, False, False))
                    i += n
                    break
            else:
                i += 1
        if found or not _headline_line(text, m.start):
            out += found or [m]
        # else a run in a headline with nothing known inside: "PREMIER LEAGUE RESULTS"
    return out


def _headline_line(text: str, pos: int) -> bool:
    """The line around `pos` is written in capitals (a wire headline or a banner)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    return line.upper() == line


def _in_brackets(text: str, start: int) -> bool:
    """A bracket opened before `start` on its line is still open there."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.rfind("(", line_start, start) > text.rfind(")", line_start, start)


cdef bint _team(str text, m):
    """The name of a team in a results line or a table row (see SCORE_AFTER)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if m.start == line_start:
        row = TABLE_ROW.match(text, m.end)
        if row is not None and len(row.group(0).split()) >= TABLE_NUMBERS:
            return True
    if SCORE_AFTER.match(text, m.end) is None:
        return False
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    # Two scores are enough: the line's others need not be found.
    return sum(1 for _ in islice(SCORES_IN_LINE.finditer(line), 2)) == 2


cdef bint _staffed(str text, Py_ssize_t end):
    """name_context.staffed, without Python's call protocol (_side asks it of every name a
    lower-case word follows)."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False
    staff = STAFF_AFTER.match(text, end)
    return staff is not None and staff.group(1) in STAFF_WORDS


cdef object _side(str text, m, place, surnames, tail=None):
    """What a results line or a match makes of a name that is no country's (a country's
    name stands for its national team, a place under the CoNLL convention): "scorer" in
    brackets after a score ("Feyenoord 2 (Larsson 15, Cruz 60)"), "team" in a results line
    or a table row ("Portsmouth 1 Leeds 2"), "match" for a side of a match ("Leeds beat
    Barnsley", "lost 2-0 to Hull", "Leeds coach Tom Cole"); else None."""
    if place == "country":
        return None
    # Every pattern after the name opens with a space or a tab, a comma ("X, who drew") or
    # a possessive: most names have none of them there and ask the one before the name
    # only. A score or a table row's numbers come after a space; a match's verb, a staff
    # word or "team" after a space and a lower-case letter.
    after = text[m.end:m.end + 2]
    spaced = after[:1] in SPACES
    scored = spaced and after[1:].isdigit()
    # A scorer is named by the surname alone or, in cricket's cards, by a person's full
    # name ("(D. Harper 104, T. Walsh 61)"): names.py's reading of its words, not a club's.
    if scored and (" " not in m.text or (m.type == "person" and m.text.count(" ") == 1)) \
            and SCORE_AFTER.match(text, m.end) and _in_brackets(text, m.start):
        return "scorer"
    if (scored or (spaced and after[1:] in SIGNS)) and _team(text, m):
        return "team"
    if scored and INNINGS_AFTER.match(text, m.end) and m.text not in surnames and \
            not given_name(m.text.split()[0]):
        return "team"  # "Somerset 83 and 174": a side's two innings (not a batsman's)
    worded = spaced and after[1:].islower()
    linked = after[:1] in LINKS  # a comma or a possessive's apostrophe
    if tail is None:
        tail = text[max(0, m.start - BEFORE_CHARS):m.start].rstrip()
    before = _ends_with(tail, MATCH_LAST_BY_LAST)
    if not worded and not linked and not before:
        return None
    words = m.text.split()
    if m.text in surnames or (given_name(words[0]) and NAMED_OR_SUFFIXES.isdisjoint(
            [w.lower() for w in words[1:]])):
        return None  # "Smith beat Jones" (not "Ross County")
    if (worded or after[:1] == ",") and MATCH_AFTER.match(text, m.end):
        return "match"
    if before and MATCH_BEFORE.search(text, max(0, m.start - 40), m.start):
        return "match"
    if linked and after[:1] != "," and RESULT_AFTER.match(text, m.end):
        return "match"  # "Newcastle's 2-1 win", "Arsenal's defeat"
    if not worded or m.titled:
        return None
    if _staffed(text, m.end) or TEAM_AFTER.match(text, m.end):
        return "match"  # "Leeds coach Tom Cole", "the Skyline team"
    if THE_BEFORE.search(text, max(0, m.start - 5), m.start):
        staff = STAFF_APPOSED.match(text, m.end)
        if staff is not None and staff.group(1) in STAFF_WORDS:
            return "match"  # "the Leeds manager, Tom Cole,"
    elif COLLECTIVE_AFTER.match(text, m.end) and not tail.endswith(COORDINATED_LAST) and \
            not NO_SUBJECT_BEFORE.search(tail):
        return "match"  # "Leeds have signed" (not "the Alps are")
    return None


cdef object _before_a_country(m, str text, dict gazetteer):
    """ "Holders Egypt maintain …", "Hosts France": a word opening a sentence glued to a
    country's (or a major city's) name that follows it; the name is the country's."""
    words = m.text.split()
    if len(words) < 2 or fold(m.text) in gazetteer or m.titled or given_name(words[0]) or \
            words[-1].lower() in NAMED_THINGS:  # "Jhongye Island" ("Island": Iceland)
        return m
    tail = " ".join(words[1:])
    if (gazetteer.get(fold(tail)) != "country" and fold(tail) not in major_cities()) or not (
            # Only a common word, a role's plural or one the text writes in lower case
            # ("Hosts Madrid", "Holders Egypt"), not a name's first word ("Dynamo Moscow",
            # "Bayern Munich", "Air Canada").
            words[0].endswith("s") or words[0].lower() in names_lower_words(text)):
        return m
    if not sentence_starts(text)(m.start):
        return m
    start = m.end - len(tail)
    return Mention(tail, start, m.end, "place", False, m.after_preposition)


def split_runs(mentions: list[Mention], text: str) -> list[Mention]:
    """Two runs names.py joins into one name, cut apart:
    - "Bob Lee Maddux Is Home Again", "Jane Doe Says Taxes Will Rise": a headline in title
      case runs a name into its verb; the name ends before the verb (never its first word:
      "Will Smith");
    - "D-Ill.", "R-Texas": a party's initial and a member's state, one word for names.py;
    - "in Chicago for the Democratic National Convention": names.py joins capitalised words
      across "for (the)" ("Movement for the Emancipation of …"); where the words before it
      are a known place (or a town by its ending: "Brenkeville for Oberhausenburg"), the
      place and what follows are two names."""
    out = []
    for m in mentions:
        if " " not in m.text:
            if m.text[1:2] == "-" and m.text[:1] in "DRI":
                state = PARTY_STATE.match(text, m.start)
                if state is not None:
                    # "Lowell, D-Ill., said", "R-Texas": a party's initial glued to the
                    # member's state; the state is the name, with its abbreviation's stop.
                    m = Mention(state.group(1), state.start(1), state.end(1), "place", False,
                                False)
            out.append(m)  # most names
            continue
        words = m.text.split(" ")
        if not TITLE_VERBS.isdisjoint(words[1:]):
            cut = next(i for i in range(1, len(words)) if words[i] in TITLE_VERBS)
            name = " ".join(words[:cut])
            m = Mention(name, m.start, m.start + len(name), m.type, m.titled,
                        m.after_preposition)
        joined = FOR_JOIN.search(m.text) if " for " in m.text else None
        if joined is not None:
            head = fold(m.text[:joined.start()])
            if places().get(head) or (" " not in head and head.endswith(TOWN_ENDINGS)):
                out.append(Mention(m.text[:joined.start()], m.start, m.start + joined.start(),
                                   "place", m.titled, m.after_preposition))
                m = Mention(m.text[joined.end():], m.start + joined.end(), m.end, m.type,
                            False, True)
        out.append(m)
    return out


cdef inline bint _opens(dict known, str text, Py_ssize_t pos):
    """SentenceStarts.__call__ (as _mentions._opens): sentence_start once per position."""
    found = known.get(pos)
    if found is None:
        found = known[pos] = sentence_start(text, pos)
    return found


def opening_of(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Thousands of US troops", "Results of English league matches": a common word
    opening a sentence, then "of": the name is what follows "of" (not "Bank of England",
    "University of Georgia", "Martyrs of Aleppo" that the text writes mid-sentence too)."""
    gazetteer = places()
    # A name of one word (most) is its own; a name without "of" has no common word before it.
    mentions = [_before_a_country(m, text, gazetteer) if " " in m.text or not
                m.text.isprintable() else m for m in mentions]
    if not any("of" in m.text and m.text.split()[1:2] == ["of"] for m in mentions):
        return mentions
    # The mention finder asked it of most starts; its table read here (_opens), not through
    # a Python call of SentenceStarts per name.
    cdef dict known = sentence_starts(text).known
    inside = {w for m in mentions if not _opens(known, text, m.start) for w in m.text.split()}
    out = []
    for m in mentions:
        words = m.text.split()
        if len(words) >= 3 and words[1] == "of" and words[0] not in inside and \
                words[0].lower() not in NAMED_SUFFIXES_OR_TITLES and \
                fold(m.text) not in gazetteer and _opens(known, text, m.start):
            rest = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
            start = text.index(rest[0], m.start + len(words[0]))
            m = Mention(text[start:m.end], start, m.end, m.type, m.titled, True)
        out.append(m)
    return out


cdef bint _abbreviated_place(str text, m, previous):
    """ "Palo Alto, Calif.,", "Yarmouth, N.S.", "(D., Conn.)", "(R-Ariz.)": a short
    capitalised abbreviation after a town's name and a comma, or after a party's initial,
    is a state's or a province's."""
    if not ABBREVIATED.fullmatch(m.text) or text[m.end:m.end + 1] not in (".", "") and \
            not m.text.endswith("."):
        return False
    if PARTY_BEFORE.search(text, max(0, m.start - 6), m.start):
        return True
    # After a town, not after a person ("John Smith, Esq.", "Smith, Benj."), and not
    # before a verb: a body's initials open a clause ("… in Congo, U.N. says").
    return previous is not None and text[previous.end:m.start] == ", " and \
        not (text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2].islower()) and \
        (previous.type != "person" or fold(previous.text) in places()) and \
        m.text.lower().rstrip(".") not in TITLES


cdef bint event_name(list words):
    """ "World Cup", "Olympic Games", "Coupe", "Olympics", "Tour of Spain", "Tour
    d'Italie": an event's name. A last word in lower case is a French adjective, not an
    English event's noun ("Forum économique mondial" is a body)."""
    last = words[-1]
    return (last[:1].isupper() and last.lower() in EVENT_WORDS) or (len(words) > 1 and (
        words[0].lower() in EVENT_WORDS or (words[0] == "Tour" and (
            words[1] in TOUR_LINKS or words[1].startswith(TOUR_ELIDED)))))


cdef inline long _case_folded(Py_UCS4 c):
    """c's code as an IGNORECASE pattern reads it, for the letters _portfolio_ending asks:
    A-Z as a-z, and the long s as s (no other character matches those letters so)."""
    cdef long code = c
    if 65 <= code <= 90:
        return code + 32
    return 115 if code == 0x17F else code


cdef bint _portfolio_ending(str text, Py_ssize_t lo, Py_ssize_t end):
    """Whether text[lo:end], its last blanks (not a newline) left out, ends with one of the
    endings of PORTFOLIO_BEFORE's links ("la", "l'", "es", "du", "de", "d'", "of", "or"),
    as case-blind as the pattern: asked before the pattern, which can match only there (a
    search with a look-behind first is tried at every position of its window)."""
    cdef Py_ssize_t k = end - 1
    cdef long first, last
    while k >= lo and text[k] != "\n" and Py_UNICODE_ISSPACE(text[k]):
        k -= 1
    if k - 1 < lo:
        return False
    first = _case_folded(text[k - 1])
    last = _case_folded(text[k])
    if last == 39 or last == 0x2019:  # an apostrophe: "l'", "d'"
        return first == 108 or first == 100
    if first == 108:
        return last == 97  # "la"
    if first == 100:
        return last == 117 or last == 101  # "du", "de"
    if first == 111:
        return last == 102 or last == 114  # "of", "for"
    return first == 101 and last == 115  # "des"


cdef bint _no_name_here(str text, m, list words):
    """Capitalised words that their place shows are no names: a time zone after a clock
    time ("6:19am GMT"), a gerund opening a credit ("Reporting by"), the topic word of a
    wire headline ("SOCCER - "), a minister's portfolio ("ministre des Affaires
    étrangères", "minister for Trade"), a market index ("the Hang Seng index", "the Nasdaq
    Composite")."""
    if clock_zone(text, m.start, words):
        return True
    if (len(words) > 1 and words[-1] in INDEX_LAST) or INDEX_AFTER.match(text, m.end):
        return True
    if len(words) != 1:
        return False
    word = words[0]
    if word.lower() in NOT_NAMES or (
            _portfolio_ending(text, max(0, m.start - 30), m.start)
            and PORTFOLIO_BEFORE.search(text, max(0, m.start - 30), m.start)):
        return True
    if word.endswith("ing") and GERUND_BY.match(text, m.end):
        return True
    return word.isupper() and len(word) > 3 and text[m.start - 1:m.start] in ("", "\n") and \
        TOPIC.match(text, m.end) is not None and word not in AGENCY_NAMES


def _club_names(mentions: list[Mention], gazetteer: dict[str, str]) -> dict[str, str]:
    """ "Edmonton Oilers", "Baltimore Orioles", "Los Angeles Lakers": a town's name, then a
    plural nickname, is a club; its town alone then stands for the club too ("Edmonton
    visits St. Louis", "tallied for Edmonton"). Folded club names and towns -> the town."""
    clubs: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        last = words[-1]
        if len(words) == 2 and last in CLUB_WORDS and not m.titled and \
                gazetteer.get(fold(words[0])) == "area" and fold(m.text) not in gazetteer:
            # "Newcastle United", "Manchester City": the town alone is the club too
            # ("Newcastle said in a statement"; not "in Newcastle").
            clubs[fold(m.text)] = clubs[fold(words[0])] = words[0]
            continue
        # The tests of the last word first: most names end in no plural "s".
        if len(words) < 2 or not last.endswith("s") or last.endswith(("ss", "'s", "’s")) or \
                m.titled or last.lower() in NAMED_THINGS or last.lower() in ORG_SUFFIXES or \
                all_capitals(words) or given_name(words[0]) or fold(m.text) in gazetteer:
            continue  # not "West Indies", a place whose first word is a town's name
        for k in range(len(words) - 1, 0, -1):  # "Columbus Blue Jackets": "Columbus"
            town = " ".join(words[:k])
            if gazetteer.get(fold(town)) == "area":  # a country's is its national team
                clubs[fold(m.text)] = town
                clubs[fold(town)] = town
                clubs[fold(last)] = town  # "the Oilers": the nickname alone
                clubs[fold(" ".join(words[k:]))] = town  # "the Trail Blazers"
                break
    return clubs


def type_by_vote(list mentions, str text, language=None):
    """entity_types.python_type_by_vote."""
    cdef Py_ssize_t i, j, mstart, mend
    cdef str key, mtext, tail
    cdef list words, kept, sides, out
    cdef set surnames, teams, datelines, dateline_towns, folded_surnames, companies, kind_heads
    cdef dict kinds, not_names, decided, clubs, gazetteer
    # Before case_parts, whose reading of parts would push the text out of the cache.
    lowered = names_lower_words(text)
    folded = {fold(w) for w in lowered if not PyUnicode_IS_ASCII(w)}
    # Most English texts write no word with an accent: then the words are the text's own,
    # not a copy of them.
    lower_words = lowered | folded if folded else lowered
    mentions = case_parts(mentions, text, lower_words)
    if language == "fr":
        mentions = with_place_nouns(with_adjectives(with_body_nouns(mentions, text), text), text)
    mentions = with_kind_after(opening_of(in_headlines(split_runs(mentions, text), text), text),
                               text)
    gazetteer = places()
    initials = country_initials()
    # Surnames of the full names that are people's by more than their shape: a given name,
    # a title, or a last word that is no place ("Central Aleppo" gives no surname).
    surnames = {m.text.split()[-1] for m in mentions
                if m.type == "person" and " " in m.text and not m.text.isupper() and (
                    m.titled or given_name(m.text.split()[0])
                    or fold(m.text.split()[-1]) not in gazetteer)}
    # "the Rafael Ortega doping case": a given name and a surname make a person's name
    # whatever names.py read around them (the article made it a body).
    surnames |= {m.text.split()[-1] for m in mentions
                 if m.type != "person" and m.text.count(" ") == 1 and not m.text.isupper()
                 and given_name(m.text.split()[0]) and fold(m.text) not in gazetteer
                 and NAMED_OR_SUFFIXES.isdisjoint([w.lower() for w in m.text.split()])}
    # "Le Pen" after "Marine Le Pen": the end of a person's name is that person; a
    # particle opening it takes a capital where it opens a sentence ("Van der Berg" after
    # "Henk van der Berg").
    surnames |= {form for m in mentions
                 if m.type == "person" and m.text.count(" ") > 1
                 for i in range(1, m.text.count(" "))
                 for tail in (" ".join(m.text.split()[i:]),)
                 for form in (tail, tail[:1].upper() + tail[1:])}
    votes = defaultdict(partial(defaultdict, int))
    clubs = _club_names(mentions, gazetteer)
    # The first words of companies' legal names ("Gartner Inc.") and of two-word names
    # ending in a body's kind word ("Halden Trust"), one split per name.
    companies = set()
    kind_heads = set()
    for m in mentions:
        if " " in m.text:
            words = m.text.split()
            last = words[-1].lower()
            if last.rstrip(".") in COMPANY_ENDINGS:
                companies.add(fold(words[0]))
            if len(words) == 2 and last in BODY_KINDS and not m.titled:
                kind_heads.add(fold(words[0]))
    surnames -= {m.text.split()[-1] for m in mentions if fold(m.text) in clubs}  # "Oilers"
    surnames -= {name for name in surnames if fold(name) in clubs}  # "Trail Blazers"
    folded_surnames = {fold(name) for name in surnames}  # "AGASSI" in a headline
    kept = []
    common = _common_acronyms(text, mentions)
    kinds = {(m.start, m.end): gazetteer.get(fold(m.text)) for m in mentions}
    # The names a results line, a match or a staff word shows to be teams in one mention,
    # and what each kept mention's own words make of it (_side).
    teams = set()
    sides = []
    previous = None
    datelines = set()  # the starts of the mentions that open a dateline
    dateline_towns = set()  # and their folded names
    not_names = {}
    named_digits = digit_names(text)  # "G4S", "3M", "76ers" where the text names them so
    for i, m in enumerate(mentions):
        # The mention's fields read once: the rules below slice and search around its offsets
        # as C integers (max(0, mstart - 6), text[mend:mend + 1]), not through Python calls.
        mstart = m.start
        mend = m.end
        mtext = m.text
        mtype = m.type
        mtitled = m.titled
        if i:
            previous = mentions[i - 1]
        if mtext in common:
            continue
        words = mtext.split()
        key = fold(mtext)
        place = gazetteer.get(key)
        if place is None and len(words) == 1 and _short_country(text, m):
            place = "country"  # "(Esp)", "(Fr)": a competitor's country
        if place is None and len(mtext) > 1 and mtext.replace(".", "") in initials:
            # "U.S.", "U.K.": a country; "US", "UK" as well, more weakly ("PR"); not a
            # letter alone ("group C").
            place = "country" if DOTTED.fullmatch(mtext) else "area"
        # _not_a_name reads the name, its type, title and place only: once per name read so.
        reading = (mtext, mtype, mtitled, place)
        no_name = not_names.get(reading)
        if no_name is None:
            no_name = not_names[reading] = _not_a_name(m, words, place, lower_words, surnames,
                                                       named_digits)
        if no_name and len(words) == 1 and text[mend + 1:mend + 2].isdigit() \
                and not nationality(mtext) and words[0].lower().rstrip(".") not in DATE_WORDS \
                and fold(words[0]) not in language_words() and fold(words[0]) not in lower_words \
                and _side(text, m, place, surnames) == "team":
            # "Kilmarnock 1 Hibernian 1": a word shaped like a nationality is a team's name
            # in a results line, unless it is a people's or a language's.
            no_name = False
        if no_name or (
                place is None and (event_name(words) or _no_name_here(text, m, words))):
            continue
        kept.append((m, key))
        tail = text[max(0, mstart - BEFORE_CHARS):mstart].rstrip()
        side = _side(text, m, place, surnames, tail)
        sides.append(side)
        if side in ("team", "match"):
            teams.add(key)
        if mtext.isupper() and text[mstart - 1:mstart] in ("", "\n") and (
                DATELINE_REGION.match(text, mend) or DATELINE_DATE.match(text, mend)):
            # "YARMOUTH, N.S. -", "ABU DHABI, Emirates (AFP)", "AUGUSTA , Georgia 1997-04-11":
            # a dateline names where the story was filed, whatever the name is elsewhere
            # ("New York 4 Seattle 1": a club): a place, out of the name's vote.
            datelines.add(mstart)
            dateline_towns.add(key)
            continue
        vote = votes[key]
        if key in dateline_towns and side is None:
            vote["place"] += AREA_VOTES  # "SAN SEBASTIAN, Spain …", then "to San Sebastian"
        if place == "country":
            vote["place"] += COUNTRY_VOTES
        elif place == "area":
            vote["place"] += AREA_VOTES
        if len(words) == 1 and _before_a_place(text, mend, gazetteer):
            vote["place"] += AREA_VOTES  # "Cookeville, Tennessee": a town, then its region
        if len(words) == 1:
            before = PLACE_OF.search(text, max(0, mstart - 30), mstart) \
                if tail.endswith(PLACE_OF_LAST) else None
            if before is not None and before.group(1) in PLACE_WORDS:
                vote["place"] += AREA_VOTES  # "the island of Luzon"
            if _coordinated_with_a_place(text, mentions, i, kinds):
                vote["place"] += AREA_VOTES  # "between Luzon and Taiwan"
        # APPOSED and AGE open with a comma: matched only after one.
        apposed = APPOSED.match(text, mend) if text[mend:mend + 1] == "," else None
        if apposed is not None:
            # The noun, or the noun after one word ("a French company", "a state employee"),
            # unless that word is a link ("une organisation de", "a city in").
            first, second = (w.lower() if w else "" for w in apposed.groups())
            noun = first if not second or second in APPOSITION_LINKS else second
            if noun in ORG_APPOSITIONS:
                vote["organization"] += APPOSITION_VOTES  # "Oceana, une organisation …"
            elif noun in PLACE_APPOSITIONS:
                vote["place"] += APPOSITION_VOTES
        if len(words) == 1 and mtext in named_digits:
            vote["organization"] += COUNTRY_VOTES  # "G4S said": no person's name holds a digit
        if len(words) == 1 and INNER_CAPITAL.match(mtext):
            vote["organization"] += AREA_VOTES  # "PeakMetrics", "YouTube"
        if place is None and tail.endswith(BODY_SITED) and \
                (len(words) == 1 or not given_name(words[0])):
            # "Toronto-based Kelvar", "Bergen-based Sparebanken Vest": a body (not
            # "London-based Jane Doe")
            vote["organization"] += COUNTRY_VOTES
        if text[mend:mend + 1] == "-" and SITED.match(text, mend):
            vote["place"] += COUNTRY_VOTES  # "an analyst at Bergen-based …": a place
        if mtext in AGENCY_NAMES or (
                len(words) == 1 and text[mstart - 1:mstart] == "(" and
                CREDIT_AFTER.match(text, mend) is not None):
            # "Reuters said": an agency speaks; "PARIS, 15 (Havas). —": the agency a
            # dateline credits, whatever its name.
            vote["organization"] += AGENCY_VOTES
        if (mtitled and not OF_BEFORE.search(text, max(0, mstart - 12), mstart)) or (
                tail[-3:].lower().replace("’", "'").endswith(PARTICLES_BEFORE)
                and _titled_particle(text, mstart)):
            vote["person"] += TITLE_VOTES  # not "President of the United States"
        if len(words) == 1 and place is None and mtype == "place" and not mtitled and \
                INSIDE_BEFORE.search(text, max(0, mstart - 6), mstart):
            vote["place"] += WORDS_VOTES  # "à Wœrth", "in Cookeville": over a bare mention
        if len(words) > 1 and place is None and not mtitled and \
                PLACE_PREPOSITION_BEFORE.search(text, max(0, mstart - 6), mstart) and \
                not given_name(words[0]) and gazetteer.get(fold(words[-1])):
            vote["place"] += AREA_VOTES  # "in Central Aleppo", "near Greater Manchester"
        if len(words) == 2 and place is None and not mtitled and \
                words[0].lower() in DIRECTIONS and not given_name(words[1]) and \
                words[1].lower() not in NAMED_OR_SUFFIXES and fold(words[1]) not in gazetteer \
                and not words[1].endswith(PEOPLE_ENDINGS):
            vote["place"] += AREA_VOTES  # "North Kivu", "West Java": a region of a country
        if len(words) == 2 and words[1] == "City" and place is None and \
                gazetteer.get(fold(words[0])):
            vote["organization"] += COUNTRY_VOTES  # "Manchester City" (not "Mexico City")
        if len(words) == 1 and place is None and _abbreviated_place(text, m, previous):
            vote["place"] += COUNTRY_VOTES  # "Palo Alto, Calif.", "(D., Conn.)"
            if text[mend:mend + 1] == ".":
                m = Mention(text[mstart:mend + 1], mstart, mend + 1, mtype, mtitled,
                            m.after_preposition)
                kept[-1] = (m, key)
                mend += 1
                mtext = m.text
        if len(words) == 1 and ((key in companies and place != "country") or (
                key in kind_heads and place is None and _body_head(words[0], lower_words))):
            # "at Gartner" after "Gartner Inc.", "Halden said" after "Halden Trust"
            vote["organization"] += COUNTRY_VOTES
        if key in clubs and (key != fold(clubs[key]) or (
                not PLACE_PREPOSITION_BEFORE.search(text, max(0, mstart - 6), mstart)
                and not mtext.isupper())):
            # A club, or its town standing for it (not "in Edmonton", nor a dateline).
            vote["organization"] += TEAM_VOTES
        if len(words) > 1 and words[-1].lower() in COMPANY_ABBREVIATIONS and \
                text[mend:mend + 1] == ".":
            # "Gartner Inc.": the abbreviation's full stop is the name's (CoNLL's token
            # keeps it); names.py leaves it to the sentence.
            m = Mention(text[mstart:mend + 1], mstart, mend + 1, mtype, mtitled,
                        m.after_preposition)
            kept[-1] = (m, key)
            mend += 1
            mtext = m.text
        if side == "scorer":
            vote["person"] += TEAM_VOTES  # "Feyenoord 2 (Larsson 15, Cruz 60)": scorers
        elif side == "team":
            vote["organization"] += TEAM_VOTES  # "Portsmouth 1 Leeds 2": clubs
        elif side == "match":
            vote["organization"] += MATCH_VOTES  # "Leeds beat Barnsley"
        if len(words) > 1 and place is None:
            last = words[-1].lower()
            if last in VENUE_WORDS or (last in PLACE_KINDS_AFTER and words[-1].islower()):
                vote["place"] += TITLE_VOTES  # "Lansdowne Road", "Yankee Stadium"
            elif last in PARTY_PLURALS:
                vote["organization"] += TITLE_VOTES  # "Christian Democrats"
            if fold(words[0]) in CLUB_FIRST_WORDS:
                vote["organization"] += TITLE_VOTES  # "Atletico Paranaense", "Dynamo Kiev"
        if place is None and text[mend:mend + 1] == " " and \
                text[mend + 1:mend + 8].startswith(("shares", "stock")):
            vote["organization"] += TITLE_VOTES  # "Renault shares fell"
        if place is None and text[mstart - 2:mstart - 1] == ")":
            bracketed = COUNTRY_BRACKETED_BEFORE.search(text, max(0, mstart - 80), mstart)
            if bracketed is not None and gazetteer.get(fold(bracketed.group(1))) == "country":
                vote["organization"] += TEAM_VOTES  # "Norris (Britain) McLaren": a team
        if place is None and tail.endswith(("in", "of")) and \
                tail[-10:].lower().endswith(SHARES_BEFORE):
            vote["organization"] += TITLE_VOTES  # "Shares in Royal Dutch Shell"
        if place != "country" and not mtitled:
            # The word before the name, and the one before "at".
            space = tail.rfind(" ")
            # French elides the article into the noun: "l'hebdomadaire X", "l'agence X".
            last = tail[max(space, tail.rfind("'"), tail.rfind("’")) + 1:]
            if last in ORG_NOUNS and place is None and (
                    mtext.isupper() or not given_name(words[0])):
                vote["organization"] += TITLE_VOTES  # "the news agency MENA"
            elif last in FRENCH_BODY_ARTICLES and place is None and " " not in mtext and \
                    not given_name(mtext):
                vote["organization"] += WORDS_VOTES  # "du Hamas", "le Medef"
            elif last == "at" and tail[:space].rsplit(None, 1)[-1:] and \
                    tail[:space].rsplit(None, 1)[-1].lower() in STAFF_AT and \
                    key not in major_cities() and (mtext.isupper() or not given_name(words[0])):
                # "a strategist at Commerzbank"; over a small town's name and the
                # preposition's reading too: people work at a body, not at a town
                # ("economists at Berenberg")
                vote["organization"] += STAFF_VOTES
        if text[mend:mend + 1] == " " and text[mend + 1:mend + 2] in MEMBERS_FIRST and \
                MEMBERS_AFTER.match(text, mend) and place != "country" and not mtitled and \
                key not in major_cities() and mtext not in surnames and (
                    mtype != "person" or (len(words) > 1 and not given_name(words[0]))):
            # "the Unite union", "the Likud party": a body that people join, named before
            # its noun (a place before it is "a Paris court", "the Tokyo company")
            vote["organization"] += TITLE_VOTES
        elif place is None and not mtitled and text[mend:mend + 1] == " " and \
                text[mend + 1:mend + 2] in MEMBERS_PLURAL_FIRST and \
                MEMBERS_PLURAL.match(text, mend) and mtext not in surnames and \
                not given_name(words[0]):
            # "Labour MPs", "Chelsea fans", "Hamas officials": the body its members belong
            # to (a known place before them is "Ohio voters", "Gaza officials")
            vote["organization"] += TITLE_VOTES
        elif place is None and not mtitled and kind_noun_after(text, mend) and \
                mtext not in surnames and (mtext.isupper() or not given_name(words[0])) \
                and not IN_THE_BEFORE.search(text, max(0, mstart - 8), mstart):
            # "Yonhap news agency", "the Kavlo daily": the body named before its kind's noun
            # (a place known to the gazetteer is "the Detroit carmaker"; "in the Spratly
            # group" is a group of islands)
            vote["organization"] += TITLE_VOTES
        if len(words) > 1 and place is None and words[-1].lower() in ORG_SUFFIXES:
            vote["organization"] += AREA_VOTES  # "Ford Motor Co", "Leeds United"
        if place is None and not mtitled and mtext not in surnames and \
                text[mend:mend + 2] in BODY_AFTER_OPENINGS and BODY_AFTER.match(text, mend):
            vote["organization"] += BODY_AFTER_VOTES  # "Tolvane said its", "Vesta Aid, which"
        if place is None and len(words) == 1 and _ranked(text, m):
            vote["person"] += RANK_VOTES  # "12. Camenzind. 23. Huser."
        if len(words) == 1 and place is None:
            if not mtext.isupper():
                if _ends_with(key, SURNAME_ENDINGS_BY_LAST):
                    vote["person"] += SURNAME_VOTES  # "Nazarbayev", "Lukashenko"
                elif _ends_with(key, TOWN_ENDINGS_BY_LAST):
                    vote["place"] += AREA_VOTES  # "Cookeville", "Keytesville"
            # The first character PERSON_AFTER can read after the name's space, if any.
            if (text[mend + 1:mend + 2] if text[mend:mend + 1] == " "
                    else text[mend:mend + 1]) in PERSON_AFTER_FIRST and \
                    mtext not in surnames and key not in teams and \
                    PERSON_AFTER.match(text, mend):
                # "Hinton, who", "Mussolini himself" (not a team: "Arsenal, who drew")
                vote["person"] += PERSON_AFTER_VOTES
        elif len(words) == 1 and place == "area" and mtype == "person" and not mtitled and \
                key not in major_cities() and not m.after_preposition and \
                text[mstart - 1:mstart] != "(" and next_to_cue(text, mstart, mend) and \
                not ARTICLE_BEFORE.search(text, max(0, mstart - 5), mstart):
            # "Mandela told …": a speaker where the gazetteer knows a small town of the
            # name (not "M. Dind (Vaud) déclare", nor "the Parana state legislature"); a
            # large city speaks for its government. After "and" and a lone word read as a
            # body, the pair speaks: two bodies ("Nissan and Toyota said").
            if previous is not None and previous.type == "organization" and \
                    " " not in previous.text and _coordinated(text, previous, m):
                vote["organization"] += SPEAKER_VOTES
            else:
                vote["person"] += SPEAKER_VOTES
        if place != "country" and text[mend:mend + 1] == "," and AGE.match(text, mend):
            vote["person"] += TITLE_VOTES  # "Maurice Ferte, 21 ans,", "Smith, 45,": an age
        if tail.endswith(SCORECARD_LAST) and \
                SCORECARD_BEFORE.search(text, max(0, mstart - 12), mstart):
            vote["person"] += TITLE_VOTES  # "c Young b Cairns"
        if len(words) > 1 and place is None and given_name(words[0]) and \
                not all_capitals(words) and not {w.lower() for w in words} & NAMED_THINGS:
            vote["person"] += WORDS_VOTES  # "Jamie Fields", "Travis Webb": a given name first
        if len(words) == 1 and _spoken_to(text, mstart) and mtext not in surnames:
            vote["organization"] += ADDRESSEE_VOTES
        elif mtype == "person" and len(words) > 1 and not mtitled and \
                not given_name(words[0]) and (any(
                    # "Le" of "Le Drian" is a surname's, "de" of "Palma de Majorque" not;
                    # "van" of "D. van Wyk" is, after an initial
                    (w.lower() in lower_words and not (w[:1].isupper() and
                                                       w.lower() in TRAILING_PARTICLES)
                     and not (w in INITIAL_PARTICLES and INITIAL.fullmatch(words[0])))
                    or gazetteer.get(fold(w)) == "country" for w in words) or (
                    city_tail(words) and words[0].lower() not in COMPASS_WORDS)):
            # "World Cup", "Capital Economics", "Procurement Canada", "Hapoel Tel Aviv": a
            # word the text also writes in lower case, a country, or a large city's two
            # words last, and no first name: not a person's name.
            vote["organization"] += WORDS_VOTES
        elif len(words) == 1 and mtype == "organization" and \
                words[0].lower() in first_names() and \
                not ARTICLE_BEFORE.search(text, max(0, mstart - 5), mstart):
            # "David", "Cindy": a first name alone is somebody (not "the Fed")
            vote["person"] += WORDS_VOTES
        elif len(words) == 1 and mtype == "person" and not mtitled and \
                mtext not in surnames and (words[0].lower() in ORG_WORDS or
                                            ARTICLE_BEFORE.search(text, max(0, mstart - 5),
                                                                  mstart)
                                            or (not given_name(words[0])
                                                and key not in folded_surnames
                                                and not _pronoun_next(text, mend))):
            # "the Commission said", "Congress asks", "Microsoft said": names.py reads a
            # speaker; no article comes before a person's name, "Congress" names a body,
            # and news gives a person's full name before the surname alone: a lone word
            # that is no given name and ends no full name of the text is a body, unless
            # the next sentence calls it "he" or "she" (old papers name the famous by
            # their surname alone: "Mussolini has … He").
            vote["organization"] += WORDS_VOTES
        else:
            vote[mtype] += WORDS_VOTES
    for (m, key), side in zip(kept, sides, strict=True):
        if side is None and key in teams and m.start not in datelines and \
                not PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 6), m.start):
            # "Wolverhampton levelled" after "Wolverhampton beat …": a team in every
            # mention that no place's preposition makes the town ("in Wolverhampton").
            votes[key]["organization"] += TEAM_VOTES
    out = []
    mentioned = Counter(key for _, key in kept)
    read_otherwise = {key for m, key in kept if m.type != "organization"}
    # A name with no evidence but its readings, joined to one with some, takes its type.
    decided = paired_types(kept, votes, mentioned, text)
    unsupported = {j for j, (m, key) in enumerate(kept) if key not in read_otherwise
                   and key not in decided
                   and _unsupported(m, votes[key], mentioned[key], surnames)}
    # "the Bundesbank left", "the Fed is expected": a lone word after the article, the
    # subject of a verb, is a body (English gives no article to a person's name).
    backed = {kept[j][1] for j in unsupported
              if text.endswith("he ", 0, kept[j][0].start) and _the_subject(text, kept[j][0])}
    # Left out, unless "and" joins one of its mentions to a lone word that the text backs
    # as a body ("fined Volvo and Renault" after "Renault shares fell"; not "Ethics and
    # Anti-Corruption Commission", one name).
    backed |= {kept[j][1] for j in unsupported if any(
        0 <= k < len(kept) and k not in unsupported and " " not in kept[k][0].text
        and _coordinated(text, kept[j][0], kept[k][0])
        # A dateline's town casts no vote: its name may have none.
        and _leading(votes[kept[k][1]]) == "organization"
        for k in (j - 1, j + 1))}
    backed |= paired_subjects(kept, unsupported, text)
    for j, (m, key) in enumerate(kept):
        if j in unsupported and key not in backed:
            continue
        # One decision per name; a tie goes to the reading of the name's first mention
        # (most_common keeps the order in which votes were first cast).
        kind = decided.get(key)
        if m.start in datelines:
            kind = "place"
        elif kind is None:
            kind = decided[key] = _leading(votes[key])
        if (m.text in surnames or (m.text.isupper() and key in folded_surnames
                                   and m.type == "person" and m.start not in datelines)) and \
                gazetteer.get(key) != "country":
            kind = "person"  # "Weber", "HAMILTON" after "Anna Weber", "Lewis Hamilton"
        out.append(m if kind == m.type else Mention(m.text, m.start, m.end, kind, m.titled,
                                                    m.after_preposition))
    return out
