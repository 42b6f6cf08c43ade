"""PostgreSQL stores every row of a batch, even those it would refuse as they come: a NUL in
a headline (text and jsonb hold none) and a text whose tsvector passes the 1 MB limit. On a
real server (PRESSCLIP_TEST_PG, set by .ci/run)."""

from __future__ import annotations

import pytest
from stores import PG_DSN, empty_store

from pressclip.corpus.schema import make_row


@pytest.fixture
def store(tmp_path):
    if PG_DSN:
        pytest.importorskip("psycopg")
    opened = empty_store("postgresql", tmp_path)
    yield opened
    opened.close()


def _row(id: str, title: str, text: str) -> dict:
    return make_row({"id": id, "url": f"https://port.example/{id}"}, "ok", None,
                    {"title": title, "text": text, "language": "en"})


def test_a_nul_and_a_text_over_the_tsvector_limit_stop_no_batch(store) -> None:
    # 300,000 distinct words: about 3 MB of tsvector, three times PostgreSQL's limit.
    huge = "harbour " + " ".join(f"w{n:07d}" for n in range(300_000))
    rows = [_row("before", "Harbour reopens", "The harbour reopened on Monday."),
            _row("nul", "Harbour\x00 strike ends", "Dockers voted to end the strike."),
            _row("huge", "Harbour ledger", huge),
            _row("after", "Harbour exports", "Exports resumed at the harbour.")]
    assert store.add(rows) == 4
    assert store.count() == 4
    assert store.get("nul")["title"] == "Harbour strike ends"  # stored cleaned
    assert store.get("huge")["text"] == huge  # the row keeps the whole text
    assert {h["id"] for h in store.search("harbour")} == {"before", "nul", "huge", "after"}
    assert [h["id"] for h in store.search("w0000001")] == ["huge"]  # its start is indexed
