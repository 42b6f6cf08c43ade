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

import re
from collections import Counter, defaultdict
from functools import cache, lru_cache, partial
from itertools import islice
from operator import itemgetter

from ..credits import AGENCIES
from .entity_lexicon import (
    CLUB_FIRST_WORDS,
    COMPASS_WORDS,
    EVENT_WORDS,
    NOT_NAMES,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_PLURALS,
    RELIGIONS,
    STAFF_AT,
    STAFF_WORDS,
    TIME_ZONES,
    VENUE_WORDS,
)
from .given_names import given_names
from .lexicon import (
    DEMONYM_NOUNS,
    FEMININE_FIRST_NAMES,
    MASCULINE_FIRST_NAMES,
    ORG_WORDS,
    PLACE_WORDS,
    TITLES,
    is_cue,
)
from .names import (
    AGE,
    AND_JOIN,
    DATE_ABBREVIATIONS,
    DEMONYM_ENDINGS,
    MATCH_AFTER,
    MATCH_VERB,
    RANK,
    RESULT_AFTER,
    TRAILING_PARTICLES,
    Mention,
    find_mentions,
    next_to_cue,
    sentence_starts,
    staffed,
)
from .names import lower_words as names_lower_words
from .places import country_initials, fold, language_words, major_cities, places
from .textdates import MONTHS, WEEKDAYS

# Votes of each piece of evidence: a country's name outweighs a cue next to it ("Poland
# said"), a title outweighs a city's name ("President Jackson").
COUNTRY_VOTES = 3
AREA_VOTES = 2
TITLE_VOTES = 3
WORDS_VOTES = 1
ADDRESSEE_VOTES = 2
AGENCY_VOTES = 3
# ", une organisation …": the text says what the name is, over a town of that name.
APPOSITION_VOTES = 4
# The news agencies the credit lines know, however they are spelt.
AGENCY_NAMES = frozenset(s for spellings in AGENCIES.values() for s in spellings)
# A run of this many words in capitals is a headline or a banner, not a name; the known
# places and names inside it are ("SOCCER - JAPAN BEAT SYRIA": Japan, Syria).
CAPITALS_RUN = 3
# One or two words in capitals with an accent, which initials never carry ("COLLÉGIALE",
# "PHOTO PRIVÉE"), of these many letters at least (each word of a pair; the whole), are a
# heading, not a body's initials ("ÖVP" is one): read as an organisation, no name.
# Without the accent a pair is also a company's name in a headline ("HALVORSEN SHIPPING").
CAPITALS_PAIR_LETTERS = 4
CAPITALS_WORD_LETTERS = 5
HEADLINE_SPAN = 3  # words of the longest name looked up inside a headline
# "SOCCER -", "MARKETS -": the topic word that opens a wire headline, before its dash.
TOPIC = re.compile(r"[^\S\n]+[-–—][^\S\n]")
WORD_IN_RUN = re.compile(r"[^\s,.;:!?()\"“”«»]+(?:\.(?=\S))?[^\s,;:!?()\"“”«»]*")
# "6:19am GMT", "14h00 GMT": a clock time before a time zone.
CLOCK_BEFORE = re.compile(r"\d(?:[^\S\n]*(?:[ap]\.?m\.?|h\d*))?[^\S\n]*\Z", re.IGNORECASE)
# "(Reporting by", "Editing by", "Writing by": a gerund opening a credit, not a name.
GERUND_BY = re.compile(r"[^\S\n]+by[^\S\n]", re.IGNORECASE)
DATE_WORDS = DATE_ABBREVIATIONS | {m.rstrip(".") for m in MONTHS} | set(WEEKDAYS)
LEXICON_FIRST_NAMES = FEMININE_FIRST_NAMES | MASCULINE_FIRST_NAMES
# Verbs whose object is the person or medium spoken to.
ADDRESSEE_VERBS = {"told", "tells", "tell", "telling", "informed", "dit", "confié", "confie",
                   "déclaré", "indiqué", "expliqué", "précisé", "affirmé", "assuré"}
ADDRESSEE_LINKS = {"à", "au", "aux"}
# "général de Gaulle", "don Miguel": a particle after a title starts a surname.
NAME_PARTICLES = {"de", "d'", "du", "von", "van", "di", "da", "del"}
# The particles _titled_particle takes: the text before a name ends with one where it does.
PARTICLES_BEFORE = tuple(sorted(p for p in NAME_PARTICLES if p != "du"))
# French names an institution by a noun and its lower-case adjectives: "Conseil fédéral",
# "Union européenne", "Banque centrale européenne", "Suisse romande".
FRENCH_ADJECTIVES = re.compile(
    r"[^\S\n]+([a-zà-ÿ]+(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|ais|"
    r"aise|aises|ique|iques|aire|aires|ois|oise|oises|éen|éenne|éens|éennes|ain|aine|ains|"
    r"aines|iste|istes|ive|ives|and|ande|andes))(?![\w'’-])")
ADJECTIVES_MAX = 2
# "rue de la Gare", "avenue Kléber", "quai d'Orsay": the French noun of a street, a square,
# a sea or a district, and its link, right before a name.
PLACE_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(rue|avenue|boulevard|quai|impasse|allée|chemin|place|mer|lac|pont|"
    r"quartier)[^\S\n]+(?:(?:de[^\S\n]+la|du|des|de)[^\S\n]+|(?:de[^\S\n]+l|d)['’])?\Z")
AND_ADJECTIVE = re.compile(r"[^\S\n]+et(?=[^\S\n]+[a-zà-ÿ]+(?:al|ale|ales|aux|el|elle|ien|ienne|"
                           r"ais|aise|ique|iques|aire|aires|ois|oise|éen|éenne|ain|aine|iste|"
                           r"ive|ives)(?![\w'’-]))")
