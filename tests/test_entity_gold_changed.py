"""bench/entity_gold.read says which documents it leaves out because their text changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import datasets, entity_gold


def test_a_document_whose_text_changed_is_named_when_left_out(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    annotated = "Mira Okafor met the Harbour Board in Tallinn."
    gold = tmp_path / "gold.jsonl"
    lines = [
        {"doc": True, "id": "set/kept", "dataset": "set", "sha1": entity_gold.sha1(annotated),
         "language": "en", "batch": "train"},
        {"id": "set/kept", "start": 0, "end": 11, "type": "person"},
        {"doc": True, "id": "set/moved", "dataset": "set", "sha1": entity_gold.sha1(annotated),
         "language": "en", "batch": "train"},
    ]
    gold.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    texts = {"set/kept": annotated, "set/moved": "Section\n\n" + annotated}
    monkeypatch.setattr(entity_gold, "GOLD", gold)
    monkeypatch.setattr(datasets, "available", lambda: True)
    monkeypatch.setattr(entity_gold, "_rows", lambda ids: {i: {"id": i} for i in ids})
    monkeypatch.setattr(entity_gold, "_text", lambda head, row: texts[row["id"]])
    docs = entity_gold.read()
    assert [doc.id for doc in docs] == ["set/kept"]
    err = capsys.readouterr().err
    assert "1 document(s) left out" in err and "set/moved" in err
