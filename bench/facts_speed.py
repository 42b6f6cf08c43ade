"""The full record's speed (metadata on, facts on) beside trafilatura, and facts per page.

    python -m bench.facts_speed [--pages 150] [--repeats 5] [--against REV] [--write]
    python -m bench.facts_speed --callgrind REV
    python -m bench.facts_speed --against REV --stage quotes

Pages: bench/speed.py's pick (heldout pages taken in turn from every full-body set and
trafilatura.jsonl.gz), passed as `str` with their URL. In one process, each repeat times
in turn, on every page: trafilatura (bench/anchors.py's call: default mode, metadata on),
pressclip.extract with facts off and pressclip.extract with facts on, by CPU time
(`time.process_time`; the machine is shared, wall time means little). A warm-up pass over
a few pages first (imports, lazy tables; not timed). The table quotes, per extractor, the
median over repeats of CPU seconds for all pages and its ratio to trafilatura's in the same
repeat (`x trafilatura` > 1: faster than trafilatura).

Facts: per page (median and mean) and per 1,000 words of the record's text, over the
records whose facts were read (record.facts_language set), and how many pages were read.
The facts pass's own cost is the difference of the two pressclip rows (facts on minus facts
off, medians of the same run), per page read and per 1,000 words of the records read.

With --against REV, the facts pass alone against a revision's: the texts the facts pass
reads on these pages (record text, language and date, as this tree extracts them) are given
to facts.analyse.read_facts of REV (checked out in a temporary worktree, its Python
modules) and of this tree, each in its own process, the two taking turns `repeats` times;
each process times one pass over all texts after a warm-up pass (CPU time). The line quotes
the medians, per 1,000 words, and their ratio. A checkout has no compiled modules, and
without them REV would run its Python twins and look slower than it is: its extensions are
built in the checkout (`python setup.py build_ext --inplace -q`) once per commit, and the
modules kept in bench/out/compiled/COMMIT/ for later runs; the line says whether REV's
modules were built, taken from that cache, or (the build failing) left to the Python twins.
With --stage quotes, only the quote finder is timed so (find_quotes,
given each text's mentions found by its own tree before the clock starts) and the timing
table is skipped: the quote finder is a fifth of the facts pass, and a change to it alone
is lost in the noise of the whole pass.

With --callgrind REV, the same texts and trees as --against, by instructions (valgrind's
callgrind; CPU time moves with the machine's load, the count of instructions does not):
each tree's child runs twice, a warm-up pass alone, then the warm-up pass and one pass
more; the difference is the instructions of one pass of read_facts over the texts. The
timing table is skipped.

With --same-facts REV, whether REV's read_facts and this tree's give the same facts: on
the same texts as --against plus every text of the entity golds (tests/data/
entities_modern.jsonl, entities_newswire.jsonl as written and tokenised; sealed batches
left out) and of the quote dev set, each tree in its own process writes every quote (words,
speaker, kind, offsets, cue, speaker's kind), entity (text, type, offsets, canonical form),
date and the facts' language; the line counts the texts whose facts differ (a speed change
must leave it at 0). The timing table is skipped: only the check runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.anchors import anchor, quiet_peer_logs
from bench.callgrind import count_instructions
from bench.report import header, table, write_section
from bench.speed import pick_pages

WARMUP_PAGES = 3
SECTION = "facts-speed"
REPO = Path(__file__).resolve().parent.parent
# REV's compiled modules, one directory per commit, built once in a checkout of it.
COMPILED = REPO / "bench" / "out" / "compiled"
# Runs in the child, with a revision's src/ first on the path: CPU seconds of one pass of
# read_facts (or, with "quotes", of find_quotes given each text's mentions, found before
# the clock starts) over the texts, after a warm-up pass.
_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from pressclip.facts.analyse import read_facts
texts = json.load(open(sys.argv[2], encoding="utf-8"))
if sys.argv[3] == "quotes":
    from pressclip.facts.composed import composed
    from pressclip.facts.names import find_mentions
    from pressclip.facts.quotes import find_quotes
    jobs = [(find_quotes, (text, language, find_mentions(composed(text)[0])))
            for text, language, _ in texts]
else:
    jobs = [(read_facts, args) for args in texts]
for run, args in jobs:
    run(*args)
started = time.process_time()
for run, args in jobs:
    run(*args)
print(time.process_time() - started)
"""
# Runs in the child under callgrind: a warm-up pass, then as many passes as asked.
_CALLGRIND_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pressclip.facts.analyse import read_facts
texts = json.load(open(sys.argv[2], encoding="utf-8"))
for _ in range(1 + int(sys.argv[3])):
    for text, language, published in texts:
        read_facts(text, language, published)
