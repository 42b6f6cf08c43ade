"""Text mode: body F1 per flattener beside two baselines, speed, and credits/relative dates.

1. Body: 4-gram shingle F1 (bench/scoring.py) of extract_text() on the heldout part (split by
   site, bench/datasets.py) of ../shared/data/textmode.jsonl.gz (old sets) and of
   textmode_fundus_dev.jsonl.gz (modern pages), each set and each flattener apart, beside
   "whole text" and "jusText run on the lines wrapped as paragraphs" (one <p> a non-blank
   line, the stop list of the page's `lang` when jusText has one, else English), all in the
   same run on the same pages. Modern pages are also reported per language.
   Beside them, as a reference and not a baseline (they read what text mode never has),
   HTML extractors on the same pages' original HTML: pressclip's extract(), trafilatura and
   readability-lxml, scored against the same gold (a peer's failure costs it the page).
2. Speed: CPU time (time.process_time, one process) of extract_text(facts=False) on each
   set's and flattener's pages, back to back, and of extract(facts=False) on the same pages'
   HTML, the two taking turns in each of SPEED_ROUNDS rounds in the same run, median of the
   passes each. The ratio
   (HTML time / text time) is what is claimed: pages per second move with the machine's load.
   Beside it, where extract_text's CPU time goes: each stage's function timed with
   time.process_time around its calls (one more pass over each set's pages), as shares.
3. Generality: the locator alone (line model and decoder, before headline and credit
   handling) with the shipped model and with models learnt from one flattener's train pages
   only, on each flattener's heldout pages: a model that learnt one flattener's habits would
   drop on the other's pages.
4. Credits and relative dates: precision and recall on tests/data/credits_lines.jsonl and
   tests/data/credits_relative_dates.jsonl (credit lines stored as the sha1 of a line of a
   ../shared/data page, found again there; relative dates as short lines of those pages, or
   written after them where the line named a person or titled a page; all read while writing
   the rules), and on tests/data/credits_lines_blind*.jsonl (labelled by reading
   alone; each scored once before its errors were read).

    python -m bench.textmode                  # everything, heldout
    python -m bench.textmode --limit 100      # first 100 heldout pages per set and flattener
    python -m bench.textmode --sets textmode_fundus_dev   # the modern pages only
    python -m bench.textmode --write          # also replace the section in RESULTS.md
    python -m training.train_textmode --flattener resiliparse --out /tmp/res.json
    python -m bench.textmode --trained-on resiliparse=/tmp/res.json   # generality rows
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import html
import json
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench import anchors, datasets
from bench.report import Progress, header, table, write_section
from bench.scoring import PageScore, score_page, score_set, tokens
from pressclip import ExtractionError, extract
from pressclip.credits import read_credits
from pressclip.metadata.relative import read_relative
from pressclip.textmode import extract as text_extract
from pressclip.textmode import extract_text
from pressclip.textmode import lexicon as text_lexicon
from pressclip.textmode import model as text_model
from pressclip.textmode.lines import split_lines
from pressclip.textmode.model import LineModel, load_model

SECTION = "textmode"
SPEED_ROUNDS = 3
FLATTENERS = ("resiliparse", "inscriptis")
TEST_DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
CREDIT_LINES = TEST_DATA / "credits_lines.jsonl"
# Sets labelled by reading alone, without running the credit reader, each scored once before
# anybody read its errors: blind 1 with the rules of 1ef2325 (its errors were then read and
# rules written from them, af04ba6), blind 2 with the rules of af04ba6 (then read too).
CREDIT_LINES_BLIND = TEST_DATA / "credits_lines_blind.jsonl"
CREDIT_LINES_BLIND2 = TEST_DATA / "credits_lines_blind2.jsonl"
CREDIT_SETS = (
    ("read while writing rules", CREDIT_LINES),
    ("blind 1 (read after its scoring)", CREDIT_LINES_BLIND),
    ("blind 2 (read after its scoring)", CREDIT_LINES_BLIND2),
)
RELATIVE_DATES = TEST_DATA / "credits_relative_dates.jsonl"
# Sets whose pages the credit lines come from as flattened text (textmode rows); the others
# are HTML pages flattened with resiliparse's plain-text converter.
TEXTMODE_SOURCES = ("dragnet", "l3s_gn1", "cleaneval", "cleanportaleval", "readability")
# Flattened-text sets: what the report calls them and the HTML sets their pages come from.
TEXT_SETS = {"textmode": ("old sets", TEXTMODE_SOURCES),
             "textmode_fundus_dev": ("modern pages", ("fundus_dev",))}
MODERN_TEXT_SETS = ("textmode_fundus_dev",)
# HTML extractors run on the same pages' HTML, for reference (names of bench/anchors.py).
HTML_REFERENCES = ("pressclip", "trafilatura", "readability")
JUSTEXT_LANGUAGES = {"en": "English", "fr": "French", "de": "German", "es": "Spanish",
                     "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "pl": "Polish"}


def justext_on_lines(text: str, lang: str | None) -> str:
    import justext

    lines = [line.strip() for line in text.splitlines() if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    stoplist = justext.get_stoplist(JUSTEXT_LANGUAGES.get((lang or "en")[:2], "English"))
    paragraphs = justext.justext(page + "</body></html>", stoplist)
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def located_text(model: LineModel, text: str) -> str:
    lines = split_lines(text)
    if not lines:
        return ""
    keep = model.locate(lines, text=text)[0]
    return "\n".join(line for line, k in zip(lines, keep, strict=True) if k)


def source_pages(text_set: str, ids: set[str]) -> dict[str, dict]:
    """The HTML rows (of the sets a text set's pages come from) with these ids."""
    found = {}
    for name in TEXT_SETS[text_set][1]:
        for row in datasets.rows(name):
            if row["id"] in ids:
                found[row["id"]] = row
    return found


@dataclass
class Page:
    """One heldout flattened page, with what the speed runs need."""

    text: str
    url: str | None
    html: str
    html_url: str | None


def _extracted_text(row: dict) -> str:
    """extract_text's body, or nothing where the input is no page (an empty flattening)."""
    try:
        return extract_text(row["text"], url=row.get("url")).text
    except ExtractionError:
        return ""


def run_body(sets: list[str], limit: int | None, models: dict[str, LineModel]
             ) -> tuple[dict, dict[tuple[str, str], list[Page]]]:
    """Scores keyed by (set, flattener or language, method); pages keyed by (set, flattener)."""
    scores: dict[tuple[str, str, str], list[PageScore]] = defaultdict(list)
    pages: dict[tuple[str, str], list[Page]] = defaultdict(list)
    anchors.quiet_peer_logs()
    references = [anchors.anchor(name) for name in HTML_REFERENCES]
    progress = Progress("textmode")
    for text_set in sets:
        heldout = list(datasets.rows(text_set, split="heldout"))
        sources = source_pages(text_set, {row["id"] for row in heldout})
        for row in heldout:
            flattener = row["flattener"]
            if not tokens(row.get("body")) or (limit is not None and
                                               len(pages[(text_set, flattener)]) >= limit):
                continue
            source = sources[row["id"]]
            if row["text"].strip():
                # A flattener that lost the whole page gave no input to time; it is scored
                # below, as an empty answer.
                pages[(text_set, flattener)].append(Page(row["text"], row.get("url"),
                                                         source["html"], anchors.page_url(source)))
            # Modern pages are also counted per language (both flatteners' pages in one row).
            groups = [flattener]
            if text_set in MODERN_TEXT_SETS:
                groups.append(f"{flattener}, {row.get('lang') or '?'}")
            found = {"pressclip": _extracted_text(row),
                     "whole text": row["text"],
                     "jusText on lines": justext_on_lines(row["text"], row.get("lang"))}
            for name, model in models.items():
                found[f"locator: {name}"] = located_text(model, row["text"])
            for reference in references:
                found[f"{reference.name} on the HTML"] = reference(
                    source["html"], anchors.page_url(source), source.get("lang"))["text"]
            for method, text in found.items():
                score = score_page(row["body"], text)
                for group in groups:
                    scores[(text_set, group, method)].append(score)
            progress.step()
    progress.finish()
    return scores, pages


def cpu_seconds(runs: list, items: list, rounds: int) -> list[float]:
    """For each of `runs`, the median over `rounds` passes of the CPU time of run(item) over
    `items`, back to back. The runs take turns within each round, so that a change in the
    machine's load during the measurement falls on all of them alike."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for run, spent in zip(runs, times, strict=True):
            start = time.process_time()
            for item in items:
                run(item)
            spent.append(time.process_time() - start)
    return [statistics.median(spent) for spent in times]


def speed_rows(pages: dict[tuple[str, str], list[Page]], rounds: int) -> list[list]:
    """Per set and flattener: CPU seconds of extract_text and of extract on the same pages'
    HTML (facts off), and their ratio."""
    rows = []
    for (text_set, flattener), group in sorted(pages.items()):
        text_cpu, html_cpu = cpu_seconds(
            [lambda p: extract_text(p.text, url=p.url, facts=False),
             lambda p: extract(p.html, url=p.html_url, facts=False)], group, rounds)
        rows.append([TEXT_SETS[text_set][0], flattener, len(group), text_cpu, html_cpu,
                     html_cpu / max(text_cpu, 1e-9)])
    return rows


# extract_text's stages: (module, attribute, name), each a function extract_text calls.
STAGES = (
    (text_extract, "page_text", "intake"),
    (text_extract, "split_lines", "line splitting"),
    (text_model, "line_matrix", "feature matrix"),
    (text_lexicon, "columns", "lexicon columns"),
    (LineModel, "probabilities", "line model (trees, second-stage columns)"),
    (text_model, "decode", "decoding"),
    (text_extract, "read_credits", "credits"),
    (text_extract, "_furniture", "furniture"),
    (text_extract, "_find_title", "headline"),
    (text_extract, "_find_date", "date line"),
    (text_extract, "detect_language", "language"),
)


def stage_rows(pages: dict[tuple[str, str], list[Page]]) -> list[list]:
    """Per set: the share of extract_text(facts=False)'s CPU time spent in each stage, over
    one pass of the set's pages (both flatteners), each stage's function wrapped for the
    pass with a time.process_time accumulator (the rest: extract_text's own lines)."""
    spent: dict[str, float] = defaultdict(float)

    def timed(function, name: str):
        def run(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - start
        return run

    rows = []
    originals = [(owner, attribute, getattr(owner, attribute)) for owner, attribute, _ in STAGES]
    try:
        for (owner, attribute, name), (_, _, function) in zip(STAGES, originals, strict=True):
            setattr(owner, attribute, timed(function, name))
        for text_set in sorted({text_set for text_set, _ in pages}):
            group = [p for (name, _), found in sorted(pages.items()) if name == text_set
                     for p in found]
            spent.clear()
            start = time.process_time()
            for page in group:
                extract_text(page.text, url=page.url, facts=False)
            total = time.process_time() - start
            shares = [spent[name] / total for _, _, name in STAGES]
            rows.append([TEXT_SETS[text_set][0], len(group), 1000 * total / len(group),
                         *shares, 1 - sum(shares)])
    finally:
        for owner, attribute, function in originals:
            setattr(owner, attribute, function)
    return rows


# --- credits and relative dates -------------------------------------------------------


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, expected: set, found: set) -> None:
        self.tp += len(expected & found)
        self.fp += len(found - expected)
        self.fn += len(expected - found)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def _page_lines(rows_by_id: dict[str, list[str]], wanted: set[str]) -> None:
    """Flattened, space-normalised lines of the wanted pages (read once, by id)."""
    from resiliparse.extract.html2text import extract_plain_text

    by_file: dict[str, set[str]] = defaultdict(set)
    for page_id in wanted:
        prefix = page_id.split("/", 1)[0]
        by_file["textmode" if prefix in TEXTMODE_SOURCES else prefix].add(page_id)
    for name, ids in by_file.items():
        with gzip.open(datasets.DATA / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
            for raw in fh:
                # Cheap test before parsing: most rows are not wanted.
                if not any(f'"{page_id}"' in raw[:400] for page_id in ids):
                    continue
                row = json.loads(raw)
                if row["id"] not in ids:
                    continue
                text = row["text"] if name == "textmode" else extract_plain_text(
                    row["html"], main_content=False)
                rows_by_id[row["id"]] = [" ".join(x.split()) for x in text.splitlines()
                                         if x.strip()]


def credit_entries(path: Path = CREDIT_LINES) -> list[dict]:
    """The labelled credit lines of `path`, each with its line text found again in its page."""
    return credit_sets([path])[0]


def credit_sets(paths: list[Path]) -> list[list[dict]]:
    """The labelled credit lines of each file, their pages read in one pass over the data."""
    sets = [[json.loads(line) for line in path.read_text("utf-8").splitlines()]
            for path in paths]
    pages: dict[str, list[str]] = {}
    _page_lines(pages, {e["id"] for entries in sets for e in entries if "line_sha1" in e})
    for entry in (e for entries in sets for e in entries):
        if "line" not in entry:
            entry["line"] = next(
                x for x in pages[entry["id"]] if hashlib.sha1(x.encode("utf-8")).hexdigest()
                == entry["line_sha1"])
    return sets


def credit_scores(entries: list[dict]) -> dict[str, Counts]:
    counts = {"credit lines": Counts(), "contributors": Counts(), "agencies": Counts()}
    for number, entry in enumerate(entries):
        found = read_credits([entry["line"]])
        counts["credit lines"].add({number} if entry["credit_line"] else set(),
                                   {number} if found.credit_line_indexes else set())
        counts["contributors"].add({(number, p) for p in entry["contributors"]},
                                   {(number, p) for p in found.contributors})
        counts["agencies"].add({(number, a) for a in entry["agencies"]},
                               {(number, a) for a in found.agencies})
    return counts


def relative_date_scores() -> Counts:
    """A found date is a true positive when it equals the expected one (ISO, its precision)."""
    counts = Counts()
    for number, line in enumerate(RELATIVE_DATES.read_text("utf-8").splitlines()):
        entry = json.loads(line)
        found = read_relative(entry["text"], datetime.fromisoformat(entry["reference_time"]))
        expected = {(number, entry["expected"])} if entry["expected"] else set()
        counts.add(expected, {(number, found.iso())} if found else set())
    return counts


# The seed record (issue 15, item 4): what the shared example page must give, with the
# reference time the issue names. The headline and the body are read from the page itself
# (the line before its age counter; the paragraphs from the first long one to the credit
# line), so that no text of the page is written here.
SEED_REFERENCE = datetime(2025, 7, 10, tzinfo=UTC)
SEED_EXPECTED = {"contributors": ["Emel Akan", "Jacob Burg"], "agencies": ["Reuters"],
                 "language": "fr", "date": "2025-07-05"}


def seed_rows(path: Path = datasets.EXAMPLES / "aggregator-page-fr.txt") -> list[list]:
    """Each item of the seed record, expected against got, and whether it is right; [] when
    the shared example is absent."""
    if not path.is_file():
        return []
    lines = [" ".join(line.split()) for line in path.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    article = extract_text("\n\n".join(lines), reference_time=SEED_REFERENCE)
    counter = next(i for i, line in enumerate(lines) if "day_ago" in line)
    credit = next(i for i, line in enumerate(lines) if "contribué" in line)
    first = next(i for i, line in enumerate(lines) if i > counter and len(line.split()) > 30)
    body = lines[first:credit]
    got = article.text.split("\n\n")
    rows = [["title", "the line before the age counter",
             "the same" if article.title == lines[counter - 1] else "another line",
             article.title == lines[counter - 1]],
            ["body", f"{len(body)} paragraphs, first to last (no menu, counter, ad, appeal)",
             f"{len(got)} paragraphs" + ("" if got == body else ", not the same"),
             got == body]]
    for field, expected in SEED_EXPECTED.items():
        value = getattr(article, field)
        rows.append([field, expected, value, value == expected])
    return [[item, str(expected), str(value), "yes" if ok else "NO"]
            for item, expected, value, ok in rows]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="at most this many pages per set and flattener")
    parser.add_argument("--sets", nargs="+", choices=list(TEXT_SETS), default=list(TEXT_SETS),
                        help="flattened-text sets to run on (default: all)")
    parser.add_argument("--speed-rounds", type=int, default=SPEED_ROUNDS,
                        help=f"passes per speed figure (default {SPEED_ROUNDS}; 0: none)")
    parser.add_argument("--write", action="store_true", help="replace the RESULTS.md section")
    parser.add_argument("--trained-on", action="append", default=[], metavar="FLATTENER=PATH",
                        help="also run the locator with this model, learnt from FLATTENER's "
                        "train pages only (training/train_textmode.py --flattener --out)")
    args = parser.parse_args(argv)
    extract_text("warm-up: load the model and the language identifier once")
    models = {"shipped (all train pages)": load_model()}
    for item in args.trained_on:
        name, _, path = item.partition("=")
        models[f"{name} train pages only"] = load_model(Path(path))
    scores, pages = run_body(args.sets, args.limit, models)
    methods = ("pressclip", "whole text", "jusText on lines",
               *(f"{name} on the HTML" for name in HTML_REFERENCES))
    out = [header("Text mode (extract_text on flattened pages)"),
           "Body: shingle F1 on the heldout part (split by site: sites never seen in "
           "training) of each flattened-text set, per flattener: textmode.jsonl.gz (old "
           "sets) and textmode_fundus_dev.jsonl.gz (modern pages, 2023-2025) apart. The rows "
           "'on the HTML' are a reference, not a baseline: HTML extractors run on the same "
           "pages' original HTML (which text mode never sees), scored against the same "
           "gold.\n"]
    for text_set in args.sets:
        rows = []
        for flattener in FLATTENERS:
            for method in methods:
                s = score_set(scores[(text_set, flattener, method)])
                rows.append([flattener, method, s.pages, s.precision, s.recall, s.f1,
                             s.median_f1])
        out += [f"\n{TEXT_SETS[text_set][0]} ({text_set}):\n",
                table(["flattener", "method", "pages", "precision", "recall", "F1",
                       "median F1"], rows)]
        languages = sorted({group.partition(", ")[2] for (name, group, _) in scores
                            if name == text_set and ", " in group})
        if languages:
            rows = []
            for flattener in FLATTENERS:
                for lang in languages:
                    group = f"{flattener}, {lang}"
                    row = [score_set(scores[(text_set, group, m)]) for m in
                           ("pressclip", "jusText on lines", "pressclip on the HTML",
                            "trafilatura on the HTML")]
                    if row[0].pages:
                        rows.append([flattener, lang, row[0].pages, *(x.f1 for x in row)])
            out += [f"\n{TEXT_SETS[text_set][0]}, body F1 per language:\n",
                    table(["flattener", "lang", "pages", "pressclip", "jusText on lines",
                           "pressclip on the HTML", "trafilatura on the HTML"], rows)]
    if args.speed_rounds:
        out += [f"\nSpeed: CPU seconds (time.process_time, one process, median of "
                f"{args.speed_rounds} passes) of extract_text(facts=False) on the flattened "
                "pages and of extract(facts=False) on the same pages' HTML, each group's pages "
                "back to back, the two taking turns in each round; the ratio is HTML time over "
                "text time (text mode's aim: 1.5 or more).\n",
                table(["set", "flattener", "pages", "extract_text CPU s", "extract CPU s",
                       "ratio"], speed_rows(pages, args.speed_rounds)),
                "\nWhere extract_text(facts=False)'s CPU time goes: share of each stage, "
                "one pass over each set's pages (both flatteners), each stage's function "
                "timed with time.process_time; ms a page is the pass's mean.\n",
                table(["set", "pages", "ms a page", *(name for _, _, name in STAGES), "rest"],
                      stage_rows(pages))]
    generality = []
    for name in models:
        generality.append([name, *(score_set(scores[(text_set, f, f"locator: {name}")]).f1
                                   for text_set in args.sets for f in FLATTENERS)])
    out += ["\nGenerality: body F1 of the locator alone (lines kept by the line model and "
            "decoder, before headline and credit handling) on each set's and flattener's "
            "heldout pages.\n",
            table(["model learnt from", *(f"F1 {TEXT_SETS[t][0]}, {f}" for t in args.sets
                                          for f in FLATTENERS)], generality)]
    rows = []
    entry_sets = credit_sets([path for _, path in CREDIT_SETS])
    for (name, path), entries in zip(CREDIT_SETS, entry_sets, strict=True):
        counts = credit_scores(entries)
        if path == CREDIT_LINES:
            counts["relative dates"] = relative_date_scores()
        rows += [[name, k, c.tp, c.fp, c.fn, c.precision, c.recall] for k, c in counts.items()]
    out += ["\nCredits and relative dates, lines from ../shared/data pages: "
            "tests/data/credits_lines.jsonl and credits_relative_dates.jsonl were read while "
            "writing the rules; credits_lines_blind.jsonl (69 lines) and credits_lines_blind2."
            "jsonl (72 lines) were labelled by reading alone, without running the reader, and "
            "each scored once before its errors were read (blind 1 with the rules of 1ef2325: "
            "credit lines R 0.353, contributors R 0.536, agencies R 0.483; blind 2 with those "
            "of af04ba6: credit lines P 0.900 R 0.486, contributors P 1.000 R 0.846, agencies "
            "P 0.857 R 0.600). Both were read after that, and rules written from their errors: "
            "no unread set is left, the figures below are on read lines.\n",
            table(["lines", "what", "tp", "fp", "fn", "precision", "recall"], rows)]
    seed = seed_rows()
    if seed:
        out += ["\nThe seed record (issue 15, item 4): ../shared/examples/aggregator-page-fr.txt "
                "through extract_text with reference time 2025-07-10 (`bench.textmode."
                "seed_rows`; tests/test_textmode_example.py holds the same).\n",
                table(["item", "expected", "got", "right"], seed)]
    markdown = "\n".join(out)
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
