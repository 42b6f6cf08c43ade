# cython: language_level=3, boundscheck=False, wraparound=False
"""attributes.py's test for a start tag over the cap, compiled.

The regular expression engine enters its lookahead at every start tag of the page and costs
about 3 ms a MB, a twentieth of an extraction; this loop reads the same tokens (possessive
quantifiers make them deterministic: each token is taken whole or not at all, so one pass
decides) at about a quarter of that (0.58 -> 0.14 ms a fundus_dev page), each "<" found by
CPython's own character search. attributes.py keeps the expression as the reference where
this module was not built, and tests/test_parse_attributes.py holds the two to the same
answers, on random strings as on real pages.
"""

from cpython.unicode cimport Py_UNICODE_ISSPACE


cdef extern from "Python.h":
    Py_UCS4 PyUnicode_READ(int kind, void* data, Py_ssize_t index) nogil
    int PyUnicode_KIND(object text)
    void* PyUnicode_DATA(object text)
    Py_ssize_t PyUnicode_FindChar(object text, Py_UCS4 ch, Py_ssize_t start, Py_ssize_t end,
                                  int direction) except -2


cdef inline bint _separator(Py_UCS4 c) noexcept:
    return c == u"/" or Py_UNICODE_ISSPACE(c)


def any_tag_over(str text not None, Py_ssize_t cap):
    """Whether a start tag of `text` has more than `cap` attributes, as
    attributes._ANY_OVER_CAP.search(text) is not None tells."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef Py_ssize_t n = len(text), i = -1, j, k, count
    cdef Py_UCS4 c, quote
    while True:
        # The next "<" that a character follows, found by CPython's vectorised search.
        i = PyUnicode_FindChar(text, u"<", i + 1, n - 1, 1)
        if i < 0:
            return False
        c = PyUnicode_READ(kind, data, i + 1)
        if not (u"a" <= c <= u"z" or u"A" <= c <= u"Z"):
            continue
        # The tag's name: [^\s/>]*+
        j = i + 2
        while j < n:
            c = PyUnicode_READ(kind, data, j)
            if c == u">" or _separator(c):
                break
            j += 1
        count = 0
        while count <= cap:
            # One attribute: [\s/]*+ [^\s/>] [^\s/>=]*+ (?:\s*+ = \s*+ value)?+
            while j < n and _separator(PyUnicode_READ(kind, data, j)):
                j += 1
            if j >= n or PyUnicode_READ(kind, data, j) == u">":
                break
            j += 1
            while j < n:
                c = PyUnicode_READ(kind, data, j)
                if c == u">" or c == u"=" or _separator(c):
                    break
                j += 1
            count += 1
            k = j
            while k < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, k)):
                k += 1
            if k >= n or PyUnicode_READ(kind, data, k) != u"=":
                continue  # no value: the spaces are the next attribute's separators
            k += 1
            while k < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, k)):
                k += 1
            if k < n and (PyUnicode_READ(kind, data, k) == u'"'
                          or PyUnicode_READ(kind, data, k) == u"'"):
                # "[^"]*+"? or '[^']*+'?: an unclosed quote runs to the end.
                quote = PyUnicode_READ(kind, data, k)
                k += 1
                while k < n and PyUnicode_READ(kind, data, k) != quote:
                    k += 1
                if k < n:
                    k += 1
            else:
                # [^\s>]*+
                while k < n:
                    c = PyUnicode_READ(kind, data, k)
                    if c == u">" or Py_UNICODE_ISSPACE(c):
                        break
                    k += 1
            j = k
        if count > cap:
            return True
