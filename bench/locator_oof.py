"""The whole extraction on train pages, with the locator's block scores out of fold.

Scored in-sample, train pages flatter the locator (its trees were fitted on them), and
`training.train_locator --cv` scores the trees' blocks alone, without the passes that run
after them (furniture beside prose, gaps, headings, the gate, reveal, rescue, edges,
credits). Here the site-fold scores of `cross_validate` replace the shipped model's inside
a normal `pressclip.extract` call, so that a run-time rule can be measured out of fold on
train sites, before and after, without refitting: the scores are fitted once and saved.

    python -m bench.locator_oof --cache /tmp/loc --scores /tmp/oof.pkl   # fit, save, score
    python -m bench.locator_oof --cache /tmp/loc --scores /tmp/oof.pkl --sets fundus_dev \
        --per-page /tmp/pages.jsonl --peers /tmp/peers.json    # reuse; pages to read

A page's scores are found by its feature matrix (a hash of its bytes): a page the cache
left out (gold coverage under 0.5) is skipped and counted. trafilatura runs on the same
pages (its results kept in `--peers`, which do not change between runs).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
from collections import defaultdict
from pathlib import Path

import numpy as np

from bench import datasets
from bench.anchors import anchor, page_url, quiet_peer_logs
from bench.body import language_table
from bench.report import Progress, table
from bench.scoring import PageScore, SegmentCounts, score_page, score_segments, score_set
from pressclip import locate
from pressclip.locate.model import LocatorModel, load_model

SEGMENT_SET = "trafilatura"


def matrix_key(X: np.ndarray) -> bytes:
    return hashlib.blake2b(np.ascontiguousarray(X).tobytes(), digest_size=16).digest()


def fit_scores(cache: str, folds: int, threshold: float, seed: int | None
               ) -> dict[bytes, np.ndarray]:
    """Each train page's block scores from the trees fitted without its site's fold, every
    fit drawing with `seed` (None: the shipped model's, training.train_locator.SEED)."""
    # One thread: the folds predict page by page, and on a loaded machine OpenMP's
    # threads spin at a barrier on every small call (28 minutes without finishing, against
    # 12 for the whole fit with one thread, under the same load).
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from training.train_locator import cross_validate, load, set_seed

    if seed is not None:
        set_seed(seed)
    train = load("train", cache)
    oof: dict[str, np.ndarray] = {}
    figures = cross_validate(train, folds, threshold, oof=oof)
    print("blocks alone, out of fold: "
          + " ".join(f"{k} {v:.3f}" for k, v in figures.items()), flush=True)
    return {matrix_key(p.X): oof[p.page_id] for p in train if p.page_id in oof}


class OutOfFold:
    """Stands in for the shipped LocatorModel: saved scores for a known page's matrix."""

    def __init__(self, scores: dict[bytes, np.ndarray], shipped: LocatorModel) -> None:
        self.scores = scores
        self.shipped = shipped
        self.threshold_keep = shipped.threshold_keep
        self.hits = 0
        self.misses = 0

    def predict_proba(self, X: np.ndarray, groups: np.ndarray) -> np.ndarray:
        found = self.scores.get(matrix_key(X))
        if found is not None and len(found) == len(X):
            self.hits += 1
            return found
        # A matrix of no train page (the page located again with hidden text kept).
        self.misses += 1
        return self.shipped.predict_proba(X, groups)


def peer_texts(path: str | None) -> dict[str, str]:
    if path and Path(path).exists():
        return json.loads(Path(path).read_text("utf-8"))
    return {}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", help="train_locator's feature cache prefix (to fit)")
    parser.add_argument("--scores", required=True,
                        help="pickle of the out-of-fold scores: read if it exists, else fitted "
                        "(needs --cache) and written")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--seed", type=int,
                        help="random_state of the fits (default: the shipped model's, "
                        "training.train_locator.SEED); another seed sizes the refit noise")
    parser.add_argument("--sets", nargs="+",
                        default=[*datasets.BODY_SETS, SEGMENT_SET],
                        choices=[*datasets.BODY_SETS, SEGMENT_SET])
    parser.add_argument("--peers", help="JSON file of trafilatura's texts by page id, reused")
    parser.add_argument("--per-page", metavar="PATH",
                        help="each page's F1, P, R (pressclip out of fold, trafilatura)")
    args = parser.parse_args(argv)
    quiet_peer_logs()

    shipped = load_model()
    if Path(args.scores).exists():
        with open(args.scores, "rb") as fh:
            scores = pickle.load(fh)
    else:
        if not args.cache:
            raise SystemExit("no saved scores: give --cache to fit them")
        scores = fit_scores(args.cache, args.folds, shipped.threshold_keep, args.seed)
        with open(args.scores, "wb") as fh:
            pickle.dump(scores, fh)
    model = OutOfFold(scores, shipped)
    locate.load_model = lambda: model  # select() asks its module's name for the model
    ours, theirs = anchor("pressclip"), anchor("trafilatura")
    peers = peer_texts(args.peers)
    peers_before = len(peers)

    pages: list[tuple[str, str, str]] = []
    every: dict[str, list[PageScore]] = defaultdict(list)
    counts = {"pressclip": SegmentCounts(), "trafilatura": SegmentCounts()}
    rows_out = []
    skipped = 0
    sections = []
    for name in args.sets:
        by_set: dict[str, list[PageScore]] = defaultdict(list)
        progress = Progress(name)
        for row in datasets.rows(name, split="train"):
            segments = (row.get("with") or [], row.get("without") or [])
            if not row.get("body") and not any(segments):
                continue
            url = page_url(row)
            hits = model.hits
            text = ours(row["html"], url, row.get("lang"))["text"]
            if model.hits == hits:
                skipped += 1
                continue
            if row["id"] not in peers:
                peers[row["id"]] = theirs(row["html"], url, row.get("lang"))["text"]
            texts = {"pressclip": text, "trafilatura": peers[row["id"]]}
            out = {"set": name, "id": row["id"], "lang": row.get("lang") or "?"}
            if row.get("body"):
                for extractor, t in texts.items():
                    s = score_page(row["body"], t)
                    by_set[extractor].append(s)
                    every[extractor].append(s)
                    out[extractor] = [None if v is None else round(v, 4)
                                      for v in (s.f1, s.precision, s.recall)]
                pages.append((name, row["id"], out["lang"]))
            else:
                for extractor, t in texts.items():
                    c = score_segments(t, *segments)
                    counts[extractor].add(c)
                    out[extractor] = [c.tp, c.fp, c.fn, c.tn]
            rows_out.append(out)
            progress.step()
        progress.finish()
        if by_set:
            sections.append(f"### {name}\n\n" + table(
                ("extractor", "pages", "F1", "precision", "recall", "median F1"),
                [(k, s.pages, s.f1, s.precision, s.recall, s.median_f1)
                 for k, s in ((k, score_set(v)) for k, v in by_set.items())]))
    if SEGMENT_SET in args.sets:
        sections.append(f"### {SEGMENT_SET} segments\n\n" + table(
            ("extractor", "right", "of", "precision", "recall", "F1"),
            [(k, c.right, c.total, c.precision, c.recall, c.f1) for k, c in counts.items()]))
    modern = [i for i, page in enumerate(pages) if page[0] in datasets.MODERN_SETS]
    if modern:
        sections.append("### Per language, modern pages\n\n" + language_table(
            [pages[i] for i in modern], {k: [v[i] for i in modern] for k, v in every.items()}))
    print(f"Train split, locator scores out of fold ({args.folds} folds by site); "
          f"{skipped} pages without saved scores skipped, {model.misses} locator calls "
          "on matrices of no train page (shipped model).\n")
    print("\n\n".join(sections))
    if args.peers and len(peers) > peers_before:
        Path(args.peers).write_text(json.dumps(peers), "utf-8")
    if args.per_page:
        with open(args.per_page, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r) + "\n" for r in rows_out)


if __name__ == "__main__":
    main()
