# cython: language_level=3, boundscheck=False, wraparound=False
"""The facts pass's scans over every character of a text compiled, each beside its twin.

The regex engine tries a pattern that opens with a look-behind at every position of the
text (some 40 ns a character); these scans read each character once.

lower_words (twin name_context.python_lower_words, LOWER_WORD.findall): the words of the text
written in lower case, as a set: a run of word characters that opens with a letter of
[a-zà-ÿ] (÷ included, as the pattern's class has it) where no word character nor hyphen
stands before it; a word met before is found in a table of spans, and only a new word
becomes a string.

date_starts (twin textdates.python_date_starts, CANDIDATE.finditer): where a date may
start in the lower-cased text: at the start of each run of word characters that opens with
a decimal digit and is followed by a hyphen, a slash or a space, or that is one of the
words given (a table of the pairs of letters that open them spares most look-ups), a
word that only leads a date ("in", "on") where what may follow it does.

tokens (twin speaker_words.python_tokens_of, TOKEN.finditer): the tokens of a segment, a run of
word characters, apostrophes and hyphens or any other character that is no space, each
with its offsets from `base`.

sentence_boundaries (twin marks.python_sentence_boundaries): where sentences start. A
run of end marks (. ! ? …), then closing marks and spaces, ends a sentence where spaces and
a capital or an opening mark follow (SENTENCE_END: the match ends at the last such space of
the run), unless it opens with a full stop after an abbreviation or an initial
(WORD_BEFORE's word: the word characters right before the full stop, or before a line
break there, within 12 characters); a run of line breaks ends one too.

capital_runs (twin names.python_capital_runs, NAME_RUN_AT_CAPITAL.finditer): the runs of
capitalised words of a text where no particle is glued before a capital, each as (text,
start, end); see the function.

digit_hits (twin digit_names.python_digit_hits, DIGIT_HIT.finditer): where a word with
digits may name something ("G4S", "3M", "76ers"); see the function.

Word characters, digits and spaces are the regex engine's own (\\w: alphanumeric or "_";
\\d: decimal; \\s: Py_UNICODE_ISSPACE). tests/test_facts_scans.py holds each scan to its twin.
"""

from libc.stdlib cimport free, malloc
from libc.string cimport memset
from cpython.unicode cimport (
    Py_UNICODE_ISALNUM,
    Py_UNICODE_ISDECIMAL,
    Py_UNICODE_ISSPACE,
    Py_UNICODE_ISUPPER,
    PyUnicode_DATA,
    PyUnicode_KIND,
    PyUnicode_READ,
)


cdef inline bint _word(Py_UCS4 c):
    # ASCII by ranges: the Unicode database's test costs several calls a character.
    if c < 128:
        return (97 <= c <= 122) or (65 <= c <= 90) or (48 <= c <= 57) or c == 95
    return Py_UNICODE_ISALNUM(c)


# FNV-1a's 64-bit offset basis and prime.
cdef unsigned long long _FNV_OFFSET = 14695981039346656037ULL
cdef unsigned long long _FNV_PRIME = 1099511628211ULL


cdef inline bint _same_span(int kind, void *data, Py_ssize_t a, Py_ssize_t b,
                            Py_ssize_t size):
    cdef Py_ssize_t k
    for k in range(size):
        if PyUnicode_READ(kind, data, a + k) != PyUnicode_READ(kind, data, b + k):
            return False
    return True


