"""Text mode on train pages out of fold: how often the article ends early, before its last
paragraphs (a box inserted mid-article: "most read" lists, an embedded video), and what
that costs.

    python -m training.train_textmode --cache /tmp/tm --quick --out /tmp/quick.json
    python -m bench.textmode_gaps --model /tmp/quick.json          # with the gap pass
    python -m bench.textmode_gaps --model /tmp/quick.json --no-gap # without it
    python -m training.train_textmode --cache /tmp/tm --quick --tune-fold 1 --out /tmp/q1.json
    python -m bench.textmode_gaps --model /tmp/q1.json --tune-fold 1  # other train sites

Reads only the tuning sites of the `train` split (training/train_textmode.py: TUNE_SHARE of
the train sites, by site hash; --tune-fold picks another quarter), which the `--quick` trees
were fitted without: the figures are those of sites the trees never saw, and never touch the
heldout split. Per set and
flattener: body F1 (bench/scoring.py) of extract_text() with the model MODEL, and the pages
that end early: gold lines (training's labels: a line whose tokens are mostly in the gold
body's 4-gram shingles) after the last line kept, with at most BOX_LINES lines that are not
gold between the last kept line and the first gold one (a box, not the end of the
article), the share of the page's gold tokens those late lines hold, and how many of
those pages end before a box longer than the gap pass bridges (extract.GAP_MAX_BOX_LINES):
what a longer bridge could win at most.
"""

from __future__ import annotations

import argparse
import statistics
from collections import defaultdict
from pathlib import Path

from bench import datasets
from bench.scoring import score_page, score_set, tokens
from pressclip.textmode import extract as text_extract
from pressclip.textmode.lines import split_lines
from pressclip.textmode.model import load_model
from training.train_textmode import TRAIN_SETS, is_tuning_site, line_labels

# At most this many lines that are not gold between the article's kept end and gold text
# after it: a box inside the article, not the page's furniture after its end.
BOX_LINES = 12
# A page ends early when the gold lines after its end hold this share of its gold tokens.
EARLY_SHARE = 0.05


def tuning_rows(fold: int = 0) -> list[tuple[str, dict]]:
    """(text set, row) of the tuning sites' pages (train_textmode --tune-fold)."""
    return [(name, row) for name in TRAIN_SETS for row in datasets.rows(name, split="train")
            if is_tuning_site(datasets.site_of(row), fold)
            and tokens(row.get("body")) and split_lines(row["text"])]


def late_gold(lines: list[str], kept: list[bool], gold: list[int]) -> tuple[int, int, int]:
    """(gold tokens after the last kept line, lines between it and the first gold line
    after it, the page's gold tokens)."""
    sizes = [len(tokens(line)) for line in lines]
    total = sum(s for s, g in zip(sizes, gold, strict=True) if g)
    last = max((i for i, k in enumerate(kept) if k), default=-1)
    after = [i for i in range(last + 1, len(lines)) if gold[i]]
    late = sum(sizes[i] for i in after)
    return late, (after[0] - last - 1 if after else 0), total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True,
                        help="a model written by train_textmode --quick (or --tune-out)")
    parser.add_argument("--tune-fold", type=int, default=0,
                        help="the quarter of train sites the model was fitted without "
                        "(train_textmode --tune-fold)")
    parser.add_argument("--no-gap", action="store_true", help="switch the gap pass off")
    parser.add_argument("--show", type=int, default=0,
                        help="print this many early-ending pages' lines around the end")
    args = parser.parse_args(argv)
    model = load_model(args.model)
    bridged = text_extract.GAP_MAX_BOX_LINES
    text_extract.load_model = lambda: model
    if args.no_gap:
        text_extract.GAP_MAX_BOX_LINES = -1
    scores = defaultdict(list)
    early = defaultdict(list)
    long_box = defaultdict(int)
    shown = 0
    for text_set, row in tuning_rows(args.tune_fold):
        # Each page counts in its text set's row and in its source set's row.
        groups = [(text_set, "all", row["flattener"]), (text_set, row["dataset"], row["flattener"])]
        article = text_extract.extract_text(row["text"], url=row.get("url"), explain=True)
        for group in groups:
            scores[group].append(score_page(row["body"], article.text))
        lines = split_lines(row["text"])
        kept = [d.kept for d in article.explain]
        gold = line_labels(lines, row["body"]).tolist()
        late, box, total = late_gold(lines, kept, gold)
        if total and late >= EARLY_SHARE * total and box <= BOX_LINES:
            for group in groups:
                early[group].append(late / total)
                long_box[group] += box > bridged
            if shown < args.show:
                shown += 1
                last = max((i for i, k in enumerate(kept) if k), default=-1)
                print(f"--- {row['id']} {row['flattener']} late {late}/{total}")
                proba = model.locate(lines, text=row["text"])[2]
                for i in range(max(last - 2, 0), min(last + box + 6, len(lines))):
                    mark = ("K" if kept[i] else ".") + ("G" if gold[i] else " ")
                    print(f"{mark} {proba[i]:.2f} {i:4d} {article.explain[i].reason[:20]:20s} "
                          f"{lines[i][:100]}")
    print("| text set | source set | flattener | pages | F1 | P | R | ending early after a box | "
          "after a box too long to bridge | their late gold share (median) | "
          "recall lost, mean over pages |")
    for group in sorted(scores):
        s = score_set(scores[group])
        shares = early[group]
        lost = sum(shares) / len(scores[group])
        median = statistics.median(shares) if shares else 0.0
        print(f"| {group[0]} | {group[1]} | {group[2]} | {s.pages} | {s.f1:.4f} | "
              f"{s.precision:.4f} | {s.recall:.4f} | {len(shares)} | {long_box[group]} | "
              f"{median:.3f} | {lost:.4f} |")


if __name__ == "__main__":
    main()
