"""`--focus precision|balanced|recall`: the threshold curves, and each focus measured beside
trafilatura's own `favor_precision` / `favor_recall` on the same pages.

1. `--curve` (train pages only): the locator's keep threshold moved by each shift of a grid,
   the text of its kept blocks scored against the gold body (shingle precision and recall,
   bench/scoring.py) per full-body set; the sets' means give one curve. balanced is the
   shipped threshold; precision takes the shift above zero with the best F0.5 on the curve,
   recall the shift below zero with the best F2 (options.LOCATOR_SHIFTS holds the chosen
   shifts).
2. Default (heldout pages): `pressclip.extract(..., focus=F)` for each focus, and
   trafilatura with its defaults, `favor_precision=True` and `favor_recall=True` (its
   benchmark settings otherwise, as bench/anchors.py calls it), per set, per language, and
   on trafilatura.jsonl.gz's with/without segments.
3. `--text`: the same for text mode (extract_text on flattened pages: its line decoder's
   threshold, options.TEXT_SHIFTS), per text set and flattener; no peer reads flattened
   text, so there is no anchor beside it.

    python -m bench.focus --curve --limit 150       # choose the shifts on train pages
    python -m bench.focus --write                   # heldout figures into RESULTS.md
    python -m bench.focus --text --curve --write    # text mode's curve
    python -m bench.focus --text --write            # text mode's heldout figures

Prints Markdown on stdout and progress on stderr.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from collections.abc import Callable

from bench import datasets
from bench.anchors import Anchor, Result, page_url, quiet_peer_logs
from bench.body import body_table, language_table, run_body_set
from bench.report import Progress, header, table, write_section
from bench.scoring import PageScore, SegmentCounts, score_page, score_segments, score_set, tokens

SECTION = "focus"
# Shifts of the locator's keep threshold (0.6 as shipped) tried on the train pages.
# From 0.2 to 0.95: at 1.0 no block clears the threshold and the fallback region decides.
GRID = tuple(round(-0.40 + 0.05 * i, 2) for i in range(16))  # -0.40 .. +0.35
SEGMENT_SET = "trafilatura"
# Text mode: the flattened-text sets, and shifts of its decoder's threshold (the model
# file's, tuned on held-back train sites; read from it for the report).
TEXT_SETS = ("textmode", "textmode_fundus_dev")
TEXT_GRID = tuple(round(-0.35 + 0.05 * i, 2) for i in range(15))  # -0.35 .. +0.35
PRECISION_BETA = 0.5
RECALL_BETA = 2.0


def f_beta(precision: float, recall: float, beta: float) -> float:
    b2 = beta * beta
    denominator = b2 * precision + recall
    return (1 + b2) * precision * recall / denominator if denominator else 0.0


# ------------------------------------------------------------------ the curve (train pages)


def located_texts(row: dict, shifts: tuple[float, ...]) -> list[str]:
    """The text of the locator's kept blocks at each shift, the page parsed once (the
    locator reads the cleaned tree without changing it)."""
    from pressclip.clean import clean
    from pressclip.intake import page_text
    from pressclip.locate import locate_article
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    tree = parse_html(page_text(row["html"]))
    meta = read_metadata(tree, page_url(row))
    clean(tree)
    texts = []
    for shift in shifts:
        located = locate_article(tree, meta.article_body, threshold_shift=shift)
        texts.append("\n\n".join(b.text for b in located.blocks))
    return texts


def curve(sets: list[str], limit: int | None) -> tuple[str, dict[str, float]]:
    """The locator's curve: its Markdown and the shift each focus takes."""
    per_set = {name: _set_curve(name, limit, GRID, located_texts) for name in sets}
    return _curve_report(per_set, GRID, limit, "The keep threshold (0.6 as shipped)",
                         "the locator's kept blocks, before the edge passes")


def decoded_texts(row: dict, shifts: tuple[float, ...]) -> list[str]:
    """The lines text mode's decoder keeps at each shift (before headline and credits)."""
    from pressclip.textmode.lines import split_lines
    from pressclip.textmode.model import load_model

    lines = split_lines(row["text"])
    if not lines:
        return [""] * len(shifts)
    model = load_model()
    return ["\n".join(line for line, k in zip(lines, model.locate(lines, shift, row["text"])[0],
                                              strict=True) if k) for shift in shifts]


def text_curve(limit: int | None) -> tuple[str, dict[str, float]]:
    """Text mode's decoder curve on the text sets' train pages."""
    per_set = {name: _set_curve(name, limit, TEXT_GRID, decoded_texts) for name in TEXT_SETS}
    from pressclip.textmode.model import load_model

    shipped = load_model().decode.threshold
    return _curve_report(per_set, TEXT_GRID, limit, f"Text mode's decoder threshold ({shipped:g} "
                         "as shipped)", "the lines the decoder keeps, before headline and credits")


