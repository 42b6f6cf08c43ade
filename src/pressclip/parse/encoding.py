"""Bytes to text: the page's real encoding, whatever it declares.

Order of trust: a byte-order mark; bytes beyond ASCII that are valid UTF-8 (whatever is
declared, unlike browsers: see decode); then, as browsers do it, a charset declared by the
transport (HTTP Content-Type) or in the first bytes (meta charset / http-equiv, XML
declaration); then UTF-8; then a statistical detector. A declaration is only taken if it
names an encoding of the web (WHATWG's list: not punycode, UTF-7 or EBCDIC), if the bytes
actually decode with it, and if what they decode to is text by the intake's binary check,
because pages that lie about their charset are common in crawls (a Latin-1 CMS behind a
UTF-8 template, say). A UTF-16/32 label in the page itself means UTF-8, as WHATWG says: a
page whose meta tag can be read byte for byte is not UTF-16.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..intake import MAX_NON_TEXT_SHARE, non_text_share

# Browsers look for a meta charset in the first 1024 bytes; crawled pages put long scripts
# first often enough that a wider window pays off at no real cost.
_SNIFF_BYTES = 8192
# The detector is the slow part; a sample is enough to tell encodings apart.
_DETECT_BYTES = 65536

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.\-]+)""", re.I)
_XML_DECL = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([a-zA-Z0-9_.\-]+)""", re.I)

# WHATWG reads these encodings (by Python's name for them, whatever label named them:
# ISO8859_1, l1, cp819 ...) as their supersets; decoding with the superset never loses text.
_SUPERSETS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
# Labels of the web that Python does not know.
_ALIASES = {"x-sjis": "shift_jis", "x-cp1252": "cp1252", "windows-874": "cp874",
            "x-mac-cyrillic": "mac-cyrillic", "iso-8859-8-i": "iso8859-8"}


# Python's names of the encodings WHATWG's Encoding Standard lets a web page use (and of
# the supersets _SUPERSETS maps to). Any other label Python knows (punycode, idna, utf-7,
# cp500, hz, ...) is no web page's encoding and is not trusted.
_WEB_ENCODINGS = frozenset({
    "utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "tis-620",
    *(f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 11, 13, 14, 15, 16)),
    *(f"cp{n}" for n in range(1250, 1259)),
    "gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932",
    "euc_kr", "cp949",
})
_WIDE = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be")
_LABEL = re.compile(r"[A-Za-z0-9_:.\-]{1,40}")
# UTF-16/32 markup is ASCII in wide code units: a zero byte in every other one at least.
_MIN_WIDE_NUL_SHARE = 0.125


def _normalise(label: str) -> str | None:
    """Python's codec name for a charset label, or None when it names no web encoding."""
    label = label.strip().strip("\"'").lower()
    if not _LABEL.fullmatch(label):  # NULs, spaces, quotes: no encoding's name
        return None
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    return name if name in _WEB_ENCODINGS or name in _WIDE else None


def declared_encoding(data: bytes) -> str | None:
    """The charset the page declares in its first bytes, if Python knows it."""
    head = data[:_SNIFF_BYTES]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    name = _normalise(match.group(1).decode("ascii", "ignore"))
    return "utf-8" if name in _WIDE else name


def _decodes_to_text(data: bytes, name: str) -> str | None:
    """The bytes decoded with `name`, or None when they do not decode, or decode to what
    the intake's binary check would refuse (a wrong single-byte or wide encoding)."""
    if name in _WIDE:
        head = data[:_DETECT_BYTES]
        if head.count(0) < _MIN_WIDE_NUL_SHARE * len(head):
            return None
    try:
        text = data.decode(name)
    except (UnicodeError, LookupError):
        return None
    return None if non_text_share(text) > MAX_NON_TEXT_SHARE else text


def decode(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used). Never raises on bad bytes."""
    text, name, _ = decode_as_is(data, http_charset)
    return text, name


def decode_as_is(data: bytes, http_charset: str | None = None) -> tuple[str, str, bool]:
    """decode(), and whether the bytes are the text's UTF-8 as they stand (valid UTF-8
    beyond ASCII, without a byte-order mark): the parser is then handed them as they are,
    where encoding the text again would cost a pass over the page (about 1.3 M
    instructions of a modern page)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name, False
    if not data.isascii():
        # Bytes beyond ASCII that are valid UTF-8 are UTF-8, whatever is declared: legacy
        # text almost never is (an accented Latin-1 letter is followed by a letter, not by
        # the continuation bytes UTF-8 needs), and pages transcoded to UTF-8 that kept their
        # old declaration are common in crawls. Measured by `python -m bench.intake`.
        # A strict decoding: the text's UTF-8 is these bytes again, byte for byte.
        try:
            return data.decode("utf-8"), "utf-8", True
        except UnicodeDecodeError:
            pass
    candidates = []
    if http_charset:
        candidates.append(_normalise(http_charset))
    candidates.append(declared_encoding(data))
    candidates.append("utf-8")  # the web's default and by far its most common encoding
    for name in candidates:
        if not name:
            continue
        text = _decodes_to_text(data, name)
        if text is not None:
            return text, name, False
    best = from_bytes(data[:_DETECT_BYTES]).best()
    name = _normalise(best.encoding) if best is not None else None
    if name is None or name in _WIDE:  # without a byte-order mark, see above
        name = "cp1252"
    return data.decode(name, errors="replace"), name, False
