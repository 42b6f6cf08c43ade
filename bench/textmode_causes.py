"""Why inscriptis text scores under resiliparse text of the same page: F1 at stake per cause.

Both flatteners render the same modern train page (textmode_fundus_dev). extract_text reads
each text (explain mode: one decision a line); lines are matched across the two texts by
their normalised text (the k-th copy of a line in one text to the k-th copy in the other).
Each cause is scored as what inscriptis's page F1 would gain if it were taken away, the
rest of its decisions left as they are:
- "shared line, decided apart": a line both texts hold, kept in one and left out in the
  other; inscriptis takes resiliparse's decision. Split by the reason of the flattener that
  got it wrong (explain's reason: a low score of the line model, furniture, before the
  headline ...), since a low score means the line's features or neighbourhood moved and a
  pass's reason means the pass reads the two texts apart.
- "inscriptis-only line kept": a line only inscriptis writes (captions and credits between
  the paragraphs, a gallery's counter) that it keeps: taken out.
- "resiliparse-only line": a line only resiliparse writes that it keeps (cannot be given to
  inscriptis; its F1 counted for the record: resiliparse's own F1 without those lines).
Beside them, on every train page of both text sets (no model read): lines between two
gold lines that are insets (layout.py: indented deeper than both neighbours, which share
one depth), gold or not, per set and flattener: what the layout columns can tell.
For the shared lines decided apart by the line model's score, the columns of the model
(MODEL_FEATURES) that differ most between the two texts' copies of the line (mean absolute
difference over those lines, against the same over shared lines decided alike) say which
features the flattener moves.

Train pages only (their errors may be read). With --model, the tuning sites of --tune-fold
(the `--quick` trees never saw them: out of fold); with --all-train, every modern train
page with the shipped model (in sample).

    python -m training.train_textmode --cache /tmp/tm --quick --out /tmp/quick.json
    python -m bench.textmode_causes --model /tmp/quick.json
    python -m bench.textmode_causes --model /tmp/q1.json --tune-fold 1
    python -m bench.textmode_causes --all-train
    python -m bench.textmode_causes --insets-only                    # the inset counts alone
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from bench import datasets
from bench.scoring import score_page, score_set
from bench.textmode_pairs import page_rows
from pressclip.textmode import extract as text_extract
from pressclip.textmode import layout
from pressclip.textmode.lines import split_lines
from pressclip.textmode.model import MODEL_FEATURES, LineModel, load_model

MODERN = "textmode_fundus_dev"
# A cause is counted on a page when it moves the page's F1 by at least this much.
MOVES = 0.005
# Columns listed per cause.
TOP_COLUMNS = 12
SCORE_REASONS = ("low article score", "boilerplate")


def decisions(text: str) -> tuple[list[str], list[bool], list[str]]:
    """(lines, kept, reason) of extract_text's explain mode."""
    explain = text_extract.extract_text(text, explain=True).explain or []
    return ([d.text for d in explain], [d.kept for d in explain], [d.reason for d in explain])


def match(a: list[str], b: list[str]) -> list[int | None]:
    """For each line of `a`, the index of the same line in `b` (k-th copy to k-th copy)."""
    where: dict[str, list[int]] = defaultdict(list)
    for j, line in enumerate(b):
        where[line].append(j)
    seen: Counter[str] = Counter()
    out: list[int | None] = []
    for line in a:
        copies = where.get(line, [])
        out.append(copies[seen[line]] if seen[line] < len(copies) else None)
        seen[line] += 1
    return out


def body(lines: list[str], kept: list[bool]) -> str:
    return "\n".join(line for line, k in zip(lines, kept, strict=True) if k)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a model written by train_textmode --quick")
    parser.add_argument("--tune-fold", type=int, default=0,
                        help="the quarter of train sites the model was fitted without")
    parser.add_argument("--all-train", action="store_true",
                        help="every modern train page, with the shipped model (in sample)")
    parser.add_argument("--insets-only", action="store_true",
                        help="only the inset counts on every train page")
    args = parser.parse_args(argv)
    if args.insets_only:
        print_insets()
        return
    if args.model:
        model = load_model(args.model)
        text_extract.load_model = lambda: model
    elif args.all_train:
        model = load_model()
    else:
        parser.error("--model (out of fold) or --all-train (shipped model, in sample)")
    pairs = page_rows(None if args.all_train else args.tune_fold)
    base: dict[str, list] = defaultdict(list)
    per_page: list[dict[str, object]] = []
    moved: Counter[str] = Counter()
    diffs: dict[str, list[np.ndarray]] = defaultdict(list)
    for (name, _), rows in sorted(pairs.items()):
        if name != MODERN or len(rows) != 2:
            continue
        ins, res = rows["inscriptis"], rows["resiliparse"]
        gold = ins["body"]
        i_lines, i_kept, i_why = decisions(ins["text"])
        r_lines, r_kept, r_why = decisions(res["text"])
        to_r = match(i_lines, r_lines)
        to_i = match(r_lines, i_lines)
        i_score = score_page(gold, body(i_lines, i_kept))
        base["inscriptis"].append(i_score)
        base["resiliparse"].append(score_page(gold, body(r_lines, r_kept)))
        r_own = [k and j is None for k, j in zip(r_kept, to_i, strict=True)]
        base["resiliparse without its own lines"].append(score_page(
            gold, body(r_lines, [k and not o for k, o in zip(r_kept, r_own, strict=True)])))
        fixed: dict[str, object] = {}
        for cause, keep in _causes(i_kept, r_kept, i_why, r_why, to_r).items():
            fixed[cause] = page = score_page(gold, body(i_lines, keep))
            if abs(page.f1 - i_score.f1) >= MOVES:
                moved[cause] += 1
        per_page.append({"base": i_score, **fixed})
        _feature_diffs(model, (ins["text"], res["text"]), (i_lines, r_lines), to_r,
                       (i_kept, r_kept), (i_why, r_why), diffs)
    ins_f1 = score_set(base["inscriptis"]).f1
    print(f"{len(per_page)} modern train pages: "
          + ", ".join(f"{k} {score_set(v).f1:.4f}" for k, v in base.items()) + "\n")
    print("| cause | pages moved (>= 0.005) | inscriptis F1 without it | at stake |")
    print("|---|---|---|---|")
    causes = {c for page in per_page for c in page} - {"base"}
    # A page without the cause keeps its own score.
    sets = {c: score_set([page.get(c, page["base"]) for page in per_page]).f1 for c in causes}
    for cause in sorted(causes, key=lambda c: -sets[c]):
        print(f"| {cause} | {moved[cause]} | {sets[cause]:.4f} | {sets[cause] - ins_f1:+.4f} |")
    print_insets()
    for group, rows_ in diffs.items():
        if group == "alike" or not rows_:
            continue
        apart = np.mean(np.abs(np.vstack(rows_)), axis=0)
        alike = np.mean(np.abs(np.vstack(diffs["alike"])), axis=0)
        order = np.argsort(-(apart - alike))[:TOP_COLUMNS]
        print(f"\nColumns that move most on shared lines decided apart by the score "
              f"({group}, {len(rows_)} lines; mean |inscriptis - resiliparse|, apart vs alike):")
        for c in order:
            print(f"  {MODEL_FEATURES[c]}: {apart[c]:.3f} vs {alike[c]:.3f}")


