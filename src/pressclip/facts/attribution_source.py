"""Attribution with no reporting verb before the quote, tried after a cue before it
(attribution_before.py): a source phrase that opens the quote's sentence ("Pour Hélène
Garnier, …", "According to X, …", "For him, …", "À ses yeux, …", "In her view, …", "As she
put it, …", and "as X put it" right before the quote), and a colon after a clause ("X: «
… »", also when the colon ends the paragraph before). Part of the attribution stage
(attribution.py).
"""

from __future__ import annotations

import re

from .attribution import _PUT_IT, Attribution
from .attribution_before import clause_subject
from .lexicon import DETERMINERS, PRONOUNS
from .marks import sentence_bounds
from .speaker_words import tokens_of
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
# "Studies:", "Read more:", "Key points:", "Lire aussi :", "À noter :": a line opening with
# at most this many words before its colon, capitalised as a label is, names nobody.
LABEL_WORDS_MAX = 3
SPEAKING_WORDS = DETERMINERS | {p for forms in PRONOUNS.values() for p in forms}


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


def colon_attribution(text: str, lead: str, sent_start: int, open_pos: int, p_index: int,
                       paragraphs: list[tuple[int, int]], resolver: Resolver,
                       last: str | None) -> Attribution | None:
    """X: « … » — the quote belongs to the subject of the clause before the colon, also
    when the colon ends the paragraph before."""
    if lead.endswith(":"):
        start, end = sent_start, sent_start + text[sent_start:open_pos].rindex(":")
    elif not lead and p_index > 0:
        p_start, p_end = paragraphs[p_index - 1]
        if not text[p_start:p_end].rstrip().endswith(":"):
            return None
        start, _ = sentence_bounds(resolver.boundaries, p_end - 1, p_start, p_end)
        end = p_start + text[p_start:p_end].rindex(":")
    else:
        return None
    if _label(text, start, end, resolver):
        # The colon still sets the quote off as somebody's words, only not the label's.
        return Attribution(None, ":", True)
    head = [t for t in tokens_of(text[start:end], start) if not resolver.in_quote(t[1])]
    speaker = clause_subject(text, head, start, resolver, last, False)
    return Attribution(speaker, ":", True) if speaker else None


def _label(text: str, start: int, end: int, resolver: Resolver) -> bool:
    """Whether text[start:end], before a colon, is a label over what follows ("Photo",
    "Read more", "UPDATE") rather than somebody: it opens its line, has no determiner or
    pronoun before its noun ("The mayor:", "Il :" speak), only its first word capitalised
    and no name the entity pass found in it. A lone role word
    ("Reporter:") heads a transcript's or a page's furniture there, not a quote's source."""
    line_start = text.rfind("\n", 0, start) + 1
    words = text[start:end].split()
    if text[line_start:start].strip() or not words or len(words) > LABEL_WORDS_MAX:
        return False
    if not words[0][:1].isupper() or words[0].lower() in SPEAKING_WORDS:
        return False
    # "Anna Berg:", "Kelvar Corp:": a name capitalises its words, and the entity pass may
    # know it.
    return not any(w[:1].isupper() for w in words[1:]) and not resolver.between(start, end)
