# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Two of the selection's passes compiled (their Python twins are in locate/__init__.py):
the drop of furniture beside prose (_python_drop_furniture_beside_prose) and the numbers of
the gate's evidence (_python_evidence), bit for bit.

Inside an extraction, where the caches are cold from the rest of the page's work, numpy's
calls on a page's small arrays cost 5-10 µs each and a Python loop over the kept blocks
little less: the two passes cost a modern page about 0.2 ms. Here each is one loop in C.
The evidence's sums are numpy's own floats: numpy adds pairwise (_pairwise is its order),
the twins' `.sum()` starting from 0.0; tests/test_select.py holds the two to the same
results on real pages and on crafted ones.
"""

import numpy as np

from libc.stdlib cimport free, malloc

from ._blocks cimport Container, RawBlock

from . import (
    _AWAY_NAME_COLUMNS,
    _AWAY_TAG_COLUMNS,
    _CONTENT_TAGS,
    _FURNITURE_NAME_BITS,
    _FURNITURE_TAG_BITS,
    _FURNITURE_TAGS,
)
from .features import ENDS_COLUMN, FREQUENT_COLUMN, PROSE_UNITS, STOPS_COLUMN
from .gate import Evidence

cdef Py_ssize_t ENDS = ENDS_COLUMN
cdef Py_ssize_t STOPS = STOPS_COLUMN
cdef Py_ssize_t FREQUENT = FREQUENT_COLUMN
cdef double C_PROSE_UNITS = PROSE_UNITS
cdef long long NAME_BITS = _FURNITURE_NAME_BITS
cdef long long TAG_BITS = _FURNITURE_TAG_BITS
cdef tuple FURNITURE_TAGS = tuple(_FURNITURE_TAGS)
cdef tuple CONTENT_TAGS = tuple(_CONTENT_TAGS)
cdef tuple NAME_COLUMNS = tuple(_AWAY_NAME_COLUMNS)
cdef tuple TAG_COLUMNS = tuple(_AWAY_TAG_COLUMNS)
# numpy's pairwise sum: eight lanes, and halves above a block of this many values.
DEF LANES = 8
DEF BLOCK = 128


cdef double _pairwise(const double* a, Py_ssize_t n) noexcept nogil:
    """numpy's pairwise_sum (loops_utils.h) of a[0:n], in its order."""
    cdef Py_ssize_t i, j, half
    cdef double total
    cdef double lanes[LANES]
    if n < LANES:
        total = 0.0
        for i in range(n):
            total += a[i]
        return total
    if n <= BLOCK:
        for j in range(LANES):
            lanes[j] = a[j]
        i = LANES
        while i < n - n % LANES:
            for j in range(LANES):
                lanes[j] += a[i + j]
            i += LANES
        total = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + \
            ((lanes[4] + lanes[5]) + (lanes[6] + lanes[7]))
        while i < n:
            total += a[i]
            i += 1
        return total
    half = n // 2
    half -= half % LANES
    return _pairwise(a, half) + _pairwise(a + half, n - half)


cdef double _sum(const double* a, Py_ssize_t n) noexcept nogil:
    """What ndarray.sum() gives for a[0:n]: the reduction starts from 0.0."""
    return 0.0 + _pairwise(a, n)


cdef bint _in_furniture_tag(Container c):
    """locate._in_furniture_tag."""
    if not c.bits & TAG_BITS:
        return False
    cdef Container node = c
    while node is not None:
        if node.tag in FURNITURE_TAGS:
            return True
        if node.tag in CONTENT_TAGS:
            return False
        node = node.parent
    return False


cdef bint _is_furniture(Container c):
    """locate._is_furniture."""
    cdef long long near = c.own_bits
    if c.parent is not None:
        near |= c.parent.own_bits
    if near & NAME_BITS:
        return True
    return _in_furniture_tag(c)


cdef bint _any_column(const float[:, :] X, Py_ssize_t i, tuple columns):
    cdef object column
    for column in columns:
        if X[i, <Py_ssize_t>column] != 0:
            return True
    return False


