"""The front door (intake.py): one binary check, one HTML-or-text guess, one decoding
policy, and a contract every caller can rely on: ExtractionError or the empty record."""

from __future__ import annotations

import ast
import io
import json
from pathlib import Path

import pytest

import pressclip
from bench import datasets
from pressclip import ExtractionError, extract, extract_text, intake
from pressclip.errors import BinaryInput, EmptyInput
from pressclip.intake import HTML, TEXT, Page, extract_page, looks_like_html, read_page
from pressclip.parse.encoding import decode

SRC = Path(pressclip.__file__).resolve().parent
PROSE = ("Le conseil municipal a voté mardi soir le budget de l'année prochaine, après un "
         "long débat sur les écoles, les routes et le prix de l'eau, a indiqué le maire. ")
# "\xff\xfe" opens UTF-16 data; repeated, it is no page in any reading.
BOM_NOISE = b"\xff\xfe" * 3000


def _page(head: str = "", body: str = PROSE * 4) -> str:
    return (f"<html><head>{head}<title>Le budget est voté</title></head><body><article>"
            f"<h1>Le budget est voté</h1><p>{body}</p><p>{body}</p></article></body></html>")


# ------------------------------------------------------------------ the one binary check

@pytest.mark.parametrize("data", [BOM_NOISE, BOM_NOISE.decode("latin-1"),
                                  bytes(range(256)) * 20, b"<html>" + bytes(range(32)) * 200])
def test_binary_input_is_refused_by_every_extractor(data: bytes | str) -> None:
    for call in (extract, extract_text, lambda d: read_page(d)):
        with pytest.raises(BinaryInput, match="binary"):
            call(data)


@pytest.mark.parametrize("data", ["", "  \n\t", b"", b"\n\n"])
def test_empty_input_is_refused_by_every_extractor(data: bytes | str) -> None:
    for call in (extract, extract_text, lambda d: read_page(d)):
        with pytest.raises(EmptyInput):
            call(data)


def test_a_page_without_article_is_the_empty_record_not_an_error() -> None:
    assert extract("<html><head><title>Accueil</title></head><body></body></html>").is_empty
    assert extract_text("Accueil\nContact").is_empty


def test_utf16_page_with_its_bom_is_read() -> None:
    data = _page().encode("utf-16")  # with a byte-order mark
    assert read_page(data).kind == HTML
    assert "budget de l'année" in extract(data).text


# ------------------------------------------------------------------ crafted input

CRAFTED_HTML = [
    _page('<meta charset="punycode">').encode("utf-8"),
    _page('<meta charset="utf-7">').encode("utf-8"),
    _page('<meta charset="x-unknown\x00">').encode("utf-8"),
    _page('<script type="application/ld+json">' + "[" * 10_000 + "]" * 10_000 + "</script>"),
    _page('<script type="application/ld+json">' + '{"a":' * 10_000 + "1" + "}" * 10_000
          + "</script>"),
    _page(body="broken \ud800 surrogate \udfff " + PROSE),
]


@pytest.mark.parametrize("page", CRAFTED_HTML)
def test_crafted_pages_stay_inside_the_contract(page: bytes | str) -> None:
    try:
        article = extract(page)
    except ExtractionError:
        return
    assert isinstance(article.text, str)
    json.dumps(article.to_dict())  # nothing unencodable left in the record


@pytest.mark.parametrize("charset", ["utf-8\x00", "\x00", "punycode", "utf-8; x=\x00", "cp500"])
def test_bad_http_charsets_are_not_trusted(charset: str) -> None:
    article = extract(_page().encode("utf-8"), http_charset=charset)
    assert "budget de l'année" in article.text


def test_lone_surrogates_in_text_mode() -> None:
    text = "Titre\n" + ("Un paragraphe \ud83d avec une moitié de paire. " + PROSE) * 3
    article = extract_text(text)
    assert "\ud83d" not in article.text and article.language == "fr"
    json.dumps(article.to_dict())


def test_meta_utf16_on_a_utf8_page_is_read_as_utf8() -> None:
    # WHATWG: a meta tag that can be read byte for byte means the page is not UTF-16.
    data = _page('<meta charset="utf-16">').encode("utf-8")
    assert decode(data)[1] == "utf-8"
    assert "budget de l'année" in extract(data).text


def test_a_charset_that_decodes_to_garbage_is_not_trusted() -> None:
    data = _page('<meta charset="cp500">').encode("utf-8")
    text, used = decode(data)
    assert used == "utf-8" and "l'année" in text
    assert decode(_page().encode("utf-8"), "cp500")[1] == "utf-8"
    # An honest legacy declaration is still taken.
    latin = _page('<meta charset="iso-8859-1">').encode("latin-1")
    assert "l'année" in decode(latin)[0]


# ------------------------------------------------------------------ the one guess

