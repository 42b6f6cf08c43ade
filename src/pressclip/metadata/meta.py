"""<meta> and <link> tags of the head: OpenGraph, article:*, Twitter cards, Dublin Core,
citation_*, Parse.ly, Sailthru and the plain name=author/date/description conventions.
"""

from __future__ import annotations

from lxml import etree

from .candidates import Candidates
from .dates import parse_machine_date
from .labels import LABEL_ONLY

UNQUALIFIED_DATE_KEY = "date"
# Keys are lower-cased meta name/property/itemprop values; first listed, first trusted.
TITLE_KEYS = ("og:title", "twitter:title", "citation_title", "dc.title", "parsely-title",
              "sailthru.title")
DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article:published",
    "datepublished", "parsely-pub-date", "sailthru.date", "citation_publication_date",
    "citation_date", "citation_online_date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "og:published_time",
    "published_time", "publish-date", "publish_date", "publishdate", "pubdate",
    "article.published", UNQUALIFIED_DATE_KEY, "sailthru.published_date",
    "originalpublicationdate", "cxenseparse:recs:publishtime", "article_date_original",
)
AUTHOR_KEYS = ("author", "article:author", "parsely-author", "sailthru.author",
               "citation_author", "dc.creator", "dcterms.creator", "byl", "og:article:author",
               "article.author", "cxenseparse:author", "dc:creator", "dcterms:creator",
               "og:author", "article:author_name", "shareaholic:article_author_name")
PUBLISHER_KEYS = ("og:site_name", "application-name", "dc.publisher", "dcterms.publisher",
                  "citation_publisher", "publisher", "citation_journal_title")
DESCRIPTION_KEYS = ("og:description", "description", "twitter:description", "dc.description")
IMAGE_KEYS = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image",
              "twitter:image:src", "thumbnailurl")
URL_KEYS = ("og:url", "twitter:url", "parsely-link")
LANGUAGE_KEYS = ("og:locale", "content-language", "language", "dc.language", "dcterms.language")
MODIFIED_KEYS = ("article:modified_time", "og:article:modified_time", "og:updated_time",
                 "article:modified", "datemodified", "dc.date.modified", "dcterms.modified",
                 "parsely-updated", "sailthru.lastmodified")
# One tag a meta (article:tag, repeated) or several in one (news_keywords, keywords); the
# first key that holds any is the page's own list. Site-wide SEO keywords come last.
TAG_KEYS = ("article:tag", "og:article:tag", "news_keywords", "parsely-tags", "sailthru.tags",
            "keywords")
# Twitter's card rows, label and value ("twitter:label1" "Written by", "twitter:data1" "Jane
# Doe"): SEO plugins of blogs and news sites write the author so, the label in the site's
# language ("Verfasst von", "Écrit par"); other rows give the reading time.
CARD_ROWS = tuple((f"twitter:label{i}", f"twitter:data{i}") for i in range(1, 5))
SECTION_KEYS = ("article:section", "og:article:section", "parsely-section", "articlesection")
# OpenGraph's article:content_tier: "free", "locked" (paywalled) or "metered" (free up to a
# monthly count: neither answer holds for every reader, so it says nothing).
CONTENT_TIER_KEYS = ("article:content_tier", "og:article:content_tier")
_TIERS = {"free": True, "locked": False}
_WANTED = frozenset(TITLE_KEYS + DATE_KEYS + AUTHOR_KEYS + PUBLISHER_KEYS + DESCRIPTION_KEYS
                    + IMAGE_KEYS + URL_KEYS + LANGUAGE_KEYS + MODIFIED_KEYS + TAG_KEYS
                    + SECTION_KEYS + CONTENT_TIER_KEYS + ("isaccessibleforfree",)
                    + tuple(key for row in CARD_ROWS for key in row))
_LINK_RELS = frozenset(("canonical", "image_src", "author"))


def _first(values: dict[str, list[str]], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        for value in values.get(key, ()):
            if value:
                return value
    return None


def _first_date(values: dict[str, list[str]], keys: tuple[str, ...]
                ) -> tuple[str | None, str | None]:
    """The first date the keys give, and its key."""
    for key in keys:
        for value in values.get(key, ()):
            day = parse_machine_date(value)
            if day:
                return day, key
    return None, None


_KEY_ATTRIBUTES = ("property", "name", "itemprop", "http-equiv")


def _python_tags(tree: etree._Element) -> tuple[list[tuple], list[tuple]]:
    """(content, property, name, itemprop, http-equiv) of every meta with a content, and
    (rel, href) of every link, in document order: the twin of the compiled reading
    (locate/_walk.pyx's page_tags, which makes no element object or attrib mapping), and
    the reading where the caller has none."""
    metas, links = [], []
    for element in tree.iter("meta", "link"):
        attrib = element.attrib
        if element.tag == "link":
            links.append((attrib.get("rel"), attrib.get("href")))
            continue
        content = attrib.get("content")
        if content is not None:
            metas.append((content, *(attrib.get(attr) for attr in _KEY_ATTRIBUTES)))
    return metas, links


def read_meta(tree: etree._Element, tags: tuple[list[tuple], list[tuple]] | None = None
              ) -> tuple[Candidates, dict[str, str]]:
    """Candidates from meta tags, and the link rels (canonical, image_src, author) found;
    `tags` is the tree's (metas, links) where the caller read them already."""
    values: dict[str, list[str]] = {}
    links: dict[str, str] = {}
    if tags is None:
        tags = _python_tags(tree)
    metas, link_tags = tags
    for rel_value, href in link_tags:
        rels = (rel_value or "").lower().split()
        href = (href or "").strip()
        for rel in rels:
            if rel in _LINK_RELS and href and rel not in links:
                links[rel] = href
    for content, *keys in metas:
        content = content.strip()
        for key in keys:
            if key:
                key = key.strip().lower()
                if key in _WANTED:
                    values.setdefault(key, []).append(content)
    found = Candidates(
        title=_first(values, TITLE_KEYS),
        publisher=_first(values, PUBLISHER_KEYS),
        url=_first(values, URL_KEYS),
        description=_first(values, DESCRIPTION_KEYS),
        image=_first(values, IMAGE_KEYS) or links.get("image_src"),
        language=_first(values, LANGUAGE_KEYS),
        site_name=_first(values, ("og:site_name", "application-name")),
    )
    found.date, date_key = _first_date(values, DATE_KEYS)
    found.date_unqualified = date_key == UNQUALIFIED_DATE_KEY
    found.date_modified, _ = _first_date(values, MODIFIED_KEYS)
    found.tags = next((tags for tags in ([v for v in values.get(key, ()) if v]
                                         for key in TAG_KEYS) if tags), [])
    found.section = _first(values, SECTION_KEYS)
    tier = (_first(values, CONTENT_TIER_KEYS) or "").casefold()
    free = (_first(values, ("isaccessibleforfree",)) or "").casefold()
    found.free = _TIERS.get(tier, {"true": True, "false": False}.get(free))
    for key in AUTHOR_KEYS:
        authors = [v for v in values.get(key, ()) if v]
        if authors:
            found.authors = authors
            break
    else:
        found.authors = _card_author(values)
    return found, links


def _card_author(values: dict[str, list[str]]) -> list[str]:
    """The value of the Twitter card's row whose label is a byline's ("Written by")."""
    for label_key, data_key in CARD_ROWS:
        label, data = _first(values, (label_key,)), _first(values, (data_key,))
        if label and data and LABEL_ONLY.match(label):
            return [data]
    return []
