"""What a line looks like, and what its neighbourhood looks like, as one row of numbers.

Only the characters of the normalised line count (never indentation or blank lines, which
belong to the flattener). Article prose is long, ends sentences, is full of the page
language's function words and comes in runs; menus, counters, ads and link lists are short,
capitalised, unpunctuated, repeated and come in runs of their own. Comment threads and link
lists are made of one template repeated (the same first and last words: "Posted by … PM",
"… comments"), which prose never is; threads come after the article, so how many marker
lines (a repeated name or date line next to a longer paragraph) lie before a line is a
column of its own. The neighbourhood columns (window means of a few columns) let one model
see both the line and the run it sits in. Other columns place the line in the page as a
whole: whether its words come back in the page's paragraphs (a headline, a subheading or
a caption speaks of the article's subject; related stories and sign-up boxes do not),
whether it lies before the first paragraph or after the last one and how much prose lies
before it, whether it opens with a label ("Photo: …", "Read more: …") and whether it sits
in a run of headline-like lines (a list of related stories). The page's main block of prose
(the long lines chained around the densest window of them) and the headline before it (the
headline-like line there whose words the prose speaks most) place every line: in the block,
how far before or after it, how far from the headline (a byline, a date, a standfirst lie
between headline and block; menus before the headline; related stories after the block).

The page is worked on as a whole, not line by line: one regular-expression pass cuts every
token of the page, characters are classed through a code-point table, and per-line sums are
differences of cumulative sums. That keeps the cost close to a few C passes over the text.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import repeat

import numpy as np

from ..chars import (
    CLOSERS,
    DIGIT,
    FIRST_FREE_BIT,
    SENTENCE_STOPS,
    UPPER,
    WORD,
    code_points,
    make_table,
)
from ..stopwords import ALL_FUNCTION_WORDS, FUNCTION_WORDS

# Every character of the Basic Multilingual Plane classed once (chars.py: word character as
# \\w, upper case, digit), and which punctuation class it is in.
_CHAR_CLASSES = (
    ".!?;。！？",  # sentence punctuation
    ",，、",  # commas
    "|»›«‹·•/>→←",  # separators of menus, breadcrumbs and link lists
)
_N_CLASSES = len(_CHAR_CLASSES) + 1
# Scripts written without spaces between words (Han, kana, Thai, Lao, Tibetan, Myanmar,
# Khmer): a line of them is a few long "tokens" (runs of letters between punctuation), which
# would make a Japanese paragraph as short as a menu. A line's length in tokens is its tokens
# or one for every WIDE_CHARS_PER_TOKEN such letters (about a word's length in these
# scripts), whichever is more: a menu of two-letter items keeps its count.
_WIDE_RANGES = ((0x0E00, 0x0EFF), (0x0F00, 0x0FFF), (0x1000, 0x109F), (0x1780, 0x17FF),
                (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                (0xFF66, 0xFF9F))
WIDE_CHARS_PER_TOKEN = 2
_STOP, _CLOSER = FIRST_FREE_BIT, FIRST_FREE_BIT << 1


def _class_table() -> np.ndarray:
    classes = np.zeros(0x10000, dtype=np.int8)
    for number, members in enumerate(_CHAR_CLASSES, start=1):
        classes[[ord(c) for c in members]] = number
    return classes


def _wide_table() -> np.ndarray:
    wide = np.zeros(0x10000, dtype=bool)
    for first, last in _WIDE_RANGES:
        wide[first:last + 1] = True
    return wide


_FLAGS = make_table({_STOP: SENTENCE_STOPS, _CLOSER: CLOSERS})
_CLASSES = _class_table()
_WIDE = _wide_table()
_NEWLINE, _SPACE = ord("\n"), ord(" ")
# Pieces of addresses and legal lines, looked for in the lower-cased page with str.find (a
# regular expression of alternatives tries each one at every character: far slower).
_LINK_LIKE = ("http", "www.", "@", ".com", ".org", ".net", "©")
_LINK_LIKE_RE = re.compile("|".join(map(re.escape, _LINK_LIKE)), re.IGNORECASE)
# A line of at most this many tokens counts as short (menus, counters, buttons).
SHORT_TOKENS = 6
LONG_TOKENS = 20
# A line whose template (first and last word) comes back this often is templated.
TEMPLATE_MIN_REPEATS = 3
# Windows (lines each side) over which neighbourhood means are taken.
WINDOWS = (1, 3, 8, 20)
# A headline-like line: this many tokens, no sentence end (headlines, related stories,
# teasers, captions without a full stop).
HEADLINE_TOKENS = (4, 16)
# A label ends within the first this many tokens of a line ("Photo: …", "Read more: …").
LABEL_MAX_TOKENS = 3
# The page's main block of prose: long lines around the densest window (DENSE_HALF lines
# each side) of long-line tokens, gaps of up to BLOCK_GAP lines between them closed (a
# subheading, a picture's caption, an ad slot lie between paragraphs of one article).
DENSE_HALF = 10
BLOCK_GAP = 8
# The headline is looked for among this many lines before the main block.
TITLE_WINDOW = 12
# Columns whose neighbourhood means are added.
CONTEXT_COLUMNS = ("log_tokens", "sentence_end", "function_ratio", "short", "long",
                   "templated", "link_like", "head", "marker", "headline_like",
                   "article_vocabulary")

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
    "template_repeats",
    "prefix_repeats",
    "templated",
    "position",
    "chars_before",
    "short_run",
    "long_run",
    "starts_upper",
    "starts_digit",
    "relative_length",
    "tokens_to_median",
    "function_to_page",
    "short",
    "long",
    "head",
    "marker",
    "markers_before",
    "markers_after",
    "marker_share_before",
    "headline_like",
    "headline_run",
    "label",
    "article_vocabulary",
    "long_mass_before",
    "before_first_long",
    "after_last_long",
    "lines_from_first_long",
    "main_block",
    "lines_to_main_block",
    "title_candidate",
    "lines_from_title",
)
PAGE_COLUMNS = ("page_log_lines", "page_long_share", "page_log_chars", "page_templated_share",
                "page_marker_share", "main_block_share")


def _context_names() -> tuple[str, ...]:
    suffixes = ["prev", "next"] + [f"w{w}" for w in WINDOWS]
    return tuple(f"{col}_{suffix}" for suffix in suffixes for col in CONTEXT_COLUMNS)


FEATURE_NAMES = OWN_COLUMNS + PAGE_COLUMNS + _context_names()
_COLUMN = {name: j for j, name in enumerate(OWN_COLUMNS)}


def page_language(numbers: dict[str, int], counts: np.ndarray) -> str | None:
    """The function-word list that matches most tokens of the page (a cheap language guess).
    `numbers` and `counts` as python_words gives them."""
    best, best_hits = None, 0
    for lang, words in FUNCTION_WORDS.items():
        hits = int(counts[list(map(numbers.__getitem__, words & numbers.keys()))].sum())
        if hits > best_hits:
            best, best_hits = lang, hits
    return best


def fold(codes: np.ndarray, word: np.ndarray, newline: np.ndarray) -> str:
    """The page's text lower-cased, every character but word characters and newlines made a
    space (one array operation): its tokens are str.split()'s, parted by spaces and newlines
    only (no word character lower-cases to whitespace)."""
    spaced = np.where(word | newline, codes, _SPACE).astype(np.uint32)
    return spaced.tobytes().decode("utf-32-le", "surrogatepass").lower()


def python_words(folded: str) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """The tokens of `folded` (fold's text): each distinct word numbered in order of first
    appearance, how many times each number occurs (int64), and each token's number (intp).
    _text.words is the compiled twin."""
    tokens = folded.split()
    counts = Counter(tokens)
    numbers = dict(zip(counts, range(len(counts)), strict=True))
    return (numbers, np.fromiter(counts.values(), dtype=np.int64, count=len(counts)),
            np.fromiter(map(numbers.__getitem__, tokens), dtype=np.intp, count=len(tokens)))


def _median(values: np.ndarray) -> float:
    """np.median's value (the mean of the middle two for an even count), without its
    generic machinery, which costs several times the sort on a page's lines."""
    ordered = np.sort(values)
    n = len(ordered)
    return (ordered[(n - 1) // 2] + ordered[n // 2]) / 2


def window_means(cols: np.ndarray, windows: tuple[int, ...]) -> list[np.ndarray]:
    """For each w of `windows`, means over rows i-w..i+w, shrunk at the edges (one
    cumulative sum for all windows: linear)."""
    n = len(cols)
    cs = np.concatenate((np.zeros((1,) + cols.shape[1:]), np.cumsum(cols, axis=0)))
    idx = np.arange(n)
    means = []
    for w in windows:
        lo = np.maximum(idx - w, 0)
        hi = np.minimum(idx + w + 1, n)
        span = (hi - lo).astype(np.float64)
        means.append((cs[hi] - cs[lo]) / (span[:, None] if cols.ndim == 2 else span))
    return means


def _run_lengths(mask: np.ndarray) -> np.ndarray:
    """For each row, the length of the run of True rows it belongs to (0 where False)."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
    starts, ends = edges[::2], edges[1::2]
    out = np.zeros(len(mask))
    out[mask] = np.repeat(ends - starts, ends - starts)
    return out


@cache
def _function_codes(lang: str | None) -> dict[str, int]:
    # 1: a function word of some language; 2: of the page's language.
    codes = dict.fromkeys(ALL_FUNCTION_WORDS, 1)
    codes.update(dict.fromkeys(FUNCTION_WORDS.get(lang, ()), 2))
    return codes


def _link_like_positions(text: str) -> list[int]:
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character whose lower case is longer
        return [m.start() for m in _LINK_LIKE_RE.finditer(text)]
    found = []
    for piece in _LINK_LIKE:
        at = lowered.find(piece)
        while at >= 0:
            found.append(at)
            at = lowered.find(piece, at + 1)
    return found


def _key_counts(keys: list) -> np.ndarray:
    counts = Counter(keys)
    return np.fromiter(map(counts.__getitem__, keys), dtype=np.float64, count=len(keys))


def _code_counts(codes: np.ndarray) -> np.ndarray:
    """For each of `codes` (integers), how many times it occurs: one sort, no Python objects."""
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    new = np.empty(len(ordered), dtype=bool)
    new[:1] = True
    new[1:] = ordered[1:] != ordered[:-1]
    group = np.cumsum(new) - 1
    out = np.empty(len(codes))
    out[order] = np.bincount(group)[group]
    return out


def _line_counts(mask: np.ndarray, line_starts: np.ndarray, line_ends: np.ndarray
                 ) -> np.ndarray:
    """Per line, how many of its characters `mask` holds: differences of one cumulative sum
    (a weighted bincount reads and scatters eight-byte values for every character)."""
    totals = np.zeros(len(mask) + 1, dtype=np.int64)
    np.cumsum(mask, out=totals[1:])
    return (totals[line_ends + 1] - totals[line_starts]).astype(np.float64)


def _sentence_ends(flags: np.ndarray, line_ends: np.ndarray,
                   line_starts: np.ndarray) -> np.ndarray:
    """Whether each line ends a sentence, closers after the final stop allowed: the end of
    every line ending with a closer steps back one character at a time, all lines at once."""
    at = line_ends
    last = flags[at]
    while True:
        closing = ((last & _CLOSER) != 0) & (at > line_starts)
        if not closing.any():
            return (last & _STOP) != 0
        at = at - closing
        last = np.where(closing, flags[at], last)


def _labels(codes: np.ndarray, line_of: np.ndarray, starts: np.ndarray, bounds: np.ndarray,
            n_tok: np.ndarray, n: int) -> np.ndarray:
    """Whether a line opens with a label: a colon after its first LABEL_MAX_TOKENS tokens
    at most, with more text after it ("Photo: …", "Read more: …", "Lire aussi : …")."""
    colons = np.flatnonzero(codes == ord(":"))
    out = np.zeros(n)
    if len(colons) == 0:
        return out
    rows = line_of[colons]
    # Tokens of the line before the colon, and whether the line goes on after it.
    before = np.searchsorted(starts, colons) - bounds[rows]
    after = n_tok[rows] - before
    hit = (before >= 1) & (before <= LABEL_MAX_TOKENS) & (after >= 1)
    out[rows[hit]] = 1.0
    return out


def _article_vocabulary(ids: np.ndarray, numeric: np.ndarray, function: np.ndarray,
                        token_line: np.ndarray, long: np.ndarray, n: int) -> np.ndarray:
    """Per line, the share of its content words (no function words, no numbers) that occur
    in a long line other than itself: how much it speaks of what the page's prose says.
    `ids`: each token's word number; `numeric`: per word number, whether it is a number."""
    n_words = len(numeric)
    content = (function == 0) & ~numeric[ids]
    ids, rows = ids[content], token_line[content]
    if len(ids) == 0:
        return np.zeros(n)
    # How many long lines hold each word, each line counted once.
    pairs = _distinct(ids * n + rows)
    pair_ids, pair_rows = pairs // n, pairs % n
    in_long = np.bincount(pair_ids[long[pair_rows]], minlength=n_words)
    found = (in_long[ids] - long[rows]) > 0
    return (np.bincount(rows, weights=found, minlength=n)
            / np.maximum(np.bincount(rows, minlength=n), 1))


def _distinct(values: np.ndarray) -> np.ndarray:
    """np.unique's values: a sort and a mask, many times faster than np.unique (numpy 2.4
    hashes first, then sorts anyway)."""
    ordered = np.sort(values)
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def _main_block(long_tokens: np.ndarray, long_rows: np.ndarray, n: int
                ) -> tuple[int, int, float]:
    """First and last line of the main block of prose and its share of the page's long-line
    tokens: the long lines chained (gaps of up to BLOCK_GAP lines) to the one nearest the
    centre of the densest window of long-line tokens. (n, -1, 0) on a page without one."""
    if len(long_rows) == 0:
        return n, -1, 0.0
    cs = np.concatenate(([0], np.cumsum(long_tokens)))
    idx = np.arange(n)
    window = cs[np.minimum(idx + DENSE_HALF + 1, n)] - cs[np.maximum(idx - DENSE_HALF, 0)]
    centre = int(np.argmax(window))
    k = int(np.argmin(np.abs(long_rows - centre)))
    # Chains of long lines: a new chain starts where the gap exceeds BLOCK_GAP.
    chain = np.concatenate(([0], np.cumsum(np.diff(long_rows) > BLOCK_GAP)))
    members = long_rows[chain == chain[k]]
    start, end = int(members[0]), int(members[-1])
    share = float(long_tokens[start:end + 1].sum() / max(long_tokens.sum(), 1))
    return start, end, share


def _title_candidate(headline_like: np.ndarray, vocabulary: np.ndarray, start: int
                     ) -> int | None:
    """The headline-like line of the TITLE_WINDOW lines before `start` whose words come back
    most in the prose (the nearest on a tie), if any has some."""
    lo = max(start - TITLE_WINDOW, 0)
    if start <= lo:
        return None
    scores = np.where(headline_like[lo:start], vocabulary[lo:start], 0.0)
    best = len(scores) - 1 - int(np.argmax(scores[::-1]))
    return lo + best if scores[best] > 0 else None


def python_line_matrix(lines: list[str]) -> np.ndarray:
    """One row of FEATURE_NAMES per line (lines: normalised, each with a word character).
    _linefeatures.line_matrix is the compiled twin, bit for bit."""
    n = len(lines)
    if n == 0:
        return np.zeros((0, len(FEATURE_NAMES)))
    joined = "\n".join(lines)
    codes = code_points(joined)
    bmp = np.minimum(codes, 0xFFFF)
    flags = _FLAGS[bmp]
    newline = codes == _NEWLINE
    line_of = np.cumsum(newline)
    word = (flags & WORD).astype(bool)
    token_start = word.copy()
    token_start[1:] &= ~word[:-1]
    starts = np.flatnonzero(token_start)
    token_line = line_of[starts]
    n_tok = np.bincount(token_line, minlength=n)
    tok = np.maximum(n_tok, 1).astype(np.float64)
    n_chars = np.fromiter(map(len, lines), dtype=np.float64, count=n)
    line_starts = np.concatenate(([0], np.cumsum(n_chars[:-1] + 1))).astype(np.int64)
    line_ends = line_starts + n_chars.astype(np.int64) - 1
    word_chars = _line_counts(word, line_starts, line_ends)
    # A line's length in tokens (`size`): its tokens, or one for every
    # WIDE_CHARS_PER_TOKEN letters of a script without spaces where that is more. Shares of
    # tokens (function words, capitals, numbers) stay per token.
    wide = _line_counts(word & _WIDE[bmp], line_starts, line_ends).astype(np.int64)
    size = np.maximum(n_tok, wide // WIDE_CHARS_PER_TOKEN)
    first_flags = flags[starts]

    def share(token_values: np.ndarray) -> np.ndarray:
        return np.bincount(token_line, weights=token_values, minlength=n) / tok

    folded = fold(codes, word, newline)
    # Words numbered once each; what is known of a word is worked out once per word, then
    # spread to its tokens.
    ids_of, word_counts, ids = _words(folded)
    lang = page_language(ids_of, word_counts)
    n_words = len(ids_of)
    numeric = np.fromiter(map(str.isdigit, ids_of), dtype=bool, count=n_words)
    function = np.fromiter(map(_function_codes(lang).get, ids_of, repeat(0)),
                           dtype=np.int8, count=n_words)[ids]
    # Punctuation is rare: counted where it is, not over every character.
    classes = _CLASSES[bmp]
    marked = np.flatnonzero(classes)
    class_counts = np.bincount(line_of[marked] * _N_CLASSES + classes[marked],
                               minlength=n * _N_CLASSES).reshape(n, _N_CLASSES)
    link_like = np.zeros(n)
    hits = _link_like_positions(joined)
    if hits:
        link_like[np.searchsorted(line_starts, hits, side="right") - 1] = 1.0

    # A line's template: its first and last tokens (first two for the prefix), numbers
    # folded to one so that lines differing only in them (dates, counts) match.
    # Tokens are word numbers here: numbers share one (n_words), and a missing token ("" as
    # a line without one has, and the first line's last token) is one more (n_words + 1),
    # read from a slot after the last token. A line's first token is token bounds[i]; its
    # last, token bounds[i + 1] - 1, which for a line without tokens is the last token of
    # the line before.
    bounds = np.concatenate(([0], np.cumsum(n_tok)))
    n_tokens = len(ids)
    folded_ids = np.append(np.where(numeric, n_words, np.arange(n_words))[ids], n_words + 1)
    heads, tails = bounds[:-1], bounds[1:]
    first_tok = folded_ids[np.where(n_tok > 0, heads, n_tokens)]
    last_tok = folded_ids[np.where(tails > 0, tails - 1, n_tokens)]
    second_tok = folded_ids[np.where(n_tok > 2, heads + 1, n_tokens)]
    span = n_words + 2
    templates = _code_counts(first_tok * span + last_tok)
    # Lines of two tokens or fewer have no prefix: each its own (negative) code.
    prefixes = _code_counts(np.where(n_tok > 2, first_tok * span + second_tok,
                                     -1 - np.arange(n)))
    repeats = _key_counts(lines)
    short = size <= SHORT_TOKENS
    long = size >= LONG_TOKENS
    templated = (np.maximum(templates, np.where(n_tok > 2, prefixes, 0))
                 >= TEMPLATE_MIN_REPEATS)
    log_tokens = np.log1p(size)
    function_ratio = share(function == 2)
    weights = n_tok / max(n_tok.sum(), 1)
    line_first = _FLAGS[bmp[np.minimum(line_starts, len(bmp) - 1)]]

    # The whole row is filled in place: the own columns are a view of it.
    out = np.empty((n, len(FEATURE_NAMES)))
    own = out[:, :len(OWN_COLUMNS)]
    own[:, _COLUMN["log_chars"]] = np.log1p(n_chars)
    own[:, _COLUMN["log_tokens"]] = log_tokens
    own[:, _COLUMN["mean_token_len"]] = word_chars / tok
    own[:, _COLUMN["word_char_share"]] = word_chars / np.maximum(n_chars, 1)
    own[:, _COLUMN["numeric_token_share"]] = share((first_flags & DIGIT) > 0)
    own[:, _COLUMN["title_case_share"]] = share((first_flags & UPPER) > 0)
    own[:, _COLUMN["upper_share"]] = (_line_counts((flags & UPPER) > 0, line_starts, line_ends)
                                      / np.maximum(word_chars, 1))
    own[:, _COLUMN["sentence_end"]] = _sentence_ends(flags, line_ends, line_starts)
    own[:, _COLUMN["colon_end"]] = codes[line_ends] == ord(":")
    own[:, _COLUMN["sentence_punct_rate"]] = class_counts[:, 1] / tok
    own[:, _COLUMN["comma_rate"]] = class_counts[:, 2] / tok
    own[:, _COLUMN["function_ratio"]] = function_ratio
    own[:, _COLUMN["function_ratio_any"]] = share(function > 0)
    own[:, _COLUMN["menu_marks"]] = class_counts[:, 3] / tok
    own[:, _COLUMN["link_like"]] = link_like
    own[:, _COLUMN["repeats"]] = np.log(repeats)
    own[:, _COLUMN["template_repeats"]] = np.log(templates)
    own[:, _COLUMN["prefix_repeats"]] = np.log(prefixes)
    own[:, _COLUMN["templated"]] = templated
    own[:, _COLUMN["position"]] = np.arange(n) / n
    own[:, _COLUMN["chars_before"]] = (np.cumsum(n_chars) - n_chars) / max(n_chars.sum(), 1)
    own[:, _COLUMN["short_run"]] = np.log1p(_run_lengths(short))
    own[:, _COLUMN["long_run"]] = np.log1p(_run_lengths(~short))
    own[:, _COLUMN["starts_upper"]] = (line_first & UPPER) > 0
    own[:, _COLUMN["starts_digit"]] = (line_first & DIGIT) > 0
    own[:, _COLUMN["relative_length"]] = n_chars / max(n_chars.max(), 1)
    own[:, _COLUMN["tokens_to_median"]] = log_tokens - _median(log_tokens)
    own[:, _COLUMN["function_to_page"]] = function_ratio - float(weights @ function_ratio)
    own[:, _COLUMN["short"]] = short
    own[:, _COLUMN["long"]] = long
    # A head opens a paragraph (a line before a longer one, not short); a marker is a line
    # next to a longer paragraph that comes back whole or as a template: the name or date
    # line over or under each comment of a thread. Threads follow the article, so how many
    # markers lie before a line says much about it.
    longer_next = size[1:] > np.maximum(size[:-1], SHORT_TOKENS)
    longer_prev = size[:-1] > np.maximum(size[1:], SHORT_TOKENS)
    head = np.zeros(n, dtype=bool)
    head[:-1] = ~long[:-1] & longer_next
    foot = np.zeros(n, dtype=bool)
    foot[1:] = ~long[1:] & longer_prev
    marker = (head | foot) & (templated | (repeats > 1))
    before = np.cumsum(marker) - marker
    own[:, _COLUMN["head"]] = head
    own[:, _COLUMN["marker"]] = marker
    own[:, _COLUMN["markers_before"]] = np.log1p(before)
    own[:, _COLUMN["markers_after"]] = np.log1p(marker.sum() - before - marker)
    own[:, _COLUMN["marker_share_before"]] = before / max(int(marker.sum()), 1)
    # The page as a whole. Prose lines (long ones) carry the article's vocabulary: a line
    # whose content words come back in other paragraphs belongs to the article's subject
    # (its headline, subheadings, captions of its pictures); related stories, sign-up boxes
    # and menus speak of other things. Where a line sits against the page's prose (before
    # the first paragraph, after the last, how much prose lies before it) places headlines
    # and what follows the article.
    headline_like = ((size >= HEADLINE_TOKENS[0]) & (size <= HEADLINE_TOKENS[1])
                     & ~own[:, _COLUMN["sentence_end"]].astype(bool))
    own[:, _COLUMN["headline_like"]] = headline_like
    own[:, _COLUMN["headline_run"]] = np.log1p(_run_lengths(headline_like))
    own[:, _COLUMN["label"]] = _labels(codes, line_of, starts, bounds, n_tok, n)
    own[:, _COLUMN["article_vocabulary"]] = _article_vocabulary(ids, numeric, function,
                                                                token_line, long, n)
    long_tokens = np.where(long, size, 0)
    long_total = max(int(long_tokens.sum()), 1)
    own[:, _COLUMN["long_mass_before"]] = (np.cumsum(long_tokens) - long_tokens) / long_total
    long_rows = np.flatnonzero(long)
    first_long = long_rows[0] if len(long_rows) else n
    last_long = long_rows[-1] if len(long_rows) else -1
    rows = np.arange(n)
    own[:, _COLUMN["before_first_long"]] = rows < first_long
    own[:, _COLUMN["after_last_long"]] = rows > last_long
    own[:, _COLUMN["lines_from_first_long"]] = np.sign(rows - first_long) * np.log1p(
        np.abs(rows - first_long))
    start, end, block_share = _main_block(long_tokens, long_rows, n)
    own[:, _COLUMN["main_block"]] = (rows >= start) & (rows <= end)
    own[:, _COLUMN["lines_to_main_block"]] = (np.log1p(np.maximum(rows - end, 0))
                                              - np.log1p(np.maximum(start - rows, 0)))
    # The headline's place: the headline-like line shortly before the main block whose
    # words come back most in the page's prose. What lies between it and the block is the
    # article's head (byline, date, standfirst); what lies before it is the page's.
    title = _title_candidate(headline_like, own[:, _COLUMN["article_vocabulary"]], start)
    if title is not None:
        own[:, _COLUMN["title_candidate"]] = rows == title
        own[:, _COLUMN["lines_from_title"]] = np.sign(rows - title) * np.log1p(
            np.abs(rows - title))
    else:
        own[:, _COLUMN["title_candidate"]] = 0.0
        own[:, _COLUMN["lines_from_title"]] = 0.0
    page = np.array([np.log1p(n), long.mean(), np.log1p(n_chars.sum()), templated.mean(),
                     marker.mean(), block_share])
    base = own[:, [_COLUMN[name] for name in CONTEXT_COLUMNS]]
    at = len(OWN_COLUMNS)
    out[:, at:at + len(page)] = page
    at += len(page)
    width = base.shape[1]
    # Previous and next line (zeros past the page's ends), then the window means.
    out[:1, at:at + width] = 0.0
    out[1:, at:at + width] = base[:-1]
    at += width
    out[:-1, at:at + width] = base[1:]
    out[-1:, at:at + width] = 0.0
    for means in window_means(base, WINDOWS):
        at += width
        out[:, at:at + width] = means
    return out


try:
    from ._text import words as _compiled_words
except ImportError:  # installed without a C compiler: python_words gives the same results
    _compiled_words = None
_words = _compiled_words or python_words

# The whole matrix compiled (textmode/_linefeatures.pyx), when the extension was built at
# install: one pass over the page's characters and loops over its lines and tokens in C
# instead of about a hundred numpy calls on small arrays. Imported last because it reads
# the tables and helpers above.
try:
    from ._linefeatures import line_matrix as _compiled_line_matrix
except ImportError:  # installed without a C compiler: the twin gives the same matrix
    _compiled_line_matrix = None
line_matrix = _compiled_line_matrix or python_line_matrix
