"""The store behind `GET /articles`: opened per request, in FastAPI's thread pool.

A connection per request because SQLite connections belong to the thread that made them
and route handlers run on any thread of the pool; opening one costs about a millisecond
(PostgreSQL: one connection, a few). Driver errors are logged here and answered without
their details, which may name hosts or paths.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from ..corpus.store import POSTGRES_PREFIXES, SearchError, Store, open_store
from .errors import ApiError

_log = logging.getLogger("pressclip.service")


class StoreAccess:
    def __init__(self, db: str | None):
        self.db = db

    @property
    def configured(self) -> bool:
        return self.db is not None

    def search(self, query: str, **filters: Any) -> list[dict[str, Any]]:
        store = self._open()
        try:
            return store.search(query, **filters)
        except SearchError as exc:  # too many words, or past the deadline: the asker's to
            raise ApiError(400, str(exc)) from exc  # change (the message says how)
        finally:
            store.close()

    def get(self, article_id: str) -> dict[str, Any]:
        store = self._open()
        try:
            row = store.get(article_id)
        finally:
            store.close()
        if row is None:
            raise ApiError(404, f"no article with id {article_id!r} in the store")
        return row

    def _open(self) -> Store:
        if self.db is None:
            raise ApiError(404, "this server has no store (start it with pressclip serve "
                                "--db PATH)")
        try:
            return open_store(self.db)
        except Exception as exc:  # noqa: BLE001 - any driver's connection error
            _log.error("cannot open the store: %s", exc)
            raise ApiError(503, "the store cannot be opened (see the server's log)") from exc


def check_store(db: str) -> None:
    """Refuse, before serving, a SQLite path with no store: opening it would make one."""
    if not db.startswith(POSTGRES_PREFIXES) and not Path(db).is_file():
        raise FileNotFoundError(f"no store at {db}: make one with `pressclip index`")
