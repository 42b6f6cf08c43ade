"""The corpus row: one per input record, the same in JSONL, Parquet, Spark and the store.

A row is the article record (pressclip.record.RECORD_KEYS, with the article's own URL renamed
`canonical_url` so that `url` can be the address the page was captured from), plus the
source keys that join it back to its input (and to Common Crawl's index), the outcome
(`status`, `error`) and the syndication group (`cluster`, `canonical`).

docs/schema.md documents every column; bump SCHEMA_VERSION on any change of columns or types.
"""

from __future__ import annotations

from typing import Any

from ..record import RECORD_KEYS, SCHEMA_VERSION

# Outcomes. Every input record ends as exactly one row with one of these.
OK = "ok"
EMPTY = "empty"  # the page was read but holds no article body
TIMEOUT = "timeout"  # the per-page time limit killed the work
TOO_LARGE = "too_large"  # over the size cap, or over the memory guard
ERROR = "error"  # anything else: unreadable input, fetch failure, extractor crash
STATUSES = (OK, EMPTY, TIMEOUT, TOO_LARGE, ERROR)

# Where a row came from. `id` is unique within a run's output and is the resume key.
SOURCE_KEYS = (
    "id",
    "input",
    "record",
    "url",
    "warc_record_id",
    "warc_date",
    "warc_filename",
    "warc_record_offset",
    "warc_record_length",
)
OUTCOME_KEYS = ("status", "error", "seconds")
# The record's own schema_version is the row's first column.
ARTICLE_KEYS = tuple("canonical_url" if k == "url" else k for k in RECORD_KEYS
                     if k != "schema_version")
GROUP_KEYS = ("cluster", "canonical")
COLUMNS = ("schema_version", *SOURCE_KEYS, *OUTCOME_KEYS, *ARTICLE_KEYS, *GROUP_KEYS)

_STRING_LISTS = {"authors", "contributors", "agencies", "tags"}
_INTEGERS = {"warc_record_offset", "warc_record_length"}

# Nested structures of the article record (pressclip.record): field name -> type.
_QUOTE_FIELDS = {"quote": "string", "speaker": "string", "kind": "string", "start": "int64",
                 "end": "int64", "cue": "string", "speaker_kind": "string"}
_ENTITY_FIELDS = {"text": "string", "type": "string", "start": "int64", "end": "int64",
                  "canonical": "string"}
_DATE_FIELDS = {"text": "string", "value": "string", "start": "int64", "end": "int64"}
_IMAGE_FIELDS = {"url": "string", "alt": "string", "caption": "string", "credit": "string"}
_LINK_FIELDS = {"url": "string", "text": "string"}
_COMMENT_FIELDS = {"text": "string", "author": "string", "date": "string"}
_NESTED = {"images": _IMAGE_FIELDS, "links": _LINK_FIELDS, "comments": _COMMENT_FIELDS,
           "quotes": _QUOTE_FIELDS, "entities": _ENTITY_FIELDS, "dates": _DATE_FIELDS}


def make_row(source: dict[str, Any], status: str, error: str | None = None,
             article: dict[str, Any] | None = None, seconds: float | None = None) -> dict:
    """A complete row: every column present, article columns null when there is no article."""
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row["schema_version"] = SCHEMA_VERSION
    for key in SOURCE_KEYS:
        row[key] = source.get(key)
    row["status"] = status
    row["error"] = error
    row["seconds"] = None if seconds is None else round(seconds, 4)
    for key in _STRING_LISTS | set(_NESTED):
        row[key] = []
    if article:
        for key, value in article.items():
            column = "canonical_url" if key == "url" else key
            if column in row:
                row[column] = value
    return row


def json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of one row."""

    def scalar(kind: str) -> dict:
        return {"type": [{"string": "string", "int64": "integer", "double": "number",
                          "bool": "boolean"}[kind], "null"]}

    def nested(fields: dict[str, str]) -> dict:
        return {"type": "array", "items": {
            "type": "object", "properties": {k: scalar(v) for k, v in fields.items()},
            "required": list(fields), "additionalProperties": False}}

    properties: dict[str, Any] = {}
    for column in COLUMNS:
        if column in _NESTED:
            properties[column] = nested(_NESTED[column])
        elif column in _STRING_LISTS:
            properties[column] = {"type": "array", "items": {"type": "string"}}
        else:
            properties[column] = scalar(_column_kind(column))
    properties["status"] = {"enum": list(STATUSES)}
    properties["schema_version"] = {"const": SCHEMA_VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://pressclip.invalid/schema/row-{SCHEMA_VERSION}.json",
        "title": f"pressclip corpus row, schema {SCHEMA_VERSION}",
        "type": "object",
        "properties": properties,
        "required": list(COLUMNS),
        "additionalProperties": False,
    }


def arrow_schema():  # -> pyarrow.Schema; pyarrow is imported here only (optional extra)
    """The Parquet schema of a row, the same for `pressclip batch` and the Spark job."""
    import pyarrow as pa

    kinds = {"string": pa.string(), "int64": pa.int64(), "double": pa.float64(),
             "bool": pa.bool_()}
    fields = []
    for column in COLUMNS:
        if column in _NESTED:
            struct = pa.struct([(k, kinds[v]) for k, v in _NESTED[column].items()])
            kind = pa.list_(struct)
        elif column in _STRING_LISTS:
            kind = pa.list_(pa.string())
        else:
            kind = kinds[_column_kind(column)]
        fields.append(pa.field(column, kind, nullable=column not in ("id", "status")))
    return pa.schema(fields, metadata={"pressclip_schema_version": SCHEMA_VERSION})


def _column_kind(column: str) -> str:
    if column in _INTEGERS:
        return "int64"
    if column == "seconds":
        return "double"
    if column in ("canonical", "is_accessible_for_free"):
        return "bool"
    return "string"
