"""Which day the page's structured timestamps date it by, against what the reader sees.

Two rules, each for a timestamp that names another day than the one the page means:

- A page that shows, as its only dateline, the day of its structured last edit, and not the
  day its structured data says it was published, dates itself by that edit: a magazine's or
  a blog's page rewritten and shown anew under a new date. The reader's day is the edit's
  (the trafilatura and htmldate sets' gold: 9 train sites of 12 with such a page). A dateline
  with a time of day is a news page's "updated at" line, and an edit within hours of the
  publication is a correction of the same story: neither moves the date.
- A UTC timestamp on the hour at 21:00, 22:00 or 23:00 with no minutes or seconds is the next
  day's midnight in a zone from UTC+01:00 to UTC+03:00 (Europe, Africa, the Middle East)
  stored in UTC: a CMS that keeps a day without its time converts that day's local midnight.
  The day the page means is the next one.
"""

from __future__ import annotations

from datetime import datetime, timedelta

# An edit this soon after the publication corrects the story; it does not republish it.
MIN_REPUBLISH_HOURS = 12
# Local midnight of UTC+01:00 to UTC+03:00 written in UTC.
_MIDNIGHT_HOURS = (21, 22, 23)
_DAY_CHARS = len("2025-07-05")


def _instant(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def republished(published: str, modified: str | None, visible: str | None) -> bool:
    """Whether the page's visible dateline, a day without a time, is the day of its
    structured last edit, `modified`, made half a day or more after `published`, another
    day."""
    if not modified or not visible or len(visible) != _DAY_CHARS:
        return False
    if visible != modified[:_DAY_CHARS] or visible == published[:_DAY_CHARS]:
        return False
    start, end = _instant(published), _instant(modified)
    if start is None or end is None:
        return False
    if (start.tzinfo is None) != (end.tzinfo is None):
        # One of them a day, the other a time in a zone: compared as days.
        start, end = (datetime.combine(start.date(), datetime.min.time()),
                      datetime.combine(end.date(), datetime.min.time()))
    return end - start >= timedelta(hours=MIN_REPUBLISH_HOURS)


def local_midnight(value: str) -> str:
    """The day a UTC timestamp on the hour at 21:00 to 23:00 means: the next one, as a day
    (the zone it was written in is unknown); any other value as it is."""
    instant = _instant(value)
    if (instant is None or len(value) <= _DAY_CHARS or instant.utcoffset() != timedelta(0)
            or instant.hour not in _MIDNIGHT_HOURS or instant.minute or instant.second
            or instant.microsecond):
        return value
    return (instant.date() + timedelta(days=1)).isoformat()

