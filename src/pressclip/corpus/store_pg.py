"""The store on PostgreSQL (psycopg 3): the same API and the same folding as SQLite.

Full text: a `pressclip_fold` text search configuration, `simple` (no stemming) behind the
`unaccent` dictionary, over title (weight A) and body; the tsvector is a stored column with
a GIN index. `unaccent` ships with PostgreSQL's contrib modules and is a trusted extension,
so the database owner may create it.

Rows PostgreSQL would refuse are stored anyway, row by row, so that one row never aborts a
batch: NUL characters (which neither text nor jsonb may hold; some pages put one in a
JSON-LD headline) are removed from the whole row, which is stored cleaned; a text whose
tsvector could pass PostgreSQL's 1 MB limit is indexed on its first TSV_MAX_CHARS
characters, while the row keeps the whole text.
Both are logged as warnings naming the row.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from .store import (
    BATCH_ROWS,
    DEFAULT_LIMIT,
    LIKE,
    LIKE_ESCAPE,
    QUERY_SECONDS,
    RANKED_ROWS,
    SearchTimeout,
    Term,
    check_page,
    filters,
    hit,
    query_terms,
    stored_fields,
    timeout_message,
)

_log = logging.getLogger("pressclip.store")
# Characters of a text (and of a title) that go into its tsvector. PostgreSQL's limit is
# 1 MB of lexeme strings; words are separated, at most 4 bytes a character, and one over
# 2,047 bytes is not indexed, so 260,000 characters give at most about 2/3 x 4 x 260,000 =
# 693 KB of lexemes, whatever the script.
TSV_MAX_CHARS = 250_000
TSV_MAX_TITLE_CHARS = 10_000

_SCHEMA = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$ BEGIN
    CREATE TEXT SEARCH CONFIGURATION pressclip_fold (COPY = simple);
    ALTER TEXT SEARCH CONFIGURATION pressclip_fold
        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
EXCEPTION WHEN unique_violation OR duplicate_object THEN NULL;
END $$;
CREATE TABLE IF NOT EXISTS pressclip_articles (
    id TEXT PRIMARY KEY, url TEXT, date TEXT, language TEXT, publisher_key TEXT,
    speakers_key TEXT, cluster TEXT, canonical BOOLEAN, row JSONB NOT NULL,
    tsv TSVECTOR NOT NULL);
CREATE INDEX IF NOT EXISTS pressclip_articles_tsv ON pressclip_articles USING GIN (tsv);
CREATE INDEX IF NOT EXISTS pressclip_articles_date ON pressclip_articles (date);
"""
_UPSERT = """
INSERT INTO pressclip_articles (id, url, date, language, publisher_key, speakers_key,
    cluster, canonical, row, tsv)
VALUES (%(id)s, %(url)s, %(date)s, %(language)s, %(publisher_key)s, %(speakers_key)s,
    %(cluster)s, %(canonical)s, %(row)s::jsonb,
    setweight(to_tsvector('pressclip_fold', %(title)s), 'A')
    || to_tsvector('pressclip_fold', %(text)s))
ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, date = EXCLUDED.date,
    language = EXCLUDED.language, publisher_key = EXCLUDED.publisher_key,
    speakers_key = EXCLUDED.speakers_key, cluster = EXCLUDED.cluster,
    canonical = EXCLUDED.canonical, row = EXCLUDED.row, tsv = EXCLUDED.tsv
"""


