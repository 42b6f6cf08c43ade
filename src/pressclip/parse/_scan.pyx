# cython: language_level=3, boundscheck=False, wraparound=False
"""attributes.py's test for a start tag over the cap, compiled.

The regular expression engine enters its lookahead at every start tag of the page and costs
about 3 ms a MB, a twentieth of an extraction; this loop reads the same tokens (possessive
quantifiers make them deterministic: each token is taken whole or not at all, so one pass
decides) at about a quarter of that (0.58 -> 0.14 ms a fundus_dev page), each "<" found by
CPython's own character search. attributes.py keeps the expression as the reference where
this module was not built, and tests/test_parse_attributes.py holds the two to the same
answers, on random strings as on real pages. any_tag_over_utf8 reads the same tokens from
the page's UTF-8, the bytes the parser is handed: about a third of the cost again.
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


cdef extern from "string.h":
    const void* memchr(const void* s, int c, size_t n) nogil


cdef inline Py_ssize_t _space(const unsigned char* s, Py_ssize_t j, Py_ssize_t n) noexcept nogil:
    """The length in bytes of the white space character (str.isspace, the expression's \\s)
    that starts at s[j] in valid UTF-8, else 0. Continuation bytes never start one, so a
    position inside another character answers 0, as that character would."""
    cdef unsigned char c = s[j], c2
    if c < 0x80:
        return 1 if c == 0x20 or 0x09 <= c <= 0x0d or 0x1c <= c <= 0x1f else 0
    if c == 0xc2:  # U+0085, U+00A0
        return 2 if j + 1 < n and (s[j + 1] == 0x85 or s[j + 1] == 0xa0) else 0
    if j + 2 >= n:
        return 0
    if c == 0xe1:  # U+1680
        return 3 if s[j + 1] == 0x9a and s[j + 2] == 0x80 else 0
    if c == 0xe2:
        c2 = s[j + 2]
        if s[j + 1] == 0x80:  # U+2000-U+200A, U+2028, U+2029, U+202F
            return 3 if c2 <= 0x8a or c2 == 0xa8 or c2 == 0xa9 or c2 == 0xaf else 0
        return 3 if s[j + 1] == 0x81 and c2 == 0x9f else 0  # U+205F
    if c == 0xe3:  # U+3000
        return 3 if s[j + 1] == 0x80 and s[j + 2] == 0x80 else 0
    return 0


# Each byte's part in a start tag's tokens, for the UTF-8 scan: one table load a byte where
# the tests were up to five comparisons. LEAD marks the first bytes of the non-ASCII white
# space characters (U+0085, U+00A0: 0xC2; U+1680: 0xE1; U+2000-U+205F: 0xE2; U+3000:
# 0xE3): a run stops there only when _space reads a space.
cdef enum:
    SPACE = 1   # ASCII white space, str.isspace's: \t \n \v \f \r, 0x1C-0x1F, " "
    GT = 2      # ">"
    SLASH = 4   # "/"
    EQUALS = 8  # "="
    LEAD = 16
cdef unsigned char BYTE_CLASS[256]  # a C global: all zero until set below
for _byte in (0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f):
    BYTE_CLASS[_byte] = SPACE
BYTE_CLASS[ord(">")] = GT
BYTE_CLASS[ord("/")] = SLASH
BYTE_CLASS[ord("=")] = EQUALS
for _byte in (0xc2, 0xe1, 0xe2, 0xe3):
    BYTE_CLASS[_byte] = LEAD


cdef inline Py_ssize_t _run_end(const unsigned char* s, Py_ssize_t j, Py_ssize_t n,
                                unsigned char stops) noexcept nogil:
    """The first position from j of a byte of the classes `stops` (SPACE standing for any
    white space, ASCII or not), else n: the end of a run [^...]*+."""
    cdef unsigned char b
    while j < n:
        b = BYTE_CLASS[s[j]]
        if b & stops:
            if not (b & LEAD) or _space(s, j, n):
                return j
        j += 1
    return n


cdef inline Py_ssize_t _spaces_end(const unsigned char* s, Py_ssize_t j, Py_ssize_t n,
                                   bint slashes) noexcept nogil:
    """The first position from j past a run of white space (and of "/" when `slashes`)."""
    cdef Py_ssize_t step
    cdef unsigned char b
    while j < n:
        b = BYTE_CLASS[s[j]]
        if b & SPACE or (slashes and b & SLASH):
            j += 1
        elif b & LEAD:
            step = _space(s, j, n)
            if step == 0:
                return j
            j += step
        else:
            return j
    return n


def any_tag_over_utf8(const unsigned char[::1] data, Py_ssize_t cap):
    """any_tag_over read from the text's UTF-8 (the bytes the parser is handed): the same
    tokens, with each "<" found by memchr and no character decoded but the non-ASCII spaces,
    about a third of the cost of reading the str. A character of several bytes is stepped
    over byte by byte: none of its bytes is ASCII, so none ends a token early."""
    cdef Py_ssize_t n = data.shape[0], i = -1, j, k, count
    cdef const unsigned char* s
    cdef const unsigned char* found
    cdef unsigned char c, quote
    if n == 0:
        return False
    s = &data[0]
    while True:
        # The next "<" that a byte follows.
        if i + 1 >= n - 1:
            return False
        found = <const unsigned char*>memchr(s + i + 1, b"<", <size_t>(n - 1 - (i + 1)))
        if found is NULL:
            return False
        i = found - s
        c = s[i + 1]
        if not (b"a" <= c <= b"z" or b"A" <= c <= b"Z"):
            continue
        # The tag's name: [^\s/>]*+
        j = _run_end(s, i + 2, n, GT | SLASH | SPACE | LEAD)
        count = 0
        while count <= cap:
            # One attribute: [\s/]*+ [^\s/>] [^\s/>=]*+ (?:\s*+ = \s*+ value)?+
            j = _spaces_end(s, j, n, True)
            if j >= n or s[j] == b">":
                break
            j = _run_end(s, j + 1, n, GT | EQUALS | SLASH | SPACE | LEAD)
            count += 1
            k = _spaces_end(s, j, n, False)
            if k >= n or s[k] != b"=":
                continue  # no value: the spaces are the next attribute's separators
            k = _spaces_end(s, k + 1, n, False)
            if k < n and (s[k] == b'"' or s[k] == b"'"):
                # "[^"]*+"? or '[^']*+'?: an unclosed quote runs to the end.
                quote = s[k]
                found = <const unsigned char*>memchr(s + k + 1, quote, <size_t>(n - k - 1))
                k = n if found is NULL else (found - s) + 1
            else:
                # [^\s>]*+
                k = _run_end(s, k, n, GT | SPACE | LEAD)
            j = k
        if count > cap:
            return True
