"""Bylines as modern pages set them (issue 13 item 4, session 11), on pages written for these
tests: a date before the label, another label after the name, a place or a weekday beside it."""

from __future__ import annotations

from bench import datasets
from pressclip.metadata import read_metadata
from pressclip.metadata.authors import clean_authors
from pressclip.metadata.place_names import PLACES, WEEKDAYS
from pressclip.parse.html import parse_html

STORY = ("<p>The council met on Tuesday evening to vote on the budget for next year, after weeks "
         "of debate about the new tram line and its cost.</p>")


def test_label_after_the_date_in_one_line() -> None:
    assert clean_authors(["Veröffentlicht am 8. Februar 2022 von Anna Schmidt"],
                         visible=True) == ["Anna Schmidt"]
    assert clean_authors(["Thursday, 4 May 2023 by Jane Doe"], visible=True) == ["Jane Doe"]
    assert clean_authors(["Datum: 19.11.2021 Autor: Fritz Keller"], visible=True) == [
        "Fritz Keller"]
    # A desk after the date is the credit where no person signs.
    assert clean_authors(["Donnerstag, 4. November 2021 von Motor Redaktion in Rubrik: Tests"],
                         visible=True, people=False) == ["Motor Redaktion"]
    # No label after the date: the name before it stays.
    assert clean_authors(["Jane Doe, 5 May 2021"], visible=True) == ["Jane Doe"]


def test_another_label_after_the_name_ends_it() -> None:
    assert clean_authors(["Sara Klein Stand: 05. Februar 2020"], visible=True) == ["Sara Klein"]
    assert clean_authors(["Autor: Fritz Keller Quelle: Kirchenblatt"], visible=True) == [
        "Fritz Keller"]
    assert clean_authors(["von tennis-site.example zuletzt bearbeitet: 04.02.2022"],
                         visible=True, people=False) == ["tennis-site.example"]


def test_interview_label_and_copyright_sign() -> None:
    assert clean_authors(["Interview: Julia Lang"], visible=True) == ["Julia Lang"]
    assert clean_authors(["© Kathrin Berg"], visible=True) == ["Kathrin Berg"]
    assert clean_authors(["(c) 2023 Kathrin Berg"]) == ["Kathrin Berg"]


def test_place_after_the_name_is_no_author() -> None:
    assert clean_authors(["By Nadia Tall, Daily Post, New York"], {"daily post"},
                         visible=True) == ["Nadia Tall"]
    assert clean_authors(["Von Jana Roth und Tim Berg, Berlin"], visible=True) == [
        "Jana Roth", "Tim Berg"]
    assert clean_authors(["Par Marie Dupont, Paris"], visible=True) == ["Marie Dupont"]
    # A name alone that is also a city's stays: only a place after a name is where the
    # writer filed from.
    assert clean_authors(["Regina"], visible=True) == ["Regina"]


def test_weekday_is_no_author() -> None:
    assert clean_authors(["Donnerstag, 4. November 2021"], visible=True) == []
    assert clean_authors(["Lundi"], visible=True) == []


def test_cldr_tables_hold_places_and_days_of_many_languages() -> None:
    for place in ("new york", "london", "zürich", "paris", "deutschland", "россия", "tokyo"):
        assert place in PLACES, place
    for day in ("monday", "donnerstag", "mercredi", "miércoles", "środa"):
        assert day in WEEKDAYS, day
    assert "jane doe" not in PLACES


