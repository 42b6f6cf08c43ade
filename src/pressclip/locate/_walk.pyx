# cython: language_level=3
"""blocks.walk() compiled: the same events, read straight from libxml2's nodes.

The Python walk pays for a Python proxy object per element and for every .tag, .text and
.tail it reads; here the tree is followed through the C structs lxml keeps under its
elements, and Python objects are made only for what the blocks keep (their text, their
containers, the element that owns each block). Every decision is the Python walk's, in the
same order; tests/test_walk.py holds the two to the same blocks on real pages.

What the Python walk does in its helpers (child_container, close_block, close_container,
number_blocks) is done here inline, on C state: a tag name is looked up once per name a
page uses (libxml2 keeps one copy of each name), what a container inherits and the totals
it sums live in a C array, one entry per open container, and reach the Container object
once, when it closes. Only Container and RawBlock objects are made in Python, as many as
the Python walk makes.

Shorter walks of the same kind serve passes that would otherwise make an object for every
element: page_tags (what the metadata readers take: meta and link tags, JSON-LD texts,
itemprop and comment-class elements, h1 and time elements), noscripts_and_hidden (the
cleaner's <noscript> and hidden elements), element_window (the byline reader's elements
around its headline, walked back and on from it), dated_texts, the byline's marks and the
kept blocks' links and emphasis (InlineMarks). Each has its Python twin where it is used,
and tests/test_walk.py holds them to it (tests/test_spans_compiled.py the marks).

Only struct fields of libxml2's tree are read (no libxml2 function is called), so the
module links against nothing; lxml's public C API gives the node under an element and the
element of a node.
"""

from cpython.unicode cimport PyUnicode_DATA, PyUnicode_DecodeASCII, PyUnicode_DecodeUTF8
from libc.stdlib cimport free, malloc, realloc
from libc.string cimport memcmp, memcpy, memset, strcmp, strlen, strstr
from lxml.includes cimport tree

from ._blocks cimport Container, RawBlock
from lxml.includes.etreepublic cimport (
    _Document,
    _Element,
    elementFactory,
    import_lxml__etree,
)

from .blocks import (
    _BOLD,
    _HEADINGS,
    _TAG_BIT,
    _WORD_BITS,
    BLOCK_TAGS,
    NAV_BIT,
    value_bits,
)
from ..record import EMPHASIS as EMPHASIS_SPAN, LINK as LINK_SPAN, STRONG as STRONG_SPAN, Span

import_lxml__etree()

# What an element's name makes of it in the walk.
cdef enum Kind:
    INLINE = 0
    BLOCK = 1
    BREAK = 2
    LINK = 3
    BOLD = 4


cdef struct Level:
    # One open container: what its children inherit, and the totals of its subtree so far.
    tree.xmlNode* node
    long long bits
    int heading
    Py_ssize_t list_depth
    bint in_quote
    bint in_pre
    bint ordered
    bint is_p
    Py_ssize_t chars
    Py_ssize_t link_chars
    Py_ssize_t blocks
    Py_ssize_t p_blocks


cdef inline bint _is_element(tree.xmlNode* node) noexcept:
    # What lxml yields as an element (its _isElement): comments, PIs and entity references
    # too, which the walk then skips like the Python walk's non-string tags.
    return (node.type == tree.XML_ELEMENT_NODE or node.type == tree.XML_COMMENT_NODE
            or node.type == tree.XML_ENTITY_REF_NODE or node.type == tree.XML_PI_NODE)


cdef inline tree.xmlNode* _first_child(tree.xmlNode* node) noexcept:
    if node.type != tree.XML_ELEMENT_NODE:
        return NULL
    cdef tree.xmlNode* child = node.children
    while child is not NULL and not _is_element(child):
        child = child.next
    return child


cdef inline tree.xmlNode* _next_sibling(tree.xmlNode* node) noexcept:
    node = node.next
    while node is not NULL and not _is_element(node):
        node = node.next
    return node


cdef inline tree.xmlNode* _next_in_order(tree.xmlNode* node, tree.xmlNode* top) noexcept:
    """The node after `node` in top's subtree, in document order (pre-order: an element's
    children before its next sibling); NULL past the subtree's end. The element walks
    (with_attributes, element_window, marked) advance with it."""
    if node.type == tree.XML_ELEMENT_NODE and node.children is not NULL:
        return node.children
    while node is not top and node.next is NULL:
        node = node.parent
    if node is top:
        return NULL
    return node.next


cdef inline tree.xmlNode* _text_or_skip(tree.xmlNode* node) noexcept:
    # lxml's text and tail: the run of text and CDATA nodes from here, across XInclude marks.
    while node is not NULL:
        if node.type == tree.XML_TEXT_NODE or node.type == tree.XML_CDATA_SECTION_NODE:
            return node
        if node.type != tree.XML_XINCLUDE_START and node.type != tree.XML_XINCLUDE_END:
            return NULL
        node = node.next
    return NULL


cdef object _decode(const char* text):
    return PyUnicode_DecodeUTF8(text, strlen(text), NULL)


cdef enum:
    NAME_SLOTS = 1024  # a power of two, above the count of tag names a page uses


cdef struct NameSlot:
    const void* name
    bint passed


cdef struct NameTable:
    NameSlot slots[NAME_SLOTS]
    Py_ssize_t used


cdef int _name_passed(NameTable* table, tree.xmlNode* node, skipped) except -1:
    """Whether the element's name (without namespace) is in `skipped`, each name decoded
    once a walk: libxml2 keeps one copy of each name, so its address is the key of an
    open-addressing table in C (no Python object an element); past half the table's size,
    the name is decoded every time. A walk keeps its table on the stack, zeroed."""
    if node.ns is not NULL:
        return 0  # "{uri}name": never one of the plain names
    cdef size_t at = (<size_t>node.name >> 4) & (NAME_SLOTS - 1)
    while table.slots[at].name is not NULL:
        if table.slots[at].name == <const void*>node.name:
            return table.slots[at].passed
        at = (at + 1) & (NAME_SLOTS - 1)
    cdef bint passed = _decode(<const char*>node.name) in skipped
    if table.used < NAME_SLOTS // 2:
        table.slots[at].name = <const void*>node.name
        table.slots[at].passed = passed
        table.used += 1
    return passed


cdef extern from "Python.h":
    object PyUnicode_FromKindAndData(int kind, const void* buffer, Py_ssize_t size)
    Py_UCS4 PyUnicode_READ(int kind, const void* data, Py_ssize_t index) nogil
    void PyUnicode_WRITE(int kind, void* data, Py_ssize_t index, Py_UCS4 value) nogil
    int PyUnicode_KIND(object text)
    bint Py_UNICODE_ISSPACE(Py_UCS4 ch) nogil


cdef str _squashed(str text):
    """" ".join(text.split()), the block text's white space made single spaces, in one pass
    over the characters instead of a str object a word: `text` itself when nothing changes,
    else the characters kept, written in the text's own width (PyUnicode_FromKindAndData
    narrows the result where the white space dropped was the only wide character)."""
    cdef Py_ssize_t n = len(text), i, m = 0
    cdef int kind = PyUnicode_KIND(text)
    cdef const void* data = PyUnicode_DATA(text)
    cdef Py_UCS4 c
    cdef bint space = False, changed = False
    cdef void* out = malloc(max(n, 1) * kind)
    if out is NULL:
        raise MemoryError()
    try:
        for i in range(n):
            c = PyUnicode_READ(kind, data, i)
            if Py_UNICODE_ISSPACE(c):
                # Kept as it is only when it is one " " between two words.
                if space or m == 0 or c != 32:
                    changed = True
                space = True
                continue
            if space and m > 0:
                PyUnicode_WRITE(kind, out, m, 32)
                m += 1
            space = False
            PyUnicode_WRITE(kind, out, m, c)
            m += 1
        if space and n > 0:
            changed = True  # trailing white space
        if not changed:
            return text
        return PyUnicode_FromKindAndData(kind, out, m)
    finally:
        free(out)


