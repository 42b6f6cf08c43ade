"""Pass 3 of the locator: describe every block by numbers a model can weigh.

Each feature is there because it separates article prose from page furniture on pages of
any language: how much text, how much of it is link text, whether it reads like sentences
(function words, sentence punctuation), where it sits, what its containers are called and
how much prose they hold, and what its neighbours look like. Nothing here names a site.
"""

from __future__ import annotations

import math
import re
from operator import itemgetter

import numpy as np

from ..stopwords import ALL_FUNCTION_WORDS
from .blocks import FLAG_NAMES, TAG_FLAGS, Container, RawBlock, flag

_WORD = re.compile(r"\w+", re.UNICODE)
_FIRST_CHAR = itemgetter(0)
_SENTENCE_END = re.compile(r"[.!?…。！？](?:[\"'»”’)\]]*)(?:\s|$)")
# Counted with str.count and a last-character test: same result as a regex, in C.
_COMMA_CHARS = ",;:،、"
_DIGIT = re.compile(r"\d")
_TERMINAL_CHARS = frozenset('.!?…:"»”’)')
# Short lines that page furniture repeats in every language (dates, counters, "1 2 3 ›").
_NUMERIC_ONLY = re.compile(r"^[\W\d_]+$")

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


def _own(block: RawBlock, total_blocks: int, total_chars: int, counts: dict[str, int],
         hint: str | None) -> list[float]:
    text = block.text
    n = len(text)
    words = _WORD.findall(text)
    nw = len(words) or 1
    # map() over C functions: these two run for every word of every page.
    function = sum(map(ALL_FUNCTION_WORDS.__contains__, map(str.lower, words)))
    capitalised = sum(map(str.isupper, map(_FIRST_CHAR, words)))
    in_hint = 0.0
    if hint and n >= 20:
        in_hint = 1.0 if " ".join(words).lower() in hint else 0.0
    container = block.container
    return [
        math.log1p(n),
        math.log1p(len(words)),
        block.link_chars / n,
        len(_SENTENCE_END.findall(text)) / nw,
        sum(map(text.count, _COMMA_CHARS)) / nw,
        function / nw,
        capitalised / nw,
        len(_DIGIT.findall(text)) / n,
        1.0 if text.rstrip()[-1:] in _TERMINAL_CHARS else 0.0,
        sum(map(len, words)) / nw,
        1.0 if _NUMERIC_ONLY.match(text) else 0.0,
        block.bold_chars / n,
        block.index / max(total_blocks - 1, 1),
        block.chars_before / max(total_chars, 1),
        math.log1p(container.depth),
        float(container.heading),
        min(container.list_depth, 3) / 3,
        1.0 if container.in_quote else 0.0,
        1.0 if counts.get(text, 0) > 1 else 0.0,
        in_hint,
        1.0 if hint else 0.0,
    ]


def _container_columns(container: Container, total_chars: int) -> list[float]:
    out: list[float] = []
    c: Container | None = container
    for _ in range(_CONTAINER_LEVELS):
        if c is None or c.chars == 0:
            out += [0.0] * _N_CONTAINER
        else:
            out += [
                math.log1p(c.chars),
                c.link_chars / c.chars,
                math.log1p(c.blocks),
                c.p_blocks / c.blocks,
                c.chars / max(total_chars, 1),
            ]
        # Climb past containers that hold only this block: they say nothing new.
        if c is not None:
            start = c.blocks
            c = c.parent
            while c is not None and c.parent is not None and c.blocks == start:
                c = c.parent
    return out


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
    own = np.array([_own(b, n, total_chars, counts, hint) for b in blocks], dtype=np.float32)

    tags = np.zeros((n, len(TAG_GROUP_NAMES)), dtype=np.float32)
    group_index = {g: i for i, g in enumerate(TAG_GROUP_NAMES)}
    other = group_index["other"]
    containers = np.zeros((n, _N_CONTAINER * _CONTAINER_LEVELS), dtype=np.float32)
    all_bits = np.zeros(n, dtype=np.int64)
    near_bits = np.zeros(n, dtype=np.int64)
    # Blocks split by <br> share a container; its columns are worked out once.
    seen: dict[int, list[float]] = {}
    for i, b in enumerate(blocks):
        c = b.container
        tags[i, group_index.get(TAG_GROUPS.get(c.tag, "other"), other)] = 1.0
        all_bits[i] = c.bits
        near_bits[i] = c.own_bits | (c.parent.own_bits if c.parent is not None else 0)
        columns = seen.get(id(c))
        if columns is None:
            columns = seen[id(c)] = _container_columns(c, total_chars)
        containers[i] = columns
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
    return np.hstack([own, tags, flags, near, containers, *neighbours, window])


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
    out = np.zeros((len(blocks), _CONTAINER_LEVELS), dtype=np.int32)
    for i, b in enumerate(blocks):
        c: Container | None = b.container
        for level in range(_CONTAINER_LEVELS):
            out[i, level] = ids.setdefault(id(c), len(ids))
            if c is not None and c.parent is not None:
                c = c.parent
    return out


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
