"""What the words around a name say of its type: the weights of the vote's evidence, and the
patterns and word sets it reads (entity_types.py holds the vote, _votes.pyx its compiled
twin; both read these)."""

from __future__ import annotations

import re

from ..credits import AGENCIES
from .entity_lexicon import HALF_DAYS, ORG_SUFFIXES, PLACE_KINDS_AFTER, TIME_ZONES
from .lexicon import FEMININE_FIRST_NAMES, MASCULINE_FIRST_NAMES, ORG_WORDS, PLACE_WORDS, TITLES
from .name_context import MATCH_VERB
from .name_kinds import BODY_AFTER  # noqa: F401 (the vote's tables are read from here)
from .names import DATE_ABBREVIATIONS
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
# A word in capitals that the text also writes in lower case is a heading's word, not an
# acronym, from this many letters ("TAXES" beside "taxes"; "WHO" and "US" are too short).
CAPITALS_COMMON_LETTERS = 4
# One or two words in capitals with an accent, which initials never carry ("COLLÉGIALE",
# "PHOTO PRIVÉE"), of these many letters at least (each word of a pair; the whole), are a
# heading, not a body's initials ("ÖVP" is one): read as an organisation, no name.
# Without the accent a pair is also a company's name in a headline ("HALVORSEN SHIPPING").
CAPITALS_PAIR_LETTERS = 4
# Offices that end a portfolio's name ("Foreign Minister", "Interior Secretary", "Central
# Bank Governor"): a name ending in one, whose first word is no given name, is the office,
# never its holder (a list "Foreign Minister - Ana Ruiz" parts them). Not the titles that
# are also surnames ("King", "Bishop", "Chancellor", "Judge").
OFFICES_LAST = frozenset(
    "minister ministre president présidente président secretary secretary-general "
    "governor ambassador commissioner chairman chairwoman senator spokesman "
    "spokeswoman spokesperson".split())
CAPITALS_WORD_LETTERS = 5
HEADLINE_SPAN = 3  # words of the longest name looked up inside a headline
# A market index named by its compiler or its exchange ("the Nikkei share average", "the
# Hang Seng index", "the FTSE 100 index", "the KOSPI index"): a figure, no body nor place;
# CoNLL leaves it untyped. Its kind word follows the name in lower case, or closes it in
# title case ("Dow Jones Industrial Average", "Nasdaq Composite").
INDEX_AFTER = re.compile(
    r"(?:[^\S\n]+\d{2,4})?[^\S\n]+(?:(?:industrial|share|stock|composite|benchmark|"
    r"blue-chip|all-share)[^\S\n]+)?(?:index|indices|indexes|average)(?![\w-])")
INDEX_LAST = frozenset({"Index", "Indices", "Average", "Composite"})
# "SOCCER -", "MARKETS -": the topic word that opens a wire headline, before its dash.
TOPIC = re.compile(r"[^\S\n]+[-–—][^\S\n]")
WORD_IN_RUN = re.compile(r"[^\s,.;:!?()\"“”«»]+(?:\.(?=\S))?[^\s,;:!?()\"“”«»]*")
# "6:19am GMT", "14h00 GMT": a clock time before a time zone.
CLOCK_BEFORE = re.compile(r"\d(?:[^\S\n]*(?:[ap]\.?m\.?|h\d*))?[^\S\n]*\Z", re.IGNORECASE)


def clock_zone(text: str, start: int, words: list[str]) -> bool:
    """A time zone after a clock time, with or without the day's half before it ("6:19am
    GMT", "7:30 AM EST", "à 14h00 GMT"): no name."""
    return 0 < len(words) <= 2 and words[-1].lower() in TIME_ZONES and (
        len(words) == 1 or words[0].lower() in HALF_DAYS) and \
        CLOCK_BEFORE.search(text, max(0, start - 12), start) is not None


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
# The lower-case particles of a surname after a given name's initial ("D. van Wyk", "J. du
# Plessis", "P. de la Cruz"): a person's, not a body's lower-case word.
INITIAL_PARTICLES = frozenset(NAME_PARTICLES | {"der", "den", "des", "la", "le", "ter"})
# The particles _titled_particle takes: the text before a name ends with one where it does.
PARTICLES_BEFORE = tuple(sorted(p for p in NAME_PARTICLES if p != "du"))
# French names an institution by a noun and its lower-case adjectives: "Conseil fédéral",
# "Union européenne", "Banque centrale européenne", "Suisse romande", "Conseil exécutif",
# "École normale supérieure" (the comparatives in -érieur), "ministère des Affaires
# étrangères".
FRENCH_ADJECTIVE = (r"(?:[a-zà-ÿ]+(?:al|ale|ales|aux|el|elle|els|elles|ien|ienne|iens|iennes|"
                    r"ais|aise|aises|ique|iques|aire|aires|ois|oise|oises|éen|éenne|éens|éennes|"
                    r"ain|aine|ains|aines|iste|istes|if|ifs|ive|ives|and|ande|andes|érieur|"
                    r"érieure|érieurs|érieures)|étrang(?:er|ère|ers|ères))(?![\w'’-])")