def lower_words(str text):
    """frozenset(LOWER_WORD.findall(text)).

    A word met before is told by a table of the spans of the words met (an FNV-1a hash of
    its characters, computed as they are read, then the characters compared), not by
    making its string and hashing it into the set again: a text repeats most of its words."""
    cdef Py_ssize_t n = len(text), i = 0, start, slot, size = 64
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 c, before = 32
    cdef unsigned long long h
    cdef set out = set()
    # A word takes two characters at least (its letter and what ends it): n // 2 + 1 words
    # at most, and the table is kept at most half full.
    while size < n + 2:
        size *= 2
    cdef Py_ssize_t mask = size - 1
    cdef Py_ssize_t *starts = <Py_ssize_t *> malloc(size * sizeof(Py_ssize_t))
    cdef Py_ssize_t *lengths = <Py_ssize_t *> malloc(size * sizeof(Py_ssize_t))
    cdef unsigned long long *hashes = <unsigned long long *> malloc(
        size * sizeof(unsigned long long))
    if starts == NULL or lengths == NULL or hashes == NULL:
        free(starts)
        free(lengths)
        free(hashes)
        raise MemoryError()
    try:
        # Every slot empty (-1: all its bytes 0xFF), in one memset instead of a loop.
        memset(starts, 0xFF, size * sizeof(Py_ssize_t))
        while i < n:
            c = PyUnicode_READ(kind, data, i)
            if ((97 <= c <= 122) or (224 <= c <= 255)) and before != 45 and not _word(before):
                start = i
                h = (_FNV_OFFSET ^ <unsigned long long> c) * _FNV_PRIME
                i += 1
                before = c
                while i < n:
                    c = PyUnicode_READ(kind, data, i)
                    if not _word(c):
                        break
                    h = (h ^ <unsigned long long> c) * _FNV_PRIME
                    before = c
                    i += 1
                slot = <Py_ssize_t> (h & <unsigned long long> mask)
                while starts[slot] >= 0 and not (
                        hashes[slot] == h and lengths[slot] == i - start
                        and _same_span(kind, data, starts[slot], start, i - start)):
                    slot = (slot + 1) & mask
                if starts[slot] < 0:
                    starts[slot] = start
                    lengths[slot] = i - start
                    hashes[slot] = h
                    out.add(text[start:i])
                continue
            before = c
            i += 1
    finally:
        free(starts)
        free(lengths)
        free(hashes)
    return frozenset(out)


cdef bint _followed(str text, int kind, void *data, Py_ssize_t i, Py_ssize_t n, str follow):
    """At i (a word's end): "-" when `follow` is "-", else spaces, then one of `follow`."""
    if follow == "-":
        return i < n and PyUnicode_READ(kind, data, i) == 45
    if i >= n or not Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)):
        return False
    while i < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i)):
        i += 1
    return i < n and text[i] in follow


def date_starts(str lowered, frozenset words, Py_ssize_t shortest, Py_ssize_t longest,
                bytes pairs, dict leads):
    """[m.start() for m in CANDIDATE.finditer(lowered)], where `words` are FIRST_WORDS, of
    `shortest` to `longest` characters, and `pairs` flags each pair of letters a-z (26 *
    first + second) that opens one of them: a run that opens with another pair of a-z
    letters is no word of theirs without a look-up. A word of `leads` counts only when
    followed by spaces, then one of the letters it maps to, or by "-" when it maps to "-"."""
    cdef Py_ssize_t n = len(lowered), i = 0, start
    cdef int kind = PyUnicode_KIND(lowered)
    cdef void *data = PyUnicode_DATA(lowered)
    cdef const unsigned char *opens = pairs
    cdef Py_UCS4 c, second
    cdef list out = []
    cdef object word, follow
    if len(pairs) != 26 * 26:
        raise ValueError("pairs must flag the 676 pairs of letters a-z")
    while i < n:
        c = PyUnicode_READ(kind, data, i)
        if not _word(c):
            i += 1
            continue
        start = i
        i += 1
        while i < n and _word(PyUnicode_READ(kind, data, i)):
            i += 1
        if Py_UNICODE_ISDECIMAL(c):
            if i < n:
                second = PyUnicode_READ(kind, data, i)
                if second == 45 or second == 47 or Py_UNICODE_ISSPACE(second):
                    out.append(start)
        elif shortest <= i - start <= longest:
            second = PyUnicode_READ(kind, data, start + 1)
            if 97 <= c <= 122 and 97 <= second <= 122 and \
                    not opens[(<Py_ssize_t>c - 97) * 26 + <Py_ssize_t>second - 97]:
                continue
            word = lowered[start:i]
            if word in words:
                follow = leads.get(word)
                if follow is None or _followed(lowered, kind, data, i, n, follow):
                    out.append(start)
    return out


cdef inline bint _token_char(Py_UCS4 c):
    return c == 39 or c == 45 or c == 0x2019 or _word(c)


