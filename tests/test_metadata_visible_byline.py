"""Visible bylines on pages whose structured data names no one (issue 13 item 4, session 17),
on pages written for these tests: where the headline is no h1, and a label standing between
two elements with the name in the next one."""

from __future__ import annotations

from pressclip.metadata import read_metadata
from pressclip.metadata.text import element_text
from pressclip.parse.html import parse_html

STORY = ("<p>The council met on Tuesday evening to vote on the budget for next year, after weeks "
         "of debate about the new tram line and its cost.</p>")
HEADLINE = "Council votes on the tram budget"
# Enough elements between the page's only h1 (a donation box's) and the article that the
# article lies outside the window read around that h1.
FILLER = "".join(f"<li><a href='/tag/{i}'>Tag {i}</a></li>" for i in range(300))


def _authors(body: str, head: str = "") -> list[str]:
    page = (f"<html><head><title>{HEADLINE} | Example Times</title>{head}</head>"
            f"<body>{body}</body></html>")
    return read_metadata(parse_html(page)).authors


def test_byline_near_the_h2_that_holds_the_headline() -> None:
    article = (f"<article><h2>{HEADLINE}</h2><time datetime='2020-10-12'><h4>By Jane Doe | "
               f"12/10/2020</h4></time>{STORY}</article>")
    donate = "<div class='donate'><h1>€5</h1><h1>€10</h1></div>"
    assert _authors(f"{donate}<ul>{FILLER}</ul>{article}") == ["Jane Doe"]
    # An h2 that is not the headline (another story's) gives no window of its own.
    other = article.replace(f"<h2>{HEADLINE}</h2>", "<h2>Other news</h2>")
    assert _authors(f"{donate}<ul>{FILLER}</ul>{other}") == []


def test_label_between_elements_and_the_name_in_the_next() -> None:
    assert _authors(f"<h1>{HEADLINE}</h1><div>Mittwoch, 01.11.2023 <br/> von "
                    f"<strong>MORITZ KELLER</strong><br/></div>{STORY}") == ["Moritz Keller"]
    assert _authors(f"<h1>{HEADLINE}</h1><div><span>12.5.2023</span> | By <b>Jane Doe</b>"
                    f"</div>{STORY}") == ["Jane Doe"]
    # One word after the label is a table's cell or a menu's item, not a name.
    assert _authors(f"<h1>{HEADLINE}</h1><div><span>Preis</span> von <b>Heute</b></div>"
                    f"{STORY}") == []
    # A reader's comment signs no article.
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}<div class='comments'><p><span>Antwort</span>"
                    f" von <b>Karl Meier</b></p></div>") == []


def test_one_letter_set_apart_in_markup_stays_in_its_word() -> None:
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'><a href='/contributor/jane-doe'>"
                    f"Jane Do<span class='last-letter-spacing'>e</span></a></p>{STORY}") == [
        "Jane Doe"]
    drop_cap = parse_html("<html><body><p><span class='dropcap'>T</span>he end</p></body></html>")
    assert element_text(drop_cap.find(".//p"), joiner=" ") == "The end"
    # Two items of one letter each, or a letter beside a number, stay apart.
    letters = parse_html("<html><body><p><b>A</b><i>B</i><i>7</i></p></body></html>")
    assert element_text(letters.find(".//p"), joiner=" ") == "A B 7"


def test_writer_noun_without_a_colon_before_a_capitalised_name() -> None:
    assert _authors(f"<h1>{HEADLINE}</h1><p>Autoren Jelko Brandt und Jutta Klein</p>"
                    f"{STORY}") == ["Jelko Brandt", "Jutta Klein"]
    assert _authors(f"<h1>{HEADLINE}</h1><p><b>Author Jane Doe</b></p>{STORY}") == ["Jane Doe"]
    # A lower-case word after the noun: a sentence about an author, not a byline.
    assert _authors(f"<h1>{HEADLINE}</h1><p>Autor des Monats ist wieder dabei</p>"
                    f"{STORY}") == []
    # Nouns that do not name the writer still need their colon.
    assert _authors(f"<h1>{HEADLINE}</h1><p>Text Messages From Home</p>{STORY}") == []


def test_date_label_then_the_date_in_a_child_then_the_byline() -> None:
    assert _authors(f"<h1>{HEADLINE}</h1><p class='entry-meta'>Veröffentlicht am "
                    f"<span>03.02.2022</span> von Sarah Schneider</p>{STORY}") == [
        "Sarah Schneider"]
    assert _authors(f"<h1>{HEADLINE}</h1><p>Published on <time>May 4, 2023</time> by "
                    f"Jane Doe</p>{STORY}") == ["Jane Doe"]
    # A date alone after the label names no one.
    assert _authors(f"<h1>{HEADLINE}</h1><p>Veröffentlicht am <span>03.02.2022</span></p>"
                    f"{STORY}") == []


