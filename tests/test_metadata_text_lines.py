"""The byline and the date read from flattened text (text mode), on lines and on the
self-made page of tests/data with its age line swapped for other date and byline lines."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from pressclip import extract_text
from pressclip.metadata.text_lines import (
    line_age,
    line_byline,
    names_beside_date,
    time_line,
    written_date,
)

PAGE = Path(__file__).parent / "data" / "textmode_page_en.txt"
AGE_LINE = "2 days ago · 1.3K views"
REFERENCE = datetime(2025, 7, 10, tzinfo=UTC)


@pytest.mark.parametrize(("line", "following", "expected"), [
    ("By Jane Doe", "", (["Jane Doe"], [])),
    ("Von: Max Muster", "", (["Max Muster"], [])),
    ("Texte : Marie Dupont", "", (["Marie Dupont"], [])),
    ("Publicado por: Ana Souza", "", (["Ana Souza"], [])),
    ("Текст: Иван Петров", "", (["Иван Петров"], [])),
    # Names in scripts without capitals, each followed by its job: no label opens them.
    ("순천, 광양 홍길동 기자 hong@example.kr", "", (["홍길동"], [])),
    ("김철수 기자 kim@example.kr 이영희 기자 lee@example.kr", "", (["김철수", "이영희"], [])),
    ("山田太郎 記者", "", (["山田太郎"], [])),
    # A picture's credit names its photographer, and a job alone no one.
    ("[사진 = 김철수 기자]", "", None),
    ("기자", "", None),
    # A wire that signs alone is the author and the agency; beside a person, the agency.
    ("By Associated Press", "", (["Associated Press"], ["Associated Press"])),
    ("Von Max Muster mit AP", "", (["Max Muster"], ["Associated Press"])),
    # A label alone, the name on the next line.
    ("Autor:", "Max Muster", (["Max Muster"], [])),
    # The writer's noun may name what was written.
    ("Author of the article:", "Jane Doe", (["Jane Doe"], [])),
    ("Autor des Artikels: Max Muster", "", (["Max Muster"], [])),
    ("Auteur de l'article : Marie Dupont", "", (["Marie Dupont"], [])),
    ("Author of the year", "Jane Doe", None),
    ("By", "Jane Doe", (["Jane Doe"], [])),
    # Two forms of the writer's noun, a slash between; not before what was written.
    ("Autorin/Autor Max Muster", "", (["Max Muster"], [])),
    ("Autorin/Autor des Monats", "", None),
    # A wire alone on its line, the place it filed from after it, signs alone; a sentence
    # that opens with a wire's name does not.
    ("AFP, MANILA", "", (["AFP"], ["AFP"])),
    ("Reuters / London", "", (["Reuters"], ["Reuters"])),
    ("AFP, the agency said on Tuesday", "", None),
    # A desk that signs where no person does is the author, as in markup.
    ("By Planet Staff", "", (["Planet Staff"], [])),
    # Names alone, then a writer's job alone on the next line.
    ("Jane Doe", "Journalist", (["Jane Doe"], [])),
    ("Max Muster", "Redakteurin", (["Max Muster"], [])),
    ("Jane Doe", "Journalist of the year", None),
    ("the council", "Journalist", None),
    # A labelled byline among a row's items parted by bars; a row of other items is none.
    ("Politics, News | Published: 5 hours ago | Last Updated: 5 hours ago | Written by Jane "
     "Doe", "", (["Jane Doe"], [])),
    ("World | By Jane Doe | 5 min read", "", (["Jane Doe"], [])),
    ("Home | News | Sport | Weather", "", None),
    # A label glued to the name by a flattener; a word that only runs into a capital is none.
    ("byJane Doe", "", (["Jane Doe"], [])),
    ("vonMax Muster", "", (["Max Muster"], [])),
    ("iPhone Review", "", None),
    # No label: no byline, whatever follows.
    ("Jane Doe", "", None),
    ("Text of the law", "", None),
    ("Share this story", "Jane Doe", None),
    # A label alone before anything but names is a menu's item.
    ("Redaktion", "Blogs", None),
    ("Journalist", "lead-art-block expand", None),
])
def test_a_byline_line(line: str, following: str,
                       expected: tuple[list[str], list[str]] | None) -> None:
    assert line_byline(line, following) == expected


def test_the_published_date_written_out_and_the_updates_apart() -> None:
    assert written_date("Published Jun 05, 2026") == "2026-06-05"
    assert written_date("28.04.2023 | 17:52 Uhr") == "2023-04-28"
    assert written_date("Aktualisiert am 07.01.2026 - 18:50 Uhr") is None
    assert written_date("Aktualisiert am 07.01.2026 - 18:50 Uhr", update=True) == "2026-01-07"
    assert written_date("Published Jun 05, 2026", update=True) is None
    assert written_date("Share this story") is None
    # A timestamp alone on its line is its date, its time and offset kept; hyphens in a
    # sentence are no date line.
    assert written_date("2024-02-14T16:15:30Z") == "2024-02-14T16:15:30+00:00"
    assert written_date("2024-02-14T16:15:30.123+01:00") == "2024-02-14T16:15:30+01:00"
    assert written_date("2024-13-14T16:15") is None
    assert written_date("2024-02-14 is the deadline") is None


@pytest.mark.parametrize(("line", "expected"), [
    # A stored value printed as it is: its time and offset kept where it gives them.
    ("2025-07-03T16:15:30Z", "2025-07-03T16:15:30+00:00"),
    ("입력 : 2025-07-03 02:37:08", "2025-07-03"),
    ("Posted 2025-07-03", "2025-07-03"),
    # A range, a longer number or an unpadded run is no ISO date.
    ("Season 2024-25-26 review", None),
    ("Order 12025-07-03", None),
])
def test_a_date_shown_as_the_machine_writes_it(line: str, expected: str | None) -> None:
    assert written_date(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # One date in two forms, glued by a flattener that parts inline elements with nothing.
    ("03.07.202503. Juli 2025", "2025-07-03"),
    ("3 July 20253 July 2025", "2025-07-03"),
    # Two different days glued, or a number that is no date's: nothing.
    ("03.07.202504. Juli 2025", None),
    ("Order 120253 of 3 July", None),
])
def test_a_date_shown_twice_glued(line: str, expected: str | None) -> None:
    assert written_date(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("vor 3 Stunden", "2025-07-09T21:00:00+00:00"),
    # The age written twice, glued; an age without "ago" after the writer's name.
    ("vor 3 Stundenvor 3 Stunden", "2025-07-09T21:00:00+00:00"),
    ("Jane Doe 7 hours", "2025-07-09T17:00:00+00:00"),
    ("Jane Doe | 2 days", "2025-07-08"),
    # A bare age after anything but names is no date's line.
    ("Top 5 days", None),
    ("the council met 7 hours", None),
])
def test_an_age_line(line: str, expected: str | None) -> None:
    found = line_age(line, REFERENCE)
    assert (found.iso() if found else None) == expected


def test_text_mode_reads_a_glued_date_and_an_age_after_a_name() -> None:
    article = extract_text(_page("Jane Doe", "03.07.202503. Juli 2025"), reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]
    assert article.date == "2025-07-03"
    article = extract_text(_page("Jane Doe 7 hours"), reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]
    assert article.date == "2025-07-09T17:00:00+00:00"


def test_text_mode_reads_a_date_shown_as_the_machine_writes_it() -> None:
    article = extract_text(_page("By Jane Doe", "2025-07-03T16:15:30Z"), reference_time=REFERENCE)
    assert article.date == "2025-07-03T16:15:30+00:00"


@pytest.mark.parametrize(("lines", "date_index", "expected"), [
    (["Headline", "Jane Doe", "", "03.07.2025 | 17:52"], 3, ["Jane Doe"]),
    (["Headline", "03.07.2025", "Jane Doe", "Lead text of the story."], 1, ["Jane Doe"]),
    (["Headline", "Jane Doe, 03.07.2025 10:00 Uhr"], 1, ["Jane Doe"]),
    # A label and a month open the date's line: no name there.
    (["Headline that runs on", "Published Jun 05, 2026", "The story begins here."], 1, []),
    # A sentence beside the date is no byline.
    (["Headline", "03.07.2025", "The council met on Tuesday."], 1, []),
    # Names parted by a bar, as a byline box sets its items; a name followed by its job.
    (["Headline", "Jane Doe | John Roe", "03.07.2025"], 2, ["Jane Doe", "John Roe"]),
    (["Headline", "03.07.2025", "Jane Doe Political correspondent"], 1, ["Jane Doe"]),
    (["Schlagzeile", "Max Muster Redakteur", "03.07.2025"], 2, ["Max Muster"]),
    # A line the page wrote above already is a menu's item, not a byline; a writer's name
    # written again below (an author box) is still the byline.
    (["Home Page", "World News", "Home Page", "03.07.2025", "Headline"], 3, []),
    (["Headline", "Jane Doe", "03.07.2025", "Story.", "Jane Doe"], 2, ["Jane Doe"]),
    # A day's and a month's names open the date, no name ("Fri Dec" is no writer).
    (["Headline", "Fri Dec 28, 7:05 AM ET", "Lead text of the story."], 1, []),
    # A job after something else than names is no byline.
    (["Headline", "03.07.2025", "Ask the editor"], 1, []),
])
def test_names_beside_the_date_line(lines: list[str], date_index: int,
                                    expected: list[str]) -> None:
    assert names_beside_date(lines, date_index) == expected


def _page(*replacement: str) -> str:
    text = PAGE.read_text(encoding="utf-8")
    assert AGE_LINE in text
    return text.replace(AGE_LINE, "\n\n".join(replacement))


def test_text_mode_reads_a_labelled_byline_and_a_written_date() -> None:
    article = extract_text(_page("By Jane Doe", "Published Jul 3, 2025 · Updated Jul 4, 2025"),
                           reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]
    assert article.date == "2025-07-03"


def test_text_mode_reads_a_name_beside_the_date_and_falls_back_on_an_update() -> None:
    article = extract_text(_page("Jane Doe", "03.07.2025 | 17:52"), reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]
    assert article.date == "2025-07-03"
    article = extract_text(_page("Updated: Jul 4, 2025"), reference_time=REFERENCE)
    assert article.date == "2025-07-04"
    assert article.authors == []


def test_text_mode_reads_a_wire_alone_and_a_name_above_its_job() -> None:
    article = extract_text(_page("AFP, PARIS", "03.07.2025"), reference_time=REFERENCE)
    assert article.authors == ["AFP"]
    assert "AFP" in article.agencies
    article = extract_text(_page("Share this story", "Jane Doe", "Journalist"),
                           reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]


def test_text_mode_reads_a_name_above_a_timestamp() -> None:
    article = extract_text(_page("Jane Doe", "2025-07-03T16:15:30Z"), reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]
    assert article.date == "2025-07-03T16:15:30+00:00"


@pytest.mark.parametrize(("line", "expected"), [
    ("Publicerad 22:31", True),
    ("Uppdaterad 15.59 | Publicerad 14.14", True),
    ("16:30", True),
    ("kl. 14:47", True),
    ("17:52 Uhr", True),
    # The day of a month named, no year.
    ("mandag 5. august kl. 14:47", True),
    ("5 August, 10:00", True),
    ("Top 5 stories at 10:00 today", False),
    ("12 May 2024 10:00", False),
    # A date beside the time, a sentence, an age: no time's line.
    ("03.07.2025 | 17:52", False),
    ("The meeting starts at 10:00 am and ends at noon on the last day", False),
    ("Kyle Wiggers 7 hours", False),
])
def test_a_time_line(line: str, expected: bool) -> None:
    assert time_line(line) is expected


def test_text_mode_reads_a_name_beside_a_time_alone() -> None:
    article = extract_text(_page("Jane Doe", "Publicerad 22:31"), reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]
    article = extract_text(_page("Share this story", "Publicerad 22:31"),
                           reference_time=REFERENCE)
    assert article.authors == []
    article = extract_text(_page("Jane Doe", "mandag 3. juli kl. 14:47"), reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]


def _signed_under(*below: str) -> str:
    """An invented page whose headline has no byline or date near it, `below` after its
    article of 15 paragraphs (further than a byline is looked for around the headline)."""
    menu = ["Home", "News", "Region", "Sport", "Culture", "Weather", "Subscribe", "Sign in"]
    prose = [
        "The harbour board of Nordhafen voted on Tuesday to rebuild the old ferry pier, which "
        "storms damaged twice last winter, and to open it again next spring.",
        "Work starts in May. The board said the cost would be shared with the county and "
        "that the ferry would run from the north quay while the pier is closed for the works.",
        "Fishermen who use the pier asked the board to keep one berth open for them, and the "
        "board agreed to study it before the work begins in the spring.",
        *(f"The {who} of the town told the board at the meeting that the {what} would need "
          "attention as well, and the chair promised an answer before the summer."
          for who in ("baker", "mayor", "teacher", "doctor", "ferryman", "harbour master")
          for what in ("old slipway", "lighthouse road")),
    ]
    footer = ["More news", "Contact us", "About us", "Privacy"]
    return "\n".join([*menu, "Harbour board votes to rebuild the storm-damaged ferry pier",
                      *prose, "Found a mistake?", *below, *footer])


def test_text_mode_reads_the_byline_and_its_date_under_the_article() -> None:
    article = extract_text(_signed_under("03.07.2025, 18:41 Uhr", "Kommentar von", "Jane Doe",
                                         "Redakteurin"), reference_time=REFERENCE)
    assert article.authors == ["Jane Doe"]
    assert article.date == "2025-07-03"
    article = extract_text(_signed_under("Autorin/Autor Max Muster"), reference_time=REFERENCE)
    assert article.authors == ["Max Muster"]
    assert article.date is None
    # Comments sign under handles and beside controls: no article's byline.
    for signature in ("Posted by: Passing_trucker", "By Jane Doe | Permalink"):
        assert extract_text(_signed_under(signature), reference_time=REFERENCE).authors == []
