"""Titles and bylines of modern pages (issue 13 item 4), on small pages written for these tests."""

from __future__ import annotations

from pressclip.metadata import read_metadata
from pressclip.metadata.authors import clean_authors
from pressclip.parse.html import parse_html

STORY = ("<p>The council met on Tuesday evening to vote on the budget for next year, after weeks "
         "of debate about the new tram line and its cost.</p>")


def test_structured_spelling_of_the_h1_words() -> None:
    # Markup left no space after the colon in the h1; the JSON-LD headline has the same words.
    page = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "Police catch two suspects: stolen jewels found"}</script></head>
    <body><h1>Police catch two suspects:<span>stolen jewels found</span></h1></body></html>"""
    assert read_metadata(parse_html(page)).title == "Police catch two suspects: stolen jewels found"


def test_byline_of_a_teaser_link_is_not_the_author() -> None:
    page = f"""<html><body><h1>Tram line approved</h1>{STORY}
    <div class="related"><a href="/other"><h3>Another story about the harbour</h3>
    <p>Ships wait longer at the harbour since the strike began last month, and the port
    expects losses.</p><h6>By Ben Walker and Lee Young</h6></a></div></body></html>"""
    assert read_metadata(parse_html(page)).authors == []
    linked = f"""<html><body><h1>Tram line approved</h1>
    <a href="/authors/jane" rel="nofollow"><span>By Jane Doe</span></a>{STORY}</body></html>"""
    assert read_metadata(parse_html(linked)).authors == ["Jane Doe"]


def test_byline_verbs_and_nouns_before_the_preposition() -> None:
    assert clean_authors(["Erstellt von Andrea Berger"]) == ["Andrea Berger"]
    assert clean_authors(["Artikel von: Tom Weber"]) == ["Tom Weber"]
    assert clean_authors(["Recipe by Maria Lopez"]) == ["Maria Lopez"]


def test_title_escaped_twice_is_unescaped() -> None:
    title = "Thermen- &amp;#038; Vulkanland &amp;#8211; a guide"
    page = f'<html><head><meta property="og:title" content="{title}"></head><body></body></html>'
    assert read_metadata(parse_html(page)).title == "Thermen- & Vulkanland – a guide"


def test_kicker_glued_before_the_headline_in_the_h1() -> None:
    page = """<html><head><meta property="og:title" content="Why shared thinking beats lone smarts">
    </head><body><h1><span class="kicker">Open Progress</span>Why shared thinking beats lone
    smarts</h1></body></html>"""
    assert read_metadata(parse_html(page)).title == "Why shared thinking beats lone smarts"


def test_visible_byline_name_ends_before_running_text() -> None:
    assert clean_authors(["Richard David Lorenz im Gespräch"], visible=True) == [
        "Richard David Lorenz"]
    assert clean_authors(["Von Helsingborg nach Göteborg"], visible=True) == []
    assert clean_authors(["Ursula von der Leyen"], visible=True) == ["Ursula von der Leyen"]
    assert clean_authors(["revamp-it Webteam"], visible=True, people=False) == [
        "revamp-it Webteam"]
    # Structured data names people as their CMS typed them.
    assert clean_authors(["Mobasir hassan"]) == ["Mobasir hassan"]


def test_placeholder_and_single_letter_are_no_author() -> None:
    assert clean_authors(["publisher"], people=False) == []
    assert clean_authors(["I"], people=False) == []


def test_more_byline_labels() -> None:
    assert clean_authors(["Eingestellt von Maria Huber"]) == ["Maria Huber"]
    assert clean_authors(["Text von Christian Weber"]) == ["Christian Weber"]
    assert clean_authors(["责任编辑：焦鹏"]) == ["焦鹏"]
    for line, name in (("---- by Kenneth Moor", "Kenneth Moor"), ("责任编辑：焦鹏", "焦鹏")):
        page = f"<html><body><h1>Tram line approved</h1><p>{line}</p>{STORY}</body></html>"
        assert read_metadata(parse_html(page)).authors == [name]


def test_desk_the_visible_byline_names_where_no_person_signs() -> None:
    page = f"""<html><body><h1>Tram line approved</h1>
    <div class="post-author"><span>Von</span> <a href="/author/redaktion">Redaktion</a></div>
    {STORY}</body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Redaktion"]
    signed = page.replace(">Redaktion<", ">Jana Berg<")
    assert read_metadata(parse_html(signed)).authors == ["Jana Berg"]
    # Other words of a byline box are no credit.
    follow = page.replace(">Redaktion<", ">Follow<")
    assert read_metadata(parse_html(follow)).authors == []


def test_author_escaped_twice_is_unescaped() -> None:
    assert clean_authors(["Jos&eacute; Mar&iacute;a Garc&iacute;a"]) == ["José María García"]