def test_writer_noun_without_a_colon_after_the_date() -> None:
    # An author's box opens with the update's date, then the writer's noun and the name, no
    # colon between them.
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}<div class='article-author'><div>"
                    f"<span>Letzte Aktualisierung: </span>02.03.2022</div> Autor*in <span>"
                    f"Lena Brandt (Redakteurin)</span></div>") == ["Lena Brandt"]
    assert _authors(f"<h1>{HEADLINE}</h1><div class='article-date-author'>Publicado el "
                    f"<time datetime='2022-05-03'>3 de mayo</time> Escribe <a href="
                    f"'/periodista/ana-souza/'>Ana Souza</a></div>{STORY}") == ["Ana Souza"]
    # The noun then a lower-case word: a sentence about an author, no one's byline.
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}<div class='article-author'>Stand: "
                    f"02.03.2022 Autor des Monats gesucht</div>") == []


def test_a_job_after_its_field_word_is_no_part_of_the_name() -> None:
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'>Jane Roe Education editor</p>"
                    f"{STORY}") == ["Jane Roe"]
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'>Jane Roe Political correspondent"
                    f"</p>{STORY}") == ["Jane Roe"]
    # Two words before the job: the name, kept whole.
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'>Jane Roe reporter</p>"
                    f"{STORY}") == ["Jane Roe"]


def test_the_sites_name_after_the_writers_is_no_part_of_it() -> None:
    def authors(byline: str, url: str) -> list[str]:
        page = (f"<html><head><title>{HEADLINE}</title></head><body><h1>{HEADLINE}</h1>"
                f"<p class='byline'>{byline}</p>{STORY}</body></html>")
        return read_metadata(parse_html(page), url).authors

    url = "https://www.gartenpost.de/rat/rosen-schneiden-123.html"
    assert authors("Von Lena Vogt Gartenpost Online", url) == ["Lena Vogt"]
    assert authors("Veröffentlicht am 03.02.2022 von Lena Vogt Gartenpost", url) == [
        "Lena Vogt"]
    assert authors("By Lena Vogt The Gartenpost", url) == ["Lena Vogt"]
    # What stays must read as a name: no initial last, no particle.
    assert authors("By Lena M. Gartenpost", url) == ["Lena M. Gartenpost"]
    # A word that is only a piece of the address's name is no site's name.
    assert authors("Von Lena Vogt Post", url) == ["Lena Vogt Post"]
    # A blog's owner whose name the address spells signs as themself.
    assert authors("By Lena Vogt", "https://lenavogt.example/2024/05/roses/") == ["Lena Vogt"]


def test_a_date_labels_words_alone_are_no_name() -> None:
    assert _authors(f"<h1>{HEADLINE}</h1><div class='article-date-author'>Publicado el "
                    f"<time datetime='2022-05-03'>3 de mayo</time></div>{STORY}") == []


def test_a_reviewers_credit_is_no_authors() -> None:
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'>Written by Jane Roe. Medically "
                    f"reviewed by John Poe, MD</p>{STORY}") == ["Jane Roe"]
    # The reviewer's line stands first, in a box of its own.
    assert _authors(f"<h1>{HEADLINE}</h1><div class='author'>Medically reviewed by John Poe, "
                    f"MD</div><div class='author'>By Jane Roe</div>{STORY}") == ["Jane Roe"]
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'>Von Lena Vogt, faktengeprüft von "
                    f"Karl Roth</p>{STORY}") == ["Lena Vogt"]


def test_an_author_boxs_heading_that_is_a_name() -> None:
    box = ("<div class='author-box'><h3>Über die Autorin</h3><h4>Lena Vogt</h4><p>Lena Vogt "
           "schreibt seit zehn Jahren über Stadtplanung und Verkehr.</p></div>")
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}{box}") == ["Lena Vogt"]
    titled = box.replace("<h3>Über die Autorin</h3><h4>Lena Vogt</h4>", "<h4>Über Lena Vogt</h4>")
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}{titled}") == ["Lena Vogt"]
    # A heading that is no name alone ("Über die Autorin") gives none.
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}" + box.replace("<h4>Lena Vogt</h4>", "")) == []
    # A box as long as an article holds its subheadings, no author's name.
    long_box = (f"<div class='author-content'><h3>Hither Green Park</h3>{STORY * 4}</div>")
    assert _authors(f"<h1>{HEADLINE}</h1>{long_box}") == []


def test_a_meta_author_the_page_never_writes_is_no_author() -> None:
    agency = "<meta name='author' content='Webagentur Muster'>"
    # The byline names the writer; the meta tag names the site's builder.
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'>Von Jana Roth</p>{STORY}",
                    head=agency) == ["Jana Roth"]
    # Nothing else names anyone: no credit either.
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}", head=agency) == []
    writer = "<meta name='author' content='Jana Roth'>"
    # The name stands in the page's text, or in the data a script draws the byline from.
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}<footer>Jana Roth</footer>",
                    head=writer) == ["Jana Roth"]
    assert _authors(f"<h1>{HEADLINE}</h1>{STORY}<script>var byline = {{\"name\": "
                    f"\"Jana Roth\"}};</script>", head=writer) == ["Jana Roth"]
    # In capitals, the byline writes the same name: the meta tag's spelling is kept, and a
    # column's name beside it takes no author's place.
    assert _authors(f"<h1>{HEADLINE}</h1><p class='byline'>Tram Column</p><p>By JANA ROTH"
                    f"</p>{STORY}", head=writer) == ["Jana Roth"]