def squashed(str text not None) -> str:
    """_squashed for tests/test_walk.py, which holds it to " ".join(text.split())."""
    return _squashed(text)


cdef object _collect_text(tree.xmlNode* node):
    """lxml's .text (from the first child) or .tail (from the next node); None when the
    run is empty, which the walk treats as lxml's None and ''."""
    node = _text_or_skip(node)
    if node is NULL:
        return None
    cdef tree.xmlNode* after = _text_or_skip(node.next)
    if after is NULL:
        return _decode(<const char*>node.content) if node.content[0] else None
    cdef bytes joined = b""
    while node is not NULL:
        joined += <bytes>(<const char*>node.content)
        node = _text_or_skip(node.next)
    return joined.decode("utf-8") if joined else None


cdef inline bint _ascii_blank(tree.xmlNode* node) noexcept:
    """Whether the run of text nodes from here (.text or .tail) is only ASCII white space,
    as str.isspace() sees it: such text between blocks is dropped without being decoded.
    Any other byte (Unicode spaces included) answers no, and the text is decoded and
    tested as before."""
    cdef const unsigned char* c
    node = _text_or_skip(node)
    while node is not NULL:
        c = <const unsigned char*>node.content
        while c[0]:
            if not (c[0] == 32 or 9 <= c[0] <= 13 or 28 <= c[0] <= 31):
                return False
            c += 1
        node = _text_or_skip(node.next)
    return True


cdef inline object _kept_text(tree.xmlNode* node, list parts):
    """_collect_text(node), or None for white space that no pending block would keep."""
    if not parts and _ascii_blank(node):
        return None
    return _collect_text(node)


cdef object _attribute(tree.xmlNode* node, const char* name):
    """el.get(name) for an attribute without namespace: its text, or None."""
    cdef tree.xmlAttr* attr = node.properties
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            if attr.children is NULL:
                return ""
            return _collect_text(attr.children) or ""
        attr = attr.next
    return None


# blocks.value_bits' answers, kept for the process like its cache (and as bounded): a class
# value recurs on every page of its site.
cdef dict _BITS = {}
cdef Py_ssize_t _BITS_KEPT = 65536
cdef dict WORD_BITS = _WORD_BITS
# No flag word is longer: a longer token is never looked up.
cdef Py_ssize_t LONGEST_WORD = max(map(len, _WORD_BITS))
if LONGEST_WORD >= 64:
    raise ImportError("a flag word of 64 letters or more: widen _ascii_value_bits' token")


# The flag words in a C table (open addressing on an FNV-1a hash of the word's bytes), so
# that an ASCII value is read without a str made for it or for its tokens.
cdef struct FlagWord:
    char word[64]
    Py_ssize_t length
    long long bits
cdef enum:
    WORD_SLOTS = 1024  # a power of two, over twice the words
cdef FlagWord FLAG_WORDS[WORD_SLOTS]


cdef inline unsigned long long _fnv(const char* s, Py_ssize_t n) noexcept:
    cdef unsigned long long h = 1469598103934665603ULL
    cdef Py_ssize_t i
    for i in range(n):
        h = (h ^ <unsigned char>s[i]) * 1099511628211ULL
    return h


cdef int _fill_flag_words() except -1:
    cdef bytes encoded
    cdef Py_ssize_t at
    if 2 * len(WORD_BITS) > WORD_SLOTS:
        raise ImportError("too many flag words for _walk.pyx's table: widen WORD_SLOTS")
    memset(FLAG_WORDS, 0, sizeof(FLAG_WORDS))
    for word, bits in WORD_BITS.items():
        encoded = word.encode("ascii")  # blocks.py's words: lower-case ASCII letters, digits
        at = <Py_ssize_t>(_fnv(encoded, len(encoded)) & (WORD_SLOTS - 1))
        while FLAG_WORDS[at].length:
            at = (at + 1) & (WORD_SLOTS - 1)
        memcpy(FLAG_WORDS[at].word, <const char*>encoded, len(encoded))
        FLAG_WORDS[at].length = len(encoded)
        FLAG_WORDS[at].bits = bits
    return 0


_fill_flag_words()


cdef inline long long _word_bits(const char* token, Py_ssize_t n) noexcept:
    cdef Py_ssize_t at = <Py_ssize_t>(_fnv(token, n) & (WORD_SLOTS - 1))
    while FLAG_WORDS[at].length:
        if FLAG_WORDS[at].length == n and memcmp(FLAG_WORDS[at].word, token, n) == 0:
            return FLAG_WORDS[at].bits
        at = (at + 1) & (WORD_SLOTS - 1)
    return 0


cdef long long _ascii_bits(const unsigned char* s) noexcept:
    """blocks.value_bits of a NUL-terminated value, or -1 if it is not all ASCII: its runs
    of letters and digits, cut again where a capital follows a small letter or digit (camel
    case), lower-cased and looked up."""
    cdef Py_ssize_t i = 0, length = 0
    cdef char token[64]
    cdef unsigned char c, prev = 0
    cdef long long bits = 0
    cdef bint alnum
    while True:
        c = s[i]
        if c >= 128:
            return -1
        alnum = (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122)
        if length and (not alnum or (65 <= c <= 90 and ((97 <= prev <= 122)
                                                        or (48 <= prev <= 57)))):
            if length <= LONGEST_WORD:
                bits |= _word_bits(token, length)
            length = 0
        if alnum:
            if length < LONGEST_WORD + 1:
                token[length] = c + 32 if 65 <= c <= 90 else c
            length += 1
        if not c:
            return bits
        prev = c
        i += 1


cdef long long _value_bits(str value) except -1:
    """blocks.value_bits(value), without its regular expressions for an ASCII value."""
    cdef long long bits
    if value.isascii() and "\x00" not in value:
        bits = _ascii_bits(<const unsigned char*>PyUnicode_DATA(value))
        if bits >= 0:
            return bits
    found = _BITS.get(value)
    if found is not None:
        return <long long>found
    bits = <long long>value_bits(value)
    if len(_BITS) >= _BITS_KEPT:
        _BITS.clear()
    _BITS[value] = bits
    return bits


def compiled_value_bits(str value not None) -> int:
    """_value_bits for tests/test_walk.py, which holds it to blocks.value_bits."""
    return _value_bits(value)


cdef long long _one_bits(tree.xmlAttr* attr, bint* navigation) except -1:
    """The flags of one class, id or role attribute; `navigation` set when its value is
    "navigation". Read from libxml2's bytes when the value is one ASCII text node."""
    cdef tree.xmlNode* text = attr.children
    cdef long long bits
    if text is NULL:
        return 0
    if text.next is NULL and text.type == tree.XML_TEXT_NODE and text.content is not NULL:
        bits = _ascii_bits(<const unsigned char*>text.content)
        if bits >= 0:
            navigation[0] = strcmp(<const char*>text.content, b"navigation") == 0
            return bits
    value = _collect_text(text)
    if not value:
        return 0
    navigation[0] = value == "navigation"
    return _value_bits(value)


