"""Do two revisions of pressclip give the same records? The check behind a speed-only change.

    python -m bench.same_records REV [--sets NAME ...] [--limit N] [--bytes] [--write]

REV (any git revision) is checked out in a temporary worktree; each revision extracts every
page of the full-body sets and of trafilatura.jsonl.gz and htmldate.jsonl.gz in its own
process (facts=False, one fixed reference time so that relative dates agree), and the
records are compared field by field. The table counts the records that differ, per split
and field; a change meant to alter no output must print none. Accuracy figures measured
before such a change then still hold for the code after it. With --bytes each page is given
as the bytes it was served in (the encoding the set records in `extra.encoding`, characters
it cannot hold as character references), so that the decoding of bytes is compared too.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime
from pathlib import Path

from bench import datasets
from bench.report import header, table, write_section

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SETS = (*datasets.BODY_SETS, "trafilatura", "htmldate")
REFERENCE_TIME = "2026-01-01T00:00:00+00:00"
SECTION = "same-records"

# Runs in the child, with the revision's src/ first on the path.
_CHILD = """
import json, sys
from datetime import datetime
sys.path.insert(0, sys.argv[1])
import pressclip
from bench import datasets
reference = datetime.fromisoformat(sys.argv[3])
as_bytes = sys.argv[6] == "1"
out = {}
for name in json.loads(sys.argv[4]):
    for row in datasets.rows(name, limit=int(sys.argv[5]) or None):
        page = row["html"]
        if as_bytes:
            served = ((row.get("extra") or {}).get("encoding") or "utf-8").split("(")[0]
            try:
                page = page.encode(served, "xmlcharrefreplace")
            except LookupError:
                page = page.encode("utf-8", "surrogatepass")
        try:
            record = pressclip.extract(page, url=row.get("url"), facts=False,
                                       reference_time=reference).to_dict()
        except Exception as exc:  # a crash is a difference like any other
            record = {"error": type(exc).__name__}
        out[row["id"]] = record
with open(sys.argv[2], "w", encoding="utf-8") as fh:
    json.dump(out, fh)
"""


def records(src: Path, sets: list[str], limit: int, out: Path, as_bytes: bool = False
            ) -> dict[str, dict]:
    subprocess.run([sys.executable, "-c", _CHILD, str(src), str(out), REFERENCE_TIME,
                    json.dumps(sets), str(limit), "1" if as_bytes else "0"], check=True,
                   cwd=REPO)
    return json.loads(out.read_text("utf-8"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("rev", help="the revision to compare the working tree with")
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    parser.add_argument("--bytes", action="store_true", dest="as_bytes",
                        help="give each page as the bytes it was served in, not as str")
    parser.add_argument("--write", action="store_true",
                        help="write the result into bench/RESULTS.md")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "rev"
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(tree), args.rev],
                       check=True, cwd=REPO)
        try:
            old = records(tree / "src", args.sets, args.limit, Path(tmp) / "old.json",
                          args.as_bytes)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=REPO)
        new = records(REPO / "src", args.sets, args.limit, Path(tmp) / "new.json",
                      args.as_bytes)
    rows = {row["id"]: row for name in args.sets
            for row in datasets.rows(name, limit=args.limit or None)}
    splits = {page_id: datasets.split_of(row) for page_id, row in rows.items()}
    differing: Counter[tuple[str, str]] = Counter()
    pages: Counter[str] = Counter()
    listed = []
    for page_id, before in old.items():
        after = new.get(page_id, {})
        fields = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        if fields:
            pages[splits[page_id]] += 1
            for field in fields:
                differing[(splits[page_id], field)] += 1
            why = _as_text_gives(rows[page_id], after) if args.as_bytes else ""
            listed.append(f"- {page_id} ({splits[page_id]}): {', '.join(fields)}{why}")
    head = _git("rev-parse", "--short", "HEAD")
    dirty = " with uncommitted changes" if _git("status", "--porcelain", "--", "src") else ""
    lines = [
        header("Same records across revisions, pages given as served bytes" if args.as_bytes
               else "Same records across revisions"),
        f"Records of {args.rev} ({_git('rev-parse', '--short', args.rev)}) and of {head}"
        f"{dirty}, on all {len(old)} pages of {', '.join(args.sets)}"
        f"{' given as the bytes they were served in' if args.as_bytes else ''} (facts=False, "
        f"reference time {REFERENCE_TIME}): records differing on heldout pages "
        f"{pages['heldout']}, on train pages {pages['train']}.\n",
    ]
    if differing:
        lines.append(table(["split", "field", "records"],
                           [[s, f, n] for (s, f), n in sorted(differing.items())]))
        lines += ["", *listed]
    markdown = "\n".join(lines)
    print(markdown)
    if args.write:
        write_section(SECTION + ("-bytes" if args.as_bytes else ""), markdown)


def _as_text_gives(row: dict, after: dict) -> str:
    """Whether a record that changed on the page's bytes is now the record of the page's
    served text (the working tree's extract on the str): the mark of a decoding fix."""
    import pressclip

    reference = datetime.fromisoformat(REFERENCE_TIME)
    try:
        record = pressclip.extract(row["html"], url=row.get("url"), facts=False,
                                   reference_time=reference).to_dict()
    except Exception as exc:  # noqa: BLE001 - as in the child
        record = {"error": type(exc).__name__}
    return " (now the record of its served text)" if record == after else \
        " (not the record of its served text)"


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True,
                          check=True).stdout.strip()

if __name__ == "__main__":
    main()