"""
# Runs in the child, with a revision's src/ first on the path: every fact of every text,
# one JSON string per text, compared with the other tree's.
_FACTS_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from pressclip.facts.analyse import read_facts
texts = json.load(open(sys.argv[2], encoding="utf-8"))
out = []
for text, language, published in texts:
    facts = read_facts(text, language, published)
    out.append(repr((facts.quotes, facts.entities, facts.dates, facts.language)))
json.dump(out, open(sys.argv[3], "w", encoding="utf-8"))
"""


def _full_record(facts: bool):
    import pressclip

    def run(page: dict) -> object:
        try:
            return pressclip.extract(page["html"], url=page["url"], facts=facts)
        except pressclip.ExtractionError:
            return None

    return run


def _trafilatura():
    extract = anchor("trafilatura")

    def run(page: dict) -> object:
        return extract(page["html"], page["url"], page["lang"])

    return run


def cpu_runs(pages: list[dict], repeats: int) -> dict[str, list[float]]:
    """CPU seconds for all pages, per extractor and repeat, interleaved."""
    runners = {"trafilatura": _trafilatura(), "pressclip (facts off)": _full_record(False),
               "pressclip (facts on)": _full_record(True)}
    for run in runners.values():
        for page in pages[:WARMUP_PAGES]:
            run(page)
    out: dict[str, list[float]] = {name: [] for name in runners}
    for _ in range(repeats):
        for name, run in runners.items():
            started = time.process_time()
            for page in pages:
                run(page)
            out[name].append(time.process_time() - started)
    return out


def facts_counts(pages: list[dict]) -> tuple[list[list[object]], int, int]:
    """Quotes, entities and dates per page and per 1,000 words of the records read, the
    words of those records and how many they are."""
    run = _full_record(True)
    per_page: dict[str, list[int]] = {"quotes": [], "entities": [], "dates": []}
    words = 0
    read = 0
    for page in pages:
        record = run(page)
        if record is None or record.facts_language is None:
            continue
        read += 1
        words += len(record.text.split())
        for kind in per_page:
            per_page[kind].append(len(getattr(record, kind)))
    rows = []
    for kind, counts in per_page.items():
        rows.append([kind, read, statistics.median(counts) if counts else 0.0,
                     statistics.mean(counts) if counts else 0.0,
                     sum(counts) * 1000 / words if words else 0.0])
    return rows, words, read


def facts_inputs(pages: list[dict]) -> list[tuple[str, str, str | None]]:
    """(text, language, date) of every record whose facts are read: what read_facts gets."""
    import pressclip

    out = []
    for page in pages:
        try:
            record = pressclip.extract(page["html"], url=page["url"], facts=True)
        except pressclip.ExtractionError:
            continue
        if record.facts_language is not None:
            out.append((record.text, record.language, record.date))
    return out


