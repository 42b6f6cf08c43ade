"""The facts pass's faster scans against the plain ones they stand for: the same matches.

Each fast path of the facts pass (a pattern rewritten so that the regex engine can skip
ahead, a scan done once per text) is held here to the reference it replaces, on crafted
strings that probe its edges, on random strings made of the pieces those edges are made
of, and on real texts of ../shared/data (skipped when absent).
"""

from __future__ import annotations

import os
import random
import re
from collections import Counter

import pytest

from bench import datasets
from pressclip.facts import (
    digit_names,
    entity_checks,
    entity_cues,
    entity_types,
    marks,
    name_context,
    name_forms,
    name_runs,
    names,
    quotes,
    speaker_words,
    textdates,
)
from pressclip.facts.marks import paragraph_bounds

compiled_lower_words = name_context._compiled_lower_words
compiled_date_starts = textdates._compiled_date_starts
compiled_tokens = speaker_words._compiled_tokens
compiled_boundaries = marks._compiled_sentence_boundaries
compiled_capital_runs = name_runs._compiled_capital_runs
compiled_digit_hits = digit_names._compiled_digit_hits
needs_compiled = pytest.mark.skipif(
    None in (compiled_lower_words, compiled_date_starts, compiled_tokens, compiled_boundaries,
             compiled_capital_runs, compiled_digit_hits),
    reason="the C extension pressclip.facts._scan was not built",
)

CRAFTED = [
    "", "A", "a", "al-", "al-A", "xal-Assad", "-al-Assad", "al-Assad said", "Bashar al-Assad",
    "Mohamed ould-Tah and Omar ibn-Khattab met abu-Bakr and ben-Gourion, el-Sissi, ash-Shara",
    "Mr. Smith, Gen. Jones, MM. Dupont et Durand, Mme. X, Prof. Y, U.S. and U.N. officials",
    "C'est Qu’il J'ai L'Oréal D’Artagnan Cu'x Du’a", "Mr.Smith", "Sgt.\nLee", "Mrs. Ltd. Alps.",
    "Re\u0301my Martin, Œuvre, Ærø, Ø, Þór, ÷Abc, x÷Abc", "iPhone 4G x_Y 2Pac", "É.-U.",
    "Movement for the Emancipation of the Niger Delta", "Banque de France, d'Ornano, Le Monde",
    "A.\u00a0B.\tC. D.\nE", "Gen.-Maj. Al-Zaidi", "MM.\u2009X", "U.S.A", "U.S.-led",
    # Words in lower case and where dates start: word characters of every kind (digits
    # other than 0-9, "_", combining marks, letters past Latin-1), hyphens before words,
    # ÷ (inside [a-zà-ÿ], no word character), astral characters, words at both ends.
    "le 3 mars, mi-avril, aujourd'hui, avant-hier; on Tuesday; début juin, x2024-01-02",
    # Words with digits: after a letter, before a capital or "ers", at both ends, non-ASCII
    # letters and digits beside them.
    "G4S 3M 76ers 76ersx 1990s A380 $5M 12ers 3pm B52s 7UP é4 4é 44E 5ers9 ٣A 99ers", "99ers",
    "²3 ٣٤ mars ١٢ mai _5 mai 5_mai mai_ ÷abc a÷b ÿes àb Àb ßa ıx ǅx", "ŉ ǰ ﬁne ＡＢ ａｂ",
    "e\u0301te\u0301 \u0301a é-b -c --d _e a-b-c", "𝐚𝐛 😀a 𝑥y 𠀀z", "a", "-a", "÷", "9",
    "JANUARY 5 and ſunday; İstanbul le 4 août", "mai\nmars\tjuin\u00a0hier\u2009demain",
    # Scores after a word: a results line, a scorer's minute, thousands, a tab, a no-break
    # space, a digit or "_" before the space (no letter), a line that ends after the score.
    "Portsmouth 1 Leeds 2\nResults: Poland 2 Ukraine 1, (Larsson 15, Cruz 60)",
    "Attendance 22,000 é\u00a03. x_ 4 A 1234 B\t5 (C) 6 Ö  7\nD 8",
]
PIECES = ["al-", "el-", "ould-", "bin-", "abu-", "ash-", "as-", "x", "Mr.", "Gen.", "Corp.",
          "MM.", "U.", "S.", "C'", "Qu’", "L'", "est", "Le", "de la", "of the", "for", " ",
          "\n", "\t", "\u00a0", ".", "-", "'", "’", "A", "M", "Q", "u", "e", "a", "b", "i",
          "o", "É", "é", "\u0301", "÷", "_", "1", "Nour", "Smith", "iPhone", ",", "(", "Œ",
          "mars", "mai", "hier", "aujourd", "in", "mi", "²", "٣", "ß", "ÿ", "ı", "😀", "𝐚", "ﬁ",
          "2024", "31", "last", "function", "var", "$(", "{", "}", ")", ";", '"', "=", "/",
          "12. ", ".", "1er", "ian", "Chinese", "XIXe", "ème", "I’m", "Q1", "-based", "beat",
          "drew with", "lost to", "v.", "vs", "versus", "a battu", "c", "b", "st", "lbw b",
          "c & b", "island of", "port d'", "de", "du", "d’", "face à", "Mr", "Capt", "No",
          "vs", "Sgt", "? ", "! ", "… ", "» ", "” ", "\n\n", "Q", "said", "years", "général",
          "président", "von", "del", "D’", "DE", "''", "'''", "«", "“", "A.", "Mr.\n", "…\n",
          ".\" The", "in", "on", "this", "en", "début", "mi-", "au mois de", "March", "Monday",
          "ſunday", "lundi", "juin", "Mai"]
