"""Pass 3 of the locator: describe every block by numbers a model can weigh.

Each feature is there because it separates article prose from page furniture on pages of
any language: how much text, how much of it is link text, whether it reads like sentences
(function words, sentence punctuation), where it sits, what its containers are called and
how much prose they hold, and what its neighbours look like. Nothing here names a site.
"""

from __future__ import annotations

import re

import numpy as np

from ..chars import (
    CLOSERS,
    DECIMAL,
    FIRST_FREE_BIT,
    SENTENCE_STOPS,
    UPPER,
    WORD,
    classify,
    code_points,
    make_table,
)
from ..stopwords import ALL_FUNCTION_WORDS
from .blocks import FLAG_NAMES, TAG_FLAGS, Container, RawBlock, flag

_WORD = re.compile(r"\w+", re.UNICODE)
# Punctuation classes of the block features, as bits of the character table.
_STOP, _CLOSER, _COMMA, _TERMINAL = (FIRST_FREE_BIT << i for i in range(4))
_CHAR_TABLE = make_table({
    _STOP: SENTENCE_STOPS,  # ends a sentence when a space or the block's end follows
    _CLOSER: CLOSERS,
    _COMMA: ",;:،、",
    _TERMINAL: '.!?…:"»”’)',  # a block ending on one of these ends like a sentence
})
_NEWLINE, _SPACE, _UNDERSCORE = ord("\n"), ord(" "), ord("_")

TAG_GROUPS = {
    "p": "p",
    "div": "div",
    "td": "cell",
    "th": "cell",
    "li": "li",
    "dd": "dl",
    "dt": "dl",
    "h1": "h_top",
    "h2": "h_top",
    "h3": "h_top",
    "h4": "h_low",
    "h5": "h_low",
    "h6": "h_low",
    "blockquote": "quote",
    "pre": "pre",
    "figcaption": "caption",
    "caption": "caption",
    "section": "section",
    "article": "section",
    "main": "section",
    "span": "other",
}
TAG_GROUP_NAMES = ("p", "div", "cell", "li", "dl", "h_top", "h_low", "quote", "pre",
                   "caption", "section", "other")
_OTHER_GROUP = TAG_GROUP_NAMES.index("other")
_TAG_GROUP_INDEX = {tag: TAG_GROUP_NAMES.index(group) for tag, group in TAG_GROUPS.items()}

# Own features of a block, in column order; the neighbour and container columns follow.
OWN_FEATURES = (
    "log_chars",
    "log_words",
    "link_density",
    "sentence_ends_per_word",
    "commas_per_word",
    "function_word_share",
    "capitalised_share",
    "digit_share",
    "ends_like_sentence",
    "mean_word_length",
    "numeric_only",
    "bold_share",
    "position",
    "char_position",
    "log_depth",
    "heading_level",
    "in_list",
    "in_quote",
    "repeated_in_page",
    "in_article_body_hint",
    "page_has_article_body_hint",
)
_N_OWN = len(OWN_FEATURES)
_CONTAINER_FEATURES = ("log_chars", "link_density", "log_blocks", "p_share", "page_share")
_N_CONTAINER = len(_CONTAINER_FEATURES)
_CONTAINER_LEVELS = 3
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
# Of a neighbour we keep the few own features that tell prose from furniture.
_NEIGHBOUR_COLUMNS = (0, 2, 5, 8)
_WINDOW = 5


def feature_names() -> list[str]:
    names = list(OWN_FEATURES)
    names += [f"tag_{g}" for g in TAG_GROUP_NAMES]
    names += [f"flag_{f}" for f in FLAG_NAMES]
    names += [f"in_{t}" for t in TAG_FLAGS]
    names += [f"near_{f}" for f in FLAG_NAMES]
    for level in range(1, _CONTAINER_LEVELS + 1):
        names += [f"container{level}_{f}" for f in _CONTAINER_FEATURES]
    for off in _NEIGHBOUR_OFFSETS:
        names += [f"n{off:+d}_{OWN_FEATURES[c]}" for c in _NEIGHBOUR_COLUMNS]
    names += ["window_log_chars", "window_link_density", "window_function_word_share"]
    return names