def compile_checkout(rev: str, tree: Path) -> str:
    """Put REV's compiled modules in `tree`, its checkout: built there by its own setup.py
    the first time, copied from bench/out/compiled/COMMIT/ after. Says which it did."""
    commit = subprocess.run(["git", "rev-parse", f"{rev}^{{commit}}"], check=True, cwd=REPO,
                            capture_output=True, text=True).stdout.strip()
    cache = COMPILED / commit
    if not cache.is_dir():
        built = subprocess.run([sys.executable, "setup.py", "build_ext", "--inplace", "-q"],
                               cwd=tree, capture_output=True, text=True)
        if built.returncode != 0:
            return (f"{rev}'s extensions did not build in its checkout, so it ran its Python "
                    "twins (slower than its compiled modules).")
        staged = cache.with_name(commit + ".partial")
        shutil.rmtree(staged, ignore_errors=True)
        staged.mkdir(parents=True)
        copy_modules(tree / "src", staged)
        staged.rename(cache)
        return f"{rev}'s extensions were built in its checkout (now cached in {cache})."
    copy_modules(cache, tree / "src")
    return f"{rev}'s compiled modules came from an earlier build of its checkout ({cache})."


def copy_modules(source: Path, target: Path) -> None:
    """Copy every compiled module under `source` to the same place under `target`."""
    for module in source.rglob("*.so"):
        copied = target / module.relative_to(source)
        copied.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(module, copied)


def gold_inputs() -> list[tuple[str, str, str | None]]:
    """(text, language, None) of every text of the entity golds and the quote dev set
    (sealed batches left out): the texts the facts rules were written and scored on."""
    from bench import entity_gold
    from bench.quotes_devset import annotated_texts, load_annotations

    out = [(d.text, d.language, None) for d in entity_gold.read()]
    out += [(d.text, d.language, None) for d in entity_gold.read_newswire()]
    out += [(text, doc.get("language") or "en", None)
            for doc, text, _ in annotated_texts(load_annotations())]
    return out


@contextmanager
def revision_inputs(rev: str, texts: list) -> Iterator[tuple[Path, Path, Path, str]]:
    """A scratch directory holding the texts as JSON and REV checked out beside them, its
    extensions compiled: (directory, the texts' file, REV's src, how REV got its compiled
    modules).
    The checkout is removed on the way out, whatever happens in between."""
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        inputs = tmp / "texts.json"
        inputs.write_text(json.dumps(texts), encoding="utf-8")
        tree = tmp / "rev"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), rev],
                       check=True, cwd=REPO)
        try:
            yield tmp, inputs, tree / "src", compile_checkout(rev, tree)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO)


def same_facts(rev: str, pages: list[dict]) -> str:
    """Texts whose facts differ between REV and this tree (see the module's doc)."""
    records = facts_inputs(pages)
    texts = records + gold_inputs()
    with revision_inputs(rev, texts) as (tmp, inputs, rev_src, built):
        facts = []
        for src in (rev_src, REPO / "src"):
            out = tmp / f"{len(facts)}.json"
            subprocess.run([sys.executable, "-c", _FACTS_CHILD, str(src), str(inputs),
                            str(out)], check=True, cwd=REPO)
            facts.append(json.loads(out.read_text(encoding="utf-8")))
    differ = sum(a != b for a, b in zip(*facts, strict=True))
    return (f"Same facts (`--same-facts {rev}`): {len(texts)} texts ({len(records)} "
            f"records of these pages, the rest the entity golds and the quote dev set), "
            f"{differ} differ. {built}")


def against(rev: str, pages: list[dict], repeats: int, stage: str = "facts") -> str:
    """The facts pass alone (stage "facts") or its quote finder alone ("quotes"), REV
    against this tree (see the module's doc)."""
    texts = facts_inputs(pages)
    words = sum(len(text.split()) for text, _, _ in texts)
    seconds: dict[str, list[float]] = {rev: [], "this tree": []}
    with revision_inputs(rev, texts) as (_, inputs, rev_src, built):
        for _ in range(repeats):
            for name, src in ((rev, rev_src), ("this tree", REPO / "src")):
                done = subprocess.run([sys.executable, "-c", _CHILD, str(src), str(inputs),
                                       stage],
                                      check=True, cwd=REPO, capture_output=True, text=True)
                seconds[name].append(float(done.stdout.strip()))
    before, after = (statistics.median(s) * 1e6 / words for s in seconds.values())
    what = "The quote finder alone (`--stage quotes`, find_quotes given the mentions" \
        if stage == "quotes" else "The facts pass alone (read_facts"
    return (f"{what}, `--against {rev}`: on the {len(texts)} texts "
            f"read, {words} words, {repeats} turns of one process each): {before:.2f} CPU ms "
            f"per 1,000 words at {rev}, {after:.2f} in this tree ({after / before:.2f} of "
            f"its cost). {built}")


