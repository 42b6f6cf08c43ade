"""Which source holds a page's authors, which one pressclip took, by halves of the sites.

    python -m bench.metadata_authors [--split train] [--trafilatura]

For every page of one split with author gold (fundus_dev, the annotated trafilatura rows,
readability without its synthetic pages): the names of each author source as read_metadata
cleans them (JSON-LD, meta tags, microdata, the visible byline: bench.metadata_dev's
`_author_sources`) and read_metadata's own authors. A page where pressclip misses (authors
F1 under 1) is counted by the sources that hold the gold exactly, so that a rule for the
choice between sources is judged by how often the source it would take is right; and by
its kind of miss (names where the gold has none, none where it has some, other names).
Every count is given for each half of the sites (a stable hash of `datasets.site_of`), so
that a rule read on one half is checked on the other. With --trafilatura, the pages that
trafilatura's metadata gets right and pressclip does not are counted too, with what
trafilatura read. Read it on the train split only.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Iterator

from bench import datasets
from bench.anchors import page_url
from bench.metadata import authors_f1
from bench.metadata_dev import _author_sources, _meta_rows, _trafilatura_reader

SOURCES = ("JSON-LD", "meta", "microdata", "visible byline")
RIGHT = 0.999


def site_half(row: dict) -> int:
    """0 or 1 for the row's site, the same for every page of one site."""
    return hashlib.sha1(datasets.site_of(row).encode("utf-8")).digest()[0] % 2


def miss_keys(gold: list[str], ours: list[str], sources: dict[str, list[str]]) -> list[str]:
    """The counts a page adds to: nothing where pressclip is right, else its kind of miss
    and the sources that hold the gold exactly ("none" where no source does)."""
    if authors_f1(ours, gold) >= RIGHT:
        return []
    kind = ("names where the gold has none" if not gold
            else "no names" if not ours else "other names")
    holders = [s for s in SOURCES if sources.get(s) and authors_f1(sources[s], gold) >= RIGHT]
    return [f"miss: {kind}", "right in: " + (", ".join(holders) or "no source")]


def _pages(split: str) -> Iterator[tuple[dict, dict[str, list[str]], list[str]]]:
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    for row in _meta_rows(split, None):
        if row["authors"] is None:
            continue
        tree = parse_html(row["html"])
        yield row, _author_sources(tree), read_metadata(tree, page_url(row)).authors


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("train", "heldout"), default="train")
    parser.add_argument("--trafilatura", action="store_true")
    args = parser.parse_args(argv)
    peer = _trafilatura_reader() if args.trafilatura else None
    counts: Counter[tuple[str, str, int]] = Counter()
    for row, sources, ours in _pages(args.split):
        half, name = site_half(row), row["dataset"]
        counts[(name, "pages", half)] += 1
        for key in miss_keys(row["authors"], ours, sources):
            counts[(name, key, half)] += 1
        if peer is not None and authors_f1(ours, row["authors"]) < RIGHT:
            theirs = peer(row["html"], page_url(row))["authors"]
            if authors_f1(theirs, row["authors"]) >= RIGHT:
                counts[(name, "trafilatura right", half)] += 1
                print(f"trafilatura right: {row['id']} gold {row['authors']!r} "
                      f"ours {ours!r} theirs {theirs!r}")
    for name, key in sorted({(n, k) for n, k, _ in counts}):
        print(f"{args.split} {name:12s} {key:45s} half 0: {counts[(name, key, 0)]:4d}  "
              f"half 1: {counts[(name, key, 1)]:4d}")


if __name__ == "__main__":
    main()
