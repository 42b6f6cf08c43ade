# The container groups of features.container_groups read in C, for the compiled feature
# columns that sum over them (_features.pyx's context, _prose.pyx's prose context). Inline
# only: no module of this name exists at run time.

cdef inline Py_ssize_t group_count(const int[:, ::1] groups, Py_ssize_t k,
                                   Py_ssize_t n) except -1:
    """The number of ids in column k of the first n rows of `groups` (the largest plus
    one): the sums its callers keep, in buffers of three a block and one, which the ids may
    not run past."""
    cdef Py_ssize_t i, size = 0
    for i in range(n):
        if groups[i, k] + 1 > size:
            size = groups[i, k] + 1
    if size > 3 * n + 1:
        raise ValueError("container ids run past three a block")
    return size
