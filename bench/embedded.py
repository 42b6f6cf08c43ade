"""Article text outside the DOM's blocks: the pages the locator misses but the page's data holds.

For every page of the full-body sets (one split), this counts:
- `missed`: pages where pressclip's recall of the gold body is under MISSED_RECALL;
- `in scripts`: of those, pages whose scripts' string literals (JSON decoded) hold at least
  IN_SCRIPTS of the gold's 4-token shingles: the article is in the page's data;
- `fired`: pages where the fallback (locate/embedded.py) replaced the located text, with
  their F1 before (the locator alone) and after;
- `candidate`: pages whose data holds a text the fallback would take if it fired (whatever
  the locator found), with its F1 against the gold: how well it chooses, on many more
  pages than it fires on.
Read the misses on the train split only; report the fallback on heldout.

    python -m bench.embedded --split train --list      # the pages, for reading errors
    python -m bench.embedded                           # heldout: where it fires, F1 before/after
    python -m bench.embedded --write                   # also replace its section in RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict

from bench import datasets
from bench.anchors import page_url
from bench.report import Progress, header, table, write_section
from bench.scoring import score_page, shingles
from pressclip import extract
from pressclip.locate import embedded

MISSED_RECALL = 0.5
IN_SCRIPTS = 0.5
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.I | re.S)
_LITERAL = re.compile(r'"(?:[^"\\\n]|\\.)*"')


def script_text(page: str) -> str:
    """Every string literal of the page's scripts, decoded, one a line."""
    out = []
    for body in _SCRIPT.findall(page):
        for literal in _LITERAL.findall(body):
            if len(literal) < 40:
                continue
            try:
                value = json.loads(literal)
            except ValueError:
                continue
            if isinstance(value, str):
                out.append(value)
    return "\n".join(out)


def coverage(gold: str, text: str) -> float:
    wanted = shingles(gold)
    if not wanted:
        return 0.0
    have = shingles(text)
    return sum(min(n, have[s]) for s, n in wanted.items()) / sum(wanted.values())


def _without_fallback(page: str, url: str | None) -> str:
    """The locator alone: the fallback's trigger set out of reach for one call."""
    saved = embedded.TRIGGER_UNITS
    embedded.TRIGGER_UNITS = 0.0
    try:
        return extract(page, url=url, facts=False).text
    finally:
        embedded.TRIGGER_UNITS = saved


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(datasets.BODY_SETS),
                        choices=datasets.BODY_SETS)
    parser.add_argument("--split", choices=("heldout", "train"), default="heldout")
    parser.add_argument("--list", action="store_true", help="print each page counted")
    parser.add_argument("--trigger", type=float, default=embedded.TRIGGER_UNITS,
                        help="try another trigger (word units located), for tuning on train")
    parser.add_argument("--gain", type=float, default=embedded.MIN_GAIN,
                        help="try another gain (times the located text), for tuning on train")
    parser.add_argument("--write", action="store_true",
                        help="replace the embedded section of bench/RESULTS.md")
    args = parser.parse_args(argv)
    embedded.TRIGGER_UNITS, embedded.MIN_GAIN = args.trigger, args.gain
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    counts: dict[str, list] = defaultdict(lambda: [0, 0, 0, 0, [], [], []])
    for name in args.sets:
        progress = Progress(name)
        for row in datasets.rows(name, split=args.split):
            gold = row.get("body")
            if not gold or not shingles(gold):
                continue
            url = page_url(row)
            before = _without_fallback(row["html"], url)
            after = extract(row["html"], url=url, facts=False).text
            s_before, s_after = score_page(gold, before), score_page(gold, after)
            c = counts[name]
            c[0] += 1
            where = None
            if s_before.recall < MISSED_RECALL:
                c[1] += 1
                where = coverage(gold, script_text(row["html"]))
                if where >= IN_SCRIPTS:
                    c[2] += 1
            found = embedded.find_embedded(row["html"], *title_and_description(row["html"]))
            candidate = None
            if found is not None:
                candidate = score_page(gold, "\n\n".join(found.paragraphs)).f1
                c[6].append(candidate)
            if after != before:
                c[3] += 1
                c[4].append(s_before.f1)
                c[5].append(s_after.f1)
            if args.list and (where is not None or after != before
                              or (candidate is not None and candidate < 0.8)):
                print(json.dumps({
                    "id": row["id"], "lang": row.get("lang"), "recall": round(s_before.recall, 2),
                    "in_scripts": None if where is None else round(where, 2),
                    "fired": after != before, "f1_before": round(s_before.f1, 2),
                    "f1_after": round(s_after.f1, 2), "chars": len(before),
                    "candidate": None if candidate is None else round(candidate, 2),
                    "source": found.source if found else None,
                }), file=sys.stderr)
            progress.step()
        progress.finish()
    rows = []
    for name, (pages, missed, in_scripts, fired, f1_before, f1_after, cand) in counts.items():
        rows.append((name, pages, missed, in_scripts, fired, _mean(f1_before), _mean(f1_after),
                     len(cand), _mean(cand), sum(f < 0.5 for f in cand)))
    markdown = "\n".join([
        header("Article text in the page's data (locate/embedded.py)"), "",
        f"Split: **{args.split}**. `missed`: pressclip's recall under {MISSED_RECALL} without "
        f"the fallback; `in scripts`: of those, pages whose scripts' strings hold {IN_SCRIPTS} "
        "of the gold's shingles; `fired`: pages where the fallback replaced the located text, "
        "with their mean F1 before and after; `candidate`: pages whose data holds a text the "
        "fallback would take if it fired, with its mean F1 against the gold.\n",
        table(("set", "pages", "missed", "in scripts", "fired", "F1 before (fired)",
               "F1 after (fired)", "candidate", "candidate F1", "candidate F1 < 0.5"), rows),
    ])
    print(markdown)
    if args.write:
        write_section("embedded", markdown)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def title_and_description(page: str) -> tuple[str | None, str | None]:
    """The page's title and description as the extractor reads them (metadata)."""
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    meta = read_metadata(parse_html(page))
    return meta.title, meta.description


if __name__ == "__main__":
    main()
