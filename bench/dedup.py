"""Syndicated-copy grouping (pressclip.corpus.dedup): precision and recall on built pairs.

Positive pairs: one page read twice, its HTML through extract() and its flattened text (the
textmode set) through extract_text(): the same story with different page chrome and
different extraction boundaries, the way a syndicated copy looks. Negative pairs: every
other pair of the same texts (stories of the same sites and years included). Reports, per threshold,
precision and recall over pairs the grouping puts together. Heldout pages only.

    python -m bench.dedup --pages 120 [--write]
"""

from __future__ import annotations

import argparse
import itertools
from collections import defaultdict

from bench import datasets, report
from pressclip import extract, extract_text
from pressclip.corpus.dedup import THRESHOLD, Grouper

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)


def texts(pages: int) -> dict[str, str]:
    """key 'page-id|html' and 'page-id|text' -> the body extracted from each form."""
    flattened: dict[str, str] = {}
    for row in datasets.rows("textmode", split="heldout"):
        flattened[row["id"]] = row["text"]
        if len(flattened) >= pages:
            break
    out = {}
    for name in sorted({key.split("/")[0] for key in flattened}):
        for row in datasets.rows(name):
            if row["id"] in flattened:
                html_body = extract(row["html"]).text
                text_body = extract_text(flattened[row["id"]]).text
                if html_body and text_body:
                    out[f"{row['id']}|html"] = html_body
                    out[f"{row['id']}|text"] = text_body
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    args = parser.parse_args()
    bodies = texts(args.pages)
    keys = sorted(bodies)
    truth = {frozenset(p) for p in itertools.combinations(keys, 2)
             if p[0].split("|")[0] == p[1].split("|")[0]}
    negatives = len(keys) * (len(keys) - 1) // 2 - len(truth)
    rows = []
    for threshold in THRESHOLDS:
        grouper = Grouper(threshold)
        for key in keys:
            grouper.add(key, bodies[key])
        clusters: dict[str, list[str]] = defaultdict(list)
        for key, (cluster, _) in grouper.groups().items():
            clusters[cluster].append(key)
        grouped = {frozenset(p) for members in clusters.values()
                   for p in itertools.combinations(members, 2)}
        hits = len(grouped & truth)
        precision = hits / len(grouped) if grouped else 1.0
        mark = " (default)" if threshold == THRESHOLD else ""
        rows.append((f"{threshold:.1f}{mark}", len(grouped), precision, hits / len(truth)))
    body = (report.header("Syndicated-copy grouping (MinHash LSH)")
            + f"\n{len(keys) // 2} heldout pages each read as HTML by extract() and as "
            f"flattened text by extract_text(): {len(truth)} positive pairs, {negatives:,} "
            f"negative pairs. The same grouping code serves pressclip batch and "
            f"spark-batch.\n\n"
            + report.table(["threshold", "grouped pairs", "precision", "recall"], rows))
    print(body)
    if args.write:
        report.write_section("dedup", body)


if __name__ == "__main__":
    main()
