# The block and container records compiled (_blocks.pyx), for the modules that make and
# read them in C (_walk.pyx, _features.pyx).

cdef class Container:
    cdef public str tag
    cdef public Py_ssize_t depth
    cdef public long long bits
    cdef public Container parent
    cdef public long long own_bits
    cdef public int heading
    cdef public Py_ssize_t list_depth
    cdef public bint in_quote
    cdef public bint in_pre
    cdef public bint ordered
    cdef public Py_ssize_t chars
    cdef public Py_ssize_t link_chars
    cdef public Py_ssize_t blocks
    cdef public Py_ssize_t p_blocks


cdef class RawBlock:
    cdef public str text
    cdef public Py_ssize_t link_chars
    cdef public Py_ssize_t bold_chars
    cdef public Container container
    cdef public object element
    cdef public Py_ssize_t index
    cdef public Py_ssize_t chars_before
