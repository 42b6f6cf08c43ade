"""Instructions a page of the metadata pass, counted by callgrind (load does not move them).

    python -m bench.metadata_cost [--pages 40]

The pages: the first N train pages of fundus_dev and the first N annotated-or-not train
pages of trafilatura.jsonl.gz (train only: the figure steers speed work). A child process
parses them (`parse.html.read_page`) and runs `metadata.read_metadata` on each, under
valgrind's callgrind, three times: on no page, parsing only, and parsing with metadata;
the differences over the page count are parse's and parse + metadata's instructions a
page, and metadata's is the difference of those. The same first page is parsed and read
once before counting in every run (imports, lazy tables), so warm-up is subtracted.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
from pathlib import Path

from bench import datasets
from bench.callgrind import count_instructions

_CHILD = """
import pickle, sys
from pressclip.metadata import read_metadata
from pressclip.parse.html import read_page
pages = pickle.load(open(sys.argv[1], "rb"))
read_metadata(read_page(pages[0][0])[1], pages[0][1])
for html, url in pages[:int(sys.argv[2])]:
    tree = read_page(html)[1]
    if sys.argv[3] == "1":
        read_metadata(tree, url)
"""


def _count(pages_file: Path, pages: int, metadata: bool) -> int:
    return count_instructions([sys.executable, "-c", _CHILD, str(pages_file), str(pages),
                               "1" if metadata else "0"], "the metadata child")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=40, help="pages of each set")
    args = parser.parse_args(argv)
    pages = [(row["html"], row.get("url")) for name in ("fundus_dev", "trafilatura")
             for row in list(datasets.rows(name, split="train", limit=None))[:args.pages]]
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.pkl"
        pages_file.write_bytes(pickle.dumps(pages))
        base = _count(pages_file, 0, metadata=True)
        parsed = _count(pages_file, len(pages), metadata=False)
        read = _count(pages_file, len(pages), metadata=True)
    parse = (parsed - base) / len(pages) / 1e6
    both = (read - base) / len(pages) / 1e6
    print(f"{len(pages)} train pages (fundus_dev, trafilatura), M instructions a page: "
          f"parse {parse:.2f}, parse + read_metadata {both:.2f}, read_metadata "
          f"{both - parse:.2f}")


if __name__ == "__main__":
    main()
