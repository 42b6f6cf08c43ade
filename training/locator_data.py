"""Blocks, features and labels for training the locator, from ../shared/data.

A block's label says whether it belongs to the gold article:
- sets with a gold body: the share of the block's word trigrams found in the gold body
  (short blocks: the block's words appear as a phrase of the gold);
- trafilatura's set: blocks overlapping a `with` segment are article, blocks overlapping a
  `without` segment are not, the rest carry no label and are left out.
Weights follow the metric: a block counts by its number of words, because body F1 counts
tokens, with a floor so that short menu items still teach the model something.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import datasets  # noqa: E402
from pressclip.clean import clean  # noqa: E402
from pressclip.locate.blocks import segment  # noqa: E402
from pressclip.locate.features import build_matrix, container_groups  # noqa: E402
from pressclip.metadata.jsonld import read_jsonld  # noqa: E402
from pressclip.parse.html import parse_html  # noqa: E402
from pressclip.record import ExtractionError  # noqa: E402

_WORD = re.compile(r"\w+", re.UNICODE)
POSITIVE_SHARE = 0.5
MIN_GOLD_COVERAGE = 0.5
MIN_WEIGHT, MAX_WEIGHT = 2.0, 100.0


@dataclass
class PageData:
    page_id: str
    dataset: str
    X: np.ndarray
    y: np.ndarray  # 1 article, 0 not, -1 unlabelled
    w: np.ndarray
    texts: list[str]
    groups: np.ndarray


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _trigrams(ws: list[str]) -> list[tuple[str, ...]]:
    return [tuple(ws[i : i + 3]) for i in range(len(ws) - 2)]


def label_body(texts: list[str], gold: str) -> np.ndarray:
    gold_words = words(gold)
    gold_tri = set(_trigrams(gold_words))
    gold_joined = " " + " ".join(gold_words) + " "
    labels = np.zeros(len(texts), dtype=np.int8)
    for i, text in enumerate(texts):
        ws = words(text)
        if not ws:
            continue
        if len(ws) >= 3:
            tri = _trigrams(ws)
            share = sum(1 for t in tri if t in gold_tri) / len(tri)
        else:
            share = 1.0 if (" " + " ".join(ws) + " ") in gold_joined else 0.0
        labels[i] = share >= POSITIVE_SHARE
    return labels


def label_segments(texts: list[str], with_: list[str], without: list[str]) -> np.ndarray:
    labels = np.full(len(texts), -1, dtype=np.int8)
    pos = [" ".join(words(s)) for s in with_ if words(s)]
    neg = [" ".join(words(s)) for s in without if words(s)]
    for i, text in enumerate(texts):
        t = " ".join(words(text))
        if not t:
            continue
        if any(s in t or (len(t) > 15 and t in s) for s in neg):
            labels[i] = 0
        elif any(s in t or (len(t) > 15 and t in s) for s in pos):
            labels[i] = 1
    return labels


def page_blocks(html: str):
    root = parse_html(html)
    hint = read_jsonld(root).article_body
    clean(root)
    blocks = segment(root)
    groups = container_groups(blocks)
    return blocks, build_matrix(blocks, hint, groups), groups


def iter_pages(split: str, sets: tuple[str, ...]) -> Iterator[PageData]:
    for name in sets:
        for row in datasets.rows(name, split=split):
            extra = row.get("extra") or {}
            try:
                coverage = float(extra.get("gold_coverage", 1.0))
            except (TypeError, ValueError):
                coverage = 1.0
            if coverage < MIN_GOLD_COVERAGE or not row.get("html"):
                continue
            try:
                blocks, X, groups = page_blocks(row["html"])
            except ExtractionError:
                continue
            texts = [b.text for b in blocks]
            if row.get("body"):
                y = label_body(texts, row["body"])
            elif row.get("with") or row.get("without"):
                y = label_segments(texts, row.get("with") or [], row.get("without") or [])
            else:
                continue
            w = np.clip([len(words(t)) for t in texts], MIN_WEIGHT, MAX_WEIGHT).astype(np.float32)
            yield PageData(row["id"], name, X, y, w, texts, groups)
