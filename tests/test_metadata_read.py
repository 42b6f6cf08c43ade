"""read_metadata on small pages written for these tests, one source at a time, and merged."""

from __future__ import annotations

import json

import pytest

from pressclip.metadata import read_metadata
from pressclip.metadata.authors import clean_authors
from pressclip.metadata.dates import date_from_url, parse_machine_date, parse_text_date
from pressclip.metadata.text import element_text
from pressclip.metadata.titles import site_keys, strip_site
from pressclip.parse.html import parse_html

PAGE_URL = "https://www.gazette-du-nord.example/politique/budget"

JSONLD_PAGE = """<html lang="fr"><head><title>Le budget est voté | La Gazette du Nord</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
 {"@type": "WebSite", "@id": "#site", "name": "La Gazette du Nord"},
 {"@type": "Person", "@id": "#marie", "name": "Marie Dupont"},
 {"@type": ["NewsArticle"], "headline": "Le budget est voté",
  "datePublished": "2025-07-05T18:30:00+02:00", "dateModified": "2025-07-06T09:00:00+02:00",
  "author": [{"@id": "#marie"}, {"@type": "Person", "name": "Jean Martin"},
             {"@type": "Organization", "name": "La Gazette du Nord"}],
  "publisher": {"@type": "NewsMediaOrganization", "name": "La Gazette du Nord"},
  "image": {"@type": "ImageObject", "url": "/img/budget.jpg"}}]}</script>
</head><body><h1>Le budget est voté</h1><p>Le conseil a voté mardi.</p>
<p>Marie Dupont et Jean Martin</p></body></html>"""

META_PAGE = """<html><head><title>City budget passes - The Northern Gazette</title>
<meta property="og:title" content="City budget passes">
<meta property="og:site_name" content="The Northern Gazette">
<meta property="og:url" content="https://northern-gazette.example/news/city-budget">
<meta property="og:image" content="https://northern-gazette.example/budget.jpg">
<meta property="og:description" content="The council voted on Tuesday.">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2025-07-05T10:00:00Z">
<meta name="author" content="By Jane Doe and John Smith, Staff Writers">
</head><body><p>The council voted.</p><p>Jane Doe and John Smith reported.</p></body></html>"""

MICRODATA_PAGE = """<html><body><article itemscope itemtype="https://schema.org/Article">
<h2 itemprop="headline">Der Haushalt ist beschlossen</h2>
<span itemprop="author" itemscope itemtype="https://schema.org/Person">
  <span itemprop="name">Anna Schmidt</span></span>
<meta itemprop="datePublished" content="2025-07-05">
<p>Der Stadtrat hat am Dienstag abgestimmt.</p></article></body></html>"""

BYLINE_PAGE = """<html lang="fr-FR"><head><title>Les cantines plus chères - Le Courrier</title>
</head><body><nav><a href="/">Accueil</a></nav>
<h1>Les cantines plus chères</h1>
<div class="article-byline">Par Paul Durand et Léa Bernard</div>
<div class="article-date">Publié le 5 juillet 2025</div>
<p>Le prix des repas augmente à la rentrée.</p>
<div class="comments"><span class="author">Un lecteur</span></div></body></html>"""

ENGLISH_BYLINE_PAGE = """<html lang="en"><head><title>Schools reopen</title></head><body>
<h1>Schools reopen</h1><p>By Sarah O'Neil</p><time datetime="2025-07-05">July 5, 2025</time>
<p>Classes start again on Monday across the district.</p></body></html>"""

NOTHING_PAGE = "<html><body><div>Hello</div></body></html>"


def meta_of(html: str, url: str | None = PAGE_URL):
    return read_metadata(parse_html(html), url)


def test_jsonld_graph_references_and_organisation_authors() -> None:
    meta = meta_of(JSONLD_PAGE)
    assert meta.title == "Le budget est voté"
    assert meta.date == "2025-07-05T18:30:00+02:00"
    # The organisation the structured data credits beside the people is credited too, as
    # modern pages' gold does (fundus_dev's train pages: the one page that does so).
    assert meta.authors == ["Marie Dupont", "Jean Martin", "La Gazette du Nord"]
    assert meta.publisher == "La Gazette du Nord"
    assert meta.image == "https://www.gazette-du-nord.example/img/budget.jpg"
    assert meta.language_hint == "fr"


def test_jsonld_articles_a_list_holds_are_other_stories() -> None:
    def story(headline: str, author: str, day: str) -> dict:
        return {"@type": "NewsArticle", "headline": headline, "datePublished": day,
                "author": {"@type": "Person", "name": author}}

    teasers = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "item": story("Tram fares rise", "Karl Poe",
                                                            "2025-06-01")},
        story("Bridge closes", "Karl Poe", "2025-06-02")]}
    main = dict(story("Le budget est voté", "Marie Dupont", "2025-07-05"),
                **{"@context": "https://schema.org"})
    scripts = "".join(f"<script type='application/ld+json'>{json.dumps(block)}</script>"
                      for block in (teasers, main))
    page = (f"<html><head><title>Le budget est voté</title>{scripts}</head><body>"
            f"<h1>Le budget est voté</h1><p>Le conseil a voté mardi.</p>"
            "<p>Marie Dupont</p></body></html>")
    meta = meta_of(page)
    assert (meta.authors, meta.date) == (["Marie Dupont"], "2025-07-05")
    # A page whose only article is a list's item still reads it.
    only = (f"<html><head><script type='application/ld+json'>{json.dumps(teasers)}</script>"
            f"</head><body><h1>Bridge closes</h1><p>Karl Poe</p></body></html>")
    assert meta_of(only).authors == ["Karl Poe"]


@pytest.mark.parametrize("kind", ["DiscussionForumPosting", "HowTo", "MedicalWebPage"])
def test_jsonld_posts_how_tos_and_web_page_kinds_are_read(kind: str) -> None:
    data = json.dumps({"@type": kind, "headline": "Hutch tips", "datePublished": "2022-01-10",
                       "author": {"@type": "Person", "name": "Jane Doe"}})
    page = (f'<html><head><script type="application/ld+json">{data}</script></head>'
            "<body><p>Jane Doe</p></body></html>")
    meta = read_metadata(parse_html(page))
    assert (meta.authors, meta.date) == (["Jane Doe"], "2022-01-10")


