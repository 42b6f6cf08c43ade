"""WARC files by URL (corpus.remote) against a real HTTP server on 127.0.0.1: paths listings,
downloads retried past throttling, copies deleted, cc-index file names."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest
from loopback import route_table, serving

from pressclip.corpus import remote
from pressclip.corpus.sources import warc_filename

BODY = os.urandom(300_000)


def _throttled(handler) -> tuple[int, dict[str, str], bytes]:
    return (503, {}, b"slow down") if _Store.hits[handler.path] < 3 else (200, {}, BODY)


_Store = route_table({"/file": (200, {}, BODY), "/throttled": _throttled},
                     default=(404, {}, b"no such key"))


@pytest.fixture
def store(monkeypatch):
    monkeypatch.setattr(remote, "_BACKOFF", 0.05)
    _Store.hits.clear()
    with serving(_Store) as base:
        yield base


def test_download_is_retried_past_throttling_and_deleted_after_use(store, tmp_path):
    with remote.local_copy(store + "/throttled", folder=str(tmp_path)) as local:
        assert os.path.getsize(local) == len(BODY)
        copy = Path(local).read_bytes()
    assert copy == BODY
    assert _Store.hits["/throttled"] == 3
    assert not os.path.exists(local)


def test_missing_file_is_an_error_without_retries(store, tmp_path):
    with pytest.raises(OSError, match="HTTP 404"), \
            remote.local_copy(store + "/missing", folder=str(tmp_path)):
        pass
    assert _Store.hits["/missing"] == 1
    assert not list(tmp_path.iterdir())


def test_local_paths_are_used_in_place(tmp_path):
    path = tmp_path / "x.warc.gz"
    path.write_bytes(b"")
    with remote.local_copy(str(path)) as local:
        assert local == str(path)
    assert path.exists()


def test_paths_listing_and_cc_index_file_names(tmp_path):
    listing = tmp_path / "warc.paths.gz"
    keys = ["crawl-data/CC-MAIN-2024-10/segments/1/warc/A.warc.gz",
            "crawl-data/CC-MAIN-2024-10/segments/2/warc/B.warc.gz"]
    with gzip.open(listing, "wt") as fh:
        fh.write("\n".join(keys) + "\n\n")
    base = "https://data.commoncrawl.org/"
    paths = remote.read_paths(str(listing), base)
    assert paths == [base + key for key in keys]
    assert [warc_filename(p) for p in paths] == keys
    assert warc_filename("/mnt/commoncrawl/" + keys[0]) == keys[0]
    assert warc_filename("/data/own/crawl.warc.gz") == "crawl.warc.gz"