cdef long long _attr_bits(tree.xmlNode* node) except -1:
    # blocks.attribute_bits, made here: the first class, id and role attributes, as get()
    # reads them.
    if node.properties is NULL:
        return 0
    cdef long long bits = 0
    cdef bint navigation = False, seen_class = False, seen_id = False, seen_role = False
    cdef tree.xmlAttr* attr = node.properties
    while attr is not NULL:
        if attr.ns is NULL:
            if not seen_class and strcmp(<const char*>attr.name, b"class") == 0:
                seen_class = True
                bits |= _one_bits(attr, &navigation)
            elif not seen_id and strcmp(<const char*>attr.name, b"id") == 0:
                seen_id = True
                bits |= _one_bits(attr, &navigation)
            elif not seen_role and strcmp(<const char*>attr.name, b"role") == 0:
                seen_role = True
                navigation = False
                bits |= _one_bits(attr, &navigation)
                if navigation:
                    bits |= <long long>NAV_BIT
        attr = attr.next
    return bits


# What a block-level element's own name changes for its container (open_container), tested
# once a name instead of by string comparisons at every element.
cdef enum:
    IS_LI = 1
    IS_BLOCKQUOTE = 2
    IS_PRE = 4
    IS_OL = 8
    IS_UL = 16
    IS_P = 32


cdef tuple _tag_info(str tag):
    """(kind, tag, its semantic-tag bit, heading level or 0, IS_* bits) of an element
    name."""
    if tag in BLOCK_TAGS:
        return (BLOCK, tag, _TAG_BIT.get(tag, 0), _HEADINGS.get(tag, 0),
                {"li": IS_LI, "blockquote": IS_BLOCKQUOTE, "pre": IS_PRE, "ol": IS_OL,
                 "ul": IS_UL, "p": IS_P}.get(tag, 0))
    if tag == "br":
        return (BREAK, tag, 0, 0, 0)
    if tag == "a":
        return (LINK, tag, 0, 0, 0)
    if tag in _BOLD:
        return (BOLD, tag, 0, 0, 0)
    return (INLINE, tag, 0, 0, 0)


cdef class _Walk:
    """The walk's state: the blocks so far, the pending block's text, the open containers."""

    cdef list blocks
    cdef list parts
    cdef list containers  # the Container of each open level
    cdef Level* levels
    cdef Py_ssize_t depth  # index of the innermost open level
    cdef Py_ssize_t capacity
    cdef Py_ssize_t chars_before
    cdef _Document doc

    def __cinit__(self):
        self.levels = NULL

    def __dealloc__(self):
        free(self.levels)

    cdef int open_level(self, object container, tree.xmlNode* node, long long bits,
                        int heading, Py_ssize_t list_depth, bint in_quote, bint in_pre,
                        bint ordered, bint is_p) except -1:
        cdef Level* grown
        if self.depth + 1 >= self.capacity:
            self.capacity = 2 * self.capacity + 16
            grown = <Level*>realloc(self.levels, self.capacity * sizeof(Level))
            if grown is NULL:
                raise MemoryError()
            self.levels = grown
        self.depth += 1
        cdef Level* level = &self.levels[self.depth]
        level.node = node
        level.bits = bits
        level.heading = heading
        level.list_depth = list_depth
        level.in_quote = in_quote
        level.in_pre = in_pre
        level.ordered = ordered
        level.is_p = is_p
        level.chars = level.link_chars = level.blocks = level.p_blocks = 0
        self.containers.append(container)
        return 0

    cdef int open_container(self, tuple info, tree.xmlNode* node) except -1:
        """blocks.child_container: a block-level element opens a container."""
        cdef Level* parent = &self.levels[self.depth]
        cdef str tag = info[1]
        cdef long long own = _attr_bits(node)
        cdef long long bits = parent.bits | own | <long long>info[2]
        cdef int heading = <int>info[3] or parent.heading
        cdef int named = <int>info[4]
        cdef Py_ssize_t list_depth = parent.list_depth + ((named & IS_LI) != 0)
        cdef bint in_quote = parent.in_quote or (named & IS_BLOCKQUOTE) != 0
        cdef bint in_pre = parent.in_pre or (named & IS_PRE) != 0
        cdef bint ordered = ((named & IS_OL) != 0) if named & (IS_OL | IS_UL) else parent.ordered
        # The record's fields set in C: no __init__ call a block-level element.
        cdef Container container = Container.__new__(Container)
        container.tag = tag
        container.depth = self.depth + 1
        container.bits = bits
        container.parent = self.containers[self.depth]
        container.own_bits = own
        container.heading = heading
        container.list_depth = list_depth
        container.in_quote = in_quote
        container.in_pre = in_pre
        container.ordered = ordered
        return self.open_level(container, node, bits, heading, list_depth, in_quote, in_pre,
                               ordered, (named & IS_P) != 0)

    cdef int close_container(self) except -1:
        """blocks.close_container: the totals reach the Container and climb one level."""
        cdef Level* done = &self.levels[self.depth]
        cdef Level* parent = &self.levels[self.depth - 1]
        cdef Container container = self.containers.pop()
        if done.blocks:  # a container without blocks keeps its zeros
            container.chars = done.chars
            container.link_chars = done.link_chars
            container.blocks = done.blocks
            container.p_blocks = done.p_blocks
        parent.chars += done.chars
        parent.link_chars += done.link_chars
        parent.blocks += done.blocks
        parent.p_blocks += done.p_blocks
        self.depth -= 1
        return 0

    cdef int close_block(self, Py_ssize_t link_chars, Py_ssize_t bold_chars) except -1:
        """blocks.close_block, with number_blocks' index and offset given at once."""
        text = _squashed("".join(self.parts))
        del self.parts[:]
        if not text:
            return 0
        cdef Py_ssize_t n = len(text)
        cdef Level* level = &self.levels[self.depth]
        link_chars = min(link_chars, n)
        # The owner's element object is made only here, for the elements that own a block.
        cdef RawBlock block = RawBlock.__new__(RawBlock)
        block.text = text
        block.link_chars = link_chars
        block.bold_chars = min(bold_chars, n)
        block.container = self.containers[self.depth]
        block.element = elementFactory(self.doc, level.node)
        block.index = len(self.blocks)
        block.chars_before = self.chars_before
        self.blocks.append(block)
        self.chars_before += n
        level.chars += n
        level.link_chars += link_chars
        level.blocks += 1
        level.p_blocks += level.is_p
        return 0

    cdef int finish(self) except -1:
        """The top container, never closed by an element, takes its totals last."""
        cdef Level* top = &self.levels[0]
        cdef Container container = self.containers[0]
        container.chars = top.chars
        container.link_chars = top.link_chars
        container.blocks = top.blocks
        container.p_blocks = top.p_blocks
        return 0


