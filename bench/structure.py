"""The article's structure on heldout pages: tables, figure captions, and body F1 around them.

1. Tables. On pages whose article holds a data table (a <table> of two rows or more and
   two columns, no nested table, no cell over MAX_CELL_CHARS, whose cells of three
   characters or more are at least TABLE_GOLD_SHARE in the page's gold: the body, else the
   `with` segments), the share of those tables that come out as tables (pressclip: a TABLE
   block holding at least half of its cells; trafilatura's Markdown: pipe-table lines
   holding at least half of them), and the share of their cells found in each extractor's
   text.
2. Figures. On pages whose article has a <figure> with a <figcaption> (the figure sits next
   to a paragraph of the gold), the share of pages with a caption in pressclip's `images`
   (target: 80%), and for every extractor the share of those captions left out of the text.
3. Body F1 (bench.body) of pressclip and trafilatura on every full-body set, with
   `--baseline SRC` also that of pressclip from another source tree (the commit before this
   work), so that "before" and "after" come from one run; and then the CPU time of
   extract() on the same pages against the baseline's.

    python -m bench.structure                       # all sets with HTML, heldout
    python -m bench.structure --baseline /tmp/base/src --write

Per set and per language (the rows' `lang`). Prints Markdown; progress on stderr.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import html as lxml_html

import pressclip
from bench import datasets
from bench.anchors import Anchor, anchor, page_url, quiet_peer_logs
from bench.report import Progress, header, table, write_section
from pressclip.record import TABLE

SECTION = "structure"
SETS = ("fundus_dev", "trafilatura", "readability", "dragnet", "l3s_gn1", "cleaneval",
        "cleanportaleval")
ANCHORS = ("trafilatura", "readability", "newspaper4k")
# Cells shorter than this ("3", "-") are in every text: they say nothing of where a table is.
MIN_CELL_CHARS = 3
MIN_CELLS = 2
# A cell longer than this is a page region (the whole story in one cell of a layout table),
# not a value: such a table is no data table, whatever its text.
MAX_CELL_CHARS = 400
# A table is the article's when this share of its cells is in the gold.
TABLE_GOLD_SHARE = 0.6
# A table "comes out as a table" when one table of the output holds this share of its cells.
AS_TABLE_SHARE = 0.5
# A figure is the article's when a paragraph this long next to it (within FIGURE_LEVELS
# ancestors) is in the gold.
MIN_PARAGRAPH_CHARS = 80
FIGURE_LEVELS = 4
MIN_CAPTION_WORDS = 3
# A caption in `images` matches the page's figcaption when it shares this share of its words.
CAPTION_MATCH = 0.6
BODY_SETS = datasets.BODY_SETS
# The pages whose extraction CPU time is compared with the baseline's.
COST_SETS = ("fundus_dev", "l3s_gn1", "cleaneval")
_COST_CHILD = """
import sys, time
from bench import datasets
import pressclip
pages = [r for name in sys.argv[1:] for r in datasets.rows(name, split="heldout")]
for r in pages[:5]:
    pressclip.extract(r["html"], url=r["url"], facts=False)  # warm: model, caches
start = time.process_time()
for r in pages:
    pressclip.extract(r["html"], url=r["url"], facts=False)