def test_broken_jsonld_is_read_field_by_field() -> None:
    html = """<html><head><script type="application/ld+json">
    {"@type": "NewsArticle", "headline": "Un titre", "datePublished": "2025-07-05",
     "author": {"@type": "Person", "name": "Marie Dupont"}, "description": "a "quoted" word",
    </script></head><body><p>Texte de Marie Dupont.</p></body></html>"""
    meta = meta_of(html)
    assert (meta.title, meta.date, meta.authors) == ("Un titre", "2025-07-05", ["Marie Dupont"])


def test_jsonld_with_trailing_comma_parses() -> None:
    html = """<html><head><script type="application/ld+json">
    [{"@type": "BlogPosting", "headline": "Post", "datePublished": "2024-03-02",},]
    </script></head><body></body></html>"""
    assert meta_of(html).date == "2024-03-02"


def test_opengraph_and_meta_tags() -> None:
    meta = meta_of(META_PAGE, url=None)
    assert meta.title == "City budget passes"
    assert meta.date == "2025-07-05T10:00:00+00:00"
    assert meta.authors == ["Jane Doe", "John Smith"]
    assert meta.publisher == "The Northern Gazette"
    assert meta.url == "https://northern-gazette.example/news/city-budget"
    assert meta.description == "The council voted on Tuesday."
    assert meta.language_hint == "en"


def test_the_twitter_cards_written_by_row_names_the_author() -> None:
    def page(label: str, value: str) -> str:
        return (f"<html><head><title>Rosen schneiden | Gartenpost</title>"
                f"<meta name='twitter:label1' content='{label}'>"
                f"<meta name='twitter:data1' content='{value}'></head><body>"
                f"<h1>Rosen schneiden</h1><p>Im Frühjahr schneidet man die Rosen zurück, "
                f"sagt Lena Vogt, bevor sie austreiben.</p></body></html>")

    assert meta_of(page("Verfasst von", "Lena Vogt"), url=None).authors == ["Lena Vogt"]
    assert meta_of(page("Written by", "Lena Vogt"), url=None).authors == ["Lena Vogt"]
    # The card's other rows name no one.
    assert meta_of(page("Geschätzte Lesezeit", "3 Minuten"), url=None).authors == []


def test_microdata() -> None:
    meta = meta_of(MICRODATA_PAGE)
    assert meta.title == "Der Haushalt ist beschlossen"
    assert meta.date == "2025-07-05"
    assert meta.authors == ["Anna Schmidt"]


def test_visible_byline_and_dateline_in_french() -> None:
    meta = meta_of(BYLINE_PAGE)
    assert meta.title == "Les cantines plus chères"
    assert meta.authors == ["Paul Durand", "Léa Bernard"]
    assert meta.date == "2025-07-05"


def test_visible_byline_in_english() -> None:
    meta = meta_of(ENGLISH_BYLINE_PAGE)
    assert meta.authors == ["Sarah O'Neil"]
    assert meta.date == "2025-07-05"


def test_no_metadata_at_all() -> None:
    meta = meta_of(NOTHING_PAGE, url=None)
    assert (meta.title, meta.date, meta.authors, meta.publisher, meta.url) == (
        None, None, [], None, None)


def test_date_in_url_and_canonical_made_absolute() -> None:
    html = '<html><head><link rel="canonical" href="/2024/11/03/story.html"></head></html>'
    meta = meta_of(html)
    assert meta.url == "https://www.gazette-du-nord.example/2024/11/03/story.html"
    assert meta.date == "2024-11-03"


def test_tree_is_not_modified() -> None:
    tree = parse_html(JSONLD_PAGE)
    before = [(e.tag, e.text, e.tail, dict(e.attrib)) for e in tree.iter()]
    read_metadata(tree, PAGE_URL)
    assert [(e.tag, e.text, e.tail, dict(e.attrib)) for e in tree.iter()] == before


@pytest.mark.parametrize(("text", "iso"), [
    ("5 juillet 2025", "2025-07-05"),
    ("mardi 1er juillet 2025", "2025-07-01"),
    ("5. Juli 2025", "2025-07-05"),
    ("July 5, 2025", "2025-07-05"),
    ("5 de julio de 2025", "2025-07-05"),
    ("05.07.2025", "2025-07-05"),
    ("2025/07/05", "2025-07-05"),
    ("4.\u20092.\u20092022", "2022-02-04"),
    ("19. 12. 2019", "2019-12-19"),
    ("Copyright 1999", None),
])
def test_textual_dates(text: str, iso: str | None) -> None:
    assert parse_text_date(text) == iso


def test_machine_dates() -> None:
    assert parse_machine_date("2025-07-05T10:00:00+0200") == "2025-07-05T10:00:00+02:00"
    assert parse_machine_date("2025-07-05T10:00:00") == "2025-07-05"
    assert parse_machine_date("2025-13-45") is None
    assert parse_machine_date("3025-01-01") is None
    assert parse_text_date("07/05/2025", month_first=True) == "2025-07-05"
    assert date_from_url("https://x.example/2023/02/28/a-story/") == "2023-02-28"
    assert date_from_url("https://x.example/item/123456789") is None


@pytest.mark.parametrize(("url", "iso"), [
    ("https://x.example/news/2020/6/24/21302329/a-story", "2020-06-24"),
    ("https://x.example/home/2017/7/12/a-story", "2017-07-12"),
    ("https://x.example/media/news/29-10-2021", "2021-10-29"),
    ("https://x.example/newsroom/23-01-2022-a-story-title", "2022-01-23"),
    # Hyphens without leading zeros are a slug's numbers, not a day; so is day 31 of June.
    ("https://x.example/news/2020-6-24-a-story", None),
    ("https://x.example/news/31-06-2021", None),
    ("https://x.example/news/2020/6/24a/", None),
])
def test_days_in_addresses_written_without_zeros_or_day_first(url: str, iso: str | None) -> None:
    assert date_from_url(url) == iso


