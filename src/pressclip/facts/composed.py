"""Text with its accents composed (NFC), and the way back to the original offsets.

Some pages type "é" as "e" plus a combining accent. The word lists and the name patterns
know the composed letters only, so the analysis reads an NFC copy of such a text and maps
the offsets it finds back onto the text it was given.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


# The facts pass asks it of the same text three times (names, quotes, entities); callers
# only read the offsets.
@lru_cache(maxsize=4)
def composed(text: str) -> tuple[str, list[int] | None]:
    """(NFC text, offsets) where offsets[i] is the original offset of the NFC text's i-th
    character (one more entry for the end); offsets is None when the text is NFC already."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    start = 0
    size = len(text)
    combining = unicodedata.combining
    # A cluster is a character and the combining marks after it; NFC never joins across.
    for i in range(1, size + 1):
        if i < size and combining(text[i]):
            continue
        cluster = unicodedata.normalize("NFC", text[start:i])
        out.append(cluster)
        offsets.extend([start] * len(cluster))
        start = i
    offsets.append(len(text))
    return "".join(out), offsets
