"""What a line looks like, and what its neighbourhood looks like, as one row of numbers.

Only the characters of the normalised line count (never indentation or blank lines, which
belong to the flattener). Article prose is long, ends sentences, is full of the page
language's function words and comes in runs; menus, counters, ads and link lists are short,
capitalised, unpunctuated, repeated and come in runs of their own. The neighbourhood columns
(window means of a few columns) let one model see both the line and the run it sits in.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from ..stopwords import ALL_FUNCTION_WORDS, FUNCTION_WORDS

_WORD = re.compile(r"\w+")
# Counted with str.count, one character at a time: far cheaper than a regex per line.
_SENTENCE_PUNCT = ".!?;。！？"
_COMMAS = ",，、"
# Closing quotes and brackets may follow the final full stop of a sentence.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
# Separators of menus, breadcrumbs and link lists.
_MENU_MARKS = "|»›«‹·•/>→←"
# Pieces of addresses and legal lines (looked for in the lower-cased line).
_LINK_LIKE = re.compile(r"http|www\.|@|\.com|\.org|\.net|©")
# A line of at most this many tokens counts as short (menus, counters, buttons).
SHORT_TOKENS = 6
# Windows (lines each side) over which neighbourhood means are taken.
WINDOWS = (1, 3, 8)
# Columns whose neighbourhood means are added.
CONTEXT_COLUMNS = ("log_tokens", "sentence_end", "function_ratio", "short", "long")
LONG_TOKENS = 20

OWN_COLUMNS = (
    "log_chars",
    "log_tokens",
    "mean_token_len",
    "word_char_share",
    "numeric_token_share",
    "title_case_share",
    "upper_share",
    "sentence_end",
    "colon_end",
    "sentence_punct_rate",
    "comma_rate",
    "function_ratio",
    "function_ratio_any",
    "menu_marks",
    "link_like",
    "repeats",
    "position",
    "chars_before",
    "short_run",
    "starts_upper",
    "starts_digit",
    "relative_length",
    "short",
    "long",
)
PAGE_COLUMNS = ("page_log_lines", "page_long_share", "page_log_chars")


def _context_names() -> tuple[str, ...]:
    suffixes = ["prev", "next"] + [f"w{w}" for w in WINDOWS]
    return tuple(f"{col}_{suffix}" for suffix in suffixes for col in CONTEXT_COLUMNS)


FEATURE_NAMES = OWN_COLUMNS + PAGE_COLUMNS + _context_names()


def page_language(token_lists: list[list[str]]) -> str | None:
    """The function-word list that matches most tokens of the page (a cheap language guess)."""
    counts: Counter[str] = Counter()
    for toks in token_lists:
        counts.update(toks)
    best, best_hits = None, 0
    for lang, words in FUNCTION_WORDS.items():
        hits = sum(counts[w] for w in words)
        if hits > best_hits:
            best, best_hits = lang, hits
    return best


def _window_means(cols: np.ndarray, w: int) -> np.ndarray:
    # Column means over lines i-w..i+w, shrunk at the page edges (cumulative sums: linear).
    n = len(cols)
    cs = np.vstack((np.zeros((1, cols.shape[1])), np.cumsum(cols, axis=0)))
    idx = np.arange(n)
    lo = np.maximum(idx - w, 0)
    hi = np.minimum(idx + w + 1, n)
    return (cs[hi] - cs[lo]) / (hi - lo)[:, None]


def _short_runs(short: np.ndarray) -> np.ndarray:
    # For each line, the length of the run of short lines it belongs to (0 if it is long).
    runs = np.zeros(len(short))
    start = 0
    n = len(short)
    while start < n:
        if not short[start]:
            start += 1
            continue
        end = start
        while end < n and short[end]:
            end += 1
        runs[start:end] = end - start
        start = end
    return runs


def line_matrix(lines: list[str]) -> np.ndarray:
    """One row of FEATURE_NAMES per line."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    raw_tokens = [_WORD.findall(line) for line in lines]
    # Joining, lower-casing and splitting are C string methods: cheaper than a second regex.
    lowered = [" ".join(toks).lower().split() for toks in raw_tokens]
    lang = page_language(lowered)
    words = FUNCTION_WORDS.get(lang, frozenset())
    line_counts = Counter(lines)
    total_chars = sum(len(line) for line in lines)
    max_chars = max(len(line) for line in lines)
    rows = []
    chars_before = 0
    for i, line in enumerate(lines):
        toks = lowered[i]
        n_chars = len(line)
        n_tok = len(toks) or 1
        raw_toks = raw_tokens[i]
        word_chars = sum(map(len, raw_toks))
        numeric = sum(map(str.isdigit, raw_toks))
        first = line[0]
        rows.append((
            math.log1p(n_chars),
            math.log1p(len(toks)),
            word_chars / n_tok,
            word_chars / n_chars,
            numeric / n_tok,
            sum(map(str.istitle, raw_toks)) / n_tok,
            sum(map(str.isupper, raw_toks)) / n_tok,
            1.0 if _SENTENCE_END.search(line) else 0.0,
            1.0 if line.endswith(":") else 0.0,
            sum(map(line.count, _SENTENCE_PUNCT)) / n_tok,
            sum(map(line.count, _COMMAS)) / n_tok,
            sum(map(words.__contains__, toks)) / n_tok,
            sum(map(ALL_FUNCTION_WORDS.__contains__, toks)) / n_tok,
            sum(map(line.count, _MENU_MARKS)) / n_tok,
            1.0 if _LINK_LIKE.search(line.lower()) else 0.0,
            math.log(line_counts[line]),
            i / n,
            chars_before / total_chars,
            0.0,  # short_run, filled below
            1.0 if first.isupper() else 0.0,
            1.0 if first.isdigit() else 0.0,
            n_chars / max_chars,
            1.0 if len(toks) <= SHORT_TOKENS else 0.0,
            1.0 if len(toks) >= LONG_TOKENS else 0.0,
        ))
        chars_before += n_chars
    own = np.array(rows)
    col = {name: own[:, j] for j, name in enumerate(OWN_COLUMNS)}
    own[:, OWN_COLUMNS.index("short_run")] = np.log1p(_short_runs(col["short"] > 0))
    page = np.array(
        [math.log1p(n), float(col["long"].mean()), math.log1p(total_chars)]
    )
    base = own[:, [OWN_COLUMNS.index(name) for name in CONTEXT_COLUMNS]]
    zero = np.zeros((1, base.shape[1]))
    prev = np.vstack((zero, base[:-1]))
    nxt = np.vstack((base[1:], zero))
    parts = [prev, nxt] + [_window_means(base, w) for w in WINDOWS]
    return np.hstack((own, np.tile(page, (n, 1)), *parts))
