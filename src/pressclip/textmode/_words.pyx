# cython: language_level=3, boundscheck=False, wraparound=False
"""features.python_words compiled: the page's words numbered, counted, and each token's number.

The Python twin splits the page into a list of tokens, counts them with a Counter, numbers
the distinct words with a dict and maps every token to its number: four passes over the
tokens, three of them through Python's iteration protocol. Here one pass over the text's
characters cuts each token and looks it up once. The text holds only words, spaces and
newlines (features.line_matrix made it so, and lower() makes no whitespace of a word
character), so a token is a run of characters that are neither a space nor a newline:
str.split()'s tokens. tests/test_textmode_words.py holds the two to the same results.
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
