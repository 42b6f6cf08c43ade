"""Text mode per page, one flattener against the other on the same train pages.

Both flatteners render the same HTML page; a page whose inscriptis text scores well under
its resiliparse text is one where the way the text is laid out, not the article, trips the
reader. This lists such pages (train split only: their errors may be read) and each set's
and language's means. The modern set gives every page under both flatteners; the old set
gives each page under one of them, so its means are not paired and it lists no page.

    python -m training.train_textmode --cache /tmp/tm --quick --out /tmp/quick.json
    python -m bench.textmode_pairs --model /tmp/quick.json           # fold 0's tuning sites
    python -m bench.textmode_pairs --model /tmp/q1.json --tune-fold 1
    python -m bench.textmode_pairs --all-train                       # shipped model, in sample

With --model, only the tuning sites of --tune-fold are read (the `--quick` trees never saw
them: out-of-fold figures); with --all-train, every train page with the shipped model, whose
trees saw those pages (a layout that trips one flattener still shows, smaller).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from bench import datasets
from bench.scoring import score_page, score_set, tokens
from pressclip.textmode import extract as text_extract
from pressclip.textmode.lines import split_lines
from pressclip.textmode.model import load_model
from training.train_textmode import TRAIN_SETS, is_tuning_site

FLATTENERS = ("inscriptis", "resiliparse")
# A page is listed when the first flattener's F1 is this much under the second's.
GAP = 0.03


def page_rows(fold: int | None) -> dict[tuple[str, str], dict[str, dict]]:
    """(text set, page id) -> flattener -> row, for the train pages of the tuning sites of
    `fold` (every train site when None)."""
    pairs: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for name in TRAIN_SETS:
        for row in datasets.rows(name, split="train"):
            if fold is not None and not is_tuning_site(datasets.site_of(row), fold):
                continue
            if tokens(row.get("body")) and split_lines(row["text"]):
                pairs[(name, row["id"])][row["flattener"]] = row
    return pairs


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a model written by train_textmode --quick")
    parser.add_argument("--tune-fold", type=int, default=0,
                        help="the quarter of train sites the model was fitted without")
    parser.add_argument("--all-train", action="store_true",
                        help="every train page, with the shipped model (in sample)")
    parser.add_argument("--sets", nargs="+", choices=TRAIN_SETS, default=list(TRAIN_SETS))
    args = parser.parse_args(argv)
    if args.model:
        model = load_model(args.model)
        text_extract.load_model = lambda: model
    elif not args.all_train:
        parser.error("--model (out of fold) or --all-train (shipped model, in sample)")
    pairs = page_rows(None if args.all_train else args.tune_fold)
    scores: dict[tuple[str, str, str], list] = defaultdict(list)
    listed = []
    for (name, page_id), rows in sorted(pairs.items()):
        if name not in args.sets:
            continue
        f1 = {}
        for flattener, row in rows.items():
            page = score_page(row["body"], text_extract.extract_text(row["text"]).text)
            f1[flattener] = page.f1
            for group in ((name, "all", flattener), (name, row.get("lang") or "?", flattener)):
                scores[group].append(page)
        gap = f1.get(FLATTENERS[1], 0.0) - f1.get(FLATTENERS[0], 1.0)
        if gap >= GAP:
            listed.append((gap, name, page_id, rows[FLATTENERS[0]].get("lang"), f1))
    print(f"| text set | group | {' | '.join(FLATTENERS)} | pages |")
    for name, group in sorted({(n, g) for n, g, _ in scores}, key=lambda k: (k[0], k[1] != "all",
                                                                          k[1])):
        sets = [score_set(scores[(name, group, f)]) for f in FLATTENERS]
        print(f"| {name} | {group} | {' | '.join(f'{s.f1:.4f}' for s in sets)} | "
              f"{' / '.join(str(s.pages) for s in sets)} |")
    print(f"\n{len(listed)} pages where {FLATTENERS[0]} is {GAP} or more under {FLATTENERS[1]}:")
    for gap, name, page_id, lang, f1 in sorted(listed, reverse=True):
        print(f"{gap:.3f} {name} {lang} {page_id} "
              + " ".join(f"{f}={f1[f]:.3f}" for f in FLATTENERS))


if __name__ == "__main__":
    main()
