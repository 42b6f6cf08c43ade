"""Is this input HTML or flattened text? For callers that take either (the CLI, the service).

A document that opens like HTML (doctype, <html>, <head>, an XML declaration, after optional
comments) is HTML. Otherwise the density of tag-like strings decides: flattened text keeps a
few stray ones (ads, code samples, "<3"), HTML has dozens per thousand characters.
"""

from __future__ import annotations

import re

_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml|meta|title)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,9}(?:\s[^<>]{0,300})?/?>")
# How much of the input is looked at: the guess needs no more.
SAMPLE_CHARS = 20_000
MIN_TAGS = 3
MIN_TAGS_PER_1000_CHARS = 5.0


def looks_like_html(data: str) -> bool:
    sample = data[:SAMPLE_CHARS]
    if not sample.strip():
        return False
    if _HTML_START.match(sample):
        return True
    tags = len(_TAG.findall(sample))
    return tags >= MIN_TAGS and tags * 1000 / len(sample) >= MIN_TAGS_PER_1000_CHARS
