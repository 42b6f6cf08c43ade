"""Pass 3 of the locator: describe every block by numbers a model can weigh.

Each feature is there because it separates article prose from page furniture on pages of
any language: how much text, how much of it is link text, whether it reads like sentences
(function words, sentence punctuation), where it sits, what its containers are called and
how much prose they hold, and what its neighbours look like. Nothing here names a site.

Words are counted in units that hold for any script: a run of word characters in scripts
written with spaces, and half a unit per character in scripts written without them
(Chinese, Japanese, Thai...), where a run of word characters is a whole phrase. Function
words are read two ways: the short lists of stopwords.py, and, for any language, the share
of the block's words among the words most frequent in the page's longer blocks (prose is
made of the same few function words, or particles, in every language).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress

import numpy as np

from ..chars import (
    CLOSERS,
    DECIMAL,
    FIRST_FREE_BIT,
    FULL_WIDTH_STOPS,
    SCRIPT_STOPS,
    SENTENCE_STOPS,
    UPPER,
    WORD,
    classify,
    code_points,
    make_table,
    spaceless_characters,
)
from ..stopwords import ALL_FUNCTION_WORDS
from .blocks import FLAG_NAMES, TAG_FLAGS, Container, RawBlock, flag

_WORD = re.compile(r"\w+", re.UNICODE)
# Punctuation classes of the block features, as bits of the character table.
_STOP, _CLOSER, _COMMA, _TERMINAL, _FULL_STOP, _SPACELESS = (
    FIRST_FREE_BIT << i for i in range(6))
# Wider than chars.py's uint8 table: this one needs six bits of its own. Characters past
# the BMP (rare Han extensions) carry none of them.
_CHAR_TABLE = make_table().astype(np.uint16)
for _bit, _members in {
    _STOP: SENTENCE_STOPS + SCRIPT_STOPS,  # ends a sentence when a space or the end follows
    _CLOSER: CLOSERS,
    _COMMA: ",;:،、，；：؛",
    # A block ending on one of these ends like a sentence.
    _TERMINAL: '.!?…:"»”’)。！？」』）' + SCRIPT_STOPS,
    _FULL_STOP: FULL_WIDTH_STOPS + SCRIPT_STOPS,  # ends a sentence whatever follows
    _SPACELESS: spaceless_characters(),
}.items():
    _CHAR_TABLE[[ord(c) for c in _members]] |= _bit
# A character of a script without spaces counts as this much of a word: a Chinese or
# Japanese word is about two characters long.
_SPACELESS_UNIT = 0.5
# The page's most frequent words (in blocks of at least _LONG_BLOCK_UNITS words) taken for
# its function words.
_FREQUENT_WORDS = 20
_LONG_BLOCK_UNITS = 8
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
    "frequent_word_share",
    "spaceless_share",
)
_N_OWN = len(OWN_FEATURES)
WORDS_COLUMN = OWN_FEATURES.index("log_words")
ENDS_COLUMN = OWN_FEATURES.index("ends_like_sentence")
STOPS_COLUMN = OWN_FEATURES.index("sentence_ends_per_word")
FREQUENT_COLUMN = OWN_FEATURES.index("frequent_word_share")
FUNCTION_COLUMN = OWN_FEATURES.index("function_word_share")
# A paragraph of prose: this many word units or more, ending like a sentence. The passes
# after the trees read it to tell an article's paragraphs from furniture (locate/__init__,
# locate/tail).
PROSE_UNITS = 12


def prose_blocks(X: np.ndarray, units: np.ndarray) -> np.ndarray:
    """The blocks that are paragraphs of prose: PROSE_UNITS word units or more, ending like
    a sentence."""
    return (X[:, ENDS_COLUMN] > 0) & (units >= PROSE_UNITS)


def kept_without(keep: np.ndarray, blocks: list[int], X: np.ndarray,
                 units: np.ndarray) -> np.ndarray:
    """The kept blocks less `blocks`; `keep` unchanged where no paragraph of prose would be
    left (a page made of nothing else: the gate decides)."""
    out = keep.copy()
    out[blocks] = False
    return out if (out & prose_blocks(X, units)).any() else keep


# A page whose longer blocks hold fewer listed function words than this share of their word
# units is in a language stopwords.py does not list (a menu of a listed language holds few
# too, but a page is more than its menu). On the train split's non-English pages the share
# is 0.17 or more in every listed language (de, fr, es, it, pt, pl; one Spanish page of
# teasers 0.12) and 0.04-0.14 in unlisted languages that share short words with the lists
# ("a", "je", "se", "i", "er", "na": cs 0.12, hu 0.10, no 0.14, sw 0.13, sv 0.07), whose
# prose then read as a menu's; their own frequent words hold 0.18-0.39, as prose does.
_LISTED_SHARE = 0.15
_CONTAINER_FEATURES = ("log_chars", "link_density", "log_blocks", "p_share", "page_share")
_N_CONTAINER = len(_CONTAINER_FEATURES)
_CONTAINER_LEVELS = 3
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)
# Of a neighbour we keep the few own features that tell prose from furniture.
_NEIGHBOUR_COLUMNS = (0, 2, 5, 8, 21)
# Averaged over the blocks within _WINDOW positions: chars, links, function and frequent words.
_WINDOW_COLUMNS = (0, 2, 5, 21)
_WINDOW = 5
# Where the block stands against the page's prose (prose_blocks), appended after either
# builder (_prose_context). An article's short paragraphs, lists and subheadings read like
# furniture on their own; what they share with the article is their place: the containers
# that hold the page's prose, the shape of the prose blocks, the run between its first and
# last paragraphs.
PROSE_CONTEXT = ("container1_prose_units", "container2_prose_units",
                 "container3_prose_units", "shape_prose_units", "prose_before_share",
                 "prose_distance")


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
    names += ["window_log_chars", "window_link_density", "window_function_word_share",
              "window_frequent_word_share"]
    return names + list(PROSE_CONTEXT)


N_FEATURES = len(feature_names())
# The block's, its neighbours' and its window's function-word columns, and the frequent-word
# columns that stand in for them on a page in a language without a list (_unlisted_language).
_FUNCTION_COLUMNS = [i for i, name in enumerate(feature_names())
                     if name.endswith("function_word_share")]
_FREQUENT_COLUMNS = [feature_names().index(name.replace("function", "frequent"))
                     for name in feature_names() if name.endswith("function_word_share")]
_FLAG_BITS = [flag(f) for f in FLAG_NAMES] + [flag(t) for t in TAG_FLAGS]
# Flags of the block's own container and its parent only. Ancestor flags are blunt (a body
# class "has-sidebar" flags the whole page); the nearest names are sharp.
_NEAR_BITS = [flag(f) for f in FLAG_NAMES]
_FLAG_BIT_ARRAY = np.array(_FLAG_BITS, dtype=np.int64)[None, :]
_NEAR_BIT_ARRAY = np.array(_NEAR_BITS, dtype=np.int64)[None, :]


def _normalise(text: str) -> str:
    """The JSON-LD body as the hint test reads it: its words, lower-cased, one space apart.
    Compiled where built (_features.normalised_words, one pass and no str a word: 0.5 ms
    on a page whose JSON-LD holds the article); this is its twin."""
    if _compiled_normalise is not None:
        return _compiled_normalise(text)
    return python_normalise(text)


def python_normalise(text: str) -> str:
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
    spaceless = (flags & _SPACELESS) != 0
    # A word starts where a run of word characters starts, and at every character of a
    # script written without spaces.
    starts = word.copy()
    starts[1:] &= ~word[:-1] | spaceless[1:]
    starts = np.flatnonzero(starts)
    token_block = block_of[starts]
    unit = np.where(spaceless[starts], _SPACELESS_UNIT, 1.0)
    n_words = np.bincount(token_block, weights=unit, minlength=n)
    nw = np.maximum(n_words, 1)
    n_chars = np.fromiter(map(len, texts), dtype=np.int64, count=n)
    block_end = np.cumsum(n_chars + 1) - 2  # each block's last character

    def per_block(values: np.ndarray, where: np.ndarray = block_of) -> np.ndarray:
        if values.dtype == bool:
            # Counted where it holds: the sums of 1.0 weights, without a float copy of it.
            return np.bincount(where[values], minlength=n)
        return np.bincount(where, weights=values, minlength=n)

    # The page's words lower-cased in one go: non-word characters blanked and a space put
    # before every spaceless character, so the split gives exactly the words, in order.
    spaced = np.where(word, codes, _SPACE).astype(np.uint32)
    if spaceless.any():
        spaced = np.insert(spaced, np.flatnonzero(spaceless), _SPACE)
    words = spaced.tobytes().decode("utf-32-le", "surrogatepass").lower().split()
    function = np.fromiter(map(ALL_FUNCTION_WORDS.__contains__, words), dtype=bool,
                           count=len(words))
    frequent = _frequent_words(words, n_words[token_block] >= _LONG_BLOCK_UNITS)
    # A sentence end is a full stop (or ! ? …) whose next character past closing quotes and
    # brackets is a space or the block's end, as [.!?…](?:["'»”’)\]]*)(?:\s|$) finds; or a
    # full-width stop (。！？) or another script's stop (SCRIPT_STOPS), whatever follows.
    after = np.flatnonzero((flags & _CLOSER) == 0)
    stops = np.flatnonzero(flags & _STOP)
    nxt = np.append(after, len(codes))[np.searchsorted(after, stops, side="right")]
    ends_sentence = np.append(codes, _NEWLINE)[nxt]
    ends_sentence = ((ends_sentence == _SPACE) | (ends_sentence == _NEWLINE)
                     | ((flags[stops] & _FULL_STOP) != 0))
    # Word characters that are neither digits nor "_" make a block more than a number.
    wordy = word & ((flags & DECIMAL) == 0) & (codes != _UNDERSCORE)

    own = np.empty((n, _N_OWN))
    own[:, 0] = np.log1p(n_chars)
    own[:, 1] = np.log1p(n_words)
    own[:, 2] = np.fromiter((b.link_chars for b in blocks), dtype=np.float64, count=n) / n_chars
    own[:, 3] = per_block(ends_sentence, block_of[stops]) / nw
    own[:, 4] = per_block((flags & _COMMA) != 0) / nw
    own[:, 5] = per_block(function * unit, token_block) / nw
    own[:, 6] = per_block((flags[starts] & UPPER) != 0, token_block) / nw
    own[:, 7] = per_block((flags & DECIMAL) != 0) / n_chars
    own[:, 8] = (flags[block_end] & _TERMINAL) != 0
    word_chars = per_block(word)
    own[:, 9] = word_chars / nw
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
    own[:, 21] = per_block(frequent * unit, token_block) / nw
    own[:, 22] = per_block(spaceless) / np.maximum(word_chars, 1)
    return own.astype(np.float32)


def _frequent_words(words: list[str], in_long_block: np.ndarray) -> np.ndarray:
    """Whether each word is among the _FREQUENT_WORDS most frequent words of the page's
    longer blocks: whatever the language, those are mostly its function words. Ties go to
    the word that comes first in the page; a word seen once is never frequent."""
    counts = Counter(compress(words, in_long_block))
    ranked = counts.most_common()
    chosen = {w for w, c in ranked[:_FREQUENT_WORDS] if c > 1}
    if len(ranked) > _FREQUENT_WORDS and ranked[_FREQUENT_WORDS - 1][1] > 1:
        # most_common() sorts by count, so the words tied with the last place are one run;
        # when they outnumber the places left, the first seen in the page take them.
        last = ranked[_FREQUENT_WORDS - 1][1]
        start, end = _FREQUENT_WORDS - 1, _FREQUENT_WORDS
        while start and ranked[start - 1][1] == last:
            start -= 1
        while end < len(ranked) and ranked[end][1] == last:
            end += 1
        if end > _FREQUENT_WORDS:
            tied = {w for w, _ in ranked[start:end]}
            chosen.difference_update(tied)
            places = _FREQUENT_WORDS - start
            for w in dict.fromkeys(words):  # the page's words in order of first use
                if w in tied:
                    chosen.add(w)
                    places -= 1
                    if not places:
                        break
    return np.fromiter(map(chosen.__contains__, words), dtype=bool, count=len(words))


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


def build_matrix(blocks: list[RawBlock], article_body_hint: str | None = None,
                 groups: np.ndarray | None = None) -> np.ndarray:
    """One row of features per block (float32), columns as in feature_names(); groups are
    the blocks' container_groups where the caller has them (the locator's model needs them
    too: computed once a page), else computed here.

    The compiled builder (_features.pyx) gives python_matrix's matrix bit for bit, where it
    was built, and _prose.pyx its last columns as python_with_prose_context does; a
    new feature goes into both (tests/test_features.py holds them equal)."""
    n = len(blocks)
    if n == 0:
        return np.zeros((0, N_FEATURES), dtype=np.float32)
    hint = _normalise(article_body_hint) if article_body_hint else None
    if groups is None:
        groups = container_groups(blocks)
    if _compiled_prose is not None and groups.dtype == np.int32 and groups.flags.c_contiguous:
        return _compiled_prose(_compiled_matrix(blocks, hint), groups)
    return python_with_prose_context(
        _compiled_matrix(blocks, hint) if _compiled_matrix is not None
        else python_matrix(blocks, hint), groups)


def python_with_prose_context(X: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """X, the matrix either builder makes, with its function-word columns read from the
    page's frequent words where its language is unlisted (X changed in place), and the
    PROSE_CONTEXT columns appended: the reference of the compiled with_prose_context
    (_prose.pyx), which makes the same matrix without numpy's calls on small arrays."""
    X = _unlisted_language(X)
    return np.hstack([X, prose_context(X, groups)])


