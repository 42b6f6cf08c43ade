"""One type per name per article, by a vote over the evidence of all its mentions.

names.py types each mention from its own words and neighbours; read alone, "Poland said"
makes Poland a person and "la France" an organisation. Here every mention of a name votes
(evidence that holds in any text and language):
- a gazetteer of place names generated from CLDR and GeoNames (training/make_places.py);
- a title before the name (person);
- the type names.py read from the mention's words and context;
- "told X", "a dit à X": X is spoken to, never the speaker that made it a person;
- the news agencies credits.py knows ("Reuters said" is an organisation speaking);
and the name takes the type with most votes in every mention. Capitalised words that are
not names at all leave: dates ("Tuesday", "Dec"), common nouns the text also writes in
lower case ("Gouvernement" beside "gouvernement"), nationality words ("Syrian"), and
headlines or banners in capitals.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import partial
from operator import itemgetter

from .digit_names import digit_names
from .entity_checks import (
    _abbreviated_place,
    _before_a_place,
    _body_head,
    _common_acronyms,
    _no_name_here,
    _not_a_name,
    _pronoun_next,
    _ranked,
    _short_country,
    _spoken_to,
    _the_subject,
    _titled_particle,
    _verb_next,
)
from .entity_cues import (
    ADDRESSEE_VOTES,
    AGENCY_NAMES,
    AGENCY_VOTES,
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
    BODY_SITED,
    COMPANY_ABBREVIATIONS,
    COMPANY_ENDINGS,
    COUNTRY_BRACKETED_BEFORE,
    COUNTRY_VOTES,
    CREDIT_AFTER,
    DATE_WORDS,
    DATELINE_DATE,
    DATELINE_REGION,
    DIRECTIONS,
    DOTTED,
    FRENCH_BODY_ARTICLES,
    IN_THE_BEFORE,
    INITIAL_PARTICLES,
    INNER_CAPITAL,
    INSIDE_BEFORE,
    MATCH_VOTES,
    MEMBERS_AFTER,
    MEMBERS_FIRST,
    MEMBERS_PLURAL,
    MEMBERS_PLURAL_FIRST,
    NAMED_OR_SUFFIXES,
    NAMED_THINGS,
    OF_BEFORE,
    ORG_APPOSITIONS,
    PAIR_ADVERB,
    PARTICLES_BEFORE,
    PEOPLE_ENDINGS,
    PERSON_AFTER,
    PERSON_AFTER_FIRST,
    PERSON_AFTER_VOTES,
    PLACE_APPOSITIONS,
    PLACE_OF,
    PLACE_OF_LAST,
    PLACE_PREPOSITION_BEFORE,
    RANK_VOTES,
    SCORECARD_BEFORE,
    SCORECARD_LAST,
    SHARES_BEFORE,
    SITED,
    SPEAKER_VOTES,
    STAFF_VOTES,
    SURNAME_ENDINGS,
    SURNAME_VOTES,
    TEAM_VOTES,
    TITLE_VOTES,
    TOWN_ENDINGS,
    WORDS_VOTES,
)
from .entity_lexicon import (
    CLUB_FIRST_WORDS,
    COMPASS_WORDS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_PLURALS,
    PLACE_KINDS_AFTER,
    STAFF_AT,
    VENUE_WORDS,
)
from .entity_spans import (
    case_parts,
    in_headlines,
    opening_of,
    split_runs,
    with_adjectives,
    with_body_nouns,
    with_kind_after,
    with_place_nouns,
)
from .entity_sports import _club_names, _side
from .entity_words import (
    all_capitals,
    city_tail,
    event_name,
    first_names,
    given_name,
    nationality,
)
from .lexicon import (
    ORG_WORDS,
    PLACE_WORDS,
)
from .name_context import kind_noun_after
from .name_context import lower_words as names_lower_words
from .name_kinds import AND_JOIN, PAIR_JOIN
from .names import AGE, INITIAL, TRAILING_PARTICLES, Mention, next_to_cue, sentence_starts
from .places import country_initials, fold, language_words, major_cities, places


def _leading(vote: dict[str, int]) -> str | None:
    """The reading `vote.most_common(1)` puts first (None when no vote was cast): the first
    of the largest counts in the order the votes were first cast, as most_common's max()
    takes it, without its per-call import and heap call."""
    return max(vote.items(), key=itemgetter(1), default=(None, 0))[0]


def _unsupported(m: Mention, vote: dict[str, int], mentions: int, surnames: set[str]) -> bool:
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


def _coordinated(text: str, a: Mention, b: Mention) -> bool:
    """ "Luzon and Taiwan", "Lyon et Paris": two names joined by a conjunction."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return AND_JOIN.fullmatch(text, first.end, second.start) is not None


