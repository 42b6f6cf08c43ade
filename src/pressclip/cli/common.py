"""What every pressclip subcommand shares: exit codes, user errors and safe output."""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK = 0
EXIT_NO_ARTICLE = 1  # the input was read, but holds no article (output is still written)
EXIT_USAGE = 2  # bad arguments or unreadable input; argparse uses 2 as well
EXIT_NETWORK = 3  # the page could not be fetched
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT

PROG = "pressclip"


class CliError(Exception):
    """A user-facing failure: main() prints the message, no traceback, and exits with code."""

    def __init__(self, message: str, code: int = EXIT_USAGE):
        super().__init__(message)
        self.message = message
        self.code = code


def report(message: str) -> None:
    """One line on stderr in the usual Unix shape: `pressclip: error: ...`."""
    print(f"{PROG}: error: {message}", file=sys.stderr)


def write_output(text: str, path: str | None) -> None:
    """Write text, newline-terminated, as UTF-8 to a file or to stdout ('-' or None).

    UTF-8 whatever the locale, because a page's text is rarely ASCII and a pipe's locale is
    often C. A closed pipe raises BrokenPipeError, which main() turns into a quiet exit.
    """
    if text and not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    if path and path != "-":
        try:
            Path(path).write_bytes(data)
        except OSError as exc:
            raise CliError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        buffer.write(data)
        buffer.flush()
    else:  # a text-only stream, e.g. one swapped in by a caller
        sys.stdout.write(text)
        sys.stdout.flush()