def segment(_Element root not None):
    """blocks.walk(root), read from libxml2's nodes."""
    cdef _Walk walk = _Walk()
    walk.blocks = []
    walk.parts = []
    walk.containers = []
    walk.doc = root._doc
    walk.depth = -1
    cdef list parts = walk.parts
    cdef dict names = {}  # a name's address in libxml2 -> _tag_info
    cdef tuple info
    cdef int kind
    cdef Py_ssize_t link_chars = 0, bold_chars = 0
    cdef int link_depth = 0, bold_depth = 0, pending_br = 0
    cdef bint start = True, breaks_kept
    cdef tree.xmlNode* top_node = root._c_node
    cdef tree.xmlNode* node = top_node
    cdef tree.xmlNode* nxt
    walk.open_level(Container(tag="root", depth=0, bits=0, parent=None), top_node, 0, 0, 0,
                    False, False, False, False)

    while True:
        if node.type == tree.XML_ELEMENT_NODE:  # comments, PIs, entity refs: no text counts
            text = None
            breaks_kept = False
            if node.ns is not NULL:
                kind = INLINE  # "{uri}name": never a block, a break, a link or bold
            else:
                key = <size_t>node.name
                info = names.get(key)
                if info is None:
                    info = names[key] = _tag_info(_decode(<const char*>node.name))
                kind = info[0]
            if kind == BLOCK:
                if parts:
                    walk.close_block(link_chars, bold_chars)
                    link_chars = bold_chars = 0
                if start:
                    walk.open_container(info, node)
                    text = _kept_text(node.children, parts)
                else:
                    walk.close_container()
                    text = _kept_text(node.next, parts)
            elif kind == BREAK:
                if start:
                    pending_br += 1
                    if pending_br >= 2:
                        if parts:
                            walk.close_block(link_chars, bold_chars)
                            link_chars = bold_chars = 0
                    elif parts:
                        parts.append("\n")
                    text = _collect_text(node.next)
                    breaks_kept = text is not None and text.isspace()
            elif start:
                if kind == LINK:
                    link_depth += 1
                elif kind == BOLD:
                    bold_depth += 1
                text = _kept_text(node.children, parts)
            else:
                if kind == LINK:
                    link_depth -= 1
                elif kind == BOLD:
                    bold_depth -= 1
                text = _kept_text(node.next, parts)

            if text is not None and (parts or not text.isspace()):
                parts.append(text)
                if link_depth:
                    link_chars += len(text)
                if bold_depth:
                    bold_chars += len(text)
                if not breaks_kept:
                    pending_br = 0

        # The next event, in iterwalk's order: into the first child, else out of this node,
        # then on to its next sibling or out of its parent.
        if start:
            nxt = _first_child(node)
            if nxt is not NULL:
                node = nxt
            else:
                start = False
            continue
        if node is top_node:
            break
        nxt = _next_sibling(node)
        if nxt is not NULL:
            node = nxt
            start = True
        else:
            node = node.parent

    if parts:
        # Text after the root's last container: every container has closed, so it is the top
        # container's block, owned by the root.
        walk.close_block(link_chars, bold_chars)
    walk.finish()
    return walk.blocks


def with_attributes(_Element root not None, tuple names not None):
    """The elements of root's tree that carry an attribute (without namespace) of one of
    `names` (bytes), in document order, root included: the XPath
    //*[@name1 or @name2 ...] from the document element, without building a node-set of
    every element first (clean.py asks it for the attributes that hide an element)."""
    cdef list out = []
    cdef list keep = list(names)  # holds the bytes the C pointers below point into
    cdef Py_ssize_t count = len(keep), i
    cdef const char* wanted[8]
    if count > 8:
        raise ValueError("at most 8 attribute names")
    for i in range(count):
        wanted[i] = <const char*>keep[i]
    cdef _Document doc = root._doc
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* node = top
    cdef tree.xmlAttr* attr
    cdef bint found
    while True:
        if node.type == tree.XML_ELEMENT_NODE:
            found = False
            attr = node.properties
            while attr is not NULL and not found:
                if attr.ns is NULL:
                    for i in range(count):
                        if strcmp(<const char*>attr.name, wanted[i]) == 0:
                            found = True
                            break
                attr = attr.next
            if found:
                out.append(elementFactory(doc, node))
        node = _next_in_order(node, top)
        if node is NULL:
            break
    return out


cdef inline tree.xmlNode* _previous_in_order(tree.xmlNode* node,
                                             tree.xmlNode* top) noexcept:
    """The node before `node` in top's subtree, in document order (its previous sibling's
    last descendant, else its parent); NULL before top."""
    if node is top:
        return NULL
    if node.prev is NULL:
        return node.parent
    node = node.prev
    while node.type == tree.XML_ELEMENT_NODE and node.last is not NULL:
        node = node.last
    return node


cdef bint _below(tree.xmlNode* node, tree.xmlNode* top) noexcept:
    """Whether `node` is top or lies in its subtree."""
    while node is not NULL:
        if node is top:
            return True
        node = node.parent
    return False


def element_window(_Element root not None, _Element anchor, int before, int after,
                   skipped not None):
    """The elements of root's subtree in document order (as iter(etree.Element) yields
    them, root first), those whose tag is in `skipped` passed over: the `before` elements
    that come before `anchor`, it, and the `after` - 1 that follow it; without an anchor
    (None, root itself, one outside root's subtree or one passed over), the first `after`.
    The byline reader's window around its headline (metadata/byline.py, whose Python
    reading is the twin): the walk goes back from the anchor and on from it, not from the
    page's start, and makes no object for an element outside the window."""
    if before < 0 or after < 1:
        raise ValueError("before must be >= 0 and after >= 1")
    cdef list out = []
    cdef NameTable names
    memset(&names, 0, sizeof(NameTable))
    cdef _Document doc = root._doc
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* node = top
    cdef Py_ssize_t wanted = after
    if (anchor is not None and anchor._c_node is not top and _below(anchor._c_node, top)
            and anchor._c_node.type == tree.XML_ELEMENT_NODE
            and not _name_passed(&names, anchor._c_node, skipped)):
        node = _previous_in_order(anchor._c_node, top)
        while node is not NULL and len(out) < before:
            if node.type == tree.XML_ELEMENT_NODE and not _name_passed(&names, node, skipped):
                out.append(elementFactory(doc, node))
            node = _previous_in_order(node, top)
        out.reverse()
        out.append(anchor)
        wanted = len(out) + after - 1
        node = _next_in_order(anchor._c_node, top)
    while node is not NULL and len(out) < wanted:
        if node.type == tree.XML_ELEMENT_NODE and not _name_passed(&names, node, skipped):
            out.append(elementFactory(doc, node))
        node = _next_in_order(node, top)
    return out


cdef bint _has_ment(tree.xmlAttr* attr):
    """Whether an attribute's value contains "ment", as XPath's contains(., 'ment')."""
    cdef tree.xmlNode* text = attr.children
    if text is NULL:
        return False
    if text.next is NULL and text.type == tree.XML_TEXT_NODE:
        return text.content is not NULL and strstr(<const char*>text.content, b"ment") != NULL
    return "ment" in (_collect_text(text) or "")


# What metadata/byline.py's read_byline reads further of an element near the headline.
BY_AUTHOR = 1  # its class or id names an author, or rel="author"
BY_DATE = 2  # else its class or id names a date
TIME = 4  # a <time> element
LABEL_TEXT = 8  # its text is short and opens with a byline or date label's first word


cdef inline bint _ascii_space(unsigned char c) noexcept:
    # str.isspace() (and so re's \s) among ASCII characters.
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31


cdef int _opens_with_label(tree.xmlNode* first, Py_ssize_t limit, frozenset first_words,
                           opens_with_label) except -1:
    """Whether the element's text (the run of text nodes from `first`) is shorter than
    `limit` characters and labels.opens_with_label says yes: answered in C where the text
    opens in ASCII, the text decoded and asked in Python where it does not."""
    cdef tree.xmlNode* node = _text_or_skip(first)
    cdef Py_ssize_t size = 0
    if node is NULL:
        return 0
    while node is not NULL:
        size += strlen(<const char*>node.content)
        node = _text_or_skip(node.next)
    if size == 0 or size >= 4 * limit:  # empty, or too long whatever its characters
        return 0
    node = _text_or_skip(first)
    cdef const unsigned char* c = <const unsigned char*>node.content
    cdef const unsigned char* word
    cdef bint ascii = node.next is NULL or _text_or_skip(node.next) is NULL
    if ascii and size < limit:
        # One text node, short enough in bytes: its first word read in C when the text up
        # to it is ASCII ("  - By", "| By" ... ; the lead is white space, dashes and bars:
        # labels._LEAD).
        while _ascii_space(c[0]) or c[0] == 45 or c[0] == 124:
            c += 1
        if c[0] < 128:
            if not ((65 <= c[0] <= 90) or (97 <= c[0] <= 122)):
                return 0  # a digit, "_", punctuation or the end: no word opens the text
            word = c
            while (65 <= c[0] <= 90) or (97 <= c[0] <= 122):
                c += 1
            if c[0] < 128:  # the word ends in ASCII: it is all of the first word
                return PyUnicode_DecodeASCII(<const char*>word, c - word,
                                             NULL).lower() in first_words
    text = _collect_text(first)
    return text is not None and len(text) < limit and bool(opens_with_label(text))


