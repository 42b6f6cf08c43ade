"""Author strings in the forms of sites never read (issue 13 item 4): names joined by the
conjunctions of many languages, counts of the writers a box hides, jobs after the name in
many languages, on strings and small pages written for these tests."""

from __future__ import annotations

import pytest

from pressclip.metadata import read_metadata
from pressclip.metadata.authors import clean_authors
from pressclip.metadata.lead_name import is_names
from pressclip.parse.html import parse_html


@pytest.mark.parametrize("byline, names", [
    ("Oksana Melnyk і Taras Bondar", ["Oksana Melnyk", "Taras Bondar"]),  # Ukrainian
    ("Oksana Melnyk та Taras Bondar", ["Oksana Melnyk", "Taras Bondar"]),
    ("Ирина Волкова и Олег Соколов", ["Ирина Волкова", "Олег Соколов"]),  # Russian
    ("Ewa Lis oraz Adam Wrona", ["Ewa Lis", "Adam Wrona"]),  # Polish
    ("Elif Kaya ve Emre Aksoy", ["Elif Kaya", "Emre Aksoy"]),  # Turkish
    ("Dewi Lestari dan Agus Wibowo", ["Dewi Lestari", "Agus Wibowo"]),  # Indonesian
    ("Aino Laine ja Eero Salo", ["Aino Laine", "Eero Salo"]),  # Finnish
    ("Szabó Réka és Tóth Bence", ["Szabó Réka", "Tóth Bence"]),  # Hungarian
    ("Ioana Radu și Mihai Stan", ["Ioana Radu", "Mihai Stan"]),  # Romanian
    ("Ελένη Ράπτη και Νίκος Σταύρου", ["Ελένη Ράπτη", "Νίκος Σταύρου"]),  # Greek
])
def test_names_joined_by_and_in_many_languages_are_split(byline: str,
                                                         names: list[str]) -> None:
    # Structured data gave nothing (the conjunction read as an organisation's lower-case
    # word), a visible byline the first name only.
    assert clean_authors([byline]) == names
    assert clean_authors([byline], visible=True) == names


def test_a_bold_lead_paragraph_of_names_may_join_them_in_other_languages() -> None:
    assert is_names("Oksana Melnyk і Taras Bondar")
    assert is_names("Ewa Lis oraz Adam Wrona")


@pytest.mark.parametrize("byline, names", [
    ("Jane Roe and 2 more", ["Jane Roe"]),
    ("Jane Roe und 3 weitere", ["Jane Roe"]),
    ("Marie Lenoir et 2 autres", ["Marie Lenoir"]),
    ("Ana Vidal y 2 más", ["Ana Vidal"]),
    ("Luca Ferri e altri 2", ["Luca Ferri"]),
    ("김하늘 기자 외 1명", ["김하늘"]),  # Korean: "and one other"
    ("佐藤花子 ほか2名", ["佐藤花子"]),  # Japanese
])
def test_a_count_of_hidden_cowriters_is_cut_off_the_names(byline: str,
                                                          names: list[str]) -> None:
    assert clean_authors([byline]) == names


@pytest.mark.parametrize("byline", [
    "Jane Roe, Correspondente",  # Portuguese
    "Jane Roe Corrispondente",  # Italian
    "Jane Roe, verslaggever",  # Dutch
    "Jane Roe, корреспондент",  # Russian
    "Jane Roe, dziennikarka",  # Polish
    "Jane Roe Editor-in-Chief",
    "Jane Roe Special to The Example Times",
])
def test_a_job_after_the_name_is_no_name_in_other_languages(byline: str) -> None:
    assert clean_authors([byline]) == ["Jane Roe"]
    assert clean_authors([byline], visible=True) == ["Jane Roe"]


