"""Train the locator's no-article gate and write src/pressclip/model/no_article.json.

    python -m training.train_no_article                 # train split only; prints its errors
    python -m training.train_no_article --cache /tmp/na # reuse the pages' evidence

The pages are bench/no_article.py's on the **train** split: every full-body set's pages
whole (article pages) and with their article cut out of the DOM (no-article pages). Each
page is described by the locator's Evidence (locate/gate.py) before any decision; a few
shallow boosted trees learn "article or not" from it, and the cut on their score is chosen on
out-of-fold scores to minimise MISS_COST x (share of article pages given none) + (share of
no-article pages given a body). The heldout figures come from `python -m bench.no_article`.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_predict

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import datasets  # noqa: E402
from bench.no_article import MISS_COST, Page, pages  # noqa: E402
from bench.scoring import score_page  # noqa: E402
from pressclip.locate.gate import MODEL_FILE, NAMES, Evidence  # noqa: E402
from training.trees_json import export_trees  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "src" / "pressclip" / "model" / MODEL_FILE
# Article pages per set: the large old sets would otherwise outweigh the modern one.
LIMIT = 400
FOLDS = 5
# Few and shallow: nine inputs, 2,700 pages. Out of fold on the train pages these gave 29
# missed articles and 245 false bodies (cost 0.606); a logistic regression (C 0.1 to 10,
# with or without products of the inputs) 31/235 at best (0.627), deeper or longer boosting
# no lower cost, and the hand-set cuts this replaces 28/296 (0.629) on the pages they
# were chosen on.
PARAMS = dict(max_iter=30, max_depth=3, min_samples_leaf=20, learning_rate=0.1,
              random_state=1)


def evidence(page: Page) -> tuple[Evidence, float]:
    """pressclip's evidence of an article on the page, before its no-article decision, and
    the body F1 of its selection (0 on a page without an article)."""
    from pressclip.clean import clean
    from pressclip.intake import page_text
    from pressclip.locate import select
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    tree = parse_html(page_text(page.html, None))
    hint = read_metadata(tree, page.url).article_body
    clean(tree)
    raw, keep, _, found = select(tree, hint)
    text = "\n\n".join(b.text for b, k in zip(raw, keep, strict=True) if k)
    return found, score_page(page.gold, text).f1 if page.gold else 0.0


def load(cache: str | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    path = Path(f"{cache}_train.pkl") if cache else None
    if path is not None and path.exists():
        with path.open("rb") as fh:
            return pickle.load(fh)
    X, y, f1 = [], [], []
    for page in pages("train", datasets.BODY_SETS, LIMIT):
        # Hand-written pages are for reporting only: they are not a sample of the web.
        if page.kind == "handwritten":
            continue
        found, score = evidence(page)
        X.append(found.vector())
        y.append(page.has_article)
        f1.append(score)
    data = (np.array(X), np.array(y, dtype=bool), np.array(f1))
    if path is not None:
        with path.open("wb") as fh:
            pickle.dump(data, fh)
    return data


def cost(scores: np.ndarray, y: np.ndarray, empty: np.ndarray, cut: float
         ) -> tuple[float, int, int]:
    """The cost of a cut, article pages given none, and no-article pages given a body.
    Pages where nothing was kept say "no article" whatever the score."""
    said = (scores >= cut) & ~empty
    missed = int((y & ~said).sum())
    given = int((~y & said).sum())
    return MISS_COST * missed / max(y.sum(), 1) + given / max((~y).sum(), 1), missed, given


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", help="prefix of a pickle of the pages' evidence")
    args = parser.parse_args(argv)
    X, y, f1 = load(args.cache)
    empty = X[:, NAMES.index("log_words")] <= 0
    print(f"{int(y.sum())} article pages, {int((~y).sum())} no-article pages (train split)")
    # Each class weighs as a whole what it costs: a missed article MISS_COST times a false
    # body, each counted as a share of its kind.
    weight = np.where(y, MISS_COST / y.sum(), 1.0 / (~y).sum()) * len(y)
    clf = HistGradientBoostingClassifier(**PARAMS)
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=1)
    oof = cross_val_predict(clf, X, y, cv=folds, method="predict_proba",
                            params={"sample_weight": weight})[:, 1]
    cuts = np.quantile(oof, np.linspace(0.0, 0.7, 281))
    best = float(min(cuts, key=lambda c: cost(oof, y, empty, c)[0]))
    total, missed, given = cost(oof, y, empty, best)
    print(f"out of fold, cut {best:.3f}: cost {total:.3f}, {missed} article pages given none, "
          f"{given} no-article pages given a body")
    lost = f1[y & (oof < best)]
    print(f"  the missed articles' selections had body F1 {lost.sum():.1f} in all "
          f"({int((lost < 0.2).sum())} of them under 0.2: the locator had missed them already)")
    clf.fit(X, y, sample_weight=weight)
    total, missed, given = cost(clf.predict_proba(X)[:, 1], y, empty, best)
    print(f"refit on all train pages: cost {total:.3f}, {missed} given none, {given} given a body")
    OUT.write_text(json.dumps({
        "feature_names": list(NAMES),
        "trees": export_trees(clf),
        "threshold": round(best, 6),
        "trained_on": f"train split of {', '.join(datasets.BODY_SETS)}: {int(y.sum())} article "
                      f"and {int((~y).sum())} no-article pages; miss cost {MISS_COST}",
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
