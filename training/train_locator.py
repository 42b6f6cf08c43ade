"""Train the block locator and write src/pressclip/model/locator.json.

    python -m training.train_locator            # train on the train split, report heldout
    python -m training.train_locator --cache /tmp/loc --keep 0.6   # the shipped model
    python -m training.train_locator --cache /tmp/loc   # reuse extracted features
    python -m training.train_locator --cache /tmp/loc --cv 5   # site-fold check, train only
    python -m training.train_locator --cache /tmp/loc --cv 3 --quick   # stage one, subsample
    python -m training.train_locator --cache /tmp/loc --cv 3 --oof /tmp/oof.jsonl   # per page
    python -m training.train_locator --cache /tmp/loc --cv 3 --seed 11   # another draw

Learns only from the `train` split of bench/datasets.py; prints block accuracy and body F1
on the heldout split, which nothing here looks at while fitting.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import datasets  # noqa: E402
from bench.scoring import SegmentCounts, score_page, score_segments, score_set  # noqa: E402
from pressclip.locate.features import context_matrix, context_names, feature_names  # noqa: E402
from pressclip.locate.model import load_model  # noqa: E402
from training.locator_data import PageData, iter_pages  # noqa: E402
from training.trees_json import export_trees  # noqa: E402

SETS = ("dragnet", "l3s_gn1", "cleaneval", "cleanportaleval", "readability", "fundus_dev",
        "trafilatura")
OUT = Path(__file__).resolve().parents[1] / "src" / "pressclip" / "model" / "locator.json"
# The shipped model's seed. The trees draw at random their validation rows (early stopping)
# and the rows their bins are read from; refits with other seeds size that noise, so that a
# feature change is not judged on one draw.
SEED = 7
# Small and shallow on purpose: the model is evaluated for every block of every page.
PARAMS = dict(max_iter=80, max_depth=6, max_leaf_nodes=31, learning_rate=0.15,
              min_samples_leaf=40, l2_regularization=1.0, random_state=SEED)
# Stage two is trained on stage-one scores the model did not see in fitting (out of fold),
# so that it learns how far to trust them on unseen pages.
FOLDS = 2
# trafilatura's set is the only one of modern, multilingual pages, and its segment labels
# cover a few blocks a page: weighted up so that they are not drowned by the 2007-2012
# English sets.
SEGMENT_WEIGHT = 5.0
# fundus_dev's pages (2023-2025, many countries and scripts) are few beside the old sets'
# thousands: weighted up for the same reason. Chosen by a train-side check (--check-weights:
# sites of the train split held out in turn), never by the heldout figure.
MODERN_WEIGHT = 3.0
_SET_WEIGHT = {"trafilatura": SEGMENT_WEIGHT,
               **{name: MODERN_WEIGHT for name in datasets.MODERN_SETS}}
# The quick site-fold check keeps every this many pages of the older sets.
QUICK_EVERY = 3


def set_seed(seed: int) -> None:
    """Every fit after this call draws with `seed` (PARAMS is shared by all of them)."""
    PARAMS["random_state"] = seed


def load(split: str, cache: str | None) -> list[PageData]:
    if cache:
        path = Path(f"{cache}_{split}.pkl")
        if path.exists():
            with path.open("rb") as fh:
                return pickle.load(fh)
    pages = list(iter_pages(split, SETS))
    if cache:
        with Path(f"{cache}_{split}.pkl").open("wb") as fh:
            pickle.dump(pages, fh)
    return pages


def stack(pages: list[PageData], labelled_only: bool = True
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    X = np.vstack([p.X for p in pages])
    y = np.concatenate([p.y for p in pages])
    w = np.concatenate([p.w * _SET_WEIGHT.get(p.dataset, 1.0) for p in pages])
    if not labelled_only:
        return X, y, w
    keep = y >= 0
    return X[keep], y[keep], w[keep]


def export(clf: HistGradientBoostingClassifier, names: list[str]) -> dict:
    return {"kind": "gradient-boosted trees (sklearn HistGradientBoostingClassifier, exported)",
            "feature_names": names, **export_trees(clf), "params": PARAMS}


def fit(train: list[PageData]) -> Callable[[PageData], np.ndarray]:
    """Both stages fitted on `train`; returns the page scorer."""
    X, y, w = stack(train)
    stage1 = HistGradientBoostingClassifier(**PARAMS).fit(X, y, sample_weight=w)
    oof: dict[int, np.ndarray] = {}
    for fold in range(FOLDS):
        fit_pages = [p for i, p in enumerate(train) if i % FOLDS != fold]
        Xf, yf, wf = stack(fit_pages)
        model = HistGradientBoostingClassifier(**PARAMS).fit(Xf, yf, sample_weight=wf)
        for i, p in enumerate(train):
            if i % FOLDS == fold and len(p.X):
                oof[i] = model.predict_proba(p.X)[:, 1]
    X2 = np.vstack([context_matrix(p.groups, p.X, oof[i])
                    for i, p in enumerate(train) if len(p.X)])
    _, y2, w2 = stack([p for p in train if len(p.X)], labelled_only=False)
    lab = y2 >= 0
    stage2 = HistGradientBoostingClassifier(**PARAMS).fit(X2[lab], y2[lab], sample_weight=w2[lab])

    def score(p: PageData) -> np.ndarray:
        p1 = stage1.predict_proba(p.X)[:, 1]
        return stage2.predict_proba(context_matrix(p.groups, p.X, p1))[:, 1]

    score.stages = (stage1, stage2)  # type: ignore[attr-defined]
    return score


def fit_stage1(train: list[PageData]) -> Callable[[PageData], np.ndarray]:
    """Stage one alone fitted on `train`; returns its page scorer."""
    X, y, w = stack(train)
    stage1 = HistGradientBoostingClassifier(**PARAMS).fit(X, y, sample_weight=w)
    return lambda p: stage1.predict_proba(p.X)[:, 1]


@lru_cache(maxsize=1)
def _gold() -> dict[str, str]:
    return {r["id"]: r["body"] for name in SETS if name != "trafilatura"
            for r in datasets.rows(name) if r.get("body")}


@lru_cache(maxsize=1)
def _sites() -> dict[str, str]:
    return {r["id"]: datasets.site_of(r) for name in SETS for r in datasets.rows(name)}


def mean_f1(pages: list[PageData], score: Callable[[PageData], np.ndarray],
            thr: float) -> dict[str, float]:
    """Per set, the benchmark's headline figure (F1 of mean precision and mean recall) of
    the blocks scoring `thr` or more."""
    gold = _gold()
    by_set: dict[str, list] = {}
    for p in pages:
        if p.page_id not in gold or len(p.X) == 0:
            continue
        keep = score(p) >= thr
        pred = "\n".join(t for t, k in zip(p.texts, keep, strict=True) if k)
        by_set.setdefault(p.dataset, []).append(score_page(gold[p.page_id], pred))
    return {k: score_set(v).f1 for k, v in by_set.items()}


@lru_cache(maxsize=1)
def _segments() -> dict[str, tuple[list[str], list[str]]]:
    return {r["id"]: (r.get("with") or [], r.get("without") or [])
            for r in datasets.rows("trafilatura") if r.get("with") or r.get("without")}


def site_folds(pages: list[PageData], k: int) -> list[int]:
    """Each page's fold, 0..k-1, by a hash of its site: a site's pages share one fold."""
    sites = _sites()
    return [int(datasets.id_bucket("fold:" + sites.get(p.page_id, p.page_id)) * k)
            for p in pages]


def cross_validate(train: list[PageData], k: int, thr: float,
                   transform: Callable[[np.ndarray], np.ndarray] | None = None,
                   oof: dict[str, np.ndarray] | None = None,
                   quick: bool = False) -> dict[str, float]:
    """Out-of-fold figures of the whole fit (both stages) on the train split, folds by
    site: body F1 per set (kept blocks at `thr`) and the segment set's precision, recall
    and F1 (its `with` / `without` segments found in the kept blocks). `transform` edits
    every page's features first (to try a change of columns without recomputing them);
    `oof`, when given, receives each page's out-of-fold block scores (for reading errors).
    `quick`: stage one alone, on the modern sets' pages and every QUICK_EVERY-th page of the
    older sets (a fifth of the CPU time of a fold; a feature that helps shows in stage one)."""
    if quick:
        train = [p for i, p in enumerate(train)
                 if p.dataset in _SET_WEIGHT or i % QUICK_EVERY == 0]
    if transform is not None:
        train = [PageData(p.page_id, p.dataset, transform(p.X), p.y, p.w, p.texts, p.groups)
                 for p in train]
    folds = site_folds(train, k)
    gold, segments = _gold(), _segments()
    bodies: dict[str, list] = {}
    counts = SegmentCounts()
    for fold in range(k):
        fit_pages = [p for p, f in zip(train, folds, strict=True) if f != fold]
        score = fit_stage1(fit_pages) if quick else fit(fit_pages)
        for p, f in zip(train, folds, strict=True):
            if f != fold or len(p.X) == 0:
                continue
            scores = score(p)
            if oof is not None:
                oof[p.page_id] = scores
            keep = scores >= thr
            pred = "\n".join(t for t, kept in zip(p.texts, keep, strict=True) if kept)
            if p.page_id in gold:
                bodies.setdefault(p.dataset, []).append(score_page(gold[p.page_id], pred))
            elif p.page_id in segments:
                counts.add(score_segments(pred, *segments[p.page_id]))
    out = {name: score_set(v).f1 for name, v in sorted(bodies.items())}
    out.update(segments_P=counts.precision, segments_R=counts.recall, segments_F1=counts.f1)
    return out


def write_oof(path: str, pages: list[PageData], oof: dict[str, np.ndarray], thr: float
              ) -> None:
    """One JSON line per full-body page scored out of fold: its set, id, F1, P and R."""
    gold = _gold()
    with open(path, "w", encoding="utf-8") as fh:
        for p in pages:
            if p.page_id not in gold or p.page_id not in oof:
                continue
            pred = "\n".join(t for t, k in zip(p.texts, oof[p.page_id] >= thr, strict=True) if k)
            s = score_page(gold[p.page_id], pred)
            fh.write(json.dumps({"set": p.dataset, "id": p.page_id,
                                 "oof": [None if v is None else round(v, 4)
                                         for v in (s.f1, s.precision, s.recall)]}) + "\n")


def check_weights(train: list[PageData], weights: list[float]) -> None:
    """Train-side choice of MODERN_WEIGHT: a third of the train split's sites (by a hash
    of the site, as bench/datasets.py splits) is held out of fitting and scored."""
    sites = _sites()
    inner = [datasets.id_bucket("inner:" + sites.get(p.page_id, p.page_id)) < 1 / 3 for p in train]
    fit_pages = [p for p, held in zip(train, inner, strict=True) if not held]
    check_pages = [p for p, held in zip(train, inner, strict=True) if held]
    for weight in weights:
        _SET_WEIGHT.update({name: weight for name in datasets.MODERN_SETS})
        score = fit(fit_pages)
        f1 = mean_f1(check_pages, score, 0.5)
        old = np.mean([v for k, v in f1.items() if k not in datasets.MODERN_SETS])
        modern = np.mean([v for k, v in f1.items() if k in datasets.MODERN_SETS])
        print(f"modern weight {weight}: inner check, old sets {old:.3f}, modern {modern:.3f}  "
              + " ".join(f"{k} {v:.3f}" for k, v in sorted(f1.items())), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--cache", help="prefix of pickled feature caches to reuse or write")
    ap.add_argument("--no-write", action="store_true", help="do not write the model file")
    ap.add_argument("--shipped", action="store_true",
                    help="only score the shipped model on the heldout split")
    ap.add_argument("--check-weights", type=float, nargs="+", metavar="W",
                    help="only run the train-side check of these modern-page weights")
    ap.add_argument("--cv", type=int, metavar="K",
                    help="only the out-of-fold check: K folds by site over the train split")
    ap.add_argument("--quick", action="store_true",
                    help="--cv with stage one alone and a third of the older sets' pages")
    ap.add_argument("--copy-columns", nargs="+", metavar="DEST=SRC", default=[],
                    help="--cv with feature column DEST replaced by SRC (an ablation, or the "
                    "old form of a fixed column, without recomputing the features)")
    ap.add_argument("--threshold", type=float, default=0.6,
                    help="keep threshold of the --cv check (the shipped model's)")
    ap.add_argument("--keep", type=float, metavar="T",
                    help="ship this keep threshold instead of the in-sample choice: scores of "
                    "pages the trees were fitted on flatter low thresholds; compare them with "
                    "--cv 3 --quick --threshold T")
    ap.add_argument("--seed", type=int, default=SEED,
                    help="random_state of every fit (the shipped model's by default); "
                    "another seed sizes the refit noise of a --cv figure")
    ap.add_argument("--oof", metavar="PATH",
                    help="--cv also writes each full-body page's out-of-fold F1, precision "
                    "and recall (blocks kept at the threshold) as JSON lines, to read errors")
    args = ap.parse_args()
    set_seed(args.seed)

    t0 = time.time()
    train = load("train", args.cache)
    if args.check_weights:
        check_weights(train, args.check_weights)
        return
    if args.cv:
        names = feature_names()
        pairs = [tuple(names.index(n) for n in pair.split("=")) for pair in args.copy_columns]

        def copy_columns(X: np.ndarray) -> np.ndarray:
            X = X.copy()
            for dest, src in pairs:
                X[:, dest] = X[:, src]
            return X

        oof: dict[str, np.ndarray] | None = {} if args.oof else None
        figures = cross_validate(train, args.cv, args.threshold,
                                 copy_columns if pairs else None, oof, quick=args.quick)
        if args.oof:
            write_oof(args.oof, train, oof or {}, args.threshold)
        print(f"out of fold ({args.cv} folds by site, train split, keep {args.threshold}): "
              + " ".join(f"{k} {v:.3f}" for k, v in figures.items()), flush=True)
        return
    heldout = load("heldout", args.cache)
    if args.shipped:
        shipped = load_model()
        for name, f1 in sorted(mean_f1(heldout, lambda p: shipped.predict_proba(p.X, p.groups),
                                       shipped.threshold_keep).items()):
            print(f"heldout {name:16s} mean body F1 {f1:.3f} (shipped model)")
        return
    print(f"features: {len(train)} train pages, {time.time() - t0:.0f}s")
    score = fit(train)
    stage1, stage2 = score.stages  # type: ignore[attr-defined]
    print(f"fit: {time.time() - t0:.0f}s")

    # The keep threshold is chosen on train pages only, by mean body F1 of a sample, unless
    # --keep gives the one the site-fold check chose.
    sample = train[::3]
    best = args.keep or max((0.3, 0.4, 0.5, 0.6),
                            key=lambda t: np.mean(list(mean_f1(sample, score, t).values())))
    print(f"keep threshold (train): {best}")
    for name, f1 in sorted(mean_f1(heldout, score, best).items()):
        print(f"heldout {name:16s} mean body F1 {f1:.3f}")
    if not args.no_write:
        model = {
            "stage1": export(stage1, feature_names()),
            "stage2": export(stage2, feature_names() + context_names()),
            "threshold_keep": best,
        }
        OUT.write_text(json.dumps(model, separators=(",", ":")))
        print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