def test_a_byline_indented_in_the_page_source_is_read() -> None:
    # The template's indentation makes the text longer than a byline in the source, not on
    # the page.
    indent = "\n" + " " * 80
    page = f"""<html><body><article><h1>Tram line approved</h1>
    <p class="text-sm">{indent}By Jane Roe,{indent}<a href="/news">News</a></p>
    <p>{"The council approved the tram line on Monday. " * 5}</p></article></body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Jane Roe"]


def test_the_sections_after_a_byline_s_preposition_are_no_names() -> None:
    for line in ("By Jane Roe, in News, Property", "Jane Roe, dans Actualités, Monde"):
        assert clean_authors([line], visible=True) == ["Jane Roe"], line


@pytest.mark.parametrize("byline, name", [
    ("Олена Коваль, кореспондентка", "Олена Коваль"),  # Ukrainian, a job no word list holds
    ("Jane Roe, giornalista freelance", "Jane Roe"),
])
def test_a_job_in_lower_case_after_a_name_and_a_comma_is_no_name(byline: str,
                                                                 name: str) -> None:
    assert clean_authors([byline], visible=True) == [name]
    assert clean_authors([byline]) == [name]


def _first_line_byline(line: str) -> list[str]:
    page = f"""<html><body><article><h1>Tram line approved</h1><p>{line}</p>
    <p>{"The council approved the tram line on Monday. " * 5}</p></article></body></html>"""
    return read_metadata(parse_html(page)).authors


@pytest.mark.parametrize("line, names", [
    ("Reportagem de Ana Vidal", ["Ana Vidal"]),  # Portuguese: a noun, then "de"
    ("Un article de Marie Lenoir", ["Marie Lenoir"]),  # French
    ("Napisała Ewa Nowak", ["Ewa Nowak"]),  # Polish: "wrote", no colon
    ("Text och foto: Anna Berg", ["Anna Berg"]),  # Swedish: text and picture
    ("Tekst i zdjęcia: Ewa Nowak", ["Ewa Nowak"]),  # Polish
])
def test_labels_of_more_languages_open_a_byline(line: str, names: list[str]) -> None:
    assert _first_line_byline(line) == names


def test_romance_de_after_a_noun_needs_a_capitalised_name() -> None:
    assert _first_line_byline("Texto de la ley de movilidad") == []


def test_a_bold_lead_name_may_sign_with_its_wire_or_its_job() -> None:
    assert _first_line_byline("<strong>Jane Roe / dpa</strong>") == ["Jane Roe"]
    lead = """<html><body><article><h1>Tram line approved</h1>
    <p><strong>Jane Roe / dpa</strong></p>
    <p>{}</p></article></body></html>""".format("The council approved it on Monday. " * 5)
    assert read_metadata(parse_html(lead)).agencies == ["dpa"]
    assert _first_line_byline("<em>Jane Roe, Korrespondentin</em>") == ["Jane Roe"]
    # A job alone, or before the name, is no byline's name.
    assert not is_names("Korrespondentin, Jane Roe")


def test_the_site_s_name_in_another_script_than_the_page_s_is_no_credit() -> None:
    def credit(headline: str, name: str = "例示日報") -> list[str]:
        author = f'{{"@type": "Organization", "name": "{name}"}}'
        page = f"""<html><head><script type="application/ld+json">{{"@context":
        "https://schema.org", "@type": "NewsArticle", "headline": "{headline}",
        "author": {author}}}</script></head><body><h1>{headline}</h1></body></html>"""
        return read_metadata(parse_html(page)).authors

    assert credit("Tram line approved after long debate") == []
    assert credit("市議会がトラム路線を承認") == ["例示日報"]
    # A brand in Latin letters is written so on pages of every script.
    assert credit("市議会がトラム路線を承認", "Example News Agency") == ["Example News Agency"]


@pytest.mark.parametrize("byline", [
    "Senior Correspondent Jane Roe",
    "Korrespondentin Jane Roe",
    "Staff Writer Jane Roe",
    "Jane Roe - Reporter",
    "Jane Roe — Correspondent in Berlin",
])
def test_a_job_before_the_name_or_after_a_dash_is_no_name(byline: str) -> None:
    assert clean_authors([byline]) == ["Jane Roe"]
    assert clean_authors([byline], visible=True) == ["Jane Roe"]


@pytest.mark.parametrize(("line", "expected"), [
    ("홍길동 기자", ["홍길동"]),
    ("김철수 기자 <a href=\"mailto:kim@example.kr\">kim@example.kr</a> 이영희 기자",
     ["김철수", "이영희"]),
    ("山田太郎 記者", ["山田太郎"]),
    # Words in Latin letters before the job, or a caption's marks: no such byline.
    ("Jane Doe 기자", []),
    ("[사진 = 홍길동 기자]", []),
])
def test_a_name_then_its_job_without_a_label_is_a_visible_byline(line: str,
                                                                 expected: list[str]) -> None:
    """A line of names, each followed by its job, in a script without capitals is a byline
    though no class and no label marks it (the reader's markup writes none)."""
    html = (f"<html><body><article><h1>새 항구 다리 공사 시작</h1><p>{line}</p>"
            "<p>항구 위원회는 화요일 낡은 부두를 다시 짓기로 했다. 공사는 오월에 시작된다. "
            "위원회는 비용을 군과 나누겠다고 말했다.</p></article></body></html>")
    assert read_metadata(parse_html(html)).authors == expected


_PIER_PROSE = ("<p>The harbour board voted on Tuesday to rebuild the old ferry pier, which "
               "storms damaged twice last winter, and to open it again next spring.</p>")


@pytest.mark.parametrize("form", [
    # A reply form under the headline, called nothing that says comments: its labels and
    # a reader's name in it are no byline.
    '<form action="/post"><label>By Jane Poster</label><textarea></textarea></form>',
    '<form><label>Von</label> <span>Max Gast</span><textarea></textarea></form>',
])
def test_nothing_in_a_form_readers_write_in_is_a_byline(form: str) -> None:
    html = (f"<html><body><article><h1>Ferry pier to be rebuilt</h1>{form}{_PIER_PROSE}"
            "</article></body></html>")
    assert read_metadata(parse_html(html)).authors == []


def test_a_form_around_the_whole_page_still_holds_its_byline() -> None:
    """ASP.NET pages wrap the page in one form, the headline and a comment box with it."""
    html = ('<html><body><form id="aspnetForm"><article><h1>Ferry pier to be rebuilt</h1>'
            f"<p>By Jane Doe</p>{_PIER_PROSE}<textarea></textarea></article></form>"
            "</body></html>")
    assert read_metadata(parse_html(html)).authors == ["Jane Doe"]
