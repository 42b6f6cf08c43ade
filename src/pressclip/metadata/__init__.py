"""Page metadata: title, date, authors, publisher, canonical URL, description, image.

Each source has its reader (jsonld, meta, microdata, byline, the URL); read_metadata merges
them, per field, in the order of how often each source was right on the training pages of
../shared/data (bench/metadata_dev.py). It reads the tree and never modifies it.

Dates are our own reader, not htmldate, by measurement (`python -m bench.metadata_dev --dates
--split heldout --limit 200`, parse included, loaded 2-core machine): on htmldate.jsonl.gz
ours 0.853 at 11.7 ms/page for all fields, htmldate fast 0.868 at 7.0 ms for the date alone,
htmldate extensive 0.914 at 30 ms; on annotated trafilatura pages 0.851 / 0.838 / 0.896.
htmldate's fast mode is no better, and its extensive mode costs more than our whole metadata
budget; htmldate also needs lxml.html elements, which our parser does not build.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date as calendar_day
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..record import Comment
from .author_parts import wire_agencies, wire_credits
from .authors import clean_authors, in_page_script
from .beside_date import name_beside_date
from .byline import read_author_marks, read_byline, window_around
from .comments import MAX_COMMENT_CHARS, read_comments
from .dates import date_from_url, parse_text_date
from .jsonld import read_jsonld
from .jsonld import script_texts as python_ld_texts
from .kicker import cut_kicker, h1_parts
from .language import normalise_hint
from .lead_name import lead_name
from .marks import find_marks
from .meta import read_meta
from .microdata import read_microdata
from .name_words import is_desk, normal_name
from .shown_edit import local_midnight, republished
from .shown_names import shown, shown_beside_data
from .tags import clean_tags
from .text import element_text
from .titles import (
    MAX_TITLE_DATE_CHARS,
    SHORT_PART_WORDS,
    choose_title,
    site_keys,
    squash,
    strip_site,
    title_parts,
    title_texts,
    undated,
    word_count,
)
from .updated import visible_update
from .wire_line import wire_under_headline

__all__ = ["PageMetadata", "read_metadata"]

MAX_TITLE_CHARS = 300
# A site's name in its titles is a few words and no date ("DW – 13.06.2023" is not one).
MAX_SITE_NAME_WORDS = 5
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
# The first few h1 are the headline's candidates; later ones are teasers.
FIRST_H1S = 3
_H1 = etree.XPath(f"(//h1)[position() <= {FIRST_H1S}]")
# The later ones, sought only where no author was found near the first three: a page may set
# its menus, its search and its logo as h1 before the article's.
_LATER_H1 = etree.XPath(f"(//h1)[position() > {FIRST_H1S}]")
# On the descendant axis libxml2 stops at the first match; "(//title)[1]" walks the page.
_TITLE = etree.XPath("/descendant::title[1]")
# The JSON-LD's and the meta tags' places among the structured sources read_metadata tries
# in turn.
JSONLD_SOURCE, META_SOURCE = 0, 1
# English regions that write numeric dates month first; the rest (GB, AU, IE, IN, …) write the
# day first. An English page that names no region is most often American.
_MONTH_FIRST_REGIONS = frozenset({"us", "ca", "ph"})
_TAG_PARTS = re.compile(r"[-_]")
# Separator marks left at the edges of a title's site part.
_SITE_PART_EDGES = " |-–—:·•»«›>~/_－"
# Class, id or itemprop words of an h1 that is an article's headline ("entry-title",
# "ArticleHeadline", itemprop="headline").
_HEADLINE_NAME = re.compile("headline|title", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_ARTICLE_TAGS = frozenset(("article", "main"))
_WORD = re.compile(r"\w+")
# An http(s) address in ASCII with a host, that urljoin gives back unchanged whatever the
# base: none of the characters urlsplit removes or reads apart (tabs and line breaks, the
# brackets of an IPv6 host, a path's ";" parameters) and no empty query or fragment, which
# urlunsplit would drop ("…?#top", "…/page?"). A scheme in capitals is lowered by urlsplit.
_NOT_PLAIN = r"\t\n\r\[\];\x80-\U0010ffff"
_ALREADY_ABSOLUTE = re.compile(
    rf"(?!.*\?#)https?://[^/?#{_NOT_PLAIN}](?:[^{_NOT_PLAIN}]*[^?#{_NOT_PLAIN}])?")
# The file a server gives for a folder's address: "index.html", "default.aspx".
_INDEX_FILE = re.compile(r"(?:index|default|home)\.\w+", re.I)


@dataclass(frozen=True, slots=True)
class PageMetadata:
    title: str | None = None
    # The headline's line as the page shows it, a kicker or a subtitle its h1 sets apart
    # included (`title` has them cut): the line the body's opening repeats.
    headline: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
    language_hint: str | None = None
    site_name: str | None = None
    # News agencies the page names as its author ("AFP", "The Associated Press").
    agencies: list[str] = field(default_factory=list)
    article_body: str | None = None  # JSON-LD articleBody, a hint for the locator
    date_modified: str | None = None
    tags: list[str] = field(default_factory=list)  # keywords the page declares
    section: str | None = None
    # True or False where the page says so (JSON-LD isAccessibleForFree, paywall markers);
    # None where it is silent.
    is_accessible_for_free: bool | None = None
    comments: list[Comment] = field(default_factory=list)


def _first(*values: str | None) -> str | None:
    for value in values:
        if value and value.strip():
            return " ".join(value.split())
    return None


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link:
        return None
    link = link.strip()
    if _ALREADY_ABSOLUTE.fullmatch(link):
        # urljoin would give it back as it is, at the cost of parsing both addresses.
        return link
    if base:
        link = urljoin(base, link)
    scheme = urlsplit(link).scheme
    if scheme and scheme not in ("http", "https"):
        return None
    return link


def read_metadata(tree: etree._Element, url: str | None = None) -> PageMetadata:
    """What the page says about itself; `url` is where the page was fetched from."""
    if _page_tags is not None:
        # The three readers' tags, the h1 and the <time> elements in one compiled walk of
        # the page, not five (each walk costs 0.02-0.1 CPU ms of a modern page).
        metas, link_tags, ld_texts, itemprops, classes, all_h1s, times = _page_tags(tree)
        meta, links = read_meta(tree, (metas, link_tags))
        jsonld = read_jsonld(tree, ld_texts)
        marks = find_marks(tree, (itemprops, classes))
        h1_elements, later_h1s = all_h1s[:FIRST_H1S], all_h1s[FIRST_H1S:]
    else:
        meta, links = read_meta(tree)
        ld_texts = python_ld_texts(tree)
        jsonld = read_jsonld(tree, ld_texts)
        marks = find_marks(tree)
        h1_elements, later_h1s, times = _H1(tree), None, None
    micro = read_microdata(marks.itemprops)
    root_lang = tree.get("lang") or tree.get("xml:lang")
    language_tag = next((tag for tag in (root_lang, meta.language, jsonld.language)
                         if normalise_hint(tag)), None)
    language = normalise_hint(language_tag)

    canonical = _absolute(_first(links.get("canonical"), meta.url, jsonld.url), url)
    site_name = _first(meta.site_name, jsonld.site_name)
    title_element = _TITLE(tree)
    page_title = element_text(title_element[0], MAX_TITLE_CHARS) if title_element else None
    named = [n for n in (meta.site_name, jsonld.publisher, micro.publisher, jsonld.site_name,
                         meta.publisher) if n and n.strip()]
    h1_texts = [(h, element_text(h, MAX_TITLE_CHARS)) for h in h1_elements]
    h1s = [t for _, t in h1_texts if t]
    keys = site_keys([site_name, *named, *(t for h, t in h1_texts if t and _logo(h, t))],
                     canonical or url)
    # The page's one h1, where it is the article's, is the headline as the reader sees it
    # when no structured title confirms it (titles.choose_title asks only then): og:title
    # and JSON-LD word it anew for sharing. Against the <title> alone it must share a word
    # with it or run to five words or more (a placeholder h1, "Lorem", is no headline; a
    # template's <title>, "Free Preview", is none either).
    def sole() -> str | None:
        if len(h1_elements) != 1 or not h1s or not _article_h1(h1_elements[0]):
            return None
        structured_title = jsonld.title or meta.title or micro.title
        return h1s[0] if (structured_title or _shares_word(h1s[0], page_title)
                          or word_count(h1s[0]) > SHORT_PART_WORDS) else None

    candidates = [jsonld.title, meta.title, micro.title, page_title]
    # A page that sets its headline in bold or a table cell sets no h1 (old templates); the
    # search of the body's text nodes costs a modern page about 2% of its extraction.
    title, preferred = choose_title(h1s, candidates, keys, sole, _home(canonical or url),
                                    lambda: _shown_headings(tree),
                                    None if h1_elements else
                                    lambda text: _shown_whole(tree, text))
    from_title = (_publisher_from_title(page_title, title)
                  if page_title and title and title != page_title else [])
    publisher = _site_publisher(named, from_title, canonical or url, page_title)

    structured = [d for d in (jsonld.date, meta.date, micro.date) if d]
    disagree = len({d[:10] for d in structured}) > 1
    url_day = date_from_url(canonical) or date_from_url(url)
    # The title's date is read only where it may decide: no structured date and no day in
    # the address, or structured dates that disagree and no such day to second one.
    title_day = (_title_date([meta.title, page_title], _month_first(language_tag))
                 if not url_day and (not structured or disagree) else None)
    date = _first(*structured, url_day, title_day)
    if date and not _utc_time(date):
        # "2022-05-04" in JSON-LD and "2022-05-04T00:53:29Z" in a meta tag: the day was
        # taken from the UTC timestamp, which the local day may precede.
        date = next((d for d in structured if d[:10] == date[:10] and _utc_time(d)), date)
    # The site's own name is no author. A publisher can be a person (a blog's author), so only
    # the chosen publisher joins the site names here.
    excluded = {n for n in (publisher, site_name, jsonld.site_name) if n}
    raw_authors = next((a for a in (jsonld.authors, meta.authors, micro.authors) if a), [])
    agencies = wire_agencies(raw_authors)
    # A structured author the page's address names is the site's own name ("finanztreff.de",
    # "Die FURCHE" on furche.at): no person, so the visible byline is read for one.
    host = site_keys([], canonical or url)
    # The elements near a headline, found once for each reader that reads them (a later
    # headline's window is a walk in Python).
    windows: dict[etree._Element | None, list[etree._Element]] = {}

    def near(headline: etree._Element | None) -> list[etree._Element]:
        # No headline named: the first h1's window (the page's start where it has none).
        anchor = headline if headline is not None else next(iter(h1_elements), None)
        if anchor not in windows:
            windows[anchor] = window_around(tree, anchor)
        return windows[anchor]

    authors: list[str] = []
    meta_authors, ld_authors = meta.authors, jsonld.authors
    ld_organisations = jsonld.organisation_authors
    for source, raw in enumerate((ld_authors, meta_authors, micro.authors)):
        authors = clean_authors(raw, excluded, host=host)
        if authors and source == META_SOURCE and not shown(tree, authors):
            # A meta tag's author that the page never writes (in its text or its scripts)
            # is the site's owner, its web agency or a CMS account ("wordpressadmin"), not
            # the article's writer: the visible byline is read instead, and it is no credit.
            authors, meta_authors = [], []
        if (authors and source == JSONLD_SOURCE and in_page_script(authors, title)
                and not shown_beside_data(tree, authors, ld_texts,
                                           next(iter(h1_elements), None))):
            # So is a JSON-LD author that the page writes nowhere but in its JSON-LD: the
            # CMS account that posted the page (a press release's, a shop's, a blog's
            # "sv_team"), which no byline shows. A page that draws its byline with a script
            # holds the name in that script's data too. A name in another script than the
            # headline's is the writer's name at home, which the page's byline would spell
            # in its own letters: its absence says nothing. The organisation credited beside
            # the account is the data's too.
            authors, ld_authors, ld_organisations = [], [], []
        if authors:
            break
    if authors and ld_authors and ld_organisations:
        # The structured data credits an organisation beside its people ("author": [Person,
        # Organization]): the page names both, as modern pages' gold keeps them (fundus_dev).
        # A wire among them is an agency.
        agencies = agencies or wire_agencies(jsonld.organisation_authors)
        authors += [n for n in clean_authors(jsonld.organisation_authors, people=False)
                    if n not in authors]
    # A bare meta "date" may be the last edit's: the byline's day is read beside it.
    unqualified = not jsonld.date and meta.date_unqualified
    edited = _first(jsonld.date_modified, meta.date_modified, micro.date_modified)
    # A last edit on another day may be the day the page shows: the byline says (shown_edit).
    want_date = (not date or disagree or _utc_time(date) or unqualified
                 or bool(edited and date and edited[:10] != date[:10]))
    # Structured data that names one person may list only the first of a byline's writers
    # ("author": "X" where the page reads "By X and Y"): the byline is read for the others.
    cosigned = len(authors) == 1
    bylines: list[str] = []
    if want_date or not authors or cosigned:
        # The visible byline costs a walk near the headline: read only what is still needed.
        byline = read_byline(tree, month_first=_month_first(language_tag),
                             authors=not authors or cosigned, date=want_date,
                             window=near(None))
        if disagree:
            date = _seconded(structured, byline.date, url_day or title_day)
        if not date or (unqualified and _edited_after(date, byline.date)):
            date = byline.date
        elif url_day != date[:10]:
            # The day in the article's address is the local day the timestamp fell on.
            date = _local_day(date, byline.date)
        if date and republished(date, edited, byline.date):
            date = edited
        if cosigned:
            authors = _cosigners(authors, byline.authors, excluded, meta_authors, host)
        bylines = byline.authors if not authors else []
        if bylines:
            authors, agencies = _first_credit(bylines, excluded, agencies, host)
    headline = _later_headline(h1_elements, title)
    if headline is None and not authors and not agencies and len(h1_elements) == FIRST_H1S:
        headline = _later_headline(
            [*h1_elements, *(later_h1s if later_h1s is not None else _LATER_H1(tree))], title)
    if headline is None and not authors and not agencies:
        # No h1 holds the headline (the page sets it in an h2, its h1s are the logo's or a
        # donation box's): the byline stands near the h2 that does.
        # Sought only where no byline was found: a walk of the page's h2s.
        headline = _holding_title(h1_elements[0] if h1_elements else None, tree.iter("h2"),
                                  title)
    if not authors and not agencies and headline is not None:
        # The first h1 was a menu's or the site's ("Navigation", "Menu"): the byline stands
        # near the h1 that holds the headline.
        later = read_byline(tree, authors=True, date=False, headline=headline,
                            window=near(headline)).authors
        bylines = [*bylines, *later]
        if later:
            authors, agencies = _first_credit(later, excluded, agencies, host)
    site = {squash(n) for n in excluded}

    def staff(text: str) -> list[str]:
        """The desk or the site a visible byline names ("Von Redaktion", "By Valley Courier"; a
        byline element holds other words too: "Follow", "Alle Beiträge")."""
        return [n for n in clean_authors([text], people=False, visible=True)
                if is_desk(n) or squash(n) in site]

    # A byline that names the desk, and no person, is the page's signature: no name is
    # sought elsewhere ("Por Redacción" above a page whose other links name people). One
    # that names the site may be the account that posted the story: a name is sought.
    desk_signs = not authors and not agencies and any(
        is_desk(text) and staff(text) for text in bylines)
    if not authors and not agencies and not desk_signs:
        # No byline element: the name may open the article as a bold paragraph of its own.
        start = headline if headline is not None else next(iter(h1_elements), None)
        lead = lead_name(start) if start is not None else None
        if lead:
            # "Jane Doe / dpa": the wire that signs beside the writer is an agency.
            authors, agencies = _first_credit([lead], excluded, agencies, set())
    if not authors and not agencies and not desk_signs:
        # No class or id says author: an aria-label or a test id may, or the name links to
        # the author's page.
        marked = read_author_marks(tree, headline, near(headline))
        bylines = [*bylines, *marked]
        if marked:
            authors, agencies = _first_credit(marked, excluded, agencies, host)
    if not authors and agencies:
        # No person signs, a wire does ("author": "AFP", "By The Associated Press"): the wire
        # wrote the story, so it is its author as well as its agency, worded as the page
        # words it, after the site's own staff where one byline names both ("Par Le Figaro
        # et AFP"). A wire beside people stays an agency only.
        authors = [*next((names for text in bylines if wire_agencies([text])
                          for names in [staff(text)] if names), []),
                   *wire_credits(raw_authors + jsonld.organisation_authors + bylines)]
    if not authors and not agencies:
        # No person signs: the credit the page's structured data gives, desk or organisation
        # ("BBC News", "MND Staff", "Redaktion"), as both sets' gold records it, else the
        # desk or the site the visible byline names.
        # A credit in another script than the headline's is the site's name at home.
        authors = next((names for names in (
            in_page_script(clean_authors(ld_authors + ld_organisations,
                                         people=False), title),
            in_page_script(clean_authors(meta_authors, people=False), title),
            *(staff(text) for text in bylines),
        ) if names), [])
    if not authors and not agencies:
        # No label, class or link says author, nor does the page credit its desk or itself:
        # a name may stand beside the dateline (the site's own name there is no person).
        anchor = headline if headline is not None else next(iter(h1_elements), None)
        authors = clean_authors(name_beside_date(near(headline), anchor), excluded,
                                visible=True, host=host)
        if not authors and (wire := wire_under_headline(near(headline), anchor)):
            # Nor beside it: a wire's name alone under the headline ("AFP, MANILA").
            authors, agencies = wire_credits([wire]), wire_agencies([wire])
    if date and url_day != date[:10]:
        date = local_midnight(date)
    if not date:
        # Nothing on the page dates it (a page whose dateline script draws): the day in its
        # main picture's address, where CMSs file uploads by day ("/2026/01/29/…jpg").
        date = date_from_url(_first(meta.image, jsonld.image))
    # The visible update time only where the structured data gives none.
    modified = edited or visible_update(tree, times)
    free = next((f for f in (jsonld.free, meta.free, micro.free) if f is not None), None)
    raw_comments = jsonld.comments or read_comments(
        marks, h1_elements[0] if h1_elements else None)
    return PageMetadata(
        title=_headline_of(preferred, h1_texts, candidates, keys),
        headline=title,
        date=date,
        authors=authors,
        publisher=publisher,
        url=canonical,
        description=_first(meta.description, jsonld.description),
        image=_absolute(_first(meta.image, jsonld.image), canonical or url),
        language_hint=language,
        site_name=site_name,
        agencies=agencies,
        article_body=jsonld.article_body,
        date_modified=modified,
        tags=clean_tags(jsonld.tags or meta.tags or micro.tags),
        section=_first(jsonld.section, meta.section, micro.section),
        is_accessible_for_free=free,
        comments=[Comment(text=_SPACES.sub(" ", text).strip()[:MAX_COMMENT_CHARS],
                          author=_first(author), date=when)
                  for text, author, when in raw_comments if text.strip()],
    )


def _headline_of(title: str | None, h1s: list[tuple[etree._Element, str]],
                 candidates: list[str | None], keys: set[str]) -> str | None:
    """The chosen title without the kicker or the subtitle that its h1 sets apart in an
    element of its own (`kicker.py`), nor a date at its edge (`titles.undated`). The
    byline's and the publisher's readers go on with the title as chosen, which is the h1's
    whole text."""
    if not title:
        return title
    key = squash(title)
    for h1, text in h1s:
        parts = h1_parts(h1, MAX_TITLE_CHARS) if squash(text) == key else None
        if parts:
            return undated(cut_kicker(title, parts, title_texts(candidates), keys))
    return undated(title)


def _home(url: str | None) -> bool:
    """The address is the site's home page: no path but "/" or an index file, no query."""
    if not url:
        return False
    address = urlsplit(url)
    path = address.path.rsplit("/", 1)[-1]
    return not address.query and (path == "" or _INDEX_FILE.fullmatch(path) is not None)