def test_byline_box_items_set_side_by_side_in_markup_stay_apart() -> None:
    page = f"""<html><body><h1>Tram line approved</h1>
    <div class="author-info"><a href="/u/houzz">Jana Berg</a><span>vor 5 Stunden</span></div>
    {STORY}</body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Jana Berg"]


def test_the_logo_h1_is_not_the_headline() -> None:
    headline = "Haylage: better than its reputation?"
    page = f"""<html><head><title>{headline} - feeding - Horse Review International</title>
    <meta property="og:site_name" content="Horse Review International"></head><body>
    <header><h1>Horse Review International</h1></header>
    <article><h1>{headline}</h1><p>Feeding horses in winter.</p></article></body></html>"""
    assert read_metadata(parse_html(page)).title == headline


def test_cut_structured_title_takes_the_whole_source() -> None:
    # An ellipsis ends the og:title; the h1 holds the whole headline.
    page = """<html><head><meta property="og:title" content="Council approves the new tram line
    after a long...">
    </head><body><h1>Council approves the new tram line after a long debate</h1></body></html>"""
    assert read_metadata(parse_html(page)).title == (
        "Council approves the new tram line after a long debate")
    # An unescaped quote ended the attribute: the <title> has the rest.
    cut = """<html><head><meta property="og:title" content="Senator calls the plan "unfit"">
    <title>Senator calls the plan "unfit"</title></head><body></body></html>"""
    assert read_metadata(parse_html(cut)).title == 'Senator calls the plan "unfit"'
    # A title that is a longer one's start, with no sign of a cut, stays as it is.
    whole = """<html><head><meta property="og:title" content="Tram line approved">
    </head><body><h1>Tram line approved by the council on Tuesday</h1></body></html>"""
    assert read_metadata(parse_html(whole)).title == "Tram line approved"


def test_organisation_credited_beside_people() -> None:
    page = """<html><head><meta property="og:site_name" content="Daily Planet">
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Tram line approved",
    "author": [{"@type": "Person", "name": "Jane Doe"},
               {"@type": "Organization", "name": "Daily Planet"},
               {"@type": "Organization", "name": "AFP"}]}</script></head>
    <body><h1>Tram line approved</h1><p>Jane Doe</p></body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.authors == ["Jane Doe", "Daily Planet"]
    assert meta.agencies == ["AFP"]


def test_date_from_the_main_picture_address_only_as_a_last_resort() -> None:
    head = '<meta property="og:image" content="https://img.example.org/2026/01/29/a.jpg">'
    page = f"<html><head>{head}</head><body><h1>Tram line approved</h1>{STORY}</body></html>"
    assert read_metadata(parse_html(page)).date == "2026-01-29"
    dated = page.replace("</head>", '<meta property="article:published_time" '
                         'content="2026-02-03T10:00:00+01:00"></head>')
    assert read_metadata(parse_html(dated)).date.startswith("2026-02-03")


def test_name_alone_in_bold_opens_the_article() -> None:
    page = f"""<html><body><h1>Tram line approved</h1><p>&nbsp;</p>
    <p><strong>Jane Doe/John Smith</strong></p>{STORY}</body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Jane Doe", "John Smith"]
    # A bold subheading after the article's first paragraphs is no byline, nor is a bold
    # line that is not names.
    later = f"""<html><body><h1>Tram line approved</h1>{STORY}{STORY}
    <p><strong>Regular Schedule</strong></p></body></html>"""
    assert read_metadata(parse_html(later)).authors == []
    phrase = f"""<html><body><h1>Tram line approved</h1>
    <p><b>What does the tram cost?</b></p>{STORY}</body></html>"""
    assert read_metadata(parse_html(phrase)).authors == []


def test_picture_credits_and_weekdays_after_the_writer() -> None:
    assert clean_authors(["Text von Christian Weber Illustration von Markus Roth"],
                         visible=True) == ["Christian Weber"]
    assert clean_authors(["By Jane Doe, photos by John Smith"], visible=True) == ["Jane Doe"]
    assert clean_authors(["Von Anna Berg am Samstag, 19. Oktober 2019 um 11:14 Uhr"],
                         visible=True) == ["Anna Berg"]


def test_byline_near_the_headline_h1_when_the_first_h1_is_a_menu() -> None:
    menu = "".join(f"<li><a href='/s{i}'>Section {i}</a></li>" for i in range(300))
    page = f"""<html><head><title>Tram line approved | Daily Planet</title></head><body>
    <nav><h1>Navigation</h1><ul>{menu}</ul></nav>
    <article><h1>Tram line approved</h1><p class="byline">By Jane Doe</p>{STORY}</article>
    </body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.title == "Tram line approved"
    assert meta.authors == ["Jane Doe"]


def test_byline_near_the_headline_h1_after_many_frame_h1s() -> None:
    # Menus, search and logo set as h1 before the article's: its h1 is the fifth.
    frame = "".join(f"<div><h1>Menu {i}</h1><ul><li>Item</li></ul></div>" for i in range(4))
    page = f"""<html><head><title>Tram line approved | Daily Planet</title></head><body>
    {frame}{"<p>Teaser</p>" * 400}
    <article><h1>Tram line approved</h1><p class="byline">By Jane Doe</p>{STORY}</article>
    </body></html>"""
    assert read_metadata(parse_html(page)).authors == ["Jane Doe"]


