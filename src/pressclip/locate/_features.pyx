# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""features.build_matrix compiled: the same float32 matrix, bit for bit.

The Python builder (features.python_matrix) works on the page's text as numpy arrays: about
a hundred numpy calls on small arrays and several Python loops over the blocks, a fixed cost
of a millisecond or more a page whatever its size. Here every block's text is read once,
character by character, through the same table of character classes, and every column is
written straight into the output. tests/test_features.py holds the two to the same matrix
on real pages and on crafted ones.

Bit-identical, not only close: the sums are made in the order numpy makes them (bincount
adds in index order; cumsum accumulates in float32), divisions are IEEE divisions of the
same operands, and log1p, which numpy may compute with its own vector code, is asked of
numpy once for all the values a page needs. What needs Python's own string semantics (the
page's words lower-cased, the function-word and frequent-word tests, the JSON-LD hint) goes
through the same Python calls the Python builder makes.
"""

import numpy as np

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ
from libc.stdlib cimport free, malloc
from libc.string cimport memset

from ..chars import DECIMAL, UPPER, WORD, _flags_of
from ..stopwords import ALL_FUNCTION_WORDS
from .blocks import FLAG_NAMES, TAG_FLAGS
from .features import (
    _CHAR_TABLE,
    _CLOSER,
    _COMMA,
    _CONTAINER_LEVELS,
    _FLAG_BITS,
    _FREQUENT_WORDS,
    _FULL_STOP,
    _LONG_BLOCK_UNITS,
    _N_CONTAINER,
    _NEAR_BITS,
    _NEIGHBOUR_COLUMNS,
    _NEIGHBOUR_OFFSETS,
    _OTHER_GROUP,
    _SPACELESS,
    _SPACELESS_UNIT,
    _STOP,
    _TAG_GROUP_INDEX,
    _TERMINAL,
    _WINDOW,
    _WINDOW_COLUMNS,
    OWN_FEATURES,
    TAG_GROUP_NAMES,
    _frequent_words,
    _in_hint,
)

cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void* buffer, Py_ssize_t size)
    int PyUnicode_4BYTE_KIND

# Character classes, as bits of features._CHAR_TABLE.
cdef unsigned int C_WORD = WORD, C_UPPER = UPPER, C_DECIMAL = DECIMAL
cdef unsigned int C_STOP = _STOP, C_CLOSER = _CLOSER, C_COMMA = _COMMA
cdef unsigned int C_TERMINAL = _TERMINAL, C_FULL_STOP = _FULL_STOP
cdef unsigned int C_SPACELESS = _SPACELESS
cdef double C_SPACELESS_UNIT = _SPACELESS_UNIT
cdef double C_LONG_BLOCK_UNITS = _LONG_BLOCK_UNITS
cdef const unsigned short[::1] TABLE = _CHAR_TABLE
cdef frozenset FUNCTION_WORDS = ALL_FUNCTION_WORDS

# The column layout, read from features.py so that the two builders share one definition.
cdef int N_OWN = len(OWN_FEATURES)
cdef dict OWN = {name: i for i, name in enumerate(OWN_FEATURES)}
cdef int N_TAGS = len(TAG_GROUP_NAMES)
cdef int N_FLAGS = len(_FLAG_BITS)
cdef int N_NEAR = len(_NEAR_BITS)
cdef int LEVELS = _CONTAINER_LEVELS
cdef int N_CONT = _N_CONTAINER
cdef int TAGS_AT = N_OWN
cdef int FLAGS_AT = TAGS_AT + N_TAGS
cdef int NEAR_AT = FLAGS_AT + N_FLAGS
cdef int CONT_AT = NEAR_AT + N_NEAR
cdef int NEIGH_AT = CONT_AT + N_CONT * LEVELS
cdef tuple OFFSETS = tuple(_NEIGHBOUR_OFFSETS)
cdef tuple NEIGH_COLS = tuple(_NEIGHBOUR_COLUMNS)
cdef tuple WINDOW_COLS = tuple(_WINDOW_COLUMNS)
cdef int WINDOW_AT = NEIGH_AT + len(OFFSETS) * len(NEIGH_COLS)
# The width of the matrix built here; features.build_matrix appends what is computed apart.
WIDTH = WINDOW_AT + len(WINDOW_COLS)
cdef long long[:] FLAG_BIT_VALUES = np.array(_FLAG_BITS, dtype=np.int64)
cdef long long[:] NEAR_BIT_VALUES = np.array(_NEAR_BITS, dtype=np.int64)
cdef dict TAG_GROUP = dict(_TAG_GROUP_INDEX)
cdef int OTHER_GROUP = _OTHER_GROUP
cdef int WINDOW_RADIUS = _WINDOW

# Own columns by name: a renamed or removed feature fails here, at import, not silently.
cdef int O_LOG_CHARS = OWN["log_chars"]
cdef int O_LOG_WORDS = OWN["log_words"]
cdef int O_LINKS = OWN["link_density"]
cdef int O_ENDS = OWN["sentence_ends_per_word"]
cdef int O_COMMAS = OWN["commas_per_word"]
cdef int O_FUNCTION = OWN["function_word_share"]
cdef int O_CAPITALS = OWN["capitalised_share"]
cdef int O_DIGITS = OWN["digit_share"]
cdef int O_ENDS_LIKE = OWN["ends_like_sentence"]
cdef int O_WORD_LENGTH = OWN["mean_word_length"]
cdef int O_NUMERIC = OWN["numeric_only"]
cdef int O_BOLD = OWN["bold_share"]
cdef int O_POSITION = OWN["position"]
cdef int O_CHAR_POSITION = OWN["char_position"]
cdef int O_DEPTH = OWN["log_depth"]
cdef int O_HEADING = OWN["heading_level"]
cdef int O_LIST = OWN["in_list"]
cdef int O_QUOTE = OWN["in_quote"]
cdef int O_REPEATED = OWN["repeated_in_page"]
cdef int O_IN_HINT = OWN["in_article_body_hint"]
cdef int O_HAS_HINT = OWN["page_has_article_body_hint"]
cdef int O_FREQUENT = OWN["frequent_word_share"]
cdef int O_SPACELESS = OWN["spaceless_share"]
if len(OWN) != 23:
    raise ImportError("features.OWN_FEATURES changed: the compiled builder computes 23 "
                      "own columns; add the new one to _features.pyx or append it apart")


cdef struct Counts:
    # What one block's characters and words add up to.
    Py_ssize_t chars
    double words  # in units: 1 a spaced word, _SPACELESS_UNIT a spaceless character
    Py_ssize_t ends
    Py_ssize_t commas
    Py_ssize_t capitalised
    Py_ssize_t decimals
    Py_ssize_t word_chars
    Py_ssize_t wordy
    Py_ssize_t spaceless
    bint terminal
    double function
    double frequent


cdef inline unsigned int _flags(Py_UCS4 c):
    if c < 0x10000:
        return TABLE[c]
    # Past the Basic Multilingual Plane: the str methods' classes, none of the extra bits.
    return <unsigned int>_flags_of(chr(c))


cdef list _container_info(object container, dict seen, list totals):
    """Row numbers of the container totals for the container and the next two up: the
    climb of features._container_matrix (containers holding only the blocks of the one
    below passed over)."""
    cdef list found = []
    cdef object c = container, at, parent
    cdef Py_ssize_t start
    for _ in range(LEVELS):
        if c is None:
            found.append(0)
            continue
        at = seen.get(id(c))
        if at is None:
            at = seen[id(c)] = len(totals)
            totals.append((c.chars, c.link_chars, c.blocks, c.p_blocks))
        found.append(at)
        start = c.blocks
        c = c.parent
        while c is not None:
            parent = c.parent
            if parent is None or c.blocks != start:
                break
            c = parent
    return found


def matrix(list blocks, str hint):
    """features.python_matrix(blocks, hint) for a non-empty list of blocks, `hint` the
    normalised JSON-LD body or None: the first WIDTH columns of feature_names()."""
    cdef Py_ssize_t n = len(blocks), i, j, k, t, m, start_j, chars_total = 0
    if n == 0:
        raise ValueError("no blocks")
    cdef list texts = [b.text for b in blocks]
    for i in range(n):
        chars_total += len(<str>texts[i])
    cdef Counts* counts = <Counts*>malloc(n * sizeof(Counts))
    # The page's words with every non-word character a space and a space before every
    # spaceless one (at most two code points a character, one between blocks).
    cdef Py_UCS4* spaced = <Py_UCS4*>malloc((2 * chars_total + n + 1) * sizeof(Py_UCS4))
    cdef Py_ssize_t* token_block = <Py_ssize_t*>malloc((chars_total + 1) * sizeof(Py_ssize_t))
    cdef double* token_unit = <double*>malloc((chars_total + 1) * sizeof(double))
    if counts is NULL or spaced is NULL or token_block is NULL or token_unit is NULL:
        free(counts); free(spaced); free(token_block); free(token_unit)
        raise MemoryError()
    try:
        return _build(blocks, texts, hint, n, counts, spaced, token_block, token_unit)
    finally:
        free(counts)
        free(spaced)
        free(token_block)
        free(token_unit)


cdef object _build(list blocks, list texts, str hint, Py_ssize_t n, Counts* counts,
                   Py_UCS4* spaced, Py_ssize_t* token_block, double* token_unit):
    cdef Py_ssize_t i, j, k, t, length, n_spaced = 0, n_tokens = 0
    cdef str text
    cdef Py_UCS4 c
    cdef int kind
    cdef void* data
    cdef unsigned int f, g
    cdef bint word, prev_word
    cdef Counts* cnt
    memset(counts, 0, n * sizeof(Counts))
    for i in range(n):
        text = texts[i]
        cnt = &counts[i]
        length = len(text)
        cnt.chars = length
        if i:
            spaced[n_spaced] = 32  # the newline between blocks: not a word character
            n_spaced += 1
        prev_word = False
        kind = PyUnicode_KIND(text)
        data = PyUnicode_DATA(text)
        for j in range(length):
            c = PyUnicode_READ(kind, data, j)
            f = _flags(c)
            word = (f & C_WORD) != 0
            if f & C_SPACELESS:
                cnt.spaceless += 1
                spaced[n_spaced] = 32
                n_spaced += 1
            spaced[n_spaced] = c if word else 32
            n_spaced += 1
            if word:
                cnt.word_chars += 1
                if not (f & C_DECIMAL) and c != 95:  # "_"
                    cnt.wordy += 1
                if not prev_word or (f & C_SPACELESS):
                    token_block[n_tokens] = i
                    token_unit[n_tokens] = C_SPACELESS_UNIT if f & C_SPACELESS else 1.0
                    n_tokens += 1
                    cnt.words += token_unit[n_tokens - 1]
                    if f & C_UPPER:
                        cnt.capitalised += 1
            if f & C_DECIMAL:
                cnt.decimals += 1
            if f & C_COMMA:
                cnt.commas += 1
            if f & C_STOP:
                # A sentence end when the next character past closing quotes and brackets
                # is a space or the block's end; a full-width stop whatever follows.
                if f & C_FULL_STOP:
                    cnt.ends += 1
                else:
                    k = j + 1
                    while k < length and (_flags(PyUnicode_READ(kind, data, k)) & C_CLOSER):
                        k += 1
                    if k == length or PyUnicode_READ(kind, data, k) == 32:
                        cnt.ends += 1
            prev_word = word
        cnt.terminal = (_flags(PyUnicode_READ(kind, data, length - 1)) & C_TERMINAL) != 0
    words = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, spaced, n_spaced).lower().split()
    if len(words) != n_tokens:
        raise AssertionError("the page's words and word starts disagree")
    long_block = np.empty(n_tokens, dtype=bool)
    cdef unsigned char[::1] in_long = long_block.view(np.uint8)
    for t in range(n_tokens):
        in_long[t] = counts[token_block[t]].words >= C_LONG_BLOCK_UNITS
    cdef const unsigned char[::1] frequent = _frequent_words(words, long_block).view(np.uint8)
    t = 0
    for w in words:
        if w in FUNCTION_WORDS:
            counts[token_block[t]].function += token_unit[t]
        if frequent[t]:
            counts[token_block[t]].frequent += token_unit[t]
        t += 1
    return _assemble(blocks, texts, hint, n, counts)


cdef object _assemble(list blocks, list texts, str hint, Py_ssize_t n, Counts* counts):
    cdef Py_ssize_t i, j, k, lo, hi, off, row, m
    cdef Counts* cnt
    cdef double nw, total
    cdef object b, container, parent
    cdef long long bits, near
    cdef float s
    # log1p of every value that needs one, asked of numpy at once: per block its chars,
    # words and depth, per container row its chars and blocks.
    cdef dict seen = {}
    cdef list totals = [(0, 0, 0, 0)]  # row 0: no container
    cdef list chains = []
    cdef dict chain_of = {}
    cdef dict repeats = {}
    cdef list containers = []
    for i in range(n):
        b = blocks[i]
        container = b.container
        containers.append(container)
        chain = chain_of.get(id(container))
        if chain is None:
            chain = chain_of[id(container)] = _container_info(container, seen, totals)
        chains.append(chain)
        text = texts[i]
        repeats[text] = repeats.get(text, 0) + 1
    m = len(totals)
    logs_array = np.empty(3 * n + 2 * m, dtype=np.float64)
    cdef double[::1] logs = logs_array
    cdef long long[:, ::1] tot = np.array(totals, dtype=np.int64)
    for i in range(n):
        logs[i] = counts[i].chars
        logs[n + i] = counts[i].words
        logs[2 * n + i] = (<object>containers[i]).depth
    for k in range(m):
        logs[3 * n + k] = tot[k, 0]
        logs[3 * n + m + k] = tot[k, 2]
    np.log1p(logs_array, out=logs_array)

    out_array = np.zeros((n, WIDTH), dtype=np.float32)
    cdef float[:, ::1] out = out_array
    total = <double>max(blocks[n - 1].chars_before + len(<str>texts[n - 1]), 1)
    cdef double last = <double>max(n - 1, 1)
    # features.python_matrix tests the hint's truth: an empty one counts as none.
    cdef bint has_hint = bool(hint)
    cdef double chars
    for i in range(n):
        cnt = &counts[i]
        b = blocks[i]
        container = containers[i]
        nw = cnt.words if cnt.words > 1.0 else 1.0
        chars = <double>cnt.chars
        out[i, O_LOG_CHARS] = <float>logs[i]
        out[i, O_LOG_WORDS] = <float>logs[n + i]
        out[i, O_LINKS] = <float>(<double><Py_ssize_t>b.link_chars / chars)
        out[i, O_ENDS] = <float>(cnt.ends / nw)
        out[i, O_COMMAS] = <float>(cnt.commas / nw)
        out[i, O_FUNCTION] = <float>(cnt.function / nw)
        out[i, O_CAPITALS] = <float>(cnt.capitalised / nw)
        out[i, O_DIGITS] = <float>(cnt.decimals / chars)
        out[i, O_ENDS_LIKE] = 1.0 if cnt.terminal else 0.0
        out[i, O_WORD_LENGTH] = <float>(cnt.word_chars / nw)
        out[i, O_NUMERIC] = 1.0 if cnt.wordy == 0 else 0.0
        out[i, O_BOLD] = <float>(<double><Py_ssize_t>b.bold_chars / chars)
        out[i, O_POSITION] = <float>(i / last)
        out[i, O_CHAR_POSITION] = <float>(<double><Py_ssize_t>b.chars_before / total)
        out[i, O_DEPTH] = <float>logs[2 * n + i]
        out[i, O_HEADING] = <float><Py_ssize_t>container.heading
        out[i, O_LIST] = <float>(min(<Py_ssize_t>container.list_depth, 3) / 3.0)
        out[i, O_QUOTE] = 1.0 if container.in_quote else 0.0
        out[i, O_REPEATED] = 1.0 if repeats[texts[i]] > 1 else 0.0
        if has_hint:
            out[i, O_IN_HINT] = 1.0 if _in_hint(texts[i], hint) else 0.0
            out[i, O_HAS_HINT] = 1.0
        out[i, O_FREQUENT] = <float>(cnt.frequent / nw)
        out[i, O_SPACELESS] = <float>(<double>cnt.spaceless
                                      / <double>(cnt.word_chars if cnt.word_chars > 1 else 1))

        out[i, TAGS_AT + <int>TAG_GROUP.get(container.tag, OTHER_GROUP)] = 1.0
        bits = container.bits
        for k in range(N_FLAGS):
            if bits & FLAG_BIT_VALUES[k]:
                out[i, FLAGS_AT + k] = 1.0
        parent = container.parent
        near = container.own_bits | (parent.own_bits if parent is not None else 0)
        for k in range(N_NEAR):
            if near & NEAR_BIT_VALUES[k]:
                out[i, NEAR_AT + k] = 1.0

        chain = chains[i]
        for k in range(LEVELS):
            row = chain[k]
            if tot[row, 0] > 0:
                off = CONT_AT + N_CONT * k
                chars = <double>tot[row, 0]
                out[i, off] = <float>logs[3 * n + row]
                out[i, off + 1] = <float>(<double>tot[row, 1] / chars)
                out[i, off + 2] = <float>logs[3 * n + m + row]
                out[i, off + 3] = <float>(<double>tot[row, 3]
                                          / <double>(tot[row, 2] if tot[row, 2] > 1 else 1))
                out[i, off + 4] = <float>(chars / total)

    # Neighbours: a few own columns of the blocks around, zero past the page's edges.
    cdef Py_ssize_t n_cols = len(NEIGH_COLS), shift
    for k in range(len(OFFSETS)):
        shift = OFFSETS[k]
        off = NEIGH_AT + k * n_cols
        for i in range(n):
            if 0 <= i + shift < n:
                for j in range(n_cols):
                    out[i, off + j] = out[i + shift, <Py_ssize_t>NEIGH_COLS[j]]

    # Window means as features._window_mean makes them: a float32 running sum, the
    # difference of two of its values divided (in float64) by the blocks it spans.
    cdef float* cumulative = <float*>malloc((n + 1) * sizeof(float))
    if cumulative is NULL:
        raise MemoryError()
    cdef Py_ssize_t col
    try:
        for k in range(len(WINDOW_COLS)):
            col = WINDOW_COLS[k]
            cumulative[0] = 0.0
            for i in range(n):
                cumulative[i + 1] = cumulative[i] + out[i, col]
            for i in range(n):
                lo = i - WINDOW_RADIUS if i > WINDOW_RADIUS else 0
                hi = i + WINDOW_RADIUS + 1 if i + WINDOW_RADIUS + 1 < n else n
                s = cumulative[hi] - cumulative[lo]
                out[i, WINDOW_AT + k] = <float>(<double>s / <double>(hi - lo))
    finally:
        free(cumulative)
    return out_array


def groups(list blocks):
    """features.container_groups(blocks): ids of each block's first three containers."""
    cdef Py_ssize_t n = len(blocks), i, k
    cdef dict ids = {}
    out_array = np.empty((n, LEVELS), dtype=np.int32)
    cdef int[:, ::1] out = out_array
    cdef object c, parent
    for i in range(n):
        c = (<object>blocks[i]).container
        for k in range(LEVELS):
            out[i, k] = ids.setdefault(id(c), len(ids))
            parent = c.parent
            if parent is not None:
                c = parent
    return out_array