def _logo(h1: etree._Element, text: str) -> bool:
    """The h1 is the site's logo: its text is a link's to the site's home page ("<h1><a
    href="/" rel="home">Site</a></h1>"), so it names the site, which the titles repeat."""
    for link in h1.iter("a"):
        href = (link.get("href") or "").strip()
        # The home page's address has no path and no query ("/?p=959" is a post's).
        address = urlsplit(href)
        home = link.get("rel") == "home" or (address.path in ("", "/") and not address.query)
        if home and href and element_text(link, MAX_TITLE_CHARS) == text:
            return True
    return False


def _shares_word(text: str, other: str | None) -> bool:
    return bool(other) and bool({w.casefold() for w in _WORD.findall(text)}
                                & {w.casefold() for w in _WORD.findall(other)})


def _shown_headings(tree: etree._Element) -> set[str]:
    """The squashed texts of the page's headings, h1 to h6."""
    return {squash(element_text(element, MAX_TITLE_CHARS)) for element in tree.iter(_HEADINGS)}


# The body's text nodes that hold a word: where a text the page may show whole can stand.
_TEXTS_WITH = etree.XPath("/descendant::body[1]//text()[contains(., $word)]")
# A text node's element and this many of its ancestors may hold the text whole: a headline
# set in <b> inside a <font> inside a <td> is the cell's whole text too.
SHOWN_WHOLE_DEPTH = 3


