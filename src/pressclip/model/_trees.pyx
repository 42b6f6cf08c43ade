# cython: language_level=3, boundscheck=False, wraparound=False, initializedcheck=False
"""TreeEnsemble's walk compiled: the leaf every tree gives every row.

The numpy walk (trees.TreeEnsemble._leaves_numpy) pays for a pass over all rows and trees
per numpy call, seven calls a level; here one loop does it. Within a row the trees are
stepped together, one level at a time, so the processor follows 80 independent paths at
once instead of waiting on one path's loads. The step is the numpy walk's to the letter
(the same comparison in double precision, the same self-looping leaves), so the leaves,
and the scores summed from them by numpy, are the same: tests/test_trees.py holds them to it.
"""

from cython cimport floating
from libc.stdlib cimport free, malloc


def leaves(const floating[:, ::1] X, const Py_ssize_t[::1] roots,
           const Py_ssize_t[::1] feature, const double[::1] threshold,
           const Py_ssize_t[::1] left, int depth, Py_ssize_t[:, ::1] out):
    """Fill out[row, tree] with the node each tree reaches for each row of X."""
    cdef Py_ssize_t n_rows = X.shape[0], n_trees = roots.shape[0]
    cdef Py_ssize_t row, tree, node, level
    cdef Py_ssize_t* nodes = <Py_ssize_t*>malloc(max(n_trees, 1) * sizeof(Py_ssize_t))
    if nodes is NULL:
        raise MemoryError()
    try:
        with nogil:
            for row in range(n_rows):
                for tree in range(n_trees):
                    nodes[tree] = roots[tree]
                for level in range(depth):
                    for tree in range(n_trees):
                        node = nodes[tree]
                        nodes[tree] = left[node] + (X[row, feature[node]] > threshold[node])
                for tree in range(n_trees):
                    out[row, tree] = nodes[tree]
    finally:
        free(nodes)