def test_author_cleaning() -> None:
    assert clean_authors(["Par Marie Dupont et Jean Martin"]) == ["Marie Dupont", "Jean Martin"]
    assert clean_authors(["Von Anna Schmidt und Jonas Weber"]) == ["Anna Schmidt", "Jonas Weber"]
    assert clean_authors(["JANE DOE, Correspondent"]) == ["Jane Doe"]
    assert clean_authors(["jane@example.org", "https://example.org/jane"]) == []
    assert clean_authors(["La Gazette du Nord"], {"La Gazette du Nord"}) == []
    assert clean_authors(["Loïc Le Goff"]) == ["Loïc Le Goff"]


@pytest.mark.parametrize("line", [
    "Von den nahen Feldern holte der Bauer noch Heu, Stroh und Rüben.",
    "Von Wanderern, Gästen und ganz viel Schafen",
    "Von der Planung bis hin zu den Geschenken",
    "By the time the river rose, Fields and Orchards were lost",
])
def test_a_sentence_that_opens_with_a_byline_word_names_no_one(line: str) -> None:
    assert clean_authors([line], visible=True) == []


def test_names_beside_a_sentence_or_a_column_title_are_kept() -> None:
    # The name ends before running text; a column's title beside the name (a bar, not a
    # comma or "and", between them) is another item of the line.
    assert clean_authors(["Von Anna Schmidt und Jonas Weber im Gespräch"], visible=True) == [
        "Anna Schmidt", "Jonas Weber"]
    assert clean_authors(["Ahead of the Curve | Jane Doe"], visible=True) == ["Jane Doe"]
    assert clean_authors(["Ursula von der Leyen sagt"], visible=True) == ["Ursula von der Leyen"]
    # A role after a name is no sentence that opened the line.
    assert clean_authors(["By Jane Doe, freelance writer based in New York"],
                         visible=True) == ["Jane Doe"]
    assert clean_authors(["Jane Doe, Bundesministerium für Wirtschaft"]) == ["Jane Doe"]


def test_a_section_before_the_bylines_preposition_goes() -> None:
    assert clean_authors(["Tech Industry by Steven Mosel"], visible=True) == ["Steven Mosel"]
    # Not a name before its particle, a phrase before lower-case words, or an editor's credit.
    assert clean_authors(["Friedrich von Schiller"], visible=True) == ["Friedrich von Schiller"]
    assert clean_authors(["Revised Edition Edited by Adrian Pell"]) == []


def test_a_months_long_name_alone_is_no_author() -> None:
    assert clean_authors(["October"], visible=True) == []
    assert clean_authors(["Jan"], visible=True) == ["Jan"]


def test_an_organisation_given_as_author_is_not_split_into_people() -> None:
    # A lower-case word between capitalised ones: an organisation's name, whose pieces after
    # "und" or a comma are no people either; where the credit is asked for, it is one name.
    ministry = "Bundesministerium für Wirtschaft und Klimaschutz"
    assert clean_authors([ministry]) == []
    assert clean_authors([ministry], people=False) == [ministry]
    assert clean_authors(["Departement für Wirtschaft, Bildung und Forschung"]) == []
    assert clean_authors(["Jose de la Cruz"]) == ["Jose de la Cruz"]


def test_site_name_stripped_from_titles() -> None:
    keys = site_keys(["La Gazette du Nord"], "https://www.gazette-du-nord.example/x")
    assert strip_site("Le budget est voté | La Gazette du Nord", keys) == "Le budget est voté"
    assert strip_site("La Gazette du Nord : Le budget est voté", keys) == "Le budget est voté"
    assert strip_site("Covid - ce que l'on sait", keys) == "Covid - ce que l'on sait"


def _dated_page(lang: str, head: str, dateline: str) -> str:
    return (f'<html lang="{lang}"><head><title>Flood barrier opens</title>{head}</head><body>'
            f'<article><h1>Flood barrier opens</h1><p class="byline">By Ann Lee</p>'
            f'<p class="date">{dateline}</p><p>The new barrier opened on the river.</p>'
            f'</article></body></html>')


@pytest.mark.parametrize(("lang", "iso"), [("en-GB", "2020-10-02"), ("en-AU", "2020-10-02"),
                                           ("en-US", "2020-02-10"), ("en", "2020-02-10")])
def test_numeric_dateline_follows_the_region(lang: str, iso: str) -> None:
    assert read_metadata(parse_html(_dated_page(lang, "", "02/10/2020"))).date == iso


def test_visible_date_settles_disagreeing_structured_dates() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2023-11-03T10:25:56+01:00"}</script>'
            '<meta property="article:published_time" content="2023-11-06T14:25:00+01:00">')
    assert read_metadata(parse_html(_dated_page("en", head, "6 November 2023"))).date \
        == "2023-11-06T14:25:00+01:00"
    agreeing = head.replace("2023-11-06T14:25", "2023-11-03T10:25")
    assert read_metadata(parse_html(_dated_page("en", agreeing, "6 November 2023"))).date \
        == "2023-11-03T10:25:56+01:00"


def test_address_or_title_settles_disagreeing_structured_dates_without_a_dateline() -> None:
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2022-05-10"}</script>'
            '<meta property="article:published_time" content="2022-05-11T04:10:00-03:00">')
    page = f"<html><head>{head}<title>Port dispute - News - 11/05/2022 - Daily</title>" \
           "</head><body><h1>Port dispute</h1><p>The port stopped.</p></body></html>"
    assert read_metadata(parse_html(page)).date == "2022-05-11T04:10:00-03:00"
    # Without the title's date, the address's day decides.
    untitled = page.replace(" - 11/05/2022", "")
    assert read_metadata(parse_html(untitled), "https://x.example/2022/05/11/port/").date \
        == "2022-05-11T04:10:00-03:00"
    # Nothing seconds either: the JSON-LD date stands, as before.
    assert read_metadata(parse_html(untitled)).date == "2022-05-10"