def _shown_whole(tree: etree._Element, text: str) -> bool:
    """An element of the body holds `text` and nothing more (squashed): the page shows it
    apart, as a headline, where it sets no heading."""
    key = squash(text)
    words = text.split()
    if not key or not words:
        return False
    for node in _TEXTS_WITH(tree, word=words[0]):
        element = node.getparent()
        if node.is_tail and element is not None:
            element = element.getparent()
        for _ in range(SHOWN_WHOLE_DEPTH):
            if element is None:
                break
            found = squash(element_text(element, MAX_TITLE_CHARS))
            if found == key:
                return True
            if len(found) > len(key):
                break
            element = element.getparent()
    return False


def _article_h1(element: etree._Element) -> bool:
    """The h1 is the article's, not the page frame's: its class, id or itemprop names a
    headline or a title, or it stands inside <article> or <main>."""
    names = " ".join(element.get(a, "") for a in ("class", "id", "itemprop"))
    return (_HEADLINE_NAME.search(names) is not None
            or any(a.tag in _ARTICLE_TAGS for a in element.iterancestors()))


def _cosigners(authors: list[str], bylines: list[str], excluded: set[str],
               meta_authors: list[str], host: set[str]) -> list[str]:
    """The structured author and the people a visible byline names beside them: only a
    byline that names the structured author too, so that it is the article's own, and only
    names that read as a person's (a writer's role or employer follows the name in the same
    comma list: "Alex Doe, Product Marketing, Examplecorp", "Lena Vogt Redakteurin für Umwelt").
    A byline that names other people than the structured author, the very people the meta
    tags name (`meta_authors`, raw; `host`: the address's keys), outvotes it: two sources
    against one (a CMS's schema may name the account that posted the story, not its
    writers)."""
    known = {normal_name(n) for n in authors}
    for text in bylines:
        names = clean_authors([text], excluded, visible=True)
        if names:
            shown = {normal_name(n) for n in names}
            if known <= shown:
                return authors + [n for n in names
                                  if normal_name(n) not in known and _personal(n)]
            # Other people: no word of theirs is the structured author's ("Jane" of the
            # byline may be "Jane Doe" of the schema).
            other = not {w for n in known for w in n.split()} & {
                w for n in shown for w in n.split()}
            if meta_authors and other and shown == {
                    normal_name(n) for n in clean_authors(meta_authors, excluded, host=host)}:
                return names
            return authors
    return authors


