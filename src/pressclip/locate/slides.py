"""Slideshows: a photo gallery's captions, each slide opened by its counter ("1/50", "2/50").

A gallery numbers its slides out of one total; each slide holds the counter, a photo's
title, its caption and its credit. The trees keep the captions when the gallery sits in the
article's container (they are sentences), but a page's gallery is other pictures than the
article's text: the modern golds and the older ones alike leave it out. The evidence is
structural and holds for any language and script: at least three blocks of the page open
with a counter out of the same total, their numbers rising in the page's order (a gallery's
positions; a list of ratings out of ten does not rise slide by slide). Each slide is the
largest element around its counter that holds no other counter; the kept blocks inside a
slide leave the selection, unless nothing else would be left (a page that is only a
gallery keeps it: the gate decides).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise

import numpy as np
from lxml import etree

from .blocks import RawBlock

# "3/50", "3 / 50", "3／50" opening a block, and not a date ("3/5/2024") nor a fraction
# with a decimal ("3/4.5").
_COUNTER = re.compile(r"\W{0,2}(\d{1,3})\s*[/／]\s*(\d{1,3})(?![\d/／.,])")
# The counters a gallery needs, and the smallest total: two slides or a "1/2" may be
# anything.
MIN_SLIDES = 3
_MIN_TOTAL = 3
# Only a block's first characters can open with a counter: the cheap test every block
# passes through before the pattern.
_HEAD = 12


def _counters(raw: list[RawBlock]) -> list[int]:
    """The blocks of the page's galleries: those opening with a counter out of a total
    that at least MIN_SLIDES blocks share, their numbers rising in the page's order."""
    by_total: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, b in enumerate(raw):
        head = b.text[:_HEAD]
        if "/" not in head and "／" not in head:
            continue
        match = _COUNTER.match(b.text)
        if match is None:
            continue
        number, total = int(match.group(1)), int(match.group(2))
        if total >= _MIN_TOTAL and 0 < number <= total:
            by_total[total].append((i, number))
    found: list[int] = []
    for slides in by_total.values():
        numbers = [n for _, n in slides]
        if len(slides) >= MIN_SLIDES and all(a < b for a, b in pairwise(numbers)):
            found.extend(i for i, _ in slides)
    return found


def _slides(elements: list[etree._Element]) -> set[etree._Element]:
    """Each counter's slide: its largest ancestor (or itself) that holds no other counter."""
    shared: set[etree._Element] = set()
    seen: set[etree._Element] = set()
    for el in elements:
        for up in el.iterancestors():
            if up in seen:
                shared.add(up)
            else:
                seen.add(up)
    slides = set()
    for el in elements:
        parent = el.getparent()
        while parent is not None and parent not in shared:
            el, parent = parent, parent.getparent()
        slides.add(el)
    return slides


def drop_slideshows(raw: list[RawBlock], keep: np.ndarray) -> np.ndarray:
    """The kept blocks without those inside a gallery's slides; unchanged when there is no
    gallery or when the galleries are all that is kept."""
    counters = _counters(raw)
    if not counters:
        return keep
    slides = _slides([raw[i].element for i in counters])
    inside = [i for i in np.flatnonzero(keep).tolist()
              if raw[i].element in slides
              or any(up in slides for up in raw[i].element.iterancestors())]
    if not inside or len(inside) == int(keep.sum()):
        return keep
    out = keep.copy()
    out[inside] = False
    return out
