"""The runs of capitalised words that may be names, and their compiled twin.

A run is capitalised words with the particles names carry (de, van, bin ...), abbreviations
and initials with their full stops; facts/names.py cuts and types them.
"""

from __future__ import annotations

import re

from .digit_names import digit_names, uses_of
from .lexicon import ORG_WORDS, TITLES

# The capitals of Latin-1 and Latin Extended-A (U+0100-U+017F: Central European, Baltic,
# Turkish and Maltese names written in English and French text: "Škoda", "Łódź", "ČTK").
LATIN_EXTENDED_CAPITALS = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
UPPER = f"A-ZÀ-ÖØ-Þ{LATIN_EXTENDED_CAPITALS}"
# Abbreviations and initials keep their full stop ("Sgt.", "E.", "U.S."); other words never
# do: "Kiev." ends its sentence and is not glued to the next one. An abbreviation is an
# initial, letters and full stops ("U.N."), a capital and one or two consonants ("Mr.",
# "Sgt.", "Ltd."; not "Alps.") or one of the titles and company words with vowels that
# the lexicon writes with a full stop ("Gen.", "Corp."), and "MM." (messieurs).
# "C'est", "Qu'il", "J'ai" are elided function words, not names.
ELIDED_LETTERS = "CDJLMNSTQ"
ELIDED_REST = r"u?['’][a-zà-ÿ]"
NOT_ELIDED = rf"(?![{ELIDED_LETTERS}]{ELIDED_REST})"
# "al-Nour", "el-Sissi", "ben-Gourion": a lowercase particle glued to a capitalised name.
GLUED_WORDS = ("al", "el", "ad", "ash", "as", "at", "an", "ar", "az", "ben", "bin", "ibn", "abu",
               "ould")
GLUED_PARTICLE = rf"(?:{'|'.join(GLUED_WORDS)})-"
# Accents typed as combining marks ("Re\u0301my") are inside the word, not after it.
COMBINING = "\u0300-\u036f"
CONSONANTS = "b-df-hj-np-tv-xz"
# A capital right after a digit or a letter is inside a word ("4G", "iPhone"), not a name.
VOWELED = sorted(w[0].upper() + w[1:-1] for w in TITLES | ORG_WORDS
                 if w.endswith(".") and len(w) <= 5 and re.search("[aeiouy]", w[1:]))
VOWELED_ABBREVIATIONS = "|".join(VOWELED)
# An initial keeps its full stop before a comma too ("Karim B., imam"): no sentence ends
# there.
ABBREVIATION = (rf"(?:[{UPPER}]\.(?:[{UPPER}]\.)+(?!\w)|[{UPPER}]\.(?=,)"
                rf"|(?:[{UPPER}]|[{UPPER}][{CONSONANTS}]{{1,2}}|MM|{VOWELED_ABBREVIATIONS})"
                rf"\.(?=[^\S\n]))")
WORD_REST = rf"[\w{COMBINING}’'\-]*"
CAP_WORD = (rf"(?:(?<!\w){NOT_ELIDED}{ABBREVIATION}"
            rf"|(?:(?<!\w){NOT_ELIDED}|(?<![\w-]){GLUED_PARTICLE})[{UPPER}]{WORD_REST})")
# "of the"/"for the" only join capitalised words ("Movement for the Emancipation of the
# Niger Delta"); a bare "the" does not ("Monday the President").
# "&" joins the names of a firm ("Procter & Gamble", "Marks & Spencer").
PARTICLE_WORDS = ("de", "du", "des", "da", "di", "van", "von", "der", "den", "del", "la", "le",
                  "bin", "ben", "al", "el", "of", "for")
PARTICLE = rf"(?:(?:of|for)[^\S\n]+the|{'|'.join(PARTICLE_WORDS)}|d['’]|&)"
# Each word more of a run opens with a particle's letter, a capital or a glued particle's
# letter: the two lookaheads tell that from one character, so the common end of a run (a
# lowercase word: "Paris said") fails there instead of trying every particle and every
# branch of CAP_WORD (the matches are the same; with the lookahead before an abbreviation's
# rest below, NAME_RUN_AT_CAPITAL's time on the speed texts falls by a quarter).
RUN_REST = (rf"(?:(?=[^\S\n]*[{UPPER}abdefilov&])(?:[^\S\n]+{PARTICLE})*[^\S\n]*"
            rf"(?<=[^\S\n]|['’])(?=[{UPPER}aebio]){CAP_WORD})*")
