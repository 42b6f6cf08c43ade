"""Options of one extraction, gathered in one immutable value."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Options:
    # Fill quotes, entities and in-text dates (costs a few ms per article).
    facts: bool = True
    # Record why each block was kept or dropped (Article.explain).
    explain: bool = False
    # Reference time for relative dates ("2 hours ago"); None means now, in UTC.
    reference_time: datetime | None = None
    # Charset from the HTTP Content-Type header, trusted before the page's own declaration.
    http_charset: str | None = None

    @classmethod
    def from_kwargs(cls, **kwargs: object) -> Options:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise TypeError(
                f"unknown option(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        return cls(**kwargs)  # type: ignore[arg-type]
