"""`pressclip extract` through main(argv): formats, inputs, errors and exit codes.

These test the command's behaviour, not extraction quality: where a result depends on what
the extractor keeps, the extractor is replaced by a stub that records its arguments.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from loopback import route_table, serving

import pressclip
import pressclip.core
import pressclip.textmode
from pressclip.cli import SUBCOMMANDS, main
from pressclip.intake import page_text
from pressclip.record import PARAGRAPH, RECORD_KEYS, Article, Block

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_HTML = ROOT / "examples" / "article.html"
EXAMPLE_TEXT = ROOT / "examples" / "article.txt"
# A page that declares no charset in its markup: only the HTTP header says Latin-1.
LATIN1_PAGE = ("<html><body><article><p>Le comité a voté à l'unanimité pour rénover "
               "l'église du village, fermée depuis l'été dernier après un orage.</p>"
               "</article></body></html>").encode("latin-1")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


class _Recorder:
    """Stands in for an extractor: records its call, returns a fixed article."""

    def __init__(self, article: Article | None = None):
        self.article = article or Article(title="T", blocks=[Block(PARAGRAPH, "Corps.")])
        self.calls: list[tuple[Any, dict[str, Any]]] = []

    def __call__(self, page: Any, **kwargs: Any) -> Article:
        self.calls.append((page, kwargs))
        return self.article


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    recorder = _Recorder()
    monkeypatch.setattr(pressclip.core, "extract", recorder)  # what intake.extract_page calls
    return recorder


@pytest.fixture
def fake_extract_text(monkeypatch: pytest.MonkeyPatch) -> _Recorder:
    recorder = _Recorder()
    monkeypatch.setattr(pressclip.textmode, "extract_text", recorder)
    return recorder


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes, tty: bool = False) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data))
    monkeypatch.setattr(stream, "isatty", lambda: tty)
    monkeypatch.setattr("sys.stdin", stream)


# ------------------------------------------------------------------ help and version


def test_help_lists_commands_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--help"], capsys)
    assert code == 0
    assert "examples:" in out and "pressclip extract examples/article.html" in out
    for name in SUBCOMMANDS:
        assert name.replace("_", "-") in out


def test_extract_help_has_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", "--help"], capsys)
    assert code == 0
    assert "examples:" in out and "--format" in out and "exit codes:" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--version"], capsys)
    assert code == 0 and out.strip() == f"pressclip {pressclip.__version__}"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([], capsys)
    assert code == 2 and out == "" and "usage: pressclip" in err


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", str(EXAMPLE_HTML), "--format", "pdf"], capsys)
    assert code == 2 and "invalid choice: 'pdf'" in err


# ------------------------------------------------------------------ formats on the example


def test_text_format_on_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(EXAMPLE_HTML)], capsys)
    assert code == 0 and err == ""
    assert out.strip() and out.endswith("\n") and "<" not in out


def test_json_format_is_the_record(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(EXAMPLE_HTML), "--format", "json"], capsys)
    assert code == 0
    record = json.loads(out)
    assert tuple(record) == RECORD_KEYS
    assert record["text"]


def test_html_format_is_a_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["extract", str(EXAMPLE_HTML), "-f", "html"], capsys)
    assert code == 0
    assert out.startswith("<!DOCTYPE html>") and out.rstrip().endswith("</html>")
    assert "<script" not in out


def test_markdown_format(capsys: pytest.CaptureFixture[str], fake_extract: _Recorder) -> None:
    fake_extract.article = Article(title="Titre", url="https://news.example/a",
                                   blocks=[Block(PARAGRAPH, "Voir https://x.example/.")])
    head = ('---\ntitle: "Titre"\ndate: null\ndate_modified: null\nauthors: []\n'
            'publisher: null\nurl: "https://news.example/a"\nlanguage: null\nagencies: []\n'
            '---\n\n')
    code, out, _ = run(["extract", str(EXAMPLE_HTML), "--format", "markdown"], capsys)
    assert code == 0 and out == head + "# Titre\n\nVoir https://x.example/.\n"
    code, out, _ = run(["extract", str(EXAMPLE_HTML), "--format", "markdown", "--links"], capsys)
    assert out == head + "# [Titre](<https://news.example/a>)\n\nVoir <https://x.example/>.\n"


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code, out, err = run(["extract", str(EXAMPLE_HTML), "-f", "json", "-o", str(target)], capsys)
    assert code == 0 and out == "" and err == ""
    assert tuple(json.loads(target.read_text(encoding="utf-8"))) == RECORD_KEYS


def test_unwritable_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-dir" / "out.txt"
    code, _, err = run(["extract", str(EXAMPLE_HTML), "-o", str(target)], capsys)
    assert code == 2 and err.startswith("pressclip: error: cannot write")


# ------------------------------------------------------------------ inputs


def test_file_is_read_as_bytes(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                               fake_extract: _Recorder) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(LATIN1_PAGE)
    run(["extract", str(page), "--url", "https://news.example/eglise"], capsys)
    data, kwargs = fake_extract.calls[0]
    assert data == LATIN1_PAGE  # decoding is the library's job
    assert kwargs["url"] == "https://news.example/eglise"
    assert kwargs["facts"] is True and kwargs["reference_time"] is None


def test_stdin_dash(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _, from_file, _ = run(["extract", str(EXAMPLE_HTML), "-f", "json"], capsys)
    _stdin(monkeypatch, EXAMPLE_HTML.read_bytes())
    code, out, _ = run(["extract", "-", "-f", "json"], capsys)
    assert code == 0 and out == from_file


def test_stdin_when_piped_and_no_source(monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    _, from_file, _ = run(["extract", str(EXAMPLE_HTML)], capsys)
    _stdin(monkeypatch, EXAMPLE_HTML.read_bytes())
    code, out, _ = run(["extract"], capsys)
    assert code == 0 and out == from_file


def test_no_source_on_a_terminal(monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, b"", tty=True)
    code, out, err = run(["extract"], capsys)
    assert code == 2 and out == ""
    assert err.startswith("pressclip: error: no input") and "Traceback" not in err


@pytest.mark.parametrize(
    ("path_kind", "message"),
    [("missing", "no such file"), ("directory", "is a directory")],
)
def test_bad_paths(path_kind: str, message: str, tmp_path: Path,
                   capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nope.html" if path_kind == "missing" else tmp_path
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("pressclip: error: cannot read") and message in err


def test_non_web_url_scheme(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", "ftp://files.example/page.html"], capsys)
    assert code == 2 and "only http and https" in err


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"", "is empty"), (b"  \n\t\n", "is empty"),
     (bytes(range(256)) * 40, "binary data"), (b"\x00\x01\x02\x03" * 500, "binary data")],
)
def test_empty_and_binary_input(data: bytes, message: str, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "input.bin"
    path.write_bytes(data)
    code, out, err = run(["extract", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("pressclip: error:") and message in err
    assert err.count("\n") == 1  # one line, no traceback


# ------------------------------------------------------------------ no article


def test_no_article_in_text_format_prints_nothing(capsys: pytest.CaptureFixture[str],
                                                  fake_extract: _Recorder) -> None:
    fake_extract.article = Article()
    code, out, err = run(["extract", str(EXAMPLE_HTML)], capsys)
    assert code == 1 and out == ""
    assert err.startswith("pressclip: error: no article text found in")


@pytest.mark.parametrize("fmt", ["json", "markdown", "html"])
def test_no_article_in_other_formats_still_writes_the_record(
    fmt: str, capsys: pytest.CaptureFixture[str], fake_extract: _Recorder
) -> None:
    fake_extract.article = Article(title="Seulement un titre")
    code, out, err = run(["extract", str(EXAMPLE_HTML), "-f", fmt], capsys)
    assert code == 1 and "Seulement un titre" in out and "no article" in err


# ------------------------------------------------------------------ text mode and options


def test_auto_detects_text_and_uses_text_mode(capsys: pytest.CaptureFixture[str],
                                              fake_extract: _Recorder,
                                              fake_extract_text: _Recorder) -> None:
    code, out, _ = run(["extract", str(EXAMPLE_TEXT), "--reference-time", "2025-07-10"], capsys)
    assert code == 0 and out == "T\n\nCorps.\n"
    assert fake_extract.calls == []
    text, kwargs = fake_extract_text.calls[0]
    assert page_text(text) == EXAMPLE_TEXT.read_text(encoding="utf-8")
    assert kwargs["reference_time"] == datetime(2025, 7, 10, tzinfo=UTC)


def test_auto_detects_html(capsys: pytest.CaptureFixture[str], fake_extract: _Recorder,
                           fake_extract_text: _Recorder) -> None:
    run(["extract", str(EXAMPLE_HTML)], capsys)
    assert len(fake_extract.calls) == 1 and fake_extract_text.calls == []


def test_input_kind_can_be_forced(capsys: pytest.CaptureFixture[str], fake_extract: _Recorder,
                                  fake_extract_text: _Recorder) -> None:
    run(["extract", str(EXAMPLE_HTML), "--input", "text"], capsys)
    run(["extract", str(EXAMPLE_TEXT), "--input", "html"], capsys)
    assert len(fake_extract_text.calls) == 1 and len(fake_extract.calls) == 1


def test_options_reach_the_extractor(capsys: pytest.CaptureFixture[str],
                                     fake_extract: _Recorder) -> None:
    run(["extract", str(EXAMPLE_HTML), "--no-facts",
         "--reference-time", "2025-07-10T14:30:00+02:00"], capsys)
    _, kwargs = fake_extract.calls[0]
    assert kwargs["facts"] is False
    assert kwargs["reference_time"] == datetime.fromisoformat("2025-07-10T14:30:00+02:00")


def test_bad_reference_time(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", str(EXAMPLE_HTML), "--reference-time", "hier"], capsys)
    assert code == 2 and "not an ISO 8601 date or time" in err


# ------------------------------------------------------------------ URLs


_SITE = route_table({
    "/article": (200, {"Content-Type": "text/html; charset=utf-8"}, EXAMPLE_HTML.read_bytes()),
    "/latin1": (200, {"Content-Type": "text/html; charset=ISO-8859-1"}, LATIN1_PAGE),
    "/nul-charset": (200, {"Content-Type": "text/html; charset=utf-8\x00"},
                     EXAMPLE_HTML.read_bytes()),
    "/moved": (301, {"Location": "/article"}, b""),
    "/image": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 64),
})


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving(_SITE) as base:
        yield base


def test_url_is_fetched_and_final_url_recorded(site: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _, from_file, _ = run(["extract", str(EXAMPLE_HTML), "-f", "json", "--url", "x"], capsys)
    code, out, _ = run(["extract", site + "/moved", "-f", "json"], capsys)
    assert code == 0
    record, expected = json.loads(out), json.loads(from_file)
    # The page names its canonical address: the record prefers it to the fetched one.
    assert record["url"] == expected["url"] != "x"
    assert record == expected


def test_url_option_overrides_the_fetched_address(site: str, capsys: pytest.CaptureFixture[str],
                                                  fake_extract: _Recorder) -> None:
    run(["extract", site + "/article", "--url", "https://news.example/a"], capsys)
    assert fake_extract.calls[0][1]["url"] == "https://news.example/a"


def test_charset_from_the_http_header_reaches_the_library(
    site: str, capsys: pytest.CaptureFixture[str], fake_extract: _Recorder
) -> None:
    run(["extract", site + "/latin1"], capsys)
    data, kwargs = fake_extract.calls[0]
    assert data == LATIN1_PAGE and kwargs["http_charset"] == "iso-8859-1"


def test_a_nul_in_the_http_charset_is_no_charset(site: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", site + "/nul-charset"], capsys)
    assert code == 0 and err == "" and out.strip()


def test_http_error_is_a_network_error(site: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", site + "/missing"], capsys)
    assert code == 3 and out == ""
    assert err.startswith("pressclip: error: cannot fetch the page:") and "HTTP 404" in err


def test_unreachable_host_is_a_network_error(capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, _, err = run(["extract", f"http://127.0.0.1:{port}/", "--timeout", "2"], capsys)
    assert code == 3 and "cannot connect" in err


def test_non_page_content_type_is_refused(site: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", site + "/image"], capsys)
    assert code == 2 and "image/png, not a web page" in err
