"""Body accuracy of pressclip and its peers, all in the same run on the same pages.

1. Shingle F1 (bench/scoring.py) against the gold body of each full-body set (dragnet test
   split, l3s_gn1, cleaneval, cleanportaleval, readability, and fundus_dev's modern pages,
   reported apart), by default on the heldout split (sites never trained on).
2. The same pages per language (the rows' `lang`), and the pages that collapse: pressclip
   below COLLAPSED_F1 where trafilatura reaches TRAFILATURA_GOOD_F1 (target: none).
3. With/without segments (trafilatura's own evaluation) on trafilatura.jsonl.gz, reported
   for its heldout part and for all of it.

    python -m bench.body                           # every set, every extractor, heldout
    python -m bench.body --limit 20 --extractors pressclip trafilatura
    python -m bench.body --write                   # also replace the section in RESULTS.md
    python -m bench.body --extractors pressclip trafilatura readability newspaper4k --write
    python -m bench.body --split train --per-page /tmp/train.jsonl   # pages to read: train only

Prints Markdown on stdout and progress on stderr. Extractor failures give an empty text
(scored as such) and are counted in the `errors` column.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict

from bench import datasets
from bench.anchors import EXTRACTORS, Anchor, anchor, page_url, quiet_peer_logs
from bench.report import Progress, header, table, write_section
from bench.scoring import (
    PageScore,
    SegmentCounts,
    score_page,
    score_segments,
    score_set,
    tokens,
)

SEGMENT_SET = "trafilatura"
DEFAULT_EXTRACTORS = tuple(EXTRACTORS)
SECTION = "body"
# A page collapses when pressclip keeps almost none of an article that trafilatura finds.
COLLAPSED_F1 = 0.2
TRAFILATURA_GOOD_F1 = 0.8
# Languages with fewer heldout pages than this are pooled into one row.
MIN_LANGUAGE_PAGES = 3


def run_body_set(
    name: str, anchors: list[Anchor], split: str | None, limit: int | None,
    pages: list[tuple[str, str, str]] | None = None,
) -> tuple[dict[str, list[PageScore]], dict[str, int]]:
    """Scores per extractor on the set's pages; `pages` gets (set, id, lang) of each, in
    the same order."""
    scores: dict[str, list[PageScore]] = defaultdict(list)
    errors_before = {a.name: a.errors for a in anchors}
    progress = Progress(name)
    for row in datasets.rows(name, split=split):
        if limit is not None and progress.done >= limit:
            break
        # A gold body without a single token cannot be scored by shingles.
        if not tokens(row.get("body")):
            continue
        url = page_url(row)
        for a in anchors:
            text = a(row["html"], url, row.get("lang"))["text"]
            scores[a.name].append(score_page(row["body"], text))
        if pages is not None:
            pages.append((name, row["id"], row.get("lang") or "?"))
        progress.step()
    progress.finish()
    return scores, {a.name: a.errors - errors_before[a.name] for a in anchors}


def run_segments(
    anchors: list[Anchor], limit: int | None
) -> tuple[dict[tuple[str, str], SegmentCounts], dict[str, int]]:
    """Segment counts per (extractor, 'heldout' | 'all') over the whole segment set."""
    counts: dict[tuple[str, str], SegmentCounts] = defaultdict(SegmentCounts)
    errors_before = {a.name: a.errors for a in anchors}
    progress = Progress(SEGMENT_SET)
    for row in datasets.rows(SEGMENT_SET):
        if limit is not None and progress.done >= limit:
            break
        if not row.get("with") and not row.get("without"):
            continue
        heldout = datasets.split_of(row) == "heldout"
        url = page_url(row)
        for a in anchors:
            text = a(row["html"], url, row.get("lang"))["text"]
            page = score_segments(text, row.get("with") or [], row.get("without") or [])
            counts[(a.name, "all")].add(page)
            if heldout:
                counts[(a.name, "heldout")].add(page)
        progress.step()
    progress.finish()
    return counts, {a.name: a.errors - errors_before[a.name] for a in anchors}


BODY_COLUMNS = (
    "extractor", "pages", "F1", "precision", "recall", "mean F1", "median F1",
    "median P", "median R", "empty", "errors",
)
SEGMENT_COLUMNS = (
    "extractor", "part", "right", "of", "precision", "recall", "F1", "accuracy", "errors",
)


def body_table(scores: dict[str, list[PageScore]], errors: dict[str, int]) -> str:
    rows = []
    for name, pages in scores.items():
        s = score_set(pages)
        rows.append((
            name, s.pages, s.f1, s.precision, s.recall, s.mean_f1, s.median_f1,
            s.median_precision, s.median_recall, s.empty, errors[name],
        ))
    return table(BODY_COLUMNS, rows)


def language_table(pages: list[tuple[str, str, str]],
                   scores: dict[str, list[PageScore]]) -> str:
    """Headline F1 per language over the pages of every set, extractors side by side."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, lang) in enumerate(pages):
        by_lang[lang].append(i)
    small = [i for idx in by_lang.values() if len(idx) < MIN_LANGUAGE_PAGES for i in idx]
    small_langs = sorted(k for k, idx in by_lang.items() if len(idx) < MIN_LANGUAGE_PAGES)
    groups = sorted(((k, idx) for k, idx in by_lang.items() if len(idx) >= MIN_LANGUAGE_PAGES),
                    key=lambda kv: -len(kv[1]))
    if small:
        groups.append((f"other ({', '.join(small_langs)})", small))
    rows = []
    for lang, idx in groups:
        rows.append((lang, len(idx), *(score_set([s[i] for i in idx]).f1
                                       for s in scores.values())))
    return table(("language", "pages", *scores), rows)


