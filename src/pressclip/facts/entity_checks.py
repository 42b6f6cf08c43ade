"""The tests the entity vote (entity_types.py) asks of one mention: what its words and the
text around it say it is, or that it is no name at all.

Each reads the mention and its neighbourhood alone, never the other mentions' votes: a
country cut short in brackets after a result's name, a rank before a lone name, "the Fed
is" (a body as a subject), "told Reuters" (whom words were said to), a place after the
name and its comma, a title then a surname's particle, a state's abbreviation after a
town, and the capitalised words that are no names (dates, clock zones, headlines in
capitals, nationalities, languages, acronyms the text spells out in lower case).
_votes.pyx compiles copies of most of them beside the vote and imports the others from here.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice

from .entity_cues import (
    ABBREVIATED,
    ADDRESSEE_LINKS,
    ADDRESSEE_VERBS,
    AGENCY_NAMES,
    AUXILIARIES,
    BRACKET_CLOSE,
    BRACKETED,
    CAPITALS_COMMON_LETTERS,
    CAPITALS_RUN,
    CLOCK,
    DATE_WORDS,
    GERUND_BY,
    INDEX_AFTER,
    INDEX_LAST,
    NAME_PARTICLES,
    NAMED_SUFFIXES_OR_TITLES,
    NOT_A_NAME_WORD,
    OFFICES_LAST,
    PARTY_BEFORE,
    PLACE_AFTER,
    PORTFOLIO_BEFORE,
    PRONOUN_NEXT,
    RANKED,
    RANKS_IN_TEXT,
    RULERS,
    SHORT_COUNTRY,
    SPACES_OR_HYPHENS,
    THE_BEFORE,
    TOPIC,
    VERB_AFTER,
    clock_zone,
)
from .entity_lexicon import (
    GENERIC_BODIES,
    NOT_NAMES,
)
from .entity_words import (
    capital_heading,
    country_beginnings,
    first_names,
    given_name,
    nationality,
    people_word,
)
from .lexicon import (
    DEMONYM_NOUNS,
    PLACE_WORDS,
    TITLES,
    is_cue,
)
from .name_context import ADJECTIVE_ENDINGS, demonym_shaped
from .names import RANK, Mention
from .places import fold, language_words, places


def _short_country(text: str, m: Mention) -> bool:
    """ "Olano (Esp)", "Tchmil (Be, 4")": a country's name cut short in brackets after a
    name (results of races and tournaments)."""
    low, high = SHORT_COUNTRY
    return low <= len(m.text) <= high and m.text[:1].isupper() and m.text[1:].islower() \
        and BRACKETED.search(text, max(0, m.start - 3), m.start) is not None \
        and BRACKET_CLOSE.match(text, m.end) is not None \
        and fold(m.text) in country_beginnings()


@lru_cache(maxsize=4)
def _ranks(text: str) -> int:
    """The text's ranks, counted up to RANKS_IN_TEXT: all that _ranked asks of them."""
    return sum(1 for _ in islice(RANKED.finditer(text), RANKS_IN_TEXT))


def _ranked(text: str, m: Mention) -> bool:
    """A lone name after a rank in a text with several ranks ("12. Camenzind"); the ranks
    are counted only once a name follows one (most texts have none)."""
    # RANK's match holds a full stop: a window without one (most) needs no search.
    return text.find(".", max(0, m.start - 6), m.start) >= 0 and \
        RANK.search(text, max(0, m.start - 6), m.start) is not None and \
        _ranks(text) >= RANKS_IN_TEXT


def _body_head(word: str, lower_words: set[str]) -> bool:
    """ "Halden" after "Halden Trust", "Harvard" after "Harvard University": the first of
    two words whose last is a body's kind word names the body alone, when it is no given
    name, title, kind word, nationality or adjective, and no common word of the text (the
    caller asks it of lone names that no gazetteer knows)."""
    return word[1:].islower() and fold(word) not in lower_words and \
        word.lower() not in NAMED_SUFFIXES_OR_TITLES and not given_name(word) and \
        not word.endswith(ADJECTIVE_ENDINGS) and not nationality(word)


def _the_subject(text: str, m: Mention) -> bool:
    """ "the Fed is", "The Bundesbank left": the article, the name, then a verb."""
    if not THE_BEFORE.search(text, max(0, m.start - 5), m.start) or \
            m.text.lower() in TITLES or m.text.lower() in RULERS:
        return False
    return _verb_next(text, m.end)


def _verb_next(text: str, end: int) -> bool:
    """A verb right after `end`: an auxiliary, a reporting verb, a past or a third person
    ("will", "said", "rose", "plans"; English)."""
    after = VERB_AFTER.match(text, end)
    if after is None:
        return False
    verb = after.group(1)
    return verb in AUXILIARIES or is_cue(verb) or verb.endswith(("ed", "es")) or (
        verb.endswith("s") and not verb.endswith("ss"))


def _pronoun_next(text: str, end: int) -> bool:
    """ "X has rebuilt the port. He …": the sentence after the name's opens with a person's
    pronoun (English; the caller asks it of lone names read as speakers only)."""
    return PRONOUN_NEXT.match(text, end) is not None


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


def _spoken_to(text: str, start: int) -> bool:
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


def _not_a_name(m: Mention, words: list[str], place: str | None, lower_words: set[str],
                surnames: set[str], named_digits: frozenset[str]) -> bool:
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


def _before_a_place(text: str, end: int, gazetteer: dict[str, str]) -> bool:
    if text[end:end + 1] != ",":
        return False  # PLACE_AFTER opens with its comma
    found = PLACE_AFTER.match(text, end)
    return found is not None and found.group(1) is not None and \
        gazetteer.get(fold(found.group(1))) is not None


def _titled_particle(text: str, start: int) -> bool:
    """ "général de Gaulle": a title, then a particle that starts a surname (not "président
    du Medef": "du" is "de le", the article of a body)."""
    before = text[max(0, start - 30):start].replace("’", "'").lower().split()
    return len(before) >= 2 and before[-1] in NAME_PARTICLES and before[-1] != "du" and \
        before[-2] in TITLES


def _abbreviated_place(text: str, m: Mention, previous: Mention | None) -> bool:
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


def _no_name_here(text: str, m: Mention, words: list[str]) -> bool:
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
    if word.lower() in NOT_NAMES or PORTFOLIO_BEFORE.search(text, max(0, m.start - 30),
                                                             m.start):
        return True
    if word.endswith("ing") and GERUND_BY.match(text, m.end):
        return True
    return word.isupper() and len(word) > 3 and text[m.start - 1:m.start] in ("", "\n") and \
        TOPIC.match(text, m.end) is not None and word not in AGENCY_NAMES
