"""A source phrase that opens a quote's sentence, with no reporting verb: "Pour Hélène
Garnier, …", "According to X, …", "For him, …", "À ses yeux, …", "In her view, …", "As she
put it, …" (and "as X put it" right before the quote). Part of the attribution stage
(attribution.py), tried after a cue before the quote (attribution_before.py).
"""

from __future__ import annotations

import re

from .attribution import _PUT_IT, Attribution
from .speakers import Resolver

POUR = re.compile(
    r"\s*(?:(?:Mais|Et|Or|But|And|Yet)\s+)?(?:[Pp]our|[Ff]or|[Ss]elon|[Aa]ccording to)\s+"
    r"([^,;:«“\"]{2,60}?)\s*,")

AS_PUT_IT = re.compile(r"\s*(?:(?:But|And|Yet|Or)\s+)?" + _PUT_IT + "[,:]")
# "… was, as Dora put it, "…"": the same right before the quote, inside its sentence,
# within this many characters of it.
PUT_IT_CHARS = 80
PUT_IT_BEFORE = re.compile(r"\b" + _PUT_IT + r"[,:]?\s*$")
# "À ses yeux, « … »", "In her view, "…"": the person the possessive stands for.
IN_ONES_VIEW = re.compile(r"\s*((?:[AÀaà]|[Ss]elon) (?:ses|leurs) yeux|[Ii]n (?:his|her|their) "
                          r"(?:view|eyes|words))\s*,")

POUR_CONJUNCTIONS = {"Mais", "Et", "Or", "But", "And", "Yet"}


def pour_attribution(text: str, sent_start: int, open_pos: int,
                      resolver: Resolver, last: str | None) -> Attribution | None:
    """ "Pour Hélène Garnier, … « … »", "For him, …", "À ses yeux, …", "As she put it,
    …": the source of a cue-less quote."""
    view = IN_ONES_VIEW.match(text, sent_start, open_pos)
    if view:
        speaker = resolver.pronoun(view.start(1), last)
        return Attribution(speaker, view.group(1).lower(), True) if speaker else None
    put = AS_PUT_IT.match(text, sent_start, open_pos) or \
        PUT_IT_BEFORE.search(text, max(sent_start, open_pos - PUT_IT_CHARS), open_pos)
    if put:
        speaker = resolver.phrase(put.start(1), put.end(1), last)
        return Attribution(speaker, "put it", True) if speaker else None
    m = POUR.match(text, sent_start, open_pos)
    if not m:
        return None
    speaker = resolver.phrase(m.start(1), m.end(1), last)
    cue = m.group(0).split()[1 if m.group(0).split()[0] in POUR_CONJUNCTIONS else 0].lower()
    return Attribution(speaker, cue, True) if speaker else None