FRENCH_ADJECTIVES = re.compile(rf"[^\S\n]+({FRENCH_ADJECTIVE})")
ADJECTIVES_MAX = 2
# "rue de la Gare", "avenue Kléber", "quai d'Orsay": the French noun of a street, a square,
# a sea or a district, and its link, right before a name.
# A French noun's link to the name after it, if any ("de la", "du", "des", "de", "de l'",
# "d'"), at the end of the text read before the name.
_NOUN_THEN_LINK = r"[^\S\n]+(?:(?:de[^\S\n]+la|du|des|de)[^\S\n]+|(?:de[^\S\n]+l|d)['’])?\Z"
# A place's kind word in lower case right after the name, and the word's end
# (entity_lexicon.PLACE_KINDS_AFTER: "Wayne county", "Coosa river").
PLACE_KIND_AFTER = re.compile(r"[^\S\n](?:" + "|".join(sorted(PLACE_KINDS_AFTER))
                              + r")(?![\w'’-])")
PLACE_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(rue|avenue|boulevard|quai|impasse|allée|chemin|place|mer|lac|pont|"
    r"quartier)" + _NOUN_THEN_LINK)
# "université de Vienne", "ministère de l'Intérieur", "université Paris-Saclay": French
# writes these bodies' noun in lower case before the name, and the body is the whole.
BODY_NOUNS = ("université", "ministère")
BODY_NOUN_BEFORE = re.compile(r"(?<![\w-])(" + "|".join(BODY_NOUNS) + ")" + _NOUN_THEN_LINK)
# "Union populaire écologique et sociale": a last adjective after "et".
AND_ADJECTIVE = re.compile(rf"[^\S\n]+et[^\S\n]+{FRENCH_ADJECTIVE}")
# French writes only an institution's first word with a capital: what follows its noun
# and its adjectives, up to 4 complements, "et" between two, names it ("Conseil de
# sécurité", "Cour des comptes", "Confédération africaine de football", "Agence nationale
# de sécurité du médicament et des produits de santé"); a day or a month after "de" dates
# it instead ("le Conseil de lundi").
_FRENCH_LINK = r"(?:(?:de|du|des|de[^\S\n]+la)[^\S\n]+|(?:de[^\S\n]+l|d)['’])"
# "de Chimie de Paris" after "École nationale supérieure": a French link right before a
# capitalised name.
LINK_BEFORE_NAME = re.compile(rf"[^\S\n]+{_FRENCH_LINK}[^\S\n]*")
_NO_DATE = "(?!(?:" + "|".join(sorted(w for w in DATE_WORDS if w.isalpha() and w.islower())) \
    + r")(?![\w'’-]))"
FRENCH_COMPLEMENT = re.compile(
    rf"(?:[^\S\n]+{FRENCH_ADJECTIVE}){{0,2}}"
    rf"[^\S\n]+{_FRENCH_LINK}{_NO_DATE}[a-zà-ÿ]{{4,}}(?![\w'’-])(?:[^\S\n]+{FRENCH_ADJECTIVE})?"
    rf"(?:[^\S\n]+(?:et[^\S\n]+)?{_FRENCH_LINK}{_NO_DATE}[a-zà-ÿ]{{4,}}(?![\w'’-])"
    rf"(?:[^\S\n]+{FRENCH_ADJECTIVE})?){{0,3}}")
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
# "Somerset 83 and 174", "Kent 236-4 and 120": a cricket side's two innings (runs, or runs
# and wickets) after its name.
INNINGS_AFTER = re.compile(r"[^\S\n]+\d{1,3}(?:-\d{1,2})?[^\S\n]+and[^\S\n]+\d{1,3}(?:-\d{1,2})?"
                           r"(?![\w-]|[,.]\d)")
TEAM_VOTES = 4
# "a 30-12 win over Castleford", "an 18-18 draw by Warrington": a result's noun, then the
# other side.
MATCH_NOUN = (r"(?:\d{1,3}-\d{1,3}[^\S\n]+)(?:win|victory|defeat|draw|loss|home[^\S\n]+win|"
              r"away[^\S\n]+win)[^\S\n]+(?:over|against|by|to|with|at)")
