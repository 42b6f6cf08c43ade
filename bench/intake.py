"""The intake's thresholds, measured: the binary check and the HTML-or-text guess.

    python -m bench.intake [--write]

For every page of ../shared/data (HTML pages of every set, flattened texts of both text
sets), as str and as UTF-8 bytes: the share of non-text characters the binary check counts
(largest and 99.9th percentile, per set), and how often the HTML-or-text guess takes a page
for the other kind. Beside them, what binary input scores: seeded random bytes (seen byte
for byte, and after a UTF-16 byte-order mark) and "\\xff\\xfe" * n. MAX_NON_TEXT_SHARE in
pressclip/intake.py must sit between the two.
"""

from __future__ import annotations

import argparse
import random

from bench import datasets
from bench.report import header, table, write_section
from pressclip import intake

SECTION = "intake"
HTML_SETS = ("trafilatura", "dragnet", "l3s_gn1", "cleaneval", "cleanportaleval", "readability",
             "htmldate", "fundus_dev")
TEXT_SETS = ("textmode", "textmode_fundus_dev")


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="write into bench/RESULTS.md")
    args = parser.parse_args(argv)
    rows = []
    for name, field, is_html in ([(s, "html", True) for s in HTML_SETS]
                                 + [(s, "text", False) for s in TEXT_SETS]):
        shares, missed, binary = [], 0, 0
        for row in datasets.rows(name):
            page = row[field]
            for data in (page, page.encode("utf-8")):
                shares.append(intake.non_text_share(data))
                binary += intake.looks_binary(data)
                missed += intake.looks_like_html(data) is not is_html
        rows.append([name, "html" if is_html else "text", len(shares) // 2,
                     f"{max(shares):.4f}", f"{_quantile(shares, 0.999):.4f}", binary,
                     missed])
    rng = random.Random(17)
    noise = [bytes(rng.getrandbits(8) for _ in range(8192)) for _ in range(50)]
    synthetic = [
        ["random bytes (50 x 8 KB)", min(intake.non_text_share(b) for b in noise)],
        ["random bytes after a UTF-16 BOM",
         min(intake.non_text_share(b"\xff\xfe" + b) for b in noise)],
        ['"\\xff\\xfe" * 5000 (bytes, or as a str)', intake.non_text_share(b"\xff\xfe" * 5000)],
    ]
    lines = [
        header("Intake: the binary check and the HTML-or-text guess"),
        f"Binary check: refused above {intake.MAX_NON_TEXT_SHARE:.0%} non-text characters in "
        f"the first {intake.BINARY_SAMPLE} characters. Each page counted as str and as UTF-8 "
        "bytes (`refused` and `guess wrong` count both readings).\n",
        table(["set", "kind", "pages", "largest share", "99.9th pct", "refused",
               "guess wrong"], rows),
        "",
        table(["binary input", "smallest share"],
              [[name, f"{share:.3f}"] for name, share in synthetic]),
    ]
    markdown = "\n".join(lines)
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