# The lookahead first: every name starts with a capital or a glued particle's letter, and
# testing that one character spares the engine the whole CAP_WORD at every other position
# (the run finder's time falls by ~40%; the matches are the same).
NAME_RUN = re.compile(rf"(?=[{UPPER}aebio]){CAP_WORD}{RUN_REST}")
# NAME_RUN for a text where no glued particle stands before a capital (GLUED_START finds
# none), which is most texts: then every run opens with a capital, and a pattern that opens
# with a character class is searched by the engine's fast skip to that class (instead of a
# match tried at every position). The capital is taken first, so the conditions CAP_WORD
# puts before it are asked one character later: no word character before it, no elision
# after it ("C'est"), an abbreviation's rest ("r." of "Mr.", "en." of "Gen.") or the
# word's. The run finder's time falls by ~60%; tests/test_facts_scans.py holds the two
# scans to the same runs.
VOWELED_RESTS = "|".join(rf"(?<={w[0]}){w[1:]}" for w in VOWELED)
ABBREVIATION_REST = (rf"(?:\.(?:[{UPPER}]\.)+(?!\w)|\.(?=,)"
                     rf"|(?:[{CONSONANTS}]{{1,2}}|(?<=M)M|{VOWELED_RESTS})?\.(?=[^\S\n]))")
# An abbreviation's rest is at most three letters (lowercase, or the M of "MM.") and its
# full stop: the lookahead before it spares the ten look-behinds of VOWELED_RESTS to every
# word that has no full stop that near.
NAME_RUN_AT_CAPITAL = re.compile(
    rf"[{UPPER}](?<!\w[\s\S])(?!(?<=[{ELIDED_LETTERS}]){ELIDED_REST})"
    rf"(?:(?=[a-zM]{{0,3}}\.){ABBREVIATION_REST}|{WORD_REST}){RUN_REST}")
# A glued particle before a capital, found from the hyphen (a literal the engine skips to),
# its particle read backwards: one look-behind per particle length (look-behinds have a
# fixed width).
GLUED_START = re.compile(
    rf"-[{UPPER}](?:" + "|".join(
        rf"(?<=(?<![\w-])(?:{'|'.join(w for w in GLUED_WORDS if len(w) == n)})-[{UPPER}])"
        for n in sorted({len(w) for w in GLUED_WORDS})) + ")")


def python_capital_runs(text: str) -> list[tuple[str, int, int]]:
    """Each match of NAME_RUN_AT_CAPITAL.finditer(text) as (text, start, end).
    _scan.capital_runs is the compiled twin (given PARTICLE_WORDS and VOWELED)."""
    return [(m.group(), *m.span()) for m in NAME_RUN_AT_CAPITAL.finditer(text)]


try:
    from ._scan import capital_runs as _compiled_capital_runs
except ImportError:  # installed without a C compiler: the twin gives the same runs
    _compiled_capital_runs = None
_PARTICLE_SET = frozenset(PARTICLE_WORDS)
_VOWELED_SET = frozenset(VOWELED)


def name_runs(text: str) -> list[tuple[str, int, int]]:
    """Each match of NAME_RUN.finditer(text) as (text, start, end), by its faster twins
    where the text allows it, with the names led by digits the text shows to be names
    ("3M", "Philadelphia 76ers"; digit_names.py)."""
    runs = capitalised_runs(text)
    led = [word for word in digit_names(text) if word[0].isdigit()]
    return _with_digit_led(text, runs, led) if led else runs


def _with_digit_led(text: str, runs: list[tuple[str, int, int]],
                    led: list[str]) -> list[tuple[str, int, int]]:
    """The runs with each use of these words: a run of its own, or the end of the run it
    follows after a space ("Philadelphia 76ers")."""
    ends = {end: k for k, (_, _, end) in enumerate(runs)}
    out = list(runs)
    for found in uses_of(led).finditer(text):
        k = ends.get(found.start() - 1)
        if k is not None and text[found.start() - 1] == " ":
            _, start, _ = out[k]
            out[k] = (text[start:found.end()], start, found.end())
        else:
            out.append((found.group(), found.start(), found.end()))
    return sorted(out, key=lambda run: run[1])


def capitalised_runs(text: str) -> list[tuple[str, int, int]]:
    """The runs of capitalised words, by NAME_RUN's fastest twin the text allows."""
    if GLUED_START.search(text):
        return [(m.group(), *m.span()) for m in NAME_RUN.finditer(text)]
    if _compiled_capital_runs is None:
        return python_capital_runs(text)
    return _compiled_capital_runs(text, _PARTICLE_SET, _VOWELED_SET)