def test_page_with_date_then_label_byline() -> None:
    page = f"""<html><body><h1>Tram line approved</h1>
    <div class="entry-author">Veröffentlicht am 8. Februar 2022 von Anna Schmidt</div>{STORY}
    </body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Anna Schmidt"]


def test_names_joined_as_chinese_japanese_and_headline_style_bylines_join_them() -> None:
    assert clean_authors(["记者 张三、李四"]) == ["张三", "李四"]
    assert clean_authors(["山田太郎／佐藤花子"]) == ["山田太郎", "佐藤花子"]
    assert clean_authors(["Glen Ashby And Brendan Morley For The Daily Planet"]) == [
        "Glen Ashby", "Brendan Morley"]


def test_outlet_after_for_goes_but_an_organisations_name_keeps_it() -> None:
    assert clean_authors(["By Jane Doe for The Daily Planet"], visible=True) == ["Jane Doe"]
    assert clean_authors(["Center for Policy Studies"], people=False) == [
        "Center for Policy Studies"]
    # One word before "for" is an organisation's name: the credit where no person signs,
    # never a person.
    assert clean_authors(["Organization for Transformative Works"], people=False) == [
        "Organization for Transformative Works"]
    assert clean_authors(["Organization for Transformative Works"]) == []


def test_label_with_a_gender_ending() -> None:
    assert clean_authors(["Autor*innen: Tina Mosel und Jan Berg"], visible=True) == [
        "Tina Mosel", "Jan Berg"]
    assert clean_authors(["AutorInnen: Tina Mosel"], visible=True) == ["Tina Mosel"]


def test_nouns_and_articles_before_the_preposition() -> None:
    assert clean_authors(["Ein Kommentar von Jan Berg"], visible=True) == ["Jan Berg"]
    assert clean_authors(["Propos recueillis par Marie Dupont"], visible=True) == [
        "Marie Dupont"]
    assert clean_authors(["Pressemitteilung von Katja Kern"], visible=True) == ["Katja Kern"]
    assert clean_authors(["Analysis by Jane Doe"], visible=True) == ["Jane Doe"]
    # A sentence that opens like a byline names no one.
    assert clean_authors(["Eine von vielen Stimmen"], visible=True) == []


def test_a_word_joined_to_a_jobs_running_text_is_no_name() -> None:
    assert clean_authors(["Jana Roth Redakteurin für Kultur und Reisen"],
                         visible=True) == ["Jana Roth"]
    # Two words after the running text are the next writer's name.
    assert clean_authors(["By Jane Doe in Berlin and John Smith in London"], visible=True) == [
        "Jane Doe", "John Smith"]
    # Without running text before it, one word is a name.
    assert clean_authors(["Jane Doe und Moritz"], visible=True) == ["Jane Doe", "Moritz"]


def test_a_particle_that_opens_the_running_text_ends_no_name() -> None:
    assert clean_authors(["Publicado por Ana Souza La entrevista sigue abajo"],
                         visible=True) == ["Ana Souza"]
    # Inside a name, before its capitalised word, a particle stays.
    assert clean_authors(["Von Maria de la Cruz im Gespräch"], visible=True) == [
        "Maria de la Cruz"]


def test_the_team_after_a_dash_goes_and_the_name_before_it_stays() -> None:
    assert clean_authors(["Posted by Jane Doe and Tomasz J Wrona - Browser Safety team"],
                         visible=True) == ["Jane Doe", "Tomasz J Wrona"]
    assert clean_authors(["Von Jana Roth – Redaktion Wirtschaft"], visible=True) == [
        "Jana Roth"]


def test_lower_case_sentence_in_a_byline_is_no_name() -> None:
    assert "ingresa a tu cuenta" not in clean_authors(["Por favor, ingresa a tu cuenta"],
                                                      visible=True)
    # A handle or a name typed in lower case stays.
    assert clean_authors(["fhaacker"], visible=True) == ["fhaacker"]
    assert clean_authors(["jane doe"], visible=True) == ["jane doe"]


def test_byline_inside_a_frame_whose_class_names_comments() -> None:
    # The page's frame says comments are on; the byline in it is the article's.
    page = f"""<html><body><div class="article comments-enabled"><h1>Tram line approved</h1>
    <div class="article-author">Thabo Molefe</div>{STORY}</div>
    <div class="comments"><div class="comment-author">Reader One</div></div></body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Thabo Molefe"]


def test_machine_time_after_the_name() -> None:
    assert clean_authors(["Amanda Krall 2024-02-14T16:15:30Z"], visible=True) == [
        "Amanda Krall"]
    assert clean_authors(["Sportdesk Publiziert 03.02.2022"], visible=True, people=False) == [
        "Sportdesk"]