def _personal(name: str) -> bool:
    """Two words or more, and no acronym among capitalised words (an organisation's or a
    product's name: "AMP Project"); a name written all in capitals is a person's still."""
    words = name.split()
    acronym = any(len(w) > 1 and w.isupper() for w in words)
    return len(words) > 1 and (not acronym or name.isupper())


def _first_credit(bylines: list[str], excluded: set[str], agencies: list[str],
                  host: set[str]) -> tuple[list[str], list[str]]:
    """The authors and agencies of the first visible byline that credits anyone (the
    agencies found before kept), else the last byline's, which credit no one. `host` is
    the page's address's keys: the site's name after a person's is no part of it (a blog's
    byline may be its owner's name alone, which its address spells: that stays)."""
    authors: list[str] = []
    for text in bylines:
        authors = clean_authors([text], excluded, visible=True, site_after=host)
        agencies = agencies or wire_agencies([text])
        if authors or agencies:
            break
    return authors, agencies


def _later_headline(h1s: list[etree._Element], title: str | None) -> etree._Element | None:
    """The h1 after the first that holds the chosen title, where the first does not."""
    if len(h1s) < 2:
        return None
    return _holding_title(h1s[0], h1s[1:], title)


def _holding_title(first_h1: etree._Element | None, candidates: Iterable[etree._Element],
                   title: str | None) -> etree._Element | None:
    """The first of the candidates whose text is the chosen title, where the page's first
    h1 (if any) is not: the headline the byline stands near."""
    if not title:
        return None
    key = squash(title)
    if first_h1 is not None and squash(element_text(first_h1, MAX_TITLE_CHARS)) == key:
        return None
    return next((h for h in candidates if squash(element_text(h, MAX_TITLE_CHARS)) == key),
                None)