FRENCH_COMPLEMENT = re.compile(r"[^\S\n]+(?:de|du|des|de[^\S\n]+la|de[^\S\n]+l['’]|d['’])"
                               r"[^\S\n]*[a-zà-ÿ]{4,}(?![\w'’-])")
SPACES_OR_HYPHENS = re.compile(r"[\s-]+")
DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
CLOCK = {"am", "pm"}
# ", Tennessee", ", Bretagne": the region or country after a town's name.
PLACE_AFTER = re.compile(r",[^\S\n]+([A-ZÀ-Þ][\w'’-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]+)?)(?![\w'’-])")
# A digit ("Q1", "M50"), a capitalised word with a lower-case adjective glued to it
# ("NATO-critical", "Paris-based"), a contraction ("I’m", "I’ve").
NOT_A_NAME_WORD = re.compile(r"\d|^[^\W\d_]+-[a-z]{4,}$|['’](?:m|ve|ll|d|re)$"
                             r"|^[IVXLC]+(?:e|er|ème|th)$"  # "XXe siècle", "XIXth"
                             r"|^[IVX]{2,}$")  # "les classes III et IV": a number
# The endings of nationality adjectives and nouns in English and French; a word with one
# whose stem begins a country's name ("Philippine", "Chinese", "South Korean", "Chinois")
# names a people, not a thing.
NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish", "ais", "aise", "ois", "oise", "ien",
                       "ienne", "ain", "aine", "an", "ine", "i", "ic", "ique", "éen", "éenne")
NATIONALITY_STEM = 4  # letters of the country's name the word must share at least
NATIONALITY_SUFFIX = 4  # letters of the word's ending past the shared stem at most
# "the island of Luzon", "le port d'Alcúdia": a place word, then the place's name.
PLACE_OF = re.compile(r"(?<![\w-])([a-zà-ÿ]+)[^\S\n]+(?:of|de|du|d['’])[^\S\n]*\Z")
# ", an organisation that …", ", a city in …": what the name is, said right after it.
APPOSED = re.compile(r",[^\S\n]+(?:a|an|un|une)[^\S\n]+([\w-]+)(?:[^\S\n]+([\w-]+))?")
ORG_APPOSITIONS = {"organisation", "organization", "company", "firm", "group", "agency",
                   "association", "ngo", "ong", "entreprise", "société", "startup",
                   "start-up", "charity", "nonprofit", "network", "union", "party", "parti",
                   "newspaper", "journal", "quotidien", "broadcaster", "bank", "banque"}
APPOSITION_LINKS = {"de", "du", "des", "d", "of", "in", "on", "at", "à", "en", "that", "which",
                    "qui", "que", "for", "pour", "with", "avec", "based", "basée", "basé"}
PLACE_APPOSITIONS = {"city", "town", "village", "region", "province", "country", "island",
                     "ville", "région", "commune", "pays", "île", "state", "district"}
# "Mc", "Mac", "De" ... start surnames with an inner capital ("McCain", "DeSantis"); other
# words with one are brands and companies ("PeakMetrics", "YouTube").
# Sports results and tables: "Portsmouth 1 Leeds 2", "Results: Poland 2 Ukraine 1,";
# a line of a name and its numbers ("Barnsley 18 9 6 3 31 22 33"). The names are teams:
# clubs (organisations), or countries (national teams, places under the CoNLL convention).
# Not a number with thousands ("Attendance 22,000"); a bracket may close after a scorer's
# minute ("(Larsson 15, Cruz 60)").
SCORE_AFTER = re.compile(r"[^\S\n]+\d{1,3}(?![,.]\d)(?=[^\S\n]*(?:[,;.)]|\n|\Z)|[^\S\n]+[A-Z(])")
# A score after a word: a letter, spaces, a number. Written to open with the first space
# (the letter is looked behind for) so that the engine skips to the spaces of a line instead
# of trying the rest at every letter; each match starts one character later than the
# match of the letter, and there are as many.
SCORES_IN_LINE = re.compile(r"[^\S\n](?<=[^\W\d_][^\S\n])[^\S\n]*\d{1,3}(?![,.]\d)"
                            r"(?=[^\S\n]*(?:[,;.]|$)|[^\S\n]+[A-Z(])", re.MULTILINE)
# A winning percentage and the games behind may close the row ("BOSTON 15 6 .714 -").
TABLE_ROW = re.compile(r"(?:[^\S\n]+(?:[-+]?\d+|\d*\.\d+))+(?:[^\S\n]+\d+-\d+)?(?:[^\S\n]+-)?"
                       r"[^\S\n]*(?:\n|\Z)")
TABLE_NUMBERS = 3
TEAM_VOTES = 4
# "a 30-12 win over Castleford", "an 18-18 draw by Warrington": a result's noun, then the
# other side.
MATCH_NOUN = (r"(?:\d{1,3}-\d{1,3}[^\S\n]+)(?:win|victory|defeat|draw|loss|home[^\S\n]+win|"
              r"away[^\S\n]+win)[^\S\n]+(?:over|against|by|to|with|at)")
# "who plays for Ajax", "signed for Hull": a player's club.
PLAYS_FOR = r"(?<![\w-])(?:plays|played|playing|signed|signs)[^\S\n]+for"
MATCH_BEFORE = re.compile(rf"(?:[A-Za-z\d][^\S\n]+{MATCH_VERB}|{MATCH_NOUN}|{PLAYS_FOR})"
                          r"[^\S\n]+\Z")
