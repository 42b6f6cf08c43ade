"""The corpus row schema agrees with the article record, with its documentation, and with
its version: a change of columns or types without a new SCHEMA_VERSION fails here."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

import pressclip
from pressclip.corpus.schema import (
    ARTICLE_KEYS,
    COLUMNS,
    SCHEMA_VERSION,
    STATUSES,
    arrow_schema,
    json_schema,
    make_row,
)
from pressclip.record import RECORD_KEYS

ROOT = Path(__file__).resolve().parent.parent
# Every released version's columns and Parquet types. Adding, removing or retyping a column
# means a new version here and in docs/schema.md, never an edit of a released one.
RELEASED = {
    "1.1": [
        ("schema_version", "string"), ("id", "string"), ("input", "string"),
        ("record", "string"), ("url", "string"), ("warc_record_id", "string"),
        ("warc_date", "string"), ("warc_filename", "string"),
        ("warc_record_offset", "int64"), ("warc_record_length", "int64"),
        ("status", "string"), ("error", "string"), ("seconds", "double"),
        ("title", "string"), ("text", "string"), ("date", "string"),
        ("authors", "list<item: string>"), ("contributors", "list<item: string>"),
        ("publisher", "string"), ("agencies", "list<item: string>"), ("language", "string"),
        ("canonical_url", "string"), ("description", "string"), ("image", "string"),
        ("quotes", "list<item: struct<quote: string, speaker: string, kind: string, "
                   "start: int64, end: int64, cue: string>>"),
        ("entities", "list<item: struct<text: string, type: string, start: int64, "
                     "end: int64, canonical: string>>"),
        ("dates", "list<item: struct<text: string, value: string, start: int64, "
                  "end: int64>>"),
        ("cluster", "string"), ("canonical", "bool"),
    ],
    "1.2": [
        ("schema_version", "string"), ("id", "string"), ("input", "string"),
        ("record", "string"), ("url", "string"), ("warc_record_id", "string"),
        ("warc_date", "string"), ("warc_filename", "string"),
        ("warc_record_offset", "int64"), ("warc_record_length", "int64"),
        ("status", "string"), ("error", "string"), ("seconds", "double"),
        ("title", "string"), ("text", "string"), ("date", "string"),
        ("authors", "list<item: string>"), ("contributors", "list<item: string>"),
        ("publisher", "string"), ("agencies", "list<item: string>"), ("language", "string"),
        ("canonical_url", "string"), ("description", "string"), ("image", "string"),
        ("quotes", "list<item: struct<quote: string, speaker: string, kind: string, "
                   "start: int64, end: int64, cue: string, speaker_kind: string>>"),
        ("entities", "list<item: struct<text: string, type: string, start: int64, "
                     "end: int64, canonical: string>>"),
        ("dates", "list<item: struct<text: string, value: string, start: int64, "
                  "end: int64>>"),
        ("facts_language", "string"),
        ("cluster", "string"), ("canonical", "bool"),
    ],
    "1.3": [
        ("schema_version", "string"), ("id", "string"), ("input", "string"),
        ("record", "string"), ("url", "string"), ("warc_record_id", "string"),
        ("warc_date", "string"), ("warc_filename", "string"),
        ("warc_record_offset", "int64"), ("warc_record_length", "int64"),
        ("status", "string"), ("error", "string"), ("seconds", "double"),
        ("title", "string"), ("text", "string"), ("date", "string"),
        ("date_modified", "string"),
        ("authors", "list<item: string>"), ("contributors", "list<item: string>"),
        ("publisher", "string"), ("agencies", "list<item: string>"), ("language", "string"),
        ("canonical_url", "string"), ("description", "string"), ("image", "string"),
        ("images", "list<item: struct<url: string, alt: string, caption: string, "
                   "credit: string>>"),
        ("links", "list<item: struct<url: string, text: string>>"),
        ("tags", "list<item: string>"), ("section", "string"),
        ("is_accessible_for_free", "bool"),
        ("comments", "list<item: struct<text: string, author: string, date: string>>"),
        ("quotes", "list<item: struct<quote: string, speaker: string, kind: string, "
                   "start: int64, end: int64, cue: string, speaker_kind: string>>"),
        ("entities", "list<item: struct<text: string, type: string, start: int64, "
                     "end: int64, canonical: string>>"),
        ("dates", "list<item: struct<text: string, value: string, start: int64, "
                  "end: int64>>"),
        ("facts_language", "string"),
        ("cluster", "string"), ("canonical", "bool"),
    ],
}


def example_row() -> dict:
    html = (ROOT / "examples" / "article.html").read_bytes()
    article = pressclip.extract(html, url="https://news.example/story",
                                reference_time=datetime(2025, 7, 10, tzinfo=UTC))
    source = {"id": "x", "input": "crawl.warc.gz", "record": "0", "url": "https://news.example/s",
              "warc_record_id": "<urn:uuid:1>", "warc_date": "2025-07-10T00:00:00Z",
              "warc_filename": "crawl.warc.gz", "warc_record_offset": 0,
              "warc_record_length": 10}
    return make_row(source, "ok", article=article.to_dict(), seconds=0.1)


def test_columns_and_types_are_those_of_the_released_version():
    pa = pytest.importorskip("pyarrow")
    schema = arrow_schema()
    assert SCHEMA_VERSION in RELEASED, f"add schema {SCHEMA_VERSION} to RELEASED"
    assert [(f.name, str(f.type)) for f in schema] == RELEASED[SCHEMA_VERSION], \
        "the row schema changed: bump SCHEMA_VERSION (schema.py, docs/schema.md)"
    assert schema.metadata[b"pressclip_schema_version"].decode() == SCHEMA_VERSION
    assert isinstance(schema, pa.Schema)


def test_every_key_of_the_article_record_is_a_column():
    row = example_row()
    # The record's schema_version is the row's own first column.
    article_keys = {"canonical_url" if k == "url" else k for k in RECORD_KEYS
                    if k != "schema_version"}
    assert article_keys == set(ARTICLE_KEYS)
    assert tuple(row) == COLUMNS
    assert row["schema_version"] == SCHEMA_VERSION
    assert row["quotes"] and row["entities"] and row["dates"], "the example page names all three"
    assert row["images"] and row["images"][0]["url"] == row["image"], "the lead image first"


def test_a_real_row_fits_the_parquet_and_json_schemas_without_loss():
    pa = pytest.importorskip("pyarrow")
    row = example_row()
    # Arrow drops struct fields the schema does not know: the round trip shows any.
    assert pa.Table.from_pylist([row], schema=arrow_schema()).to_pylist() == [row]
    schema = json_schema()
    assert schema["required"] == list(row) and set(schema["properties"]) == set(row)
    assert schema["properties"]["schema_version"] == {"const": SCHEMA_VERSION}
    assert schema["properties"]["status"]["enum"] == list(STATUSES)
    for column in ("quotes", "entities", "dates", "images", "links", "comments"):
        item = schema["properties"][column]["items"]
        for value in row[column]:
            assert set(value) == set(item["required"]) == set(item["properties"]), column


def test_the_documentation_names_the_version_and_every_column():
    doc = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert re.search(rf"^# .*version {re.escape(SCHEMA_VERSION)}\)", doc, re.M)
    assert f'| schema_version | string | "{SCHEMA_VERSION}" |' in doc
    documented = {name.strip() for cell in re.findall(r"^\| ([^|]+) \|", doc, re.M)
                  for name in cell.split(",")}
    assert set(COLUMNS) <= documented, set(COLUMNS) - documented