def _place_partner(kind: str | None, other: Mention) -> bool:
    """A name the gazetteer knows lends a place's reading to the name joined to it, unless
    it is a small place's name that names.py read as a speaker ("Kelvar and Toyota said":
    a country speaks as a place, "Poland and Hungary said")."""
    return kind == "country" or (kind is not None and other.type != "person")


def paired_types(kept: list[tuple[Mention, str]], votes: dict[str, dict[str, int]],
                 mentioned: Counter[str], text: str) -> dict[str, str]:
    """Names -> the type their partner gives them: two lone words joined by "and" or "or"
    name two things of one kind ("Shares in Barclays and Lloyds", "Nissan and Toyota
    said"), so a name that no evidence but its own mentions' readings types (one
    WORDS_VOTES each) takes the type its partner won by evidence."""
    out: dict[str, str] = {}
    for j in range(1, len(kept)):
        (a, first), (b, second) = kept[j - 1], kept[j]
        if first == second or " " in a.text or " " in b.text or a.titled or b.titled or \
                PAIR_JOIN.fullmatch(text, a.end, b.start) is None:
            continue
        first_votes, second_votes = votes.get(first), votes.get(second)
        if not first_votes or not second_votes:
            continue  # a dateline's town casts none
        first_weak = sum(first_votes.values()) <= mentioned[first] * WORDS_VOTES
        second_weak = sum(second_votes.values()) <= mentioned[second] * WORDS_VOTES
        if first_weak != second_weak:
            weak, strong = (first, second_votes) if first_weak else (second, first_votes)
            out.setdefault(weak, _leading(strong))
    return out


def paired_subjects(kept: list[tuple[Mention, str]], unsupported: set[int], text: str
                    ) -> set[str]:
    """ "Honda or Mazda will announce", "Nestle and Danone both declined": two lone words
    that nothing else backs, opening a sentence joined by "and" or "or" and followed by a
    verb, are its two subjects, two bodies (a capitalised common word, "Outlook", is
    seldom one of such a pair; inside a sentence the pair may end a body's name: "the
    office of Discount and Deposit is")."""
    out: set[str] = set()
    for j in unsupported:
        if j + 1 in unsupported:
            (a, first), (b, second) = kept[j], kept[j + 1]
            if PAIR_JOIN.fullmatch(text, a.end, b.start) is None or \
                    not sentence_starts(text)(a.start):
                continue
            both = PAIR_ADVERB.match(text, b.end)
            if _verb_next(text, b.end if both is None else both.end()):
                out |= {first, second}
    return out