N_FEATURES = len(feature_names())
_FLAG_BITS = [flag(f) for f in FLAG_NAMES] + [flag(t) for t in TAG_FLAGS]
# Flags of the block's own container and its parent only. Ancestor flags are blunt (a body
# class "has-sidebar" flags the whole page); the nearest names are sharp.
_NEAR_BITS = [flag(f) for f in FLAG_NAMES]
_FLAG_BIT_ARRAY = np.array(_FLAG_BITS, dtype=np.int64)[None, :]
_NEAR_BIT_ARRAY = np.array(_NEAR_BITS, dtype=np.int64)[None, :]


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _own_matrix(blocks: list[RawBlock], containers: list[Container], total_chars: int,
                counts: dict[str, int], hint: str | None) -> np.ndarray:
    """OWN_FEATURES for every block, the page's text worked on as one array of characters.

    Word-level counts equal those of _WORD.findall on each block (the classes of
    chars.py are the regular expressions'); block texts are whitespace-normalised, so
    "\\n" can separate them and " " is the only space inside one."""
    n = len(blocks)
    texts = [b.text for b in blocks]
    codes = code_points("\n".join(texts))
    flags = classify(codes, _CHAR_TABLE)
    block_of = np.cumsum(codes == _NEWLINE)
    word = (flags & WORD) != 0
    starts = word.copy()
    starts[1:] &= ~word[:-1]
    starts = np.flatnonzero(starts)
    token_block = block_of[starts]
    n_words = np.bincount(token_block, minlength=n)
    nw = np.maximum(n_words, 1)
    n_chars = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    block_end = np.cumsum(n_chars + 1) - 2  # each block's last character

    def per_block(values: np.ndarray, where: np.ndarray = block_of) -> np.ndarray:
        return np.bincount(where, weights=values, minlength=n)

    # Function words: the page's words lower-cased in one go (non-word characters blanked
    # first, so the split gives exactly the words, in order).
    spaced = np.where(word, codes, _SPACE).astype(np.uint32)
    words = spaced.tobytes().decode("utf-32-le", "surrogatepass").lower().split()
    function = np.fromiter(map(ALL_FUNCTION_WORDS.__contains__, words), dtype=bool,
                           count=len(words))
    # A sentence end is a full stop (or ! ? …) whose next character past closing quotes and
    # brackets is a space or the block's end, as [.!?…](?:["'»”’)\]]*)(?:\s|$) finds.
    after = np.flatnonzero((flags & _CLOSER) == 0)
    stops = np.flatnonzero(flags & _STOP)
    nxt = np.append(after, len(codes))[np.searchsorted(after, stops, side="right")]
    ends_sentence = np.append(codes, _NEWLINE)[nxt]
    ends_sentence = (ends_sentence == _SPACE) | (ends_sentence == _NEWLINE)
    # Word characters that are neither digits nor "_" make a block more than a number.
    wordy = word & ((flags & DECIMAL) == 0) & (codes != _UNDERSCORE)

    own = np.empty((n, _N_OWN))
    own[:, 0] = np.log1p(n_chars)
    own[:, 1] = np.log1p(n_words)
    own[:, 2] = np.fromiter((b.link_chars for b in blocks), dtype=np.float64, count=n) / n_chars
    own[:, 3] = per_block(ends_sentence, block_of[stops]) / nw
    own[:, 4] = per_block((flags & _COMMA) != 0) / nw
    own[:, 5] = per_block(function, token_block) / nw
    own[:, 6] = per_block((flags[starts] & UPPER) != 0, token_block) / nw
    own[:, 7] = per_block((flags & DECIMAL) != 0) / n_chars
    own[:, 8] = (flags[block_end] & _TERMINAL) != 0
    own[:, 9] = per_block(word) / nw
    own[:, 10] = per_block(wordy) == 0
    own[:, 11] = np.fromiter((b.bold_chars for b in blocks), dtype=np.float64, count=n) / n_chars
    own[:, 12] = np.arange(n) / max(n - 1, 1)
    own[:, 13] = np.fromiter((b.chars_before for b in blocks), dtype=np.float64,
                             count=n) / max(total_chars, 1)
    own[:, 14] = np.log1p([c.depth for c in containers])
    own[:, 15] = [c.heading for c in containers]
    own[:, 16] = np.minimum([c.list_depth for c in containers], 3) / 3
    own[:, 17] = [c.in_quote for c in containers]
    own[:, 18] = [counts[t] > 1 for t in texts]
    own[:, 19] = [_in_hint(t, hint) for t in texts] if hint else 0.0
    own[:, 20] = 1.0 if hint else 0.0
    return own.astype(np.float32)


