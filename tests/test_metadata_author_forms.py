"""Authors and titles on modern pages (issue 13 item 4): names cut short or nested in links,
co-writers, captions, negated box classes and drawn bars, on small pages written for these
tests."""

from __future__ import annotations

from pressclip.metadata import read_metadata
from pressclip.metadata.authors import clean_authors
from pressclip.parse.html import parse_html


def _graph_page(person: str) -> str:
    """A WordPress-style @graph whose article names its author by an @id reference; the
    page's author box is drawn from the same data."""
    return f"""<html><head><script type="application/ld+json">{{"@context": "https://schema.org",
    "@graph": [{{"@type": "Article", "@id": "#article", "headline": "Tram line approved",
    "author": {{"@id": "#author"}}}}, {person}]}}</script></head>
    <body><h1>Tram line approved</h1><script>var authorBox = {person};</script></body></html>"""


def test_first_name_author_takes_the_surname_its_bio_opens_with() -> None:
    bio = '{"@type": "Person", "@id": "#author", "name": "Nils", "description": "%s"}'
    cases = {"Nils Hartwig ist freier Autor und Journalist.": ["Nils Hartwig"],
             "Nils Hartwig - Schreiner und Bergsteiger.": ["Nils Hartwig"],
             "Nils de Vries, born 1979, writes on cities.": ["Nils de Vries"],
             # The bio opens with a verb or with more capitalised words than a surname has.
             "Nils writes about cities.": ["Nils"],
             "Nils Alpha Beta Gamma ist Autor.": ["Nils"],
             # Only a bio that opens with the name itself names it in full.
             "Nilsson Hartwig ist Autor.": ["Nils"]}
    for description, authors in cases.items():
        page = _graph_page(bio % description)
        assert read_metadata(parse_html(page)).authors == authors, description


def test_full_name_author_is_kept_whatever_its_bio_says() -> None:
    person = ('{"@type": "Person", "@id": "#author", "name": "Jane Doe", '
              '"description": "Jane Doe Smith Brown writes."}')
    assert read_metadata(parse_html(_graph_page(person))).authors == ["Jane Doe"]


def _cosigned_page(byline: str) -> str:
    return f"""<html><head><script type="application/ld+json">{{"@type": "NewsArticle",
    "headline": "Tram line approved", "datePublished": "2024-05-02",
    "author": {{"@type": "Person", "name": "Jane Doe"}}}}</script></head>
    <body><article><h1>Tram line approved</h1><div class="byline">{byline}</div>
    <p>The council met on Tuesday evening to vote on the budget for next year, after weeks
    of debate about the new tram line and its cost.</p></article>
    <script>var writer = "Jane Doe";</script></body></html>"""


def test_byline_adds_the_writers_structured_data_left_out() -> None:
    cases = {"By Jane Doe and Lee Young": ["Jane Doe", "Lee Young"],
             "von Jane Doe, Simon Kessler": ["Jane Doe", "Simon Kessler"],
             # A byline that does not name the structured author is another article's.
             "By Ben Walker and Lee Young": ["Jane Doe"],
             # A role or an employer after the name is no writer.
             "Posted by Jane Doe, AMP Project Marketing, Google": ["Jane Doe"],
             "Jane Doe Redakteurin für Wirtschaft und Umwelt": ["Jane Doe"]}
    for byline, authors in cases.items():
        assert read_metadata(parse_html(_cosigned_page(byline))).authors == authors, byline


def test_byline_and_meta_tags_that_agree_outvote_the_structured_author() -> None:
    def page(metas: list[str], byline: str) -> str:
        tags = "".join(f'<meta name="parsely-author" content="{m}">' for m in metas)
        return _cosigned_page(byline).replace("<head>", f"<head>{tags}")

    # The schema names the account that posted the story; byline and meta name its writers.
    assert read_metadata(parse_html(page(["Ben Walker", "Lee Young", "7 Example TV"],
                                         "By Ben Walker, Lee Young, 7 Example TV"))).authors == [
        "Ben Walker", "Lee Young"]
    # Meta tags that name others than the byline second neither.
    assert read_metadata(parse_html(page(["Ben Walker"], "By Ben Walker and Lee Young"))
                         ).authors == ["Jane Doe"]
    # The byline's "Jane" is the schema's "Jane Doe", no other person.
    assert read_metadata(parse_html(page(["Jane"], "By Jane"))).authors == ["Jane Doe"]