SPACES = (" ", "\t", "\u00a0")
# What may follow a name's space in a results line or a table row besides a digit: a sign,
# a winning percentage's point, more spaces.
SIGNS = ("+", "-", ".", " ", "\t", "\u00a0")
LINKS = (",", "'", "’")
# "the Unite union", "the Likud party": the noun of a body that people join, after its
# name.
MEMBERS_AFTER = re.compile(r"[^\S\n]+(?:unions?|party|parties|movement|militia|faction|"
                           r"alliance)(?![\w-])")
MEMBERS_FIRST = "upmfa"  # the first letters of its nouns
# The compass words that open a region's name ("North Kivu", "West Java", "Southern
# Darfur"), not "New", "Old" or "Greater" that also open companies' ("New Line").
DIRECTIONS = frozenset("north south east west northern southern eastern western central"
                       .split())
# "North Carolinian", "South Korean": a people's word after a compass word.
PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish", "ais", "ois", "an")
# The endings of the adjectives that open a party's or a body's name ("Socialist Party",
# "Conservative Party", "Federal Police", "Democratic Party"): alone, the word is a
# member's or an adjective, not the body.
BODY_KINDS = frozenset(ORG_SUFFIXES | ORG_WORDS)
ADJECTIVE_ENDINGS = ("ist", "ive", "al", "ic", "eme", "ary", "ed")
# "the Fed is", "The Bundesbank left": the article before a lone name, and the verb after
# it (an auxiliary, a reporting verb, an -s/-ed form, or the irregular past of what a body
# does; not of what an event does: "The Vuelta went on", "began", "came").
THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he[^\S\n]+\Z")
VERB_AFTER = re.compile(r"[^\S\n]+([a-z]+)(?![\w'’-])")
AUXILIARIES = frozenset("is was has had will would can could should may might must did does "
                        "says said left took met cut set won lost sold kept held made gave "
                        "paid bought".split())
# The rulers a text names by their title alone ("the Emperor was"), which TITLES leaves to
# the names after them.
RULERS = frozenset("emperor empress tsar czar kaiser sultan shah khan emir caliph".split())
TEAM_AFTER = re.compile(r"[^\S\n]+(?:team|squad|équipe)(?![\w-])")
# "the Leeds manager, Tom Cole,", "said the Leeds coach.": a club's staff word after "the"
# (THE_BEFORE) and the club, set off as an apposition (STAFF_AFTER reads it before the
# person's name).
STAFF_APPOSED = re.compile(r"[^\S\n]+([a-zà-ÿ]+)[,.;:)]")
# "Leeds have signed", "Arsenal were held": a name in the singular with a plural verb is a
# collective, as British English writes a club or a company ("Leeds have", not "Leeds
# has"). Not after "the" (THE_BEFORE: "the Alps are", "the Kennedys were"), nor after a
# link that makes the verb plural ("Leeds and Hull are"); a country's name never comes
# here.
COLLECTIVE_AFTER = re.compile(r"[^\S\n]+(?:have|are|were)(?![\w'’-])")
COORDINATED_LAST = ("and", "&", "or", "nor", ",", "et")
# The verb's subject is another word where a preposition or a compass word (DIRECTIONS)
# stands before the name, with one lower-case word between at most: "supplies in northern
# Gaza were", "a mine near Tacna were", "the south Urals have".
NO_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’-])(?:in|near|at|of|from|to|for|on|by|with|into|across|around|outside"
    rf"|inside|{'|'.join(sorted(DIRECTIONS))})(?:[^\S\n]+[a-z][\w'’-]*)?\Z")
# "shares in BP", "a stake in Nordvik": a company's; the last words before the name.
SHARES_BEFORE = ("shares in", "shares of", "stake in", "stock of", "stocks of")
MATCH_VOTES = 4  # over a town's name in the gazetteer and the mention's own reading
STAFF_VOTES = 4  # "economists at X": the same
# The words the patterns that end at a name (PLACE_OF, MATCH_BEFORE, SCORECARD_BEFORE) need
# last before it: the text before a name, spaces stripped, ends with one of them wherever
# the pattern matches, so the pattern is searched only there (tests/test_facts_scans.py).
BEFORE_CHARS = 40  # the widest of their windows
PLACE_OF_LAST = ("of", "de", "du", "d'", "d’")
# The word after "Tour" in a race's name: "Tour of Spain", "Tour de France", "Tour du
# Faso", "Tour d'Italie".
TOUR_LINKS = frozenset({"of", "de", "du"})
TOUR_ELIDED = ("d'", "d’")
MATCH_LAST = ("beat", "beats", "defeat", "defeats", "defeated", "edged", "thrashed", "routed",
              "crushed", "with", "against", "to", "over", "by", "at", "v", "v.", "vs", "vs.",
              "versus", "battu", "bat", "à", "for")
SCORECARD_LAST = ("c", "b", "st")
# "Saeed Anwar c Young b Cairns 34": caught by, bowled by: cricket scorecards name players.
SCORECARD_BEFORE = re.compile(r"(?<![\w.])(?:c|b|st|lbw[^\S\n]+b|c[^\S\n]+&[^\S\n]+b)[^\S\n]+\Z")
PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:in|at|near|from|à|en|au|aux|dans)"
                                      r"[^\S\n]+\Z", re.IGNORECASE)
