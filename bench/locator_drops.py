"""Train pages whose article blocks the locator's trees drop out of fold, and why.

    python -m bench.locator_drops --cache /tmp/loc --scores /tmp/oof.pkl
    python -m bench.locator_drops --cache /tmp/loc --scores /tmp/oof.pkl --sets fundus_dev

Reads training.train_locator's feature cache (`--cache`, its `_train.pkl`) and the
out-of-fold block scores that bench.locator_oof fitted and saved (`--scores`): train pages
only, each scored by trees fitted without its site. For every page, the blocks labelled
article that score under the keep threshold are the trees' recall loss, before the passes
that run after them: their word units against the page's article units. Each dropped
block is put under one cause, the first that holds: furniture names on its own container
or its parent (the `near_` columns), furniture names further up (`flag_`), a link density
over a half, none of these. Prints the pages that lose most, modern sets (MODERN) first,
and the units lost per cause, with pages and languages.
"""

from __future__ import annotations

import argparse
import pickle
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from bench import datasets
from bench.locator_oof import matrix_key
from pressclip.locate.blocks import FLAG_NAMES
from pressclip.locate.features import WORDS_COLUMN, feature_names
from pressclip.locate.model import load_model
from training.locator_data import PageData

# Names that say what a container is for, other than holding the article.
FURNITURE = tuple(name for name in FLAG_NAMES if name != "content")
LINKS_CAUSE = 0.5
# The sets of recent pages: fundus_dev (2023-2025) and trafilatura's segments.
MODERN = (*datasets.MODERN_SETS, "trafilatura")
# A page is listed when the trees drop at least this share of its article's word units.
MIN_LOSS = 0.03


@dataclass
class Causes:
    units: Counter = field(default_factory=Counter)
    pages: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    languages: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


def block_cause(row: np.ndarray, columns: dict[str, int]) -> str:
    """The cause a dropped block is put under (see the module's docstring)."""
    for prefix, label in (("near_", "names near"), ("flag_", "names above")):
        names = [n for n in FURNITURE if row[columns[prefix + n]]]
        if names:
            return f"{label}: {'+'.join(names)}"
    if row[columns["link_density"]] > LINKS_CAUSE:
        return "links"
    return "none of these"


def page_drops(page: PageData, scores: np.ndarray, threshold: float,
               columns: dict[str, int]) -> tuple[float, dict[str, float]]:
    """The share of the page's article word units in dropped blocks, and the units per cause."""
    units = np.expm1(page.X[:, WORDS_COLUMN].astype(np.float64))
    article = page.y == 1
    dropped = np.flatnonzero(article & (scores < threshold))
    by_cause: dict[str, float] = defaultdict(float)
    for i in dropped:
        by_cause[block_cause(page.X[i], columns)] += float(units[i])
    return float(units[dropped].sum() / max(units[article].sum(), 1.0)), dict(by_cause)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", required=True, help="train_locator's feature cache prefix")
    parser.add_argument("--scores", required=True, help="bench.locator_oof's saved scores")
    parser.add_argument("--sets", nargs="+", help="only these sets (default: all cached)")
    parser.add_argument("--pages", type=int, default=30, help="pages listed")
    args = parser.parse_args(argv)
    with open(f"{args.cache}_train.pkl", "rb") as fh:
        train: list[PageData] = pickle.load(fh)
    with open(args.scores, "rb") as fh:
        saved = pickle.load(fh)
    threshold = load_model().threshold_keep
    columns = {name: i for i, name in enumerate(feature_names())}
    sets = set(args.sets or {p.dataset for p in train})
    language = {row["id"]: row.get("lang") or "?" for name in sets
                for row in datasets.rows(name, split="train")}
    listed = []
    causes = {True: Causes(), False: Causes()}
    for page in train:
        scores = saved.get(matrix_key(page.X))
        if page.dataset not in sets or scores is None or not (page.y == 1).any():
            continue
        lost, by_cause = page_drops(page, scores, threshold, columns)
        if lost < MIN_LOSS:
            continue
        modern = page.dataset in MODERN
        lang = language.get(page.page_id, "?")
        listed.append((not modern, -lost, page.dataset, page.page_id, lang))
        for cause, units in by_cause.items():
            causes[modern].units[cause] += units
            causes[modern].pages[cause].add(page.page_id)
            causes[modern].languages[cause][lang] += 1
    print(f"Train pages whose trees (out of fold, keep {threshold}) drop {MIN_LOSS:.0%} or more "
          "of the article's word units:\n")
    for _, loss, name, page_id, lang in sorted(listed)[:args.pages]:
        print(f"  {-loss:5.2f}  {name:12s} {lang:3s} {page_id}")
    for modern, label in ((True, ", ".join(MODERN)), (False, "older sets")):
        found = causes[modern]
        print(f"\nUnits dropped by cause, {label}:")
        for cause, units in found.units.most_common(15):
            langs = ", ".join(f"{k} {v}" for k, v in found.languages[cause].most_common(5))
            print(f"  {units:8.0f}  {len(found.pages[cause]):4d} pages ({langs})  {cause}")


if __name__ == "__main__":
    main()