def _month_first(language_tag: str | None) -> bool:
    parts = _TAG_PARTS.split(language_tag.strip().lower()) if language_tag else [""]
    return parts[0] == "en" and (len(parts) == 1 or parts[1] in _MONTH_FIRST_REGIONS)


def _title_date(titles: list[str | None], month_first: bool) -> str | None:
    """A date the title gives as a part of its own: "Headline | Site | 28.04.2023"."""
    for title in titles:
        for part in title_parts(title)[1:] if title else ():
            if len(part) <= MAX_TITLE_DATE_CHARS and _DIGIT.search(part):
                day = parse_text_date(part, month_first)
                if day:
                    return day
    return None


def _seconded(structured: list[str], visible: str | None, addressed: str | None) -> str:
    """When the page's structured dates disagree (one is often the modification date, or a
    section's date), the one the reader sees in the byline is the publication date; where
    the byline shows none, the one the page's address or title gives (both are written
    when the page is published, not when it is edited)."""
    for second in (visible, addressed):
        if second:
            for value in structured:
                if value[:10] == second[:10]:
                    return value
    return structured[0]


# A page edited after a month is no longer dated by its edits' meta: past this gap the two
# days are more likely two events (an archive page's date, a republication).
MAX_EDIT_DAYS = 31


def _edited_after(unqualified: str, visible: str | None) -> bool:
    """Whether a bare meta date is not the day the byline shows it was published: the byline
    shows an earlier day within MAX_EDIT_DAYS (the meta is the last edit), or the meta's
    digits read the other way round ("11/01/2023" is the 1st of November where the page
    shows that day: day and month both 12 or less say nothing of their order)."""
    if not visible:
        return False
    try:
        meta_day = calendar_day.fromisoformat(unqualified[:10])
        shown = calendar_day.fromisoformat(visible[:10])
    except ValueError:
        return False
    swapped = (meta_day.year, meta_day.month, meta_day.day) == (shown.year, shown.day,
                                                                 shown.month)
    return swapped or 0 < (meta_day - shown).days <= MAX_EDIT_DAYS