def prose_context(X: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """The PROSE_CONTEXT columns of the built columns X and the containers' ids (groups):
    - log1p of the prose word units that each of the block's first three containers holds;
    - log1p of those held by the blocks of the same shape (tag group, depth, class and tag
      flags of every ancestor), as an article's paragraphs share one template;
    - the share of the page's prose units that comes before the block (0 above the
      article, 1 below it);
    - log1p of the distance, in blocks, to the nearest block of prose.
    Units, not shares of the page's prose: on a page without an article, the few teasers
    that end like sentences would hold all of its "prose" and read as an article's place.
    All 0 (and the distance that of a page's length) on a page without prose."""
    n = len(X)
    units = np.expm1(X[:, WORDS_COLUMN].astype(np.float64))
    prose = prose_blocks(X, units)
    weights = np.where(prose, units, 0.0)
    total = float(weights.sum())
    out = np.zeros((n, len(PROSE_CONTEXT)), dtype=np.float32)
    if total <= 0:
        out[:, 5] = np.log1p(n)
        return out
    for level in range(_CONTAINER_LEVELS):
        g = groups[:, level]
        out[:, level] = np.log1p(np.bincount(g, weights=weights)[g])
    _, shape = np.unique(_shape_keys(X), return_inverse=True)
    out[:, 3] = np.log1p(np.bincount(shape, weights=weights)[shape])
    out[:, 4] = (np.cumsum(weights) - weights) / total
    at = np.flatnonzero(prose)
    idx = np.arange(n)
    after = np.searchsorted(at, idx)
    below = at[np.maximum(after - 1, 0)]
    above = at[np.minimum(after, len(at) - 1)]
    out[:, 5] = np.log1p(np.minimum(np.abs(idx - below), np.abs(above - idx)))
    return out


# The tag group and flag columns side by side, one-hot and 0/1: a product with these
# weights packs a block's tag group (4 bits) and flags (a bit each) into one exact float.
_SHAPE_COLUMNS = slice(_N_OWN, _N_OWN + len(TAG_GROUP_NAMES) + len(_FLAG_BITS))
_SHAPE_WEIGHTS = np.concatenate([np.arange(len(TAG_GROUP_NAMES)),
                                 2.0 ** (4 + np.arange(len(_FLAG_BITS)))])
_DEPTH_WEIGHT = 2.0 ** (4 + len(_FLAG_BITS))
_DEPTH_COLUMN = OWN_FEATURES.index("log_depth")


def _shape_keys(X: np.ndarray) -> np.ndarray:
    """One number a block for its shape: tag group, depth and the class and tag flags of
    its ancestors (the columns that say them)."""
    depth = np.rint(np.expm1(X[:, _DEPTH_COLUMN].astype(np.float64)))
    return X[:, _SHAPE_COLUMNS].astype(np.float64) @ _SHAPE_WEIGHTS + depth * _DEPTH_WEIGHT


def _unlisted_language(X: np.ndarray) -> np.ndarray:
    """X with the function-word columns read from the page's own frequent words where the
    page's language is not one of stopwords.py's.

    The lists cover eight languages: on a Japanese, Korean or Turkish page every block's
    function-word share is 0, and on a Czech or Norwegian page a third of a listed
    language's (the lists' short words that these languages share), as on a menu, and
    the model, which learns mostly from pages in listed languages, takes the article's
    paragraphs for furniture. The page's most frequent words are its function words (or
    particles) in any language and script; on the train split's prose blocks their share
    is in the listed words' range (median 0.32 in ja, 0.25 in zh against 0.37 for the
    listed words in en and de)."""
    units = np.expm1(X[:, WORDS_COLUMN].astype(np.float64))
    long = units >= _LONG_BLOCK_UNITS
    listed = float((X[long, FUNCTION_COLUMN] * units[long]).sum())
    if not long.any() or listed >= _LISTED_SHARE * float(units[long].sum()):
        return X
    X[:, _FUNCTION_COLUMNS] = X[:, _FREQUENT_COLUMNS]
    return X


def python_matrix(blocks: list[RawBlock], hint: str | None) -> np.ndarray:
    """build_matrix's columns with numpy, for a non-empty list of blocks and the normalised
    JSON-LD body: the reference the compiled builder must agree with, and the builder
    where that extension was not built."""
    n = len(blocks)
    total_chars = blocks[-1].chars_before + len(blocks[-1].text)
    counts: dict[str, int] = {}
    for b in blocks:
        counts[b.text] = counts.get(b.text, 0) + 1
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

    window = _window_mean(own[:, list(_WINDOW_COLUMNS)], _WINDOW)
    return np.hstack([own, tags, flags, near, _container_matrix(blocks, total_chars),
                      *neighbours, window]).astype(np.float32)


def _window_mean(values: np.ndarray, radius: int) -> np.ndarray:
    """Mean of each column over the blocks within `radius` positions, edges included."""
    n = values.shape[0]
    padded = np.vstack([np.zeros((1, values.shape[1]), dtype=values.dtype), values])
    cumulative = np.cumsum(padded, axis=0)
    idx = np.arange(n)
    # np.maximum and np.minimum: np.clip's Python wrapper costs more than the work here.
    lo = np.maximum(idx - radius, 0)
    hi = np.minimum(idx + radius + 1, n)
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
    if _compiled_groups is not None:
        return _compiled_groups(blocks)
    return python_groups(blocks)


def python_groups(blocks: list[RawBlock]) -> np.ndarray:
    """container_groups in Python: the compiled one's reference."""
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
    if (_compiled_context is not None and X.dtype == np.float32 and X.flags.c_contiguous
            and groups.dtype == np.int32 and groups.flags.c_contiguous):
        return _compiled_context(groups, X, np.ascontiguousarray(p1, dtype=np.float32))
    return python_context_matrix(groups, X, p1)


def python_context_matrix(groups: np.ndarray, X: np.ndarray, p1: np.ndarray) -> np.ndarray:
    """context_matrix with numpy: the compiled one's reference (tests/test_features.py)."""
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


# The builder compiled (locate/_features.pyx), when the extension was built at install: it
# reads each block's text once in C instead of making a hundred numpy calls on small arrays.
# Imported last because it reads the tables and helpers above.
try:
    from ._features import context as _compiled_context
    from ._features import groups as _compiled_groups
    from ._features import matrix as _compiled_matrix
    from ._features import normalised_words as _compiled_normalise
except ImportError:  # installed without a C compiler: python_matrix gives the same matrix
    _compiled_matrix = _compiled_groups = _compiled_context = _compiled_normalise = None
try:
    from ._prose import with_prose_context as _compiled_prose
except ImportError:  # python_with_prose_context gives the same columns
    _compiled_prose = None