cdef long _piece_kind(tree.xmlAttr* attr, value_kind, tuple author_pieces,
                     tuple date_pieces) except -1:
    """value_kind(value) of a class or id attribute (BY_AUTHOR, BY_DATE or 0; 0 for an empty
    one): in C for an ASCII value of up to 255 characters, whose lower case is ASCII's and
    where the label expressions, alternations of ASCII words, are found by strstr."""
    cdef tree.xmlNode* text = attr.children
    cdef const unsigned char* c
    cdef char lowered[256]
    cdef Py_ssize_t n = 0
    if text is NULL:
        return 0
    if text.next is NULL and text.type == tree.XML_TEXT_NODE and text.content is not NULL:
        c = <const unsigned char*>text.content
        while c[n] and c[n] < 128 and n < 255:
            lowered[n] = c[n] + 32 if 65 <= c[n] <= 90 else c[n]
            n += 1
        if not c[n]:
            if n == 0:
                return 0
            lowered[n] = 0
            for piece in author_pieces:
                if strstr(lowered, <const char*>piece) != NULL:
                    return BY_AUTHOR
            for piece in date_pieces:
                if strstr(lowered, <const char*>piece) != NULL:
                    return BY_DATE
            return 0
    value = _collect_text(text)
    return <long>value_kind(value) if value else 0


def byline_marks(list window not None, Py_ssize_t limit, value_kind not None,
                 frozenset first_words not None, opens_with_label not None,
                 tuple author_pieces not None, tuple date_pieces not None):
    """(element, marks) for each element of `window` that metadata/byline.py's read_byline
    reads further (BY_AUTHOR, BY_DATE, TIME, LABEL_TEXT), read from the nodes without a
    get() a test: byline._python_marks is the twin (value_kind is byline._value_kind, whose
    expressions are the alternations of author_pieces and date_pieces, first_words
    labels.FIRST_WORDS, opens_with_label labels.opens_with_label, `limit` the longest text
    plus one)."""
    cdef list out = []
    cdef list pieces = [tuple(p.encode("ascii") for p in author_pieces),
                        tuple(p.encode("ascii") for p in date_pieces)]
    cdef tuple author_bytes = pieces[0], date_bytes = pieces[1]
    cdef _Element element
    cdef tree.xmlNode* node
    cdef tree.xmlAttr* attr
    cdef tree.xmlAttr* cls
    cdef tree.xmlAttr* ident
    cdef tree.xmlAttr* rel
    cdef long kinds, marks
    for element in window:
        node = element._c_node
        marks = 0
        if node.type == tree.XML_ELEMENT_NODE:
            if node.properties is not NULL:
                # The first class, id and rel, as get() reads them.
                cls = ident = rel = NULL
                attr = node.properties
                while attr is not NULL:
                    if attr.ns is NULL:
                        if cls is NULL and strcmp(<const char*>attr.name, b"class") == 0:
                            cls = attr
                        elif ident is NULL and strcmp(<const char*>attr.name, b"id") == 0:
                            ident = attr
                        elif rel is NULL and strcmp(<const char*>attr.name, b"rel") == 0:
                            rel = attr
                    attr = attr.next
                kinds = 0
                if cls is not NULL:
                    kinds |= _piece_kind(cls, value_kind, author_bytes, date_bytes)
                if ident is not NULL:
                    kinds |= _piece_kind(ident, value_kind, author_bytes, date_bytes)
                if kinds & BY_AUTHOR or (rel is not NULL and (
                        _collect_text(rel.children) if rel.children is not NULL else ""
                ) == "author"):
                    marks = BY_AUTHOR
                elif kinds & BY_DATE:
                    marks = BY_DATE
            if node.ns is NULL and strcmp(<const char*>node.name, b"time") == 0:
                marks |= TIME
            if _opens_with_label(node.children, limit, first_words, opens_with_label):
                marks |= LABEL_TEXT
        if marks:
            out.append((element, marks))
    return out


cdef int _is_ld_json(tree.xmlNode* node) noexcept:
    """Whether a script's type is "application/ld+json", case aside: 1 or 0, compared as
    ASCII, as no other character lowers to one of its letters; -1 for a type held in more
    than one text node (an entity reference in it), which get() reads."""
    cdef tree.xmlAttr* attr = node.properties
    cdef tree.xmlNode* text
    cdef const unsigned char* c
    cdef const char* wanted = b"application/ld+json"
    cdef Py_ssize_t i = 0
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char*>attr.name, b"type") == 0:
            text = attr.children
            if text is NULL:
                return 0
            if text.next is not NULL or text.type != tree.XML_TEXT_NODE:
                return -1
            c = <const unsigned char*>text.content
            if c is NULL:
                return 0
            while wanted[i]:
                if (c[i] + 32 if 65 <= c[i] <= 90 else c[i]) != <unsigned char>wanted[i]:
                    return 0
                i += 1
            return c[i] == 0
        attr = attr.next
    return 0


cdef bint _ascii_ws(unsigned char c) noexcept:
    # re's \s among ASCII characters (str.isspace()).
    return c == 32 or 9 <= c <= 13 or 28 <= c <= 31


cdef bint _lower_at(const unsigned char* s, const char* word) noexcept:
    """Whether s starts with `word` (lower-case ASCII), ASCII case aside."""
    cdef Py_ssize_t i = 0
    while word[i]:
        if (s[i] + 32 if 65 <= s[i] <= 90 else s[i]) != <unsigned char>word[i]:
            return False
        i += 1
    return True


cdef bint _ascii_hides(const unsigned char* s) noexcept:
    """clean._HIDDEN_STYLE.search for an ASCII style value: display\\s*:\\s*none or
    visibility\\s*:\\s*hidden, ASCII case aside (re.I folds no other character into
    these ASCII words' letters but "ſ" and "K", which are not ASCII)."""
    cdef const unsigned char* c = s
    cdef const unsigned char* p
    cdef const char* value
    while c[0]:
        if _lower_at(c, b"display"):
            p = c + 7
            value = b"none"
        elif _lower_at(c, b"visibility"):
            p = c + 10
            value = b"hidden"
        else:
            c += 1
            continue
        while _ascii_ws(p[0]):
            p += 1
        if p[0] == 58:  # ":"
            p += 1
            while _ascii_ws(p[0]):
                p += 1
            if _lower_at(p, value):
                return True
        c += 1
    return False


cdef inline tree.xmlNode* _after_subtree(tree.xmlNode* node, tree.xmlNode* top) noexcept:
    """The node after `node`'s subtree in top's, in document order; NULL past its end."""
    while node is not top and node.next is NULL:
        node = node.parent
    if node is top:
        return NULL
    return node.next