def _in_hint(text: str, hint: str) -> bool:
    return len(text) >= 20 and " ".join(_WORD.findall(text)).lower() in hint


def _container_matrix(blocks: list[RawBlock], total_chars: int) -> np.ndarray:
    """The container columns of every block: its own container and the next two up.

    Going up, containers that hold only the blocks of the one below are passed over: they
    say nothing new. Containers are shared by many blocks, so each one's totals and the
    climb from it are looked up once; the columns are then computed for all at once."""
    index: dict[int, int] = {}
    totals: list[tuple[int, int, int, int]] = [(0, 0, 0, 0)]  # row 0: no container
    levels: dict[int, tuple[int, ...]] = {}  # a block's container -> its rows, bottom up
    rows: list[int] = []
    for b in blocks:
        chain = levels.get(id(b.container))
        if chain is None:
            found = []
            c: Container | None = b.container
            for _ in range(_CONTAINER_LEVELS):
                if c is None:
                    found.append(0)
                    continue
                at = index.get(id(c))
                if at is None:
                    at = index[id(c)] = len(totals)
                    totals.append((c.chars, c.link_chars, c.blocks, c.p_blocks))
                found.append(at)
                start, c = c.blocks, c.parent
                while c is not None and c.parent is not None and c.blocks == start:
                    c = c.parent
            chain = levels[id(b.container)] = tuple(found)
        rows.extend(chain)
    chars, links, n_blocks, p_blocks = np.array(totals, dtype=np.float64).T
    has = chars > 0
    safe_chars, safe_blocks = np.maximum(chars, 1), np.maximum(n_blocks, 1)
    columns = np.column_stack([
        np.log1p(chars),
        links / safe_chars,
        np.log1p(n_blocks),
        p_blocks / safe_blocks,
        chars / max(total_chars, 1),
    ]) * has[:, None]
    return columns[rows].reshape(len(blocks), _N_CONTAINER * _CONTAINER_LEVELS)