# "who plays for Ajax", "signed for Hull": a player's club.
PLAYS_FOR = r"(?<![\w-])(?:plays|played|playing|signed|signs)[^\S\n]+for"
# The verb may follow a bracket: "Somerset 83 and 174 (Pell 4-38) beat Kent".
MATCH_BEFORE = re.compile(rf"(?:[A-Za-z\d)][^\S\n]+{MATCH_VERB}|{MATCH_NOUN}|{PLAYS_FOR})"
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
# "Labour MPs", "Chelsea fans", "Hamas officials": the plural of the people who belong to a
# body, after its name (English; names.py cuts "MPs" off the run).
_MEMBERS_NOUNS = ("MPs MEPs MSPs MLAs lawmakers legislators members supporters voters fans "
                  "officials leaders activists peers councillors councilors delegates "
                  "shareholders employees executives loyalists militants fighters").split()
MEMBERS_PLURAL = re.compile(rf"[^\S\n]+(?:{'|'.join(_MEMBERS_NOUNS)})(?![\w'’-])")
# The first letters of its nouns: a one-character test before the pattern, derived from the
# nouns so that the two cannot part.
MEMBERS_PLURAL_FIRST = frozenset(noun[0] for noun in _MEMBERS_NOUNS)
# The compass words that open a region's name ("North Kivu", "West Java", "Southern
# Darfur"), not "New", "Old" or "Greater" that also open companies' ("New Line").
DIRECTIONS = frozenset("north south east west northern southern eastern western central"
                       .split())
# "North Carolinian", "South Korean": a people's word after a compass word.
PEOPLE_ENDINGS = ("ian", "ean", "ese", "ish", "ais", "ois", "an")
# The words that end a body's name: its kind and its legal form.
BODY_KINDS = frozenset(ORG_SUFFIXES | ORG_WORDS)
# "the Fed is", "The Bundesbank left": the article before a lone name, and the verb after
# it (an auxiliary, a reporting verb, an -s/-ed form, or the irregular past of what a body
# does; not of what an event does: "The Vuelta went on", "began", "came").
# "Nestle and Danone both declined": the adverb between two subjects and their verb.
PAIR_ADVERB = re.compile(r"[^\S\n]+(?:both|also|jointly)(?=[^\S\n])")
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
# "in the X group", "near the X": a place's preposition and its article before a name.
IN_THE_BEFORE = re.compile(r"(?<![\w'’])(?:in|near)[^\S\n]+the[^\S\n]+\Z", re.IGNORECASE)
PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:in|at|near|from|à|en|au|aux|dans)"
                                      r"[^\S\n]+\Z", re.IGNORECASE)
# "President of the X", "Prince of X": the title's domain after "of", not its holder.
OF_BEFORE = re.compile(r"(?<![\w'’])(?:of|for)(?:[^\S\n]+the)?[^\S\n]+\Z")
# "in X", "à X", "dans X": where something is (not "at X", "from X": "at Gartner").
INSIDE_BEFORE = re.compile(r"(?<![\w'’])(?:in|à|dans)[^\S\n]+\Z", re.IGNORECASE)
# French gives no person an article: a lone name after "du" or "le" that no gazetteer
# knows is a body ("du Hamas", "le Medef"; "du Japon" is the gazetteer's).
FRENCH_BODY_ARTICLES = frozenset({"du", "le"})
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
# The next sentence opens with a person's pronoun (English: "X has rebuilt the port. He
# …"): a lone name read as a speaker stays somebody, not a body (a body is "it", and
# French "il"/"elle" stand for a body's noun as well, so French is not read so).
PRONOUN_NEXT = re.compile(r"[^.!?\n]{0,200}?[.!?][\"”’)]*[^\S\n]+(?:He|She|His|Her)(?![\w'’-])")
PERSON_AFTER_FIRST = frozenset(",hlesatwib")  # the first letters of its words
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
# A participle of where a body sits or a person was born, glued by a hyphen to the place
# before it; the hyphen is a literal the engine skips to, so the search is cheap. Not
# "-led", "-backed", "-owned": their first part is an actor ("US-led", "state-owned").
SITED = re.compile(r"-(?:based|born|headquartered|listed|registered|flagged)(?![\w-])")
# "Toronto-based Kelvar", "London-listed Varnell": the name after a place glued to a
# participle of where a body sits is that body (entity_places sets the place apart).
BODY_SITED = ("-based", "-headquartered", "-listed", "-registered")
INNER_CAPITAL = re.compile(r"^(?!Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O['’])[A-Z][a-z]+[A-Z]")
