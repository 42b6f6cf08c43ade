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

tidy_lines (twin lines.python_tidy_lines): the spaced lines with the flattener's spaces
before stops and list glyphs taken off; the twin tests three substrings of every line in
Python, here one pass over the line finds whether it needs the (Python) tidying at all.

indents (twin layout.python_indents): of the raw lines that hold a word character, each
one's indentation and stripped length; a regular-expression search and two strips a line
in the twin (a tenth of text mode's time on inscriptis text), one pass over the line here.

word_weights (twin lexicon.python_word_weights): the lexicon's weight of each numbered
word, looked up in C; the twin's map of dict.get through np.fromiter took 7% of text mode's
time on the old sets' pages, whose menus and comments hold many distinct words.

repeat_keys (twin extract.python_repeat_keys): each line without the characters str.isalnum
refuses at its end, case-folded; the twin collects the page's such characters in a set first
(one Python string per character of the page) for str.rstrip.

tests/test_textmode_compiled.py and tests/test_textmode_compiled_passes.py hold each to its
twin.
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


def word_weights(dict numbers, dict weights):
    """lexicon.python_word_weights compiled: weights.get(word, 0.0) of each word of
    `numbers` (word -> number, numbered in insertion order), as float64 in number order."""
    out = np.zeros(len(numbers), dtype=np.float64)
    cdef double[::1] weight = out
    cdef Py_ssize_t i = 0
    cdef object word, value
    for word in numbers:
        value = weights.get(word)
        if value is not None:
            weight[i] = value
        i += 1
    return out


cdef extern from "Python.h":
    bint Py_UNICODE_ISALNUM(Py_UCS4 ch)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch)
    object PyUnicode_FromKindAndData(int kind, const void* buffer, Py_ssize_t size)
    int PyUnicode_1BYTE_KIND
    int PyUnicode_4BYTE_KIND


# Characters 0-255 classed once: white space (str.isspace), word character (re's \w).
cdef unsigned char SPACE = 1, WORDY = 2
cdef unsigned char LATIN1[256]
for _code in range(256):
    LATIN1[_code] = ((SPACE if Py_UNICODE_ISSPACE(_code) else 0)
                     | (WORDY if _code == 95 or Py_UNICODE_ISALNUM(_code) else 0))


def spaced_lines(list raws):
    """lines.python_spaced_lines compiled: of the raw lines that hold a word character (re's
    \\w: alphanumeric or "_"), each with its runs of whitespace made one space and its ends
    stripped (" ".join(raw.split())). One pass over a line's characters settles both and
    writes the spaced line as it goes; a line already so is kept as it is. Lines of
    characters 0-255 (most) are read through a table, the others one call a character."""
    cdef list out = []
    cdef str raw
    cdef Py_ssize_t n, i, m, longest = 0
    cdef int kind
    cdef void *data
    cdef const unsigned char *latin
    cdef Py_UCS4 c
    cdef unsigned char klass
    cdef bint word, tidy, after_space
    for raw in raws:
        if len(raw) > longest:
            longest = len(raw)
    buffer = np.empty(longest + 1, dtype=np.uint32)
    cdef Py_UCS4[::1] spaced = buffer
    for raw in raws:
        n = len(raw)
        if n == 0:
            continue
        kind = PyUnicode_KIND(raw)
        data = PyUnicode_DATA(raw)
        word = False
        tidy = True
        after_space = True  # a space first is a space to strip
        m = 0
        if kind == PyUnicode_1BYTE_KIND:
            latin = <const unsigned char *>data
            for i in range(n):
                c = latin[i]
                klass = LATIN1[c]
                if klass & SPACE:
                    if c != 32 or after_space:
                        tidy = False
                    after_space = True
                else:
                    if after_space and m:
                        spaced[m] = 32
                        m += 1
                    spaced[m] = c
                    m += 1
                    if klass & WORDY:
                        word = True
                    after_space = False
        else:
            for i in range(n):
                c = PyUnicode_READ(kind, data, i)
                if Py_UNICODE_ISSPACE(c):
                    if c != 32 or after_space:
                        tidy = False
                    after_space = True
                else:
                    if after_space and m:
                        spaced[m] = 32
                        m += 1
                    spaced[m] = c
                    m += 1
                    if not word and (c == 95 or Py_UNICODE_ISALNUM(c)):
                        word = True
                    after_space = False
        if not word:
            continue
        if after_space:  # ends with a space
            tidy = False
        out.append(raw if tidy else PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, &spaced[0], m))
    return out


def indents(list raws):
    """layout.python_indents compiled: for each raw line that holds a word character (re's
    \\w), the count of white space characters (str.isspace) opening it and the length of
    the line stripped at both ends (len(raw.strip()))."""
    cdef Py_ssize_t n, i, first, last, k = 0
    cdef int kind
    cdef void *data
    cdef Py_UCS4 c
    cdef bint word
    cdef str raw
    depth_out = np.empty(len(raws), dtype=np.int64)
    length_out = np.empty(len(raws), dtype=np.int64)
    cdef long long[::1] depth = depth_out
    cdef long long[::1] length = length_out
    for raw in raws:
        n = len(raw)
        kind = PyUnicode_KIND(raw)
        data = PyUnicode_DATA(raw)
        word = False
        first = -1
        last = -1
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if Py_UNICODE_ISSPACE(c):
                continue
            if first < 0:
                first = i
            last = i
            if not word and (c == 95 or Py_UNICODE_ISALNUM(c)):
                word = True
        if word:
            depth[k] = first
            length[k] = last - first + 1
            k += 1
    return depth_out[:k].copy(), length_out[:k].copy()


def tidy_lines(list spaced, str bullets, tidy, has_word):
    """lines.python_tidy_lines compiled: of the spaced lines, those that hold " ," or " ."
    or open with one of `bullets` passed through `tidy` (lines._tidy) and kept only if
    `has_word` (a search for a word character) finds one in what is left; the others kept
    as they are."""
    cdef list out = []
    cdef str line
    cdef Py_ssize_t n, i
    cdef int kind
    cdef void *data
    cdef Py_UCS4 c, previous
    cdef bint needs
    for line in spaced:
        n = len(line)
        kind = PyUnicode_KIND(line)
        data = PyUnicode_DATA(line)
        needs = n > 0 and PyUnicode_READ(kind, data, 0) in bullets
        previous = 0
        i = 0
        while not needs and i < n:
            c = PyUnicode_READ(kind, data, i)
            if previous == 32 and (c == 44 or c == 46):
                needs = True
            previous = c
            i += 1
        if not needs:
            out.append(line)
            continue
        tidied = tidy(line)
        if tidied is line or (tidied and has_word(tidied)):
            out.append(tidied)
    return out


def repeat_keys(list lines):
    """extract.python_repeat_keys compiled: each line with the characters that str.isalnum
    refuses stripped from its end, case-folded."""
    cdef list out = []
    cdef str line
    cdef Py_ssize_t n, end
    cdef int kind
    cdef void *data
    for line in lines:
        n = len(line)
        kind = PyUnicode_KIND(line)
        data = PyUnicode_DATA(line)
        end = n
        while end > 0 and not Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, end - 1)):
            end -= 1
        out.append((line if end == n else line[:end]).casefold())
    return out
