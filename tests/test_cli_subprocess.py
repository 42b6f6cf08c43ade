"""`pressclip` as a real process: streams, exit codes, pipes, no tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressclip.record import RECORD_KEYS

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_HTML = ROOT / "examples" / "article.html"
COMMAND = [sys.executable, "-m", "pressclip.cli"]
TIMEOUT = 60


def pressclip(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*COMMAND, *args], input=stdin, capture_output=True,
                          timeout=TIMEOUT, check=False)


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("text", lambda out: out.strip() and "<" not in out),
        ("markdown", lambda out: out.strip() and "<p>" not in out),
        ("html", lambda out: out.startswith("<!DOCTYPE html>") and "<p>" in out),
        ("json", lambda out: tuple(json.loads(out)) == RECORD_KEYS),
    ],
)
def test_each_format_on_the_example(fmt: str, check: object) -> None:
    result = pressclip("extract", str(EXAMPLE_HTML), "--format", fmt)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert check(result.stdout.decode("utf-8"))  # type: ignore[operator]


def test_output_is_utf8_whatever_the_locale() -> None:
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    result = subprocess.run([*COMMAND, "extract", str(EXAMPLE_HTML)], capture_output=True,
                            timeout=TIMEOUT, check=False, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout == pressclip("extract", str(EXAMPLE_HTML)).stdout
    assert not result.stdout.isascii()  # the example is French: accents came through


def test_output_file(tmp_path: Path) -> None:
    target = tmp_path / "article.md"
    result = pressclip("extract", str(EXAMPLE_HTML), "-f", "markdown", "-o", str(target))
    assert result.returncode == 0 and result.stdout == b""
    assert target.read_bytes() == pressclip("extract", str(EXAMPLE_HTML), "-f", "markdown").stdout


def test_piped_stdin_without_argument() -> None:
    result = pressclip("extract", stdin=EXAMPLE_HTML.read_bytes())
    assert result.returncode == 0
    assert result.stdout == pressclip("extract", str(EXAMPLE_HTML)).stdout


def test_missing_file() -> None:
    result = pressclip("extract", "no/such/page.html")
    assert result.returncode == 2 and result.stdout == b""
    assert result.stderr.startswith(b"pressclip: error: cannot read no/such/page.html")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(("data", "message"), [(b"", b"is empty"),
                                              (bytes(range(256)) * 64, b"binary")])
def test_empty_and_binary_stdin(data: bytes, message: bytes) -> None:
    result = pressclip("extract", "-", stdin=data)
    assert result.returncode == 2 and result.stdout == b""
    assert message in result.stderr and b"Traceback" not in result.stderr


def test_help_and_version() -> None:
    assert b"examples:" in pressclip("--help").stdout
    assert pressclip("--version").stdout.startswith(b"pressclip ")


def test_closed_pipe_is_not_an_error(tmp_path: Path) -> None:
    # Far more output than a pipe buffers, and a reader that leaves after a few bytes.
    paragraph = "<p>" + "Une phrase de l'article, assez longue pour compter. " * 8 + "</p>\n"
    page = tmp_path / "long.html"
    page.write_text(f"<html><body><article>{paragraph * 3000}</article></body></html>",
                    encoding="utf-8")
    with subprocess.Popen([*COMMAND, "extract", str(page)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        assert process.stdout.read(100)
        process.stdout.close()
        stderr = process.stderr.read()
        code = process.wait(timeout=TIMEOUT)
    assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr
    assert code == 0
