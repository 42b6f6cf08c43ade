"""The measurement behind the choice of HTML parser: parse, and parse + one full walk.

    python -m bench.parsers [--pages 300] [--repeats 3] [--write]

Same heldout pages as bench/speed.py (spread over every body set and trafilatura.jsonl.gz),
one process, parsers taken in turn, `--repeats` rounds, medians quoted. The walk visits
every node and reads what a block segmenter reads: tag, `class` and `id`, and the text.

- lxml.html: `document_fromstring` with lxml's default HTML parser.
- lxml (pressclip): `pressclip.parse.html.parse_html`, i.e. lxml with pressclip's parser
  options and input checks: what the extractor actually pays.
- selectolax lexbor: `LexborHTMLParser`, walk with `traverse(include_text=True)`.
- resiliparse: `HTMLTree.parse`, walk with `traverse_dom`.
Whole extractions (pressclip.extract, trafilatura with metadata) are given for scale.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable

from bench.anchors import quiet_peer_logs, trafilatura_full
from bench.report import header, table, write_section
from bench.speed import pick_pages

SECTION = "parsers"


def _lxml_parse(page: str) -> object:
    import lxml.html

    return lxml.html.document_fromstring(page)


def _lxml_walk(root: object) -> int:
    seen = 0
    for element in root.iter():  # type: ignore[attr-defined]
        seen += 1
        if isinstance(element.tag, str):
            element.get("class")
            element.get("id")
        element.text  # noqa: B018 - reading the text is the work measured
        element.tail  # noqa: B018
    return seen


def _pressclip_parse(page: str) -> object:
    from pressclip.parse.html import parse_html

    return parse_html(page)


def _lexbor_parse(page: str) -> object:
    from selectolax.lexbor import LexborHTMLParser

    return LexborHTMLParser(page)


def _lexbor_walk(tree: object) -> int:
    seen = 0
    for node in tree.root.traverse(include_text=True):  # type: ignore[attr-defined]
        seen += 1
        if node.is_text_node:
            node.text_content  # noqa: B018
        else:
            attributes = node.attributes
            attributes.get("class")
            attributes.get("id")
            node.tag  # noqa: B018
    return seen


def _resiliparse_parse(page: str) -> object:
    from resiliparse.parse.html import HTMLTree

    return HTMLTree.parse(page)


def _resiliparse_walk(tree: object) -> int:
    from resiliparse.parse.html import NodeType, traverse_dom

    seen = [0]

    def visit(context: object) -> None:
        node = context.node  # type: ignore[attr-defined]
        seen[0] += 1
        if node.type == NodeType.TEXT:
            node.text  # noqa: B018
        elif node.type == NodeType.ELEMENT:
            node.tag  # noqa: B018
            node.getattr("class")
            node.getattr("id")

    traverse_dom(tree.document, visit)  # type: ignore[attr-defined]
    return seen[0]


PARSERS: dict[str, tuple[Callable[[str], object], Callable[[object], int]]] = {
    "lxml.html": (_lxml_parse, _lxml_walk),
    "lxml (pressclip parse_html)": (_pressclip_parse, _lxml_walk),
    "selectolax lexbor": (_lexbor_parse, _lexbor_walk),
    "resiliparse": (_resiliparse_parse, _resiliparse_walk),
}


def _pressclip_extract(page: str) -> object:
    import pressclip

    try:
        return pressclip.extract(page)
    except pressclip.ExtractionError:
        return None


WHOLE: dict[str, Callable[[str], object]] = {
    "pressclip.extract (whole)": _pressclip_extract,
    "trafilatura with metadata (whole)": lambda page: trafilatura_full(page, None),
}


def _time_each(pages: list[str], fn: Callable[[str], object]) -> list[float]:
    times = []
    for page in pages:
        t0 = time.perf_counter()
        fn(page)
        times.append(time.perf_counter() - t0)
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--write", action="store_true",
                        help="replace the parsers section of bench/RESULTS.md")
    args = parser.parse_args(argv)
    quiet_peer_logs()
    pages = [p["html"] for p in pick_pages(args.pages)]

    jobs: dict[str, Callable[[str], object]] = {}
    for name, (parse, walk) in PARSERS.items():
        jobs[f"{name}: parse"] = parse
        jobs[f"{name}: parse + walk"] = lambda page, parse=parse, walk=walk: walk(parse(page))
    jobs.update(WHOLE)
    for fn in jobs.values():  # imports and lazy initialisation stay out of the timings
        fn(pages[0])

    totals: dict[str, list[float]] = {name: [] for name in jobs}
    medians: dict[str, list[float]] = {name: [] for name in jobs}
    for repeat in range(args.repeats):
        for name, fn in jobs.items():
            times = _time_each(pages, fn)
            totals[name].append(sum(times))
            medians[name].append(statistics.median(times))
        print(f"  round {repeat + 1}/{args.repeats} done", file=sys.stderr, flush=True)

    rows = []
    for name in jobs:
        total = statistics.median(totals[name])
        rows.append((
            name,
            f"{total * 1000:.0f}",
            f"{statistics.median(medians[name]) * 1000:.2f}",
            f"{len(pages) / total:.0f}",
        ))
    markdown = "\n".join([
        header("HTML parsers"),
        f"{len(pages)} heldout pages ({sum(map(len, pages)) / 1e6:.1f} M characters), one "
        f"process, medians of {args.repeats} rounds. Method in the docstring of "
        "bench/parsers.py.\n",
        table(("job", f"total ms ({len(pages)} pages)", "median ms/page", "pages/s"), rows),
    ])
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
