"""Why units the first pass kept (blocks in HTML mode, lines in text mode) left the body.

Explain mode in both extractors records here what a later pass took out, and reads it back
when it writes the decisions; without explain it records nothing, so extraction pays only
a method call per pass.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable


class Dropped:
    """Reasons by unit (a line index, a block's id); a later reason replaces an earlier."""

    __slots__ = ("_why",)

    def __init__(self, enabled: bool):
        self._why: dict[Hashable, str] | None = {} if enabled else None

    @property
    def enabled(self) -> bool:
        return self._why is not None

    def drop(self, units: Iterable[Hashable], reason: str) -> None:
        if self._why is not None:
            self._why.update(dict.fromkeys(units, reason))

    def reason(self, unit: Hashable) -> str | None:
        return None if self._why is None else self._why.get(unit)
