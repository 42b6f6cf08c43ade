"""Options of one extraction, gathered in one immutable value."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import UTC, datetime

PRECISION = "precision"
BALANCED = "balanced"
RECALL = "recall"
FOCUSES = (PRECISION, BALANCED, RECALL)
# What each focus adds to the locator's keep threshold (a block's article probability).
# balanced is the shipped threshold, chosen by F1 in training; precision and recall are the
# shifts that maximise F0.5 and F2 on the train split's pages
# (`python -m bench.focus --curve`, bench/RESULTS.md "Focus").
LOCATOR_SHIFTS = {PRECISION: 0.20, BALANCED: 0.0, RECALL: -0.30}
# The same for text mode's line decoder (its threshold is the model file's, 0.35 as
# shipped), from the curve of the train pages of textmode.jsonl.gz and
# textmode_fundus_dev.jsonl.gz (`python -m bench.focus --text --curve`).
TEXT_SHIFTS = {PRECISION: 0.35, BALANCED: 0.0, RECALL: -0.05}


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
    # Trade article text for cleanliness or the reverse: "precision" keeps only blocks the
    # locator is surer of, "recall" also keeps doubtful ones (FOCUSES; both extractors).
    focus: str = BALANCED

    def __post_init__(self) -> None:
        if self.focus not in FOCUSES:
            raise ValueError(f"unknown focus {self.focus!r}; known: {', '.join(FOCUSES)}")

    @classmethod
    def from_kwargs(cls, **kwargs: object) -> Options:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(kwargs) - known)
        if unknown:
            raise TypeError(
                f"unknown option(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        return cls(**kwargs)  # type: ignore[arg-type]


def reference_now(reference_time: datetime | None) -> datetime:
    """The moment relative dates ("2 hours ago") count from: the one given, else now (UTC).
    Both extractors take their default from here."""
    return reference_time or datetime.now(UTC)


def iso_time(value: str) -> datetime:
    """An ISO 8601 date or time (a reference time as callers write it), UTC when it names no
    zone; ValueError says what is wrong."""
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"not an ISO 8601 date or time: {value!r} (e.g. 2025-07-10 or "
                         "2025-07-10T14:30:00+02:00)") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
