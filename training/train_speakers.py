"""Train the learned speaker ranker over find_quotes' quotes; cross-validated by article.

    python -m training.train_speakers            # CV figures, rules vs model
    python -m training.train_speakers --out F    # also fit on all seen articles, write F
    python -m training.train_speakers --model F --blind BATCH
                                                 # score a batch once: rules vs model F

Learns only from the `seen` part of tests/data/quotes_dev.jsonl (sealed batches are never
loaded). A quote counts when find_quotes' span matches a gold one (bench.quotes.match); its
candidates (training/speaker_features.py) are labelled by the gold speaker, and the ranker
picks the candidate with the highest score.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

# Tiny data on a shared 2-core machine: OpenMP threads only fight each other.
os.environ.setdefault("OMP_NUM_THREADS", "1")
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.quotes import match, normalise_speaker  # noqa: E402
from bench.quotes_devset import annotated_texts, load_annotations  # noqa: E402
from pressclip.facts.quotes import find_quotes  # noqa: E402
from pressclip.model.trees import TreeEnsemble  # noqa: E402
from pressclip.record import Quote  # noqa: E402
from training.speaker_features import FEATURE_NAMES, article_rows, matrix  # noqa: E402
from training.trees_json import export_trees  # noqa: E402

PARAMS = dict(max_iter=150, max_depth=4, max_leaf_nodes=12, learning_rate=0.08,
              min_samples_leaf=20, l2_regularization=1.0, random_state=7)
FOLDS = 5


def seen_articles() -> list[tuple[dict, str, list[dict], list[Quote]]]:
    """(document, text, gold quotes, find_quotes' quotes) of every seen article."""
    return [(doc, text, gold, find_quotes(text, doc["language"]))
            for doc, text, gold in annotated_texts(load_annotations()) if doc["part"] == "seen"]


def examples(articles: list[tuple[dict, str, list[dict], list[Quote]]]) -> list[dict]:
    """One entry per matched quote: article, language, gold, rules' answer, candidates."""
    out = []
    for doc, text, gold, predicted in articles:
        rows = article_rows(text, doc["language"], predicted)
        index = {id(q): i for i, q in enumerate(predicted)}
        for g, p in match(text, gold, predicted):
            cands = rows[index[id(p)]]
            want = normalise_speaker(g["speaker"])
            out.append({"doc": doc["id"], "language": doc["language"], "rules": p.speaker,
                        "batch": doc.get("batch") or "first split",
                        "gold": g["speaker"], "names": [c.name for c in cands],
                        "x": matrix(cands),
                        "y": np.asarray([normalise_speaker(c.name) == want for c in cands])})
    return out


def fit(train: list[dict]) -> HistGradientBoostingClassifier:
    X = np.vstack([e["x"] for e in train])
    y = np.concatenate([e["y"] for e in train]).astype(int)
    return HistGradientBoostingClassifier(**PARAMS).fit(X, y)


def choose(clf: HistGradientBoostingClassifier, e: dict) -> str | None:
    return e["names"][int(np.argmax(clf.predict_proba(e["x"])[:, 1]))]


def right(name: str | None, e: dict) -> bool:
    return normalise_speaker(name) == normalise_speaker(e["gold"])


def cross_validate(data: list[dict]) -> dict[str, dict[str, int]]:
    docs = sorted({e["doc"] for e in data})
    rng = np.random.default_rng(7)
    fold_of = dict(zip(docs, rng.permutation(len(docs)) % FOLDS, strict=True))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for k in range(FOLDS):
        train = [e for e in data if fold_of[e["doc"]] != k]
        clf = fit(train)
        for e in data:
            if fold_of[e["doc"]] != k:
                continue
            for key in (e["language"], f"{e['language']} {e['batch']}", "all"):
                c = counts[key]
                c["quotes"] += 1
                c["rules"] += right(e["rules"], e)
                c["model"] += right(choose(clf, e), e)
                c["reachable"] += bool(e["y"].any())
    return counts


def export(clf: HistGradientBoostingClassifier) -> dict:
    return {"kind": "gradient-boosted trees (sklearn HistGradientBoostingClassifier, exported)",
            "feature_names": FEATURE_NAMES, **export_trees(clf), "params": PARAMS}


def score_batch(model_file: str, batch: str) -> dict[str, float]:
    """Speaker accuracy of the rules and of the model (walked by TreeEnsemble, as run time
    would) on the matched quotes of one annotated batch, sealed or not."""
    trees = TreeEnsemble.from_json(json.loads(Path(model_file).read_text(encoding="utf-8")))
    counts = defaultdict(int)
    docs = [(doc, text, gold) for doc, text, gold in
            annotated_texts(load_annotations(sealed=True)) if doc.get("batch") == batch]
    words = 0
    seconds = 0.0
    for doc, text, gold in docs:
        predicted = find_quotes(text, doc["language"])
        t0 = time.process_time()
        rows = article_rows(text, doc["language"], predicted)
        chosen = [c[int(np.argmax(trees.predict_proba(matrix(c))))].name for c in rows]
        seconds += time.process_time() - t0
        words += len(text.split())
        index = {id(q): i for i, q in enumerate(predicted)}
        pairs = match(text, gold, predicted)
        counts["articles"] += 1
        counts["gold"] += len(gold)
        counts["matched"] += len(pairs)
        for g, p in pairs:
            want = normalise_speaker(g["speaker"])
            counts["rules"] += normalise_speaker(p.speaker) == want
            counts["model"] += normalise_speaker(chosen[index[id(p)]]) == want
            counts["reachable"] += any(normalise_speaker(c.name) == want
                                       for c in rows[index[id(p)]])
    n = counts["matched"] or 1
    return {"articles": counts["articles"], "gold": counts["gold"], "matched": counts["matched"],
            "rules": counts["rules"] / n, "model": counts["model"] / n,
            "reachable": counts["reachable"] / n,
            "model_ms_per_1000_words": 1000 * seconds * 1000 / max(words, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="fit on every seen article and write the model here")
    ap.add_argument("--model", help="a model file written by --out (with --blind)")
    ap.add_argument("--blind", help="score this batch once with the rules and --model")
    args = ap.parse_args()
    if args.blind:
        print(score_batch(args.model, args.blind))
        return
    data = examples(seen_articles())
    for key, c in sorted(cross_validate(data).items()):
        n = c["quotes"]
        print(f"{key}: {n} matched quotes, CV speaker accuracy rules {c['rules'] / n:.3f}, "
              f"model {c['model'] / n:.3f} (gold among candidates {c['reachable'] / n:.3f})")
    if args.out:
        Path(args.out).write_text(json.dumps(export(fit(data))), encoding="utf-8")


if __name__ == "__main__":
    main()