def noscripts_and_hidden(_Element root not None, skipped not None, hides not None):
    """The <noscript> elements of root's tree and the elements that clean.py drops as
    hidden, each in document order, in one walk that passes over the subtrees of the
    elements whose tag is in `skipped` (those the cleaner strips: what it finds is what
    stays): a hidden attribute, aria-hidden="true", or a style that hides (`hides`, the
    expression clean._HIDDEN_STYLE, reads a style that is not one ASCII text; the others
    are read here). clean._python_noscripts_and_hidden is the twin."""
    cdef list noscripts = []
    cdef list out = []
    cdef _Document doc = root._doc
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* node = top
    cdef tree.xmlAttr* attr
    cdef tree.xmlAttr* aria
    cdef tree.xmlAttr* style
    cdef tree.xmlNode* text
    cdef bint hidden
    cdef NameTable names
    memset(&names, 0, sizeof(NameTable))
    while node is not NULL:
        if (node.type == tree.XML_ELEMENT_NODE and node is not top
                and _name_passed(&names, node, skipped)):
            node = _after_subtree(node, top)
            continue
        if (node.type == tree.XML_ELEMENT_NODE and node.ns is NULL
                and strcmp(<const char*>node.name, b"noscript") == 0):
            noscripts.append(elementFactory(doc, node))
        _hidden_one(node, doc, hides, out)
        node = _next_in_order(node, top)
    return noscripts, out


cdef int _hidden_one(tree.xmlNode* node, _Document doc, hides, list out) except -1:
    """Appends the element to `out` when it is hidden (noscripts_and_hidden's test)."""
    if node.type != tree.XML_ELEMENT_NODE or node.properties is NULL:
        return 0
    cdef tree.xmlAttr* aria = NULL
    cdef tree.xmlAttr* style = NULL
    cdef tree.xmlAttr* attr = node.properties
    cdef tree.xmlNode* text
    cdef bint hidden = False
    while attr is not NULL:
        if attr.ns is NULL:
            if strcmp(<const char*>attr.name, b"hidden") == 0:
                hidden = True
                break
            if aria is NULL and strcmp(<const char*>attr.name, b"aria-hidden") == 0:
                aria = attr
            elif style is NULL and strcmp(<const char*>attr.name, b"style") == 0:
                style = attr
        attr = attr.next
    if not hidden and aria is not NULL:
        hidden = (_collect_text(aria.children) if aria.children is not NULL else "") == "true"
    if not hidden and style is not NULL and style.children is not NULL:
        text = style.children
        if (text.next is NULL and text.type == tree.XML_TEXT_NODE
                and text.content is not NULL and _ascii_text(text.content)):
            hidden = _ascii_hides(<const unsigned char*>text.content)
        else:
            value = _collect_text(text)
            hidden = bool(value) and hides.search(value) is not None
    if hidden:
        out.append(elementFactory(doc, node))
    return 0


cdef bint _ascii_text(const unsigned char* s) noexcept:
    while s[0]:
        if s[0] >= 128:
            return False
        s += 1
    return True


def first_in_head_outside(_Element root not None, frozenset head_content not None):
    """The first child element of the root's first <head> whose name is not in
    `head_content`, else None: parse.html._python_first_in_head_outside's answer, read from
    libxml2's nodes (no element object is made for the head's metas, links and scripts)."""
    cdef tree.xmlNode* node = root._c_node.children
    # root.find("head"): the first child element named head, without a namespace.
    while node is not NULL and not (node.type == tree.XML_ELEMENT_NODE and node.ns is NULL
                                    and strcmp(<const char*>node.name, b"head") == 0):
        node = node.next
    if node is NULL:
        return None
    node = node.children
    while node is not NULL:
        # An element whose name (as lxml's tag: "{uri}name" within a namespace) is none
        # of the head's; comments, processing instructions and entities have no str tag.
        if node.type == tree.XML_ELEMENT_NODE and (
                node.ns is not NULL or _decode(<const char*>node.name) not in head_content):
            return elementFactory(root._doc, node)
        node = node.next
    return None


def deepest_holding(list elements not None, list sizes not None, double share):
    """The deepest element that holds (itself or below) at least `share` of the total of
    `sizes`, `sizes[i]` standing at `elements[i]`; None for no elements or a total of 0.
    structure._python_deepest's answer, read from libxml2's parent pointers: no element
    object is made for an ancestor.

    Above one half, the elements that hold the share are nested in one another, from the
    root element down: each level's holder is a child of the one above, and is the
    weighted majority (Boyer and Moore's vote) of the paths through that one."""
    cdef Py_ssize_t n = len(elements), i, k, total = 0, held, weight
    if n == 0 or len(sizes) != n:
        return None
    cdef Py_ssize_t* size = <Py_ssize_t*>malloc(n * sizeof(Py_ssize_t))
    cdef Py_ssize_t* length = <Py_ssize_t*>malloc(n * sizeof(Py_ssize_t))
    cdef tree.xmlNode*** path = <tree.xmlNode***>malloc(n * sizeof(tree.xmlNode**))
    cdef tree.xmlNode* node
    cdef tree.xmlNode* held_by
    cdef tree.xmlNode* candidate
    if size is NULL or length is NULL or path is NULL:
        free(size)
        free(length)
        free(path)
        raise MemoryError()
    memset(path, 0, n * sizeof(tree.xmlNode**))
    try:
        for i in range(n):
            size[i] = sizes[i]
            total += size[i]
            # The element's ancestors up to the root element, root first.
            k = 0
            node = (<_Element?>elements[i])._c_node
            while node is not NULL and node.type == tree.XML_ELEMENT_NODE:
                k += 1
                node = node.parent
            length[i] = k
            path[i] = <tree.xmlNode**>malloc(k * sizeof(tree.xmlNode*))
            if path[i] is NULL:
                raise MemoryError()
            node = (<_Element>elements[i])._c_node
            while k > 0:
                k -= 1
                path[i][k] = node
                node = node.parent
        if total == 0:
            return None
        held_by = path[0][0]  # the root element holds everything
        k = 0
        while True:
            k += 1
            # The weighted majority among the children of held_by on the paths.
            candidate = NULL
            weight = 0
            for i in range(n):
                if length[i] > k and path[i][k - 1] == held_by:
                    node = path[i][k]
                    if node == candidate:
                        weight += size[i]
                    elif weight >= size[i]:
                        weight -= size[i]
                    else:
                        candidate = node
                        weight = size[i] - weight
            if candidate is NULL:
                break
            held = 0
            for i in range(n):
                if length[i] > k and path[i][k] == candidate:
                    held += size[i]
            if not (<double>held >= share * <double>total):
                break
            held_by = candidate
        return elementFactory((<_Element>elements[0])._doc, held_by)
    finally:
        for i in range(n):
            free(path[i])
        free(path)
        free(length)
        free(size)