def print_insets() -> None:
    """Lines between two gold lines (training's labels) that are insets, gold or not."""
    from training.train_textmode import TRAIN_SETS, line_labels

    inset = layout.LAYOUT_NAMES.index("inset")
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for name in TRAIN_SETS:
        for row in datasets.rows(name, split="train"):
            lines = split_lines(row["text"])
            if not row.get("body") or not lines:
                continue
            gold = line_labels(lines, row["body"])
            insets = layout.columns(row["text"], len(lines))[:, inset]
            for i in range(1, len(lines) - 1):
                if gold[i - 1] and gold[i + 1]:
                    key = "gold" if gold[i] else "not gold"
                    counts[(name, row["flattener"])][key] += 1
                    counts[(name, row["flattener"])][f"{key}, inset"] += int(insets[i])
    print("\nLines between two gold lines, train pages of both sets:\n")
    print("| text set | flattener | gold | of them insets | not gold | of them insets |")
    print("|---|---|---|---|---|---|")
    for (name, flattener), c in sorted(counts.items()):
        print(f"| {name} | {flattener} | {c['gold']} | {c['gold, inset']} | {c['not gold']} | "
              f"{c['not gold, inset']} |")


def _causes(i_kept: list[bool], r_kept: list[bool], i_why: list[str], r_why: list[str],
            to_r: list[int | None]) -> dict[str, list[bool]]:
    """Cause -> inscriptis's decisions with that cause taken away."""
    causes: dict[str, list[bool]] = {}
    shared = list(i_kept)
    for i, j in enumerate(to_r):
        if j is None:
            continue
        shared[i] = r_kept[j]
        if i_kept[i] == r_kept[j]:
            continue
        # The reason of the side that left the line out (the other kept it).
        why = (i_why[i] if not i_kept[i] else r_why[j]).split(":")[0]
        side = "inscriptis drops" if not i_kept[i] else "inscriptis keeps"
        causes.setdefault(f"shared, {side}: {why}", list(i_kept))[i] = r_kept[j]
    causes["every shared line as resiliparse decides it"] = shared
    own = [k and j is None for k, j in zip(i_kept, to_r, strict=True)]
    if any(own):
        causes["inscriptis-only line kept"] = [k and not o for k, o in
                                               zip(i_kept, own, strict=True)]
    return causes


def _feature_diffs(model: LineModel, texts: tuple[str, str],
                   lines: tuple[list[str], list[str]], to_r: list[int | None],
                   kept: tuple[list[bool], list[bool]], why: tuple[list[str], list[str]],
                   diffs: dict[str, list[np.ndarray]]) -> None:
    """Row differences (inscriptis - resiliparse) of the model's columns on shared lines:
    those the score decided apart (grouped by which side dropped) and those decided alike.
    Each pair is (inscriptis, resiliparse)."""
    xi, xr = model.matrix(lines[0], texts[0]), model.matrix(lines[1], texts[1])
    (i_kept, r_kept), (i_why, r_why) = kept, why
    for i, j in enumerate(to_r):
        if j is None:
            continue
        if i_kept[i] == r_kept[j]:
            diffs["alike"].append(xi[i] - xr[j])
        elif not i_kept[i] and i_why[i] in SCORE_REASONS:
            diffs["inscriptis drops a line resiliparse keeps"].append(xi[i] - xr[j])
        elif i_kept[i] and r_why[j] in SCORE_REASONS:
            diffs["inscriptis keeps a line resiliparse drops"].append(xi[i] - xr[j])


if __name__ == "__main__":
    main()
