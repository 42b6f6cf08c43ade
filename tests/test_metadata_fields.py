"""The metadata fields of issue 16: date_modified, tags, section, free access and comments,
read from small pages written for these tests, one source at a time."""

from __future__ import annotations

import pressclip
from pressclip.metadata import read_metadata
from pressclip.metadata.comments import MAX_COMMENT_CHARS, MAX_COMMENTS
from pressclip.metadata.tags import MAX_TAGS, clean_tags
from pressclip.parse.html import parse_html
from pressclip.record import Comment

ARTICLE = ("<p>The council met on Tuesday evening to vote on the budget for next year, after "
           "weeks of debate between the majority and the opposition about the new tram line.</p>"
           "<p>The vote passed by a narrow margin. The mayor said the city would start work on "
           "the tram line in the spring, and that fares would not rise before it opens.</p>"
           "<p>The opposition said it would ask the regional court to review the decision, "
           "since the cost of the line had doubled since the first plans were shown.</p>")

JSONLD_PAGE = """<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget passes",
 "datePublished": "2025-07-05T18:30:00+02:00", "dateModified": "2025-07-06T09:00:00+02:00",
 "keywords": "Budget, Tram ,budget, city council", "articleSection": ["Politics", "City"],
 "isAccessibleForFree": "False",
 "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": false,
             "cssSelector": ".paywalled"},
 "comment": [{"@type": "Comment", "text": "Finally a tram.",
              "author": {"@type": "Person", "name": "Ana"},
              "dateCreated": "2025-07-06T10:00:00+02:00"},
             {"@type": "Comment", "text": "Too expensive."}]}
</script></head><body><h1>Budget passes</h1></body></html>"""


def test_jsonld_fields() -> None:
    meta = read_metadata(parse_html(JSONLD_PAGE))
    assert meta.date == "2025-07-05T18:30:00+02:00"
    assert meta.date_modified == "2025-07-06T09:00:00+02:00"
    assert meta.tags == ["Budget", "Tram", "city council"]
    assert meta.section == "Politics"
    assert meta.is_accessible_for_free is False
    assert meta.comments == [Comment("Finally a tram.", "Ana", "2025-07-06T10:00:00+02:00"),
                             Comment("Too expensive.")]


def test_paywalled_part_makes_the_page_not_free() -> None:
    page = JSONLD_PAGE.replace('"isAccessibleForFree": "False",', '"isAccessibleForFree": true,')
    assert read_metadata(parse_html(page)).is_accessible_for_free is False
    free = page.replace('"isAccessibleForFree": false', '"isAccessibleForFree": "True"')
    assert read_metadata(parse_html(free)).is_accessible_for_free is True


def test_silent_page_has_no_new_fields() -> None:
    meta = read_metadata(parse_html(f"<html><body><h1>Budget passes</h1>{ARTICLE}</body></html>"))
    assert meta.date_modified is None and meta.section is None
    assert meta.tags == [] and meta.comments == []
    assert meta.is_accessible_for_free is None


def test_meta_tag_fields() -> None:
    page = """<html><head>
    <meta property="article:published_time" content="2025-07-05T10:00:00Z">
    <meta property="article:modified_time" content="2025-07-07T23:30:00-04:00">
    <meta property="article:section" content="Sport">
    <meta property="article:tag" content="Football"><meta property="article:tag" content="Cup">
    <meta name="keywords" content="site, wide, words">
    <meta property="article:content_tier" content="locked">
    </head><body><h1>Cup final</h1></body></html>"""
    meta = read_metadata(parse_html(page))
    # The offset keeps the page's local day: the 7th, though it is the 8th in UTC.
    assert meta.date_modified == "2025-07-07T23:30:00-04:00"
    assert meta.section == "Sport"
    assert meta.tags == ["Football", "Cup"]  # the article's own tags, not the site's keywords
    assert meta.is_accessible_for_free is False


def test_news_keywords_and_og_updated_time() -> None:
    page = """<html><head><meta property="og:updated_time" content="2025-03-01">
    <meta name="news_keywords" content="Wahl; Bundestag；選挙、Wahl">
    <meta property="article:content_tier" content="metered"></head><body></body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.date_modified == "2025-03-01"
    assert meta.tags == ["Wahl", "Bundestag", "選挙"]
    assert meta.is_accessible_for_free is None  # metered: free for some readers only


def test_microdata_fields_and_comments() -> None:
    page = """<html><body><article itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">Der Haushalt ist beschlossen</h1>
    <meta itemprop="dateModified" content="2025-02-03T08:00:00+01:00">
    <meta itemprop="articleSection" content="Politik">
    <meta itemprop="keywords" content="Haushalt, Stadtrat">
    <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
      <span itemprop="author" itemscope itemtype="https://schema.org/Person">
        <span itemprop="name">Gast</span></span>
      <meta itemprop="dateCreated" content="2025-02-03T09:00:00+01:00">
      <p itemprop="text">Endlich.</p></div>
    </article></body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.date_modified == "2025-02-03T08:00:00+01:00"
    assert meta.section == "Politik"
    assert meta.tags == ["Haushalt", "Stadtrat"]
    assert meta.comments == [Comment("Endlich.", "Gast", "2025-02-03T09:00:00+01:00")]
    assert meta.authors == []  # the commenter is never the article's author


