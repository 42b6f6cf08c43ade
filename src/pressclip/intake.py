"""The front door: raw input to a Page, and a Page to an Article, for every caller.

The CLI, the HTTP service and the corpus runner all read pages here, so that one input gets
one answer wherever it comes in. This module holds the only copy of three policies:

- the binary check (`looks_binary`): bytes that no page is made of are refused;
- the HTML-or-text guess (`looks_like_html`), for callers that take either;
- how bytes become text (`page_text`, over parse/encoding.py's decoding), for both modes.

Input that is no page at all (empty, binary) raises an ExtractionError subclass (errors.py);
a page without an article is not an error: it gives the empty record.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, fields, replace
from datetime import datetime

from .errors import BinaryInput, EmptyInput, ExtractionError
from .options import Options
from .record import Article

HTML = "html"
TEXT = "text"
AUTO = "auto"
KINDS = (AUTO, HTML, TEXT)

# The binary check looks at this many characters of the start of the input (after a
# UTF-16/32 byte-order mark, decoded; otherwise byte for byte), and refuses the input when
# more than MAX_NON_TEXT_SHARE of them are characters no page's text is made of: C0
# controls but white space, DEL, byte-order marks and replacement characters, lone
# surrogates, private-use characters and non-characters. Measured by `python -m
# bench.intake` on every page of ../shared/data (5,047 HTML pages and 3,158 flattened texts,
# each as str and as UTF-8 bytes): the largest share on any page is 1.4% (99.9th percentile
# of every set under 1.4%); seeded random bytes score 10% at least seen byte for byte, and
# 11.7% after a UTF-16 byte-order mark; "\xff\xfe" * n scores 100%. 5% lies between.
BINARY_SAMPLE = 4096
MAX_NON_TEXT_SHARE = 0.05
_NON_TEXT = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\ufeff\ufffd\ufff0-\ufffc\ufffe\uffff\ue000-\uf8ff\ud800-\udfff]")
# Every character of _NON_TEXT is an ASCII control, which UTF-8 writes as its own byte, or
# a code point from U+D800 up, which UTF-8 opens with 0xED, 0xEE or 0xEF (surrogates kept by
# "surrogatepass"): a sample whose UTF-8 holds none of these lead bytes (every Latin-1 view,
# most pages' heads) is counted by deleting the control bytes, where the pattern tested
# every character (40 µs of a modern page's 6 ms).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_HIGH_LEADS = (b"\xed", b"\xee", b"\xef")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The HTML-or-text guess. A document that opens like HTML (doctype, <html>, <head>, an XML
# declaration..., after optional comments) is HTML. Otherwise the density of tag-like
# strings decides: flattened text keeps a few stray ones (ads, code samples, "<3"), HTML has
# dozens per thousand characters. Measured by `python -m bench.intake` (each page as str and
# as bytes): 19 of 10,094 readings of HTML pages are taken for text (pages that open with
# prose or scripts), 8 of 6,316 of flattened texts for HTML.
GUESS_SAMPLE = 20_000
_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml|meta|title)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,300})?/?>")
MIN_TAGS = 3
MIN_TAGS_PER_1000_CHARS = 5.0

_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True, slots=True)
class Page:
    """One page as read: its data (bytes or text), whether it is HTML or flattened text,
    the address it came from, the charset its transport declared and when it was seen."""

    data: bytes | str
    kind: str  # HTML or TEXT
    url: str | None = None
    charset: str | None = None  # e.g. from the HTTP Content-Type header
    reference_time: datetime | None = None


def read_page(data: bytes | str, kind: str = AUTO, url: str | None = None,
              charset: str | None = None, reference_time: datetime | None = None) -> Page:
    """The input as a Page: checked (EmptyInput, BinaryInput) and, for kind AUTO, guessed."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    check_page(data)
    if kind == AUTO:
        kind = HTML if looks_like_html(_view(data, GUESS_SAMPLE)) else TEXT
    return Page(data, kind, url, charset, reference_time)