# "President of the X", "Prince of X": the title's domain after "of", not its holder.
OF_BEFORE = re.compile(r"(?<![\w'’])(?:of|for)(?:[^\S\n]+the)?[^\S\n]+\Z")
# "in X", "à X", "dans X": where something is (not "at X", "from X": "at Gartner").
INSIDE_BEFORE = re.compile(r"(?<![\w'’])(?:in|à|dans)[^\S\n]+\Z", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:the|le|la|les|l['’])[^\S\n]*\Z", re.IGNORECASE)
PORTFOLIO_BEFORE = re.compile(r"(?<![\w-])(?:ministre|ministres|minister|ministers)[^\S\n]+"
                              r"(?:de[^\S\n]+la|de[^\S\n]+l['’]|des|du|de|d['’]|of|for)"
                              r"[^\S\n]*\Z", re.IGNORECASE)
# A dateline: a town in capitals opening a line, a comma, its region or country, then the
# agency in brackets or a dash.
DATELINE_REGION = re.compile(r",[^\S\n]+[A-Z][^\n,]{0,40}?[^\S\n]*(?:\(|[-–—])")
# A dateline's date after the town in capitals, with its region or country between
# ("LONDON 1996-12-06", "AUGUSTA , Georgia 1997-04-11", "PARIS, 15 (Havas)").
DATELINE_DATE = re.compile(r"(?:[^\S\n]*,[^\S\n]*[A-Z][^\n,\d]{0,40}?)?[^\S\n]*,?[^\S\n]*"
                           r"(?:\d{4}-\d\d-\d\d|\d{1,2}[^\S\n]*\(|[A-Z][a-z]{2,8}\.?"
                           r"[^\S\n]+\d{1,2})(?!\w)")
# A party's initial, a hyphen, then a state: its abbreviation with the full stop, or its
# name ("D-Ill.", "D-N.Y.", "R-Texas"), before a comma or a bracket.
PARTY_STATE = re.compile(r"[DRI]-((?:[A-Z]\.){1,3}|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?:[^\S\n]"
                         r"[A-Z][a-z]+)?)(?=[,;)])")
# The second word of a football club named after its town ("Newcastle United").
CLUB_WORDS = frozenset({"United", "City", "Rovers", "Wanderers", "Athletic", "Albion",
                        "Hotspur", "Town"})
# English verbs a title-case headline capitalises, which no name holds after its first word.
TITLE_VERBS = frozenset(
    "Is Was Are Were Has Have Had Will Would Says Said Can Could Should Does Did Gets Wins "
    "Makes Takes Tells Calls Plans Faces Seeks Vows Urges Warns Denies Admits Quits Dies "
    "Returns Leaves Joins Hits Sees Backs Slams Announces Launches Named".split())
FOR_JOIN = re.compile(r"[^\S\n]+for(?:[^\S\n]+the)?[^\S\n]+")
# "Calif", "Conn", "Ariz", "N.Y.", "N.S.": a state's or a province's abbreviation.
ABBREVIATED = re.compile(r"[A-Z][a-z]{1,4}|(?:[A-Z]\.){1,3}")
PARTY_BEFORE = re.compile(r"\((?:[DRI]|Dem|Rep|Ind)\.?(?:,[^\S\n]*|-)\Z")
# Words that make a run an organisation's or a place's name, whatever its first word.
NAMED_THINGS = frozenset(ORG_WORDS | PLACE_WORDS)
COMPANY_ABBREVIATIONS = {"inc", "corp", "co", "ltd", "plc", "bros"}
NAMED_OR_SUFFIXES = NAMED_THINGS | ORG_SUFFIXES
# _opening_of's test of a name's first word, made once (not once per name).
NAMED_SUFFIXES_OR_TITLES = NAMED_OR_SUFFIXES | TITLES
# The words that end a company's legal name ("Gartner Inc.", "Ford Motor Co"): the first
# word alone then names the company too ("analyst at Gartner").
COMPANY_ENDINGS = COMPANY_ABBREVIATIONS | {"llc", "corporation", "incorporated", "limited",
                                           "holdings", "ag", "sa", "gmbh", "nv"}
# The end of a dateline's credit: the bracket, then the dash that opens the story.
CREDIT_AFTER = re.compile(r"\)\.?[^\S\n]*[-–—]")
# What only a person's name is followed by: "who", "himself", a pronoun for the subject
# of a reporting verb, "as saying" after "quoted X" ("Mussolini himself", "Hinton, who",
# "Okafor said he", "Ferguson said his side", "quoted Lebed as saying", "Dupont,
# née en", "lui-même"). Companies and countries take "which" and "it" ("Microsoft said
# it").
PERSON_AFTER = re.compile(
    r"[^\S\n]*(?:,[^\S\n]+(?:who|née?)|himself|herself|lui-même|elle-même"
    r"|(?:said|says|added|told|wrote|insisted|argued|thinks|believes|hopes)"
    r"[^\S\n]+(?:that[^\S\n]+)?(?:he|she|his|her)|as[^\S\n]+saying)(?![\w'’-])")
PERSON_AFTER_VOTES = 3
PERSON_AFTER_FIRST = frozenset(",hlesatwib")  # the first letters of its words
# What follows a body's name and not a person's: "its" as the subject's pronoun after a
# reporting verb, a relative "which" ("Tolvane said its profit fell", "Vesta Aid, which
# runs clinics"). Not "said it": people say "it was hard" too.
BODY_AFTER = re.compile(r"(?:,[^\S\n]+which|[^\S\n]+(?:said|says|added|announced|reported)"
                        r"[^\S\n]+(?:that[^\S\n]+)?its)(?![\w'’-])")
BODY_AFTER_VOTES = 3
BODY_AFTER_OPENINGS = frozenset((", ", " s", " a", " r"))  # its first two characters
# Endings that only family names have, in the languages whose names news transliterates
# most (Slavic, Baltic, Romanian, Greek, Armenian, Georgian, Turkish, Nordic): "Nazarbayev",
# "Lukashenko", "Kowalski", "Popescu", "Papadopoulos", "Saakashvili", "Karlsson". A lone
# word with one that no gazetteer knows is a person's name.
SURNAME_ENDINGS = ("ov", "ova", "ev", "eva", "sky", "skiy", "ski", "ska", "skaya", "enko",
                   "chuk", "escu", "vich", "ovic", "evic", "opoulos", "akis", "idis", "yan",
                   "dze", "shvili", "oglu", "rsson", "ksson", "nsson", "lsson", "fsson",
                   "dsson", "tsson")  # "Karlsson", "Eriksson"; not "Mousson"
SURNAME_VOTES = 2
# Endings that only town names have in English, French, German and the languages of
# South and Central Asia ("Cookeville", "Fayetteville", "Strasbourg", "Pittsburgh",
# "Ingolstadt", "Volgograd", "Hyderabad"): a lone word with one that no gazetteer knows
# is a town.
TOWN_ENDINGS = ("ville", "burg", "burgh", "bourg", "borough", "stadt", "grad", "abad")
# A speaker's reading over a small town's name in the gazetteer (AREA_VOTES).
SPEAKER_VOTES = 3
# A ranked list of results: "12. Camenzind. 23. Huser.", "1. Olano (Esp) 47'07"". A lone
# word after a rank, in a text with several ranks, is a competitor (a person; a team's
# table row votes apart, and outweighs this).
# Written `(?<![\d.,])\d{1,3}\.…` with its first digit read first: a pattern that opens
# with a character class is searched by the engine's skip to that class.
RANKED = re.compile(r"\d(?<![\d.,]\d)\d{0,2}\.[^\S\n]+[A-ZÀ-Þ]")
RANKS_IN_TEXT = 3
RANK_VOTES = 3
# "Olano (Esp)", "Guidi (It, bonif.)", "Mattan (Be)": a competitor's country, cut to its
# first letters, in brackets after the name.
BRACKETED = re.compile(r"(?<=\w)[^\S\n]*\(\Z")
BRACKET_CLOSE = re.compile(r"[),]")
# "Lando Norris (Britain) McLaren 7.902", "Moretti (Italy) Verde-Alba same time": in a
# results line, the name after a competitor's country in brackets is the team's.
COUNTRY_BRACKETED_BEFORE = re.compile(r"(?<=\w)[^\S\n]+\(([^()\n]{2,40})\)[^\S\n]+\Z")
SHORT_COUNTRY = (2, 4)  # letters of a country's name cut short
INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z]")


def _city_tail(words: list[str]) -> bool:
    """ "Hapoel Tel Aviv", "Maccabi Tel Aviv": a name whose last two words, not the whole
    name, are a city of 500,000 people or more. (A one-word city last is also a surname:
    "Marylise Léon".)"""
    return len(words) > 2 and fold(" ".join(words[-2:])) in major_cities()


@cache
def first_names() -> frozenset[str]:
    """Lower-case first names: the lexicon's and the generated list's."""
    return frozenset(LEXICON_FIRST_NAMES | given_names())


def _given(word: str) -> bool:
    """ "Travis", "Jean-Yves", "Marie-Claire": a given name, or given names joined."""
    names = first_names()
    low = word.lower()
    return low in names or ("-" in low and all(part in names for part in low.split("-")))


@cache
def _country_stems() -> frozenset[str]:
    """Every beginning of NATIONALITY_STEM letters or more of a country's folded name."""
    return frozenset(name[:k] for name, kind in places().items() if kind == "country"
                     for k in range(NATIONALITY_STEM, len(name) + 1))


@lru_cache(maxsize=8192)
def nationality(name: str) -> bool:
    """ "Philippine", "Chinese", "South Korean", "Chinois": a people's word, by its ending
    and a stem that begins a country's name."""
    key = fold(name)
    last = key.split()[-1]
    stems = _country_stems()
    for ending in NATIONALITY_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 2:
            for cut in range(len(key) - 1, len(key) - NATIONALITY_SUFFIX - 1, -1):
                if cut >= NATIONALITY_STEM and key[:cut] in stems:
                    return True
            return False
    return False


@cache
def _people_stems() -> frozenset[str]:
    """The beginnings of NATIONALITY_STEM letters or more of the first word of a country's
    folded name, shorter than that word ("serb" of "serbia"; not "union" of "Union of the
    Comoros")."""
    firsts = {name.split()[0] for name, kind in places().items() if kind == "country"}
    # Not a word that is a first word less its plural "s" ("emirat": "aux Emirats").
    return frozenset(first[:k] for first in firsts
                     for k in range(NATIONALITY_STEM, len(first))) - {
        first[:-1] for first in firsts if first.endswith("s")}


@lru_cache(maxsize=8192)
def _people_word(word: str) -> bool:
    """ "Serb", "Croat", "Kurd", "Turk", "Muslim": a people's or a faith's word, which
    begins a country's name without being a place (or is a faith's)."""
    key = fold(word)
    return key in RELIGIONS or (key in _people_stems() and key not in places())


@cache
def _country_beginnings() -> frozenset[str]:
    """The first SHORT_COUNTRY letters of every country's folded name ("esp", "fr", "it")."""
    low, high = SHORT_COUNTRY
    return frozenset(name[:k] for name, kind in places().items() if kind == "country"
                     for k in range(low, high + 1))


def _short_country(text: str, m: Mention) -> bool:
    """ "Olano (Esp)", "Tchmil (Be, 4")": a country's name cut short in brackets after a
    name (results of races and tournaments)."""
    low, high = SHORT_COUNTRY
    return low <= len(m.text) <= high and m.text[:1].isupper() and m.text[1:].islower() \
        and BRACKETED.search(text, max(0, m.start - 3), m.start) is not None \
        and BRACKET_CLOSE.match(text, m.end) is not None \
        and fold(m.text) in _country_beginnings()


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


def _body_head(word: str, lower_words: set[str]) -> bool:
    """ "Halden" after "Halden Trust", "Harvard" after "Harvard University": the first of
    two words whose last is a body's kind word names the body alone, when it is no given
    name, title, kind word, nationality or adjective, and no common word of the text (the
    caller asks it of lone names that no gazetteer knows)."""
    return word[1:].islower() and fold(word) not in lower_words and \
        word.lower() not in NAMED_SUFFIXES_OR_TITLES and not _given(word) and \
        not word.endswith(ADJECTIVE_ENDINGS) and not nationality(word)


def _the_subject(text: str, m: Mention) -> bool:
    """ "the Fed is", "The Bundesbank left": the article, the name, then a verb."""
    if not THE_BEFORE.search(text, max(0, m.start - 5), m.start) or \
            m.text.lower() in TITLES or m.text.lower() in RULERS:
        return False
    after = VERB_AFTER.match(text, m.end)
    if after is None:
        return False
    verb = after.group(1)
    return verb in AUXILIARIES or is_cue(verb) or verb.endswith(("ed", "es")) or (
        verb.endswith("s") and not verb.endswith("ss"))


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
                surnames: set[str]) -> bool:
    if place or m.titled:
        return False
    if len(words) >= CAPITALS_RUN and all(w.isupper() for w in words if w[:1].isalpha()):
        return True  # "PROGRESS OF THE REVOLUTION": a headline in capitals
    if m.type == "organization" and _capital_heading(words):
        return True  # "NOUVELLES ETRANGÈRES", "MUSIQUE": a heading, not an acronym
    if len(words) == 2 and (nationality(m.text) or (nationality(words[0]) and
                                                    _people_word(words[1]))):
        return True  # "South Korean", "Bosnian Serb", "Iraqi Kurd", "Bosnian Muslim"
    if len(words) != 1:
        return False
    low = words[0].lower().rstrip(".")
    if len(low) < 2 or low in DATE_WORDS or low.replace(".", "") in CLOCK:
        return True  # an initial alone, "Tuesday", "Dec", "A.M."
    # A surname, also in a headline's capitals ("HENMAN" after "Tim Henman").
    surname = words[0] in surnames or words[0].capitalize() in surnames
    if nationality(m.text) and not surname:
        return True  # "Philippine", "Chinese", "Kenyan": a people, not a name
    # Only a Roman numeral's ordinal matches a word of letters alone.
    if (not words[0].isalpha() or words[0][0] in "IVXLC") and NOT_A_NAME_WORD.search(words[0]):
        return True  # "Q1", "French-speaking", "I’m"
    if m.type == "organization" and not words[0].isupper() and fold(low) in lower_words:
        return True  # "Gouvernement" where the text also says "gouvernement", "Etat": "état"
    if low.endswith("s") and (places().get(fold(low[:-1])) == "country"
                              or _people_word(low[:-1])):
        return True  # "Suisses", "Américains", "Serbs", "Kurds": the people of a country
    if fold(low) in language_words() or (low.endswith("s") and fold(low[:-1]) in
                                          language_words()):
        return True  # "French", "Latin", "Allemands": a language or a nationality
    stem = low[:-1] if low.endswith("s") else low
    return (low in DEMONYM_NOUNS or any(w.endswith(DEMONYM_ENDINGS) and len(w) > 5
                                        for w in (low, stem))) \
        and low not in first_names() and not surname


