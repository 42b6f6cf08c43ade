# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""The feature matrix's last columns compiled (features.python_with_prose_context's twin):
an unlisted language's function-word columns and the PROSE_CONTEXT columns, bit for bit.

numpy's two dozen calls on small arrays there cost a modern page about 0.3 ms where the
caches are cold from the rest of the extraction. Here the numpy calls left are those whose
results must be numpy's own: expm1 and log1p, which it may compute with its own vector code
(asked once each, for all the values a page needs), and the three sums it adds pairwise.
Group sums are made in block order, as bincount makes them. tests/test_features.py holds the
two to the same matrix on real pages and on crafted ones.
"""

import numpy as np

from libc.math cimport rint
from libc.stdlib cimport free, malloc, qsort
from libc.string cimport memset

from ._groups cimport group_count

from .features import (
    _CONTAINER_LEVELS,
    _DEPTH_WEIGHT,
    _FLAG_BITS,
    _FREQUENT_COLUMNS,
    _FUNCTION_COLUMNS,
    _LISTED_SHARE,
    _LONG_BLOCK_UNITS,
    _SHAPE_WEIGHTS,
    ENDS_COLUMN,
    FUNCTION_COLUMN,
    OWN_FEATURES,
    PROSE_CONTEXT,
    PROSE_UNITS,
    TAG_GROUP_NAMES,
    WORDS_COLUMN,
)

cdef Py_ssize_t O_LOG_WORDS = WORDS_COLUMN
cdef Py_ssize_t O_FUNCTION = FUNCTION_COLUMN
cdef Py_ssize_t O_ENDS_LIKE = ENDS_COLUMN
cdef Py_ssize_t O_DEPTH = OWN_FEATURES.index("log_depth")
cdef Py_ssize_t TAGS_AT = len(OWN_FEATURES)
cdef Py_ssize_t N_TAGS = len(TAG_GROUP_NAMES)
cdef Py_ssize_t N_FLAGS = len(_FLAG_BITS)
cdef Py_ssize_t LEVELS = _CONTAINER_LEVELS
cdef double C_LONG_BLOCK_UNITS = _LONG_BLOCK_UNITS

cdef tuple FUNCTION_COLS = tuple(_FUNCTION_COLUMNS)
cdef tuple FREQUENT_COLS = tuple(_FREQUENT_COLUMNS)
cdef double LISTED_SHARE = _LISTED_SHARE
cdef double C_PROSE_UNITS = PROSE_UNITS
cdef Py_ssize_t N_PROSE = len(PROSE_CONTEXT)
# A block's shape as features._shape_keys weighs it: the tag group and flag columns (0 or 1)
# times these powers and indexes, its depth times DEPTH_WEIGHT; every partial sum is an
# integer below 2**53, so the sum in any order is the float numpy's product gives.
cdef const double[::1] SHAPE_WEIGHTS = np.ascontiguousarray(_SHAPE_WEIGHTS, dtype=np.float64)
cdef double DEPTH_WEIGHT = _DEPTH_WEIGHT
assert len(_SHAPE_WEIGHTS) == N_TAGS + N_FLAGS

ctypedef struct Keyed:
    double key
    Py_ssize_t at


cdef int _by_key(const void* a, const void* b) noexcept nogil:
    cdef double x = (<const Keyed*>a).key, y = (<const Keyed*>b).key
    return (x > y) - (x < y)


def with_prose_context(X_array, const int[:, ::1] groups):
    """features.python_with_prose_context(X, groups) for the float32 matrix the builders
    make: its function-word columns replaced in place by the frequent-word ones on a page in
    an unlisted language (features._unlisted_language), then the PROSE_CONTEXT columns
    appended (features.prose_context)."""
    cdef float[:, ::1] X = X_array
    cdef Py_ssize_t n = X.shape[0], width = X.shape[1], i, j, k, g, size
    cdef float far
    out_array = np.zeros((n, width + N_PROSE), dtype=np.float32)
    cdef float[:, ::1] out = out_array
    if n == 0:
        return out_array
    # Word units and depths back from their logs.
    back_array = np.empty(2 * n, dtype=np.float64)
    cdef double[::1] back = back_array
    for i in range(n):
        back[i] = X[i, O_LOG_WORDS]
        back[n + i] = X[i, O_DEPTH]
    np.expm1(back_array, out=back_array)
    _unlisted_language(X, back, n)
    for i in range(n):
        for j in range(width):
            out[i, j] = X[i, j]
    weights_array = np.empty(n, dtype=np.float64)
    cdef double[::1] weights = weights_array
    for i in range(n):
        weights[i] = back[i] if X[i, O_ENDS_LIKE] > 0 and back[i] >= C_PROSE_UNITS else 0.0
    cdef double total = float(weights_array.sum())
    if total <= 0:
        far = <float>float(np.log1p(n))
        for i in range(n):
            out[i, width + 5] = far
        return out_array
    # log1p's arguments: the prose units of each block's three containers, of its shape,
    # and its distance to the nearest prose block.
    logs_array = np.empty(5 * n, dtype=np.float64)
    cdef double[::1] logs = logs_array
    cdef double* sums = <double*>malloc((3 * n + 1) * sizeof(double))
    cdef Keyed* keyed = <Keyed*>malloc(n * sizeof(Keyed))
    cdef Py_ssize_t* shape = <Py_ssize_t*>malloc(n * sizeof(Py_ssize_t))
    cdef double key, cumulative = 0.0
    try:
        if sums is NULL or keyed is NULL or shape is NULL:
            raise MemoryError()
        for k in range(LEVELS):
            size = group_count(groups, k, n)
            memset(sums, 0, size * sizeof(double))
            for i in range(n):
                sums[groups[i, k]] += weights[i]
            for i in range(n):
                logs[k * n + i] = sums[groups[i, k]]
        for i in range(n):
            key = 0.0
            for j in range(N_TAGS + N_FLAGS):
                key += <double>X[i, TAGS_AT + j] * SHAPE_WEIGHTS[j]
            keyed[i].key = key + rint(back[n + i]) * DEPTH_WEIGHT
            keyed[i].at = i
        qsort(keyed, n, sizeof(Keyed), _by_key)
        g = 0
        for i in range(n):
            if i > 0 and keyed[i].key != keyed[i - 1].key:
                g += 1
            shape[keyed[i].at] = g
        memset(sums, 0, (g + 1) * sizeof(double))
        for i in range(n):
            sums[shape[i]] += weights[i]
        for i in range(n):
            logs[3 * n + i] = sums[shape[i]]
        _prose_distances(weights, &logs[4 * n], n)
    finally:
        free(sums)
        free(keyed)
        free(shape)
    np.log1p(logs_array, out=logs_array)
    for i in range(n):
        for k in range(4):
            out[i, width + k] = <float>logs[k * n + i]
        cumulative += weights[i]
        out[i, width + 4] = <float>((cumulative - weights[i]) / total)
        out[i, width + 5] = <float>logs[4 * n + i]
    return out_array


cdef int _unlisted_language(float[:, ::1] X, const double[::1] units, Py_ssize_t n) except -1:
    """features._unlisted_language on X in place, `units` its blocks' word units: the sums
    asked of numpy, which adds pairwise."""
    cdef Py_ssize_t i, k, m = 0
    products_array = np.empty(n, dtype=np.float64)
    longs_array = np.empty(n, dtype=np.float64)
    cdef double[::1] products = products_array, longs = longs_array
    for i in range(n):
        if units[i] >= C_LONG_BLOCK_UNITS:
            products[m] = <double>X[i, O_FUNCTION] * units[i]
            longs[m] = units[i]
            m += 1
    if m == 0 or float(products_array[:m].sum()) >= LISTED_SHARE * float(longs_array[:m].sum()):
        return 0
    for k in range(len(FUNCTION_COLS)):
        for i in range(n):
            X[i, <Py_ssize_t>FUNCTION_COLS[k]] = X[i, <Py_ssize_t>FREQUENT_COLS[k]]
    return 0


cdef void _prose_distances(const double[::1] weights, double* out, Py_ssize_t n) noexcept:
    """Each block's distance, in blocks, to the nearest block with prose weight (one
    exists): features.prose_context's searchsorted on both sides, as two sweeps."""
    cdef Py_ssize_t i, seen = -1
    for i in range(n):
        if weights[i] > 0:
            seen = i
        out[i] = <double>(i - seen) if seen >= 0 else -1.0
    seen = -1
    for i in range(n - 1, -1, -1):
        if weights[i] > 0:
            seen = i
        if seen >= 0 and (out[i] < 0 or <double>(seen - i) < out[i]):
            out[i] = <double>(seen - i)