def test_picture_credits_take_no_bylines_place() -> None:
    credits = "".join(f'<span class="author">Foto: Picture Agency {i}</span>' for i in range(5))
    page = f"""<html><body><h1>Tram line approved</h1>{credits}
    <div class="byline">Jane Doe</div>{STORY}</body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Jane Doe"]


def test_byline_marked_by_other_attributes_or_an_author_page_link() -> None:
    for mark in ('<span aria-label="Autor Name">Jakob Hart</span>',
                 '<div data-testid="byline-contributors"><span>Jakob Hart</span></div>',
                 '<a href="/authors/jakob-hart">Jakob Hart</a>',
                 # The byline's preposition as the address's word, an icon's title inside.
                 '<a href="/av/jakob-hart"><p>Jakob Hart</p><svg><title>chevron-right'
                 '</title></svg></a>'):
        page = f"""<html><body><h1>Tram line approved</h1><div>{mark}</div>{STORY}
        </body></html>"""
        assert read_metadata(parse_html(page)).authors == ["Jakob Hart"], mark
    # An author box's other link to the same page names no one: its words are not the
    # page's address.
    page = f"""<html><body><h1>Tram line approved</h1><div class="box">
    <a href="/autoren/hart-jakob">Zur Artikelübersicht</a></div>{STORY}</body></html>"""
    assert read_metadata(parse_html(page)).authors == []


def test_roles_and_undecodable_text_are_no_names() -> None:
    assert clean_authors(["Ryan Merle, CEO"]) == ["Ryan Merle"]
    assert clean_authors(["\ufffd\ufffd\ufffd\ufffd"]) == []


def test_words_of_a_cut_date_go_with_it() -> None:
    assert clean_authors(["Heiko Saur Do 9 Apr 2020"], visible=True) == ["Heiko Saur"]
    assert clean_authors(["Von Sportdesk Publiziert 02/02/2022 um 09:23 GMT"], visible=True,
                         people=False) == ["Sportdesk"]
    assert clean_authors(["Nathan Willard March 25, 2015"], visible=True) == ["Nathan Willard"]


def test_job_after_the_name_goes_but_an_organisations_legal_form_stays_out() -> None:
    assert clean_authors(["Evan Hale Staff Writer"], visible=True) == ["Evan Hale"]
    assert clean_authors(["Jane Doe Political Correspondent"]) == ["Jane Doe"]
    assert clean_authors(["Built by Webworks GmbH"], people=False) == []
    assert clean_authors(["Heinz Stein Weitere Beiträge"], visible=True) == []


def test_translators_credit_and_fields_are_no_authors() -> None:
    assert clean_authors(["Adrian Paden Übersetzt von Jan Weber"], visible=True) == [
        "Adrian Paden"]
    assert clean_authors(["Lesezeit: 3 Min"], visible=True) == []


def test_picture_agency_credit_is_no_author() -> None:
    assert clean_authors(["GettyImages/Nastasic"], visible=True) == []
    assert clean_authors(["Foto: Shutterstock"], visible=True) == []


def test_a_wires_desk_is_the_wire() -> None:
    # The wire alone signs: it is the story's author too, without its desk's word.
    page = """<html><head><meta name="author" content="Reuters Editorial"></head><body>
    <h1>Tram line approved</h1></body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.authors == ["Reuters"] and meta.agencies == ["Reuters"]


def test_a_wire_alone_is_the_author_as_the_page_names_it() -> None:
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Tram line approved", "author": {"@type": "Person",
    "name": "The Associated Press"}}</script></head><body><h1>Tram line approved</h1>
    </body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.authors == ["The Associated Press"]
    assert meta.agencies == ["Associated Press"]
    # Beside a person, the wire is an agency only.
    both = page.replace('"name": "The Associated Press"}',
                        '"name": "The Associated Press"}, {"@type": "Person", "name": "Jane Doe"}')
    both = both.replace('"author": {', '"author": [{').replace('"Jane Doe"}', '"Jane Doe"}]')
    both = both.replace("</h1>", "</h1><p>Jane Doe</p>")
    meta = read_metadata(parse_html(both))
    assert meta.authors == ["Jane Doe"] and meta.agencies == ["Associated Press"]


