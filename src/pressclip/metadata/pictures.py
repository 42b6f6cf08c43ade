"""A picture's caption and credit: what stands in one names its photographer, no author.

"<figcaption>… <span itemprop="creator">Jane Doe/Reuters</span>", "<figcaption>"Temple"
<a>von Jane Doe</a> Lizenziert unter CC BY</figcaption>": the microdata reader and the
visible byline reader both leave them out.
"""

from __future__ import annotations

import re
from itertools import islice

from lxml import etree

_PICTURE_TAGS = frozenset(("figure", "figcaption", "picture"))
_PICTURE_TYPE = re.compile(r"(?:Image|Video|Media)Object\b")
# A caption sits this close above its credit.
PICTURE_DEPTH = 4


def in_picture(element: etree._Element) -> bool:
    """The element stands within PICTURE_DEPTH levels of a figure, a figcaption, a picture or
    an Image/Video/MediaObject item."""
    for parent in islice(element.iterancestors(), PICTURE_DEPTH):
        if parent.tag in _PICTURE_TAGS or _PICTURE_TYPE.search(parent.get("itemtype") or ""):
            return True
    return False