def test_site_staff_beside_a_wire_in_one_byline() -> None:
    page = f"""<html><head><meta property="og:site_name" content="Le Courrier du Nord">
    </head><body><h1>Le budget est voté</h1><p class="byline">Par Le Courrier du Nord et AFP</p>
    {STORY}</body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.authors == ["Le Courrier du Nord", "AFP"]
    assert meta.agencies == ["AFP"]
    # The wire alone signs: it is the author as well as the agency.
    wire = read_metadata(parse_html(page.replace("Par Le Courrier du Nord et AFP", "Par AFP")))
    assert wire.authors == ["AFP"] and wire.agencies == ["AFP"]


def test_site_name_then_its_slogan_after_the_headline() -> None:
    page = """<html><head><title>Tram line approved : Daily Planet | News for the whole valley
    </title></head><body></body></html>"""
    meta = read_metadata(parse_html(page), "https://www.dailyplanet.example/tram")
    assert meta.title == "Tram line approved"
    # Two separators in a row leave an empty part, which names no site.
    dots = """<html><head><title>Tram line approved··· council "votes again"</title></head>
    <body></body></html>"""
    assert read_metadata(parse_html(dots)).title == 'Tram line approved··· council "votes again"'


def test_archived_page_is_its_own_site() -> None:
    page = "<html><head><title>Muffin basics : Muffin Recipes</title></head><body></body></html>"
    url = "https://web.archive.org/web/20080731095558/http://www.muffinrecipes.example/basics"
    assert read_metadata(parse_html(page), url).title == "Muffin basics"


def test_the_articles_only_h1_is_the_headline_where_og_title_words_it_otherwise() -> None:
    head = """<head><title>Company cars: lease or buy? What pays off | Car Money</title>
    <meta property="og:title" content="Company cars: lease or buy? What pays off"></head>"""
    page = f"""<html>{head}<body><main><article><h1>Company cars: leasing or financing?</h1>
    {STORY}</article></main></body></html>"""
    assert read_metadata(parse_html(page)).title == "Company cars: leasing or financing?"
    # An h1 outside the article and not named a headline is the page frame's: og:title wins.
    frame = f"""<html>{head}<body><h1>Company cars: leasing or financing?</h1>{STORY}
    </body></html>"""
    assert read_metadata(parse_html(frame)).title == "Company cars: lease or buy? What pays off"
    named = f"""<html>{head}<body><h1 class="ArticleHeadline">Company cars: leasing or
    financing?</h1>{STORY}</body></html>"""
    assert read_metadata(parse_html(named)).title == "Company cars: leasing or financing?"


def test_the_only_h1_that_names_the_blog_beside_the_headline_is_not_the_headline() -> None:
    # The h1 is a part of the <title> beside another: the blog's name, which nothing else
    # confirms (nor does anything say which part is the site's: the <title> stays whole).
    page = f"""<html><head><title>Silicon Notes: Open flow for programmable logic</title>
    </head><body><main><h1 class="title">Silicon Notes</h1>{STORY}</main></body></html>"""
    assert read_metadata(parse_html(page)).title == (
        "Silicon Notes: Open flow for programmable logic")
    # A kicker before the structured title in the h1 is no part of the headline.
    kicked = f"""<html><head><meta property="og:title" content="Build a worm box">
    </head><body><article><h1 class="headline">Worm box Build a worm box</h1>{STORY}
    </article></body></html>"""
    assert read_metadata(parse_html(kicked)).title == "Build a worm box"


def test_an_h1_with_og_titles_words_beats_an_earlier_h1_the_title_tag_names() -> None:
    page = f"""<html><head><title>News - Lake Institute</title>
    <meta property="og:title" content="The first electron counts"></head><body>
    <h1>News</h1><h1>The first electron counts</h1>{STORY}</body></html>"""
    assert read_metadata(parse_html(page)).title == "The first electron counts"


def test_a_placeholder_h1_gives_way_to_the_title_element_it_shares_no_word_with() -> None:
    page = f"""<html><head><title>Base address test</title></head><body><article>
    <h1>Lorem</h1>{STORY}</article></body></html>"""
    assert read_metadata(parse_html(page)).title == "Base address test"


def test_an_article_h1_of_five_words_beats_a_title_element_it_shares_no_word_with() -> None:
    # A template's <title> ("Free Preview", the paper's name): the h1 is the headline, where a
    # placeholder is a word or a few ("Lorem ipsum dolor").
    for h1, title in (("Harbour crane topples in storm", "Harbour crane topples in storm"),
                      ("Lorem ipsum dolor", "Free Preview")):
        page = f"""<html><head><title>Free Preview</title></head><body><article>
        <h1>{h1}</h1>{STORY}</article></body></html>"""
        assert read_metadata(parse_html(page)).title == title
