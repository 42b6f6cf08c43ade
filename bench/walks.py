"""The walks of the whole tree that one extraction makes, and what each costs a page.

    python -m bench.walks [--sets fundus_dev] [--repeats 3] [--limit N]

On the *train* pages of --sets (the figure steers speed work), each page is parsed, then
the walks that core.extract makes over the whole tree (or part of it) run on it in
extract's order, each timed with `time.process_time`: the parse (for scale), the metadata's
compiled page walk (meta and link tags, JSON-LD texts, itemprop and comment-class elements,
h1 and time elements), the byline window around the first h1, the cleaner's walk for its
<noscript> and hidden elements, its strip of never-text elements (short <noscript>s with
them), the <noscript>s of the pages where they may be kept (their text measured again and
stripped, or their tags), the block segmentation, and the tree's release. A whole extraction of
the same page is timed beside them, so that each walk reads as a share of it. The table
gives, per walk, the pages it ran on and the median over pages of the median over repeats.
The walks that run only on some pages for want of something (the loose-date walk of a page
the byline does not date, the later h1s' window) are not listed.
"""

from __future__ import annotations

import argparse
import statistics
import time

from lxml import etree
from pressclip.locate._walk import noscripts_and_hidden, page_tags, segment

from bench import datasets
from bench.report import header, table
from pressclip import clean as cleaning
from pressclip import extract
from pressclip.metadata.byline import window_around
from pressclip.parse.html import read_page

WALKS = ("parse", "page_tags", "byline window", "noscripts and hidden", "strip",
         "long noscript", "segment", "release")


def _walks(html: str, spent: dict[str, float]) -> None:
    """One page's walks in extract's order, each one's CPU seconds into `spent`."""
    clock = [time.process_time()]

    def lap(name: str) -> None:
        now = time.process_time()
        spent[name] = now - clock[0]
        clock[0] = now

    root = read_page(html)[1]
    lap("parse")
    tags = page_tags(root)
    lap("page_tags")
    h1s = tags[5]
    window = window_around(root, h1s[0] if h1s else None)
    lap("byline window")
    noscripts, hidden = noscripts_and_hidden(root, cleaning._NEVER_TEXT_TAGS,
                                             cleaning._HIDDEN_STYLE)
    lap("noscripts and hidden")
    # clean.clean's choice, timed with the strip: a short <noscript> goes in the same strip.
    if noscripts and sum(len(cleaning._TEXT_OF(e)) for e in noscripts) < \
            cleaning._NOSCRIPT_MIN_CHARS:
        etree.strip_elements(root, *cleaning._NEVER_TEXT, "noscript", with_tail=False)
        lap("strip")
    else:
        etree.strip_elements(root, *cleaning._NEVER_TEXT, with_tail=False)
        lap("strip")
        if noscripts:
            cleaning._drop_or_keep_noscript(root, noscripts)
            lap("long noscript")
    blocks = segment(root)
    lap("segment")
    # The tree goes when the last object that holds a part of it does.
    del tags, h1s, window, noscripts, hidden, blocks, root
    lap("release")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(datasets.MODERN_SETS))
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--limit", type=int, default=0, help="train pages a set (0: all)")
    args = parser.parse_args(argv)
    pages = [(row["html"], row.get("url")) for name in args.sets
             for row in datasets.rows(name, split="train", limit=args.limit or None)]
    for html, url in pages[:3]:  # imports and lazy tables, not timed
        extract(html, url, facts=False)
    runs: list[list[dict[str, float]]] = [[] for _ in pages]
    for _ in range(args.repeats):
        for i, (html, url) in enumerate(pages):
            spent: dict[str, float] = {}
            _walks(html, spent)
            started = time.process_time()
            extract(html, url, facts=False)
            spent["extract"] = time.process_time() - started
            runs[i].append(spent)
    rows = []
    whole = statistics.median(statistics.median(r["extract"] for r in page) for page in runs)
    for name in (*WALKS, "extract"):
        medians = [statistics.median(r[name] for r in page) for page in runs if name in page[0]]
        ms = 1000 * statistics.median(medians)
        rows.append([name, len(medians), f"{ms:.3f}", f"{ms / (1000 * whole):.1%}"])
    print(header("Whole-tree walks of an extraction (train pages)"))
    print(f"{len(pages)} train pages of {', '.join(args.sets)}: median CPU ms a page (each "
          f"page's median of {args.repeats} repeats), and its share of the median page's whole "
          "extraction (facts off).\n")
    print(table(["walk", "pages", "median ms", "of extract"], rows))


if __name__ == "__main__":
    main()