def _utc_time(value: str) -> bool:
    return len(value) > 10 and value.endswith(("+00:00", "Z"))


def _local_day(structured: str, visible: str | None) -> str:
    """A UTC timestamp names the reader's day only far from midnight.

    CMSs store publication times in UTC; the page shows the local date. When the visible
    dateline is one day off the UTC timestamp, the timestamp crossed midnight and the
    visible day is the publication date (trafilatura's training pages: 3 more dates right).
    """
    if not visible or not _utc_time(structured):
        return structured
    try:
        step = (calendar_day.fromisoformat(visible[:10])
                - calendar_day.fromisoformat(structured[:10])).days
        gap = abs(step)
        if gap == 1 and not _reachable(datetime.fromisoformat(structured), step):
            # No time zone puts the instant on that day: the visible day is another event.
            return structured
        if gap == 1 and len(visible) > 10:
            # A visible time with its offset says which day the timestamp is there: when it
            # is not the visible day, the visible time is another event (an update).
            shown = datetime.fromisoformat(visible)
            if shown.tzinfo is not None:
                there = datetime.fromisoformat(structured).astimezone(shown.tzinfo)
                return visible if there.date() == shown.date() else structured
    except ValueError:
        return structured
    return visible if gap == 1 else structured


# Local time runs from UTC-12:00 to UTC+14:00: a UTC instant falls on the day before in
# some zone only before 12:00, on the day after only from 10:00.
_WESTMOST_HOURS = 12
_EASTMOST_HOURS = 14