def python_type_by_vote(mentions: list[Mention], text: str, language: str | None = None
                        ) -> list[Mention]:
    """The mentions that are names, each with the type its name won over the article
    (_votes.type_by_vote is the compiled twin, the same code with its locals typed)."""
    # Before case_parts, whose reading of parts would push the text out of the cache.
    lowered = names_lower_words(text)
    lower_words = lowered | {fold(w) for w in lowered if not w.isascii()}
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
    # Each name's votes by reading, in the order they were first cast (_leading breaks ties
    # by it). A defaultdict(int) counts as a Counter's += does (the missing count is 0,
    # then set) and is made in C: a Counter per name cost a Python __init__ and a Python
    # __missing__ per reading, about 2% of the facts pass.
    votes: dict[str, dict[str, int]] = defaultdict(partial(defaultdict, int))
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
    kept: list[tuple[Mention, str]] = []
    common = _common_acronyms(text, mentions)
    kinds = {(m.start, m.end): gazetteer.get(fold(m.text)) for m in mentions}
    # The names a results line, a match or a staff word shows to be teams in one mention,
    # and what each kept mention's own words make of it (_side).
    teams: set[str] = set()
    sides: list[str | None] = []
    previous: Mention | None = None
    datelines: set[int] = set()  # the starts of the mentions that open a dateline
    dateline_towns: set[str] = set()  # and their folded names
    not_names: dict[tuple[str, str, bool, str | None], bool] = {}
    named_digits = digit_names(text)  # "G4S", "3M", "76ers" where the text names them so
    for i, m in enumerate(mentions):
        if i:
            previous = mentions[i - 1]
        if m.text in common:
            continue
        words = m.text.split()
        key = fold(m.text)
        place = gazetteer.get(key)
        if place is None and len(words) == 1 and _short_country(text, m):
            place = "country"  # "(Esp)", "(Fr)": a competitor's country
        if place is None and len(m.text) > 1 and m.text.replace(".", "") in initials:
            # "U.S.", "U.K.": a country; "US", "UK" as well, more weakly ("PR"); not a
            # letter alone ("group C").
            place = "country" if DOTTED.fullmatch(m.text) else "area"
        # _not_a_name reads the name, its type, title and place only: once per name read so.
        reading = (m.text, m.type, m.titled, place)
        no_name = not_names.get(reading)
        if no_name is None:
            no_name = not_names[reading] = _not_a_name(m, words, place, lower_words, surnames,
                                                       named_digits)
        if no_name and len(words) == 1 and text[m.end + 1:m.end + 2].isdigit() \
                and not nationality(m.text) and words[0].lower().rstrip(".") not in DATE_WORDS \
                and fold(words[0]) not in language_words() and fold(words[0]) not in lower_words \
                and _side(text, m, place, surnames) == "team":
            # "Kilmarnock 1 Hibernian 1": a word shaped like a nationality is a team's name
            # in a results line, unless it is a people's or a language's.
            no_name = False
        if no_name or (
                place is None and (event_name(words) or _no_name_here(text, m, words))):
            continue
        kept.append((m, key))
        tail = text[max(0, m.start - BEFORE_CHARS):m.start].rstrip()
        side = _side(text, m, place, surnames, tail)
        sides.append(side)
        if side in ("team", "match"):
            teams.add(key)
        if m.text.isupper() and text[m.start - 1:m.start] in ("", "\n") and (
                DATELINE_REGION.match(text, m.end) or DATELINE_DATE.match(text, m.end)):
            # "YARMOUTH, N.S. -", "ABU DHABI, Emirates (AFP)", "AUGUSTA , Georgia 1997-04-11":
            # a dateline names where the story was filed, whatever the name is elsewhere
            # ("New York 4 Seattle 1": a club): a place, out of the name's vote.
            datelines.add(m.start)
            dateline_towns.add(key)
            continue
        vote = votes[key]
        if key in dateline_towns and side is None:
            vote["place"] += AREA_VOTES  # "SAN SEBASTIAN, Spain …", then "to San Sebastian"
        if place == "country":
            vote["place"] += COUNTRY_VOTES
        elif place == "area":
            vote["place"] += AREA_VOTES
        if len(words) == 1 and _before_a_place(text, m.end, gazetteer):
            vote["place"] += AREA_VOTES  # "Cookeville, Tennessee": a town, then its region
        if len(words) == 1:
            before = PLACE_OF.search(text, max(0, m.start - 30), m.start) \
                if tail.endswith(PLACE_OF_LAST) else None
            if before is not None and before.group(1) in PLACE_WORDS:
                vote["place"] += AREA_VOTES  # "the island of Luzon"
            if any(_place_partner(kinds[(other.start, other.end)], other)
                   and _coordinated(text, m, other)
                   for other in mentions[max(0, i - 1):i + 2] if other is not m):
                # "between Luzon and Taiwan"; not "Kelvar and Toyota said", a small town's
                # name read as a speaker
                vote["place"] += AREA_VOTES
        # APPOSED and AGE open with a comma: matched only after one.
        apposed = APPOSED.match(text, m.end) if text[m.end:m.end + 1] == "," else None
        if apposed is not None:
            # The noun, or the noun after one word ("a French company", "a state employee"),
            # unless that word is a link ("une organisation de", "a city in").
            first, second = (w.lower() if w else "" for w in apposed.groups())
            noun = first if not second or second in APPOSITION_LINKS else second
            if noun in ORG_APPOSITIONS:
                vote["organization"] += APPOSITION_VOTES  # "Oceana, une organisation …"
            elif noun in PLACE_APPOSITIONS:
                vote["place"] += APPOSITION_VOTES
        if len(words) == 1 and m.text in named_digits:
            vote["organization"] += COUNTRY_VOTES  # "G4S said": no person's name holds a digit
        if len(words) == 1 and INNER_CAPITAL.match(m.text):
            vote["organization"] += AREA_VOTES  # "PeakMetrics", "YouTube"
        if place is None and tail.endswith(BODY_SITED) and \
                (len(words) == 1 or not given_name(words[0])):
            # "Toronto-based Kelvar", "Bergen-based Sparebanken Vest": a body (not
            # "London-based Jane Doe")
            vote["organization"] += COUNTRY_VOTES
        if text[m.end:m.end + 1] == "-" and SITED.match(text, m.end):
            vote["place"] += COUNTRY_VOTES  # "an analyst at Bergen-based …": a place
        if m.text in AGENCY_NAMES or (
                len(words) == 1 and text[m.start - 1:m.start] == "(" and
                CREDIT_AFTER.match(text, m.end) is not None):
            # "Reuters said": an agency speaks; "PARIS, 15 (Havas). —": the agency a
            # dateline credits, whatever its name.
            vote["organization"] += AGENCY_VOTES
        if (m.titled and not OF_BEFORE.search(text, max(0, m.start - 12), m.start)) or (
                tail[-3:].lower().replace("’", "'").endswith(PARTICLES_BEFORE)
                and _titled_particle(text, m.start)):
            vote["person"] += TITLE_VOTES  # not "President of the United States"
        if len(words) == 1 and place is None and m.type == "place" and not m.titled and \
                INSIDE_BEFORE.search(text, max(0, m.start - 6), m.start):
            vote["place"] += WORDS_VOTES  # "à Wœrth", "in Cookeville": over a bare mention
        if len(words) > 1 and place is None and not m.titled and \
                PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 6), m.start) and \
                not given_name(words[0]) and gazetteer.get(fold(words[-1])):
            vote["place"] += AREA_VOTES  # "in Central Aleppo", "near Greater Manchester"
        if len(words) == 2 and place is None and not m.titled and \
                words[0].lower() in DIRECTIONS and not given_name(words[1]) and \
                words[1].lower() not in NAMED_OR_SUFFIXES and fold(words[1]) not in gazetteer \
                and not words[1].endswith(PEOPLE_ENDINGS):
            vote["place"] += AREA_VOTES  # "North Kivu", "West Java": a region of a country
        if len(words) == 2 and words[1] == "City" and place is None and \
                gazetteer.get(fold(words[0])):
            vote["organization"] += COUNTRY_VOTES  # "Manchester City" (not "Mexico City")
        if len(words) == 1 and place is None and _abbreviated_place(text, m, previous):
            vote["place"] += COUNTRY_VOTES  # "Palo Alto, Calif.", "(D., Conn.)"
            if text[m.end:m.end + 1] == ".":
                m = Mention(text[m.start:m.end + 1], m.start, m.end + 1, m.type, m.titled,
                            m.after_preposition)
                kept[-1] = (m, key)
        if len(words) == 1 and ((key in companies and place != "country") or (
                key in kind_heads and place is None and _body_head(words[0], lower_words))):
            # "at Gartner" after "Gartner Inc.", "Halden said" after "Halden Trust"
            vote["organization"] += COUNTRY_VOTES
        if key in clubs and (key != fold(clubs[key]) or (
                not PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 6), m.start)
                and not m.text.isupper())):
            # A club, or its town standing for it (not "in Edmonton", nor a dateline).
            vote["organization"] += TEAM_VOTES
        if len(words) > 1 and words[-1].lower() in COMPANY_ABBREVIATIONS and \
                text[m.end:m.end + 1] == ".":
            # "Gartner Inc.": the abbreviation's full stop is the name's (CoNLL's token
            # keeps it); names.py leaves it to the sentence.
            m = Mention(text[m.start:m.end + 1], m.start, m.end + 1, m.type, m.titled,
                        m.after_preposition)
            kept[-1] = (m, key)
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
        if place is None and text[m.end:m.end + 1] == " " and \
                text[m.end + 1:m.end + 8].startswith(("shares", "stock")):
            vote["organization"] += TITLE_VOTES  # "Renault shares fell"
        if place is None and text[m.start - 2:m.start - 1] == ")":
            bracketed = COUNTRY_BRACKETED_BEFORE.search(text, max(0, m.start - 80), m.start)
            if bracketed is not None and gazetteer.get(fold(bracketed.group(1))) == "country":
                vote["organization"] += TEAM_VOTES  # "Norris (Britain) McLaren": a team
        if place is None and tail.endswith(("in", "of")) and \
                tail[-10:].lower().endswith(SHARES_BEFORE):
            vote["organization"] += TITLE_VOTES  # "Shares in Royal Dutch Shell"
        if place != "country" and not m.titled:
            # The word before the name, and the one before "at".
            space = tail.rfind(" ")
            # French elides the article into the noun: "l'hebdomadaire X", "l'agence X".
            last = tail[max(space, tail.rfind("'"), tail.rfind("’")) + 1:]
            if last in ORG_NOUNS and place is None and (
                    m.text.isupper() or not given_name(words[0])):
                vote["organization"] += TITLE_VOTES  # "the news agency MENA"
            elif last in FRENCH_BODY_ARTICLES and place is None and " " not in m.text and \
                    not given_name(m.text):
                vote["organization"] += WORDS_VOTES  # "du Hamas", "le Medef"
            elif last == "at" and tail[:space].rsplit(None, 1)[-1:] and \
                    tail[:space].rsplit(None, 1)[-1].lower() in STAFF_AT and \
                    key not in major_cities() and (m.text.isupper() or not given_name(words[0])):
                # "a strategist at Commerzbank"; over a small town's name and the
                # preposition's reading too: people work at a body, not at a town
                # ("economists at Berenberg")
                vote["organization"] += STAFF_VOTES
        if text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2] in MEMBERS_FIRST and \
                MEMBERS_AFTER.match(text, m.end) and place != "country" and not m.titled and \
                key not in major_cities() and m.text not in surnames and (
                    m.type != "person" or (len(words) > 1 and not given_name(words[0]))):
            # "the Unite union", "the Likud party": a body that people join, named before
            # its noun (a place before it is "a Paris court", "the Tokyo company")
            vote["organization"] += TITLE_VOTES
        elif place is None and not m.titled and text[m.end:m.end + 1] == " " and \
                text[m.end + 1:m.end + 2] in MEMBERS_PLURAL_FIRST and \
                MEMBERS_PLURAL.match(text, m.end) and m.text not in surnames and \
                not given_name(words[0]):
            # "Labour MPs", "Chelsea fans", "Hamas officials": the body its members belong
            # to (a known place before them is "Ohio voters", "Gaza officials")
            vote["organization"] += TITLE_VOTES
        elif place is None and not m.titled and kind_noun_after(text, m.end) and \
                m.text not in surnames and (m.text.isupper() or not given_name(words[0])) \
                and not IN_THE_BEFORE.search(text, max(0, m.start - 8), m.start):
            # "Yonhap news agency", "the Kavlo daily": the body named before its kind's noun
            # (a place known to the gazetteer is "the Detroit carmaker"; "in the Spratly
            # group" is a group of islands)
            vote["organization"] += TITLE_VOTES
        if len(words) > 1 and place is None and words[-1].lower() in ORG_SUFFIXES:
            vote["organization"] += AREA_VOTES  # "Ford Motor Co", "Leeds United"
        if place is None and not m.titled and m.text not in surnames and \
                text[m.end:m.end + 2] in BODY_AFTER_OPENINGS and BODY_AFTER.match(text, m.end):
            vote["organization"] += BODY_AFTER_VOTES  # "Tolvane said its", "Vesta Aid, which"
        if place is None and len(words) == 1 and _ranked(text, m):
            vote["person"] += RANK_VOTES  # "12. Camenzind. 23. Huser."
        if len(words) == 1 and place is None:
            if not m.text.isupper():
                if key.endswith(SURNAME_ENDINGS):
                    vote["person"] += SURNAME_VOTES  # "Nazarbayev", "Lukashenko"
                elif key.endswith(TOWN_ENDINGS):
                    vote["place"] += AREA_VOTES  # "Cookeville", "Keytesville"
            # The first character PERSON_AFTER can read after the name's space, if any.
            if (text[m.end + 1:m.end + 2] if text[m.end:m.end + 1] == " "
                    else text[m.end:m.end + 1]) in PERSON_AFTER_FIRST and \
                    m.text not in surnames and key not in teams and \
                    PERSON_AFTER.match(text, m.end):
                # "Hinton, who", "Mussolini himself" (not a team: "Arsenal, who drew")
                vote["person"] += PERSON_AFTER_VOTES
        elif len(words) == 1 and place == "area" and m.type == "person" and not m.titled and \
                key not in major_cities() and not m.after_preposition and \
                text[m.start - 1:m.start] != "(" and next_to_cue(text, m.start, m.end) and \
                not ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start):
            # "Mandela told …": a speaker where the gazetteer knows a small town of the
            # name (not "M. Dind (Vaud) déclare", nor "the Parana state legislature"); a
            # large city speaks for its government. After "and" and a lone word read as a
            # body, the pair speaks: two bodies ("Nissan and Toyota said").
            if previous is not None and previous.type == "organization" and \
                    " " not in previous.text and _coordinated(text, previous, m):
                vote["organization"] += SPEAKER_VOTES
            else:
                vote["person"] += SPEAKER_VOTES
        if place != "country" and text[m.end:m.end + 1] == "," and AGE.match(text, m.end):
            vote["person"] += TITLE_VOTES  # "Maurice Ferte, 21 ans,", "Smith, 45,": an age
        if tail.endswith(SCORECARD_LAST) and \
                SCORECARD_BEFORE.search(text, max(0, m.start - 12), m.start):
            vote["person"] += TITLE_VOTES  # "c Young b Cairns"
        if len(words) > 1 and place is None and given_name(words[0]) and \
                not all_capitals(words) and not {w.lower() for w in words} & NAMED_THINGS:
            vote["person"] += WORDS_VOTES  # "Jamie Fields", "Travis Webb": a given name first
        if len(words) == 1 and _spoken_to(text, m.start) and m.text not in surnames:
            vote["organization"] += ADDRESSEE_VOTES
        elif m.type == "person" and len(words) > 1 and not m.titled and \
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
        elif len(words) == 1 and m.type == "organization" and \
                words[0].lower() in first_names() and \
                not ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start):
            # "David", "Cindy": a first name alone is somebody (not "the Fed")
            vote["person"] += WORDS_VOTES
        elif len(words) == 1 and m.type == "person" and not m.titled and \
                m.text not in surnames and (words[0].lower() in ORG_WORDS or
                                            ARTICLE_BEFORE.search(text, max(0, m.start - 5),
                                                                  m.start)
                                            or (not given_name(words[0])
                                                and key not in folded_surnames
                                                and not _pronoun_next(text, m.end))):
            # "the Commission said", "Congress asks", "Microsoft said": names.py reads a
            # speaker; no article comes before a person's name, "Congress" names a body,
            # and news gives a person's full name before the surname alone: a lone word
            # that is no given name and ends no full name of the text is a body, unless
            # the next sentence calls it "he" or "she" (old papers name the famous by
            # their surname alone: "Mussolini has … He").
            vote["organization"] += WORDS_VOTES
        else:
            vote[m.type] += WORDS_VOTES
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
    decided: dict[str, str] = paired_types(kept, votes, mentioned, text)
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


# The vote compiled (facts/_votes.pyx) where the extension was built at install; it imports
# this module's tables and cached helpers, so it is imported once they are all defined. The
# vote's passes and per-mention tests have copies there (its docstring names them): a change
# to one is made to both (tests/test_facts_compiled_loops.py holds them to the same types).
try:
    from ._votes import type_by_vote as _compiled_type_by_vote
except ImportError:  # installed without a C compiler: the twin gives the same types
    _compiled_type_by_vote = None
type_by_vote = _compiled_type_by_vote or python_type_by_vote
