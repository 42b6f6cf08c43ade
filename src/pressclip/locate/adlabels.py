"""Ad labels: a kept block that is only the word for "advertisement" in a page's language.

Pages print the word above or inside an ad's slot ("Advertisement", "Anzeige",
"Publicité"); the ad itself is a script or a picture that cleaning removed, and the word is
left between two paragraphs of the article. A block of that word alone says nothing else
(in a sentence the word stays: only whole blocks of at most _MAX_WORDS words, each one of
the labels, leave).
"""

from __future__ import annotations

import re

import numpy as np

from .blocks import RawBlock

# The word pages print over an ad, by language: en, de, fr, es, it, pt, nl, pl/cs/sk/ru,
# sv, no/da, fi, tr, ko, ja, zh. Not English "ad" (a word of many things in capitals, the
# era, a name's initials).
AD_LABELS = frozenset((
    "advertisement", "advertising", "sponsored",
    "anzeige", "werbung",
    "publicité",
    "publicidad", "anuncio",
    "pubblicità",
    "publicidade",
    "advertentie",
    "reklama", "реклама",
    "annons",
    "annonse", "annonce",
    "mainos",
    "reklam",
    "광고",
    "広告",
    "广告", "廣告",
))
_MAX_WORDS = 2
# A label is a few characters; longer blocks are not looked at.
_MAX_CHARS = 40
_WORD = re.compile(r"\w+")


def is_ad_label(text: str) -> bool:
    if len(text) > _MAX_CHARS:
        return False
    words = _WORD.findall(text.lower())
    return 0 < len(words) <= _MAX_WORDS and all(w in AD_LABELS for w in words)


def drop_ad_labels(raw: list[RawBlock], keep: np.ndarray) -> np.ndarray:
    """The kept blocks without the ads' labels among them."""
    labels = [i for i in np.flatnonzero(keep).tolist() if is_ad_label(raw[i].text)]
    if not labels:
        return keep
    out = keep.copy()
    out[labels] = False
    return out
