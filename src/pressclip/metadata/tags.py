"""Keywords as pages declare them, to a short list of tags.

JSON-LD `keywords` is a string ("Ukraine, Air defence") or a list; `article:tag` is one meta
a tag; `news_keywords` and `keywords` put several in one content. Separators vary with the
script: commas, semicolons, bars, the full-width comma and the ideographic enumeration comma.
"""

from __future__ import annotations

import re

MAX_TAGS = 20
# Longer is a sentence or a description pasted into the field, not a keyword.
MAX_TAG_CHARS = 60
_SEPARATORS = re.compile(r"\s*[,;|，、；\n]\s*")
_SPACES = re.compile(r"\s+")


def clean_tags(raw: list[str]) -> list[str]:
    """Trimmed tags in the page's order, each once (case ignored), at most MAX_TAGS."""
    tags: list[str] = []
    seen: set[str] = set()
    for value in raw:
        for part in _SEPARATORS.split(value or ""):
            tag = _SPACES.sub(" ", part).strip(" \t\"'#.")
            key = tag.casefold()
            if not tag or len(tag) > MAX_TAG_CHARS or key in seen:
                continue
            seen.add(key)
            tags.append(tag)
            if len(tags) >= MAX_TAGS:
                return tags
    return tags