def tokens(str segment, Py_ssize_t base, Py_ssize_t limit):
    """[(m.group(0), base + m.start(), base + m.end()) for m in TOKEN.finditer(segment)],
    the first `limit` only (all when `limit` is negative)."""
    cdef Py_ssize_t n = len(segment), i = 0, start, found = 0
    cdef int kind = PyUnicode_KIND(segment)
    cdef void *data = PyUnicode_DATA(segment)
    cdef Py_UCS4 c
    cdef list out = []
    while i < n and (limit < 0 or found < limit):
        c = PyUnicode_READ(kind, data, i)
        start = i
        i += 1
        if _token_char(c):
            while i < n and _token_char(PyUnicode_READ(kind, data, i)):
                i += 1
        elif Py_UNICODE_ISSPACE(c):
            continue
        out.append((segment[start:i], base + start, base + i))
        found += 1
    return out


cdef inline bint _end_mark(Py_UCS4 c):
    return c == 46 or c == 33 or c == 63 or c == 0x2026  # . ! ? …


cdef inline bint _after_end(Py_UCS4 c):
    return c == 0xBB or c == 0x201D or c == 34 or c == 41 or Py_UNICODE_ISSPACE(c)  # » ” " )


cdef inline bint _opening(Py_UCS4 c):
    # A-Z, À-Ö, Ø-Þ, «, “, "
    return (65 <= c <= 90) or (0xC0 <= c <= 0xD6) or (0xD8 <= c <= 0xDE) or c == 0xAB \
        or c == 0x201C or c == 34


cdef bint _abbreviated(str text, int kind, void *data, Py_ssize_t stop,
                       frozenset abbreviations, Py_ssize_t longest):
    """WORD_BEFORE.search(text, max(0, stop - 12), stop) finds an abbreviation or an
    initial."""
    cdef Py_ssize_t low = stop - 12 if stop > 12 else 0, end = stop, start
    if end > low and _word(PyUnicode_READ(kind, data, end - 1)):
        pass
    elif end - 1 > low and PyUnicode_READ(kind, data, end - 1) == 10 and \
            _word(PyUnicode_READ(kind, data, end - 2)):
        end -= 1  # `$` matches before a line break that ends the window
    else:
        return False
    start = end - 1
    while start > low and _word(PyUnicode_READ(kind, data, start - 1)):
        start -= 1
    if end - start > longest:
        return False
    word = text[start:end]
    return word in abbreviations or (end - start == 1 and word.isupper())


def sentence_boundaries(str text, frozenset abbreviations, Py_ssize_t longest):
    """marks.python_sentence_boundaries(text), given its ABBREVIATIONS, of `longest`
    characters at most."""
    cdef Py_ssize_t n = len(text), pos = 0, start, marks_end, run_end, at, after, found
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 c
    cdef list out = []
    while pos < n:
        c = PyUnicode_READ(kind, data, pos)
        if not _end_mark(c):
            pos += 1
            continue
        start = pos
        marks_end = pos + 1
        while marks_end < n and _end_mark(PyUnicode_READ(kind, data, marks_end)):
            marks_end += 1
        run_end = marks_end
        while run_end < n and _after_end(PyUnicode_READ(kind, data, run_end)):
            run_end += 1
        # The last position of the run where spaces, then an opening character, follow.
        found = -1
        at = run_end - 1
        while at >= marks_end:
            if Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, at)):
                after = at + 1
                while after < n and Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, after)):
                    after += 1
                if after < n and _opening(PyUnicode_READ(kind, data, after)):
                    found = at
                    break
            at -= 1
        if found < 0:
            pos = marks_end
            continue
        if not (c == 46 and _abbreviated(text, kind, data, start, abbreviations, longest)):
            out.append(found)
        pos = found
    # A run of line breaks ends a sentence too (LINE_BREAK), wherever it stands.
    pos = 0
    while pos < n:
        if PyUnicode_READ(kind, data, pos) != 10:
            pos += 1
            continue
        while pos < n and PyUnicode_READ(kind, data, pos) == 10:
            pos += 1
        out.append(pos)
    return sorted(set(out))


cdef inline bint _capital(Py_UCS4 c):
    # name_runs.UPPER: A-Z, À-Ö, Ø-Þ, the capitals of U+0100-U+017F
    return (65 <= c <= 90) or (0xC0 <= c <= 0xD6) or (0xD8 <= c <= 0xDE) or (
        0x100 <= c <= 0x17F and Py_UNICODE_ISUPPER(c))