def test_spaces_left_by_cut_noise_collapse() -> None:
    assert clean_authors(["Bruno (Henrique) Rodrigues"]) == ["Bruno Rodrigues"]
    # A date's announcing word alone is no name: "Last Updated: January 7, 2025".
    assert clean_authors(["Last Updated: January 7, 2025"], visible=True) == []


def test_page_date_walk_gives_what_its_twin_gives() -> None:
    from pressclip.metadata.byline import _elements
    from pressclip.metadata.datelines import _loose_date, _page_date

    pages = ["""<html><head><title>Page 2021</title><script>var d = "2020-01-01";</script>
    </head><body><div>Ausgabe vom <b>5. Mai 2021</b></div>12.03.2020 tail</body></html>""",
             """<html><body><div><p>no date here</p><span>x</span>3 June 2019 here</div>
             <p>Updated 4 June 2019</p></body></html>"""]
    if datasets.available():
        pages += [row["html"] for row in datasets.rows("fundus_dev", split="train", limit=40)]
    for html in pages:
        tree = parse_html(html)
        for month_first in (False, True):
            assert _page_date(tree, month_first) == _loose_date(list(_elements(tree)), month_first)


def test_labels_of_more_languages() -> None:
    assert clean_authors(["Yazar: Ahmet Yılmaz"]) == ["Ahmet Yılmaz"]
    assert clean_authors(["Oleh Budi Santoso"]) == ["Budi Santoso"]
    assert clean_authors(["بقلم محمد علي"]) == ["محمد علي"]
    assert clean_authors(["Ein Bericht von Jana Berg"]) == ["Jana Berg"]
    for line in ("Yazan: Ahmet Yılmaz", "Penulis: Ahmet Yılmaz"):
        page = f"<html><body><h1>Tram line approved</h1><p>{line}</p>{STORY}</body></html>"
        assert read_metadata(parse_html(page)).authors == ["Ahmet Yılmaz"]


def test_a_blog_post_names_its_writer_after_its_nouns() -> None:
    # "Blog Beitrag von X" as the article's own first paragraph, under the headline.
    for line, name in (("Blog Beitrag von Jana Berg", "Jana Berg"),
                       ("Guest post by Lee Young", "Lee Young")):
        page = f"<html><body><h1>Tram line approved</h1><p>{line}</p>{STORY}</body></html>"
        assert read_metadata(parse_html(page)).authors == [name], line
    # The nouns alone name no one.
    assert clean_authors(["Blog"]) == []


def test_co_writers_in_brackets_are_authors_but_a_wires_material_is_not() -> None:
    assert clean_authors(["Martin Dupont (avec Léa Roux et Paul Marc)"]) == [
        "Martin Dupont", "Léa Roux", "Paul Marc"]
    assert clean_authors(["Jane Doe (with Lee Young)"], visible=True) == ["Jane Doe", "Lee Young"]
    for line in ("Jane Doe (mit Material von Reuters)", "Jane Doe (with additional reporting)",
                 "Jane Doe (con información de Reuters)", "Jane Doe (Berlin)"):
        assert clean_authors([line]) == ["Jane Doe"], line


def test_a_line_break_in_a_byline_parts_the_name_from_its_job_and_wire() -> None:
    cases = {"By JANE ROE<br />Associated Press Writer": (["Jane Roe"], ["Associated Press"]),
             "<strong>Lee Young</strong><br/> AP Sports Writer<br/> Dec. 31, 2007 11:14 AM":
             (["Lee Young"], ["Associated Press"]),
             "BY LEE YOUNG<br>EXAMPLE NEWS TV EDITOR": (["Lee Young"], []),
             "BY LEE YOUNG<br>AP Entertainment Writer": (["Lee Young"], ["Associated Press"]),
             # A degree after the name is no one's, nor is a control's word or a month on a
             # later line.
             "By Lee Young, MA<br>Example Health News": (["Lee Young"], []),
             "Posted by Lee Young in Tram News.<br><a href='/tb'>trackback</a>": (
                 ["Lee Young"], []),
             "Lee Young<br>May/June 2004": (["Lee Young"], [])}
    for byline, (authors, agencies) in cases.items():
        page = (f'<html><body><h1>Tram line approved</h1><p class="byline">{byline}</p>'
                f"{STORY}</body></html>")
        meta = read_metadata(parse_html(page))
        assert (meta.authors, meta.agencies) == (authors, agencies), byline