def _reachable(instant: datetime, step: int) -> bool:
    """Whether a UTC `instant` falls on the day `step` (-1 or +1) days from its UTC day in
    some time zone."""
    hours = instant.hour + instant.minute / 60 + instant.second / 3600
    if step < 0:
        return hours < _WESTMOST_HOURS
    return hours >= 24 - _EASTMOST_HOURS


def _site_publisher(named: list[str], from_title: list[str], url: str | None,
                    page_title: str | None) -> str | None:
    """The site's own name: the first name the page gives itself that its address or its
    title confirms, else the title's site part (the one the address confirms, else the one
    farthest from the headline), else the first name given. A name nothing confirms may be
    a platform's word ("Hosted") where the title names the site."""
    host_keys = site_keys([], url)
    title_key = squash(page_title or "")
    def confirmed(name: str, in_title: bool) -> bool:
        key = squash(name)
        return bool(key) and ((in_title and key in title_key) or any(
            len(k) >= 4 and (k in key or key in k) for k in host_keys))

    first = next((name for name in named if confirmed(name, in_title=True)), None)
    if first is not None:
        # The same name given as a handle and as written ("nationalpost" in og:site_name,
        # "National Post" in the JSON-LD): the form the title writes, else the first given.
        key = squash(first)
        return next((name for name in named if squash(name) == key
                     and name.strip() in (page_title or "")), _first(first))
    # "Headline | Section | Site", "Headline - Site - Slogan": the part the address names.
    part = next((p for p in from_title if confirmed(p, in_title=False)), None)
    if part is not None and _plausible_site(part):
        return part
    # Nothing confirms the names the page gives: a title that ends in one name ("Headline |
    # Section | Daily Planet") is the site's, where the first name given may be its host's or
    # platform's word ("Hosted").
    if from_title and _plausible_site(from_title[0]):
        return from_title[0]
    return _first(*named) or next(iter(from_title), None)


def _plausible_site(name: str) -> bool:
    return len(name.split()) <= MAX_SITE_NAME_WORDS and not _DIGIT.search(name)


def _publisher_from_title(page_title: str, headline: str) -> list[str]:
    """The parts of "<Headline> | <Site>" that are not the headline, the farthest from it
    first: sites put their name at the title's far end ("<Headline> | <Section> | <Site>",
    "<Site>: <Headline>")."""
    start = page_title.find(headline)
    if start < 0:
        return []
    after = page_title[start + len(headline):]
    rest = strip_site(page_title[:start] + " " + after, set(), names_only=True)
    parts = [p.strip(_SITE_PART_EDGES) for p in title_parts(rest)]
    parts = [p for p in parts if p]
    return parts[::-1] if after.strip() else parts


try:
    from ..locate._walk import page_tags as _page_tags
except ImportError:  # installed without a C compiler: each reader walks the page itself
    _page_tags = None