def build_matrix(blocks: list[RawBlock], article_body_hint: str | None = None) -> np.ndarray:
    """One row of features per block (float32), columns as in feature_names()."""
    n = len(blocks)
    if n == 0:
        return np.zeros((0, N_FEATURES), dtype=np.float32)
    total_chars = blocks[-1].chars_before + len(blocks[-1].text)
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.text] = counts.get(b.text, 0) + 1
    hint = _normalise(article_body_hint) if article_body_hint else None
    containers = [b.container for b in blocks]
    own = _own_matrix(blocks, containers, total_chars, counts, hint)

    tags = np.zeros((n, len(TAG_GROUP_NAMES)), dtype=np.float32)
    tags[np.arange(n), [_TAG_GROUP_INDEX.get(c.tag, _OTHER_GROUP) for c in containers]] = 1.0
    all_bits = np.array([c.bits for c in containers], dtype=np.int64)
    near_bits = np.array([c.own_bits | (c.parent.own_bits if c.parent is not None else 0)
                          for c in containers], dtype=np.int64)
    flags = ((all_bits[:, None] & _FLAG_BIT_ARRAY) != 0).astype(np.float32)
    near = ((near_bits[:, None] & _NEAR_BIT_ARRAY) != 0).astype(np.float32)

    neighbours = []
    cols = list(_NEIGHBOUR_COLUMNS)
    for off in _NEIGHBOUR_OFFSETS:
        shifted = np.zeros((n, len(cols)), dtype=np.float32)
        if off < 0:
            shifted[-off:] = own[:off, cols]
        else:
            shifted[:-off] = own[off:, cols]
        neighbours.append(shifted)

    window = _window_mean(own[:, [0, 2, 5]], _WINDOW)
    return np.hstack([own, tags, flags, near, _container_matrix(blocks, total_chars),
                      *neighbours, window]).astype(np.float32)


def _window_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean of each column over the blocks within `radius` positions, edges included."""
    n = values.shape[0]
    padded = np.vstack([np.zeros((1, values.shape[1]), dtype=values.dtype), values])
    cumulative = np.cumsum(padded, axis=0)
    idx = np.arange(n)
    lo = np.clip(idx - radius, 0, n)
    hi = np.clip(idx + radius + 1, 0, n)
    sums = cumulative[hi] - cumulative[lo]
    return (sums / (hi - lo)[:, None]).astype(np.float32)


# Second stage: what the first model thinks of a block's surroundings. Article text comes in
# runs inside one container; a lone "article-like" block amid menus is usually a teaser.
_CONTEXT_SHIFTS = (-3, -2, -1, 1, 2, 3)
_CONTEXT_RADII = (3, 10, 25)


def context_names() -> list[str]:
    names = ["p1"] + [f"p1_{off:+d}" for off in _CONTEXT_SHIFTS]
    names += [f"p1_window{r}" for r in _CONTEXT_RADII]
    names += [f"p1_container{level}" for level in range(1, _CONTAINER_LEVELS + 1)]
    return names


def container_groups(blocks: list[RawBlock]) -> np.ndarray:
    """For each block, ids of its first three containers (equal ids: same container)."""
    ids: dict[int, int] = {}
    out: list[int] = []
    for b in blocks:
        c: Container = b.container
        for _ in range(_CONTAINER_LEVELS):
            out.append(ids.setdefault(id(c), len(ids)))
            if c.parent is not None:
                c = c.parent
    return np.array(out, dtype=np.int32).reshape(len(blocks), _CONTAINER_LEVELS)


def context_matrix(groups: np.ndarray, X: np.ndarray, p1: np.ndarray) -> np.ndarray:
    """X extended with the first-stage scores of each block's neighbours and containers."""
    n = X.shape[0]
    p1 = p1.astype(np.float32)
    cols = [p1[:, None]]
    for off in _CONTEXT_SHIFTS:
        shifted = np.zeros(n, dtype=np.float32)
        if off < 0:
            shifted[-off:] = p1[:off]
        else:
            shifted[:-off] = p1[off:]
        cols.append(shifted[:, None])
    for radius in _CONTEXT_RADII:
        cols.append(_window_mean(p1[:, None], radius))
    # Char-weighted mean score of each container: exp(log_chars) recovers the block length.
    chars = np.expm1(X[:, 0])
    weighted = p1 * chars
    for level in range(_CONTAINER_LEVELS):
        g = groups[:, level]
        size = int(g.max()) + 1 if n else 0
        sums = np.bincount(g, weights=weighted, minlength=size)
        totals = np.bincount(g, weights=chars, minlength=size)
        cols.append((sums[g] / np.maximum(totals[g], 1.0)).astype(np.float32)[:, None])
    return np.hstack([X, *cols]).astype(np.float32)