def _set_curve(name: str, limit: int | None, grid: tuple[float, ...],
               texts_of: Callable[..., list[str]]) -> list[list[PageScore]]:
    """Page scores at each shift of the grid, over the set's train pages."""
    scores: list[list[PageScore]] = [[] for _ in grid]
    progress = Progress(f"{name} train")
    for row in datasets.rows(name, split="train"):
        if limit is not None and progress.done >= limit:
            break
        if not tokens(row.get("body")):
            continue
        for i, text in enumerate(texts_of(row, grid)):
            scores[i].append(score_page(row["body"], text))
        progress.step()
    progress.finish()
    return scores


def _curve_report(per_set: dict[str, list[list[PageScore]]], grid: tuple[float, ...],
                  limit: int | None, moved: str, scored: str) -> tuple[str, dict[str, float]]:
    sets = list(per_set)
    rows = []
    points = []
    for i, shift in enumerate(grid):
        sets_scored = [score_set(per_set[name][i]) for name in sets if per_set[name][i]]
        precision = sum(s.precision for s in sets_scored) / len(sets_scored)
        recall = sum(s.recall for s in sets_scored) / len(sets_scored)
        points.append((shift, precision, recall))
        rows.append((f"{shift:+.2f}", sum(s.pages for s in sets_scored), precision, recall,
                     f_beta(precision, recall, 1.0), f_beta(precision, recall, PRECISION_BETA),
                     f_beta(precision, recall, RECALL_BETA),
                     *(s.f1 for s in sets_scored)))
    # A focus moves the threshold its own way: precision never keeps more than balanced,
    # recall never less. On the trees' own train pages the curve can peak past zero for both
    # (the trees are surer there than on unseen sites), and a recall focus equal to balanced
    # would be no focus.
    chosen = {
        "precision": max((p for p in points if p[0] > 0),
                         key=lambda p: f_beta(p[1], p[2], PRECISION_BETA))[0],
        "balanced": 0.0,
        "recall": max((p for p in points if p[0] < 0),
                      key=lambda p: f_beta(p[1], p[2], RECALL_BETA))[0],
    }
    text = (
        "### The curve on train pages\n\n"
        f"{moved} moved by `shift`; P and R are the means over the sets of their shingle "
        f"precision and recall ({scored}){f', at most {limit} pages per set' if limit else ''}"
        ". precision takes the best F0.5 above zero, recall the best F2 below zero: "
        f"**{chosen['precision']:+.2f}** "
        f"and **{chosen['recall']:+.2f}**.\n\n"
        + table(("shift", "pages", "P", "R", "F1", "F0.5", "F2",
                 *(f"{name} F1" for name in sets)), rows))
    return text, chosen


# ------------------------------------------------------------------ heldout pages


def _pressclip(focus: str) -> Callable[..., Result]:
    def run(html: str, url: str | None, lang: str | None = None) -> Result:
        import pressclip

        return {"text": pressclip.extract(html, url=url, facts=False, focus=focus).text}

    return run


def _trafilatura(**favor: bool) -> Callable[..., Result]:
    def run(html: str, url: str | None, lang: str | None = None) -> Result:
        import trafilatura

        # bench/anchors.py's settings (trafilatura's own benchmark), with the favor flag.
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False, include_tables=True,
                                          **favor)
        return {"text": (doc.text if doc is not None else "") or ""}

    return run


def contenders() -> list[Anchor]:
    return [
        Anchor("pressclip precision", _pressclip("precision")),
        Anchor("pressclip balanced", _pressclip("balanced")),
        Anchor("pressclip recall", _pressclip("recall")),
        Anchor("trafilatura favor_precision", _trafilatura(favor_precision=True)),
        Anchor("trafilatura", _trafilatura()),
        Anchor("trafilatura favor_recall", _trafilatura(favor_recall=True)),
    ]


def heldout_sets(sets: list[str], limit: int | None) -> str:
    anchors = contenders()
    parts = []
    pages: list[tuple[str, str, str]] = []
    every: dict[str, list[PageScore]] = defaultdict(list)
    for name in sets:
        scores, errors = run_body_set(name, anchors, "heldout", limit, pages)
        for extractor, page_scores in scores.items():
            every[extractor].extend(page_scores)
        parts.append(f"### {name}, heldout\n\n" + body_table(scores, errors))
    parts.append("### All sets, heldout\n\n"
                 + body_table(every, {a.name: a.errors for a in anchors}))
    parts.append("### Per language, all sets (headline F1)\n\n" + language_table(pages, every))
    parts.append(segments(anchors, limit))
    return "\n".join(parts)