def test_visible_update_time() -> None:
    page = """<html><body><h1>Storm hits the coast</h1>
    <p>Published <time datetime="2025-01-10T08:00:00+01:00">10 January</time></p>
    <p>Aktualisiert: <time datetime="2025-01-11T12:00:00+01:00">11. Januar</time></p>
    </body></html>"""
    meta = read_metadata(parse_html(page))
    assert meta.date_modified == "2025-01-11T12:00:00+01:00"
    marked = page.replace("Aktualisiert: <time", '<time class="date-updated"')
    assert read_metadata(parse_html(marked)).date_modified == "2025-01-11T12:00:00+01:00"


COMMENTS_PAGE = f"""<html><head><title>Tram line approved</title></head><body>
<header><nav><a href="/">Home</a> <a href="/city">City</a></nav></header>
<main><article><h1>Tram line approved</h1><p class="byline">By Jane Doe</p>{ARTICLE}</article>
<section id="comments" class="comments-area"><h2>3 comments</h2>
<ol class="comment-list">
 <li class="comment" id="comment-1"><article class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard">
   <img class="avatar" src="a.png" alt=""><b class="fn">Maria Lopez</b> <span>says:</span></div>
   <div class="comment-metadata"><time datetime="2025-07-06T10:00:00+02:00">6 July</time></div>
  </footer>
  <div class="comment-content"><p>Commuters have waited twenty years for this line.</p></div>
  <div class="reply"><a href="#">Reply</a></div></article>
  <ol class="children"><li class="comment" id="comment-2"><article class="comment-body">
   <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Tom Berg</b>
   </div></footer>
   <div class="comment-content"><p>Twenty years and the fare still rises.</p></div>
  </article></li></ol></li>
 <li class="comment" id="comment-3"><article class="comment-body">
  <footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Guest</b></div>
  </footer><div class="comment-content"><p>Who pays for the depot?</p></div></article></li>
</ol>
<form id="commentform" class="comment-form"><p><label for="author">Name</label>
<input id="author" name="author"></p><p><textarea id="comment"></textarea></p></form>
</section></main><footer><p>All rights reserved.</p></footer></body></html>"""


def test_comment_list_is_read_and_never_in_the_text() -> None:
    meta = read_metadata(parse_html(COMMENTS_PAGE))
    assert meta.comments == [
        Comment("Commuters have waited twenty years for this line.", "Maria Lopez",
                "2025-07-06T10:00:00+02:00"),
        Comment("Twenty years and the fare still rises.", "Tom Berg"),
        Comment("Who pays for the depot?", "Guest"),
    ]
    assert meta.authors == ["Jane Doe"]
    text = pressclip.extract(COMMENTS_PAGE).text
    assert "mayor said the city" in text
    for comment in meta.comments:
        assert comment.text not in text


def test_page_frame_labelled_comments_is_no_comment_list() -> None:
    # A wrapper whose class mentions comments around the headline and the byline is the
    # page, not a thread: its author elements are the article's.
    page = f"""<html><body><div class="page has-comments"><h1>Two authors</h1>
    <p class="author">Jane Doe</p><p class="author">John Smith</p>{ARTICLE}</div>
    </body></html>"""
    assert read_metadata(parse_html(page)).comments == []


def test_clean_tags_caps_and_trims() -> None:
    assert clean_tags([" #Tram , tram;  Bus |"]) == ["Tram", "Bus"]
    assert len(clean_tags([",".join(f"tag{i}" for i in range(50))])) == MAX_TAGS
    assert clean_tags(["x" * 200]) == []


def test_comments_are_capped() -> None:
    thread = ", ".join(f'{{"@type": "Comment", "text": "{"word " * 600}{i}"}}' for i in range(80))
    page = f"""<html><head><script type="application/ld+json">{{"@type": "NewsArticle",
    "headline": "Budget passes", "comment": [{thread}]}}</script></head><body></body></html>"""
    comments = read_metadata(parse_html(page)).comments
    assert len(comments) == MAX_COMMENTS
    assert all(len(c.text) == MAX_COMMENT_CHARS for c in comments)