class PostgresStore:
    def __init__(self, dsn: str, query_seconds: float = QUERY_SECONDS,
                 ranked_rows: int = RANKED_ROWS):
        import psycopg

        self.query_seconds = query_seconds
        self.ranked_rows = ranked_rows
        self.db = psycopg.connect(dsn)
        with self.db.transaction():
            self.db.execute(_SCHEMA)

    def add(self, records: Iterable[dict[str, Any]]) -> int:
        count, batch = 0, []
        for row in records:
            if row.get("status") != "ok":
                continue
            batch.append(_storable(row))
            if len(batch) >= BATCH_ROWS:
                count += self._write(batch)
                batch = []
        return count + self._write(batch)

    def _write(self, batch: list[dict[str, Any]]) -> int:
        if batch:
            with self.db.transaction(), self.db.cursor() as cursor:
                cursor.executemany(_UPSERT, batch)
        return len(batch)

    def search(self, query: str, language: str | None = None, date_from: str | None = None,
               date_to: str | None = None, publisher: str | None = None,
               speaker: str | None = None, limit: int = DEFAULT_LIMIT,
               offset: int = 0) -> list[dict[str, Any]]:
        where, params = [], []
        terms = query_terms(query)
        check_page(limit, offset)
        words = bool(terms)
        match, match_params = _tsquery(terms) if terms else ("", [])
        if terms:
            where.append(f"tsv @@ {match}")
            params.extend(match_params)
        for column, operator, value in filters(language, date_from, date_to, publisher,
                                               speaker):
            escape = f" ESCAPE '{LIKE_ESCAPE}'" if operator == LIKE else ""
            where.append(f"{column} {operator} %s{escape}")
            params.append(value)
        where_sql = f"WHERE {' AND '.join(where)}" if where else ""
        if words:
            # ts_rank on the newest ranked_rows matches only (undated rows last), picked
            # by date and id, which cost no ranking.
            sql = (f"WITH newest AS MATERIALIZED (SELECT id, row, date, tsv FROM "
                   f"pressclip_articles {where_sql} ORDER BY date DESC NULLS LAST, id DESC "
                   f"LIMIT {int(self.ranked_rows)}) SELECT row, ts_rank(tsv, {match}) "
                   "FROM newest ORDER BY 2 DESC, date DESC NULLS LAST LIMIT %s OFFSET %s")
            params.extend(match_params)
        else:
            sql = (f"SELECT row, 0.0 FROM pressclip_articles {where_sql} "
                   "ORDER BY date DESC NULLS LAST, id LIMIT %s OFFSET %s")
        from psycopg import errors

        try:
            with self.db.transaction():
                # SET LOCAL takes no bind parameter; the value is a number we made.
                self.db.execute(f"SET LOCAL statement_timeout = "
                                f"{max(1, int(self.query_seconds * 1000))}")
                rows = self.db.execute(sql, (*params, limit, offset)).fetchall()
        except errors.QueryCanceled as exc:
            raise SearchTimeout(timeout_message(self.query_seconds)) from exc
        return [hit(row, score, query) for row, score in rows]

    def get(self, id: str) -> dict[str, Any] | None:
        with self.db.transaction():
            found = self.db.execute("SELECT row FROM pressclip_articles WHERE id = %s",
                                    (id,)).fetchone()
        return found[0] if found else None

    def count(self) -> int:
        with self.db.transaction():
            return self.db.execute("SELECT count(*) FROM pressclip_articles").fetchone()[0]

    def close(self) -> None:
        self.db.close()


def _tsquery(terms: list[Term]) -> tuple[str, list[str]]:
    """The terms as one tsquery expression (all must match), with its parameters: words
    through plainto_tsquery, phrases through phraseto_tsquery, prefixes as `word:*`
    (a term holds only \\w characters, so no tsquery syntax reaches to_tsquery)."""
    parts, params = [], []
    for term in terms:
        if term.prefix:
            parts.append("to_tsquery('pressclip_fold', %s)")
            params.append(f"{term.words[0]}:*")
        elif len(term.words) > 1:
            parts.append("phraseto_tsquery('pressclip_fold', %s)")
            params.append(" ".join(term.words))
        else:
            parts.append("plainto_tsquery('pressclip_fold', %s)")
            params.append(term.words[0])
    return "(" + " && ".join(parts) + ")", params


def _storable(row: dict[str, Any]) -> dict[str, Any]:
    """The fields stored for a row, without NULs and with the indexed text capped."""
    cleaned = _without_nul(row)
    if cleaned != row:
        _log.warning("row %s: NUL characters removed before storing", row.get("id"))
    fields = stored_fields(cleaned)
    fields["title"] = fields["title"][:TSV_MAX_TITLE_CHARS]  # the indexed title only
    if len(fields["text"]) > TSV_MAX_CHARS:
        _log.warning("row %s: its text is indexed on its first %d characters only",
                     fields["id"], TSV_MAX_CHARS)
        fields["text"] = fields["text"][:TSV_MAX_CHARS]
    return fields


def _without_nul(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {_without_nul(k): _without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_nul(v) for v in value]
    return value
