"""Text mode's record against fundus_dev's gold: title, date and authors read from flattened text.

    python -m bench.textmode_metadata [--split train|heldout] [--by-language] [--half 0|1]
    python -m bench.textmode_metadata --split heldout --by-language --write

textmode_fundus_dev.jsonl.gz holds fundus_dev's pages flattened by inscriptis and by
resiliparse; each is joined by its id to the fundus_dev row that carries the gold title,
date and authors. extract_text (facts off, the reference time fixed at REFERENCE, so that
ages resolve the same in every run: a page's age is never its gold date here) is scored
with bench/metadata.py's matching rules: title exact and right, date same day, authors token
F1 and credit F1 (the record's authors, else its agencies). Per flattener, and per language
with --by-language; `--half` keeps one half of the sites (bench/metadata_authors.site_half),
so that a rule is kept only where it wins on both. Read the train split while tuning; the
heldout split once at the end. `--write` puts the heldout table (whole sites only) into
bench/RESULTS.md beside the same pages' HTML record.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from datetime import UTC, datetime

from bench import datasets
from bench.metadata import authors_f1, date_right, title_exact, title_right
from bench.metadata_authors import site_half
from bench.report import Progress, header, table, write_section

SECTION = "textmode_metadata"
REFERENCE = datetime(2026, 1, 1, tzinfo=UTC)
COLUMNS = ("flattener", "language", "pages", "title exact", "title right", "date", "authors F1",
           "credit F1")


def _share(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "-"


def main(argv: list[str] | None = None) -> None:
    from pressclip import extract_text
    from pressclip.errors import ExtractionError
    from pressclip.record import Article

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("train", "heldout"), default="train")
    parser.add_argument("--by-language", action="store_true")
    parser.add_argument("--half", type=int, choices=(0, 1), help="one half of the sites only")
    parser.add_argument("--write", action="store_true",
                        help="write the table into bench/RESULTS.md (heldout split, all sites)")
    args = parser.parse_args(argv)
    if args.write and (args.split != "heldout" or args.half is not None):
        parser.error("--write records the heldout split of every site: drop --half, "
                     "give --split heldout")
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    gold = {row["id"]: row for row in datasets.rows("fundus_dev", split=args.split)}
    scores: dict[tuple[str, str], dict[str, list[float]]] = defaultdict(
        lambda: defaultdict(list))
    progress = Progress("textmode_fundus_dev")
    for row in datasets.rows("textmode_fundus_dev", split=args.split):
        want = gold.get(row["id"])
        if want is None or (args.half is not None and site_half(want) != args.half):
            continue
        try:
            article = extract_text(row["text"], url=row.get("url"), facts=False,
                                   reference_time=REFERENCE)
        except ExtractionError:
            article = Article()  # no text to read: every field counts as missed
        keys = [(row["flattener"], "all")]
        if args.by_language:
            keys.append((row["flattener"], row.get("lang") or "?"))
        for key in keys:
            tally = scores[key]
            tally["pages"].append(1.0)
            if want.get("title") is not None:
                tally["title exact"].append(float(title_exact(article.title, want["title"])))
                tally["title right"].append(float(title_right(article.title, want["title"])))
            if want.get("date") is not None:
                tally["date"].append(float(date_right(article.date, want["date"])))
            if want.get("authors") is not None:
                tally["authors F1"].append(authors_f1(article.authors, want["authors"]))
                tally["credit F1"].append(authors_f1(article.authors or article.agencies,
                                                     want["authors"]))
        progress.step()
    progress.finish()
    rows = [(flattener, language, str(len(t["pages"])), *(_share(t[c]) for c in COLUMNS[3:]))
            for (flattener, language), t in sorted(scores.items(),
                                                   key=lambda kv: (kv[0][0], kv[0][1] != "all",
                                                                   kv[0][1]))]
    half = "" if args.half is None else f", sites of half {args.half}"
    title = f"Text mode metadata ({args.split} split{half})"
    if not args.write:
        print(f"## {title}\n")
        print(table(COLUMNS, rows))
        return
    markdown = "\n".join([
        header(title), "",
        "textmode_fundus_dev's pages (fundus_dev flattened by inscriptis and by resiliparse) "
        "through extract_text, scored against fundus_dev's gold with bench/metadata.py's "
        "rules; the same pages' HTML record is in the metadata section (fundus_dev, "
        "heldout). Method in the docstring of bench/textmode_metadata.py.", "",
        table(COLUMNS, rows)])
    print(markdown)
    write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