cdef inline bint _blank(Py_UCS4 c):
    # [^\S\n]: a space that is no line break
    return c != 10 and Py_UNICODE_ISSPACE(c)


cdef inline bint _apostrophe(Py_UCS4 c):
    return c == 39 or c == 0x2019


cdef inline bint _word_rest(Py_UCS4 c):
    # names.WORD_REST's class: \w, combining accents, apostrophes, hyphen
    return _word(c) or (0x300 <= c <= 0x36F) or c == 39 or c == 0x2019 or c == 45


cdef inline bint _consonant(Py_UCS4 c):
    # names.CONSONANTS: b-d, f-h, j-n, p-t, v-x, z
    return 97 <= c <= 122 and c != 97 and c != 101 and c != 105 and c != 111 and c != 117 \
        and c != 121


cdef bint _elided(int kind, void *data, Py_ssize_t n, Py_ssize_t s):
    """names.ELIDED_LETTERS, then names.ELIDED_REST (u?['’][a-zà-ÿ]) at s: "C'est", "Qu'il"."""
    cdef Py_UCS4 c = PyUnicode_READ(kind, data, s)
    cdef Py_ssize_t i = s + 1
    if not (c == 67 or c == 68 or c == 74 or c == 76 or c == 77 or c == 78 or c == 83
            or c == 84 or c == 81):  # C D J L M N S T Q
        return False
    if i < n and PyUnicode_READ(kind, data, i) == 117:  # u
        i += 1
    if i + 1 >= n or not _apostrophe(PyUnicode_READ(kind, data, i)):
        return False
    c = PyUnicode_READ(kind, data, i + 1)
    return (97 <= c <= 122) or (0xE0 <= c <= 0xFF)


cdef Py_ssize_t _cap_word_end(str text, int kind, void *data, Py_ssize_t n, Py_ssize_t s,
                              frozenset abbreviations):
    """The end of names.CAP_WORD at s, a capital that no word character precedes and no
    elision follows: initials ("U.S."), an abbreviation before a space ("Mr. ", "MM. ",
    "Gen. "), else the capital and the word's rest."""
    cdef Py_ssize_t j, letters
    cdef Py_UCS4 c
    if s + 1 < n and PyUnicode_READ(kind, data, s + 1) == 46:
        # Initials: (?:[UPPER]\.)+ taken whole, then no word character.
        j = s + 2
        while j + 1 < n and _capital(PyUnicode_READ(kind, data, j)) and \
                PyUnicode_READ(kind, data, j + 1) == 46:
            j += 2
        if j > s + 2 and not (j < n and _word(PyUnicode_READ(kind, data, j))):
            return j
        if s + 2 < n and (_blank(PyUnicode_READ(kind, data, s + 2))
                          or PyUnicode_READ(kind, data, s + 2) == 44):
            return s + 2  # "E. Smith", "Karim B., imam"
        return s + 1  # the full stop is no part of a word
    # An abbreviation: up to three letters of a-z (or the M of "MM"), a full stop, a space.
    j = s + 1
    while j < n and j - s <= 3:
        c = PyUnicode_READ(kind, data, j)
        if not ((97 <= c <= 122) or c == 77):
            break
        j += 1
    if j + 1 < n and PyUnicode_READ(kind, data, j) == 46 and \
            _blank(PyUnicode_READ(kind, data, j + 1)):
        letters = j - s - 1
        if (letters == 1 and _consonant(PyUnicode_READ(kind, data, s + 1))) or (
                letters == 2 and _consonant(PyUnicode_READ(kind, data, s + 1))
                and _consonant(PyUnicode_READ(kind, data, s + 2))) or (
                letters == 1 and PyUnicode_READ(kind, data, s) == 77
                and PyUnicode_READ(kind, data, s + 1) == 77) or \
                text[s:j] in abbreviations:
            return j + 1
    j = s + 1
    while j < n and _word_rest(PyUnicode_READ(kind, data, j)):
        j += 1
    return j


