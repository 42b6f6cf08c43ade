"""Gold article text the extractor drops on train pages, counted by the locator's reason.

    python -m bench.recall_drops          # dragnet, readability, cleaneval, trafilatura
    python -m bench.recall_drops --sets dragnet --examples 20

Train split only (pages to read errors on). Full-body sets: each block of the explain mode's
decisions that was dropped, and whose 4-token shingles are mostly in the gold body
(GOLD_SHARE), is lost article text; its shingles are counted under the decision's reason.
Gold shingles in no block at all are "not in any block" (text the block builder never made
a block, or the gold's own text). Pages with no text at all are counted apart, by the
decision that held most gold. On trafilatura.jsonl.gz, each `with` segment missing from the
text is put under the reason of the decision that holds its opening. `--examples` prints
the first lost blocks of each reason (train pages only: read them, never copy them).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from bench import datasets
from bench.anchors import page_url
from bench.scoring import normalise_space, shingles
from pressclip import extract

FULL_BODY_SETS = ("dragnet", "readability", "cleaneval")
SEGMENT_SET = "trafilatura"
# A dropped block is article text when this share of its shingles is in the gold.
GOLD_SHARE = 0.6
# Blocks shorter than this many tokens (a shingle or two) say little either way.
MIN_SHINGLES = 3
_NUMBER = re.compile(r"[\d.]+")


def _reason(reason: str, kept: bool) -> str:
    return "kept, not in text" if kept else _NUMBER.sub("N", reason)


def page_losses(html: str, url: str | None, gold_body: str) -> tuple[Counter, bool, list]:
    """One page's gold shingles lost per reason, whether its text is empty, and the lost
    blocks as (reason, text)."""
    gold = shingles(gold_body)
    art = extract(html, url=url, facts=False, explain=True)
    text = shingles(art.text or "")
    seen: Counter = Counter()
    lost: Counter = Counter()
    blocks = []
    for d in art.explain or []:
        block = shingles(d.text)
        seen |= block
        if sum(block.values()) < MIN_SHINGLES:
            continue
        if sum((block & gold).values()) < GOLD_SHARE * sum(block.values()):
            continue
        n = sum(((block & gold) - text).values())
        if n < MIN_SHINGLES:
            continue
        reason = _reason(d.reason, d.kept)
        lost[reason] += n
        blocks.append((reason, normalise_space(d.text)))
    lost["not in any block"] += sum((gold - seen - text).values())
    return +lost, not text, blocks


def body_drops(name: str, limit: int | None, examples: dict[str, list[str]]
               ) -> tuple[Counter, Counter, int, int]:
    """Gold shingles lost per reason, empty pages per reason, pages, gold shingles."""
    lost: Counter = Counter()
    empty: Counter = Counter()
    pages = gold_total = 0
    for row in datasets.rows(name, split="train", limit=limit):
        if not row.get("body") or (row["extra"] or {}).get("synthetic"):
            continue
        gold = sum(shingles(row["body"]).values())
        if not gold:
            continue
        pages += 1
        gold_total += gold
        page_lost, is_empty, blocks = page_losses(row["html"], page_url(row), row["body"])
        lost.update(page_lost)
        if is_empty:
            empty[page_lost.most_common(1)[0][0] if page_lost else "no gold block"] += 1
        # The first lost block of each reason on each page: one page's long comment
        # thread would otherwise fill every example.
        for reason in {r for r, _ in blocks}:
            text = next(t for r, t in blocks if r == reason)
            examples[reason].append(f"{name} {row['id']}: {text[:140]}")
    return lost, empty, pages, gold_total


def segment_drops(limit: int | None, examples: dict[str, list[str]]) -> tuple[Counter, int]:
    """Missed `with` segments per reason on trafilatura.jsonl.gz's train pages, and all."""
    lost: Counter = Counter()
    total = 0
    for row in datasets.rows(SEGMENT_SET, split="train", limit=limit):
        if not row.get("with"):
            continue
        art = extract(row["html"], url=page_url(row), facts=False, explain=True)
        text = normalise_space(art.text or "")
        decisions = [(normalise_space(d.text), d) for d in art.explain or []]
        for segment in row["with"]:
            s = normalise_space(segment)
            total += 1
            if s in text:
                continue
            reason = "not in any block"
            for t, d in decisions:
                if len(t) > 15 and (s[:40] in t or t[:40] in s):
                    reason = _reason(d.reason, d.kept)
                    break
            lost[reason] += 1
            if lost[reason] <= 400:
                examples[reason].append(f"{SEGMENT_SET} {row['id']}: {s[:140]}")
    return lost, total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=[*FULL_BODY_SETS, SEGMENT_SET],
                        choices=[*FULL_BODY_SETS, "l3s_gn1", "fundus_dev", SEGMENT_SET])
    parser.add_argument("--limit", type=int, default=None, help="at most this many pages a set")
    parser.add_argument("--examples", type=int, default=0,
                        help="print this many lost blocks of each reason")
    args = parser.parse_args()
    examples: dict[str, list[str]] = defaultdict(list)
    for name in args.sets:
        if name == SEGMENT_SET:
            lost, total = segment_drops(args.limit, examples)
            print(f"\n## {name} train: {total} `with` segments, {sum(lost.values())} missed")
            for reason, n in lost.most_common():
                print(f"{n:6d}  {reason}")
            continue
        lost, empty, pages, gold = body_drops(name, args.limit, examples)
        print(f"\n## {name} train: {pages} pages, {gold} gold shingles, "
              f"{sum(lost.values())} lost ({sum(lost.values()) / max(gold, 1):.3f}); "
              f"empty pages {sum(empty.values())}")
        for reason, n in lost.most_common():
            print(f"{n:7d}  {n / max(gold, 1):.4f}  {reason}  (empty pages: {empty[reason]})")
    if args.examples:
        for reason, lines in sorted(examples.items()):
            print(f"\n### {reason}")
            for line in lines[:args.examples]:
                print("  " + line)


if __name__ == "__main__":
    main()