RANDOM_STRINGS = 4000
SHORT = 200
# The glued-particle test CAP_WORD makes, written plainly: where it holds, a run may start
# at a lower-case letter.
GLUED_ANYWHERE = re.compile(rf"(?<![\w-]){name_runs.GLUED_PARTICLE}[{name_runs.UPPER}]")
# The name run written plainly, without the lookaheads that only spare the engine work
# (before the run, before each word more, before an abbreviation's rest): a capitalised
# word and more words, each after particles.
PLAIN_NAME_RUN = re.compile(
    rf"{name_runs.CAP_WORD}(?:(?:[^\S\n]+{name_runs.PARTICLE})*[^\S\n]*(?<=[^\S\n]|['’])"
    rf"{name_runs.CAP_WORD})*")
# The plain forms of patterns rewritten so that the engine skips to their first character.
PLAIN_RANKED = re.compile(r"(?<![\d.,])\d{1,3}\.[^\S\n]+[A-ZÀ-Þ]")
PLAIN_MARKS = re.compile(r'[«»“”„‹›"]|\'\'')
# A score after a word, matched from the word's last letter.
PLAIN_SCORES = re.compile(r"[^\W\d_][^\S\n]+\d{1,3}(?![,.]\d)"
                          r"(?=[^\S\n]*(?:[,;.]|$)|[^\S\n]+[A-Z(])", re.MULTILINE)
PLAIN_CODE = re.compile(r"\)\s*\{|\}\s*\)|\bfunction\s*\(|\$\(|\bvar\s+\w+\s*=|\"\s*\)\s*;")


def random_strings() -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 14)))
            for _ in range(RANDOM_STRINGS)]


def real_texts() -> list[str]:
    return [row["body"] for name in ("fundus_dev", "l3s_gn1", "dragnet")
            for row in datasets.rows(name, limit=80) if row.get("body")]


def run_spans(matches) -> list[tuple[int, int]]:
    return [m.span() for m in matches]


def assert_same_runs(text: str) -> None:
    assert bool(name_runs.GLUED_START.search(text)) == bool(GLUED_ANYWHERE.search(text)), repr(text)
    expected = run_spans(PLAIN_NAME_RUN.finditer(text))
    assert run_spans(name_runs.NAME_RUN.finditer(text)) == expected, repr(text)
    assert name_runs.capitalised_runs(text) == [(text[a:b], a, b) for a, b in expected], repr(text)
    if not GLUED_ANYWHERE.search(text):
        assert run_spans(name_runs.NAME_RUN_AT_CAPITAL.finditer(text)) == expected, repr(text)
        assert name_runs.python_capital_runs(text) == [(text[a:b], a, b) for a, b in expected]