def page_tags(_Element root not None):
    """What metadata's three tag readers take, in one walk of root's tree, in document
    order, without an element object or attrib mapping for each tag: (metas, links, ld+json
    texts, itemprop elements, (element, class value) pairs, h1 elements, time elements).
    The h1 and time elements are those the XPath "//h1" and iter("time") give, for the
    headline's readers and metadata/updated.py: their own walks of the page are spared.
    metas: (content, property,
    name, itemprop, http-equiv) for each <meta> with a content attribute; links: (rel,
    href) for each <link>; each value the attribute's text, or None (meta._python_tags is
    the twin). ld+json texts: the text of every <script type="application/ld+json">, None
    for an empty one (jsonld.script_texts). The elements carrying an itemprop, and those
    whose class contains "ment", as marks.py's XPath "//@itemprop | //@class[contains(.,
    'ment')]" finds them (marks.python_marks)."""
    cdef list metas = [], links = [], texts = [], itemprops = [], classes = []
    cdef list h1s = [], times = []
    cdef _Document doc = root._doc
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* node = top
    cdef tree.xmlAttr* attr
    cdef int found
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            if node.ns is NULL:
                if strcmp(<const char*>node.name, b"meta") == 0:
                    content = _attribute(node, b"content")
                    if content is not None:
                        metas.append((content, _attribute(node, b"property"),
                                      _attribute(node, b"name"), _attribute(node, b"itemprop"),
                                      _attribute(node, b"http-equiv")))
                elif strcmp(<const char*>node.name, b"link") == 0:
                    links.append((_attribute(node, b"rel"), _attribute(node, b"href")))
                elif strcmp(<const char*>node.name, b"script") == 0:
                    found = _is_ld_json(node)
                    if found < 0:
                        kind = _attribute(node, b"type")
                        found = bool(kind) and kind.lower() == "application/ld+json"
                    if found:
                        texts.append(_collect_text(node.children))
                elif strcmp(<const char*>node.name, b"h1") == 0:
                    h1s.append(elementFactory(doc, node))
                elif strcmp(<const char*>node.name, b"time") == 0:
                    times.append(elementFactory(doc, node))
            attr = node.properties
            while attr is not NULL:
                if attr.ns is NULL:
                    if strcmp(<const char*>attr.name, b"itemprop") == 0:
                        itemprops.append(elementFactory(doc, node))
                    elif strcmp(<const char*>attr.name, b"class") == 0 and _has_ment(attr):
                        classes.append((elementFactory(doc, node),
                                        _collect_text(attr.children)))
                attr = attr.next
        node = _next_in_order(node, top)
    return metas, links, texts, itemprops, classes, h1s, times


cdef int _dated_shape(tree.xmlNode* node, Py_ssize_t shortest, Py_ssize_t longest) noexcept:
    """Whether the run of text nodes from here (.text or .tail) may be a dateline: from
    `shortest` to `longest` characters (code points) holding an ASCII digit (1), or any
    non-ASCII character, which may be a digit of another script (2); else 0."""
    cdef const unsigned char* c
    cdef Py_ssize_t chars = 0
    cdef int shape = 0
    node = _text_or_skip(node)
    while node is not NULL:
        c = <const unsigned char*>node.content
        while c[0]:
            if c[0] & 0xC0 != 0x80:
                chars += 1
                if chars > longest:
                    return 0
            if 48 <= c[0] <= 57:
                shape |= 1
            elif c[0] >= 128:
                shape |= 2
            c += 1
        node = _text_or_skip(node.next)
    return shape if chars >= shortest else 0


def dated_texts(_Element root not None, skipped not None, Py_ssize_t shortest,
                Py_ssize_t longest):
    """The texts and tails, in the order metadata/datelines.py's _page_date reads them (each
    element of root's subtree in document order, root first, its text then its tail; the
    elements whose tag is in `skipped` passed over), that are `shortest` to `longest`
    characters long and hold an ASCII digit or a non-ASCII character: the candidates its
    digit test and date parser read, decoded only for those. datelines._python_dated_texts
    is the twin, with the digit test applied (the caller applies it here)."""
    cdef list out = []
    cdef NameTable names
    memset(&names, 0, sizeof(NameTable))
    cdef tree.xmlNode* top = root._c_node
    cdef tree.xmlNode* node = top
    cdef bint passed
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE:
            passed = _name_passed(&names, node, skipped)
            if not passed:
                if _dated_shape(node.children, shortest, longest):
                    out.append(_collect_text(node.children))
                if _dated_shape(node.next, shortest, longest):
                    out.append(_collect_text(node.next))
        node = _next_in_order(node, top)
    return out


def window_dated_texts(list elements not None, Py_ssize_t shortest, Py_ssize_t longest):
    """dated_texts over a list of elements (the byline reader's window), none passed over:
    what metadata/datelines.py's _loose_date reads, each element's text then its tail;
    datelines._python_window_dated_texts is the twin, with the digit test applied."""
    cdef list out = []
    cdef tree.xmlNode* node
    for element in elements:
        node = (<_Element?>element)._c_node
        if _dated_shape(node.children, shortest, longest):
            out.append(_collect_text(node.children))
        if _dated_shape(node.next, shortest, longest):
            out.append(_collect_text(node.next))
    return out


# spans.InlineMarks compiled: an owner's inline text with its marks read from libxml2's
# nodes, and each block's spans cut from it in C. spans.py keeps the Python twin, and
# tests/test_spans_compiled.py holds the two to the same reads and spans.

cdef str _RUN_BREAK = "\x00"  # spans._RUN_BREAK: never inside a block's text
cdef enum:
    STRONG_BIT = 1  # spans._STRONG_BIT
    EMPHASIS_BIT = 2  # spans._EMPHASIS_BIT
    MARK_EMPHASIS = 5  # a name's kind past Kind's: em or i (bold is Kind's BOLD)


cdef int _mark_kind(dict names, tree.xmlNode* node) except -1:
    """What spans._pieces makes of an element's name: BLOCK, BREAK, LINK, BOLD,
    MARK_EMPHASIS or INLINE; each name decoded once a read (keyed by its address in
    libxml2's dictionary of the page)."""
    if node.ns is not NULL:
        return INLINE  # "{uri}name": none of the plain names
    key = <size_t>node.name
    kind = names.get(key)
    if kind is None:
        tag = _decode(<const char*>node.name)
        if tag in BLOCK_TAGS:
            kind = BLOCK
        elif tag == "br":
            kind = BREAK
        elif tag == "a":
            kind = LINK
        elif tag in _BOLD:
            kind = BOLD
        elif tag == "em" or tag == "i":
            kind = MARK_EMPHASIS
        else:
            kind = INLINE
        names[key] = kind
    return kind


cdef class _Flat:
    """spans._normalise fed piece by piece: the text with its white space collapsed, and
    each piece's place in it with its marks (a piece that is only white space has none)."""

    cdef list out
    cdef list tokens
    cdef Py_ssize_t length
    cdef bint space
    cdef bint marked  # whether any piece, white space or not, had a link or a bit

    cdef int add(self, str text, object href, int bits) except -1:
        if href is not None or bits:
            self.marked = True
        cdef str joined = _squashed(text)
        cdef Py_ssize_t n = len(joined)
        if n == 0:
            self.space = self.space or (len(text) > 0 and self.length > 0)
            return 0
        if self.space or (Py_UNICODE_ISSPACE(text[0]) and self.length > 0):
            self.out.append(" ")
            self.length += 1
        self.out.append(joined)
        self.tokens.append((self.length, self.length + n, href, bits))
        self.length += n
        self.space = Py_UNICODE_ISSPACE(text[len(text) - 1])
        return 0


cdef bint _holds_mark_tags(tree.xmlNode* top) noexcept:
    """Whether an a, b, strong, em or i element (without namespace) is below `top`: without
    one, no piece can carry a mark, and most paragraphs are answered without a Python object
    made (spans.read_marks asks lxml's iter the same)."""
    cdef tree.xmlNode* node = _next_in_order(top, top)
    cdef const char* name
    while node is not NULL:
        if node.type == tree.XML_ELEMENT_NODE and node.ns is NULL:
            name = <const char*>node.name
            if (strcmp(name, "a") == 0 or strcmp(name, "b") == 0 or strcmp(name, "i") == 0
                    or strcmp(name, "em") == 0 or strcmp(name, "strong") == 0):
                return True
        node = _next_in_order(node, top)
    return False


