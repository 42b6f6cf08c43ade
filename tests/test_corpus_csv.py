"""`pressclip batch` to CSV: one record a row under a header of every column of the row
schema, read back by Python's csv reader; lists joined ("; " for names, JSON for objects);
resumable after a kill that cut a record short (a real interrupt of a CSV batch is in
test_corpus_interrupts.py, beside the Parquet ones)."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from bench import datasets
from pressclip.cli import main
from pressclip.corpus.batch import BatchConfig, run_batch
from pressclip.corpus.output import CSV, NAME_SEPARATOR, guess_format, read_rows
from pressclip.corpus.schema import COLUMNS, json_schema

HERE = Path(__file__).resolve().parent
# Columns whose CSV cell is JSON / names joined, by the row schema.
_PROPERTIES = json_schema()["properties"]
JSON_COLUMNS = [c for c in COLUMNS if _PROPERTIES[c].get("type") == "array"
                and _PROPERTIES[c]["items"].get("type") != "string"]
NAME_COLUMNS = [c for c in COLUMNS if _PROPERTIES[c].get("type") == "array"
                and _PROPERTIES[c]["items"].get("type") == "string"]


def _csv_records(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh, strict=True)
        header = next(reader)
        return header, [dict(zip(header, record, strict=True)) for record in reader]


def _real_pages(path: Path, count: int) -> list[dict]:
    """Heldout pages of the modern set, several languages, as a JSON Lines input."""
    rows = list(datasets.rows("fundus_dev", split="heldout", limit=count))
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({"id": row["id"], "url": row["url"], "html": row["html"]})
                     + "\n")
    return rows


@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent (a user's clone)")
def test_csv_holds_the_same_rows_as_jsonl_on_real_pages(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture) -> None:
    source = tmp_path / "pages.jsonl.gz"
    pages = _real_pages(source, 12)
    out_csv, out_jsonl = tmp_path / "out.csv", tmp_path / "out.jsonl"
    for out in (out_csv, out_jsonl):
        code = main(["batch", str(source), "-o", str(out), "--workers", "2", "--no-progress",
                     "--no-group"])
        assert code == 0, capsys.readouterr().err
    header, records = _csv_records(out_csv)
    assert header == list(COLUMNS)
    assert len(records) == len(pages)
    expected = {row["id"]: row for row in read_rows(str(out_jsonl))}
    assert sum(row["status"] == "ok" for row in expected.values()) >= len(pages) - 1
    quoted = 0
    for record in records:
        row = expected[record["id"]]
        assert record["text"] == (row["text"] or "")  # paragraphs' line breaks kept
        assert record["title"] == (row["title"] or "")
        for column in NAME_COLUMNS:
            assert record[column] == NAME_SEPARATOR.join(row[column])
        for column in JSON_COLUMNS:
            assert (json.loads(record[column]) if record[column] else []) == row[column]
        quoted += bool(row["quotes"])
    assert quoted, "no page with quotes: the JSON columns were not exercised"
    # Read back through the output, the CSV gives the JSONL's rows, types included (ids
    # and texts differ only where the JSONL has null for an empty cell).
    for row in read_rows(str(out_csv)):
        theirs = expected[row["id"]]
        assert {k: v for k, v in row.items() if k != "seconds" and v not in (None, "")} == \
            {k: v for k, v in theirs.items() if k != "seconds" and v not in (None, "")}


def _synthetic_pages(path: Path, count: int) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for n in range(count):
            body = "".join(f"<p>« Le bac {n} reprend », a déclaré Anne Martin, maire, après "
                           f"une tempête qui avait fermé le port trois jours, partie {i}.</p>"
                           for i in range(3))
            fh.write(json.dumps({"id": f"p{n}", "url": f"https://port.example/{n}",
                                 "html": f"<html lang='fr'><body><article><h1>Bac {n}, "
                                         f"\"quai\"; nord</h1>{body}</article></body></html>"})
                     + "\n")


def test_csv_format_from_the_name_or_the_flag(tmp_path: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    assert guess_format(str(tmp_path / "a.CSV")) == CSV
    source = tmp_path / "pages.jsonl"
    _synthetic_pages(source, 3)
    out = tmp_path / "articles.txt"
    assert main(["batch", str(source), "-o", str(out), "--format", "csv", "--workers", "1",
                 "--no-progress", "--no-group"]) == 0
    header, records = _csv_records(out)
    assert header == list(COLUMNS) and len(records) == 3
    # A title with a double quote and a semicolon survives RFC 4180 quoting.
    assert {r["title"] for r in records} == {f'Bac {n}, "quai"; nord' for n in range(3)}
    assert out.read_bytes().count(b"\r\n") >= 4  # CRLF record ends
    # The store reads it as it reads the other outputs (its ".csv" name tells the format).
    named = tmp_path / "articles.csv"
    out.rename(named)
    db = tmp_path / "news.db"
    assert main(["index", str(named), "--db", str(db)]) == 0
    capsys.readouterr()
    assert main(["search", "tempête", "--db", str(db), "--format", "jsonl"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(hit["title"] for hit in hits) == sorted(r["title"] for r in records)


def test_a_record_cut_by_a_kill_is_redone(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    _synthetic_pages(source, 6)
    out = tmp_path / "out.csv"
    config = BatchConfig(inputs=[str(source)], output=str(out), format=CSV, workers=2,
                         group=False)
    run_batch(config)
    data = out.read_bytes()
    # Cut inside the last record's text (a quoted field spanning lines), then inside a
    # UTF-8 character: each time the rerun redoes that record alone.
    last = data.rindex(b"\r\n", 0, len(data) - 2) + 2
    inside_text = data.index(b"\n\n", last) + 1
    for cut in (inside_text, data.index("é".encode(), last) + 1):
        out.write_bytes(data[:cut])
        summary = run_batch(config)
        assert sum(summary.counts.values()) == 1 and summary.already_done == 5
        header, records = _csv_records(out)
        assert sorted(r["id"].rsplit("#", 1)[1] for r in records) == [f"p{n}" for n in range(6)]
    # A file written by another schema is refused, not appended to.
    out.write_text("id,text\r\np0,x\r\n", encoding="utf-8")
    with pytest.raises(ValueError, match="other columns"):
        run_batch(config)
