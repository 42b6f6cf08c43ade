"""Quote marks and sentences: which spans of a text are quoted, and where sentences end.

Marks are paired paragraph by paragraph (French « », curly and straight quotes, nesting, a
quote carried over paragraphs by a repeated opening mark, a quote that never closes ends
with its paragraph, or before the first « opened and closed inside it); French incises
inside the marks are cut out. Linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .lexicon import is_cue

OPENERS = "«“„‹"
CLOSERS = "»”›"
STRAIGHT = '"'
GUILLEMET = "«"
# Two apostrophes close a straight quote in wire copy typed on old systems ("Today,'' he
# said); they never open one.
# `[«»“”„‹›"]|''`, written to open with a character class (an apostrophe must then be
# followed by another) so that the engine skips to the marks instead of trying every position.
MARKS = re.compile(r"[«»“”„‹›\"'](?:(?<=')'|(?<!'))")
MAX_DEPTH = 4
# Full stops of initials and titles ("M. Trump", "Sgt. Lee Marlow") do not end sentences.
ABBREVIATIONS = frozenset(
    "Mr Dr St Ms Mme Mrs Sgt Gen Gov Sen Rep Jr Pr Me Lt Col Capt Prof No Mt Inc Co vs".split()
)
ABBREVIATION_CHARS = max(map(len, ABBREVIATIONS))
# A sentence ends at its marks, past closing quote marks and a closing bracket (".) Jeff
# attempted …": the bracketed sentence ends with its own stop), before a capital or an
# opening quote mark. Not before an opening bracket: "« … » (France Inter)" cites where
# the words before it were said, inside their sentence.
SENTENCE_END = re.compile(r"[.!?…]+[\s»”\")]*(?=\s+[A-ZÀ-ÖØ-Þ«“\"])")
WORD_BEFORE = re.compile(r"(\w+)$")
LINE_BREAK = re.compile(r"\n+")
# An incise is set off by commas or by spaced dashes ("… – affirme-t-elle – …"), as French
# typography sets it; its end is the mark that set it off, or the sentence's end.
INCISE_END = re.compile(r"[.,;]\s+|\s[–—]\s+")
# A cue's speaker as a name of one to four capitalised words, then a comma and the rest of
# the quotation opening with a conjunction, not an apposition ("…, jure Daniel Hagari, mais
# …" against "…, explique X, directeur des travaux.").
NAMED_INCISE = re.compile(
    r"\s+(?:[A-ZÀ-ÖØ-Þ][\w’'.\-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w’'.\-]*,\s+"
    r"(?=(?:mais|et|car|donc|parce|puis|sinon|pourtant|alors|but|and|because|so)\b)")
_INCISE_OPENING = re.compile(r",\s+|\s[–—]\s+")
_INVERTED = re.compile(r"-(il|elle|ils|elles)$")
_STATEMENT_END = re.compile(r"[.;]\s+|\s[–—]\s+")
# How far from a comma an incise is looked for: 20 words of 20 characters.
INCISE_WINDOW = 400
# A "sentence" is capped at this many characters on either side of a mark, so that text
# without sentence ends (lists, runs of marks) keeps the analysis linear.
MAX_SENTENCE_CHARS = 400


# A quote that runs over paragraphs opens with somebody's sentence at least: a few words
# left open before a paragraph that opens with a mark ("named 2012's "Word of the Year.¶
# "GIF celebrated …," X said") are a title or term whose closing mark was lost, and the
# next paragraph's mark opens a quote of its own.
CARRIED_MIN_WORDS = 6


@dataclass(slots=True)
class Span:
    start: int  # first character after the opening mark
    end: int  # position of the closing mark (or the paragraph end)
    close: int  # first character after the closing mark


def _is_opening_straight(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isspace() or prev in "([{—–-/«“'‘:":
        return not nxt.isspace()
    return False


def _glued_opening(text: str, i: int) -> bool:
    """ 'reported:??"All you'll …', 'wrong.??"This was …': with no quote open, a straight
    mark glued after a sentence's end and before a capital opens one (pages whose
    separators were lost or turned into question marks)."""
    return 0 < i < len(text) - 1 and text[i - 1] in ".?!" and text[i + 1].isupper()


def paragraph_bounds(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def pair_marks(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """Top-level quoted spans, paragraph by paragraph (paragraph_bounds of the text, which
    the quote finder needs too), carrying over repeated openers."""
    spans: list[Span] = []
    carried: int | None = None  # start of a quote still open from an earlier paragraph
    for index, (p_start, p_end) in enumerate(paragraphs):
        depth = 0
        bottom: int | None = None
        skip_first = False
        if carried is not None:
            lead = text[p_start:p_end].lstrip()
            first = lead[:1]
            if first and (first in OPENERS or first == STRAIGHT):
                depth, bottom, skip_first = 1, carried, True
            carried = None
        # « opened inside an open «, and the spans closed after each: French nests “ ” in
        # « », so these are quotes of their own if the first « never closes.
        inner: list[Span] = []
        inner_bottom: int | None = None
        for m in MARKS.finditer(text, p_start, p_end):
            i = m.start()
            c = m.group(0)
            if skip_first:
                skip_first = False
                continue
            opening = c in OPENERS or (c == STRAIGHT and (_is_opening_straight(text, i) or (
                depth == 0 and _glued_opening(text, i))))
            if opening:
                if depth == 0:
                    bottom = i + 1
                elif depth == 1 and c == GUILLEMET and bottom is not None and \
                        text[bottom - 1] == GUILLEMET:
                    inner_bottom = i + 1
                depth = min(depth + 1, MAX_DEPTH)
            elif depth > 0:
                depth -= 1
                if depth == 1 and inner_bottom is not None:
                    inner.append(Span(inner_bottom, i, i + len(c)))
                    inner_bottom = None
                if depth == 0 and bottom is not None:
                    spans.append(Span(bottom, i, i + len(c)))
                    bottom = None
                    inner.clear()
        if depth > 0 and bottom is not None:
            nxt = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            lead = text[nxt[0]:nxt[1]].lstrip()[:1] if nxt else ""
            if lead and (lead in OPENERS or lead == STRAIGHT) and \
                    len(text[bottom:p_end].split()) >= CARRIED_MIN_WORDS:
                carried = bottom
            elif inner:
                # '« A … des « B », puis « C ».': the first « was never closed; it
                # ends where the first « inside it opens, and those inside stand alone.
                spans.append(Span(bottom, inner[0].start - 1, inner[0].start - 1))
                spans.extend(inner)
            else:
                spans.append(Span(bottom, p_end, p_end))
    return spans


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in OPENERS + STRAIGHT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;" + CLOSERS):
        end -= 1
    return start, end


def split_incises(text: str, start: int, end: int) -> list[tuple[int, int, int | None]]:
    """Cut "…, explique X, role. …" and "… – affirme-t-elle – …" out of a span: (start,
    end, incise start or None).

    Linear in the span: each comma looks at a window of INCISE_WINDOW characters after it
    (an incise is at most 20 words) and before it, never at the rest of the span.
    """
    parts: list[tuple[int, int, int | None]] = []
    cursor = start
    for m in _INCISE_OPENING.finditer(text, start, end):
        cut = m.start()
        if cut <= cursor:
            continue
        window = min(end, cut + INCISE_WINDOW)
        words = text[m.end() : window].split(None, 3)
        if not words:
            continue
        auxiliary = words[0].lower() in {"a", "avait", "se", "s'est", "s’est"} and len(words) > 1
        if not is_cue((words[1] if auxiliary else words[0]).strip(",.")):
            continue
        inverted = "-t-" in words[0] or _INVERTED.search(words[0])
        if inverted:
            stop = INCISE_END.search(text, m.end(), window)
        else:
            stop = _STATEMENT_END.search(text, m.end(), window)
            named = NAMED_INCISE.match(text, m.end() + len(words[0]), window)
            if named and (stop is None or named.end() < stop.end()):
                stop = named  # "…, jure Daniel Hagari, mais …": the quote goes on
        if stop is None:
            continue
        if len(text[cut:stop.start()].split()) > 20 or \
                len(text[max(cursor, cut - INCISE_WINDOW):cut].split(None, 2)) < 2:
            continue
        parts.append((cursor, cut, cut))
        cursor = stop.end()
    parts.append((cursor, end, None))
    return [p for p in parts if p[1] > p[0]]


def python_sentence_boundaries(text: str) -> list[int]:
    """Offsets where sentences start, skipping the full stops of titles and initials
    (_scan.sentence_boundaries is the compiled twin, about a sixth of the time)."""
    out = []
    for m in SENTENCE_END.finditer(text):
        start = m.start()
        # After five word characters the word is no abbreviation (four at most) nor an
        # initial: most full stops need no look at the word.
        if text[start] == "." and (start < ABBREVIATION_CHARS + 1 or
                                   not text[start - ABBREVIATION_CHARS - 1:start].isalnum()):
            word = WORD_BEFORE.search(text, max(0, start - 12), start)
            if word and (word.group(1) in ABBREVIATIONS
                         or (len(word.group(1)) == 1 and word.group(1).isupper())):
                continue
        out.append(m.end())
    # A line break ends a sentence too (titles, captions and credits carry no full stop).
    out.extend(m.end() for m in LINE_BREAK.finditer(text))
    return sorted(set(out))


try:
    from ._scan import sentence_boundaries as _compiled_sentence_boundaries
except ImportError:  # installed without a C compiler: the twin gives the same offsets
    _compiled_sentence_boundaries = None


def sentence_boundaries(text: str) -> list[int]:
    """Offsets where sentences start, skipping the full stops of titles and initials."""
    if _compiled_sentence_boundaries is None:
        return python_sentence_boundaries(text)
    return _compiled_sentence_boundaries(text, ABBREVIATIONS, ABBREVIATION_CHARS)


def sentence_bounds(boundaries: list[int], pos: int, p_start: int,
                     p_end: int) -> tuple[int, int]:
    i = bisect_right(boundaries, pos)
    start = boundaries[i - 1] if i > 0 and boundaries[i - 1] > p_start else p_start
    end = boundaries[i] if i < len(boundaries) and boundaries[i] <= p_end else p_end
    return max(start, pos - MAX_SENTENCE_CHARS), min(end, pos + MAX_SENTENCE_CHARS)