@pytest.mark.parametrize("text", CRAFTED)
def test_name_runs_match_the_plain_scan_on_crafted_text(text: str) -> None:
    assert_same_runs(text)


def test_name_runs_match_the_plain_scan_on_random_strings() -> None:
    texts = random_strings()
    for text in texts:
        assert_same_runs(text)
    # Not vacuous: both scans meet glued particles, abbreviations and elisions.
    assert sum(bool(GLUED_ANYWHERE.search(t)) for t in texts) > 60
    assert sum(len(run_spans(name_runs.NAME_RUN.finditer(t))) for t in texts) > 1400


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_name_runs_match_the_plain_scan_on_real_pages() -> None:
    texts = real_texts()
    assert len(texts) >= 150
    for text in texts:
        assert_same_runs(text)


# Name runs at their edges: capitals of Latin-1 and Œ, capitals the run class leaves out
# (Cyrillic, Greek, Ł), particles whole, glued ("d'", "d’") and cut ("dela", "des"),
# "of the" and "the" alone, abbreviations with and without their space, initials, elisions,
# apostrophes and hyphens inside words, combining accents, blanks of every kind and line
# breaks between the words.
RUN_PIECES = ["Jean", "Smith", "X", "É", "Œuvre", "Þór", "Ørsted", "ÀB", "Дмитрий", "Ωmega",
              "Łódź", "中国", "iPhone", "O'Brien", "N’Diaye", "Saint-Denis", "Re\u0301my",
              "C'est", "Qu’il", "Cu'x", "Cuu'x", "L'Oréal", "de", "des", "del", "du", "van",
              "von", "bin", "ben", "al", "el", "la", "le", "da", "di", "der", "den", "dela",
              "of", "for", "the", "of the", "for the", "theory", "d'", "d’", "d'Arc", "d’Ornano",
              "&", "and", "Mr.", "Mrs.", "Sgt.", "MM.", "Mme.", "Gen.", "Corp.", "Prof.", "Mlle.",
              "Alps.", "AM.", "U.S.", "U.S.A", "E.", "J. R.", "A.B.C.", "É.-U.", "x", "4G", "2Pac",
              "_", "÷", "×", "-", "'", "’", ".", ",", "(", "«", "al-Assad", "ben-Gourion"]
RUN_BLANKS = [" ", " ", " ", "", "  ", "\n", "\u00a0", "\t", "\u2009", "\r", "\x1c", "\u3000"]


def random_runs_texts() -> list[str]:
    rng = random.Random(23)
    return ["".join(rng.choice(RUN_PIECES) + rng.choice(RUN_BLANKS)
                    for _ in range(rng.randint(1, 16))) for _ in range(RANDOM_STRINGS * 2)]


def assert_same_capital_runs(text: str) -> None:
    if name_runs.GLUED_START.search(text):
        return  # NAME_RUN's text: the compiled scan knows no glued particle
    assert compiled_capital_runs(text, name_runs._PARTICLE_SET, name_runs._VOWELED_SET) == \
        name_runs.python_capital_runs(text), repr(text)


def test_the_capital_runs_scan_is_given_what_it_reads() -> None:
    # _scan.capital_runs reads a particle as two or three letters of a-z and an
    # abbreviation as a capital and up to three letters of a-z.
    assert all(re.fullmatch("[a-z]{2,3}", w) for w in name_runs.PARTICLE_WORDS)
    assert all(re.fullmatch("[A-Z][a-z]{1,3}", w) for w in name_runs.VOWELED)


@needs_compiled
@pytest.mark.parametrize("text", CRAFTED)
def test_compiled_capital_runs_match_the_pattern_on_crafted_text(text: str) -> None:
    assert_same_capital_runs(text)