def extract_page(page: Page, options: Options | None = None) -> Article:
    """The article of a Page, with its own charset and reference time taking precedence
    over those of `options`."""
    from .core import extract
    from .textmode import extract_text

    opts = options or Options()
    opts = replace(opts, reference_time=page.reference_time or opts.reference_time,
                   http_charset=page.charset or opts.http_charset)
    kwargs = {f.name: getattr(opts, f.name) for f in fields(opts)}
    extractor = extract if page.kind == HTML else extract_text
    return extractor(page.data, url=page.url, **kwargs)


def check_page(data: object) -> None:
    """Raise ExtractionError unless `data` can be a page: str or bytes, not empty, not
    binary."""
    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    if not isinstance(data, bytes | str):
        raise ExtractionError(f"expected the page as str or bytes, got {type(data).__name__}")
    if not data or data.isspace():  # isspace stops at the first other character
        raise EmptyInput("the input is empty: there is no page to read")
    if looks_binary(data):
        raise BinaryInput("the input looks like binary data, not a web page or text")


def page_text(data: bytes | str, charset: str | None = None) -> str:
    """The checked input as text: bytes decoded by parse/encoding.py's policy (byte-order
    mark, a trusted declaration, detection), lone surrogates in a str replaced."""
    from .parse.encoding import decode

    if isinstance(data, bytearray | memoryview):
        data = bytes(data)
    check_page(data)
    if isinstance(data, bytes):
        return decode(data, charset)[0]
    return without_surrogates(data)


def without_surrogates(text: str) -> str:
    """Lone surrogates (a str built from broken UTF-16 or with surrogateescape) can be
    neither encoded nor classified: they become U+FFFD, as a decoder would make them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def looks_binary(data: bytes | str) -> bool:
    """Whether the input is binary data rather than a page (see MAX_NON_TEXT_SHARE).

    A str whose start is all Latin-1 is looked at as the bytes it spells, so that bytes
    that went through a Latin-1 decoding (a JSON field, a permissive reader) meet the same
    check as the bytes themselves.
    """
    return non_text_share(data) > MAX_NON_TEXT_SHARE


def non_text_share(data: bytes | str) -> float:
    """Share of the start of the input made of characters no page's text is made of."""
    text = _view(data, BINARY_SAMPLE)
    if not text:
        return 0.0
    return non_text_count(text) / len(text)


def non_text_count(text: str) -> int:
    """How many characters of `text` _NON_TEXT matches (see _CONTROL_BYTES)."""
    encoded = text.encode("utf-8", "surrogatepass")
    if any(lead in encoded for lead in _HIGH_LEADS):
        return len(_NON_TEXT.findall(text))
    return len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))


def _view(data: bytes | str, chars: int) -> str:
    """The first `chars` characters of the input, as the checks see it: decoded after a
    UTF-16/32 byte-order mark, else byte for byte (control bytes and ASCII markup stand for
    themselves in every ASCII-compatible encoding, so no decoding is needed to tell them)."""
    if isinstance(data, str):
        head = data[:chars]
        try:
            data = head.encode("latin-1")
        except UnicodeEncodeError:
            return head
    head = data[: chars * 4]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return head[len(bom):].decode(codec, errors="replace")[:chars]
    return head[:chars].decode("latin-1")


def looks_like_html(data: bytes | str) -> bool:
    """Whether the input is HTML rather than flattened text (see _HTML_START, _TAG)."""
    sample = _view(data, GUESS_SAMPLE) if isinstance(data, bytes) else data[:GUESS_SAMPLE]
    if not sample.strip():
        return False
    if _HTML_START.match(sample):
        return True
    tags = len(_TAG.findall(sample))
    return tags >= MIN_TAGS and tags * 1000 / len(sample) >= MIN_TAGS_PER_1000_CHARS
