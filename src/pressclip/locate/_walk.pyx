# cython: language_level=3
"""blocks.walk() compiled: the same events, read straight from libxml2's nodes.

The Python walk pays for a Python proxy object per element and for every .tag, .text and
.tail it reads; here the tree is followed through the C structs lxml keeps under its
elements, and Python objects are made only for what the blocks keep (their text, their
containers, the element that owns each block). Every decision is the Python walk's, in the
same order; tests/test_walk.py holds the two to the same blocks on real pages.

Only struct fields of libxml2's tree are read (no libxml2 function is called), so the
module links against nothing; lxml's public C API gives the node under an element and the
element of a node.
"""

from cpython.unicode cimport PyUnicode_DecodeUTF8
from libc.string cimport strcmp, strlen
from lxml.includes cimport tree
from lxml.includes.etreepublic cimport (
    _Document,
    _Element,
    elementFactory,
    import_lxml__etree,
)

from .blocks import (
    _BOLD,
    BLOCK_TAGS,
    Container,
    attribute_bits,
    child_container,
    close_block,
    close_container,
    number_blocks,
)

import_lxml__etree()


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


cdef int _attr_bits(tree.xmlNode* node) except -1:
    if node.properties is NULL:
        return 0
    return attribute_bits(_attribute(node, b"class"), _attribute(node, b"id"),
                          _attribute(node, b"role"))


cdef _close(list blocks, list parts, Py_ssize_t link_chars, Py_ssize_t bold_chars,
            tuple opened, _Document doc):
    # The owner's element object is made only here, for the elements that own a block.
    container, owner = opened
    close_block(blocks, parts, link_chars, bold_chars, container,
                elementFactory(doc, <tree.xmlNode*><size_t>owner))


def segment(_Element root not None):
    """blocks.walk(root), read from libxml2's nodes."""
    cdef list blocks = []
    cdef list parts = []
    cdef list stack = []
    cdef Py_ssize_t link_chars = 0, bold_chars = 0
    cdef int link_depth = 0, bold_depth = 0, pending_br = 0
    cdef bint start = True, breaks_kept
    cdef tree.xmlNode* top_node = root._c_node
    cdef tree.xmlNode* node = top_node
    cdef tree.xmlNode* nxt
    cdef _Document doc = root._doc
    top = Container(tag="root", depth=0, bits=0, parent=None)
    stack.append((top, <size_t>top_node))

    while True:
        text = None
        breaks_kept = False
        skip = False
        if node.type != tree.XML_ELEMENT_NODE:
            skip = True  # comments, PIs, entity references: no text of theirs counts
        elif node.ns is not NULL:
            tag = None  # "{uri}name": never a block, a break, a link or bold
        else:
            tag = _decode(<const char*>node.name)
        if skip:
            pass
        elif tag is not None and tag in BLOCK_TAGS:
            if parts:
                _close(blocks, parts, link_chars, bold_chars, stack[-1], doc)
                link_chars = bold_chars = 0
            if start:
                container = child_container(stack[-1][0], tag, _attr_bits(node))
                stack.append((container, <size_t>node))
                text = _collect_text(node.children)
            else:
                close_container(stack.pop()[0])
                text = _collect_text(node.next)
        elif tag == "br":
            if start:
                pending_br += 1
                if pending_br >= 2:
                    if parts:
                        _close(blocks, parts, link_chars, bold_chars, stack[-1], doc)
                        link_chars = bold_chars = 0
                elif parts:
                    parts.append("\n")
                text = _collect_text(node.next)
                breaks_kept = text is not None and text.isspace()
        elif start:
            if tag == "a":
                link_depth += 1
            elif tag in _BOLD:
                bold_depth += 1
            text = _collect_text(node.children)
        else:
            if tag == "a":
                link_depth -= 1
            elif tag in _BOLD:
                bold_depth -= 1
            text = _collect_text(node.next)

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
        _close(blocks, parts, link_chars, bold_chars, stack[0], doc)
    return number_blocks(blocks)