print(len(pages), time.process_time() - start)
"""
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"\w+")


def norm(text: str | None) -> str:
    return _SPACES.sub(" ", text or "").strip().lower()


def gold_of(row: dict) -> str:
    return norm(row.get("body") or " ".join(row.get("with") or []))


@dataclass
class Tally:
    """Counts of one group (a set, a language) for one extractor."""

    tables: int = 0
    as_tables: int = 0
    cells: int = 0
    cells_found: int = 0
    figure_pages: int = 0
    caption_pages: int = 0
    captions: int = 0
    captions_out: int = 0


@dataclass
class Page:
    tables: list[list[str]] = field(default_factory=list)  # cells of each article table
    captions: list[str] = field(default_factory=list)  # normalised article figcaptions


def read_page(row: dict, gold: str) -> Page:
    page = Page()
    if not gold:
        return page
    try:
        tree = lxml_html.fromstring(row["html"])
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return page
    for t in tree.iter("table"):
        if any(True for _ in t.iterdescendants("table")):
            continue
        rows = list(t.iter("tr"))
        # One column is a list (often a menu) set in a table, not a grid of values.
        if len(rows) < 2 or max(sum(c.tag in ("td", "th") for c in r) for r in rows) < 2:
            continue
        cells = [norm(c.text_content()) for c in t.iter("td", "th")]
        if any(len(c) > MAX_CELL_CHARS for c in cells):
            continue
        cells = [c for c in cells if len(c) >= MIN_CELL_CHARS]
        if len(cells) < MIN_CELLS:
            continue
        if sum(c in gold for c in cells) >= TABLE_GOLD_SHARE * len(cells):
            page.tables.append(cells)
    for figure in tree.iter("figure"):
        caption_el = next(figure.iter("figcaption"), None)
        if caption_el is None:
            continue
        caption = norm(caption_el.text_content())
        if len(_WORDS.findall(caption)) < MIN_CAPTION_WORDS or not _beside_gold(figure, gold):
            continue
        page.captions.append(caption)
    return page


def _beside_gold(figure, gold: str) -> bool:
    node = figure
    for _ in range(FIGURE_LEVELS):
        node = node.getparent()
        if node is None:
            return False
        for p in node.iter("p"):
            text = norm(p.text_content())
            if len(text) >= MIN_PARAGRAPH_CHARS and text in gold:
                return True
    return False


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text))


def caption_matches(caption: str, images: list) -> bool:
    want = _words(caption)
    for image in images:
        got = _words(norm(" ".join(x for x in (image.caption, image.credit) if x)))
        if want and len(want & got) >= CAPTION_MATCH * len(want):
            return True
    return False


def markdown_tables(markdown: str) -> str:
    return norm("\n".join(line for line in markdown.split("\n") if line.startswith("|")))


def trafilatura_markdown(html: str, url: str | None) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url, output_format="markdown", include_tables=True,
                               include_comments=False) or ""


def pages(sets: list[str], limit: int | None) -> Iterator[tuple[str, dict, Page]]:
    for name in sets:
        progress = Progress(name)
        for row in datasets.rows(name, split="heldout"):
            if limit is not None and progress.done >= limit:
                break
            progress.step()
            if "<table" not in row["html"] and "<figcaption" not in row["html"]:
                continue
            page = read_page(row, gold_of(row))
            if page.tables or page.captions:
                yield name, row, page
        progress.finish()


def measure(sets: list[str], anchors: list[Anchor], limit: int | None
            ) -> dict[tuple[str, str, str], Tally]:
    """Tallies keyed by (extractor, "set" or "language", group)."""
    out: dict[tuple[str, str, str], Tally] = defaultdict(Tally)
    for name, row, page in pages(sets, limit):
        url = page_url(row)
        groups = [("set", name), ("language", row.get("lang") or "?"), ("set", "all")]
        try:
            article = pressclip.extract(row["html"], url=url)
            text = norm(article.text)
            table_cells = [set(map(norm, (c for r in b.rows for c in r)))
                           for b in article.blocks if b.kind == TABLE]
        except pressclip.ExtractionError:
            article, text, table_cells = None, "", []
        outputs = {"pressclip": text}
        for a in anchors:
            outputs[a.name] = norm(a(row["html"], url, row.get("lang"))["text"])
        traf_tables = markdown_tables(trafilatura_markdown(row["html"], url)) \
            if page.tables and "trafilatura" in outputs else ""
        for extractor, out_text in outputs.items():
            for kind, group in groups:
                tally = out[(extractor, kind, group)]
                for cells in page.tables:
                    tally.tables += 1
                    tally.cells += len(cells)
                    tally.cells_found += sum(c in out_text for c in cells)
                    if extractor == "pressclip":
                        tally.as_tables += any(
                            sum(c in got for c in cells) >= AS_TABLE_SHARE * len(cells)
                            for got in table_cells)
                    elif extractor == "trafilatura":
                        tally.as_tables += sum(c in traf_tables for c in cells) \
                            >= AS_TABLE_SHARE * len(cells)
                if page.captions:
                    tally.figure_pages += 1
                    tally.captions += len(page.captions)
                    tally.captions_out += sum(c not in out_text for c in page.captions)
                    if extractor == "pressclip" and article is not None:
                        tally.caption_pages += any(caption_matches(c, article.images)
                                                   for c in page.captions)
    return out


def share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def tables_table(tallies: dict[tuple[str, str, str], Tally], extractors: list[str],
                 kind: str) -> str:
    groups = sorted({g for (_, k, g), t in tallies.items() if k == kind and t.tables},
                    key=lambda g: (g == "all", g))
    rows = []
    for group in groups:
        for e in extractors:
            t = tallies[(e, kind, group)]
            structured = share(t.as_tables, t.tables) if e in ("pressclip", "trafilatura") \
                else "n/a"
            rows.append((group, e, t.tables, structured, t.cells,
                         share(t.cells_found, t.cells)))
    return table((kind, "extractor", "article tables", "as tables", "cells", "cells in text"),
                 rows)


def figures_table(tallies: dict[tuple[str, str, str], Tally], extractors: list[str],
                  kind: str) -> str:
    groups = sorted({g for (_, k, g), t in tallies.items() if k == kind and t.figure_pages},
                    key=lambda g: (g == "all", g))
    rows = []
    for group in groups:
        for e in extractors:
            t = tallies[(e, kind, group)]
            in_images = share(t.caption_pages, t.figure_pages) if e == "pressclip" else "n/a"
            rows.append((group, e, t.figure_pages, in_images, t.captions,
                         share(t.captions_out, t.captions)))
    return table((kind, "extractor", "pages", "caption in images", "captions",
                  "captions out of text"), rows)


_BODY_ROW = re.compile(r"^\| (pressclip|trafilatura) \| (\d+) \| ([\d.]+) \| ([\d.]+) \| "
                       r"([\d.]+) \|", re.M)


def body_f1(source: str | None, extractors: list[str]) -> dict[tuple[str, str], tuple]:
    """bench.body's F1, precision and recall per (set, extractor), run in a child process
    with `source` first on the import path (another pressclip tree) when given."""
    command = [sys.executable, "-m", "bench.body", "--sets", *BODY_SETS, "--no-segments",
               "--extractors", *extractors]
    out = subprocess.run(command, env=_child_env(source), capture_output=True, text=True,
                         check=True).stdout
    found: dict[tuple[str, str], tuple] = {}
    for name in BODY_SETS:
        part = out.split(f"### {name} ", 1)[1].split("###", 1)[0]
        for m in _BODY_ROW.finditer(part):
            found[(name, m.group(1))] = (int(m.group(2)), *map(float, m.group(3, 4, 5)))
    return found


def _child_env(source: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if source:
        env["PYTHONPATH"] = os.pathsep.join([source, os.getcwd()])
    return env


def cost_section(baseline: str) -> str:
    """CPU time of extract() (facts off) over the same pages, this tree and the baseline's,
    each in a child process, alternated twice; the ratio of the sums."""
    totals = {"baseline": 0.0, "this tree": 0.0}
    pages = 0
    for _ in range(2):
        for label, source in (("baseline", baseline), ("this tree", None)):
            out = subprocess.run([sys.executable, "-c", _COST_CHILD, *COST_SETS],
                                 env=_child_env(source), capture_output=True, text=True,
                                 check=True).stdout.split()
            pages, seconds = int(out[0]), float(out[1])
            totals[label] += seconds
    ratio = totals["this tree"] / totals["baseline"]
    return ("### Cost\n\nCPU time of `extract(facts=False)` over the heldout pages of "
            f"{', '.join(COST_SETS)} ({pages} pages), this tree against the baseline, each "
            "in a child process, two rounds alternated: "
            f"{totals['this tree'] / (2 * pages) * 1000:.2f} ms against "
            f"{totals['baseline'] / (2 * pages) * 1000:.2f} ms a page, ratio **{ratio:.2f}**.\n")


def body_section(baseline: str | None) -> str:
    after = body_f1(None, ["pressclip", "trafilatura"])
    before = body_f1(baseline, ["pressclip"]) if baseline else {}
    rows = []
    for name in BODY_SETS:
        if before:
            rows.append((name, "pressclip before", *before[(name, "pressclip")]))
        rows.append((name, "pressclip", *after[(name, "pressclip")]))
        rows.append((name, "trafilatura", *after[(name, "trafilatura")]))
    note = ("`pressclip before` is the tree given with `--baseline` (the record before "
            "tables, figures and captions left the text), run in the same run. "
            if baseline else "")
    return ("### Body F1 with captions out of the text\n\n" + note
            + "Heldout pages, `python -m bench.body` figures (shingle F1).\n\n"
            + table(("set", "extractor", "pages", "F1", "precision", "recall"), rows))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--extractors", nargs="+", default=list(ANCHORS),
                        help="anchors beside pressclip")
    parser.add_argument("--limit", type=int, help="at most this many pages read per set")
    parser.add_argument("--baseline", help="a pressclip source tree (its src/) to give "
                                           "body F1 before the change")
    parser.add_argument("--no-body", action="store_true", help="skip the body F1 part")
    parser.add_argument("--write", action="store_true",
                        help="replace the structure section of bench/RESULTS.md")
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    quiet_peer_logs()
    anchors = [anchor(name) for name in args.extractors if name != "pressclip"]
    extractors = ["pressclip", *(a.name for a in anchors)]
    tallies = measure(args.sets, anchors, args.limit)
    parts = [header("Article structure: tables, figures, captions"), "",
             "Heldout pages only. An *article table* is a <table> of two rows or more and two "
             f"columns, no nested table and no cell over {MAX_CELL_CHARS} characters (a "
             f"longer one is a page region: layout), whose cells of {MIN_CELL_CHARS}+ "
             f"characters are at least {TABLE_GOLD_SHARE:.0%} in the page's gold (body, else "
             f"`with` segments); it comes out *as a table* when one output table holds "
             f"{AS_TABLE_SHARE:.0%} of those cells (pressclip: a TABLE block; trafilatura: "
             "its Markdown output's pipe-table lines, `include_tables=True`); *cells in text* "
             "is the share of its cells found in the extractor's text. An *article "
             f"figcaption* is one of {MIN_CAPTION_WORDS}+ words in a <figure> within "
             f"{FIGURE_LEVELS} levels of a paragraph ({MIN_PARAGRAPH_CHARS}+ characters) of "
             "the gold. *Caption in images*: pages where pressclip's `images` give one of them "
             "(target 0.8); *captions out of text*: the share of them absent from the text "
             "(higher is cleaner).\n",
             "### Tables, per set\n\n" + tables_table(tallies, extractors, "set"),
             "### Tables, per language\n\n" + tables_table(tallies, extractors, "language"),
             "### Figure captions, per set\n\n" + figures_table(tallies, extractors, "set"),
             "### Figure captions, per language\n\n"
             + figures_table(tallies, extractors, "language")]
    if not args.no_body:
        parts.append(body_section(args.baseline))
    if args.baseline:
        parts.append(cost_section(args.baseline))
    for a in anchors:
        if a.error_messages:
            parts.append(f"- {a.name} errors ({a.errors}), e.g. {a.error_messages[0]}")
    markdown = "\n".join(parts) + "\n"
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