def segments(anchors: list[Anchor], limit: int | None) -> str:
    counts: dict[str, SegmentCounts] = defaultdict(SegmentCounts)
    progress = Progress(f"{SEGMENT_SET} heldout")
    for row in datasets.rows(SEGMENT_SET, split="heldout"):
        if limit is not None and progress.done >= limit:
            break
        if not row.get("with") and not row.get("without"):
            continue
        for a in anchors:
            text = a(row["html"], page_url(row), row.get("lang"))["text"]
            counts[a.name].add(score_segments(text, row.get("with") or [],
                                              row.get("without") or []))
        progress.step()
    progress.finish()
    rows = [(name, progress.done, c.precision, c.recall, c.f1) for name, c in counts.items()]
    return (f"### {SEGMENT_SET}: with/without segments, heldout\n\n"
            "A `with` segment found counts for recall, a `without` segment found against "
            "precision (whitespace collapsed).\n\n"
            + table(("extractor", "pages", "precision", "recall", "F1"), rows))


def heldout_text(limit: int | None) -> str:
    """extract_text with each focus on the text sets' heldout pages, per set and flattener,
    and per language over both sets."""
    from pressclip import ExtractionError, extract_text
    from pressclip.options import FOCUSES

    scores: dict[tuple[str, str], dict[str, list[PageScore]]] = defaultdict(
        lambda: defaultdict(list))
    pages: list[tuple[str, str, str]] = []
    every: dict[str, list[PageScore]] = defaultdict(list)
    for name in TEXT_SETS:
        progress = Progress(f"{name} heldout")
        for row in datasets.rows(name, split="heldout"):
            if limit is not None and progress.done >= limit:
                break
            if not tokens(row.get("body")):
                continue
            for focus in FOCUSES:
                try:
                    text = extract_text(row["text"], url=row.get("url"), facts=False,
                                        focus=focus).text
                except ExtractionError:  # a flattener that lost the whole page
                    text = ""
                score = score_page(row["body"], text)
                scores[(name, row["flattener"])][focus].append(score)
                every[focus].append(score)
            pages.append((name, row["id"], row.get("lang") or "?"))
            progress.step()
        progress.finish()
    parts = []
    for (name, flattener), by_focus in sorted(scores.items()):
        parts.append(f"### {name}, {flattener}, heldout\n\n"
                     + body_table(by_focus, dict.fromkeys(by_focus, 0)))
    parts.append("### Per language, both sets (headline F1)\n\n" + language_table(pages, every))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(datasets.BODY_SETS),
                        choices=datasets.BODY_SETS)
    parser.add_argument("--curve", action="store_true",
                        help="the threshold curve on train pages (to choose the shifts)")
    parser.add_argument("--text", action="store_true",
                        help="text mode (extract_text on the flattened-text sets)")
    parser.add_argument("--limit", type=int, help="at most this many pages per set")
    parser.add_argument("--write", action="store_true",
                        help="replace this script's part of bench/RESULTS.md")
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    quiet_peer_logs()
    if args.text and args.curve:
        text, chosen = text_curve(args.limit)
        print(f"chosen shifts: {chosen}", flush=True)
        title, key = "Focus: text mode's threshold curve (train pages)", SECTION + "-text-curve"
    elif args.text:
        text = (
            "Shingle precision, recall and F1 of `extract_text` on the **heldout** split of "
            "the flattened-text sets" + (f", at most {args.limit} pages per set" if args.limit
                                         else "")
            + ", for each focus (its shift of the line decoder's threshold: "
            "options.TEXT_SHIFTS), in one run. No peer reads flattened text.\n\n"
            + heldout_text(args.limit))
        title, key = "Focus: text mode per focus (heldout pages)", SECTION + "-text"
    elif args.curve:
        text, chosen = curve(args.sets, args.limit)
        print(f"chosen shifts: {chosen}", flush=True)
        title, key = "Focus: the locator's threshold curve (train pages)", SECTION + "-curve"
    else:
        text = (
            "Shingle precision, recall and F1 (bench/scoring.py) on the **heldout** split"
            + (f", at most {args.limit} pages per set" if args.limit else "")
            + ", for each `--focus` (its shift of the locator's threshold: "
            "options.LOCATOR_SHIFTS) beside trafilatura's own switches, on the same pages in "
            "one run.\n\n" + heldout_sets(args.sets, args.limit))
        title, key = "Focus: precision and recall per --focus (heldout pages)", SECTION
    markdown = header(title) + "\n" + text
    print(markdown)
    if args.write:
        write_section(key, markdown)


if __name__ == "__main__":
    main()