def test_names_nested_in_bold_links_keep_their_order_in_a_byline() -> None:
    # The words after a nested element follow its text: "Von X und Y", not "Von und XY".
    page = """<html><body><article><h1>Streit ums Feuerholz</h1>
    <p class="byline">Von <strong><a href="https://example.org">Roland Brückner</a></strong>
    und <strong><a href="https://example.net">Sebastian Dreyer</a></strong></p>
    <p>Die Probleme zwischen Einheimischen und Geflüchteten sind auch hier ein Thema, und das
    Lager wächst seit Jahren weiter.</p></article></body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Roland Brückner", "Sebastian Dreyer"]


def test_a_byline_line_in_a_pictures_caption_is_the_photographers() -> None:
    caption = """<figure><img src="temple.jpg"><figcaption>"Temple at dawn"
    <a href="https://photos.example.org/">von Justin Watt</a> Lizenziert unter CC BY
    </figcaption></figure>"""
    page = f"""<html><body><article><h1>Streit ums Feuerholz</h1>{caption}
    <p>Die Probleme zwischen Einheimischen und Geflüchteten sind auch hier ein Thema, und das
    Lager wächst seit Jahren weiter.</p>%s</article></body></html>"""
    assert read_metadata(parse_html(page % "")).authors == []
    signed = page % '<p class="byline">Von Roland Brückner</p>'
    assert read_metadata(parse_html(signed)).authors == ["Roland Brückner"]


def test_a_box_whose_class_says_it_has_no_bio_or_comments_holds_the_byline() -> None:
    page = """<html><body><h1>Attack stokes fears in the region</h1>
    <div class="article-body"><div class="sig-line %s"><span class="byline">By <a
    href="/people/erin-doe">Erin Doe</a></span></div>
    <p>The attack on the museum raised fears for the country's fragile transition and its
    tourism, officials said on Thursday.</p></div></body></html>"""
    for negated in ("hasnt-bio", "no-comments", "without-sidebar"):
        assert read_metadata(parse_html(page % negated)).authors == ["Erin Doe"], negated
    # A box that is a bio or a comment is still left out.
    assert read_metadata(parse_html(page % "author-bio")).authors == []


def test_site_name_cut_after_a_drawn_bar() -> None:
    for bar in ("│", "┃", "¦"):
        page = f"""<html><head><meta property="og:site_name" content="Daily Planet">
        <title>Tram line approved after weeks of debate {bar} Daily Planet</title></head>
        <body><p>The council met on Tuesday.</p></body></html>"""
        assert read_metadata(parse_html(page)).title == "Tram line approved after weeks of debate"


def test_a_teaser_classed_box_right_after_the_headline_holds_its_byline() -> None:
    page = """<html><body><h1>„Es kommt darauf an, wie die Menschen sterben“</h1>%s
    <p>Die Pandemie stellt die Frage nach dem Sterben neu, sagt der Arzt im Gespräch über
    die Lage in den Kliniken und Heimen.</p></body></html>"""
    byline = ('<div class="teaser-small__metadata"><p class="byline__author"> VON '
              '<a href="/autoren/doe-jane">JANE DOE</a> am 21. April 2020 </p></div>')
    assert read_metadata(parse_html(page % byline)).authors == ["Jane Doe"]
    # Further down, a teaser's byline is another story's.
    later = f"<p>Mehr zum Thema</p>{byline}"
    assert read_metadata(parse_html(page % later)).authors == []


def test_a_label_after_a_bar_names_the_writer_beside_it() -> None:
    for lead in ("| By ", "· Von ", "• Par "):
        page = f"""<html><body><h1>Woman follows a car that stopped</h1>
        <div class="article_meta_info"><span class="trending">new</span>
        <span class="screen-reader-text">{lead}</span> <span>Cara Stone</span> |
        <time>May 5, 2020</time></div><p>She saw the car stop for a woman at the corner of
        the street and followed it to the next town, where she found out why.</p></body></html>"""
        assert read_metadata(parse_html(page)).authors == ["Cara Stone"], lead


def test_gendered_label_with_a_slash_or_a_colon_before_in() -> None:
    assert clean_authors(["AUTOR/IN Julius Reiter"], visible=True) == ["Julius Reiter"]
    assert clean_authors(["Autor:in Julius Reiter"], visible=True) == ["Julius Reiter"]
    # A name glued to the label's colon keeps its first letters.
    assert clean_authors(["Autor:Inga Schmidt"], visible=True) == ["Inga Schmidt"]


def test_a_follow_buttons_word_beside_the_name_goes() -> None:
    for byline in ("Jane Doe Follow", "Follow Jane Doe on Twitter",
                   "Folge Oliver Brandl auf Facebook", "Suivre Marie Dupont"):
        names = clean_authors([byline], visible=True)
        assert len(names) == 1 and len(names[0].split()) == 2, byline
        assert not {"follow", "folge", "suivre"} & {w.casefold() for w in names[0].split()}
    # A first name alone beside the button is no name of two words: nothing is read.
    assert clean_authors(["Follow Jane"], visible=True) == []


def test_the_last_name_of_a_list_after_a_serial_comma() -> None:
    # "and" after the list's comma joins its last name, in structured data and bylines alike.
    for visible in (False, True):
        assert clean_authors(["By Mira Okafor, Tomas Brenner, and Ilse Varga"],
                             visible=visible) == ["Mira Okafor", "Tomas Brenner", "Ilse Varga"]
        assert clean_authors(["Claire Vautrin, Paris, et Paul Ardent"], visible=visible) == [
            "Claire Vautrin", "Paul Ardent"]


def test_the_place_a_writer_filed_from_after_a_preposition_goes() -> None:
    for visible in (False, True):
        assert clean_authors(["Mira Okafor in London"], visible=visible) == ["Mira Okafor"]
        assert clean_authors(["Mira Okafor and Tomas Brenner in New York"],
                             visible=visible) == ["Mira Okafor", "Tomas Brenner"]
        assert clean_authors(["Lena Vorberg aus Berlin"], visible=visible) == ["Lena Vorberg"]
        assert clean_authors(["Paul Ardent à Paris"], visible=visible) == ["Paul Ardent"]
    # Words after "in" that name no place are no place: nothing says the phrase is a name.
    assert clean_authors(["Mira Okafor in Charge"]) == []


def _byline_page(byline: str) -> str:
    return ("<html><body><article><h1>Tram line approved</h1>"
            f"<p>{byline}</p><p>The council approved the new tram line on Tuesday after a "
            "long debate about its cost and its route through the old town.</p>"
            "</article></body></html>")


def test_a_label_byline_keeps_its_lines_apart() -> None:
    # The label opens the paragraph, the name is in a child and the town where the writer
    # filed from follows on a line of its own: no part of the name.
    page = _byline_page("Von <strong><a href='https://roe.example'>Jane Roe</a></strong>"
                        "<br/>Berlin")
    assert read_metadata(parse_html(page)).authors == ["Jane Roe"]


def test_a_town_before_its_country_is_no_name() -> None:
    page = _byline_page("Von <strong>Jane Roe</strong> und <strong>Tom Brenner</strong>"
                        "<br/><br/>Kalmora /Kenia")
    assert read_metadata(parse_html(page)).authors == ["Jane Roe", "Tom Brenner"]
    assert clean_authors(["By Jane Roe, Kalmora, USA"]) == ["Jane Roe"]
    # A one-word part with no country after it is left alone.
    assert clean_authors(["Jane Roe und Kalmora"], visible=True) == ["Jane Roe", "Kalmora"]


def test_a_byline_line_before_the_story_in_one_paragraph() -> None:
    # The label's line, then the story's first lines after two line breaks.
    story = ("Die Sitzung des Stadtrats dauerte bis in den Abend, und am Ende stand eine knappe "
             "Mehrheit für die neue Linie.")
    page = _byline_page(f"Von Jane Roe<br/><br/>{story}")
    assert read_metadata(parse_html(page)).authors == ["Jane Roe"]


def test_an_avatars_initials_are_no_part_of_the_names() -> None:
    # Each writer's box draws the initials where a photo is missing.
    box = ("<div class='autor'><div class='item'><div class='initials'>LP</div>"
           "<div class='name'>Lena Petrov</div></div><div class='item'><div class='initials'>"
           "RF</div><div class='name'>Rui Faria</div></div></div>")
    page = ("<html><body><article><h1>Tram line approved</h1>"
            f"{box}<p>The council approved the new tram line on Tuesday after a long debate "
            "about its cost and its route through the old town.</p></article></body></html>")
    assert read_metadata(parse_html(page)).authors == ["Lena Petrov", "Rui Faria"]
    # Capitals that are no initials of the words after them stay.
    page = _byline_page("<span class='byline'>By JR Smith</span>")
    assert read_metadata(parse_html(page)).authors == ["JR Smith"]


def test_a_columnist_in_the_sites_menu_is_no_byline() -> None:
    # No class, id or label marks the byline: the link to the writer's page does. The menu
    # above the headline links its columnists' pages too.
    menu = ("<ul class='hover-menu'><li><a href='/author/kim-lindqvist'>Kim Lindqvist</a>"
            "</li><li><a href='/author/per-ahlgren'>Per Ahlgren</a></li></ul>")
    page = (f"<html><body><header>{menu}</header><article><h1>Tram line approved</h1>"
            "<div><a href='/author/jane-roe'>Jane Roe</a></div><p>The council approved the "
            "new tram line on Tuesday after a long debate about its cost and its route "
            "through the old town.</p></article></body></html>")
    assert read_metadata(parse_html(page)).authors == ["Jane Roe"]
    nav = page.replace("<ul class='hover-menu'>", "<nav><ul>").replace("</ul>", "</ul></nav>")
    assert read_metadata(parse_html(nav)).authors == ["Jane Roe"]


def test_a_month_glued_to_the_name_before_a_day_is_the_date_s() -> None:
    """A flattener (or a CMS) writes the name's element and the date's with no space
    between them: the month goes with the date, not with the name."""
    assert clean_authors(["by Kestrel TimesNovember 21, 2025"], visible=True) == [
        "Kestrel Times"]
    assert clean_authors(["Jane DoeMay 5, 2024"]) == ["Jane Doe"]
    assert clean_authors(["Иван ПетровМарта 5"], visible=True) == ["Иван Петров"]
    # A capital inside a name before no day, or after two letters only, stays.
    assert clean_authors(["Ann McMay"]) == ["Ann McMay"]
    assert clean_authors(["Ann McMay 5"]) == ["Ann McMay"]


def test_a_job_glued_to_the_name_is_cut_off() -> None:
    # Two elements with no space between read as one string: "Jane Doe" + "Reporter".
    assert clean_authors(["André KleinRedakteur"], visible=True) == ["André Klein"]
    assert clean_authors(["Jane DoeReporter"], visible=True) == ["Jane Doe"]
    # A capital inside a name is no job's start.
    assert clean_authors(["Ronald McDonald"], visible=True) == ["Ronald McDonald"]
    assert clean_authors(["Betsy DeVos"], visible=True) == ["Betsy DeVos"]
