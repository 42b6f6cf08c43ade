"""The shared evaluation data: loading, and the one split every script agrees on.

Training scripts learn only from `train` pages; benchmarks report on `heldout` pages.
dragnet has its own test split; every other set is split by site: a stable hash of the page's
registered domain (the Public Suffix List's "private suffix", www.bbc.co.uk -> bbc.co.uk; an
archived page counts as the site it archived), so that one site's template never sits on both
sides and a heldout figure means "a site never seen". Rows without a usable URL fall back to
their page id. The split never depends on file order, Python's hash seed or the machine.
Flattened-text rows carry their source page's id and URL, so they take its split.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

SHARED = Path(os.environ.get("PRESSCLIP_SHARED", Path(__file__).resolve().parents[2] / "shared"))
DATA = SHARED / "data"
EXAMPLES = SHARED / "examples"

# Sets with a gold body: the body-F1 benchmark reports on each of these.
BODY_SETS = ("dragnet", "l3s_gn1", "cleaneval", "cleanportaleval", "readability", "fundus_dev")
# The sets of modern pages (2023-2025, many countries), reported apart from the old ones.
MODERN_SETS = ("fundus_dev",)
# Share of each hash-split set kept aside for reporting.
HELDOUT_SHARE = 0.30


def available() -> bool:
    return DATA.is_dir()


def id_bucket(page_id: str) -> float:
    """A number in [0, 1) fixed by the page id alone."""
    digest = hashlib.sha1(page_id.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


# web.archive.org/web/20200101000000/https://example.org/... : the archived page's own URL.
_ARCHIVED = re.compile(r"^/web/[^/]*/(?P<url>.+)$")


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    # The list ships inside the package: nothing is fetched.
    return PublicSuffixList()


def site_of(row: dict) -> str:
    """The key the split hashes: 'site:' + registered domain, or 'page:' + id without a URL."""
    url = row.get("url") or ""
    for _ in range(2):
        parts = urlsplit(url)
        archived = _ARCHIVED.match(parts.path) if parts.hostname == "web.archive.org" else None
        if not archived:
            break
        url = archived["url"]
        if "://" not in url:
            url = "http://" + url
    host = (urlsplit(url).hostname or "").rstrip(".").lower() if "://" in url else ""
    if host and "." in host:
        return "site:" + (_suffixes().privatesuffix(host) or host)
    return "page:" + row["id"]


def split_of(row: dict) -> str:
    """'train' or 'heldout' for a row of any set (textmode rows take their source page's)."""
    page_id = row["id"]
    extra = row.get("extra") or {}
    if row.get("dataset") == "dragnet" or page_id.startswith("dragnet/"):
        split = extra.get("split")
        if split is None:
            split = _dragnet_splits().get(page_id, "train")
        return "heldout" if split == "test" else "train"
    return "heldout" if id_bucket(site_of(row)) < HELDOUT_SHARE else "train"


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
