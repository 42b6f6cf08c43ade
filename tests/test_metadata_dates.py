"""Dates as modern pages of many countries write them (issue 13 item 4, session 23): month
names of other scripts, English ordinals, Vietnamese numbered months, digits of any script.
Dates written for these tests."""

from __future__ import annotations

import pytest

from pressclip.metadata import read_metadata
from pressclip.metadata.dates import parse_text_date
from pressclip.parse.html import parse_html


@pytest.mark.parametrize("text", [
    "الخميس 3 يوليو 2025",        # Arabic, the names of Egypt and the Gulf
    "3 تموز 2025",                # Arabic, the Levant's name
    "3 جويلية 2025",              # Arabic, the Maghreb's name
    "3 ژوئیه 2025",               # Persian
    "3 جولائی 2025",              # Urdu
    "3 Ιουλίου 2025",             # Greek, the genitive
    "3 ביולי 2025",               # Hebrew, "in" before the month
    "3. јул 2025.",               # Serbian Cyrillic
    "3 јули 2025",                # Macedonian
    "3 ліпеня 2025",              # Belarusian
    "3 ივლისი 2025",              # Georgian
    "3 հուլիսի 2025",             # Armenian
])
def test_month_names_of_other_scripts(text: str) -> None:
    assert parse_text_date(text) == "2025-07-03"


@pytest.mark.parametrize("text", [
    "3 जुलाई 2025",                # Hindi: vowels as combining marks
    "৩ জুলাই ২০২৫",                # Bengali, with Bengali digits
    "3 ஜூலை 2025",                 # Tamil
    "జులై 3, 2025",                # Telugu, the month first
    "3 กรกฎาคม 2568",              # Thai, the Buddhist era's year
    "วันพฤหัสบดีที่ 3 กรกฎาคม พ.ศ. 2568",  # Thai, the era named
    "3/7/2568",                    # Thai digits of a day, Buddhist era
])
def test_indic_and_thai_dates(text: str) -> None:
    assert parse_text_date(text) == "2025-07-03"


def test_an_id_of_eight_digits_is_no_buddhist_era_date() -> None:
    assert parse_text_date("Artikel 25680703") is None


@pytest.mark.parametrize("text", ["24 نيسان / أبريل 2020", "الجمعة 24 نيسان/أبريل 2020",
                                  "٢٤ نيسان / أبريل ٢٠٢٠"])
def test_a_month_named_twice_is_read(text: str) -> None:
    assert parse_text_date(text) == "2020-04-24"


def test_a_two_word_month_named_twice_is_read_by_its_second_name() -> None:
    assert parse_text_date("1 تشرين الأول / أكتوبر 2020") == "2020-10-01"


@pytest.mark.parametrize("text", ["7th August 2025", "Published on the 7th of August, 2025",
                                  "Thursday 7th Aug 2025 09:15"])
def test_english_ordinals_before_the_month(text: str) -> None:
    assert parse_text_date(text) == "2025-08-07"


def test_an_ordinal_before_a_word_that_is_no_month_is_no_date() -> None:
    assert parse_text_date("the 21st Century Fund 2025 report") is None


@pytest.mark.parametrize("text", ["ngày 7 tháng 8 năm 2025", "Thứ Năm, 7 tháng 8, 2025 10:30"])
def test_vietnamese_numbered_months(text: str) -> None:
    assert parse_text_date(text) == "2025-08-07"


def test_a_dateline_in_arabic_dates_a_page_without_structured_data() -> None:
    page = ("<html><body><h1>عنوان الخبر</h1><span>نشر بتاريخ الخميس 7 آب / أغسطس 2025</span>"
            "<p>نص الخبر هنا.</p></body></html>")
    assert read_metadata(parse_html(page)).date == "2025-08-07"


def test_a_dotted_date_is_day_first_where_pages_write_the_month_first() -> None:
    assert parse_text_date("01.02.2022 16:28", month_first=True) == "2022-02-01"
    assert parse_text_date("01/02/2022", month_first=True) == "2022-01-02"
    assert parse_text_date("01.31.2022", month_first=True) == "2022-01-31"


def _page(lines: str) -> str:
    return ("<html><body><h1>Council votes on the tram budget</h1><p>The council met on Tuesday"
            " evening to vote on the budget for next year, after weeks of debate.</p>"
            f"{lines}</body></html>")


