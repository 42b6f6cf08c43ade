"""Relative publication dates resolved against a reference time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from pressclip.metadata.relative import parse_relative, read_relative

REF = datetime(2025, 7, 10, 12, 0, tzinfo=UTC)

CASES = [
    ("5 day_ago", "2025-07-05"),
    ("il y a 5 jours", "2025-07-05"),
    ("2 hours ago", "2025-07-10T10:00:00+00:00"),
    ("hier", "2025-07-09"),
    ("Yesterday", "2025-07-09"),
    ("aujourd’hui", "2025-07-10"),
    ("vor 3 Tagen", "2025-07-07"),
    ("vor einer Stunde", "2025-07-10T11:00:00+00:00"),
    ("hace 2 días", "2025-07-08"),
    ("5 min", "2025-07-10T11:55:00+00:00"),
    ("3h ago", "2025-07-10T09:00:00+00:00"),
    ("last week", "2025-07-03"),
    ("la semaine dernière", "2025-07-03"),
    ("about 2 hours, 39 minutes ago", "2025-07-10T09:21:00+00:00"),
    ("il y a 1 heure et 5 minutes", "2025-07-10T10:55:00+00:00"),
    ("5 minuti fa", "2025-07-10T11:55:00+00:00"),
    ("3 dagen geleden", "2025-07-07"),
    ("há 2 dias", "2025-07-08"),
    ("Publié hier à 14h30", "2025-07-09"),
    ("gestern Abend", "2025-07-09"),
]
NOT_DATES = ["Today's Paper", "Sie sind hier:", "Schnitzeljagd war gestern", "TODAY in London",
             "in 2025", "Hier klicken", "", "99999999999 years ago", "5 apples"]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_dates(text: str, expected: str) -> None:
    found = read_relative(text, REF)
    assert found is not None and found.iso() == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_relative_dates(text: str) -> None:
    assert parse_relative(text, REF) is None


def test_naive_and_offset_reference_times_are_utc() -> None:
    assert parse_relative("2 hours ago", datetime(2025, 7, 10, 12)) == REF - timedelta(hours=2)
    paris = timezone(timedelta(hours=2))
    assert parse_relative("2 hours ago", datetime(2025, 7, 10, 14, tzinfo=paris)) == (
        REF - timedelta(hours=2))


def test_precision_and_recall_on_lines_from_shared_pages() -> None:
    from bench.textmode import relative_date_scores

    counts = relative_date_scores()
    assert counts.tp + counts.fn >= 20
    assert counts.precision >= 0.95 and counts.recall >= 0.9
