# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""TreeEnsemble's walk compiled: the leaf every tree gives every row, and their values' sum.

The numpy walk (trees.TreeEnsemble.leaves_numpy) pays for a pass over all rows and trees
per numpy call, several calls a level; here one loop does it, over the ensemble's node
records (trees.NODE32 for float32 rows, NODE64 for float64: a node's threshold and feature
in one read). The trees are walked TREES_A_PASS at a time over all rows, so that their
nodes (5 KB) stay in the first-level cache while the rows stream past: walked row by row,
every row read all trees' nodes (60 KB a stage of the locator) and most reads missed.
Within a row the pass's trees step together, one level at a time, so the processor follows
that many independent paths at once instead of waiting on one path's loads. The step is the
numpy walk's (float32 rows against their thresholds' float32 bound below, which parts them
exactly where the float64 threshold does), so the leaves, and the scores summed from them
by numpy, are the same: tests/test_trees.py holds them to it.

leaf_sums walks the same way and adds each row's leaf values in numpy's own order (see
_pairwise_sum), so that predict_proba needs neither the rows x trees array of leaves nor
numpy's take and sum over it, and its sums are value.take(leaves).sum(axis=1)'s to the bit.
"""

from cython cimport floating
from libc.stdint cimport int32_t, int64_t
from libc.stdlib cimport free, malloc


cdef struct Node32:
    float threshold
    int32_t feature


cdef struct Node64:
    double threshold
    int64_t feature


cdef enum:
    # Trees walked together over all rows: their nodes (8 B each, 63 a tree at depth 6)
    # and a row of features fit the first-level cache with room to spare. Measured on the
    # locator's matrices of 466 pages: 8 to 16 trees a pass within 12% of each other, 10
    # the fastest; 4 took 50% longer (too few paths to overlap their loads).
    TREES_A_PASS = 10


cdef inline void _pass(const floating[:, ::1] X, const unsigned char* nodes,
                       Py_ssize_t first, Py_ssize_t count, Py_ssize_t n_trees, int depth,
                       const float* value, float* values_out,
                       Py_ssize_t* slots_out) noexcept nogil:
    """_walk's trees first to first + count over every row (count at most TREES_A_PASS)."""
    cdef Py_ssize_t inner = (1 << depth) - 1
    cdef Py_ssize_t row, k, slot
    cdef Py_ssize_t at[TREES_A_PASS]
    cdef int level
    cdef const floating* x
    cdef const Node32* pass32 = <const Node32*>nodes + first * inner
    cdef const Node64* pass64 = <const Node64*>nodes + first * inner
    for row in range(X.shape[0]):
        x = &X[row, 0]
        for k in range(count):
            at[k] = 0
        for level in range(depth):
            for k in range(count):
                if floating is float:
                    at[k] = 2 * at[k] + 1 + (x[pass32[k * inner + at[k]].feature]
                                             > pass32[k * inner + at[k]].threshold)
                else:
                    at[k] = 2 * at[k] + 1 + (x[pass64[k * inner + at[k]].feature]
                                             > pass64[k * inner + at[k]].threshold)
        for k in range(count):
            slot = ((first + k) << depth) + at[k] - inner
            if values_out is not NULL:
                values_out[row * n_trees + first + k] = value[slot]
            else:
                slots_out[row * n_trees + first + k] = slot


cdef void _walk(const floating[:, ::1] X, const unsigned char* nodes, Py_ssize_t n_trees,
                int depth, const float* value, float* values_out,
                Py_ssize_t* slots_out) noexcept nogil:
    """For every row of X and tree, the leaf the tree reaches: its value into values_out,
    or where that is NULL its slot (index of value) into slots_out, both rows x trees."""
    cdef Py_ssize_t first = 0
    # A full pass with its count a constant, so that the compiler unrolls its loops.
    while first + TREES_A_PASS <= n_trees:
        _pass(X, nodes, first, TREES_A_PASS, n_trees, depth, value, values_out, slots_out)
        first += TREES_A_PASS
    if first < n_trees:
        _pass(X, nodes, first, n_trees - first, n_trees, depth, value, values_out, slots_out)


def leaves(const floating[:, ::1] X, const unsigned char[::1] nodes, int depth,
           Py_ssize_t[:, ::1] out):
    """Fill out[row, tree] with the leaf slot each tree reaches for each row of X."""
    if out.shape[0] == 0 or out.shape[1] == 0:
        return
    with nogil:
        _walk(X, &nodes[0], out.shape[1], depth, NULL, NULL, &out[0, 0])


cdef float _pairwise_sum(const float* a, Py_ssize_t n) noexcept nogil:
    """numpy's sum of n float32 values (pairwise_sum in its loops_utils.h): under eight,
    one running sum from zero; up to 128, eight running sums over blocks of eight, joined
    as a tree, then the rest one by one; above, the two halves (the first a multiple of
    eight long) summed apart. The order of the additions is numpy's, so is the result."""
    cdef float res
    cdef float r[8]
    cdef Py_ssize_t i, j, half
    if n < 8:
        res = 0.0
        for i in range(n):
            res += a[i]
        return res
    if n <= 128:
        for j in range(8):
            r[j] = a[j]
        i = 8
        while i < n - n % 8:
            for j in range(8):
                r[j] += a[i + j]
            i += 8
        res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        while i < n:
            res += a[i]
            i += 1
        return res
    half = n // 2
    half -= half % 8
    return _pairwise_sum(a, half) + _pairwise_sum(a + half, n - half)


def leaf_sums(const floating[:, ::1] X, const unsigned char[::1] nodes,
              const float[::1] value, int depth, float[::1] out):
    """Fill out[row] with the sum of the values of the leaves every tree reaches for row
    of X, as value.take(leaves(X)).sum(axis=1) gives it: numpy's reduction starts from
    zero (a sum of negative zeros is +0.0) and adds the row's pairwise sum."""
    cdef Py_ssize_t n_rows = X.shape[0], n_trees = value.shape[0] >> depth
    cdef Py_ssize_t row
    cdef float zero = 0.0
    cdef float* values
    if n_rows == 0:
        return
    values = <float*>malloc(max(n_rows * n_trees, 1) * sizeof(float))
    if values is NULL:
        raise MemoryError()
    try:
        with nogil:
            if n_trees:
                _walk(X, &nodes[0], n_trees, depth, &value[0], values, NULL)
            for row in range(n_rows):
                out[row] = zero + _pairwise_sum(values + row * n_trees, n_trees)
    finally:
        free(values)
