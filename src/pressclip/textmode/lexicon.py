"""Words that are page furniture on many sites, learnt from the train split.

A newsletter box, a cookie notice, a "read more" or a share bar is written in much the same
words on every site that has one, in any language. What the line model sees of a line
(length, punctuation, place in the page) cannot tell a sign-up call written as a sentence
from a sentence of the article; its words can. The lexicon gives each word a weight: how
many more train sites have it in lines outside the gold article than in lines of it
(log-odds over sites, so one site's template counts once, however many pages it has). Only
words seen on LEXICON_MIN_SITES sites or more are kept: a word of one site's menu says
nothing of another site. Nothing here is typed by hand; training/train_textmode.py learns the
weights (out of fold by site for the lines the trees learn from) and ships them in the
model file.

A line's columns: the mean weight of its words (unknown words weigh 0) and the mean weight
of the words of the lines around it (a sign-up box is a run of such lines). Scripts written
without spaces are read as pairs of letters, not as one "word" a clause long.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import repeat

import numpy as np

from ..chars import WORD, code_points
from .features import _FLAGS, _NEWLINE, _WIDE, _WIDE_RANGES, _words, fold, window_means

# Keep a word seen on this many train sites or more (in gold or in furniture lines).
LEXICON_MIN_SITES = 4
# Weights are log-odds clipped to this magnitude, and kept only from this magnitude up (a word
# as common in articles as in furniture says nothing).
LEXICON_MAX_WEIGHT = 3.0
LEXICON_MIN_WEIGHT = 0.25
# Lines each side over which the line's mean weight is averaged too.
LEXICON_WINDOWS = (1, 3)
LEXICON_NAMES = ("lexicon",) + tuple(f"lexicon_w{w}" for w in LEXICON_WINDOWS)

_WORD = re.compile(r"\w+")
_WIDE_CLASS = "".join(f"{chr(first)}-{chr(last)}" for first, last in _WIDE_RANGES)
_WIDE_RUN = re.compile(f"[{_WIDE_CLASS}]+")


def units(line: str) -> list[str]:
    """The line's words, lower-cased; a run of letters of a script without spaces gives its
    pairs of letters (a lone letter itself)."""
    words = _WORD.findall(line.lower())
    if line.isascii():
        return words
    out: list[str] = []
    for word in words:
        if word.isascii() or not _WIDE_RUN.search(word):
            out.append(word)
            continue
        at = 0
        for run in _WIDE_RUN.finditer(word):
            if run.start() > at:
                out.append(word[at:run.start()])
            letters = run.group()
            out += ([letters] if len(letters) == 1
                    else [letters[k:k + 2] for k in range(len(letters) - 1)])
            at = run.end()
        if at < len(word):
            out.append(word[at:])
    return out


def learn(pages: Iterable[tuple[str, list[str], np.ndarray]]) -> dict[str, float]:
    """Weights from (site, lines, gold labels per line) of train pages: per word, the
    log-odds of the sites that have it outside the article against those that have it in
    the article."""
    furniture: dict[str, set[str]] = {}
    article: dict[str, set[str]] = {}
    for site, lines, gold in pages:
        for line, label in zip(lines, gold, strict=True):
            side = article if label else furniture
            for unit in set(units(line)):
                side.setdefault(unit, set()).add(site)
    out_sites = Counter({unit: len(sites) for unit, sites in furniture.items()})
    in_sites = Counter({unit: len(sites) for unit, sites in article.items()})
    weights = {}
    for unit in out_sites.keys() | in_sites.keys():
        f, g = out_sites[unit], in_sites[unit]
        if f + g < LEXICON_MIN_SITES:
            continue
        weight = max(-LEXICON_MAX_WEIGHT, min(LEXICON_MAX_WEIGHT, math.log((f + 1) / (g + 1))))
        if abs(weight) >= LEXICON_MIN_WEIGHT:
            weights[unit] = round(weight, 3)
    return dict(sorted(weights.items()))


def columns(lines: list[str], weights: Mapping[str, float]) -> np.ndarray:
    """One row of LEXICON_NAMES per line: the mean weight of the line's words, then of the
    words of the lines around it, each word counted once (a label of two words between
    paragraphs, "Article content", weighs two words, not a paragraph's worth)."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(LEXICON_NAMES)))
    sums, counts = _sums(lines, weights)
    means = [sums / np.maximum(counts, 1)]
    for total, words in zip(window_means(sums, LEXICON_WINDOWS),
                            window_means(counts, LEXICON_WINDOWS), strict=True):
        means.append(total / np.maximum(words, 1e-9))
    return np.column_stack(means)


def _sums(lines: list[str], weights: Mapping[str, float]) -> tuple[np.ndarray, np.ndarray]:
    """Per line, the sum of its words' weights and how many words it has (`units`)."""
    n = len(lines)
    get = weights.get
    codes = code_points("\n".join(lines))
    if (len(codes) == 0 or codes.max() <= 0xFFFF) and not _WIDE[codes].any():
        # No letter of a script without spaces and none outside the Basic Multilingual
        # Plane: the page's words are its runs of word characters (the line matrix's
        # code-point table: re's \w), lower-cased (features.fold), unless a letter's lower
        # case is longer than it (then the lines are read one by one, below). Each distinct
        # word is looked up once (features' word numbering, compiled).
        word = (_FLAGS[codes] & WORD).astype(bool)
        newline = codes == _NEWLINE
        folded = fold(codes, word, newline)
        if len(folded) == len(codes):
            numbers, _, ids = _words(folded)
            starts = word.copy()
            starts[1:] &= ~word[:-1]
            line = np.cumsum(newline)[starts]  # the line of each word, in page order
            weight = _word_weights(numbers, weights)[ids]
            return (np.bincount(line, weights=weight, minlength=n),
                    np.bincount(line, minlength=n).astype(np.float64))
    sums = np.zeros(n)
    counts = np.zeros(n)
    for i, line_text in enumerate(lines):
        found = units(line_text)
        if found:
            sums[i] = sum(map(get, found, repeat(0.0)))
            counts[i] = len(found)
    return sums, counts


def python_word_weights(numbers: dict[str, int], weights: Mapping[str, float]) -> np.ndarray:
    """The weight of each word of `numbers` (word -> number, numbered in insertion order),
    unknown words 0, in number order. _text.word_weights is the compiled twin."""
    return np.fromiter(map(weights.get, numbers, repeat(0.0)), dtype=np.float64,
                       count=len(numbers))


try:
    from ._text import word_weights as _compiled_word_weights
except ImportError:  # installed without a C compiler: the Python twin gives the same
    _compiled_word_weights = None


def _word_weights(numbers: dict[str, int], weights: Mapping[str, float]) -> np.ndarray:
    if _compiled_word_weights is not None and type(numbers) is dict and type(weights) is dict:
        return _compiled_word_weights(numbers, weights)
    return python_word_weights(numbers, weights)