def _capital_heading(words: list[str]) -> bool:
    """One or two words in capitals, accented and too long for initials."""
    if not all(w.isupper() and w.isalpha() for w in words):
        return False
    if len(words) == 2 and not all(len(w) >= CAPITALS_PAIR_LETTERS for w in words):
        return False
    return len(words) <= 2 and len("".join(words)) >= CAPITALS_WORD_LETTERS and \
        not "".join(words).isascii()


def _coordinated(text: str, a: Mention, b: Mention) -> bool:
    """ "Luzon and Taiwan", "Lyon et Paris": two names joined by a conjunction."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return AND_JOIN.fullmatch(text, first.end, second.start) is not None


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


def with_adjectives(mentions: list[Mention], text: str) -> list[Mention]:
    """French institutions and regions with the adjectives that complete their names."""
    out = []
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
                m = Mention(text[m.start:end], m.start, end, kind, m.titled,
                            m.after_preposition)
        out.append(m)
    return out


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


def _capitals(words: list[str]) -> bool:
    return all(w.isupper() for w in words if w[:1].isalpha())


SPLIT_WORD = 4


def _in_capitals(word: str) -> bool:
    return word.isupper() and sum(map(str.isalpha, word)) >= 2


def _case_parts(mentions: list[Mention], text: str, lower_words: set[str]) -> list[Mention]:
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
        caps = [_in_capitals(w) for w in words]
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
               and _capitals(m.text.split()) for m in mentions):
        return mentions  # most texts have no run in capitals: nothing to look up
    gazetteer = places()
    lowered = names_lower_words(text)
    known: dict[str, str] = {}
    # Whether each mention is in capitals, asked twice below; a name that opens with a
    # letter, then a lower-case one, is not (the shortcut spares most names the split).
    capitals = [not (m.text[:1].isalpha() and m.text[1:2].islower())
                and _capitals(m.text.split()) for m in mentions]
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


def _team(text: str, m: Mention) -> bool:
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


def _side(text: str, m: Mention, place: str | None, surnames: set[str],
          tail: str | None = None) -> str | None:
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
    if scored and " " not in m.text and SCORE_AFTER.match(text, m.end) and \
            _in_brackets(text, m.start):
        return "scorer"
    if (scored or (spaced and after[1:] in SIGNS)) and _team(text, m):
        return "team"
    worded = spaced and after[1:].islower()
    linked = after[:1] in LINKS  # a comma or a possessive's apostrophe
    if tail is None:
        tail = text[max(0, m.start - BEFORE_CHARS):m.start].rstrip()
    before = tail.endswith(MATCH_LAST)
    if not worded and not linked and not before:
        return None
    words = m.text.split()
    if m.text in surnames or (_given(words[0]) and NAMED_OR_SUFFIXES.isdisjoint(
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
    if staffed(text, m.end) or TEAM_AFTER.match(text, m.end):
        return "match"  # "Leeds coach Tom Cole", "the Skyline team"
    if THE_BEFORE.search(text, max(0, m.start - 5), m.start):
        staff = STAFF_APPOSED.match(text, m.end)
        if staff is not None and staff.group(1) in STAFF_WORDS:
            return "match"  # "the Leeds manager, Tom Cole,"
    elif COLLECTIVE_AFTER.match(text, m.end) and not tail.endswith(COORDINATED_LAST) and \
            not NO_SUBJECT_BEFORE.search(tail):
        return "match"  # "Leeds have signed" (not "the Alps are")
    return None


def _before_a_country(m: Mention, text: str, gazetteer: dict[str, str]) -> Mention:
    """ "Holders Egypt maintain …", "Hosts France": a word opening a sentence glued to a
    country's (or a major city's) name that follows it; the name is the country's."""
    words = m.text.split()
    if len(words) < 2 or fold(m.text) in gazetteer or m.titled or _given(words[0]) or \
            words[-1].lower() in NAMED_THINGS:  # "Jhongye Island" ("Island": Iceland)
        return m
    tail = " ".join(words[1:])
    if gazetteer.get(fold(tail)) != "country" and (
            fold(tail) not in major_cities() or not (
                # Before a city, only a common word ("Hosts Madrid"), not a club's first
                # word ("Dynamo Moscow", "Bayern Munich").
                words[0].endswith("s") or words[0].lower() in names_lower_words(text))):
        return m
    if not sentence_starts(text)(m.start):
        return m
    start = m.end - len(tail)
    return Mention(tail, start, m.end, "place", False, m.after_preposition)