def instructions(src: Path, inputs: Path, passes: int) -> int:
    """Instructions callgrind counts in a child that reads the texts with `src`'s
    read_facts: a warm-up pass, then `passes` passes."""
    return count_instructions([sys.executable, "-c", _CALLGRIND_CHILD, str(src), str(inputs),
                               str(passes)], "the facts child")


def callgrind(rev: str, pages: list[dict]) -> str:
    """Instructions of one pass of read_facts, REV against this tree (see the module's doc)."""
    texts = facts_inputs(pages)
    counts = {}
    with revision_inputs(rev, texts) as (_, inputs, rev_src, built):
        for name, src in ((rev, rev_src), ("this tree", REPO / "src")):
            counts[name] = instructions(src, inputs, 1) - instructions(src, inputs, 0)
    before, after = counts.values()
    return (f"The facts pass alone by instructions (`--callgrind {rev}`: read_facts on the "
            f"{len(texts)} texts read, one pass after a warm-up pass whose count is "
            f"subtracted): {before / 1e6:,.1f}M at {rev}, {after / 1e6:,.1f}M in this tree "
            f"({after / before:.3f} of its count). {built}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=150)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--against", metavar="REV",
                        help="time the facts pass alone against this revision's")
    parser.add_argument("--stage", choices=("facts", "quotes"), default="facts",
                        help="with --against: time read_facts, or find_quotes alone")
    parser.add_argument("--callgrind", metavar="REV",
                        help="only count read_facts' instructions against this revision's")
    parser.add_argument("--same-facts", metavar="REV",
                        help="only check that this revision's facts are this tree's")
    parser.add_argument("--write", action="store_true", help="write bench/RESULTS.md's section")
    args = parser.parse_args()
    quiet_peer_logs()
    pages = pick_pages(args.pages)
    if args.same_facts:
        print(same_facts(args.same_facts, pages))
        return
    if args.callgrind:
        print(callgrind(args.callgrind, pages))
        return
    if args.against and args.stage == "quotes":
        print(against(args.against, pages, args.repeats, args.stage))
        return
    runs = cpu_runs(pages, args.repeats)
    reference = runs["trafilatura"]
    facts = statistics.median(runs["pressclip (facts on)"]) - \
        statistics.median(runs["pressclip (facts off)"])
    counts, words, read = facts_counts(pages)
    rows = []
    for name, seconds in runs.items():
        ratios = [r / s for r, s in zip(reference, seconds, strict=True) if s]
        rows.append([name, len(pages), statistics.median(seconds),
                     statistics.median(seconds) * 1000 / len(pages),
                     statistics.median(ratios)])
    lines = [
        header("Full record speed with facts, and facts per page"),
        f"{len(pages)} heldout pages (bench/speed.py's pick), {args.repeats} interleaved "
        "repeats in one process, CPU time; medians over repeats. `x trafilatura`: "
        "trafilatura's CPU time over the extractor's in the same repeat (above 1: faster).",
        "",
        table(["extractor", "pages", "CPU s (all pages)", "CPU ms / page", "x trafilatura"],
              rows),
        f"The facts pass (facts on minus facts off): {facts * 1000 / read if read else 0.0:.2f}"
        f" CPU ms per page read ({read} pages), {facts * 1e6 / words if words else 0.0:.2f} "
        "CPU ms per 1,000 words of their records.",
        "",
        "Facts of the records read (facts_language set):",
        "",
        table(["facts", "pages read", "median per page", "mean per page", "per 1,000 words"],
              counts),
    ]
    if args.against:
        lines += [against(args.against, pages, args.repeats), ""]
    body = "\n".join(lines)
    print(body)
    if args.write:
        write_section(SECTION, body)


if __name__ == "__main__":
    main()
