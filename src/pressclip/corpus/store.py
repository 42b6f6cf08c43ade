"""A searchable store of corpus rows: SQLite (embedded default) or PostgreSQL.

    store = open_store("articles.db")          # or "postgresql://user@host/db"
    store.add(rows)                            # batch rows; only status ok rows are kept
    store.search("défense aérienne", language="fr", date_from="2024-01-01")
    store.get(row_id)

Full-text search folds case and accents on both sides, so "defense" finds "défense" and
the other way round, in any language: SQLite's FTS5 with the unicode61 tokenizer and
remove_diacritics, PostgreSQL's `simple` configuration behind `unaccent`. No stemming:
one configuration for every language, rather than a wrong guess on mixed corpora.
Publisher and speaker filters match a folded substring ("macron" finds "Emmanuel Macron").
A query's words must all occur; `"air defence"` matches the phrase only, `défen*` any word
that starts so (both folded too).

A search's cost is capped, because ranking costs every matching row times every word: a
word repeated (after folding) counts once, a query of more than MAX_QUERY_WORDS distinct
words is refused, only the RANKED_ROWS newest matching rows (by date, then by when they
were stored) are ranked, and the query has a deadline (`query_seconds`; SQLite: a progress handler
that interrupts it, PostgreSQL: statement_timeout). Both refusals raise SearchError, whose
message is for the user.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from typing import Any, Protocol

POSTGRES_PREFIXES = ("postgresql://", "postgres://")
DEFAULT_LIMIT = 20
BATCH_ROWS = 500  # rows per transaction when adding
# How long an SQLite writer waits for another's transaction (at most BATCH_ROWS rows) to
# end before giving up with "database is locked": two `pressclip index` runs on one file
# take turns, batch by batch, instead of the second dying after SQLite's default 5 s.
BUSY_SECONDS = 120.0
# Columns search() returns for each hit (get() returns the whole row).
HIT_KEYS = ("id", "url", "canonical_url", "title", "date", "language", "publisher", "authors",
            "cluster", "canonical", "snippet", "score")
_WORD = re.compile(r"\w+")
# A phrase in double quotes (to the end if never closed), or a word, maybe with a star.
_TERM = re.compile(r'"([^"]*)"?|(\w+)(\*)?')
SNIPPET_CHARS = 240
MAX_QUERY_WORDS = 32  # distinct words of a query
LIKE = "LIKE"  # filters' substring operator; its wildcards in the value are escaped
LIKE_ESCAPE = "\\"
MAX_LIMIT = 1000  # hits a search may return at once
MAX_OFFSET = 100_000
QUERY_SECONDS = 5.0  # a search's deadline
# Matching rows ranked at most: past it, a common word would rank the whole store; a reader
# of the hits wants recent news, and a narrower query or a filter reaches older rows.
RANKED_ROWS = 10_000
_PROGRESS_STEPS = 10_000  # SQLite virtual machine steps between two deadline checks


class SearchError(ValueError):
    """A search refused: too many words, a bad limit or offset, or past its deadline."""


class SearchTimeout(SearchError):
    """The search ran past its deadline."""


class Store(Protocol):
    def add(self, records: Iterable[dict[str, Any]]) -> int: ...

    def search(self, query: str, language: str | None = None, date_from: str | None = None,
               date_to: str | None = None, publisher: str | None = None,
               speaker: str | None = None, limit: int = DEFAULT_LIMIT,
               offset: int = 0) -> list[dict[str, Any]]: ...

    def get(self, id: str) -> dict[str, Any] | None: ...

    def close(self) -> None: ...


def open_store(db: str) -> Store:
    """A store at a SQLite file path or a PostgreSQL URL; tables are made if missing."""
    if db.startswith(POSTGRES_PREFIXES):
        from .store_pg import PostgresStore

        return PostgresStore(db)
    return SqliteStore(db)


def fold(text: str | None) -> str:
    """Case and accents folded: the key the publisher and speaker filters compare."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True, slots=True)
class Term:
    """One part of a query: a word, a phrase (words in this order, side by side) or a
    prefix (`word*`: any word starting so)."""

    words: tuple[str, ...]
    prefix: bool = False