def _split_runs(mentions: list[Mention], text: str) -> list[Mention]:
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
                    # "Obama, D-Ill., said", "R-Texas": a party's initial glued to the
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


def _opening_of(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Thousands of US troops", "Results of English league matches": a common word
    opening a sentence, then "of": the name is what follows "of" (not "Bank of England",
    "University of Georgia", "Martyrs of Aleppo" that the text writes mid-sentence too)."""
    gazetteer = places()
    # A name of one word (most) is its own; a name without "of" has no common word before it.
    mentions = [_before_a_country(m, text, gazetteer) if " " in m.text or not
                m.text.isprintable() else m for m in mentions]
    if not any("of" in m.text and m.text.split()[1:2] == ["of"] for m in mentions):
        return mentions
    opens_sentence = sentence_starts(text)  # the mention finder asked it of most starts
    inside = {w for m in mentions if not opens_sentence(m.start) for w in m.text.split()}
    out = []
    for m in mentions:
        words = m.text.split()
        if len(words) >= 3 and words[1] == "of" and words[0] not in inside and \
                words[0].lower() not in NAMED_SUFFIXES_OR_TITLES and \
                fold(m.text) not in gazetteer and opens_sentence(m.start):
            rest = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
            start = text.index(rest[0], m.start + len(words[0]))
            m = Mention(text[start:m.end], start, m.end, m.type, m.titled, True)
        out.append(m)
    return out


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


def _event(words: list[str]) -> bool:
    """ "World Cup", "Olympic Games", "Coupe", "Olympics", "Tour of Spain", "Tour
    d'Italie": an event's name."""
    return words[-1].lower() in EVENT_WORDS or (len(words) > 1 and (
        words[0].lower() in EVENT_WORDS or (words[0] == "Tour" and (
            words[1] in TOUR_LINKS or words[1].startswith(TOUR_ELIDED)))))


def _no_name_here(text: str, m: Mention, words: list[str]) -> bool:
    """Capitalised words that their place shows are no names: a time zone after a clock
    time ("6:19am GMT"), a gerund opening a credit ("Reporting by"), the topic word of a
    wire headline ("SOCCER - "), a minister's portfolio ("ministre des Affaires
    étrangères", "minister for Trade")."""
    if len(words) != 1:
        return False
    word = words[0]
    if word.lower() in NOT_NAMES or PORTFOLIO_BEFORE.search(text, max(0, m.start - 30),
                                                             m.start):
        return True
    if word.lower() in TIME_ZONES and CLOCK_BEFORE.search(text, max(0, m.start - 12),
                                                          m.start):
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
                _capitals(words) or _given(words[0]) or fold(m.text) in gazetteer:
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


def python_type_by_vote(mentions: list[Mention], text: str, language: str | None = None
                        ) -> list[Mention]:
    """The mentions that are names, each with the type its name won over the article
    (_votes.type_by_vote is the compiled twin, the same code with its locals typed)."""
    # Before _case_parts, whose reading of parts would push the text out of the cache.
    lowered = names_lower_words(text)
    lower_words = lowered | {fold(w) for w in lowered if not w.isascii()}
    mentions = _case_parts(mentions, text, lower_words)
    if language == "fr":
        mentions = with_place_nouns(with_adjectives(mentions, text), text)
    mentions = _opening_of(in_headlines(_split_runs(mentions, text), text), text)
    gazetteer = places()
    initials = country_initials()
    # Surnames of the full names that are people's by more than their shape: a given name,
    # a title, or a last word that is no place ("Central Aleppo" gives no surname).
    surnames = {m.text.split()[-1] for m in mentions
                if m.type == "person" and " " in m.text and not m.text.isupper() and (
                    m.titled or _given(m.text.split()[0])
                    or fold(m.text.split()[-1]) not in gazetteer)}
    # "the Rafael Palmeiro steroids case": a given name and a surname make a person's name
    # whatever names.py read around them (the article made it a body).
    surnames |= {m.text.split()[-1] for m in mentions
                 if m.type != "person" and m.text.count(" ") == 1 and not m.text.isupper()
                 and _given(m.text.split()[0]) and fold(m.text) not in gazetteer
                 and NAMED_OR_SUFFIXES.isdisjoint([w.lower() for w in m.text.split()])}
    # "Le Pen" after "Marine Le Pen": the end of a person's name is that person.
    surnames |= {" ".join(m.text.split()[i:]) for m in mentions
                 if m.type == "person" and m.text.count(" ") > 1
                 for i in range(1, m.text.count(" "))}
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
            no_name = not_names[reading] = _not_a_name(m, words, place, lower_words, surnames)
        if no_name and len(words) == 1 and text[m.end + 1:m.end + 2].isdigit() \
                and not nationality(m.text) and words[0].lower().rstrip(".") not in DATE_WORDS \
                and fold(words[0]) not in language_words() and fold(words[0]) not in lower_words \
                and _side(text, m, place, surnames) == "team":
            # "Kilmarnock 1 Hibernian 1": a word shaped like a nationality is a team's name
            # in a results line, unless it is a people's or a language's.
            no_name = False
        if no_name or (
                place is None and (_event(words) or _no_name_here(text, m, words))):
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
            if any(kinds[(other.start, other.end)] and _coordinated(text, m, other)
                   for other in mentions[max(0, i - 1):i + 2] if other is not m):
                vote["place"] += AREA_VOTES  # "between Luzon and Taiwan"
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
        if len(words) == 1 and INNER_CAPITAL.match(m.text):
            vote["organization"] += AREA_VOTES  # "PeakMetrics", "YouTube"
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
                not _given(words[0]) and gazetteer.get(fold(words[-1])):
            vote["place"] += AREA_VOTES  # "in Central Aleppo", "near Greater Manchester"
        if len(words) == 2 and place is None and not m.titled and \
                words[0].lower() in DIRECTIONS and not _given(words[1]) and \
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
            if last in VENUE_WORDS:
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
            last = tail[space + 1:]
            if last in ORG_NOUNS and place is None and (
                    m.text.isupper() or not _given(words[0])):
                vote["organization"] += TITLE_VOTES  # "the news agency MENA"
            elif last == "at" and tail[:space].rsplit(None, 1)[-1:] and \
                    tail[:space].rsplit(None, 1)[-1].lower() in STAFF_AT and \
                    key not in major_cities() and (m.text.isupper() or not _given(words[0])):
                # "a strategist at Commerzbank"; over a small town's name and the
                # preposition's reading too: people work at a body, not at a town
                # ("economists at Berenberg")
                vote["organization"] += STAFF_VOTES
        if text[m.end:m.end + 1] == " " and text[m.end + 1:m.end + 2] in MEMBERS_FIRST and \
                MEMBERS_AFTER.match(text, m.end) and place != "country" and not m.titled and \
                key not in major_cities() and m.text not in surnames and (
                    m.type != "person" or (len(words) > 1 and not _given(words[0]))):
            # "the Unite union", "the Likud party": a body that people join, named before
            # its noun (a place before it is "a Paris court", "the Tokyo company")
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
            # large city speaks for its government.
            vote["person"] += SPEAKER_VOTES
        if place != "country" and text[m.end:m.end + 1] == "," and AGE.match(text, m.end):
            vote["person"] += TITLE_VOTES  # "Maurice Ferte, 21 ans,", "Smith, 45,": an age
        if tail.endswith(SCORECARD_LAST) and \
                SCORECARD_BEFORE.search(text, max(0, m.start - 12), m.start):
            vote["person"] += TITLE_VOTES  # "c Young b Cairns"
        if len(words) > 1 and place is None and _given(words[0]) and \
                not _capitals(words) and not {w.lower() for w in words} & NAMED_THINGS:
            vote["person"] += WORDS_VOTES  # "Jamie How", "Travis Outlaw": a given name first
        if len(words) == 1 and _spoken_to(text, m.start) and m.text not in surnames:
            vote["organization"] += ADDRESSEE_VOTES
        elif m.type == "person" and len(words) > 1 and not m.titled and \
                not _given(words[0]) and (any(
                    # "Le" of "Le Drian" is a surname's, "de" of "Palma de Majorque" not
                    (w.lower() in lower_words and not (w[:1].isupper() and
                                                       w.lower() in TRAILING_PARTICLES))
                    or gazetteer.get(fold(w)) == "country" for w in words) or (
                    _city_tail(words) and words[0].lower() not in COMPASS_WORDS)):
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
                                            or (not _given(words[0])
                                                and key not in folded_surnames)):
            # "the Commission said", "Congress asks", "Microsoft said": names.py reads a
            # speaker; no article comes before a person's name, "Congress" names a body,
            # and news gives a person's full name before the surname alone: a lone word
            # that is no given name and ends no full name of the text is a body.
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
    decided: dict[str, str] = {}  # the votes are all cast: one count per name
    unsupported = {j for j, (m, key) in enumerate(kept) if key not in read_otherwise
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