@needs_compiled
def test_compiled_capital_runs_match_the_pattern_on_random_strings() -> None:
    texts = random_strings() + random_runs_texts() + random_phrases()
    for text in texts:
        assert_same_capital_runs(text)
    # Not vacuous: runs of several words, over particles, "d'" and "of the", and
    # abbreviations are met; glued particles are left to NAME_RUN.
    runs = [run for t in texts if not name_runs.GLUED_START.search(t)
            for run, _, _ in name_runs.python_capital_runs(t)]
    assert sum(" " in run for run in runs) > 3000
    for inside in (" de ", " d'", " d’", " of the ", " & ", "Mr. ", "MM. ", "Gen. ", "U.S."):
        assert sum(inside in run for run in runs) > 8, inside
    assert sum(bool(name_runs.GLUED_START.search(t)) for t in texts) > 100


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_compiled_capital_runs_match_the_pattern_on_real_pages() -> None:
    texts = real_texts()
    assert len(texts) >= 150
    for text in texts:
        assert_same_capital_runs(text)


def assert_same_scans(text: str) -> None:
    assert compiled_lower_words(text) == name_context.python_lower_words(text), repr(text)
    lowered = textdates._lowered(text)
    assert textdates._date_starts(lowered) == textdates.python_date_starts(lowered), repr(text)
    assert marks.sentence_boundaries(text) == marks.python_sentence_boundaries(text), repr(text)
    assert compiled_digit_hits(text) == digit_names.python_digit_hits(text), repr(text)
    for base, limit in ((0, None), (17, None), (3, 0), (0, 1), (5, 7)):
        assert speaker_words.tokens_of(text, base, limit) == \
            speaker_words.python_tokens_of(text, base, limit), repr(text)


