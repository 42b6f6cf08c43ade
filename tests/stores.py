"""A store for the store tests: SQLite in a test's folder, or the PostgreSQL server that
.ci/run starts (PRESSCLIP_TEST_PG), each with an empty article table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pressclip.corpus.store import open_store

PG_DSN = os.environ.get("PRESSCLIP_TEST_PG")
KINDS = ("sqlite", "postgresql")


def empty_store(kind: str, folder: Path):
    """An open store with no rows; skips the test for PostgreSQL where no server is set."""
    if kind == "sqlite":
        return open_store(str(folder / "store.db"))
    if not PG_DSN:
        pytest.skip("PRESSCLIP_TEST_PG is unset: no PostgreSQL server to test against "
                    "(.ci/run starts one)")
    # The server outlives the tests: the table earlier tests filled goes first.
    opened = open_store(PG_DSN)
    opened.db.execute("DROP TABLE IF EXISTS pressclip_articles")
    opened.db.commit()
    opened.close()
    return open_store(PG_DSN)