def test_jsonld_article_body_is_the_longest_one_even_in_repaired_json() -> None:
    body = "Le conseil municipal a voté le budget mardi soir, après trois heures de débat. " * 4
    page = f"""<html><head>
<script type="application/ld+json">{{"@type": "WebPage", "text": "Une accroche courte.",}}
</script>
<script type="application/ld+json">{{"@graph": [{{"@type": "WebSite", "name": "Gazette"}},
 {{"@type": "NewsArticle", "headline": "Budget", "mainEntity": {{"@type": "CreativeWork",
   "articleBody": "{body}"}}}}]}}</script></head><body><p>x</p></body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.article_body == body
    # A teaser shorter than a paragraph is no hint at all.
    teaser = page.replace(body, "Le budget est voté.")
    assert read_metadata(parse_html(teaser)).article_body is None


def test_importing_pressclip_sets_no_htmldate_state() -> None:
    """htmldate is loaded by the date fallback's first call, not by importing the core."""
    import subprocess
    import sys

    probe = ("import logging, sys, pressclip, pressclip.core; "
             "print('htmldate' in sys.modules, logging.getLogger('htmldate').level)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "0"]


@pytest.mark.parametrize("line, name", [
    ("Texte : Marie Dupont", "Marie Dupont"),
    ("Текст: Иван Петров", "Иван Петров"),
    ("Publicado por: Ana Souza", "Ana Souza"),
    ("Von Max Muster", "Max Muster"),
    ("Por Juan Pérez", "Juan Pérez"),
    # Session 19: languages none of the shared sets' train pages writes a label in.
    ("Reportagem: Ana Souza", "Ana Souza"),
    ("Napsal: Jan Novák", "Jan Novák"),
    ("Napisao Ivan Horvat", "Ivan Horvat"),
    ("Piše: Ivan Horvat", "Ivan Horvat"),
    ("Kirjoittanut Matti Virtanen", "Matti Virtanen"),
    ("Írta: Nagy Péter", "Nagy Péter"),
    ("Szöveg: Nagy Péter", "Nagy Péter"),
    ("Muhabir: Ayşe Yılmaz", "Ayşe Yılmaz"),
    ("Κείμενο: Γιώργος Παπαδόπουλος", "Γιώργος Παπαδόπουλος"),
    ("Scritto da Mario Rossi", "Mario Rossi"),
    ("Tác giả: Trần Minh Khoa", "Trần Minh Khoa"),
    ("Viết bởi Trần Minh Khoa", "Trần Minh Khoa"),
    ("Words by Jane Doe", "Jane Doe"),
    # A script whose vowel signs are marks, no letters: the label is the whole first word.
    ("लेखक: राहुल शर्मा", "राहुल शर्मा"),
    ("เขียนโดย สมชาย ใจดี", "สมชาย ใจดี"),
])
def test_byline_labels_in_many_languages(line: str, name: str) -> None:
    page = f"<html><body><h1>Headline of the day</h1><p>{line}</p><p>Text.</p></body></html>"
    assert read_metadata(parse_html(page)).authors == [name]


def test_a_label_standing_alone_names_the_author_after_it() -> None:
    page = ("<html><body><h1>Headline of the day</h1><ul><li><strong>Autorin/Autor</strong>\n"
            "Roman Goncharenko</li></ul><p>Text.</p></body></html>")
    assert read_metadata(parse_html(page)).authors == ["Roman Goncharenko"]


def test_no_author_from_a_comment_form() -> None:
    page = ("<html><body><h1>Headline of the day</h1><p>The story.</p>"
            '<div class="comments-area"><form><span itemprop="author">Гость</span>'
            '<div class="byline">By Guest Reader</div></form></div></body></html>')
    assert read_metadata(parse_html(page)).authors == []


def test_no_author_from_a_readers_review_but_from_a_critics() -> None:
    review = ('<div itemscope itemtype="https://schema.org/Review">{}'
              '<span itemprop="author">Georg N.</span><p>Great hutch.</p></div>')
    shop = ("<html><body><h1>Rabbit hutch with run</h1><p>Wood, 120 cm.</p>"
            f"{review.format('')}</body></html>")
    assert read_metadata(parse_html(shop)).authors == []
    critic = f"<html><body>{review.format('<h1>A hutch to live in</h1>')}</body></html>"
    assert read_metadata(parse_html(critic)).authors == ["Georg N"]


def test_a_structured_author_the_address_names_gives_way_to_the_byline() -> None:
    page = ("<html><head><meta name='author' content='Die Furche'></head><body>"
            "<h1>Achtsam leben</h1><p class='byline'>Von Ursula Bartl</p><p>Text.</p>"
            "</body></html>")
    assert read_metadata(parse_html(page), "https://www.furche.at/a").authors == [
        "Ursula Bartl"]
    # A person named beside the site in one string is kept.
    beside = page.replace("content='Die Furche'", "content='Ursula Bartl, Die Furche'")
    # (A meta author the page never writes is none: the name stands in a note below.)
    beside = beside.replace("<p class='byline'>Von Ursula Bartl</p>", "").replace(
        "</body>", "<p>Ursula Bartl lehrt in Wien.</p></body>")
    assert read_metadata(parse_html(beside), "https://www.furche.at/a").authors == [
        "Ursula Bartl"]
    # Where nothing else signs, the site's name is the credit.
    alone = page.replace("<p class='byline'>Von Ursula Bartl</p>", "")
    assert read_metadata(parse_html(alone), "https://www.furche.at/a").authors == [
        "Die Furche"]
    # The address's label inside a word of a person's name is no match.
    written = alone.replace("Die Furche", "Lisa Furchenberg").replace(
        "</body>", "<p>Lisa Furchenberg lebt in Wien.</p></body>")
    assert read_metadata(parse_html(written), "https://www.furche.at/a").authors == [
        "Lisa Furchenberg"]


def test_a_pictures_creator_in_its_caption_is_no_author() -> None:
    page = ("<html><body><h1>Neon signs</h1><figure><img src='a.jpg'><figcaption>A cabaret "
            "<span itemprop='creator'>Ben Tessa/Reuters</span></figcaption></figure>"
            "<p>The story.</p><p>By <span itemprop='author'>Sarah Archer</span></p>"
            "</body></html>")
    assert read_metadata(parse_html(page)).authors == ["Sarah Archer"]


def test_a_wire_named_as_author_is_an_agency() -> None:
    page = ('<html><head><meta name="author" content="Jane Doe, AFP"></head>'
            "<body><h1>Headline</h1><footer>Jane Doe</footer></body></html>")
    meta = read_metadata(parse_html(page))
    assert (meta.authors, meta.agencies) == (["Jane Doe"], ["AFP"])


def test_job_title_after_a_name_is_cut() -> None:
    assert clean_authors(["신현주 기자", "Christoph Hahn Chefredakteur"]) == [
        "신현주", "Christoph Hahn"]
    # A Korean name is one word: a word before it is the town the writer filed from.
    assert clean_authors(["광주 홍길동 기자"], visible=True) == ["홍길동"]
    # The towns may be a list: all before the name are towns, "A, B X 기자".
    page = ('<html><body><h1>시의회 예산안 통과</h1><div class="writer"><span class="name">'
            "목포, 여수 <strong>홍길동</strong> 기자 gildong@example.kr</span></div>"
            "<p>시의회는 화요일 저녁 내년도 예산안을 표결에 부쳤다.</p></body></html>")
    assert read_metadata(parse_html(page)).authors == ["홍길동"]
    # Two writers sharing one job title stay two.
    assert clean_authors(["김철수, 이영희 기자"], visible=True) == ["김철수", "이영희"]
    # A Japanese name may be set in two words: both stay.
    assert clean_authors(["山田 太郎 記者"], visible=True) == ["山田 太郎"]
    assert clean_authors(["Deutsche Welle (www.dw.com)"]) == []


@pytest.mark.parametrize("title, site, url, headline", [
    ("中国经济稳中向好_光明网", "光明网", "https://news.gmw.cn/a", "中国经济稳中向好"),
    ("Big story - Entermedia", None, "https://www.entermedia.co.kr/news/1", "Big story"),
    ("장동혁 한동훈 제명ㅣ한국일보", "한국일보", None, "장동혁 한동훈 제명"),
    ("Budget vote｜Northern Gazette", "Northern Gazette", None, "Budget vote"),
    # The full-width colon, with no space after it: Japanese and Chinese titles' colon.
    ("港の新しい灯台が完成：湖畔新報デジタル", "湖畔新報デジタル", None, "港の新しい灯台が完成"),
    ("湖畔新報：港の新しい灯台が完成", "湖畔新報", None, "港の新しい灯台が完成"),
    # A kicker before the same colon is the headline's.
    ("速報：港の新しい灯台が完成：湖畔新報", "湖畔新報", None, "速報：港の新しい灯台が完成"),
    # Two hyphens typed for a dash.
    ("Harbour crane topples in the storm -- Lakeside Courier", "Lakeside Courier", None,
     "Harbour crane topples in the storm"),
    ("lakeside-courier.net -- Harbour crane topples in the storm", None, None,
     "Harbour crane topples in the storm"),
    # A headline's own dash stays where no site's name follows it.
    ("Seven bike repairs worth learning -- and one to skip", "Lakeside Courier", None,
     "Seven bike repairs worth learning -- and one to skip"),
])
def test_site_name_cut_whatever_the_separator(title: str, site: str | None, url: str | None,
                                               headline: str) -> None:
    assert strip_site(title, site_keys([site], url)) == headline


@pytest.mark.parametrize("title, headline", [
    # No site name known: the short part after a bar or an underscore is the site's or the
    # section's, in any script; after a dash it may be the headline's end.
    ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"),
    ("장동혁, 한동훈 제명했지만 부담 커졌다-정치ㅣ한국일보",
     "장동혁, 한동훈 제명했지만 부담 커졌다"),
    ("Was ist Content Marketing? | Beispielblog", "Was ist Content Marketing?"),
    ("Kein App Store über Mobile Daten mit iOS 13 | iPhone | Forum",
     "Kein App Store über Mobile Daten mit iOS 13"),
    ("To brødre sykler over fjellet – Herlig",
     "To brødre sykler over fjellet – Herlig"),
    ("Change Line Width of a Chart in R | Axis Labels, Grid Lines & Legend",
     "Change Line Width of a Chart in R | Axis Labels, Grid Lines & Legend"),
])
def test_short_section_parts_cut_after_bars(title: str, headline: str) -> None:
    assert strip_site(title, set()) == headline


@pytest.mark.parametrize("title, headline", [
    # A part that is a host name is a site's, whatever the page's address (here none).
    ("Choir album tops holiday chart - Example.com", "Choir album tops holiday chart"),
    ("wxyz.com - Police: Ferry Captain Admits Speeding",
     "Police: Ferry Captain Admits Speeding"),
    ("Wann blüht der Flieder? - www.gartenblog.de", "Wann blüht der Flieder?"),
    # A dot inside a word that is no host's: "St.Pauli", a version number.
    ("Derby am Millerntor - St.Pauli", "Derby am Millerntor - St.Pauli"),
    ("Patch notes - Build 4.47.4", "Patch notes - Build 4.47.4"),
])
def test_a_part_that_is_a_host_name_is_cut(title: str, headline: str) -> None:
    assert strip_site(title, set()) == headline


@pytest.mark.parametrize("title, headline", [
    # Two short parts or more after the same dash: a section's path and the site's name.
    ("Bridge Reopens Early - News - Springfield", "Bridge Reopens Early"),
    ("Coach quits after cup exit - World - Sport - Daily Example", "Coach quits after cup exit"),
    # One short part after a dash may end the headline, and a colon joins its own parts.
    ("Die Ministerin: Neuer Posten in Genf – folgt schon bald der Nächste?",
     "Die Ministerin: Neuer Posten in Genf – folgt schon bald der Nächste?"),
    ("To brødre sykler over fjellet – Herlig",
     "To brødre sykler over fjellet – Herlig"),
    ("Report: Budget: Vote: Tuesday", "Report: Budget: Vote: Tuesday"),
    # Parts no shorter than the words before them are the headline's.
    ("Rates rise - Banks react - Markets fall", "Rates rise - Banks react - Markets fall"),
])
def test_a_path_of_short_parts_after_the_headline_is_cut(title: str, headline: str) -> None:
    assert strip_site(title, set()) == headline


def test_an_h1_that_links_home_is_the_sites_name() -> None:
    # The logo's h1 repeats the site's name that the <title> ends with; no key names it.
    page = """<html><head><title>Linsensuppe mit Speck und Brot | Gut essen in jeder Jahreszeit
    </title></head><body><h1><a href="http://www.kochen.example/" rel="home">Gut essen in
    jeder Jahreszeit</a></h1><p>Das Rezept.</p></body></html>"""
    meta = read_metadata(parse_html(page), "http://www.kochen.example/rezepte/leber.htm")
    assert meta.title == "Linsensuppe mit Speck und Brot"
    # An h1 that links to the article itself is the headline, by its path or its query.
    for href in ("/rezepte/leber.htm", "http://www.kochen.example/?p=959"):
        linked = page.replace('href="http://www.kochen.example/" rel="home"', f'href="{href}"')
        meta = read_metadata(parse_html(linked), "http://www.kochen.example/rezepte/leber.htm")
        assert meta.title == "Gut essen in jeder Jahreszeit"


@pytest.mark.parametrize("title, headline", [
    # Guillemets quote in French, Italian, German, Russian ...: a closing one, or one with a
    # space on one side only, is no separator; one with spaces on both sides is.
    ("Le maire : « Nous reconstruirons » | La Gazette du Nord",
     "Le maire : « Nous reconstruirons »"),
    ("Il Nyt: «Su Cecilia Sala ha premuto aggressivamente»",
     "Il Nyt: «Su Cecilia Sala ha premuto aggressivamente»"),
    ("»Abzocke wird als Klimaschutz verkauft«", "»Abzocke wird als Klimaschutz verkauft«"),
    ("La Gazette du Nord » Le budget est voté", "Le budget est voté"),
])
def test_guillemets_are_quotes_not_separators(title: str, headline: str) -> None:
    assert strip_site(title, site_keys(["La Gazette du Nord"], None)) == headline


def test_bounded_text_counts_words_not_indentation() -> None:
    # A pretty-printed teaser: its indentation alone passes the limit before its words do.
    indent = "\n" + " " * 200
    box = parse_html(f"<div><a>{indent}<h2>{indent}Other story{indent}</h2>{indent}"
                     f"<p>{indent}Its summary{indent}</p></a></div>")
    assert element_text(box.find(".//a"), 120) == "Other story Its summary"


def test_publisher_is_the_name_the_site_is_known_by_not_a_hosting_word() -> None:
    page = ('<html><head><title>Budget vote | Northern Gazette</title>'
            '<meta name="application-name" content="Hosted">'
            '<meta name="publisher" content="Northern Gazette"></head>'
            "<body><h1>Budget vote</h1></body></html>")
    meta = read_metadata(parse_html(page), "https://northern-gazette.example/budget")
    assert meta.publisher == "Northern Gazette"
    assert meta.title == "Budget vote"
    # Neither the address nor the title confirms the site name given: the title's is the one.
    hosted = page.replace('name="publisher" content="Northern Gazette"',
                          'property="og:site_name" content="Hosted"').replace(
                              "Budget vote", "Budget vote passes after a long night")
    meta = read_metadata(parse_html(hosted), "https://cdn.example/budget")
    assert meta.publisher == "Northern Gazette"


def test_publisher_written_as_the_title_writes_it_not_as_a_handle() -> None:
    page = ('<html><head><title>Budget vote | Northern Gazette</title>'
            '<meta property="og:site_name" content="northerngazette">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Budget vote", "publisher": {"@type": "Organization", "name": "Northern Gazette"}}'
            '</script></head><body><h1>Budget vote</h1></body></html>')
    meta = read_metadata(parse_html(page), "https://northerngazette.example/budget")
    assert meta.publisher == "Northern Gazette"
    # No form of the name in the title: the first name given stays.
    untitled = page.replace("Budget vote | Northern Gazette", "Budget vote")
    assert read_metadata(parse_html(untitled),
                         "https://northerngazette.example/budget").publisher == "northerngazette"


def test_a_visible_update_time_does_not_move_the_utc_publication_day() -> None:
    """17:29 UTC is still the 29th where the page shows its update time (+02:00, the 30th)."""
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Match report", "datePublished": "2025-06-29T17:29:54Z"}</script>'
            '</head><body><h1>Match report</h1>'
            '<time datetime="2025-06-30T11:46:00+02:00">30.06.2025</time></body></html>')
    assert read_metadata(parse_html(page)).date.startswith("2025-06-29")


