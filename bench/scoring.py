"""Scores for extracted article text: shingle F1 against a gold body, and with/without segments.

Shingle F1 (the metric of the ScrapingHub/Zyte article-extraction-benchmark, `evaluate.py`)
------------------------------------------------------------------------------------------
- Tokens: every maximal run of Unicode word characters (regex ``\\w+``), case kept, all
  punctuation and whitespace dropped. Language-agnostic by design: runs of CJK characters
  become long tokens, which still separate differing texts.
- Shingles: the tuples of 4 consecutive tokens, counted as a multiset. A text of 1-3 tokens
  gives one shorter shingle (all its tokens); an empty text gives none.
- Per page: tp = sum over shingles of min(gold count, predicted count); fp = predicted
  surplus; fn = gold surplus. The three are divided by their sum so that every page weighs
  the same whatever its length.
- Per-page precision = tp / (tp + fp) and recall = tp / (tp + fn), except: when fp = fn = 0
  both are 1; precision is undefined (None) when the prediction has no shingle and recall
  undefined when the gold has none.
- Set level, as the benchmark reports it: precision = mean of the defined per-page precisions
  (pages with an empty prediction do not count), recall = mean of the defined per-page
  recalls (an empty prediction counts as recall 0), F1 = harmonic mean of these two means.
- We also give per-page F1 (mean and median): 2PR / (P + R), 0 when the prediction is empty
  and the gold is not, 1 when both are empty, 0 when the gold is empty and the prediction not.

With/without segments (trafilatura's own evaluation, `tests/eval_common.py`)
--------------------------------------------------------------------------
Each page lists `with` segments that must appear in the extracted text and `without`
segments that must not. Whitespace is collapsed in both segment and text, then a segment
"appears" when it is a substring of the text. Per page: tp = `with` segments found,
fn = `with` segments missed, fp = `without` segments found, tn = `without` segments absent.
A failed extraction (None) finds nothing. Summed over pages: right segments = tp + tn,
precision = tp / (tp + fp), recall = tp / (tp + fn), accuracy = (tp + tn) / all,
F1 = 2tp / (2tp + fp + fn); each 0 when its denominator is 0.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
_TOKEN = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def tokens(text: str | None) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Multiset of `size`-token shingles; a text shorter than `size` is one short shingle."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) <= size:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + size]) for i in range(len(toks) - size + 1))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Length-normalised tp/fp/fn of one page and the scores derived from them."""

    tp: float
    fp: float
    fn: float
    precision: float | None
    recall: float | None

    @property
    def f1(self) -> float:
        if self.precision is None and self.recall is None:
            return 1.0  # nothing expected, nothing given
        if self.precision is None or self.recall is None:
            return 0.0
        if self.precision + self.recall == 0:
            return 0.0
        return 2 * self.precision * self.recall / (self.precision + self.recall)


def score_page(gold: str | None, predicted: str | None) -> PageScore:
    """Shingle precision/recall of one predicted body against its gold body."""
    gold_sh = shingles(gold)
    pred_sh = shingles(predicted)
    tp = float(sum((gold_sh & pred_sh).values()))
    fp = float(sum((pred_sh - gold_sh).values()))
    fn = float(sum((gold_sh - pred_sh).values()))
    total = tp + fp + fn
    if total:
        tp, fp, fn = tp / total, fp / total, fn / total
    if fp == 0 and fn == 0 and total:
        return PageScore(tp, fp, fn, 1.0, 1.0)
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return PageScore(tp, fp, fn, precision, recall)


@dataclass(frozen=True, slots=True)
class SetScore:
    pages: int
    precision: float  # mean of defined per-page precisions
    recall: float  # mean of defined per-page recalls
    f1: float  # harmonic mean of the two means: the benchmark's headline figure
    mean_f1: float
    median_f1: float
    median_precision: float
    median_recall: float
    empty: int  # pages where the prediction had no token


def _mean(values: Sequence[float]) -> float:
    return statistics.fmean(values) if values else 0.0


def _median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else 0.0


def score_set(pages: Iterable[PageScore]) -> SetScore:
    pages = list(pages)
    precisions = [p.precision for p in pages if p.precision is not None]
    recalls = [p.recall for p in pages if p.recall is not None]
    f1s = [p.f1 for p in pages]
    precision, recall = _mean(precisions), _mean(recalls)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return SetScore(
        pages=len(pages),
        precision=precision,
        recall=recall,
        f1=f1,
        mean_f1=_mean(f1s),
        median_f1=_median(f1s),
        median_precision=_median(precisions),
        median_recall=_median(recalls),
        empty=sum(1 for p in pages if p.precision is None),
    )


def normalise_space(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


@dataclass(slots=True)
class SegmentCounts:
    """Accumulated with/without segment counts (trafilatura's confusion matrix)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, other: SegmentCounts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.tn += other.tn

    @property
    def right(self) -> int:
        return self.tp + self.tn

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0


def score_segments(
    extracted: str | None, with_segments: Sequence[str], without_segments: Sequence[str]
) -> SegmentCounts:
    """Counts for one page: which `with` segments appear, which `without` ones do."""
    if extracted is None:
        return SegmentCounts(fn=len(with_segments), tn=len(without_segments))
    text = normalise_space(extracted)
    found_with = sum(1 for s in with_segments if normalise_space(s) in text)
    found_without = sum(1 for s in without_segments if normalise_space(s) in text)
    return SegmentCounts(
        tp=found_with,
        fp=found_without,
        fn=len(with_segments) - found_with,
        tn=len(without_segments) - found_without,
    )
