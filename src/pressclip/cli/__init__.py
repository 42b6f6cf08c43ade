"""The `pressclip` command: one subcommand per module of this package.

A subcommand module exposes `register(subparsers)`, which adds its parser and sets
`handler=<function(args) -> int>` as a default; the handler returns the exit code and raises
CliError (cli.common) for user errors. To add a subcommand, add its module name to
SUBCOMMANDS. Modules should import heavy dependencies inside their handler, so that
`pressclip --help` stays fast and works without optional extras.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module

from .. import __version__
from .common import EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, CliError, report

# Module names under pressclip.cli, in the order --help lists them.
SUBCOMMANDS = [
    "extract",
    "batch",
    "index",
    "search",
    "spark_batch",
    "serve",
]

_DESCRIPTION = "Clean, structured article records from raw news pages."
_EPILOG = """\
examples:
  pressclip extract examples/article.html
  pressclip extract https://example.org/news/42 --format markdown -o article.md
  curl -s https://example.org/news/42 | pressclip extract - --format json

Run `pressclip COMMAND --help` for a command's options and examples.
exit codes: 0 ok, 1 no article found, 2 usage or bad input, 3 network error
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pressclip",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pressclip {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in SUBCOMMANDS:
        import_module(f"{__name__}.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code instead of exiting."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except CliError as exc:
        report(exc.message)
        return exc.code
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_OK


def _silence_stdout() -> None:
    """The reader left (`| head`), which is not an error; point stdout at /dev/null so that
    the interpreter's last flush does not raise BrokenPipeError again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a real file (tests, embedding)
        pass