def test_a_utc_time_after_local_midnight_takes_the_visible_day() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Night vote", "datePublished": "2025-06-29T23:10:00Z"}</script>'
            '</head><body><h1>Night vote</h1>'
            '<time datetime="2025-06-30T01:10:00+02:00">30.06.2025</time></body></html>')
    assert read_metadata(parse_html(page)).date.startswith("2025-06-30")


def test_a_date_after_a_label_standing_alone() -> None:
    page = ("<html><body><h1>Headline of the day</h1><ul><li><strong>Datum</strong>\n"
            "28.04.2023</li></ul><p>Text.</p></body></html>")
    assert read_metadata(parse_html(page)).date == "2023-04-28"


def test_where_no_person_signs_the_structured_credit_is_the_author() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Flood warning", "author": {"@type": "NewsMediaOrganization", '
            '"name": "Northern Gazette"}}</script></head><body><h1>Flood warning</h1>'
            "<p>Rivers rose.</p></body></html>")
    assert read_metadata(parse_html(page)).authors == ["Northern Gazette"]
    agency = page.replace("Northern Gazette", "Built by Webworks GmbH")
    assert read_metadata(parse_html(agency)).authors == []


@pytest.mark.parametrize("text", ["2024年10月16日 12:00", "2024년 10월 16일",
                                  "입력 2024. 10. 16. 오후"])