def collapsed(pages: list[tuple[str, str, str]], scores: dict[str, list[PageScore]]
              ) -> list[tuple[str, str, str, float, float]]:
    """(set, id, lang, pressclip F1, trafilatura F1) of the pages pressclip collapses on."""
    if "pressclip" not in scores or "trafilatura" not in scores:
        return []
    return [(*page, ours.f1, theirs.f1)
            for page, ours, theirs in zip(pages, scores["pressclip"], scores["trafilatura"],
                                          strict=True)
            if ours.f1 < COLLAPSED_F1 and theirs.f1 >= TRAFILATURA_GOOD_F1]


def write_per_page(path: str, pages: list[tuple[str, str, str]],
                   scores: dict[str, list[PageScore]]) -> None:
    """One JSON line a page: set, id, lang, and each extractor's F1, precision, recall."""
    with open(path, "w", encoding="utf-8") as fh:
        for i, (name, page_id, lang) in enumerate(pages):
            row = {"set": name, "id": page_id, "lang": lang}
            for extractor, page_scores in scores.items():
                s = page_scores[i]
                row[extractor] = [None if v is None else round(v, 4)
                                  for v in (s.f1, s.precision, s.recall)]
            fh.write(json.dumps(row) + "\n")


def segment_table(counts: dict[tuple[str, str], SegmentCounts], errors: dict[str, int]) -> str:
    rows = []
    for part in ("heldout", "all"):
        for (name, counted_part), c in counts.items():
            if counted_part == part:
                rows.append((
                    name, part, c.right, c.total, c.precision, c.recall, c.f1, c.accuracy,
                    errors[name] if part == "all" else "",
                ))
    return table(SEGMENT_COLUMNS, rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(datasets.BODY_SETS),
                        choices=datasets.BODY_SETS)
    parser.add_argument("--extractors", nargs="+", default=list(DEFAULT_EXTRACTORS),
                        choices=list(EXTRACTORS))
    parser.add_argument("--limit", type=int, help="at most this many pages per set")
    parser.add_argument("--split", choices=("heldout", "train", "all"), default="heldout",
                        help="split of the full-body sets (segments: heldout and all always)")
    parser.add_argument("--no-segments", action="store_true",
                        help="skip the with/without segment score on trafilatura.jsonl.gz")
    parser.add_argument("--write", action="store_true",
                        help="replace the body section of bench/RESULTS.md")
    parser.add_argument("--per-page", metavar="PATH",
                        help="write each page's F1, precision and recall per extractor as JSON "
                        "lines (for reading errors: use it on the train split)")
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    quiet_peer_logs()
    anchors = [anchor(name) for name in args.extractors]
    split = None if args.split == "all" else args.split

    parts = [header("Body accuracy"), ""]
    parts.append(
        f"Shingle F1 (4-token shingles, bench/scoring.py) on the **{args.split}** split"
        + (f", at most {args.limit} pages per set" if args.limit else "")
        + ". `F1` is the benchmark's headline figure (harmonic mean of mean precision and "
        "mean recall); `empty` = pages where the extractor returned no text; `errors` = "
        "exceptions (scored as empty). Pages whose gold body has no word are "
        "skipped.\n"
    )
    # Modern pages first, apart from the older sets (mostly 2007-2015, English and German).
    ordered = ([n for n in args.sets if n in datasets.MODERN_SETS]
               + [n for n in args.sets if n not in datasets.MODERN_SETS])
    pages: list[tuple[str, str, str]] = []
    every: dict[str, list[PageScore]] = defaultdict(list)
    for name in ordered:
        scores, errors = run_body_set(name, anchors, split, args.limit, pages)
        for extractor, page_scores in scores.items():
            every[extractor].extend(page_scores)
        kind = "modern pages, 2023-2025" if name in datasets.MODERN_SETS else "older pages"
        parts.append(f"### {name} ({kind})\n\n" + body_table(scores, errors))
    modern = [i for i, page in enumerate(pages) if page[0] in datasets.MODERN_SETS]
    if modern:
        parts.append(
            "### Per language, modern pages\n\nHeadline F1 of the modern sets' pages by "
            f"the rows' `lang`; languages with fewer than {MIN_LANGUAGE_PAGES} pages pooled.\n\n"
            + language_table([pages[i] for i in modern],
                             {k: [v[i] for i in modern] for k, v in every.items()}))
    parts.append(
        "### Per language, all sets\n\n" + language_table(pages, every))
    if args.per_page:
        write_per_page(args.per_page, pages, every)
    fallen = collapsed(pages, every)
    listed = "".join(f"\n- {s} {pid} ({lang}): pressclip {ours:.2f}, trafilatura {theirs:.2f}"
                     for s, pid, lang, ours, theirs in fallen)
    parts.append(
        f"### Collapsed pages\n\nPages where pressclip's page F1 is below {COLLAPSED_F1} "
        f"while trafilatura's reaches {TRAFILATURA_GOOD_F1} (target 0): **{len(fallen)}** of "
        f"{len(pages)}." + listed + "\n")
    if not args.no_segments:
        counts, errors = run_segments(anchors, args.limit)
        parts.append(
            f"### {SEGMENT_SET}: with/without segments\n\n"
            "A `with` segment is right when it appears in the extracted text, a `without` "
            "segment when it does not (whitespace collapsed).\n\n"
            + segment_table(counts, errors)
        )
    for a in anchors:
        if a.error_messages:
            parts.append(f"- {a.name} errors ({a.errors}), e.g. {a.error_messages[0]}")
    markdown = "\n".join(parts) + "\n"
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
