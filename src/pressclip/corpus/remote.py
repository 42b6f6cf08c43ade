"""WARC files named by URL: listed from a paths file, downloaded whole to local disk.

Common Crawl publishes each crawl's WARC list as `warc.paths.gz` (one `crawl-data/…` key a
line); the same keys are under `s3://commoncrawl/` and `https://data.commoncrawl.org/`. A
Spark executor downloads the file it is given to its local disk, streaming, reads it with the
usual WARC reader and deletes it: a WARC file (about 1 GB) never sits in memory, and a
download that fails is retried with backoff, since the public endpoint throttles with 503.
"""

from __future__ import annotations

import gzip
import http.client
import shutil
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_SCHEMES = ("http://", "https://")
_RETRIED = {429, 500, 502, 503, 504}
DOWNLOAD_TIMEOUT = 60.0  # seconds without a byte before a download is given up
DOWNLOAD_RETRIES = 4
_BACKOFF = 2.0  # seconds, doubled at each retry
_CHUNK = 1 << 20


def is_url(path: str) -> bool:
    return path.lower().startswith(_SCHEMES)


def read_paths(listing: str, base: str = "") -> list[str]:
    """Paths of a `warc.paths(.gz)` style listing (one a line), each prefixed with `base`."""
    opener = gzip.open if listing.endswith(".gz") else open
    with opener(listing, "rt", encoding="utf-8") as fh:
        return [base + line.strip() for line in fh if line.strip()]


@contextmanager
def local_copy(path: str, folder: str | None = None,
               retries: int = DOWNLOAD_RETRIES) -> Iterator[str]:
    """A local file holding `path`: the path itself, or a downloaded copy of a URL that is
    deleted afterwards."""
    if not is_url(path):
        yield path
        return
    with tempfile.NamedTemporaryFile(dir=folder, prefix="pressclip-", suffix=".warc.gz") as tmp:
        _download(path, Path(tmp.name), retries)
        yield tmp.name


def _download(url: str, target: Path, retries: int) -> None:
    attempt = 0
    while True:
        try:
            request = urllib.request.Request(url, headers={"User-Agent": "pressclip"})
            with urllib.request.urlopen(request, timeout=DOWNLOAD_TIMEOUT) as response, \
                    open(target, "wb") as out:
                shutil.copyfileobj(response, out, _CHUNK)
            return
        except urllib.error.HTTPError as exc:
            if exc.code not in _RETRIED or attempt >= retries:
                raise OSError(f"cannot download {url}: HTTP {exc.code}") from exc
        except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
            if attempt >= retries:
                raise OSError(f"cannot download {url}: {exc}") from exc
        time.sleep(_BACKOFF * 2**attempt)
        attempt += 1
