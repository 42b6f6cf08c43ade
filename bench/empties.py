"""Article pages given no body, or a collapsed one, and the pass that emptied each.

For every article page of the full-body sets, pressclip's body is scored; a page is counted
when that body is empty, or scores under COLLAPSED_F1 while trafilatura's reaches
TRAFILATURA_GOOD_F1 (trafilatura runs only on the pages pressclip gets wrong). Each counted
page is put down to the first pass that left it without its article, found by running the
locator's passes one by one:

- `no blocks`: the cleaned page holds no text block (the cleaner, the walk);
- `selection: nothing kept`: no block cleared the keep threshold and the fallback region is
  empty;
- `gate: one furniture block`: the rule before the trees (one block, in a container named as
  furniture) said "no article";
- `gate: trees`: the no-article trees said "no article";
- `selection missed`: the locator kept text, but not the article (selection F1 under
  COLLAPSED_F1);
- `after the locator`: the locator's selection held the article, a later pass took it out
  (hidden text, page data, edges, credits).

Each row also gives the selection's body F1 before the gate: a gate that empties a
selection of F1 0.5 or more threw an article away; one that empties a poor selection lost
little. The gate's decisions on train pages are in-sample: its out-of-fold view is
`python -m training.train_no_article`.

    python -m bench.empties --split train             # counts and every page (train only)
    python -m bench.empties --sets dragnet cleaneval  # heldout: counts only

Heldout pages are counted, never listed: their errors are not read to make rules.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter

from bench import datasets
from bench.anchors import anchor, page_url, quiet_peer_logs
from bench.report import Progress, table
from bench.scoring import score_page, tokens

COLLAPSED_F1 = 0.2
TRAFILATURA_GOOD_F1 = 0.8
GOOD_SELECTION_F1 = 0.5
CAUSES = ("no blocks", "selection: nothing kept", "gate: one furniture block", "gate: trees",
          "selection missed", "after the locator")


def cause(html: str, url: str | None, gold: str) -> tuple[str, float]:
    """The first pass that left the page without its article, and the body F1 of the
    locator's selection before the no-article decision."""
    from pressclip.clean import clean
    from pressclip.intake import page_text
    from pressclip.locate import select
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    tree = parse_html(page_text(html, None))
    hint = read_metadata(tree, url).article_body
    clean(tree)
    raw, keep, _, found = select(tree, hint)
    text = "\n\n".join(b.text for b, k in zip(raw, keep, strict=True) if k)
    f1 = score_page(gold, text).f1
    if not raw:
        return "no blocks", f1
    if not keep.any():
        return "selection: nothing kept", f1
    if not found.is_article():
        if found.blocks == 1 and found.furniture >= 1.0:
            return "gate: one furniture block", f1
        return "gate: trees", f1
    if f1 < COLLAPSED_F1:
        return "selection missed", f1
    return "after the locator", f1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(datasets.BODY_SETS),
                        choices=datasets.BODY_SETS)
    parser.add_argument("--split", choices=("heldout", "train"), default="heldout")
    parser.add_argument("--limit", type=int, help="at most this many pages per set")
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    quiet_peer_logs()
    pressclip, trafilatura = anchor("pressclip"), anchor("trafilatura")
    counts: Counter[tuple[str, str, str]] = Counter()
    pages: Counter[str] = Counter()
    listed = []
    for name in args.sets:
        progress = Progress(name)
        for row in datasets.rows(name, split=args.split, limit=args.limit):
            if not tokens(row.get("body")):
                continue
            pages[name] += 1
            progress.step()
            url = page_url(row)
            text = pressclip(row["html"], url)["text"]
            ours = score_page(row["body"], text)
            empty = not tokens(text)
            if not empty and ours.f1 >= COLLAPSED_F1:
                continue
            theirs = score_page(row["body"], trafilatura(row["html"], url)["text"]).f1
            if not empty and theirs < TRAFILATURA_GOOD_F1:
                continue
            why, selection_f1 = cause(row["html"], url, row["body"])
            kind = "empty" if empty else "collapsed"
            counts[(name, kind, why)] += 1
            listed.append({"set": name, "id": row["id"], "lang": row.get("lang"), "kind": kind,
                           "cause": why, "pressclip": round(ours.f1, 3),
                           "trafilatura": round(theirs, 3),
                           "selection": round(selection_f1, 3)})
        progress.finish()
    if args.split == "train":
        for item in listed:
            print(json.dumps(item))
    rows = [(name, kind, why, n) for (name, kind, why), n in sorted(counts.items())]
    print(f"\nArticle pages of the **{args.split}** split given no body (`empty`) or "
          f"collapsed (F1 under {COLLAPSED_F1} where trafilatura reaches "
          f"{TRAFILATURA_GOOD_F1}), by the pass that emptied them; pages per set: "
          + ", ".join(f"{name} {n}" for name, n in pages.items()) + "\n")
    print(table(("set", "kind", "cause", "pages"), rows))
    by_cause = Counter()
    for (_, _, why), n in counts.items():
        by_cause[why] += n
    good = sum(1 for item in listed if item["cause"].startswith("gate")
               and item["selection"] >= GOOD_SELECTION_F1)
    print("\nAll sets: " + ", ".join(f"{why} {by_cause[why]}" for why in CAUSES)
          + f"; of the gate's, {good} with a selection of body F1 {GOOD_SELECTION_F1} or more")


if __name__ == "__main__":
    main()