def marked_text(_Element owner not None):
    """spans.read_marks(owner): None when the owner's own inline text carries no mark, else
    (its normalised text, [(start, end, link target, emphasis bits)] of its pieces)."""
    if not _holds_mark_tags(owner._c_node):
        return None
    cdef _Flat flat = _Flat()
    flat.out = []
    flat.tokens = []
    cdef dict names = {}
    cdef tree.xmlNode* top = owner._c_node
    cdef tree.xmlNode* node
    cdef tree.xmlNode* child
    cdef list hrefs = [None]  # the link target inside each open element
    cdef list bits_of = [0]  # and its emphasis bits
    cdef int kind, bits
    cdef bint start = True, skip
    text = _collect_text(top.children)
    if text is not None:
        flat.add(text, None, 0)
    node = _first_child(top)
    if node is NULL:
        start = False
        node = top
    while node is not top:
        if start:
            href = hrefs[len(hrefs) - 1]
            bits = bits_of[len(bits_of) - 1]
            skip = node.type != tree.XML_ELEMENT_NODE
            kind = INLINE if skip else _mark_kind(names, node)
            if kind == BLOCK:
                flat.add(_RUN_BREAK, None, 0)
                skip = True
            elif kind == BREAK:
                flat.add(" ", href, bits)
            elif kind == LINK:
                target = _attribute(node, "href")
                if target:
                    href = target.strip()
            elif kind == BOLD:
                bits |= STRONG_BIT
            elif kind == MARK_EMPHASIS:
                bits |= EMPHASIS_BIT
            hrefs.append(href)
            bits_of.append(bits)
            if not skip:
                text = _collect_text(node.children)
                if text is not None:
                    flat.add(text, href, bits)
                child = _first_child(node)
                if child is not NULL:
                    node = child
                    continue
            start = False
            continue
        # The node's end: its marks close, its tail (an element's) takes the outer ones.
        hrefs.pop()
        bits_of.pop()
        if node.type == tree.XML_ELEMENT_NODE:
            text = _collect_text(node.next)
            if text is not None:
                flat.add(text, hrefs[len(hrefs) - 1], bits_of[len(bits_of) - 1])
        child = _next_sibling(node)
        if child is not NULL:
            node = child
            start = True
        else:
            node = node.parent
    if not flat.marked:
        return None
    return "".join(flat.out), flat.tokens


cdef class _Owner:
    """One owner's read: its normalised text, its pieces' places and marks in C arrays, and
    where its next block is looked for."""

    cdef str flat
    cdef list hrefs
    cdef Py_ssize_t count
    cdef Py_ssize_t* starts
    cdef Py_ssize_t* ends
    cdef int* bits
    cdef Py_ssize_t cursor

    def __cinit__(self):
        self.starts = self.ends = NULL
        self.bits = NULL

    def __dealloc__(self):
        free(self.starts)
        free(self.ends)
        free(self.bits)


cdef _Owner _owner_of(tuple read):
    cdef _Owner owner = _Owner()
    cdef list tokens = read[1]
    cdef Py_ssize_t n = len(tokens), i
    owner.flat = read[0]
    owner.hrefs = [token[2] for token in tokens]
    owner.count = n
    owner.starts = <Py_ssize_t*>malloc(max(n, 1) * sizeof(Py_ssize_t))
    owner.ends = <Py_ssize_t*>malloc(max(n, 1) * sizeof(Py_ssize_t))
    owner.bits = <int*>malloc(max(n, 1) * sizeof(int))
    if owner.starts is NULL or owner.ends is NULL or owner.bits is NULL:
        raise MemoryError()
    for i in range(n):
        token = tokens[i]
        owner.starts[i] = token[0]
        owner.ends[i] = token[1]
        owner.bits[i] = token[3]
    return owner


cdef int _bit_runs(list spans, Py_ssize_t* starts, Py_ssize_t* ends, int* bits,
                   Py_ssize_t n, int bit, str kind) except -1:
    """spans._runs for one emphasis bit: pieces with the bit, one space apart at most."""
    cdef Py_ssize_t i, start = -1, end = -1
    cdef bint current = False
    for i in range(n):
        if bits[i] & bit and current and starts[i] <= end + 1:
            end = ends[i]
            continue
        if current:
            spans.append(Span(start, end, kind, None))
        current = (bits[i] & bit) != 0
        start = starts[i]
        end = ends[i]
    if current:
        spans.append(Span(start, end, kind, None))
    return 0


def _span_order(span):
    return (span.start, -span.end)


cdef class InlineMarks:
    """spans.InlineMarks with its reads and cuts in C (spans.py says more)."""

    cdef dict _owners  # owner -> its _Owner, or None when it has no mark

    def __cinit__(self):
        self._owners = {}

    def spans(self, _Element owner not None, str text not None) -> tuple:
        """The links (with their raw href) and emphasis over `text`, a block of `owner`."""
        cdef _Owner read
        if owner in self._owners:
            read = self._owners[owner]
        else:
            marked = marked_text(owner)
            read = None if marked is None else _owner_of(marked)
            self._owners[owner] = read
        if read is None:
            return ()
        cdef Py_ssize_t at = read.flat.find(text, read.cursor)
        if at < 0:
            return ()
        cdef Py_ssize_t end = at + len(text)
        read.cursor = end
        # The first piece that can reach `at`: the one before the first that starts there.
        cdef Py_ssize_t lo = 0, hi = read.count, mid, i, n = 0
        while lo < hi:
            mid = (lo + hi) // 2
            if read.starts[mid] < at:
                lo = mid + 1
            else:
                hi = mid
        lo = max(lo - 1, 0)
        cdef Py_ssize_t room = read.count - lo
        cdef Py_ssize_t* starts = <Py_ssize_t*>malloc(max(room, 1) * sizeof(Py_ssize_t))
        cdef Py_ssize_t* ends = <Py_ssize_t*>malloc(max(room, 1) * sizeof(Py_ssize_t))
        cdef int* bits = <int*>malloc(max(room, 1) * sizeof(int))
        cdef list hrefs = []
        cdef list spans = []
        try:
            if starts is NULL or ends is NULL or bits is NULL:
                raise MemoryError()
            for i in range(lo, read.count):
                if read.starts[i] >= end:
                    break
                if read.ends[i] > at:
                    starts[n] = max(read.starts[i], at) - at
                    ends[n] = min(read.ends[i], end) - at
                    bits[n] = read.bits[i]
                    hrefs.append(read.hrefs[i])
                    n += 1
            _link_runs(spans, starts, ends, hrefs, n)
            _bit_runs(spans, starts, ends, bits, n, STRONG_BIT, STRONG_SPAN)
            _bit_runs(spans, starts, ends, bits, n, EMPHASIS_BIT, EMPHASIS_SPAN)
        finally:
            free(starts)
            free(ends)
            free(bits)
        spans.sort(key=_span_order)
        return tuple(spans)


cdef int _link_runs(list spans, Py_ssize_t* starts, Py_ssize_t* ends, list hrefs,
                    Py_ssize_t n) except -1:
    """spans._runs for links: pieces with the same target, one space apart at most."""
    cdef Py_ssize_t i, start = -1, end = -1
    current = None
    for i in range(n):
        mark = hrefs[i]
        if mark is not None and mark == current and starts[i] <= end + 1:
            end = ends[i]
            continue
        if current is not None:
            spans.append(Span(start, end, LINK_SPAN, current))
        current = mark
        start = starts[i]
        end = ends[i]
    if current is not None:
        spans.append(Span(start, end, LINK_SPAN, current))
    return 0