def test_year_month_day_dates_of_chinese_japanese_and_korean(text: str) -> None:
    assert parse_text_date(text) == "2024-10-16"


def test_a_form_around_the_whole_page_hides_no_byline() -> None:
    page = ('<html><body><form id="aspnetForm" action="/news/story.aspx">'
            "<h1>Headline of the day</h1><p>By Jane Doe</p><p>The story.</p></form>"
            "</body></html>")
    assert read_metadata(parse_html(page)).authors == ["Jane Doe"]


@pytest.mark.parametrize("text", ["5 Temmuz 2025", "5. heinäkuuta 2025", "5. července 2025",
                                  "5 липня 2025", "5 juli 2025", "5 de juliol de 2025",
                                  "Jul 5, 2025", "5 d’jul. 2025"])
def test_month_names_of_many_languages(text: str) -> None:
    """Month names come from CLDR for 37 languages (metadata/month_names.py)."""
    assert parse_text_date(text) == "2025-07-05"


def test_month_spellings_cldr_lacks() -> None:
    assert parse_text_date("5 Jänner 2025") == "2025-01-05"
    assert parse_text_date("5 aout 2025") == "2025-08-05"


def test_a_word_that_is_no_month_does_not_hide_the_date_after_it() -> None:
    assert parse_text_date("Seite 2 von 2024 Seiten, 12. März 2024") == "2024-03-12"