@pytest.mark.parametrize("edited", ["Letzte Änderung: 03.03.2025 - 10:12:45",
                                    "Last updated 3 March 2025", "Updated: 03/03/2025",
                                    "Dernière mise à jour le 3 mars 2025"])
def test_a_line_that_dates_an_edit_gives_way_to_the_publication_date(edited: str) -> None:
    page = _page(f"<footer><p>{edited}</p><p>Erschienen am: 01.03.2025</p></footer>")
    assert read_metadata(parse_html(page)).date == "2025-03-01"


def test_an_edit_line_dates_a_page_that_gives_no_other_date() -> None:
    page = _page("<footer><p>Letzte Änderung: 03.03.2025</p></footer>")
    assert read_metadata(parse_html(page)).date == "2025-03-03"


@pytest.mark.parametrize("value, expected", [
    ("Wed, 04 Jun 2025 02:41:00 GMT", "2025-06-04T02:41:00+00:00"),
    ("Wed, 04 Jun 2025 09:12:22 +0200", "2025-06-04T09:12:22+02:00"),
    ("Wed Jun 04 2025 02:41:00 GMT+0000 (Coordinated Universal Time)",
     "2025-06-04T02:41:00+00:00"),
    ("Wed, 04 Jun 2025 02:41:00 CST", "2025-06-04"),  # an abbreviation names several zones
])
def test_mail_and_javascript_dates_keep_their_time_and_zone(value: str, expected: str) -> None:
    from pressclip.metadata.dates import parse_machine_date

    assert parse_machine_date(value) == expected


def test_a_mail_date_in_utc_gives_way_to_the_local_day_the_page_shows() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Council votes on the tram budget", '
            '"datePublished": "Wed, 04 Jun 2025 02:41:00 GMT"}</script></head>'
            + _page("<p class='date'>3 de junio de 2025</p>")[len("<html>"):])
    assert read_metadata(parse_html(page)).date[:10] == "2025-06-03"


@pytest.mark.parametrize("text, expected", [("令和7年7月3日", "2025-07-03"),
                                            ("令和元年5月1日（水）", "2019-05-01"),
                                            ("平成31年4月30日", "2019-04-30")])
def test_japanese_era_years(text: str, expected: str) -> None:
    assert parse_text_date(text) == expected


@pytest.mark.parametrize("value", ["1751529600", "1751529600000"])
def test_seconds_since_1970_as_a_machine_date(value: str) -> None:
    from pressclip.metadata.dates import parse_machine_date

    assert parse_machine_date(value) == "2025-07-03T08:00:00+00:00"


def test_a_meta_tag_in_seconds_since_1970_dates_the_page() -> None:
    page = ('<html><head><meta property="article:published_time" content="1751529600">'
            "</head><body><h1>Headline of the day</h1><p>The story.</p></body></html>")
    assert read_metadata(parse_html(page)).date == "2025-07-03T08:00:00+00:00"


def test_latin_american_spanish_joins_the_year_with_del() -> None:
    assert parse_text_date("Jueves 3 de julio del 2025, 10:15") == "2025-07-03"


@pytest.mark.parametrize("url", ["https://news.example/world/rains-close-the-pass-20250703",
                                 "https://news.example/4060503-20250703-rains-close-the-pass",
                                 "https://news.example/detail/307_3_r_20250703_1751529600"])
def test_a_day_in_a_slug_dates_the_address(url: str) -> None:
    from pressclip.metadata.dates import date_from_url

    assert date_from_url(url) == "2025-07-03"


def test_a_long_number_in_a_slug_is_no_day() -> None:
    from pressclip.metadata.dates import date_from_url

    assert date_from_url("https://news.example/story-202507031044893040-rains") is None


@pytest.mark.parametrize("text", ["2025. július 3., csütörtök 10:15", "2025. júl. 3. 10:15",
                                  "2025 m. liepos 3 d. 10:15"])
def test_hungarian_and_lithuanian_dates_open_with_the_year(text: str) -> None:
    assert parse_text_date(text) == "2025-07-03"


def test_a_readers_comment_dated_near_the_headline_is_no_dateline() -> None:
    page = ("<html><body><div class='comment-list'><p>Tamsin Ollerby wrote:</p>"
            "<span>3 March 2025</span></div><h1>Council votes on the tram budget</h1>"
            "<p>The council met on Tuesday evening to vote on the budget for next year.</p>"
            "<p>The vote followed weeks of debate about the new line.</p>"
            "<span>1 March 2025</span></body></html>")
    assert read_metadata(parse_html(page)).date == "2025-03-01"
