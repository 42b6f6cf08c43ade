"""Bytes to text: the page's real encoding, whatever it declares.

Order of trust, as browsers do it: a byte-order mark, then a charset declared in the first
bytes (meta charset / http-equiv), then a statistical detector. A declaration is only taken
if the bytes actually decode with it, because pages that lie about their charset are common
in crawls (a Latin-1 CMS behind a UTF-8 template, say).
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

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

# WHATWG maps these labels to supersets; decoding with the superset never loses text.
_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
}


def _normalise(label: str) -> str | None:
    label = label.strip().lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_encoding(data: bytes) -> str | None:
    """The charset the page declares in its first bytes, if Python knows it."""
    head = data[:_SNIFF_BYTES]
    match = _XML_DECL.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    return _normalise(match.group(1).decode("ascii", "ignore"))


def decode(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """Decode page bytes; returns (text, encoding used). Never raises on bad bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name
    candidates = []
    if http_charset:
        candidates.append(_normalise(http_charset))
    candidates.append(declared_encoding(data))
    candidates.append("utf-8")  # the web's default and by far its most common encoding
    for name in candidates:
        if not name:
            continue
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:_DETECT_BYTES]).best()
    name = _normalise(best.encoding) if best is not None else None
    name = name or "cp1252"
    return data.decode(name, errors="replace"), name
