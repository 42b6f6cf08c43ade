# cython: language_level=3
"""blocks.Container and blocks.RawBlock as extension types: the same fields, defaults and
properties as the dataclasses blocks.py defines for installs without a C compiler.

A page makes a few hundred containers and blocks; a dataclass's __init__ runs Python code
for each, while the compiled walk (_walk.pyx) fills these records' C fields directly and
the compiled feature builder (_features.pyx) reads them without an attribute lookup.
tests/test_walk.py holds the two definitions to the same fields.

Neither type is tracked by the cyclic garbage collector (no_gc): a record refers to its
container, its parent container and its element, never back, so no cycle can hold one, and
a page's hundreds of records then neither cost a collector link each nor set off
collections of the young generation while the walk makes them.
"""

cimport cython


@cython.no_gc
cdef class Container:
    """A block-level element, with totals over its subtree filled when the walk leaves it
    (blocks.py says more)."""

    def __init__(self, str tag, Py_ssize_t depth, long long bits, Container parent,
                 long long own_bits=0, int heading=0, Py_ssize_t list_depth=0,
                 bint in_quote=False, bint in_pre=False, bint ordered=False,
                 Py_ssize_t chars=0, Py_ssize_t link_chars=0, Py_ssize_t blocks=0,
                 Py_ssize_t p_blocks=0):
        self.tag = tag
        self.depth = depth
        self.bits = bits
        self.parent = parent
        self.own_bits = own_bits
        self.heading = heading
        self.list_depth = list_depth
        self.in_quote = in_quote
        self.in_pre = in_pre
        self.ordered = ordered
        self.chars = chars
        self.link_chars = link_chars
        self.blocks = blocks
        self.p_blocks = p_blocks

    def __repr__(self):
        return (f"Container(tag={self.tag!r}, depth={self.depth}, bits={self.bits}, "
                f"chars={self.chars}, blocks={self.blocks})")


@cython.no_gc
cdef class RawBlock:
    """A run of text owned by one block-level element (blocks.py says more)."""

    def __init__(self, str text, Py_ssize_t link_chars, Py_ssize_t bold_chars,
                 Container container, element, Py_ssize_t index=0,
                 Py_ssize_t chars_before=0):
        self.text = text
        self.link_chars = link_chars
        self.bold_chars = bold_chars
        self.container = container
        self.element = element
        self.index = index
        self.chars_before = chars_before

    def __repr__(self):
        return f"RawBlock(text={self.text!r}, index={self.index}, tag={self.tag!r})"

    @property
    def tag(self) -> str:
        return self.container.tag

    @property
    def in_heading(self) -> int:
        return self.container.heading

    @property
    def in_list(self) -> int:
        return self.container.list_depth

    @property
    def in_quote(self) -> bool:
        return self.container.in_quote

    @property
    def in_pre(self) -> bool:
        return self.container.in_pre

    @property
    def ordered(self) -> bool:
        return self.container.ordered