def drop_furniture_beside_prose(list raw, X_array, keep_array, units_array):
    """locate._python_drop_furniture_beside_prose(raw, X, keep, units): `keep` itself when
    nothing leaves, else a new array."""
    cdef const float[:, :] X = X_array
    cdef const unsigned char[:] keep = keep_array.view(np.uint8)
    cdef const double[:] units = units_array
    cdef Py_ssize_t n = keep.shape[0], i, m = 0
    cdef bint prose_beside = False
    cdef RawBlock b
    cdef unsigned char[:] out
    cdef Py_ssize_t* away = <Py_ssize_t*>malloc((n + 1) * sizeof(Py_ssize_t))
    if away is NULL:
        raise MemoryError()
    try:
        for i in range(n):
            if not keep[i]:
                continue
            b = raw[i]
            if _any_column(X, i, NAME_COLUMNS):
                away[m] = i
                m += 1
            elif _any_column(X, i, TAG_COLUMNS) and _in_furniture_tag(b.container):
                # Inside a <footer>, <aside> or <nav> only when no <article> or <main> is
                # nearer.
                away[m] = i
                m += 1
            elif X[i, ENDS] > 0 and units[i] >= C_PROSE_UNITS:
                prose_beside = True
        if m == 0 or not prose_beside:
            return keep_array
        out_array = keep_array.copy()
        out = out_array.view(np.uint8)
        for i in range(m):
            out[away[i]] = 0
        return out_array
    finally:
        free(away)


def evidence(list raw, keep_array, proba_array, units_array, X_array, bint fallback):
    """locate._python_evidence(raw, keep, proba, units, X, fallback), on a page of one block
    or more."""
    cdef const float[:, :] X = X_array
    cdef const unsigned char[:] keep = keep_array.view(np.uint8)
    cdef const float[:] proba = proba_array
    cdef const double[::1] units = units_array
    cdef Py_ssize_t n = keep.shape[0], i, m = 0, ended = 0, chars = 0, links = 0
    cdef double page_best = proba[0], best = 0.0, longest = 0.0, furniture = 0.0
    cdef double words, scaled, per_word, u, total
    cdef RawBlock b
    for i in range(1, n):
        if proba[i] > page_best:
            page_best = proba[i]
    # The kept blocks' word units, scores times units, units of those ending a sentence,
    # and the two per-word columns weighted back: five runs of n values.
    cdef double* runs = <double*>malloc((5 * n + 1) * sizeof(double))
    if runs is NULL:
        raise MemoryError()
    cdef double* kept_units = runs
    cdef double* weighted = runs + n
    cdef double* ending = runs + 2 * n
    cdef double* stops = runs + 3 * n
    cdef double* frequent = runs + 4 * n
    try:
        for i in range(n):
            if not keep[i]:
                continue
            b = raw[i]
            u = units[i]
            if m == 0 or proba[i] > best:
                best = proba[i]
            if m == 0 or u > longest:
                longest = u
            kept_units[m] = u
            weighted[m] = <double>proba[i] * u
            if X[i, ENDS] > 0:
                ending[ended] = u
                ended += 1
            per_word = u if u > 1.0 else 1.0
            stops[m] = <double>X[i, STOPS] * per_word
            frequent[m] = <double>X[i, FREQUENT] * per_word
            chars += len(b.text)
            links += b.link_chars
            if _is_furniture(b.container):
                furniture += u
            m += 1
        if m == 0:
            return Evidence(0.0, 0.0, fallback, page_best=page_best)
        words = _sum(kept_units, m)
        scaled = words if words > 1e-9 else 1e-9
        total = _sum(&units[0], n)
        return Evidence(
            words=words,
            best=best,
            fallback=fallback,
            mean=_sum(weighted, m) / scaled,
            page_best=page_best,
            longest=longest,
            share=words / (total if total > 1e-9 else 1e-9),
            link_density=<double>links / <double>(chars if chars > 1 else 1),
            blocks=m,
            prose=_sum(ending, ended) / scaled,
            furniture=furniture / scaled,
            stops=_sum(stops, m) / scaled,
            frequent=_sum(frequent, m) / scaled,
        )
    finally:
        free(runs)