def test_a_byline_element_without_a_name_gives_way_to_the_next() -> None:
    page = ('<html><body><div class="byline-box"><span>12.03.2024</span></div>'
            "<h1>Headline of the day</h1>"
            '<span class="byline">By <a href="/writers/emily">Emily Burton</a></span>'
            "<p>The story.</p></body></html>")
    assert read_metadata(parse_html(page)).authors == ["Emily Burton"]


@pytest.mark.parametrize("raw, names", [
    ("VON MORITZ HALLBERG am 14. März 2021", ["Moritz Hallberg"]),
    ("By Nathan Willis\n  March 25, 2015", ["Nathan Willis"]),
    ("Jane Doe 2 hours ago", ["Jane Doe"]),
])
def test_the_date_after_a_byline_is_cut(raw: str, names: list[str]) -> None:
    assert clean_authors([raw]) == names


def test_date_a_title_gives_as_its_own_part() -> None:
    page = ("<html><head><title>Ukraine: goals and risks | Europe | DW | 28.04.2023</title>"
            "</head><body><h1>Ukraine: goals and risks</h1><figure><figcaption>Tanks near the "
            "front, 24. April 2023</figcaption></figure></body></html>")
    meta = read_metadata(parse_html(page))
    assert meta.date == "2023-04-28"
    assert meta.title == "Ukraine: goals and risks"


def test_a_day_taken_from_a_utc_timestamp_gives_way_to_the_local_day() -> None:
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Vote delayed", "datePublished": "2022-05-04"}</script>'
            '<meta property="article:published_time" content="2022-05-04T00:53:29Z">'
            '</head><body><h1>Vote delayed</h1><span class="date">3 de mayo de 2022</span>'
            '</body></html>')
    assert read_metadata(parse_html(page)).date == "2022-05-03"


def test_the_address_day_keeps_a_utc_timestamp_of_that_day() -> None:
    # The visible date is a day later (an update, or another time zone): the address says
    # which day the timestamp's is.
    page = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Peace prize", "datePublished": "2022-05-03T20:51:06Z"}</script>'
            '</head><body><h1>Peace prize</h1><span class="date">4 May 2022</span>'
            '</body></html>')
    url = "https://news.example/world/2022/05/03/peace-prize/"
    assert read_metadata(parse_html(page), url).date.startswith("2022-05-03")
    assert read_metadata(parse_html(page)).date == "2022-05-04"


def test_publisher_is_one_part_of_the_titles_site_parts() -> None:
    def publisher(title: str, url: str) -> str | None:
        page = (f"<html><head><title>{title}</title><meta property='og:site_name' "
                "content='Hosted'><meta property='og:title' content='Budget vote'></head>"
                "<body><h1>Budget vote</h1></body></html>")
        return read_metadata(parse_html(page), url).publisher

    # The section beside the site's name is not the site's.
    assert publisher("Budget vote | Politics | Northern Gazette",
                     "https://cdn.example/a") == "Northern Gazette"
    assert publisher("Northern Gazette: Politics: Budget vote",
                     "https://cdn.example/a") == "Northern Gazette"
    # The site's slogan after its name: the part the address confirms.
    assert publisher("Budget vote - Northern Gazette - News from the north since 1901",
                     "https://northern-gazette.example/a") == "Northern Gazette"
    # Breadcrumb marks leave nothing at the part's edge.
    assert publisher("Northern Gazette > Politics > Budget vote",
                     "https://cdn.example/a") == "Northern Gazette"
    assert publisher("Budget vote ~ Northern Gazette",
                     "https://cdn.example/a") == "Northern Gazette"


def test_a_section_before_the_sites_name_is_cut_from_the_title() -> None:
    def title(page_title: str) -> str | None:
        page = f"<html><head><title>{page_title}</title></head><body></body></html>"
        return read_metadata(parse_html(page), "https://www.gazette.example/a").title

    assert title("Budget vote passes - Politik - Gazette") == "Budget vote passes"
    # After the site's name that opens the title too.
    assert title("Gazette » Blog Archive » Budget vote passes") == "Budget vote passes"
    assert title("Gazette - Politik - Budget vote passes") == "Budget vote passes"
    assert title("Gazette: Covid-19 - Budget vote passes") == "Covid-19 - Budget vote passes"
    assert title("Budget vote passes : Politique : Gazette") == "Budget vote passes"
    # A headline's own end after a dash is no section: it is not capitalised, or longer.
    assert title("Budget vote passes - and the mayor resigns - Gazette") == (
        "Budget vote passes - and the mayor resigns")


