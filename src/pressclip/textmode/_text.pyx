# cython: language_level=3, boundscheck=False, wraparound=False
"""Text mode's per-token and per-line Python loops compiled, each beside its Python twin.

words (twin features.python_words): the page's words numbered, counted, and each token's
number. The twin splits the page into a list of tokens, counts them with a Counter, numbers
the distinct words with a dict and maps every token to its number: four passes over the
tokens, three of them through Python's iteration protocol. Here one pass over the text's
characters cuts each token and looks it up once. The text holds only words, spaces and
newlines (features.fold made it so, and lower() makes no whitespace of a word character),
so a token is a run of characters that are neither a space nor a newline: str.split()'s
tokens.

spaced_lines (twin lines.python_spaced_lines): the raw lines that hold a word character,
their spaces collapsed; a regular-expression search and a split and join per raw line in
the twin, one pass over the line's characters here.

tests/test_textmode_compiled.py holds each to its twin.
"""

import numpy as np

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ


def words(str folded):
    """(word -> number in order of first appearance, count of each number, number of each
    token), as features.python_words gives them."""
    cdef Py_ssize_t n = len(folded), i = 0, start, n_tokens = 0, number
    cdef int kind = PyUnicode_KIND(folded)
    cdef void *data = PyUnicode_DATA(folded)
    cdef Py_UCS4 c
    cdef dict numbers = {}
    # A token takes at least one character and one separator, but for the last one.
    out = np.empty(n // 2 + 1, dtype=np.intp)
    cdef Py_ssize_t[::1] ids = out
    counts = np.zeros(n // 2 + 1, dtype=np.int64)
    cdef long long[::1] count = counts
    cdef object token, found
    while i < n:
        c = PyUnicode_READ(kind, data, i)
        if c == 32 or c == 10:
            i += 1
            continue
        start = i
        i += 1
        while i < n:
            c = PyUnicode_READ(kind, data, i)
            if c == 32 or c == 10:
                break
            i += 1
        token = folded[start:i]
        found = numbers.get(token)
        if found is None:
            number = len(numbers)
            numbers[token] = number
        else:
            number = <Py_ssize_t>found
        count[number] += 1
        ids[n_tokens] = number
        n_tokens += 1
    return numbers, counts[:len(numbers)].copy(), out[:n_tokens].copy()


cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)


def spaced_lines(list raws):
    """lines.python_spaced_lines compiled: of the raw lines that hold a word character (re's
    \\w: alphanumeric or "_"), each with its runs of whitespace made one space and its ends
    stripped (" ".join(raw.split())). One pass over a line's characters settles both; a
    line already so is kept as it is, the others go through the same Python calls."""
    cdef list out = []
    cdef str raw
    cdef Py_ssize_t n, i
    cdef int kind
    cdef void *data
    cdef Py_UCS4 c
    cdef bint word, tidy, after_space
    for raw in raws:
        n = len(raw)
        kind = PyUnicode_KIND(raw)
        data = PyUnicode_DATA(raw)
        word = False
        tidy = True
        after_space = True  # a space first is a space to strip
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if Py_UNICODE_ISSPACE(c):
                if c != 32 or after_space:
                    tidy = False
                after_space = True
            else:
                if not word and (c == 95 or Py_UNICODE_ISALNUM(c)):
                    word = True
                after_space = False
        if not word:
            continue
        if after_space:  # ends with a space
            tidy = False
        out.append(raw if tidy else " ".join(raw.split()))
    return out