def test_the_scans_are_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled scans (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert compiled_lower_words is not None, "setup.py did not build pressclip.facts._scan"
    assert compiled_date_starts is not None
    assert compiled_tokens is not None
    assert compiled_boundaries is not None
    assert compiled_capital_runs is not None
    assert compiled_digit_hits is not None


@needs_compiled
@pytest.mark.parametrize("text", CRAFTED)
def test_compiled_scans_match_their_twins_on_crafted_text(text: str) -> None:
    assert_same_scans(text)


@needs_compiled
def test_compiled_scans_match_their_twins_on_random_strings() -> None:
    texts = random_strings()
    for text in texts:
        assert_same_scans(text)
    # Not vacuous: the strings hold words in lower case and dates' starts.
    assert sum(len(name_context.python_lower_words(t)) for t in texts) > 4000
    assert sum(len(textdates.python_date_starts(textdates._lowered(t))) for t in texts) > 240


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_compiled_scans_match_their_twins_on_real_pages() -> None:
    texts = real_texts()
    assert len(texts) >= 150
    for text in texts:
        assert_same_scans(text)


def plain_date_matches(text: str) -> list[tuple[int, int]]:
    """DATE_PATTERN tried at the start of every run of word characters that is a number or,
    lower-cased, one of FIRST_WORDS (the rule textdates._matches stands for)."""
    out: list[tuple[int, int]] = []
    end = 0
    for word in textdates.WORD.finditer(text):
        token = word.group(0)
        if word.start() < end or not (token[0].isdecimal()
                                      or textdates._lowered(token) in textdates.FIRST_WORDS):
            continue
        m = textdates.DATE_PATTERN.match(text, word.start())
        if m:
            end = m.end()
            out.append(m.span())
    return out


def assert_same_shortcuts(text: str) -> None:
    assert PLAIN_RANKED.findall(text) == entity_cues.RANKED.findall(text), repr(text)
    # _ranks counts no further than _ranked asks, and _ranked searches RANK only in a window
    # with a full stop: where RANK matches, the window has one.
    entity_checks._ranks.cache_clear()
    assert (entity_checks._ranks(text) >= entity_cues.RANKS_IN_TEXT) == \
        (len(entity_cues.RANKED.findall(text)) >= entity_cues.RANKS_IN_TEXT), repr(text)
    for end in range(len(text) + 1) if len(text) < SHORT else \
            (m.start() for m in re.finditer(r"[A-Z]", text)):
        if names.RANK.search(text, max(0, end - 6), end):
            assert text.find(".", max(0, end - 6), end) >= 0, repr(text)
    assert run_spans(PLAIN_MARKS.finditer(text)) == run_spans(marks.MARKS.finditer(text))
    # SCORES_IN_LINE opens at the space after the letter: as many matches, one later each.
    for line in text.split("\n"):
        assert [(a + 1, b) for a, b in run_spans(PLAIN_SCORES.finditer(line))] == \
            run_spans(entity_cues.SCORES_IN_LINE.finditer(line)), repr(line)
    # Paragraphs, as the quote finder asks; in short strings, windows that cut words too.
    windows = paragraph_bounds(text) + [(start, start + 9) for start in range(0, len(text), 7)
                                        if len(text) < SHORT]
    for start, end in windows:
        assert bool(PLAIN_CODE.search(text, start, end)) == any(
            p.search(text, start, end) for p in quotes.CODE_PARTS), repr(text)
    for word in text.split():
        assert word.endswith(name_context.DEMONYM_ENDINGS) == \
            bool(name_context.DEMONYM.search(word))
        if word.isalpha() and word[0] not in "IVXLC":
            assert entity_cues.NOT_A_NAME_WORD.search(word) is None, repr(word)
    assert [m.span() for m in textdates._matches(text)] == plain_date_matches(text), repr(text)


@pytest.mark.parametrize("text", CRAFTED)
def test_shortcuts_match_the_plain_rules_on_crafted_text(text: str) -> None:
    assert_same_shortcuts(text)


def test_shortcuts_match_the_plain_rules_on_random_strings() -> None:
    texts = random_strings()
    for text in texts:
        assert_same_shortcuts(text)
    # Not vacuous: ranks, script, dates and nationality words are met.
    assert sum(bool(PLAIN_CODE.search(t)) for t in texts) > 120
    assert sum(len(PLAIN_RANKED.findall(t)) for t in texts) > 20
    assert sum(len(PLAIN_SCORES.findall(t)) for t in texts) > 3
    assert sum(len(plain_date_matches(t)) for t in texts) > 15


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_shortcuts_match_the_plain_rules_on_real_pages() -> None:
    texts = real_texts()
    for text in texts:
        assert_same_shortcuts(text)
    assert sum(len(plain_date_matches(t)) for t in texts) > 100
    assert sum(len(PLAIN_SCORES.findall(t)) for t in texts) > 100


def plain_canonical_names(mentions: list[names.Mention], text: str) -> dict[str, str]:
    """names.canonical_names as written before it read each person's name once."""
    fullest: dict[str, str] = {}
    for m in mentions:
        if m.type != "person":
            continue
        key = name_forms._fold(m.text.split()[-1])
        best = fullest.get(key)
        if best is None:
            fullest[key] = m.text
            continue
        length, best_length = len(m.text.split()), len(best.split())
        if length > best_length or (length == best_length and
                                    name_forms._accents(m.text) > name_forms._accents(best)):
            fullest[key] = m.text
    out = {}
    spelled = {}
    for m in mentions:
        if m.type != "organization":
            continue
        if " " in m.text:
            if m.text.count(" ") > 1:
                spelled[name_forms._initials(m.text)] = m.text
        elif sum(map(str.isupper, m.text)) > 2 and not name_forms._is_acronym(m.text):
            spelled[name_forms._initials(m.text)] = m.text
    for before, m in zip(mentions, mentions[1:], strict=False):
        if name_forms._is_acronym(m.text) and before.type == "organization" and " " in before.text \
                and text[before.end:m.start] == " (" and text[m.end:m.end + 1] == ")":
            spelled.setdefault(m.text, before.text)
    for m in mentions:
        if m.type == "organization" and name_forms._is_acronym(m.text) and m.text in spelled:
            out[m.text] = spelled[m.text]
    for m in mentions:
        if m.type != "person":
            continue
        full = fullest[name_forms._fold(m.text.split()[-1])]
        if full == m.text and " " not in m.text and m.titled:
            firsts = {f for f in fullest.values() if f.split()[0] == m.text and " " in f}
            full = firsts.pop() if len(firsts) == 1 else full
        folded = name_forms._fold(m.text)
        out[m.text] = full if " " not in m.text or name_forms._fold(full) == folded or \
            name_forms._fold(full).endswith(" " + folded) else m.text
    return out


# Names whose canonical forms compete: several people of one surname, accents, titles
# before first names, acronyms, the same name titled and not.
NAME_POOL = ["Smith", "John Smith", "Jane Smith", "J. Smith", "Rémy Dubois", "Remy Dubois",
             "Dubois", "Mary", "Dame Mary Beard", "Mary Beard", "Beard", "Le Pen",
             "Marine Le Pen", "Pen", "BECTA", "Ian", "Sir Ian Botham", "Ian Botham", "Dupont"]
ORGANISATIONS = ["British Educational Communications Technology Agency", "BECTA", "GSK",
                 "GlaxoSmithKline", "Acme"]


def test_canonical_names_match_the_plain_rule_on_random_mentions() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        mentions = []
        for start in range(0, 40 * rng.randint(1, 12), 40):
            kind = rng.choice(["person", "person", "organization", "place"])
            name = rng.choice(NAME_POOL if kind == "person" else ORGANISATIONS)
            mentions.append(names.Mention(name, start, start + len(name), kind,
                                          rng.random() < 0.3, False))
        assert names.canonical_names(mentions, "") == plain_canonical_names(mentions, "")


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_canonical_names_match_the_plain_rule_on_real_pages() -> None:
    for text in real_texts():
        mentions = names.find_mentions(text)
        assert names.canonical_names(mentions, text) == plain_canonical_names(mentions, text)


def assert_patterns_before_need_their_last_words(text: str) -> None:
    for pos in range(len(text) + 1):
        tail = text[max(0, pos - entity_types.BEFORE_CHARS):pos].rstrip()
        for pattern, window, last in (
                (entity_types.PLACE_OF, 30, entity_types.PLACE_OF_LAST),
                (entity_cues.MATCH_BEFORE, 40, entity_cues.MATCH_LAST),
                (entity_types.SCORECARD_BEFORE, 12, entity_types.SCORECARD_LAST)):
            if pattern.search(text, max(0, pos - window), pos):
                assert tail.endswith(last), (pattern.pattern, text[:pos])
        if entity_checks._titled_particle(text, pos):
            assert tail[-3:].lower().replace("’", "'").endswith(entity_types.PARTICLES_BEFORE)


def test_patterns_matched_only_after_a_comma_open_with_one() -> None:
    for pattern in (entity_types.APPOSED, entity_cues.PLACE_AFTER, names.AGE,
                    name_context.APPOSITION):
        assert pattern.pattern.startswith(","), pattern.pattern


def random_phrases() -> list[str]:
    """PIECES as words, between spaces, line breaks and commas."""
    rng = random.Random(41)
    return ["".join(rng.choice(PIECES) + rng.choice([" ", " ", "  ", "\n", ", ", "\u00a0"])
                    for _ in range(rng.randint(1, 12))) for _ in range(1500)]


def test_patterns_before_a_name_need_their_last_words_on_random_strings() -> None:
    texts = random_phrases()
    for text in texts:
        assert_patterns_before_need_their_last_words(text)
    # Not vacuous: each pattern is met.
    for pattern, window in ((entity_types.PLACE_OF, 30), (entity_cues.MATCH_BEFORE, 40),
                            (entity_types.SCORECARD_BEFORE, 12)):
        assert sum(bool(pattern.search(t, max(0, pos - window), pos))
                   for t in texts for pos in range(len(t) + 1)) > 20, pattern.pattern


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_patterns_before_a_name_need_their_last_words_on_real_pages() -> None:
    for text in real_texts()[:40]:
        assert_patterns_before_need_their_last_words(text)


def plain_sentence_boundaries(text: str) -> list[int]:
    """marks.sentence_boundaries as written before it skipped the look at long words."""
    out = []
    for m in marks.SENTENCE_END.finditer(text):
        if text[m.start()] == ".":
            word = marks.WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            if word and (word.group(1) in marks.ABBREVIATIONS
                         or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
        out.append(m.end())
    out.extend(m.end() for m in marks.LINE_BREAK.finditer(text))
    return sorted(set(out))


def test_sentence_boundaries_match_the_plain_rule() -> None:
    texts = random_phrases() + random_strings() + CRAFTED
    if datasets.available():
        texts += real_texts()
    for text in texts:
        assert marks.python_sentence_boundaries(text) == plain_sentence_boundaries(text)
        assert marks.sentence_boundaries(text) == plain_sentence_boundaries(text), repr(text)


def test_lead_words_follow_letters_cover_what_the_pattern_takes() -> None:
    # Every character that DATE_PATTERN (IGNORECASE) takes for the first letter of a month,
    # a weekday or "mois" is, lower-cased as the candidate scan reads it, among the letters
    # a lead word needs after it ("ſ" for "s", "S" for "s" ...).
    initials = {w[0] for w in textdates.MONTHS} | {w[0] for w in textdates.WEEKDAYS} | {"m"}
    taken = re.compile(f"[{''.join(sorted(initials))}]", re.IGNORECASE)
    follow = set("".join(f for f in textdates.LEADS.values() if f != "-"))
    for code in range(0x30000):
        if taken.fullmatch(chr(code)):
            assert textdates._lowered(chr(code)) in follow, hex(code)


def test_date_matches_match_the_plain_rule_on_random_phrases() -> None:
    texts = random_phrases()
    for text in texts:
        assert [m.span() for m in textdates._matches(text)] == plain_date_matches(text)
        lowered = textdates._lowered(text)
        assert textdates._date_starts(lowered) == textdates.python_date_starts(lowered)
    assert sum(len(plain_date_matches(t)) for t in texts) > 50


def plain_date_pattern() -> re.Pattern:
    """DATE_PATTERN with its names as flat lists (months and relative days longest first),
    as written before they became prefix trees."""
    pattern = textdates.DATE_PATTERN.pattern
    for tree, words in ((textdates._MONTH, textdates.MONTHS),
                        (textdates._WEEKDAY, textdates.WEEKDAYS),
                        (textdates._RELATIVE, textdates.RELATIVE_DAYS)):
        assert tree in pattern
        pattern = pattern.replace(tree, "|".join(sorted(map(re.escape, words), key=len,
                                                        reverse=True)))
    return re.compile(pattern, textdates.DATE_PATTERN.flags)


def date_findings(pattern: re.Pattern, text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def dated_phrases() -> list[str]:
    """Every name of a month, weekday and relative day, in three cases, after and before
    numbers, leads and the names that share their first letters."""
    rng = random.Random(23)
    names_ = [*textdates.MONTHS, *textdates.WEEKDAYS, *textdates.RELATIVE_DAYS]
    pieces = [*names_, *(n.upper() for n in names_), *(n.title() for n in names_), "3", "1er",
              "31st", "2024", "de l'an", "in", "en", "on", "last", "prochain", "dernier",
              "mi-", "début", "au mois de", "sep", "jan", "ma", "ao", "x", "-", ",", "."]
    return ["".join(rng.choice(pieces) + rng.choice([" ", " ", "", "\n", ", "])
                    for _ in range(rng.randint(1, 10))) for _ in range(3000)]


def test_date_pattern_matches_its_flat_form() -> None:
    # The names as prefix trees find the same dates, with the same groups, as the lists.
    plain = plain_date_pattern()
    texts = dated_phrases() + random_phrases() + CRAFTED
    found = 0
    for text in texts:
        expected = date_findings(plain, text)
        assert date_findings(textdates.DATE_PATTERN, text) == expected, repr(text)
        found += len(expected)
    assert found > 2000


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_date_pattern_matches_its_flat_form_on_real_pages() -> None:
    plain = plain_date_pattern()
    found = 0
    for text in real_texts()[:60]:
        expected = date_findings(plain, text)
        assert date_findings(textdates.DATE_PATTERN, text) == expected
        found += len(expected)
    assert found > 50


def test_leading_reading_is_most_commons_first() -> None:
    """entity_types._leading stands for Counter.most_common(1): ties go to the reading
    voted first, and no vote gives no reading."""
    rng = random.Random(11)
    kinds = ["person", "organization", "place"]
    assert entity_types._leading(Counter()) is None
    for _ in range(500):
        vote: Counter[str] = Counter()
        for _ in range(rng.randrange(1, 6)):
            vote[rng.choice(kinds)] += rng.choice([0, 1, 2, 3])
        assert entity_types._leading(vote) == vote.most_common(1)[0][0], vote