cdef Py_ssize_t _next_word(str text, int kind, void *data, Py_ssize_t n, Py_ssize_t q,
                           frozenset particles):
    """Where names.RUN_REST's next word starts after a word that ends at q (spaces, then
    particles each followed by spaces, "d'" also glued to it, then a capital that opens
    no elision), or -1: the run ends at q."""
    cdef Py_ssize_t i = q, j
    cdef Py_UCS4 c
    cdef bint after_of = False
    if not (i < n and _blank(PyUnicode_READ(kind, data, i))):
        return -1
    while True:
        while i < n and _blank(PyUnicode_READ(kind, data, i)):
            i += 1
        if i >= n:
            return -1
        c = PyUnicode_READ(kind, data, i)
        if _capital(c):
            return -1 if _elided(kind, data, n, i) else i
        if c == 38:  # "&"
            j = i + 1
        else:
            j = i
            while j < n and 97 <= PyUnicode_READ(kind, data, j) <= 122:
                j += 1
            if j == i + 1 and c == 100 and j < n and _apostrophe(PyUnicode_READ(kind, data, j)):
                # "d'", "d’": a space or the capital may follow
                j += 1
                if j < n and _capital(PyUnicode_READ(kind, data, j)):
                    return -1 if _elided(kind, data, n, j) else j
                if not (j < n and _blank(PyUnicode_READ(kind, data, j))):
                    return -1
                after_of = False
                i = j
                continue
            if not (2 <= j - i <= 3) or not (
                    (after_of and j - i == 3 and text[i:j] == "the")
                    or text[i:j] in particles):
                return -1
        if not (j < n and _blank(PyUnicode_READ(kind, data, j))):
            return -1
        # "of the", "for the": "the" joins a name only after these two.
        after_of = text[i:j] in ("of", "for")
        i = j


def capital_runs(str text, frozenset particles, frozenset abbreviations):
    """[(m.group(), *m.span()) for m in names.NAME_RUN_AT_CAPITAL.finditer(text)] for a
    text where no particle is glued before a capital (names.GLUED_START finds none), given
    names.PARTICLE_WORDS (words of two or three letters of a-z) and names.VOWELED (a capital
    and up to three letters of a-z).

    A run starts at each capital (names.UPPER) that no word character precedes and no
    elision follows, as far on as the last run ended; each word more is found after spaces
    and particles by _next_word. The engine tests its class at every character (some 55
    instructions) and makes a match object a run; this reads each character once."""
    cdef Py_ssize_t n = len(text), i = 0, start, end, s
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 c
    cdef list out = []
    while i < n:
        c = PyUnicode_READ(kind, data, i)
        if not _capital(c) or (i > 0 and _word(PyUnicode_READ(kind, data, i - 1))) or \
                _elided(kind, data, n, i):
            i += 1
            continue
        start = i
        end = _cap_word_end(text, kind, data, n, i, abbreviations)
        while True:
            s = _next_word(text, kind, data, n, end, particles)
            if s < 0:
                break
            end = _cap_word_end(text, kind, data, n, s, abbreviations)
        out.append((text[start:end], start, end))
        i = end
    return out


cdef inline bint _ascii_letter(Py_UCS4 c):
    return (97 <= c <= 122) or (65 <= c <= 90)


def digit_hits(str text):
    """Where digit_names.DIGIT_HIT matches (twin digit_names.python_digit_hits), in order: an
    ASCII digit after an ASCII letter, or the first of a run of ASCII digits that no letter
    precedes and that a capital or "ers" (no ASCII letter after it) follows; the search goes
    on after the digit, or after the run."""
    cdef Py_ssize_t n = len(text), i = 0, j
    cdef int kind = PyUnicode_KIND(text)
    cdef void *data = PyUnicode_DATA(text)
    cdef Py_UCS4 c
    cdef list out = []
    while i < n:
        c = PyUnicode_READ(kind, data, i)
        if not 48 <= c <= 57:
            i += 1
            continue
        if i and _ascii_letter(PyUnicode_READ(kind, data, i - 1)):
            out.append(i)
            i += 1
            continue
        j = i + 1
        while j < n and 48 <= PyUnicode_READ(kind, data, j) <= 57:
            j += 1
        if j < n:
            c = PyUnicode_READ(kind, data, j)
            if (65 <= c <= 90) or (
                    c == 101 and j + 2 < n and PyUnicode_READ(kind, data, j + 1) == 114
                    and PyUnicode_READ(kind, data, j + 2) == 115
                    and not (j + 3 < n and _ascii_letter(PyUnicode_READ(kind, data, j + 3)))):
                out.append(i)
                i = j
                continue
        i += 1
    return out