def query_terms(query: str) -> list[Term]:
    """The terms of a query: `"…"` is a phrase, `word*` a prefix, other words words. Each
    term once (repeats by folded form dropped, first kept); SearchError past
    MAX_QUERY_WORDS distinct words. User text is never read as database syntax."""
    terms: dict[tuple, Term] = {}
    for match in _TERM.finditer(query):
        phrase, word, star = match.groups()
        words = tuple(_WORD.findall(phrase)) if phrase is not None else (word,)
        if not words:
            continue
        term = Term(words, prefix=bool(star) and phrase is None)
        terms.setdefault((tuple(fold(w) for w in words), term.prefix), term)
    distinct = {fold(w) for term in terms.values() for w in term.words}
    if len(distinct) > MAX_QUERY_WORDS:
        raise SearchError(f"the query has {len(distinct)} different words; at most "
                          f"{MAX_QUERY_WORDS} are searched for")
    return list(terms.values())


def query_words(query: str) -> list[str]:
    """Every word of a query's terms, each once (what a snippet looks for)."""
    words: dict[str, str] = {}
    for term in query_terms(query):
        for word in term.words:
            words.setdefault(fold(word), word)
    return list(words.values())


def check_page(limit: int, offset: int) -> None:
    """SearchError for a limit or offset out of range (drivers overflow on huge ones)."""
    if not 1 <= limit <= MAX_LIMIT:
        raise SearchError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise SearchError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")


def timeout_message(seconds: float) -> str:
    return (f"the search took longer than {seconds:g} s and was stopped; use fewer or more "
            "telling words, or filters")


def stored_fields(row: dict[str, Any]) -> dict[str, Any]:
    """What the store keeps of a row besides the row itself."""
    speakers = sorted({q.get("speaker") for q in row.get("quotes") or [] if q.get("speaker")})
    return {
        "id": row["id"],
        "url": row.get("url"),
        "title": row.get("title") or "",
        "text": row.get("text") or "",
        "date": (row.get("date") or row.get("warc_date") or "")[:10] or None,
        "language": row.get("language"),
        "publisher_key": fold(row.get("publisher")),
        # Bars around each name so that a filter cannot match across two names.
        "speakers_key": "|" + "|".join(fold(s) for s in speakers) + "|",
        "cluster": row.get("cluster"),
        "canonical": row.get("canonical"),
        "row": json.dumps(row, ensure_ascii=False),
    }


def filters(language: str | None, date_from: str | None, date_to: str | None,
            publisher: str | None, speaker: str | None) -> list[tuple[str, str, str]]:
    """(column, operator, value) of each search filter given, with the value as stored:
    days only, publisher and speaker names folded and matched as parts. Both stores
    (SQLite here, PostgreSQL in store_pg.py) build their WHERE clauses from this."""
    wanted = (("language", "=", language),
              ("date", ">=", date_from and date_from[:10]),
              ("date", "<=", date_to and date_to[:10]),
              ("publisher_key", LIKE, publisher and f"%{_like_escaped(fold(publisher))}%"),
              ("speakers_key", LIKE, speaker and _speaker_pattern(speaker)))
    return [(column, operator, value) for column, operator, value in wanted if value]


def _speaker_pattern(speaker: str) -> str:
    # A bar would match across two names, or every row: names hold none.
    name = fold(speaker).replace("|", "")
    if not name:
        raise SearchError(f"not a speaker's name: {speaker!r}")
    return f"%{_like_escaped(name)}%"


