# cython: language_level=3, boundscheck=False, wraparound=False
"""A page's text as UTF-8, the bytes the parser is handed, compiled.

Most modern pages hold a character beyond Latin-1 (a curly quote, a dash), so CPython
stores them two or four bytes a character, and its UTF-8 encoder then reads and branches
on every character: about a twentieth of a page's instructions. This reads four (or two)
characters at once and copies a word that is all ASCII, which markup mostly is, a byte a
character; anything else goes one character at a time. The output is counted first and
made at its size, so no buffer grows or shrinks. The twin is str.encode("utf-8") itself
(html.read_page where this module was not built); tests/test_parse_utf8.py holds the two
to the same bytes on random strings of every width and on real pages.
"""

from libc.stdint cimport uint16_t, uint32_t
from cpython.bytes cimport PyBytes_AS_STRING, PyBytes_FromStringAndSize


cdef extern from "Python.h":
    int PyUnicode_KIND(object text)
    void* PyUnicode_DATA(object text)
    int PyUnicode_2BYTE_KIND
    int PyUnicode_4BYTE_KIND


# The loops in C, where the sizes' sums run in 16-bit lanes (blocks of 256 characters: at
# most 3 x 256 each) that the compiler makes vector code, and the fill packs 8 ASCII
# characters a step with SSE2 where the machine has it.
cdef extern from *:
    """
    #include <stdint.h>
    #include <string.h>
    #if defined(__SSE2__)
    #include <emmintrin.h>
    #endif

    static inline Py_ssize_t pc_put(unsigned char *out, Py_ssize_t o, uint32_t c) {
        if (c < 0x80) { out[o] = (unsigned char)c; return o + 1; }
        if (c < 0x800) {
            out[o] = (unsigned char)(0xC0 | (c >> 6));
            out[o + 1] = (unsigned char)(0x80 | (c & 0x3F));
            return o + 2;
        }
        if (c < 0x10000) {
            out[o] = (unsigned char)(0xE0 | (c >> 12));
            out[o + 1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
            out[o + 2] = (unsigned char)(0x80 | (c & 0x3F));
            return o + 3;
        }
        out[o] = (unsigned char)(0xF0 | (c >> 18));
        out[o + 1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
        out[o + 2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        out[o + 3] = (unsigned char)(0x80 | (c & 0x3F));
        return o + 4;
    }

    /* The UTF-8 size of n two-byte characters, or -1 at a surrogate. */
    static Py_ssize_t pc_size2(const uint16_t *s, Py_ssize_t n) {
        Py_ssize_t size = n, i = 0;
        uint16_t surrogates = 0;
        while (i < n) {
            Py_ssize_t end = n - i < 256 ? n : i + 256;
            uint16_t extra = 0;
            for (; i < end; i++) {
                uint16_t c = s[i];
                extra += (uint16_t)(c >= 0x80) + (uint16_t)(c >= 0x800);
                surrogates |= (uint16_t)((c & 0xF800) == 0xD800);
            }
            size += extra;
        }
        return surrogates ? -1 : size;
    }

    static Py_ssize_t pc_size4(const uint32_t *s, Py_ssize_t n) {
        Py_ssize_t size = n, i = 0;
        uint32_t surrogates = 0;
        while (i < n) {
            Py_ssize_t end = n - i < 256 ? n : i + 256;
            uint32_t extra = 0;
            for (; i < end; i++) {
                uint32_t c = s[i];
                extra += (uint32_t)(c >= 0x80) + (uint32_t)(c >= 0x800)
                         + (uint32_t)(c >= 0x10000);
                surrogates |= (uint32_t)(c - 0xD800 < 0x800);
            }
            size += extra;
        }
        return surrogates ? -1 : size;
    }

    static void pc_fill2(const uint16_t *s, Py_ssize_t n, unsigned char *out) {
        Py_ssize_t i = 0, o = 0;
        while (i + 8 <= n) {
    #if defined(__SSE2__)
            __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(
                    _mm_and_si128(v, _mm_set1_epi16((short)0xFF80)), _mm_setzero_si128()))
                    != 0xFFFF) {
                o = pc_put(out, o, s[i]);
                i++;
                continue;
            }
            _mm_storel_epi64((__m128i *)(out + o), _mm_packus_epi16(v, v));
    #else
            uint64_t a, b;
            memcpy(&a, s + i, 8);
            memcpy(&b, s + i + 4, 8);
            if ((a | b) & 0xFF80FF80FF80FF80ULL) {
                o = pc_put(out, o, s[i]);
                i++;
                continue;
            }
            for (int k = 0; k < 8; k++) out[o + k] = (unsigned char)s[i + k];
    #endif
            o += 8;
            i += 8;
        }
        for (; i < n; i++) o = pc_put(out, o, s[i]);
    }

    static void pc_fill4(const uint32_t *s, Py_ssize_t n, unsigned char *out) {
        Py_ssize_t i = 0, o = 0;
        while (i + 4 <= n) {
            uint32_t a = s[i], b = s[i + 1], c = s[i + 2], d = s[i + 3];
            if ((a | b | c | d) >= 0x80) {
                o = pc_put(out, o, a);
                i++;
                continue;
            }
            out[o] = (unsigned char)a;
            out[o + 1] = (unsigned char)b;
            out[o + 2] = (unsigned char)c;
            out[o + 3] = (unsigned char)d;
            o += 4;
            i += 4;
        }
        for (; i < n; i++) o = pc_put(out, o, s[i]);
    }
    """
    Py_ssize_t pc_size2(const uint16_t* s, Py_ssize_t n) nogil
    Py_ssize_t pc_size4(const uint32_t* s, Py_ssize_t n) nogil
    void pc_fill2(const uint16_t* s, Py_ssize_t n, unsigned char* out) nogil
    void pc_fill4(const uint32_t* s, Py_ssize_t n, unsigned char* out) nogil


def utf8(str text not None):
    """text.encode("utf-8"), or None when the text holds a lone surrogate (which that
    encoding refuses)."""
    cdef int kind = PyUnicode_KIND(text)
    cdef Py_ssize_t n = len(text), size
    cdef bytes out
    if kind == PyUnicode_2BYTE_KIND:
        size = pc_size2(<const uint16_t*>PyUnicode_DATA(text), n)
    elif kind == PyUnicode_4BYTE_KIND:
        size = pc_size4(<const uint32_t*>PyUnicode_DATA(text), n)
    else:
        # One byte a character: no surrogate, and an ASCII text's UTF-8 is its own bytes,
        # which CPython copies at once.
        return text.encode("utf-8")
    if size < 0:
        return None
    out = PyBytes_FromStringAndSize(NULL, size)
    if kind == PyUnicode_2BYTE_KIND:
        pc_fill2(<const uint16_t*>PyUnicode_DATA(text), n,
                 <unsigned char*>PyBytes_AS_STRING(out))
    else:
        pc_fill4(<const uint32_t*>PyUnicode_DATA(text), n,
                 <unsigned char*>PyBytes_AS_STRING(out))
    return out
