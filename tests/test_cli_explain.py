"""`pressclip extract --explain` and `--focus`: every block with its kept/dropped reason, the
same `explain` list as the API's, for HTML and text input; the focus reaches the extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressclip
from pressclip.cli import main
from pressclip.explained import explain_entries, explain_lines, one_line
from pressclip.intake import HTML, Page
from pressclip.options import Options
from pressclip.service.extraction import Job, run_job

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_HTML = ROOT / "examples" / "article.html"
TEXT_PAGE = Path(__file__).resolve().parent / "data" / "textmode_page_en.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_explain_is_one_line_a_block_with_its_reason(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    code, out, _ = run(["extract", str(EXAMPLE_HTML), "--explain"], capsys)
    assert code == 0
    article = pressclip.extract(EXAMPLE_HTML.read_bytes(), explain=True)
    lines = out.splitlines()
    assert len(lines) == len(article.explain) + 1
    for line, decision in zip(lines, article.explain, strict=False):
        assert len(line) <= 90
        mark, rest = line.split(" ", 1)
        assert mark == ("+" if decision.kept else "-")
        assert rest.startswith(decision.reason)
        shown = rest[len(decision.reason):].strip().rstrip("…")
        assert " ".join(decision.text.split()).startswith(shown)
    kept = sum(d.kept for d in article.explain)
    assert lines[-1] == (f"{len(article.explain)} blocks: {kept} kept (+), "
                         f"{len(article.explain) - kept} dropped (-)")


def test_json_explain_is_the_apis_list(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(EXAMPLE_HTML), "--explain", "--format", "json",
                        "--no-facts"], capsys)
    assert code == 0
    record = json.loads(out)
    answer = run_job(Job(Page(EXAMPLE_HTML.read_bytes(), HTML), facts=False, explain=True))
    assert answer.status == 200
    assert record == json.loads(answer.body)  # one builder for the CLI and the API
    assert all(set(e) == {"text", "kept", "reason", "tag", "path"} and e["reason"]
               for e in record["explain"])
    assert [e["text"] for e in record["explain"] if e["kept"]] == \
        [p for p in record["text"].split("\n\n")]


def test_text_input_is_explained_line_by_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(TEXT_PAGE), "--input", "text", "--explain",
                        "--format", "json"], capsys)
    assert code == 0
    entries = json.loads(out)["explain"]
    article = pressclip.extract_text(TEXT_PAGE.read_text(encoding="utf-8"), explain=True)
    assert entries == explain_entries(article)
    assert [e["path"] for e in entries] == [f"line {n}" for n in range(1, len(entries) + 1)]
    assert all(e["tag"] == "line" and e["reason"] for e in entries)
    assert any(e["reason"] == "credit line" for e in entries)


def test_a_page_without_article_still_explains_why(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    page = tmp_path / "menu.txt"
    page.write_text("Home\nNews\nSport\nContact us\n", encoding="utf-8")
    code, out, err = run(["extract", str(page), "--explain"], capsys)
    assert code == 1 and "no article text found" in err
    entries = explain_entries(pressclip.extract_text(page.read_text(), explain=True))
    lines = out.splitlines()
    assert len(lines) == 5 and [e["kept"] for e in entries] == [False] * 4
    for line, entry, word in zip(lines, entries, ["Home", "News", "Sport", "Contact us"],
                                 strict=False):
        assert line.startswith(f"- {entry['reason']}") and line.endswith(f"  {word}")


def test_explain_needs_text_or_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", str(EXAMPLE_HTML), "--explain", "--format", "markdown"],
                       capsys)
    assert code == 2 and "--explain shows in the text or json format" in err


def test_without_explain_mode_there_are_no_entries() -> None:
    assert explain_entries(pressclip.extract(EXAMPLE_HTML.read_bytes())) == []
    assert explain_lines([]) == ["0 blocks: 0 kept (+), 0 dropped (-)"]
    assert one_line("a\n\n b  c", 10) == "a b c"
    assert one_line("word " * 10, 12) == "word word w…"


def test_focus_reaches_the_extractor_and_is_checked(capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []
    real = pressclip.core.extract

    def spy(page: object, **kwargs: object) -> pressclip.Article:
        seen.append(str(kwargs["focus"]))
        return real(page, **kwargs)

    monkeypatch.setattr(pressclip.core, "extract", spy)
    for focus in ("precision", "recall"):
        assert run(["extract", str(EXAMPLE_HTML), "--focus", focus], capsys)[0] == 0
    assert run(["extract", str(EXAMPLE_HTML)], capsys)[0] == 0
    assert seen == ["precision", "recall", "balanced"]
    code, _, err = run(["extract", str(EXAMPLE_HTML), "--focus", "speed"], capsys)
    assert code == 2 and "invalid choice" in err
    with pytest.raises(ValueError, match="unknown focus 'speed'"):
        Options(focus="speed")
    with pytest.raises(ValueError, match="unknown focus"):
        pressclip.extract(EXAMPLE_HTML.read_bytes(), focus="fast")


def test_help_shows_the_new_flags_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["extract", "--help"], capsys)
    for example in ("--explain\n", "--explain --format json", "--focus precision",
                    "--focus recall"):
        assert f"pressclip extract examples/article.html {example.strip()}" in out
    _, out, _ = run(["batch", "--help"], capsys)
    assert "-o articles.csv" in out and "--format csv" in out and "--focus precision" in out
