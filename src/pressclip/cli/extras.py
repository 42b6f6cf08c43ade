"""Optional dependencies: a command checks the extras it will need before any work, so that a
missing one is said at once, with the line that installs it, and not after hours of pages."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module

from .common import CliError


def require(command: str, extra: str, modules: Iterable[str]) -> None:
    """Raise CliError (exit 2) naming the modules of `extra` that do not import, and the
    install line for a clone or a source folder (the package index line needs a published
    pressclip)."""
    missing = []
    for name in dict.fromkeys(modules):
        try:
            import_module(name)
        except ImportError:
            missing.append(name.partition(".")[0])
    if missing:
        raise CliError(f"{command} needs {', '.join(missing)}, from the '{extra}' extra: "
                       f"pip install '.[{extra}]' in the pressclip source folder")