def _like_escaped(text: str) -> str:
    """LIKE's wildcards taken literally (with LIKE_ESCAPE): '_' matches '_' only."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def hit(row: dict[str, Any], score: float, query: str) -> dict[str, Any]:
    out = {key: row.get(key) for key in HIT_KEYS}
    out["snippet"] = snippet(row.get("text") or "", query)
    out["score"] = round(float(score), 4)
    return out


def snippet(text: str, query: str) -> str:
    """A window of the text around the first query word found (folded comparison)."""
    folded = fold(text)
    starts = [folded.find(fold(w)) for w in query_words(query)]
    starts = [s for s in starts if s >= 0]
    start = max(0, min(starts) - SNIPPET_CHARS // 3) if starts else 0
    piece = text[start:start + SNIPPET_CHARS].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + SNIPPET_CHARS < len(text) else "")


class SqliteStore:
    def __init__(self, path: str, query_seconds: float = QUERY_SECONDS,
                 ranked_rows: int = RANKED_ROWS):
        self.query_seconds = query_seconds
        self.ranked_rows = ranked_rows
        self.db = sqlite3.connect(path, timeout=BUSY_SECONDS)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript("""
            CREATE TABLE IF NOT EXISTS articles (
                rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL, url TEXT, date TEXT,
                language TEXT, publisher_key TEXT, speakers_key TEXT, cluster TEXT,
                canonical INTEGER, row TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
            CREATE INDEX IF NOT EXISTS articles_language ON articles(language);
            CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
                title, text, tokenize = 'unicode61 remove_diacritics 2');
        """)

    def add(self, records: Iterable[dict[str, Any]]) -> int:
        count = 0
        rows = iter(records)
        while batch := list(islice(rows, BATCH_ROWS)):
            # One transaction a batch, so that another writer waits for a batch, not a file.
            with self.db:
                count += self._add_batch(batch)
        return count

    def _add_batch(self, batch: list[dict[str, Any]]) -> int:
        count = 0
        for row in batch:
            if row.get("status") != "ok":
                continue
            f = stored_fields(row)
            old = self.db.execute("SELECT rowid FROM articles WHERE id = ?",
                                  (f["id"],)).fetchone()
            if old:
                self.db.execute("DELETE FROM articles_fts WHERE rowid = ?", old)
                self.db.execute("DELETE FROM articles WHERE rowid = ?", old)
            cursor = self.db.execute(
                "INSERT INTO articles (id, url, date, language, publisher_key, "
                "speakers_key, cluster, canonical, row) VALUES (?,?,?,?,?,?,?,?,?)",
                (f["id"], f["url"], f["date"], f["language"], f["publisher_key"],
                 f["speakers_key"], f["cluster"], f["canonical"], f["row"]))
            self.db.execute("INSERT INTO articles_fts (rowid, title, text) VALUES (?,?,?)",
                            (cursor.lastrowid, f["title"], f["text"]))
            count += 1
        return count

    def search(self, query: str, language: str | None = None, date_from: str | None = None,
               date_to: str | None = None, publisher: str | None = None,
               speaker: str | None = None, limit: int = DEFAULT_LIMIT,
               offset: int = 0) -> list[dict[str, Any]]:
        where, params = [], []
        terms = query_terms(query)
        check_page(limit, offset)
        words = bool(terms)
        if terms:
            # Words are quoted (only \w characters inside): user text is never read as FTS5
            # syntax. Words of one quoted string are a phrase; a star after the closing
            # quote makes a prefix; all terms must occur.
            where.append("articles_fts MATCH ?")
            params.append(" ".join('"' + " ".join(t.words) + '"' + ("*" if t.prefix else "")
                                   for t in terms))
        for column, operator, value in filters(language, date_from, date_to, publisher,
                                               speaker):
            escape = f" ESCAPE '{LIKE_ESCAPE}'" if operator == LIKE else ""
            where.append(f"a.{column} {operator} ?{escape}")
            params.append(value)
        rank = "bm25(articles_fts, 5.0, 1.0)" if words else "0.0"
        order = f"{rank}, a.date DESC" if words else "a.date DESC, a.rowid"
        source = ("FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
                  f"{'WHERE ' + ' AND '.join(where) if where else ''}")
        deadline = time.monotonic() + self.query_seconds
        self.db.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
        try:
            bound = ""
            if words:
                # bm25 is computed only for the rows that pass WHERE: the oldest of the
                # newest ranked_rows matches (undated rows last), found without ranking,
                # bounds them.
                oldest = self.db.execute(
                    f"SELECT coalesce(a.date, ''), a.rowid {source} ORDER BY "
                    "coalesce(a.date, '') DESC, a.rowid DESC LIMIT 1 OFFSET ?",
                    (*params, self.ranked_rows - 1)).fetchone()
                if oldest is not None:
                    bound = " AND (coalesce(a.date, ''), a.rowid) >= (?, ?)"
                    params.extend(oldest)
            sql = f"SELECT a.row, {rank} {source}{bound} ORDER BY {order} LIMIT ? OFFSET ?"
            rows = self.db.execute(sql, (*params, limit, offset)).fetchall()
        except sqlite3.OperationalError as exc:
            if time.monotonic() > deadline:  # interrupted by the handler
                raise SearchTimeout(timeout_message(self.query_seconds)) from exc
            raise
        finally:
            self.db.set_progress_handler(None, 0)
        # bm25 is lower-is-better; hits report higher-is-better.
        return [hit(json.loads(row), -score, query) for row, score in rows]

    def get(self, id: str) -> dict[str, Any] | None:
        found = self.db.execute("SELECT row FROM articles WHERE id = ?", (id,)).fetchone()
        return json.loads(found[0]) if found else None

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def close(self) -> None:
        self.db.close()
