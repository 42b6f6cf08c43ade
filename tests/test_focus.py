"""`focus`: precision keeps less text than balanced and recall more, on real pages; the shifts
are those bench/focus.py chose, ordered; `pressclip batch --focus` reaches its workers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import pressclip
from bench import datasets
from pressclip.corpus.batch import BatchConfig, run_batch
from pressclip.corpus.output import read_rows
from pressclip.intake import HTML, Page
from pressclip.options import (
    BALANCED,
    FOCUSES,
    LOCATOR_SHIFTS,
    PRECISION,
    RECALL,
    TEXT_SHIFTS,
)

needs_data = pytest.mark.skipif(not datasets.available(),
                                reason="../shared/data is absent (a user's clone)")


def test_shifts_are_ordered_and_balanced_is_the_shipped_threshold() -> None:
    for shifts in (LOCATOR_SHIFTS, TEXT_SHIFTS):
        assert shifts[BALANCED] == 0.0
        assert shifts[PRECISION] > 0.0 > shifts[RECALL]
        assert set(shifts) == set(FOCUSES)


@needs_data
def test_precision_keeps_less_and_recall_more_on_real_pages() -> None:
    words = dict.fromkeys(FOCUSES, 0)
    changed = 0
    for name in ("fundus_dev", "cleaneval"):
        for row in datasets.rows(name, split="heldout", limit=12):
            texts = {focus: pressclip.extract(row["html"], url=row["url"], facts=False,
                                              focus=focus).text for focus in FOCUSES}
            for focus, text in texts.items():
                words[focus] += len(text.split())
            changed += texts[PRECISION] != texts[RECALL]
    assert words[PRECISION] < words[BALANCED] < words[RECALL], words
    assert changed >= 3


def _pages_changed_by(focus: str, count: int) -> tuple[list[dict], dict[str, str]]:
    """Heldout pages where `focus` gives another text than balanced, with that text."""
    rows, expected = [], {}
    for row in datasets.rows("fundus_dev", split="heldout"):
        text = pressclip.extract(row["html"], url=row["url"], facts=False, focus=focus).text
        if text != pressclip.extract(row["html"], url=row["url"], facts=False).text:
            rows.append(row)
            expected[row["id"]] = text
        if len(rows) == count:
            break
    assert rows, f"no heldout page where the {focus} focus changes the text"
    return rows, expected


@needs_data
def test_text_mode_takes_the_focus_too() -> None:
    words = dict.fromkeys(FOCUSES, 0)
    for name in ("textmode", "textmode_fundus_dev"):
        for row in datasets.rows(name, split="heldout", limit=12):
            if not row["text"].strip():
                continue
            for focus in FOCUSES:
                words[focus] += len(pressclip.extract_text(row["text"], facts=False,
                                                           focus=focus).text.split())
    assert words[PRECISION] < words[BALANCED] < words[RECALL], words


@needs_data
def test_batch_focus_reaches_the_workers(tmp_path: Path) -> None:
    rows, expected = _pages_changed_by(RECALL, 2)
    source = tmp_path / "pages.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({"id": row["id"], "url": row["url"], "html": row["html"]})
                     + "\n")
    out = tmp_path / "out.jsonl"
    run_batch(BatchConfig(inputs=[str(source)], output=str(out), workers=1, group=False,
                          focus=RECALL))
    texts = {row["id"].rsplit("#", 1)[1]: row["text"] for row in read_rows(str(out))}
    assert texts == expected


@needs_data
def test_the_api_takes_a_focus() -> None:
    pytest.importorskip("fastapi")
    from pydantic import ValidationError

    from pressclip.service.extraction import Job, run_job
    from pressclip.service.models import ExtractRequest

    assert ExtractRequest(html="<p>x</p>", focus="recall").focus == RECALL
    with pytest.raises(ValidationError):
        ExtractRequest(html="<p>x</p>", focus="speed")
    rows, expected = _pages_changed_by(PRECISION, 2)
    for row in rows:
        answer = run_job(Job(Page(row["html"], HTML, row["url"]), facts=False, focus=PRECISION))
        assert json.loads(answer.body)["text"] == expected[row["id"]]