@pytest.mark.parametrize("name", ["anónimo", "Anonyme", "Anonymous", "Super User", "Аноним"])
def test_anonymous_and_a_cms_default_account_are_no_author(name: str) -> None:
    page = (f'<html><head><meta name="author" content="{name}"></head><body><h1>Port dispute'
            "</h1><p>The port stopped on Tuesday.</p></body></html>")
    assert read_metadata(parse_html(page)).authors == []
    named = page.replace(name, "Camila Ortiz").replace(
        "</body>", "<footer>Camila Ortiz</footer></body>")
    assert read_metadata(parse_html(named)).authors == ["Camila Ortiz"]


def _lead_dated_page(lead: str) -> str:
    return ('<html lang="de"><head><title>Arbeitsmarkt</title></head><body><h1>Arbeitsmarkt'
            '</h1><p>Von Claudia Lindner</p>'
            f'<p>{lead} Der Arbeitsmarkt ist gut in das neue Jahr gestartet, sagte die Chefin '
            'der Behörde am Dienstag in Nürnberg.</p></body></html>')


@pytest.mark.parametrize(("lead", "iso"), [
    ("27.1.2022 - Bei der Eröffnung", "2022-01-27"),
    ("01.02.2022 „Zitat“:", "2022-02-01"),
    ("BERLIN, 5. Juli 2025 – Der Rat", "2025-07-05"),
    # A date inside the lead's sentence is no dateline of the article.
    ("Bis einschließlich 9. November 2021 registrierte die Polizei -", None),
])
def test_a_dateline_that_opens_the_lead(lead: str, iso: str | None) -> None:
    assert read_metadata(parse_html(_lead_dated_page(lead))).date == iso


def test_a_visible_day_no_time_zone_reaches_does_not_move_a_utc_timestamp() -> None:
    """23:12 UTC on the 28th is the 28th or the 29th somewhere, never the 27th: a visible
    27th is another event (a teaser's date, an earlier version), not the local day."""
    page = ('<html><head><meta property="article:published_time" '
            'content="2020-09-28T23:12:35+00:00"></head><body><h1>Stadium seats</h1>'
            '<span class="date">27.09.2020</span><p>Text.</p></body></html>')
    assert read_metadata(parse_html(page)).date.startswith("2020-09-28")
    # Two hours earlier in the day the 27th is reachable (UTC-10:00 and further west).
    early = page.replace("2020-09-28T23:12:35", "2020-09-28T02:12:35")
    assert read_metadata(parse_html(early)).date == "2020-09-27"


def test_a_time_element_s_visible_date_wins_over_its_own_attribute() -> None:
    """The reader sees the element's text; a datetime attribute that names another day is
    the time the page was indexed or edited."""
    page = ('<html><body><h1>Crowd control</h1><div class="time">'
            '<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time></div>'
            '<p>Texte.</p></body></html>')
    assert read_metadata(parse_html(page)).date == "2019-06-29"
    same_day = page.replace("2019-07-03T10:18:46Z", "2019-06-29T10:18:46Z")
    assert read_metadata(parse_html(same_day)).date.startswith("2019-06-29T10:18")


def test_a_date_in_a_list_of_other_pages_is_not_the_page_s() -> None:
    """The sidebar's entries carry their own pages' days under a date class; the article's
    dateline comes after them."""
    page = ("<html><body><ul class='recent'>"
            "<li><a href='/other-story'>Harbour reopens</a> <span class='post-date'>09/09/2019"
            "</span></li></ul><h1>Court rules on the river case</h1>"
            "<div class='meta'><span class='post-date'>27/09/2016</span></div>"
            "<p>Text of the article.</p></body></html>")
    assert read_metadata(parse_html(page)).date == "2016-09-27"
    # A list item without a link is the page's own (a byline's parts laid out as a list).
    own = page.replace("<a href='/other-story'>Harbour reopens</a>", "Harbour desk")
    assert read_metadata(parse_html(own)).date == "2019-09-09"


def test_the_loose_date_nearest_the_headline_is_the_page_s() -> None:
    """A list of other pages' days before the headline is further from it than the day
    printed right under it."""
    listing = "".join(f"<div><b>Item {i}</b><p>Filed</p><span>{day}.01.2022</span></div>"
                      for i, day in enumerate((28, 29, 30)))
    page = (f"<html><body><div class='more'>{listing}</div><p>Courts</p><p>Home / News</p>"
            "<h1>Court hears the appeal</h1><span>02.02.2022</span><p>The court heard the "
            "appeal on Wednesday and "
            "will rule next month, the presiding judge said.</p></body></html>")
    assert read_metadata(parse_html(page)).date == "2022-02-02"


def test_a_bare_meta_date_after_the_byline_s_day_is_the_last_edit() -> None:
    """meta name="date" does not say which date it is: where the byline shows an earlier day
    within a month, the meta is the edit and the byline's day the publication."""
    page = ('<html><head><meta name="date" content="2021-03-12T09:30:00"></head><body>'
            '<h1>Harbour works begin</h1><span class="date">05.03.2021</span>'
            '<p>Text.</p></body></html>')
    assert read_metadata(parse_html(page)).date == "2021-03-05"
    # A key that names the publication keeps its day; so does a bare one the byline shows
    # later (another event) or much earlier (an archive's date, a republication).
    named = page.replace('name="date"', 'property="article:published_time"')
    assert read_metadata(parse_html(named)).date.startswith("2021-03-12")
    later = page.replace("05.03.2021", "19.03.2021")
    assert read_metadata(parse_html(later)).date.startswith("2021-03-12")
    far = page.replace("05.03.2021", "05.12.2020")
    assert read_metadata(parse_html(far)).date.startswith("2021-03-12")


def test_a_bare_meta_date_read_the_other_way_round_by_the_byline() -> None:
    """"11/01/2023" is the 11th of January or the 1st of November: the byline says which."""
    page = ('<html><head><meta name="date" content="11/01/2023 12:43:42"></head><body>'
            '<h1>Water quality report</h1><span class="date">1. November 2023</span>'
            '<p>Text.</p></body></html>')
    assert read_metadata(parse_html(page)).date == "2023-11-01"
    assert read_metadata(parse_html(page.replace("1. November", "11. Januar"))
                         ).date == "2023-01-11"
