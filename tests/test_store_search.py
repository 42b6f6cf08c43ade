"""The store: accents and case folded both ways (French and English), filters, get, replace;
the same tests on SQLite and on a real PostgreSQL server (PRESSCLIP_TEST_PG, set by .ci/run)."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from stores import KINDS, empty_store

from pressclip.corpus.schema import make_row
from pressclip.corpus.store import open_store


def article(id, title, text, language, date, publisher, speaker=None):
    quotes = [{"quote": "x", "speaker": speaker, "kind": "direct", "start": 0, "end": 1,
               "cue": None}] if speaker else []
    return make_row({"id": id, "url": f"https://news.example/{id}"}, "ok", None, {
        "title": title, "text": text, "language": language, "date": date,
        "publisher": publisher, "quotes": quotes})


ROWS = [
    article("fr1", "Défense aérienne : accord entre Paris et Kyiv",
            "Les deux présidents ont évoqué la défense aérienne et l'été prochain.", "fr",
            "2024-06-10", "Le Journal Régional", "Emmanuel Macron"),
    article("en1", "Air defence talks", "The two presidents discussed air defence systems "
            "and a café meeting in Zürich.", "en", "2024-07-02", "The Daily Wire Service",
            "Volodymyr Zelensky"),
    article("en2", "Harvest festival", "Farmers celebrated a record harvest this summer.",
            "en", "2023-09-15", "Country News"),
    make_row({"id": "bad", "url": "https://news.example/bad"}, "timeout", "too slow"),
]


@pytest.fixture(params=KINDS)
def store(request, tmp_path):
    opened = empty_store(request.param, tmp_path)
    assert opened.add(ROWS) == 3  # the timeout row is not an article
    yield opened
    opened.close()


def ids(hits):
    return [h["id"] for h in hits]


@pytest.mark.parametrize("query", ["défense aérienne", "defense aerienne", "DÉFENSE Aérienne"])
def test_accents_and_case_fold_in_french(store, query):
    assert ids(store.search(query)) == ["fr1"]


def test_accents_fold_in_english_and_both_ways(store):
    assert ids(store.search("cafe zurich")) == ["en1"]
    assert ids(store.search("café Zürich")) == ["en1"]
    assert ids(store.search("ete")) == ["fr1"]  # "été" in the body


def test_filters(store):
    assert sorted(ids(store.search("presidents"))) == ["en1", "fr1"]
    assert ids(store.search("presidents", language="fr")) == ["fr1"]
    assert ids(store.search("", date_from="2024-01-01", date_to="2024-06-30")) == ["fr1"]
    assert ids(store.search("", date_to="2023-12-31")) == ["en2"]
    assert ids(store.search("", publisher="journal regional")) == ["fr1"]
    assert ids(store.search("", speaker="zelensky")) == ["en1"]
    assert ids(store.search("", speaker="macron", language="en")) == []
    assert ids(store.search("", limit=1, offset=1)) == ["fr1"]  # newest first


def test_get_and_replace(store):
    row = store.get("en1")
    assert row["title"] == "Air defence talks" and row["status"] == "ok"
    assert store.get("bad") is None
    changed = dict(row, title="Air defence talks resume")
    store.add([changed])
    assert store.get("en1")["title"] == "Air defence talks resume"
    assert store.count() == 3
    assert ids(store.search("resume")) == ["en1"]


def test_index_and_search_commands(tmp_path):
    import json

    out = tmp_path / "out.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    db = str(tmp_path / f"{uuid.uuid4().hex}.db")
    run = [sys.executable, "-m", "pressclip.cli"]
    done = subprocess.run([*run, "index", str(out), "--db", db], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    found = subprocess.run([*run, "search", "defense", "--db", db, "--lang", "fr",
                            "--format", "jsonl"], capture_output=True, text=True)
    assert found.returncode == 0
    assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == ["fr1"]
    none = subprocess.run([*run, "search", "nothing-like-this", "--db", db],
                          capture_output=True, text=True)
    assert none.returncode == 1
    assert none.stdout == "" and "no stored article matches" in none.stderr
    huge = subprocess.run([*run, "search", "defense", "--db", db, "--limit", "9" * 30],
                          capture_output=True, text=True)
    assert huge.returncode == 2 and "limit must be between" in huge.stderr
    assert "Traceback" not in huge.stderr


def test_two_sqlite_writers_wait_for_each_other(tmp_path):
    """A second indexer waits while another holds the write lock (longer than SQLite's
    default 5 s busy timeout), then adds its rows, instead of dying on "database is
    locked"."""
    import sqlite3
    import threading
    import time

    db = str(tmp_path / "store.db")
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another indexer's batch, holding the write lock
    outcome = {}

    def second_indexer():
        try:
            store = open_store(db)
            outcome["added"] = store.add(ROWS)
            store.close()
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            outcome["error"] = exc

    thread = threading.Thread(target=second_indexer)
    thread.start()
    time.sleep(6.0)  # past SQLite's default wait, so the old behaviour fails
    holder.execute("COMMIT")
    holder.close()
    thread.join(60)
    assert outcome == {"added": 3}
    store = open_store(db)
    assert store.count() == 3
    store.close()
