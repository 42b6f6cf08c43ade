"""Candidate speakers of a quote and features that name nobody, for a learned speaker ranker.

For each quote find_quotes returns, the candidates are every person or organisation named
within a window around the marks (by their fullest name), the rules' own answer and None;
each candidate gets a row of numbers describing where and how it is mentioned relative to
the quote (distance, sentence, paragraph, side, a reporting cue next to it, a title before
it, how often the article names it, whether it spoke last, pronoun gender, what the rules
chose), never who it is.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np

from pressclip.facts.gender import Genders, pronoun_gender
from pressclip.facts.lexicon import PRONOUNS, is_cue
from pressclip.facts.marks import paragraph_bounds, sentence_boundaries
from pressclip.facts.names import Mention, canonical_names, find_mentions, next_to_cue
from pressclip.record import Quote

# Characters looked at before the opening mark and after the closing one.
WINDOW_BEFORE = 600
WINDOW_AFTER = 250
WORD = re.compile(r"[\w’'\-]+")
LEADING = re.compile(r"^(?:(?:le|la|les|the)\s+|l['’]\s*)")
ALL_PRONOUNS = PRONOUNS["fr"] | PRONOUNS["en"]
FEATURE_NAMES = [
    "is_none", "rules_none", "is_rules", "is_organisation", "log_mentions", "spoke_before",
    "is_last_speaker", "before_words", "after_words", "min_words", "rank_by_distance",
    "same_sentence", "same_paragraph", "paragraphs_apart", "next_to_cue", "cue_between",
    "titled", "after_preposition", "sentence_subject", "inside_quote", "gender_agrees",
    "gender_clashes", "pronoun_after", "quote_words", "french", "candidates", "rules_kind_direct",
    "rules_has_cue", "before_only", "after_only", "name_words", "lowercase", "not_mentioned",
    "longer_form_near", "longer_than_rules",
]


@dataclass
class Candidate:
    name: str | None
    row: list[float]


def _words_between(text: str, a: int, b: int) -> int:
    return len(WORD.findall(text[a:b])) if b > a else 0


def _sentence_index(boundaries: list[int], pos: int) -> int:
    return bisect_right(boundaries, pos)


def _pronoun_after(text: str, close: int) -> str | None:
    """The gender asked by a pronoun among the first words after the closing mark."""
    for word in WORD.findall(text[close:close + 40])[:3]:
        low = word.lower()
        if low in ALL_PRONOUNS or re.search(r"-(il|elle)$", low):
            return pronoun_gender(low) or "?"
    return None


class ArticleContext:
    """Everything about an article that the candidate rows of all its quotes share."""

    def __init__(self, text: str, language: str | None) -> None:
        self.text = text
        self.french = 1.0 if language == "fr" else 0.0
        self.mentions: list[Mention] = [m for m in find_mentions(text)
                                        if m.type in ("person", "organization")]
        self.canonical = canonical_names(self.mentions, text)
        self.genders = Genders(text, self.mentions, self.canonical)
        self.boundaries = sentence_boundaries(text)
        self.paragraphs = paragraph_bounds(text)
        self.starts = [m.start for m in self.mentions]
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.counts: dict[str, int] = {}
        for m in self.mentions:
            name = self.name(m)
            self.counts[name] = self.counts.get(name, 0) + 1

    def name(self, m: Mention) -> str:
        return self.canonical.get(m.text, m.text)

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.paragraph_starts, pos) - 1


def candidates(ctx: ArticleContext, quote: Quote, open_pos: int, close: int,
               quoted: list[tuple[int, int]], previous: list[str | None]) -> list[Candidate]:
    """Candidate rows of one quote; `previous` holds the speakers of the quotes before it
    (the rules' answers), `quoted` every quote's span, to tell mentions inside quotes."""
    text = ctx.text
    lo, hi = max(0, open_pos - WINDOW_BEFORE), close + WINDOW_AFTER
    near = ctx.mentions[bisect_left(ctx.starts, lo):bisect_left(ctx.starts, hi)]
    q_sentence = _sentence_index(ctx.boundaries, open_pos)
    close_sentence = _sentence_index(ctx.boundaries, max(open_pos, close - 1))
    q_paragraph = ctx.paragraph(open_pos)
    pronoun = _pronoun_after(text, close)
    last = next((s for s in reversed(previous) if s), None)
    spoke = {s for s in previous if s}
    rules = quote.speaker
    by_name: dict[str, dict[str, float]] = {}
    for m in near:
        name = ctx.name(m)
        inside = any(a <= m.start < b for a, b in quoted)
        if m.end <= open_pos:
            before, after = _words_between(text, m.end, open_pos), math.inf
        elif m.start >= close:
            before, after = math.inf, _words_between(text, close, m.start)
        else:
            before = after = 0.0
        s_index = _sentence_index(ctx.boundaries, m.start)
        sentence_start = ctx.boundaries[s_index - 1] if s_index > 0 else 0
        subject = _words_between(text, sentence_start, m.start) <= 3 and not m.after_preposition
        gap = min(m.start, open_pos), max(m.end, open_pos)
        cue_between = any(is_cue(w) for w in WORD.findall(text[gap[0]:gap[1]])[:12]) \
            if m.end <= open_pos else \
            any(is_cue(w) for w in WORD.findall(text[close:m.start])[:6])
        f = by_name.setdefault(name, {
            "before_words": math.inf, "after_words": math.inf, "same_sentence": 0.0,
            "same_paragraph": 0.0, "paragraphs_apart": 9.0, "next_to_cue": 0.0,
            "cue_between": 0.0, "titled": 0.0, "after_preposition": 1.0,
            "sentence_subject": 0.0, "inside_quote": 1.0, "is_organisation": 0.0})
        if not inside:
            f["inside_quote"] = 0.0
            f["before_words"] = min(f["before_words"], before)
            f["after_words"] = min(f["after_words"], after)
            f["same_sentence"] = max(f["same_sentence"],
                                     float(q_sentence <= s_index <= close_sentence + 1
                                           and (before < 40 or after < 15)))
            p = ctx.paragraph(m.start)
            f["same_paragraph"] = max(f["same_paragraph"], float(p == q_paragraph))
            f["paragraphs_apart"] = min(f["paragraphs_apart"], float(abs(q_paragraph - p)))
            f["next_to_cue"] = max(f["next_to_cue"], float(next_to_cue(text, m.start, m.end)))
            f["cue_between"] = max(f["cue_between"], float(cue_between))
            f["titled"] = max(f["titled"], float(m.titled))
            f["after_preposition"] = min(f["after_preposition"], float(m.after_preposition))
            f["sentence_subject"] = max(f["sentence_subject"], float(subject))
        f["is_organisation"] = max(f["is_organisation"], float(m.type == "organization"))
    if rules:
        # The rules' spelling of a candidate they chose ("le Pentagone" for "Pentagone").
        same = [n for n in by_name if _plain(n) == _plain(rules)]
        by_name[rules] = by_name.pop(same[0]) if same else {}
    if last and last not in by_name:
        by_name[last] = {}
    distances = sorted((min(f.get("before_words", math.inf), f.get("after_words", math.inf)), n)
                       for n, f in by_name.items())
    rank = {n: i for i, (_, n) in enumerate(distances)}
    shared = {
        "rules_none": float(rules is None), "quote_words": float(len(quote.quote.split())),
        "french": ctx.french, "candidates": float(len(by_name)),
        "rules_kind_direct": float(quote.kind == "direct"),
        "rules_has_cue": float(quote.cue is not None),
        "pronoun_after": float(pronoun is not None),
    }
    out = [Candidate(None, _row({**shared, "is_none": 1.0}))]
    for name, f in by_name.items():
        gender = ctx.genders.of.get(name)
        before, after = f.get("before_words", math.inf), f.get("after_words", math.inf)
        row = {**shared, **f,
               "is_rules": float(name == rules), "log_mentions": math.log1p(
                   ctx.counts.get(name, 0)),
               "spoke_before": float(name in spoke), "is_last_speaker": float(name == last),
               "before_words": min(before, 500.0), "after_words": min(after, 500.0),
               "min_words": min(before, after, 500.0), "rank_by_distance": float(rank[name]),
               "gender_agrees": float(pronoun in ("m", "f") and gender == pronoun),
               "gender_clashes": float(pronoun in ("m", "f") and gender is not None
                                       and gender != pronoun),
               "before_only": float(before < math.inf and after == math.inf),
               "name_words": float(len(name.split())), "lowercase": float(not name[:1].isupper()),
               "not_mentioned": float(not f),
               "longer_form_near": float(any(_longer_form(o, name) for o in by_name)),
               "longer_than_rules": float(rules is not None and _longer_form(name, rules)),
               "after_only": float(after < math.inf and before == math.inf)}
        out.append(Candidate(name, _row(row)))
    return out


def _longer_form(full: str, short: str) -> bool:
    """ "Wei Zhen" for "Wei", "Sven Heiman" for "Beiker": the same person named more fully."""
    a, b = full.split(), short.split()
    return len(a) > len(b) and bool(b) and (a[-len(b):] == b or a[:len(b)] == b)


def _plain(name: str) -> str:
    return LEADING.sub("", name.lower())


def _row(values: dict[str, float]) -> list[float]:
    defaults = {"paragraphs_apart": 9.0, "before_words": 500.0, "after_words": 500.0,
                "min_words": 500.0, "rank_by_distance": 20.0, "after_preposition": 1.0,
                "inside_quote": 1.0}
    return [float(values.get(k, defaults.get(k, 0.0))) for k in FEATURE_NAMES]


def article_rows(text: str, language: str | None,
                 quotes: list[Quote]) -> list[list[Candidate]]:
    """Candidate rows of every quote of an article, in order."""
    ctx = ArticleContext(text, language)
    quoted = [(q.start, q.end) for q in quotes]
    out = []
    previous: list[str | None] = []
    for q in quotes:
        open_pos = q.start - 1
        close = q.end + 1
        out.append(candidates(ctx, q, open_pos, close, quoted, previous))
        previous.append(q.speaker)
    return out


def matrix(rows: list[Candidate]) -> np.ndarray:
    return np.asarray([c.row for c in rows], dtype=np.float64)
