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
trafilatura read. With --credits, the pages where pressclip credits no person (an
organisation, the site, a desk or a wire: names that `clean_authors` keeps only as credits)
are counted instead, by the source whose raw text names the credit and by what the gold holds
there (the same credit, [], a person, other wording): the organisation-as-author convention
each set's gold follows. Read it on the train split only.
"""

from __future__ import annotations

import argparse
import hashlib
from collections import Counter
from collections.abc import Callable, Iterator

from bench import datasets
from bench.anchors import page_url
from bench.metadata import authors_f1
from bench.metadata_dev import _author_sources, _meta_rows, _trafilatura_reader

SOURCES = ("JSON-LD", "meta", "microdata", "visible byline")
# The raw strings a credit may come from, in the order read_metadata asks them.
CREDIT_SOURCES = ("JSON-LD organisation", "JSON-LD", "meta", "microdata", "visible byline")
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


def _squashed(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def credit_keys(gold: list[str], ours: list[str], raw: dict[str, list[str]],
                people: Callable[[list[str]], list[str]]) -> list[str]:
    """Where pressclip credits no person (`people`, the page's person filter, keeps none of
    its names): the first source whose raw strings hold its credit, and what the gold holds
    ("the same credit", "[]", "a person" where `people` keeps a gold name, else "other
    wording"). Nothing for a page whose credit names a person, or that credits no one."""
    if not ours or people(ours):
        return []
    wanted = [_squashed(n) for n in ours if _squashed(n)]
    source = next((name for name in CREDIT_SOURCES
                   if any(w in _squashed(text) for text in raw.get(name, []) for w in wanted)),
                  "no source")
    gold_holds = ("the same credit" if authors_f1(ours, gold) >= RIGHT else "[]" if not gold
                  else "a person" if people(gold) else "other wording")
    return [f"credit from {source}: gold {gold_holds}"]


def _raw_credits(tree, url: str | None) -> tuple[dict[str, list[str]], Callable]:
    """Each credit source's raw strings, and the page's person filter (its site names and
    its address's keys excluded, as read_metadata excludes them)."""
    from pressclip.metadata.authors import clean_authors
    from pressclip.metadata.byline import read_byline
    from pressclip.metadata.jsonld import read_jsonld
    from pressclip.metadata.marks import find_marks
    from pressclip.metadata.meta import read_meta
    from pressclip.metadata.microdata import read_microdata
    from pressclip.metadata.titles import site_keys

    meta, links = read_meta(tree)
    jsonld = read_jsonld(tree)
    micro = read_microdata(find_marks(tree).itemprops)
    excluded = {n for n in (meta.site_name, meta.publisher, jsonld.site_name,
                            jsonld.publisher) if n}
    host = site_keys([], links.get("canonical") or url)
    raw = {"JSON-LD organisation": jsonld.organisation_authors, "JSON-LD": jsonld.authors,
           "meta": meta.authors, "microdata": micro.authors,
           "visible byline": read_byline(tree, authors=True, date=False).authors}
    return raw, lambda names: clean_authors(names, excluded, host=host)


def count_credits(split: str, show: bool) -> Counter[tuple[str, str, int]]:
    """credit_keys of every page of `split` with author gold, by set and half of the sites."""
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    counts: Counter[tuple[str, str, int]] = Counter()
    for row in _meta_rows(split, None):
        if row["authors"] is None:
            continue
        tree = parse_html(row["html"])
        ours = read_metadata(tree, page_url(row)).authors
        raw, people = _raw_credits(tree, page_url(row))
        for key in credit_keys(row["authors"], ours, raw, people):
            counts[(row["dataset"], key, site_half(row))] += 1
            if show:
                print(f"{row['dataset']} {datasets.site_of(row)} {key}: ours {ours!r} "
                      f"gold {row['authors']!r}")
    return counts


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
    parser.add_argument("--credits", action="store_true",
                        help="count the pages that credit no person, by source and gold")
    parser.add_argument("--show", action="store_true", help="with --credits: each page too")
    args = parser.parse_args(argv)
    if args.credits:
        _print(args.split, count_credits(args.split, args.show))
        return
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
    _print(args.split, counts)


def _print(split: str, counts: Counter[tuple[str, str, int]]) -> None:
    for name, key in sorted({(n, k) for n, k, _ in counts}):
        print(f"{split} {name:12s} {key:45s} half 0: {counts[(name, key, 0)]:4d}  "
              f"half 1: {counts[(name, key, 1)]:4d}")


if __name__ == "__main__":
    main()
