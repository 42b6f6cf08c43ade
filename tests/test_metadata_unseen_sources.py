"""Authors, dates and titles in sources and forms of sites never read (issue 13 item 4), on
small pages written for these tests."""

from __future__ import annotations

import pytest

from pressclip.metadata import read_metadata
from pressclip.metadata.authors import clean_authors
from pressclip.parse.html import parse_html


def _page(head: str, body: str = "") -> str:
    return (f"<html><head><title>Neue Brücke eröffnet</title>{head}</head><body>"
            f"<h1>Neue Brücke eröffnet</h1><p>Die Brücke über den Fluss ist seit Montag "
            f"offen, sagt Lena Vogt, die die Bauarbeiten begleitet hat.</p>{body}"
            f"</body></html>")


@pytest.mark.parametrize("key", ["dc:creator", "dcterms:creator", "og:author",
                                 "article:author_name", "shareaholic:article_author_name"])
def test_author_meta_keys_of_other_vocabularies_name_the_author(key: str) -> None:
    # Dublin Core in RDFa's prefix form, OpenGraph's plain author and the keys blog
    # plugins write: the page names its writer nowhere else.
    html = _page(f'<meta name="{key}" content="Lena Vogt">')
    assert read_metadata(parse_html(html)).authors == ["Lena Vogt"]


@pytest.mark.parametrize("byline, name", [
    ("Autorka: Ewa Nowak", "Ewa Nowak"),  # Polish, the feminine noun
    ("Autorka Ewa Nowak", "Ewa Nowak"),  # no colon before a capitalised name
    ("Autrice : Marie Dupont", "Marie Dupont"),  # French
    ("Autorica: Ana Horvat", "Ana Horvat"),  # Croatian
    ("Autoare: Ioana Radu", "Ioana Radu"),  # Romanian
    ("Аутор: Марко Петровић", "Марко Петровић"),  # Serbian
    ("Scris de Ioana Radu", "Ioana Radu"),  # Romanian "written by"
    ("Redactado por María López", "María López"),  # Spanish "drawn up by"
    ("Redatto da Marco Rossi", "Marco Rossi"),  # Italian
    ("Skriven av Eva Berg", "Eva Berg"),  # Swedish
])
def test_writer_nouns_and_verbs_of_more_languages_label_a_byline(byline: str,
                                                                  name: str) -> None:
    # The line under the headline, without a class: only its label says it is a byline.
    html = _page("", "").replace("</h1>", f"</h1><p>{byline}</p>")
    assert read_metadata(parse_html(html)).authors == [name]


@pytest.mark.parametrize("byline, names", [
    # A surname that is a month's short name, where no date was cut off after it.
    ("Von Greta März", ["Greta März"]),
    ("Von Jonas Mai", ["Jonas Mai"]),
    ("Autor: Ola Lis", ["Ola Lis"]),  # Polish "lis." is November's short name
    # A comma sets the surname off from the date after it.
    ("Von Greta März, 12. Mai 2022", ["Greta März"]),
    # A surname that is a weekday's short name ("An": Vietnamese; German "Do", "Mi").
    ("Tác giả: Nguyễn Văn An", ["Nguyễn Văn An"]),
    # A date's month before its day, or its weekday, still goes.
    ("By Jane Doe March 25, 2015", ["Jane Doe"]),
    ("Von Lena Vogt Do 9 Apr 2020", ["Lena Vogt"]),
])
def test_a_surname_spelled_as_a_month_or_a_weekday_stays(byline: str, names: list[str]) -> None:
    assert clean_authors([byline]) == names
    assert clean_authors([byline], visible=True) == names


@pytest.mark.parametrize("footer", ["post-footer", "entry-footer", "article_footer"])
def test_a_posts_own_footer_signs_the_post(footer: str) -> None:
    # Blog templates set "Posted by X" in the post's footer, after its text.
    html = _page("", f"<div class='{footer}'><span class='post-author'>Eingestellt von "
                     f"<span class='fn'>Lena Vogt</span></span></div>")
    assert read_metadata(parse_html(html)).authors == ["Lena Vogt"]


def test_the_pages_footer_signs_nothing() -> None:
    html = _page("", "<div class='site-footer'><span class='author'>Lena Vogt</span></div>")
    assert read_metadata(parse_html(html)).authors == []


@pytest.mark.parametrize("credit", ["Jane Doe, Ph.D.", "Jane Doe, M.D.", "By Jane Doe, M.A."])
def test_a_dotted_degree_after_the_name_is_no_name(credit: str) -> None:
    assert clean_authors([credit]) == ["Jane Doe"]
    assert clean_authors([credit], visible=True) == ["Jane Doe"]


@pytest.mark.parametrize("credit", ["Marie Dupont, à Bruxelles", "Marco Rossi, inviato a Kiev",
                                    "María López, desde Lima"])
def test_where_a_structured_author_filed_from_is_no_name(credit: str) -> None:
    # A JSON-LD or meta author string: the part after the comma opens in lower case.
    assert clean_authors([credit]) == [credit.split(",")[0]]


def test_a_particle_after_a_comma_opens_a_name() -> None:
    assert clean_authors(["Jane Doe, van Gogh"]) == ["Jane Doe", "van Gogh"]


@pytest.mark.parametrize("byline, name", [
    ("By our correspondent Jane Doe", "Jane Doe"),
    ("From our correspondent in Paris, Jane Doe", "Jane Doe"),
    ("Par notre envoyé spécial Jean Martin", "Jean Martin"),
    ("De notre envoyée spéciale à Kyiv, Marie Dupont", "Marie Dupont"),
    ("Von unserem Korrespondenten Paul Roth", "Paul Roth"),
    ("Dal nostro inviato Marco Rossi", "Marco Rossi"),
    ("De nuestro corresponsal María López", "María López"),
    ("Do nosso correspondente em Lisboa, Ana Souza", "Ana Souza"),
    ("Door onze redacteur Jan de Vries", "Jan de Vries"),
    ("Od naszego korespondenta Adam Wrona", "Adam Wrona"),
    ("От нашего корреспондента Иван Петров", "Иван Петров"),
])
def test_our_correspondent_labels_the_name_after_it(byline: str, name: str) -> None:
    html = _page("", "").replace("</h1>", f"</h1><p>{byline}</p>")
    assert read_metadata(parse_html(html)).authors == [name]
    assert clean_authors([byline]) == [name]


def test_a_name_opening_with_a_particle_is_no_such_label() -> None:
    assert clean_authors(["De Luca Rossi"]) == ["De Luca Rossi"]


@pytest.mark.parametrize("byline, name", [
    ("文・山田花子", "山田花子"),  # Japanese, a middle dot
    ("取材・文：山田花子", "山田花子"),  # reporting and text
    ("文/王小明", "王小明"),  # Chinese, a slash
    ("كتب: سامي خليل", "سامي خليل"),  # Arabic "wrote"
    ("كتبت: ليلى حداد", "ليلى حداد"),
])
def test_text_labels_of_chinese_japanese_and_arabic(byline: str, name: str) -> None:
    html = _page("", "").replace("</h1>", f"</h1><p>{byline}</p>")
    assert read_metadata(parse_html(html)).authors == [name]
    assert clean_authors([byline]) == [name]


def test_the_equals_sign_after_a_korean_byline_goes() -> None:
    # A wire's form: "(서울=통신) 이름 기자 = 기사 …", cut before the text.
    assert clean_authors(["김하늘 기자 ="]) == ["김하늘"]
    assert clean_authors(["김하늘 기자 ="], visible=True) == ["김하늘"]
