"""The day a page means where its structured timestamps name another (metadata/shown_edit)."""

from __future__ import annotations

import pytest

from pressclip.metadata import read_metadata
from pressclip.metadata.shown_edit import local_midnight, republished
from pressclip.parse.html import parse_html


def _page(published: str, modified: str, dateline: str) -> str:
    return ('<html><head><script type="application/ld+json">{"@type": "Article", '
            '"headline": "Ten ways to keep a sourdough starter alive", '
            f'"datePublished": "{published}", "dateModified": "{modified}"}}</script></head>'
            "<body><h1>Ten ways to keep a sourdough starter alive</h1>"
            f"<p class='date'>{dateline}</p><p>A starter needs flour, water and a warm "
            "shelf, and a baker who remembers to feed it every day.</p></body></html>")


def test_a_page_that_shows_only_its_last_edit_is_dated_by_it() -> None:
    page = _page("2021-03-01T10:00:00+01:00", "2022-05-10T09:00:00+02:00", "10 May 2022")
    assert read_metadata(parse_html(page)).date[:10] == "2022-05-10"


def test_a_dateline_that_shows_the_publication_keeps_it() -> None:
    page = _page("2021-03-01T10:00:00+01:00", "2022-05-10T09:00:00+02:00", "1 March 2021")
    assert read_metadata(parse_html(page)).date[:10] == "2021-03-01"


def test_an_edit_within_hours_of_the_publication_does_not_move_the_date() -> None:
    page = _page("2022-05-09T20:00:00+02:00", "2022-05-10T01:00:00+02:00", "10 May 2022")
    assert read_metadata(parse_html(page)).date[:10] == "2022-05-09"


@pytest.mark.parametrize("published, modified, visible, expected", [
    ("2021-03-01", "2022-05-10", "2022-05-10", True),
    ("2021-03-01", "2022-05-10", "2022-05-10T09:00:00+02:00", False),  # an "updated at" line
    ("2021-03-01", "2022-05-10", "2021-03-01", False),
    ("2022-05-09T23:10:00+09:00", "2022-05-10T00:05:00+09:00", "2022-05-10", False),
    ("2022-05-09", "2022-05-10T08:00:00+00:00", "2022-05-10", True),
    ("2021-03-01", None, "2022-05-10", False),
])
def test_republished(published: str, modified: str | None, visible: str,
                     expected: bool) -> None:
    assert republished(published, modified, visible) is expected


@pytest.mark.parametrize("value, expected", [
    ("2022-11-06T23:00:00+00:00", "2022-11-07"),
    ("2022-11-06T22:00:00Z", "2022-11-07"),
    ("2022-11-06T23:00:10+00:00", "2022-11-06T23:00:10+00:00"),  # a real time of day
    ("2022-11-06T18:00:00+00:00", "2022-11-06T18:00:00+00:00"),
    ("2022-11-06T23:00:00+01:00", "2022-11-06T23:00:00+01:00"),  # local, not UTC
    ("2022-11-06", "2022-11-06"),
])
def test_local_midnight(value: str, expected: str) -> None:
    assert local_midnight(value) == expected


def _dated(published: str, url: str | None = None) -> str | None:
    page = (f'<html><head><meta property="article:published_time" content="{published}">'
            "</head><body><h1>Ferry timetable changes for the winter</h1><p>The ferry runs "
            "twice a day from November, the operator said.</p></body></html>")
    return read_metadata(parse_html(page), url).date


def test_a_utc_midnight_of_a_zone_east_of_greenwich_dates_the_next_day() -> None:
    assert _dated("2022-11-06T23:00:00Z") == "2022-11-07"


def test_an_address_that_names_the_utc_day_keeps_it() -> None:
    assert _dated("2022-11-06T23:00:00Z",
                  "https://news.example/2022/11/06/ferry-timetable")[:10] == "2022-11-06"

