# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""TreeEnsemble's walk compiled: the leaf every tree gives every row, and their values' sum.

The numpy walk (trees.TreeEnsemble._leaves_numpy) pays for a pass over all rows and trees
per numpy call, seven calls a level; here one loop does it. Within a row the trees are
stepped together, one level at a time, so the processor follows 80 independent paths at
once instead of waiting on one path's loads. The step is the numpy walk's to the letter
(the same comparison in double precision, the same self-looping leaves), so the leaves,
and the scores summed from them by numpy, are the same: tests/test_trees.py holds them to it.

leaf_sums walks the same way and adds each row's leaf values in numpy's own order (see
_pairwise_sum), so that predict_proba needs neither the rows x trees array of leaves nor
numpy's take and sum over it (a quarter of the scoring's time on a modern page), and its
sums are value.take(leaves).sum(axis=1)'s to the bit.
"""

from cython cimport floating
from libc.stdlib cimport free, malloc


cdef inline void _reach(const floating[:, ::1] X, Py_ssize_t row,
                        const Py_ssize_t[::1] roots, const Py_ssize_t[::1] feature,
                        const double[::1] threshold, const Py_ssize_t[::1] left, int depth,
                        Py_ssize_t* nodes) noexcept nogil:
    """Set nodes[tree] to the node each tree reaches for row of X: every tree is complete
    to `depth`, so all of them step one level at a time, side by side."""
    cdef Py_ssize_t tree, node, level
    for tree in range(roots.shape[0]):
        nodes[tree] = roots[tree]
    for level in range(depth):
        for tree in range(roots.shape[0]):
            node = nodes[tree]
            nodes[tree] = left[node] + (X[row, feature[node]] > threshold[node])


def leaves(const floating[:, ::1] X, const Py_ssize_t[::1] roots,
           const Py_ssize_t[::1] feature, const double[::1] threshold,
           const Py_ssize_t[::1] left, int depth, Py_ssize_t[:, ::1] out):
    """Fill out[row, tree] with the node each tree reaches for each row of X."""
    cdef Py_ssize_t n_rows = X.shape[0], n_trees = roots.shape[0]
    cdef Py_ssize_t row, tree
    cdef Py_ssize_t* nodes = <Py_ssize_t*>malloc(max(n_trees, 1) * sizeof(Py_ssize_t))
    if nodes is NULL:
        raise MemoryError()
    try:
        with nogil:
            for row in range(n_rows):
                _reach(X, row, roots, feature, threshold, left, depth, nodes)
                for tree in range(n_trees):
                    out[row, tree] = nodes[tree]
    finally:
        free(nodes)


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


def leaf_sums(const floating[:, ::1] X, const Py_ssize_t[::1] roots,
              const Py_ssize_t[::1] feature, const double[::1] threshold,
              const Py_ssize_t[::1] left, const float[::1] value, int depth, float[::1] out):
    """Fill out[row] with the sum of the values of the leaves every tree reaches for row
    of X, as value.take(leaves(X)).sum(axis=1) gives it: numpy's reduction starts from
    zero (a sum of negative zeros is +0.0) and adds the row's pairwise sum."""
    cdef Py_ssize_t n_rows = X.shape[0], n_trees = roots.shape[0]
    cdef Py_ssize_t row, tree
    cdef Py_ssize_t* nodes = <Py_ssize_t*>malloc(max(n_trees, 1) * sizeof(Py_ssize_t))
    cdef float* values = <float*>malloc(max(n_trees, 1) * sizeof(float))
    cdef float zero = 0.0
    if nodes is NULL or values is NULL:
        free(nodes)
        free(values)
        raise MemoryError()
    try:
        with nogil:
            for row in range(n_rows):
                _reach(X, row, roots, feature, threshold, left, depth, nodes)
                for tree in range(n_trees):
                    values[tree] = value[nodes[tree]]
                out[row] = zero + _pairwise_sum(values, n_trees)
    finally:
        free(nodes)
        free(values)