def test_a_link_in_the_prose_that_opens_with_by_is_no_byline() -> None:
    page = ("<html><body><h1>Tram line approved</h1><p>The line will run <a href='/map'>by "
            f"the river</a> and past the old mill.</p>{STORY}</body></html>")
    assert read_metadata(parse_html(page)).authors == []
    # A handle in lower case stays a name.
    assert clean_authors(["by tram_fan"], visible=True) == ["tram_fan"]


def test_a_byline_that_names_the_desk_signs_the_page() -> None:
    def page(byline: str) -> str:
        return (f'<html><body><h1>Tram line approved</h1><p class="byline">{byline}</p>'
                f'{STORY}<p>Lea tambi&eacute;n: <a href="/autor/ana-souza">Ana Souza</a></p>'
                "</body></html>")

    # The desk signs: a link to another writer's page names no author of this story.
    assert read_metadata(parse_html(page("Por Redacción"))).authors == ["Redacción"]
    # A byline that holds no name leaves the link to be read.
    assert read_metadata(parse_html(page("12.05.2024"))).authors == ["Ana Souza"]


def test_markup_in_a_structured_author_gives_its_text() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Tram line approved", "author": {"@type": "Person", "name": '
            '"<a href=\\"/experts/lena-vogt\\" hreflang=\\"en\\">Lena Vogt</a>"}}</script>'
            f"</head><body><h1>Tram line approved</h1>{STORY}<p>Lena Vogt</p></body></html>")
    assert read_metadata(parse_html(page)).authors == ["Lena Vogt"]


def test_editors_credit_after_the_writers_is_no_author() -> None:
    assert clean_authors(["Written by Rob Ellery Edited by Betsy Barnes"]) == ["Rob Ellery"]
    assert clean_authors(["Reporting by Jane Doe; Editing by John Roe"]) == ["Jane Doe"]
    assert clean_authors(["di Mario Rossi, a cura di Luca Bianchi"]) == ["Mario Rossi"]
    # An edition's credit is no person: "Revised Edition Edited by X" names a book's editor.
    assert clean_authors(["Revised Edition Edited by Adrian Pell"]) == []


def test_place_after_a_dash_and_a_name_written_twice() -> None:
    assert clean_authors(["Por Ana Souza — São Paulo"]) == ["Ana Souza"]
    # A tagline after a dash stays with its name (no place): the whole is an organisation.
    assert clean_authors(["L-MAG – Das Magazin für Lesben"]) == []
    assert clean_authors(["Jane Doe Jane Doe"], visible=True) == ["Jane Doe"]
    assert clean_authors(["山田太郎記者"]) == ["山田太郎"]
    assert clean_authors(["記者"]) == []


def test_a_columnists_box_under_the_headline_signs_the_column() -> None:
    for box in ("""<div class="box"><a href="/columnists/jane-doe"><img src="c.jpg">
                Jane Doe</a></div>""",
                """<div class="box"><a href="/kolumnisten/jane-doe">Jane Doe</a></div>""",
                """<div class="box"><a href="/yazarlar/jane-doe">Jane Doe</a></div>"""):
        page = f"<html><body><h1>Tram line approved</h1>{box}{STORY}</body></html>"
        assert read_metadata(parse_html(page)).authors == ["Jane Doe"], box


def test_names_marked_one_by_one_in_one_line_are_all_read() -> None:
    page = f"""<html><body><article><h1>Tram line approved</h1><address>Von
    <a rel="author" href="/autoren/jana-berg/">Jana Berg</a> und
    <a rel="author" href="/autoren/tom-weber/">Tom Weber</a></address>{STORY}</article>
    </body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Jana Berg", "Tom Weber"]


def test_an_author_boxs_links_to_author_pages_are_its_names() -> None:
    # The box sets a role beside the name; the link to the author's page holds the name alone.
    page = f"""<html><body><h1>Tram line approved</h1><div class="article-author">
    <span class="name"><a href="/authors/thabo-mokone">Thabo Mokone</a></span>
    <span>Parliamentary editor</span></div>{STORY}</body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Thabo Mokone"]