@pytest.mark.parametrize(
    ("content", "is_html"),
    [
        ("<!-- généré -->\n<!DOCTYPE html><html><body>x</body></html>", True),
        ("  <html lang='fr'><p>x</p></html>", True),
        ("<div class='a'><p>Un fragment sans document autour.</p><p>Deux.</p></div>", True),
        ("Titre\nCommentaires : balises permises <b> <i> <em> <a href=''>.\n"
         + "Un paragraphe ordinaire d'article, aplati en une ligne de texte.\n" * 30, False),
        ("Menu\nAccueil\n<a href='/x'><img src='/ad.gif'></a>\n"
         + "Un long paragraphe de texte ordinaire, sans balise aucune. " * 40, False),
        ("Texte brut, sans rien de particulier.", False),
    ],
)
def test_html_or_text_guess(content: str, is_html: bool) -> None:
    assert looks_like_html(content) is is_html
    assert looks_like_html(content.encode("utf-8")) is is_html
    assert read_page(content).kind == (HTML if is_html else TEXT)


def test_html_or_text_guess_on_shared_pages() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent (a user's clone); CI always has it")
    pages = [r["html"] for r in datasets.rows("trafilatura", limit=300)]
    texts = [r["text"] for r in datasets.rows("textmode", limit=600)]
    html_missed = sum(not looks_like_html(p.encode()) for p in pages)
    text_missed = sum(looks_like_html(t.encode()) for t in texts)
    assert html_missed <= len(pages) // 100 and text_missed <= len(texts) // 100


# Around every edge of _NON_TEXT's classes, and the UTF-8 lead bytes the count goes by.
_EDGES = "".join(chr(c) for c in (*range(0x00, 0x80), 0xA0, 0xFF, 0x100, 0x7FF, 0x800,
                                  0xCFFF, 0xD000, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
                                  0xE000, 0xEFFF, 0xF000, 0xF8FF, 0xF900, 0xFEFE, 0xFEFF,
                                  0xFF00, 0xFFEF, 0xFFF0, 0xFFFC, 0xFFFD, 0xFFFE, 0xFFFF,
                                  0x10000, 0x10FFFF))


@pytest.mark.parametrize("text", [
    "", PROSE, _EDGES, PROSE + "\x01\x7f\x1f\t\n\r", BOM_NOISE.decode("latin-1"),
    "한국어 기사 \x02", "本文\ufeff", "\ud800" + PROSE, PROSE + "\ue000\uf8ff\x00",
    *(_EDGES[i:] + _EDGES[:i] for i in range(0, len(_EDGES), 7)),
])
def test_the_non_text_count_is_the_patterns(text: str) -> None:
    """The count by control bytes gives what the pattern finds, on either side of its gate."""
    assert intake.non_text_count(text) == len(intake._NON_TEXT.findall(text))


def test_the_non_text_count_on_shared_pages() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent (a user's clone); CI always has it")
    for row in datasets.rows("fundus_dev", limit=300):
        for sample in (row["html"][:intake.BINARY_SAMPLE], intake._view(row["html"], 4096)):
            assert intake.non_text_count(sample) == len(intake._NON_TEXT.findall(sample))


def test_no_shared_page_is_taken_for_binary() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent (a user's clone); CI always has it")
    for name, field in (("trafilatura", "html"), ("htmldate", "html"), ("textmode", "text")):
        for row in datasets.rows(name, limit=400):
            read_page(row[field].encode("utf-8"))  # raises for a page taken for binary


def test_extract_page_gives_the_page_its_url_time_and_charset() -> None:
    page = Page(_page().encode("latin-1"), HTML, "https://example.org/a", "iso-8859-1")
    article = extract_page(page)
    assert article.url == "https://example.org/a" and "l'année" in article.text


# ------------------------------------------------------------------ the batch and the CLI

def test_bom_noise_is_refused_in_a_batch_and_by_the_cli(tmp_path: Path, capsys) -> None:
    pytest.importorskip("warcio", reason="the corpus extra is not installed")
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    from pressclip.cli import main
    from pressclip.corpus.batch import BatchConfig, run_batch
    from pressclip.corpus.output import read_rows

    warc = tmp_path / "noise.warc.gz"
    with open(warc, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            "https://news.example/noise", "response", payload=io.BytesIO(BOM_NOISE),
            http_headers=headers))
    run_batch(BatchConfig(inputs=[str(warc)], output=str(tmp_path / "out.jsonl"), workers=1))
    (row,) = read_rows(str(tmp_path / "out.jsonl"))
    assert row["status"] == "error" and "binary" in row["error"]

    page = tmp_path / "noise.html"
    page.write_bytes(BOM_NOISE)
    assert main(["extract", str(page), "--input", "html"]) == 2
    assert "binary data" in capsys.readouterr().err


# ------------------------------------------------------------------ no arrow to the CLI

def _imports(path: Path) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved)."""
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts[:-1])
    names = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] \
                if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("package", ["service", "corpus"])
def test_service_and_corpus_do_not_import_the_cli(package: str) -> None:
    offenders = {str(path.relative_to(SRC)): sorted(n for n in _imports(path)
                                                     if n.startswith("pressclip.cli"))
                 for path in (SRC / package).rglob("*.py")}
    assert not {k: v for k, v in offenders.items() if v}


def test_the_import_reader_sees_relative_imports() -> None:
    names = _imports(SRC / "cli" / "extract.py")
    assert "pressclip.cli.common" in names and "pressclip.intake" in names
