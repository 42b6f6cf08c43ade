"""The shared evaluation data: loading, and the one split every script agrees on.

Training scripts learn only from `train` pages; benchmarks report on `heldout` pages.
dragnet has its own test split; every other set is split by a stable hash of the page id,
so the split never depends on file order, Python's hash seed or the machine.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(os.environ.get("PRESSCLIP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "data"
EXAMPLES = SHARED / "examples"

# Sets with a gold body: the body-F1 benchmark reports on each of these.
BODY_SETS = ("dragnet", "l3s_gn1", "cleaneval", "cleanportaleval", "readability")
# Share of each hash-split set kept aside for reporting.
HELDOUT_SHARE = 0.30


def available() -> bool:
    return DATA.is_dir()


def id_bucket(page_id: str) -> float:
    """A number in [0, 1) fixed by the page id alone."""
    digest = hashlib.sha1(page_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def split_of(row: dict) -> str:
    """'train' or 'heldout' for a row of any set (textmode rows use their source page's id)."""
    page_id = row["id"]
    extra = row.get("extra") or {}
    if row.get("dataset") == "dragnet" or page_id.startswith("dragnet/"):
        split = extra.get("split")
        if split is None:
            split = _dragnet_splits().get(page_id, "train")
        return "heldout" if split == "test" else "train"
    return "heldout" if id_bucket(page_id) < HELDOUT_SHARE else "train"


_DRAGNET_SPLITS: dict[str, str] = {}


def _dragnet_splits() -> dict[str, str]:
    # textmode rows carry no split; they take the split of the dragnet page they came from.
    if not _DRAGNET_SPLITS:
        for row in rows("dragnet"):
            _DRAGNET_SPLITS[row["id"]] = row["extra"].get("split", "train")
    return _DRAGNET_SPLITS


def rows(name: str, split: str | None = None, limit: int | None = None) -> Iterator[dict]:
    """Rows of ../shared/data/NAME.jsonl.gz, optionally only one split."""
    path = DATA / f"{name}.jsonl.gz"
    count = 0
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if split is not None and split_of(row) != split:
                continue
            yield row
            count += 1
            if limit is not None and count >= limit:
                return
