"""Syndicated copies: the same story on several sites, grouped by near-duplicate body text.

MinHash signatures of word shingles, candidate pairs from locality-sensitive hashing
(datasketch), each candidate checked against the Jaccard threshold on its signatures, then
groups by union-find. A group's canonical copy is the earliest (article date, else capture
date, else the smallest id, so that the choice does not depend on the order rows arrive in);
its id is the group's `cluster`. Precision and recall on pairs built from the shared data are
measured by bench/dedup.py (bench/RESULTS.md).

`Grouper` does it in one process (pressclip batch); corpus/spark_group.py does the same on
Spark with the same signatures, bands, check and order (`signature`, `band_ranges`,
`similarity`, `order_key`), so both outputs get the same groups.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

# Measured in bench/dedup.py (120 heldout pages read as HTML and as flattened text, 28,560
# negative pairs): precision 1.000 from 0.3 to 0.8, recall 0.84 at 0.3, 0.83 at 0.4, 0.80
# at 0.5. 0.4 keeps a margin against unrelated stories sharing long boilerplate.
SHINGLE_WORDS = 5
THRESHOLD = 0.4
NUM_PERM = 128
MIN_WORDS = 30  # shorter bodies are too small to call copies; each stands alone
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams of the text, case and accents folded (copies differ in both)."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    words = _WORD.findall("".join(ch for ch in folded if not unicodedata.combining(ch)))
    return {" ".join(words[i:i + size]).encode("utf-8")
            for i in range(max(1, len(words) - size + 1))} if words else set()


def minhash(text: str | None, num_perm: int = NUM_PERM):  # -> datasketch.MinHash | None
    """The MinHash of a body, None when it is too short to call anything a copy."""
    from datasketch import MinHash

    if not text or len(_WORD.findall(text)) < MIN_WORDS:
        return None
    sketch = MinHash(num_perm=num_perm)
    sketch.update_batch(list(shingles(text)))
    return sketch


def signature(text: str | None, num_perm: int = NUM_PERM):  # -> numpy array | None
    """The MinHash signature (hash values) of a body, None when it is too short."""
    sketch = minhash(text, num_perm)
    return None if sketch is None else sketch.hashvalues


def band_ranges(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> list[tuple[int, int]]:
    """The LSH bands (slices of a signature) datasketch chooses for this threshold: two
    bodies are candidates when any band is equal."""
    from datasketch import MinHashLSH

    return list(MinHashLSH(threshold=threshold, num_perm=num_perm).hashranges)


def similarity(a, b) -> float:
    """Estimated Jaccard similarity of two signatures (MinHash.jaccard)."""
    return float((a == b).sum()) / len(a)


def order_key(key: str, *when: str | None) -> tuple:
    """Sort key of a copy: dated before undated, earlier first, then by id."""
    return (*((w is None, w or "") for w in when), key)


class Grouper:
    """Add bodies one by one, then ask for the groups."""

    def __init__(self, threshold: float = THRESHOLD, num_perm: int = NUM_PERM):
        from datasketch import MinHashLSH

        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._hashes: dict[str, Any] = {}
        self._order: dict[str, tuple] = {}
        self._parent: dict[str, str] = {}

    def add(self, key: str, text: str | None, *when: str | None) -> None:
        """`when`: dates, most telling first (ISO strings, None when unknown). A key met
        again is ignored: the first copy stands (outputs of older runs may repeat an id)."""
        if key in self._parent:
            return
        self._parent[key] = key
        self._order[key] = order_key(key, *when)
        sketch = minhash(text, self.num_perm)
        if sketch is None:
            return
        for other in self._lsh.query(sketch):
            if similarity(sketch.hashvalues, self._hashes[other]) >= self.threshold:
                self._union(key, other)
        self._lsh.insert(key, sketch)
        self._hashes[key] = sketch.hashvalues

    def groups(self) -> dict[str, tuple[str, bool]]:
        """key -> (cluster id = the canonical copy's key, is this the canonical copy)."""
        members: dict[str, list[str]] = {}
        for key in self._parent:
            members.setdefault(self._find(key), []).append(key)
        out: dict[str, tuple[str, bool]] = {}
        for group in members.values():
            canonical = min(group, key=self._order.__getitem__)
            for key in group:
                out[key] = (canonical, key == canonical)
        return out

    def _find(self, key: str) -> str:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:  # path compression
            self._parent[key], key = root, self._parent[key]
        return root

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._find(a), self._find(b)
        if ra != rb:
            self._parent[ra] = rb


def group_rows(rows: Iterable[dict[str, Any]], threshold: float = THRESHOLD
               ) -> dict[str, tuple[str, bool]]:
    """Groups of batch rows with a body (status ok): id -> (cluster, canonical)."""
    grouper = Grouper(threshold)
    for row in rows:
        if row.get("status") == "ok":
            grouper.add(row["id"], row.get("text"), row.get("date"), row.get("warc_date"))
    return grouper.groups()
