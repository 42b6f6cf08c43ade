"""Phrase and prefix queries, on SQLite and on a real PostgreSQL server
(PRESSCLIP_TEST_PG): '"défense aérienne"' matches the phrase only, 'défen*' finds words
that start so, both folded; quotes and stars never reach the database as syntax."""

from __future__ import annotations

import pytest
from stores import KINDS, empty_store

from pressclip.corpus.schema import make_row
from pressclip.corpus.store import Term, query_terms


def _row(id: str, text: str) -> dict:
    return make_row({"id": id}, "ok", None, {"title": id, "text": text, "language": "fr"})


ROWS = [_row("phrase", "Les présidents ont parlé de défense aérienne hier."),
        _row("apart", "La défense du pays passe par une flotte aérienne."),
        _row("other", "Les défenseurs ont gagné le match.")]


@pytest.fixture(params=KINDS)
def store(request, tmp_path):
    opened = empty_store(request.param, tmp_path)
    opened.add(ROWS)
    yield opened
    opened.close()


def _ids(hits: list[dict]) -> list[str]:
    return sorted(h["id"] for h in hits)


def test_terms_of_a_query() -> None:
    assert query_terms('"Défense  aérienne" défen* x x "" "open') == [
        Term(("Défense", "aérienne")), Term(("défen",), prefix=True), Term(("x",)),
        Term(("open",))]


def test_a_phrase_matches_the_phrase_only(store) -> None:
    assert _ids(store.search('"défense aérienne"')) == ["phrase"]
    assert _ids(store.search('"DEFENSE AERIENNE"')) == ["phrase"]
    assert _ids(store.search("défense aérienne")) == ["apart", "phrase"]


def test_a_prefix_finds_words_that_start_so(store) -> None:
    assert _ids(store.search("défen*")) == ["apart", "other", "phrase"]
    assert _ids(store.search("defenseu*")) == ["other"]
    assert _ids(store.search("défen")) == []  # without the star, a whole word


def test_query_syntax_of_the_database_is_not_read(store) -> None:
    for query in ('défense" OR "match', "défense:* | match", "NEAR(défense match)",
                  "défense & !match", '"défense'):
        store.search(query)  # no syntax error from either database
