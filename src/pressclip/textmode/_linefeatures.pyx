# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""features.python_line_matrix compiled: the same float64 matrix, bit for bit.

The Python builder works on the page's characters as numpy arrays: about a hundred numpy
calls on arrays of a few hundred lines, a fixed cost of a millisecond or more a page. Here
the page's characters are read once, in C, through the same tables (features._FLAGS and
_CLASSES): tokens, word and capital counts, punctuation classes and labels per line; the
per-word facts (number, function word, the page's language) are worked out once per
distinct word; templates, runs, markers, the page's vocabulary, main block and headline
are loops over lines and tokens; every column is written straight into the output.
tests/test_textmode_line_matrix.py holds the two to the same bits on real pages, crafted
lines and random ones.

Bit-identical, not only close: sums are of whole numbers (exact in any order) or made in
the order numpy makes them (cumsum accumulates row after row), divisions are IEEE divisions
of the same operands, and what numpy computes with its own vector code is asked of numpy:
log1p and log (which differ from the C library's in the last bit for about one value in a
hundred) once each for all the values a page needs, and the dot product (BLAS) once. What
needs Python's own string semantics (lower-casing, the function-word lookups) goes through
the same Python calls the Python builder makes; the words are numbered in C (a hash table on
the lower-cased text, one Python string made per distinct short word) and the address-like
pieces found in the same pass as the rest.
"""

import numpy as np

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_KIND, PyUnicode_READ
from libc.stdlib cimport qsort
from libc.string cimport memcmp

from ..chars import DIGIT, UPPER, WORD
from ..stopwords import ALL_FUNCTION_WORDS, FUNCTION_WORDS
from .features import (
    _CLASSES,
    _CLOSER,
    _FLAGS,
    _N_CLASSES,
    _STOP,
    _WIDE,
    BLOCK_GAP,
    CONTEXT_COLUMNS,
    DENSE_HALF,
    FEATURE_NAMES,
    HEADLINE_TOKENS,
    LABEL_MAX_TOKENS,
    LONG_TOKENS,
    OWN_COLUMNS,
    PAGE_COLUMNS,
    SHORT_TOKENS,
    TEMPLATE_MIN_REPEATS,
    TITLE_WINDOW,
    WIDE_CHARS_PER_TOKEN,
    WINDOWS,
)

cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void* buffer, Py_ssize_t size)
    int PyUnicode_4BYTE_KIND
    bint Py_UNICODE_ISDIGIT(Py_UCS4 ch)

cdef const unsigned char[::1] FLAGS = _FLAGS
cdef const signed char[::1] CLASSES = _CLASSES
cdef const unsigned char[::1] WIDE = _WIDE.view(np.uint8)
cdef long long C_WIDE_PER_TOKEN = WIDE_CHARS_PER_TOKEN
cdef unsigned int C_WORD = WORD, C_UPPER = UPPER, C_DIGIT = DIGIT
cdef unsigned int C_STOP = _STOP, C_CLOSER = _CLOSER
cdef Py_ssize_t C_SHORT = SHORT_TOKENS, C_LONG = LONG_TOKENS
cdef Py_ssize_t HEAD_MIN = HEADLINE_TOKENS[0], HEAD_MAX = HEADLINE_TOKENS[1]
cdef Py_ssize_t LABEL_MAX = LABEL_MAX_TOKENS, REPEATS_MIN = TEMPLATE_MIN_REPEATS
cdef Py_ssize_t C_DENSE_HALF = DENSE_HALF, C_BLOCK_GAP = BLOCK_GAP
cdef Py_ssize_t C_TITLE_WINDOW = TITLE_WINDOW
cdef Py_ssize_t N_FEATURES = len(FEATURE_NAMES)
cdef Py_ssize_t N_OWN = len(OWN_COLUMNS), N_PAGE = len(PAGE_COLUMNS)
cdef Py_ssize_t N_CONTEXT = len(CONTEXT_COLUMNS)
cdef Py_ssize_t N_WINDOWS = len(WINDOWS)
cdef Py_ssize_t[::1] WINDOW_HALVES = np.array(WINDOWS, dtype=np.intp)
# The own columns the neighbourhood columns are taken of, in their order.
cdef Py_ssize_t[::1] CONTEXT_OF = np.array([OWN_COLUMNS.index(name) for name in CONTEXT_COLUMNS],
                                           dtype=np.intp)
if _N_CLASSES != 4 or len(PAGE_COLUMNS) != 6:
    raise ImportError("features' punctuation classes or page columns changed: update "
                      "_linefeatures.pyx, which computes three classes and six page columns")
if len(OWN_COLUMNS) != 47:
    raise ImportError("features.OWN_COLUMNS changed: the compiled builder computes 47 own "
                      "columns; add the new one to _linefeatures.pyx")

# The function words of every language as one bit set per word (bit k: FUNCTION_WORDS' k-th
# language): one lookup per distinct word gives both the page's language (page_language)
# and each word's function code (_function_codes).
cdef list LANGUAGES = list(FUNCTION_WORDS)
cdef Py_ssize_t N_LANGUAGES = len(LANGUAGES)
if N_LANGUAGES > 62:
    raise ImportError("more function-word languages than bits in a 64-bit set")


def _language_bits() -> dict:
    bits = {}
    for number, language in enumerate(LANGUAGES):
        for word in FUNCTION_WORDS[language]:
            bits[word] = bits.get(word, 0) | (1 << number)
    return bits


cdef dict LANGUAGE_BITS = _language_bits()
# Longer words are no function word of any language: they are not looked up.
cdef Py_ssize_t LONGEST_FUNCTION_WORD = max(map(len, ALL_FUNCTION_WORDS))

# Own columns by name: a renamed or removed feature fails here, at import, not silently.
cdef dict OWN = {name: i for i, name in enumerate(OWN_COLUMNS)}
cdef Py_ssize_t O_LOG_CHARS = OWN["log_chars"], O_LOG_TOKENS = OWN["log_tokens"]
cdef Py_ssize_t O_MEAN_TOKEN_LEN = OWN["mean_token_len"]
cdef Py_ssize_t O_WORD_CHAR_SHARE = OWN["word_char_share"]
cdef Py_ssize_t O_NUMERIC_SHARE = OWN["numeric_token_share"]
cdef Py_ssize_t O_TITLE_CASE = OWN["title_case_share"], O_UPPER = OWN["upper_share"]
cdef Py_ssize_t O_SENTENCE_END = OWN["sentence_end"], O_COLON_END = OWN["colon_end"]
cdef Py_ssize_t O_SENTENCE_PUNCT = OWN["sentence_punct_rate"], O_COMMA = OWN["comma_rate"]
cdef Py_ssize_t O_FUNCTION = OWN["function_ratio"], O_FUNCTION_ANY = OWN["function_ratio_any"]
cdef Py_ssize_t O_MENU = OWN["menu_marks"], O_LINK = OWN["link_like"]
cdef Py_ssize_t O_REPEATS = OWN["repeats"], O_TEMPLATE = OWN["template_repeats"]
cdef Py_ssize_t O_PREFIX = OWN["prefix_repeats"], O_TEMPLATED = OWN["templated"]
cdef Py_ssize_t O_POSITION = OWN["position"], O_CHARS_BEFORE = OWN["chars_before"]
cdef Py_ssize_t O_SHORT_RUN = OWN["short_run"], O_LONG_RUN = OWN["long_run"]
cdef Py_ssize_t O_STARTS_UPPER = OWN["starts_upper"], O_STARTS_DIGIT = OWN["starts_digit"]
cdef Py_ssize_t O_RELATIVE_LENGTH = OWN["relative_length"]
cdef Py_ssize_t O_TO_MEDIAN = OWN["tokens_to_median"], O_TO_PAGE = OWN["function_to_page"]
cdef Py_ssize_t O_SHORT = OWN["short"], O_LONG = OWN["long"], O_HEAD = OWN["head"]
cdef Py_ssize_t O_MARKER = OWN["marker"], O_MARKERS_BEFORE = OWN["markers_before"]
cdef Py_ssize_t O_MARKERS_AFTER = OWN["markers_after"]
cdef Py_ssize_t O_MARKER_SHARE = OWN["marker_share_before"]
cdef Py_ssize_t O_HEADLINE = OWN["headline_like"], O_HEADLINE_RUN = OWN["headline_run"]
cdef Py_ssize_t O_LABEL = OWN["label"], O_VOCABULARY = OWN["article_vocabulary"]
cdef Py_ssize_t O_LONG_MASS = OWN["long_mass_before"]
cdef Py_ssize_t O_BEFORE_FIRST = OWN["before_first_long"]
cdef Py_ssize_t O_AFTER_LAST = OWN["after_last_long"]
cdef Py_ssize_t O_FROM_FIRST = OWN["lines_from_first_long"]
cdef Py_ssize_t O_MAIN_BLOCK = OWN["main_block"], O_TO_BLOCK = OWN["lines_to_main_block"]
cdef Py_ssize_t O_TITLE = OWN["title_candidate"], O_FROM_TITLE = OWN["lines_from_title"]

# Rows of the per-line integer work array.
cdef enum:
    R_CHARS = 0
    R_START = 1
    R_TOKENS = 2
    R_WORD_CHARS = 3
    R_UPPER = 4
    R_FIRST_DIGIT = 5
    R_FIRST_UPPER = 6
    R_CLASS = 7  # R_CLASS + k - 1: punctuation class k (1 to 3)
    R_LABEL = 10  # tokens before the line's first colon that has one before it
    R_FUNCTION = 11  # tokens that are function words of the page's language
    R_FUNCTION_ANY = 12
    R_CONTENT = 13  # content tokens (no function word, no number)
    R_FOUND = 14  # ... that occur in a long line other than their own
    R_REPEATS = 15
    R_TEMPLATES = 16
    R_PREFIXES = 17
    R_TEMPLATE_CODE = 18
    R_PREFIX_CODE = 19
    R_SORTED = 20
    R_LINK = 21
    R_WIDE = 22  # letters of scripts without spaces
    R_SIZE = 23  # length in tokens (features.py: size)
    N_ROWS = 24
# Rows of the log1p input (one numpy call for all of them), then two page values.
cdef enum:
    L_CHARS = 0
    L_TOKENS = 1
    L_SHORT_RUN = 2
    L_LONG_RUN = 3
    L_BEFORE = 4
    L_AFTER = 5
    L_HEADLINE_RUN = 6
    L_FROM_FIRST = 7
    L_PAST_BLOCK = 8
    L_TO_BLOCK = 9
    L_FROM_TITLE = 10
    N_LOG1P = 11
# Rows of the per-word work array.
cdef enum:
    W_NUMERIC = 0
    W_BITS = 1
    W_IN_LONG = 2  # long lines that hold the word
    W_LAST_LONG = 3  # the last of them
    W_COUNT = 4
    W_START = 5  # where the word first occurs in the lower-cased text, and its length
    W_LENGTH = 6
    W_HASH = 7
    N_WORD_ROWS = 8


cdef int _compare(const void *a, const void *b) noexcept nogil:
    cdef long long x = (<const long long *>a)[0], y = (<const long long *>b)[0]
    return (x > y) - (x < y)


cdef void _code_counts(long long[::1] codes, long long[::1] scratch, long long[::1] out,
                       Py_ssize_t n) noexcept nogil:
    """For each of `codes`, how many times it occurs (features._code_counts): one sort, then
    a binary search for each code's first and last place."""
    cdef Py_ssize_t i, lo, hi, mid, first
    cdef long long code
    for i in range(n):
        scratch[i] = codes[i]
    qsort(&scratch[0], n, sizeof(long long), _compare)
    for i in range(n):
        code = codes[i]
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if scratch[mid] < code:
                lo = mid + 1
            else:
                hi = mid
        first = lo
        hi = n
        while lo < hi:
            mid = (lo + hi) // 2
            if scratch[mid] <= code:
                lo = mid + 1
            else:
                hi = mid
        out[i] = lo - first


cdef void _run_lengths(const unsigned char[::1] mask, unsigned char want, double[::1] out,
                       Py_ssize_t n) noexcept nogil:
    """For each row, the length of the run of rows whose mask is `want` it belongs to (0 for
    the others): features._run_lengths of the mask or of its negation."""
    cdef Py_ssize_t i = 0, j, k
    while i < n:
        if (mask[i] != 0) != want:
            out[i] = 0.0
            i += 1
            continue
        j = i
        while j < n and (mask[j] != 0) == want:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j


cdef inline double _sign(Py_ssize_t value) noexcept nogil:
    return 1.0 if value > 0 else (-1.0 if value < 0 else 0.0)


def line_matrix(list lines):
    """features.python_line_matrix's matrix (one row of FEATURE_NAMES per line)."""
    cdef Py_ssize_t n = len(lines)
    if n == 0:
        return np.zeros((0, N_FEATURES))
    cdef str joined = "\n".join(lines)
    cdef Py_ssize_t size = len(joined)
    if size == 0:
        # The Python builder indexes the last character of the page too.
        raise IndexError("line_matrix: the lines hold no character at all")
    cdef int kind = PyUnicode_KIND(joined)
    cdef void *data = PyUnicode_DATA(joined)
    cdef Py_ssize_t i, j, p, t, w, line, at, lo, hi, count
    cdef Py_UCS4 c
    cdef unsigned int f
    cdef bint previous_word = False

    work = np.zeros((N_ROWS, n), dtype=np.int64)
    cdef long long[:, ::1] rows = work
    cdef long long[::1] n_chars = rows[R_CHARS], line_start = rows[R_START]
    cdef long long[::1] n_tok = rows[R_TOKENS], word_chars = rows[R_WORD_CHARS]
    cdef long long total_chars = 0, max_chars = 0
    for i in range(n):
        count = len(<str>lines[i])
        n_chars[i] = count
        line_start[i] = total_chars + i
        total_chars += count
        if count > max_chars:
            max_chars = count

    # One pass over the page's characters: tokens (runs of word characters), counts per
    # line, the first colon after a token, and the folded text (word characters and
    # newlines kept, every other character a space) whose words are numbered below.
    cdef Py_ssize_t max_tokens = size // 2 + 1
    token_line_array = np.empty(max_tokens, dtype=np.intp)
    cdef Py_ssize_t[::1] token_line = token_line_array
    folded_array = np.empty(size, dtype=np.uint32)
    cdef unsigned int[::1] folded = folded_array
    cdef Py_ssize_t n_tokens = 0
    cdef signed char klass
    line = 0
    for p in range(size):
        c = PyUnicode_READ(kind, data, p)
        if c == 10:
            line += 1
            if line >= n:
                raise ValueError("line_matrix: a line holds a newline")
            previous_word = False
            folded[p] = c
            continue
        f = FLAGS[c if c < 0x10000 else 0xFFFF]
        if f & C_WORD:
            folded[p] = c
            rows[R_WORD_CHARS, line] += 1
            if c < 0x10000 and WIDE[c]:
                rows[R_WIDE, line] += 1
            if not previous_word:
                rows[R_TOKENS, line] += 1
                token_line[n_tokens] = line
                n_tokens += 1
                if f & C_DIGIT:
                    rows[R_FIRST_DIGIT, line] += 1
                if f & C_UPPER:
                    rows[R_FIRST_UPPER, line] += 1
            previous_word = True
        else:
            folded[p] = 32
            previous_word = False
            # A colon after at least one token: the first one says whether the line opens
            # with a label (features._labels).
            if c == 58 and rows[R_LABEL, line] == 0:
                rows[R_LABEL, line] = rows[R_TOKENS, line]
        # An address-like piece starts at a character that opens one ("h", "w", ".", "@",
        # "©"): the line is link-like.
        if ((c == 104 or c == 72 or c == 119 or c == 87 or c == 46 or c == 64 or c == 0xA9)
                and not rows[R_LINK, line] and _link_like_at(kind, data, p, size)):
            rows[R_LINK, line] = 1
        if f & C_UPPER:
            rows[R_UPPER, line] += 1
        klass = CLASSES[c if c < 0x10000 else 0xFFFF]
        if klass > 0:
            rows[R_CLASS + klass - 1, line] += 1

    # Words numbered once each in order of first appearance (the text lower-cased by Python,
    # as the twin does; a token is a run of characters other than space and newline), then
    # what is known of a word worked out once per word: whether it is a number, which
    # languages' function word it is.
    cdef str lowered = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, &folded[0], size).lower()
    ids_array = np.empty(n_tokens + 1, dtype=np.intp)
    cdef Py_ssize_t[::1] ids = ids_array
    per_word = np.zeros((N_WORD_ROWS, n_tokens + 1), dtype=np.int64)
    cdef long long[:, ::1] word_rows = per_word
    cdef Py_ssize_t slots = 2
    while slots < 2 * n_tokens:
        slots *= 2
    cdef Py_ssize_t[::1] table = np.zeros(slots, dtype=np.intp)
    cdef Py_ssize_t found_tokens, n_words
    found_tokens, n_words = _number_words(lowered, ids, word_rows, table)
    if found_tokens != n_tokens:
        raise RuntimeError("line_matrix: lower-casing changed the page's tokens")
    cdef long long[::1] numeric = word_rows[W_NUMERIC], bits = word_rows[W_BITS]
    cdef long long[::1] in_long = word_rows[W_IN_LONG], last_long = word_rows[W_LAST_LONG]
    cdef long long[::1] counts = word_rows[W_COUNT]
    cdef long long hits[64]
    cdef long long word_bits
    cdef int lowered_kind = PyUnicode_KIND(lowered)
    cdef void *lowered_data = PyUnicode_DATA(lowered)
    cdef Py_ssize_t length, at_word
    for j in range(N_LANGUAGES):
        hits[j] = 0
    for w in range(n_words):
        at_word = word_rows[W_START, w]
        length = word_rows[W_LENGTH, w]
        numeric[w] = 1
        for j in range(at_word, at_word + length):
            if not Py_UNICODE_ISDIGIT(PyUnicode_READ(lowered_kind, lowered_data, j)):
                numeric[w] = 0
                break
        if length > LONGEST_FUNCTION_WORD:
            continue
        word_bits = LANGUAGE_BITS.get(lowered[at_word:at_word + length], 0)
        bits[w] = word_bits
        if word_bits:
            for j in range(N_LANGUAGES):
                if word_bits & ((<long long>1) << j):
                    hits[j] += counts[w]
    # The page's language: the first with the most hits, if any has one (page_language).
    cdef long long best_hits = 0, language_bit = 0
    for j in range(N_LANGUAGES):
        if hits[j] > best_hits:
            best_hits = hits[j]
            language_bit = (<long long>1) << j

    # A line's length: its tokens, or one for every C_WIDE_PER_TOKEN letters of a script
    # without spaces where that is more.
    cdef long long[::1] sizes = rows[R_SIZE]
    for i in range(n):
        sizes[i] = max(n_tok[i], rows[R_WIDE, i] // C_WIDE_PER_TOKEN)
    # Per line: function words, content words, the long lines each content word occurs in.
    cdef long long[::1] long_row = np.zeros(n, dtype=np.int64)
    for i in range(n):
        long_row[i] = sizes[i] >= C_LONG
    for w in range(n_words):
        last_long[w] = -1
    cdef long long code
    for t in range(n_tokens):
        w = ids[t]
        line = token_line[t]
        word_bits = bits[w]
        if word_bits:
            rows[R_FUNCTION_ANY, line] += 1
            if word_bits & language_bit:
                rows[R_FUNCTION, line] += 1
        elif not numeric[w] and long_row[line] and last_long[w] != line:
            in_long[w] += 1
            last_long[w] = line
    for t in range(n_tokens):
        w = ids[t]
        if bits[w] == 0 and not numeric[w]:
            line = token_line[t]
            rows[R_CONTENT, line] += 1
            if in_long[w] - long_row[line] > 0:
                rows[R_FOUND, line] += 1

    # Templates: first and last token, first two for the prefix, numbers folded to one word
    # number (n_words), a missing token one more (n_words + 1), as in the twin.
    cdef long long span = n_words + 2, first, last, second
    cdef long long bound = 0, head_at, tail_at
    for i in range(n):
        head_at = bound
        tail_at = bound + n_tok[i]
        bound = tail_at
        first = _folded_id(ids, numeric, head_at, n_tokens, n_words) if n_tok[i] > 0 \
            else n_words + 1
        last = _folded_id(ids, numeric, tail_at - 1, n_tokens, n_words) if tail_at > 0 \
            else n_words + 1
        second = _folded_id(ids, numeric, head_at + 1, n_tokens, n_words) if n_tok[i] > 2 \
            else n_words + 1
        rows[R_TEMPLATE_CODE, i] = first * span + last
        rows[R_PREFIX_CODE, i] = first * span + second if n_tok[i] > 2 else -1 - i
    _code_counts(rows[R_TEMPLATE_CODE], rows[R_SORTED], rows[R_TEMPLATES], n)
    _code_counts(rows[R_PREFIX_CODE], rows[R_SORTED], rows[R_PREFIXES], n)
    # How often each line comes back whole (a Counter over the lines in the twin).
    cdef dict seen = {}
    for line_text in lines:
        seen[line_text] = seen.get(line_text, 0) + 1
    for i in range(n):
        rows[R_REPEATS, i] = seen[lines[i]]

    # Per-line flags.
    flags_array = np.zeros((8, n), dtype=np.uint8)
    cdef unsigned char[:, ::1] marks = flags_array
    cdef unsigned char[::1] short = marks[0], long_ = marks[1], templated = marks[2]
    cdef unsigned char[::1] sentence_end = marks[3], head = marks[4], marker = marks[5]
    cdef unsigned char[::1] headline = marks[6], colon_end = marks[7]
    cdef long long n_templated = 0, n_markers = 0, n_long = 0, long_total = 0
    cdef long long token_total = 0
    cdef unsigned int last_flags
    cdef Py_ssize_t line_end
    for i in range(n):
        short[i] = sizes[i] <= C_SHORT
        long_[i] = sizes[i] >= C_LONG
        n_long += long_[i]
        token_total += n_tok[i]
        if long_[i]:
            long_total += sizes[i]
        templated[i] = (rows[R_TEMPLATES, i] >= REPEATS_MIN
                        or (n_tok[i] > 2 and rows[R_PREFIXES, i] >= REPEATS_MIN))
        n_templated += templated[i]
        # Whether the line ends a sentence, closers after the stop allowed. An empty line's
        # end is the character before it (the page's last one for the first line).
        line_end = line_start[i] + n_chars[i] - 1
        at = line_end if line_end >= 0 else size - 1
        c = PyUnicode_READ(kind, data, at)
        colon_end[i] = c == 58
        last_flags = FLAGS[c if c < 0x10000 else 0xFFFF]
        at = line_end
        while (last_flags & C_CLOSER) and at > line_start[i]:
            at -= 1
            c = PyUnicode_READ(kind, data, at)
            last_flags = FLAGS[c if c < 0x10000 else 0xFFFF]
        sentence_end[i] = (last_flags & C_STOP) != 0
        headline[i] = HEAD_MIN <= sizes[i] <= HEAD_MAX and not sentence_end[i]
    # Heads open a paragraph; markers are heads or feet that come back (features.py).
    cdef long long widest
    for i in range(n):
        widest = sizes[i] if sizes[i] > C_SHORT else C_SHORT
        head[i] = i + 1 < n and not long_[i] and sizes[i + 1] > widest
        marker[i] = ((head[i] or (i > 0 and not long_[i] and sizes[i - 1] > widest))
                     and (templated[i] or rows[R_REPEATS, i] > 1))
        n_markers += marker[i]

    # The main block of prose: long lines chained around the densest window of long-line
    # tokens (features._main_block).
    cdef Py_ssize_t start = n, end = -1, centre = 0, nearest = -1
    cdef long long best_window = -1, window, block_tokens = 0
    cdef double block_share = 0.0
    cdef long long[::1] cumulative = rows[R_SORTED]  # the sort's scratch is free again
    if n_long:
        for i in range(n):
            cumulative[i] = (cumulative[i - 1] if i else 0) + (sizes[i] if long_[i] else 0)
        for i in range(n):
            hi = i + C_DENSE_HALF + 1
            lo = i - C_DENSE_HALF
            window = ((cumulative[hi - 1] if hi <= n else cumulative[n - 1])
                      - (cumulative[lo - 1] if lo > 0 else 0))
            if window > best_window:
                best_window, centre = window, i
        for i in range(n):
            if long_[i] and (nearest < 0 or abs(i - centre) < abs(nearest - centre)):
                nearest = i
        # The chain of long lines (gaps of up to BLOCK_GAP lines) that holds the nearest.
        start = end = nearest
        for i in range(nearest - 1, -1, -1):
            if long_[i]:
                if start - i > C_BLOCK_GAP:
                    break
                start = i
        for i in range(nearest + 1, n):
            if long_[i]:
                if i - end > C_BLOCK_GAP:
                    break
                end = i
        for i in range(start, end + 1):
            if long_[i]:
                block_tokens += sizes[i]
        block_share = <double>block_tokens / <double>(long_total if long_total > 1 else 1)

    # The vocabulary share, then the headline: the headline-like line of the TITLE_WINDOW
    # lines before the block whose words come back most (the nearest on a tie).
    cdef double[:, ::1] out
    result = np.empty((n, N_FEATURES))
    out = result
    cdef double vocabulary, best_score = 0.0
    cdef Py_ssize_t title = -1
    for i in range(n):
        count = rows[R_CONTENT, i]
        out[i, O_VOCABULARY] = rows[R_FOUND, i] / <double>(count if count > 1 else 1)
    lo = start - C_TITLE_WINDOW if start > C_TITLE_WINDOW else 0
    if start > lo:
        for i in range(start - 1, lo - 1, -1):
            vocabulary = out[i, O_VOCABULARY] if headline[i] else 0.0
            if i == start - 1 or vocabulary > best_score:
                best_score, title = vocabulary, i
        if not best_score > 0:
            title = -1

    cdef Py_ssize_t first_long = n, last_long_row = -1
    for i in range(n):
        if long_[i]:
            if first_long == n:
                first_long = i
            last_long_row = i

    # Everything numpy takes the logarithm of, in one call each.
    logs_in = np.empty(N_LOG1P * n + 2)
    cdef double[::1] log1p_in = logs_in
    cdef double[::1] run = np.empty(n)
    _run_lengths(short, 1, run, n)
    for i in range(n):
        log1p_in[L_SHORT_RUN * n + i] = run[i]
    _run_lengths(short, 0, run, n)
    for i in range(n):
        log1p_in[L_LONG_RUN * n + i] = run[i]
    _run_lengths(headline, 1, run, n)
    cdef long long markers_seen = 0
    for i in range(n):
        log1p_in[L_HEADLINE_RUN * n + i] = run[i]
        log1p_in[L_CHARS * n + i] = n_chars[i]
        log1p_in[L_TOKENS * n + i] = sizes[i]
        log1p_in[L_BEFORE * n + i] = markers_seen
        log1p_in[L_AFTER * n + i] = n_markers - markers_seen - marker[i]
        markers_seen += marker[i]
        log1p_in[L_FROM_FIRST * n + i] = abs(i - first_long)
        log1p_in[L_PAST_BLOCK * n + i] = i - end if i > end else 0
        log1p_in[L_TO_BLOCK * n + i] = start - i if start > i else 0
        log1p_in[L_FROM_TITLE * n + i] = abs(i - title)
    log1p_in[N_LOG1P * n] = n
    log1p_in[N_LOG1P * n + 1] = total_chars
    cdef double[::1] log1p = np.log1p(logs_in)
    counts_in = np.empty(3 * n)
    cdef double[::1] log_in = counts_in
    for i in range(n):
        log_in[i] = rows[R_REPEATS, i]
        log_in[n + i] = rows[R_TEMPLATES, i]
        log_in[2 * n + i] = rows[R_PREFIXES, i]
    cdef double[::1] log = np.log(counts_in)

    # The median of the lines' log token counts: log1p grows with the count, so the middle
    # lines by count are the middle ones by value.
    cdef long long[::1] ordered = rows[R_SORTED]
    for i in range(n):
        ordered[i] = sizes[i]
    qsort(&ordered[0], n, sizeof(long long), _compare)
    cdef double median = (_log1p_of(log1p, ordered[(n - 1) // 2], sizes, n)
                          + _log1p_of(log1p, ordered[n // 2], sizes, n)) / 2
    # The function-word share against the page's, weighed by tokens: numpy's dot product
    # (BLAS adds in its own order).
    weights_array = np.empty(n)
    ratio_array = np.empty(n)
    cdef double[::1] weights = weights_array, ratio = ratio_array
    cdef double tok
    cdef double tokens_denominator = <double>(token_total if token_total > 1 else 1)
    for i in range(n):
        tok = <double>(n_tok[i] if n_tok[i] > 1 else 1)
        weights[i] = n_tok[i] / tokens_denominator
        ratio[i] = rows[R_FUNCTION, i] / tok
    cdef double page_function = float(weights_array @ ratio_array)

    cdef double chars_denominator = <double>(total_chars if total_chars > 1 else 1)
    cdef double widest_chars = <double>(max_chars if max_chars > 1 else 1)
    cdef double markers_denominator = <double>(n_markers if n_markers > 1 else 1)
    cdef double long_denominator = <double>(long_total if long_total > 1 else 1)
    cdef long long chars_before = 0, long_before = 0
    cdef unsigned int first_flags
    markers_seen = 0
    for i in range(n):
        tok = <double>(n_tok[i] if n_tok[i] > 1 else 1)
        out[i, O_LOG_CHARS] = log1p[L_CHARS * n + i]
        out[i, O_LOG_TOKENS] = log1p[L_TOKENS * n + i]
        out[i, O_MEAN_TOKEN_LEN] = word_chars[i] / tok
        out[i, O_WORD_CHAR_SHARE] = word_chars[i] / <double>(n_chars[i] if n_chars[i] > 1 else 1)
        out[i, O_NUMERIC_SHARE] = rows[R_FIRST_DIGIT, i] / tok
        out[i, O_TITLE_CASE] = rows[R_FIRST_UPPER, i] / tok
        out[i, O_UPPER] = rows[R_UPPER, i] / <double>(word_chars[i] if word_chars[i] > 1 else 1)
        out[i, O_SENTENCE_END] = sentence_end[i]
        out[i, O_COLON_END] = colon_end[i]
        out[i, O_SENTENCE_PUNCT] = rows[R_CLASS, i] / tok
        out[i, O_COMMA] = rows[R_CLASS + 1, i] / tok
        out[i, O_FUNCTION] = ratio[i]
        out[i, O_FUNCTION_ANY] = rows[R_FUNCTION_ANY, i] / tok
        out[i, O_MENU] = rows[R_CLASS + 2, i] / tok
        out[i, O_LINK] = rows[R_LINK, i]
        out[i, O_REPEATS] = log[i]
        out[i, O_TEMPLATE] = log[n + i]
        out[i, O_PREFIX] = log[2 * n + i]
        out[i, O_TEMPLATED] = templated[i]
        out[i, O_POSITION] = i / <double>n
        out[i, O_CHARS_BEFORE] = chars_before / chars_denominator
        chars_before += n_chars[i]
        out[i, O_SHORT_RUN] = log1p[L_SHORT_RUN * n + i]
        out[i, O_LONG_RUN] = log1p[L_LONG_RUN * n + i]
        # The line's first character (for an empty line, the newline after it, or before it
        # at the page's end).
        at = line_start[i] if line_start[i] < size else size - 1
        c = PyUnicode_READ(kind, data, at)
        first_flags = FLAGS[c if c < 0x10000 else 0xFFFF]
        out[i, O_STARTS_UPPER] = (first_flags & C_UPPER) != 0
        out[i, O_STARTS_DIGIT] = (first_flags & C_DIGIT) != 0
        out[i, O_RELATIVE_LENGTH] = n_chars[i] / widest_chars
        out[i, O_TO_MEDIAN] = log1p[L_TOKENS * n + i] - median
        out[i, O_TO_PAGE] = ratio[i] - page_function
        out[i, O_SHORT] = short[i]
        out[i, O_LONG] = long_[i]
        out[i, O_HEAD] = head[i]
        out[i, O_MARKER] = marker[i]
        out[i, O_MARKERS_BEFORE] = log1p[L_BEFORE * n + i]
        out[i, O_MARKERS_AFTER] = log1p[L_AFTER * n + i]
        out[i, O_MARKER_SHARE] = markers_seen / markers_denominator
        markers_seen += marker[i]
        out[i, O_HEADLINE] = headline[i]
        out[i, O_HEADLINE_RUN] = log1p[L_HEADLINE_RUN * n + i]
        out[i, O_LABEL] = (1 <= rows[R_LABEL, i] <= LABEL_MAX and rows[R_LABEL, i] < n_tok[i])
        out[i, O_LONG_MASS] = long_before / long_denominator
        if long_[i]:
            long_before += sizes[i]
        out[i, O_BEFORE_FIRST] = i < first_long
        out[i, O_AFTER_LAST] = i > last_long_row
        out[i, O_FROM_FIRST] = _sign(i - first_long) * log1p[L_FROM_FIRST * n + i]
        out[i, O_MAIN_BLOCK] = start <= i <= end
        out[i, O_TO_BLOCK] = log1p[L_PAST_BLOCK * n + i] - log1p[L_TO_BLOCK * n + i]
        if title >= 0:
            out[i, O_TITLE] = i == title
            out[i, O_FROM_TITLE] = _sign(i - title) * log1p[L_FROM_TITLE * n + i]
        else:
            out[i, O_TITLE] = 0.0
            out[i, O_FROM_TITLE] = 0.0
        out[i, N_OWN] = log1p[N_LOG1P * n]
        out[i, N_OWN + 1] = n_long / <double>n
        out[i, N_OWN + 2] = log1p[N_LOG1P * n + 1]
        out[i, N_OWN + 3] = n_templated / <double>n
        out[i, N_OWN + 4] = n_markers / <double>n
        out[i, N_OWN + 5] = block_share
    _context(out, n)
    return result


cdef (Py_ssize_t, Py_ssize_t) _number_words(str text, Py_ssize_t[::1] ids,
                                           long long[:, ::1] words, Py_ssize_t[::1] table):
    """Numbers the tokens of `text` (runs of characters other than space and newline) by
    word, in order of first appearance (an open-addressing table of FNV-1a hashes of the
    characters): each token's number into `ids`, each word's count, first place, length and
    hash into `words`. Returns (tokens, words); stops at len(ids) tokens."""
    cdef Py_ssize_t n = len(text), i = 0, start, length, t = 0, w, n_words = 0
    cdef Py_ssize_t mask = len(table) - 1, slot, limit = len(ids)
    cdef int kind = PyUnicode_KIND(text)
    cdef const char *data = <const char *>PyUnicode_DATA(text)
    cdef unsigned long long h
    cdef unsigned int c
    while i < n:
        c = PyUnicode_READ(kind, data, i)
        if c == 32 or c == 10:
            i += 1
            continue
        if t == limit:
            break
        start = i
        h = 14695981039346656037ULL
        while i < n:
            c = PyUnicode_READ(kind, data, i)
            if c == 32 or c == 10:
                break
            h = (h ^ c) * 1099511628211ULL
            i += 1
        length = i - start
        slot = <Py_ssize_t>(h & <unsigned long long>mask)
        while True:
            w = table[slot] - 1
            if w < 0:
                w = n_words
                n_words += 1
                table[slot] = w + 1
                words[W_START, w] = start
                words[W_LENGTH, w] = length
                words[W_HASH, w] = <long long>h
                break
            if (<unsigned long long>words[W_HASH, w] == h and words[W_LENGTH, w] == length
                    and memcmp(data + start * kind, data + words[W_START, w] * kind,
                               length * kind) == 0):
                break
            slot = (slot + 1) & mask
        words[W_COUNT, w] += 1
        ids[t] = w
        t += 1
    return t, n_words


cdef inline unsigned int _lower_ascii(unsigned int c) noexcept nogil:
    return c + 32 if 65 <= c <= 90 else c


cdef bint _link_like_at(int kind, const void *data, Py_ssize_t p, Py_ssize_t size) noexcept:
    """Whether one of features._LINK_LIKE's pieces ("http", "www.", "@", ".com", ".org",
    ".net", "©") starts at p, letters in either case. The twin finds them in the page's
    str.lower() (or, where that changes the page's length, with re.IGNORECASE): no
    character but the pieces' own letters in either case lower-cases or case-folds to one
    of those letters (every code point checked), so both find the same lines."""
    cdef unsigned int c = PyUnicode_READ(kind, data, p)
    if c == 64 or c == 0xA9:
        return True
    if p + 3 >= size:
        return False
    cdef unsigned int a = _lower_ascii(PyUnicode_READ(kind, data, p + 1))
    cdef unsigned int b = _lower_ascii(PyUnicode_READ(kind, data, p + 2))
    cdef unsigned int d = _lower_ascii(PyUnicode_READ(kind, data, p + 3))
    c = _lower_ascii(c)
    if c == 104:  # http
        return a == 116 and b == 116 and d == 112
    if c == 119:  # www.
        return a == 119 and b == 119 and d == 46
    if c == 46:  # .com .org .net
        return ((a == 99 and b == 111 and d == 109) or (a == 111 and b == 114 and d == 103)
                or (a == 110 and b == 101 and d == 116))
    return False


cdef inline long long _folded_id(Py_ssize_t[::1] ids, long long[::1] numeric, long long t,
                                 Py_ssize_t n_tokens, Py_ssize_t n_words) noexcept nogil:
    """Token t's word number, numbers folded to one (n_words), past the last token one
    more (n_words + 1)."""
    if t >= n_tokens:
        return n_words + 1
    return n_words if numeric[ids[t]] else ids[t]


cdef inline double _log1p_of(double[::1] log1p, long long tokens, long long[::1] sizes,
                             Py_ssize_t n) noexcept nogil:
    """log1p of a line's length in tokens, read from a line that has that length."""
    cdef Py_ssize_t i
    for i in range(n):
        if sizes[i] == tokens:
            return log1p[L_TOKENS * n + i]
    return 0.0


cdef void _context(double[:, ::1] out, Py_ssize_t n) noexcept:
    """The previous and next line's context columns (zeros past the page's ends), then their
    means over each window (features.window_means: one cumulative sum, rows added in order)."""
    cdef Py_ssize_t i, j, k, w, lo, hi, col
    cdef Py_ssize_t prev_at = N_OWN + N_PAGE, next_at = prev_at + N_CONTEXT
    cdef Py_ssize_t windows_at = next_at + N_CONTEXT
    sums_array = np.empty((n + 1, N_CONTEXT))
    cdef double[:, ::1] sums = sums_array
    for j in range(N_CONTEXT):
        col = CONTEXT_OF[j]
        sums[0, j] = 0.0
        for i in range(n):
            out[i, prev_at + j] = out[i - 1, col] if i > 0 else 0.0
            out[i, next_at + j] = out[i + 1, col] if i + 1 < n else 0.0
            # numpy's cumsum starts from the first value itself, not from 0 + it.
            sums[i + 1, j] = sums[i, j] + out[i, col] if i > 0 else out[i, col]
    for k in range(N_WINDOWS):
        w = WINDOW_HALVES[k]
        for i in range(n):
            lo = i - w if i > w else 0
            hi = i + w + 1 if i + w + 1 < n else n
            for j in range(N_CONTEXT):
                out[i, windows_at + k * N_CONTEXT + j] = (sums[hi, j] - sums[lo, j]) / <double>(hi - lo)
