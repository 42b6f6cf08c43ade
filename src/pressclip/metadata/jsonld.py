"""JSON-LD (schema.org) blocks: the article node's headline, dates, authors and publisher.

Pages put the article anywhere: a top-level object, a list, an @graph, or nested under
mainEntity; authors as strings, Person objects, lists of either, or @id references into the
graph. Broken JSON (trailing commas, raw newlines in strings, HTML comments) is repaired
where cheap, and otherwise read field by field with patterns.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from lxml import etree

from .candidates import Candidates
from .comments import MAX_COMMENTS
from .dates import parse_machine_date
from .name_words import NAME_PARTICLES

# schema.org types whose node is the article itself (any *Article and *Posting type counts
# too: DiscussionForumPosting, a forum thread's first post).
ARTICLE_TYPES = frozenset(
    "blogposting socialmediaposting liveblogposting report newsarticle article "
    "reportagenewsarticle analysisnewsarticle opinionnewsarticle backgroundnewsarticle "
    "reviewnewsarticle techarticle scholarlyarticle creativework review recipe howto".split()
)
_ARTICLE_ENDINGS = ("article", "posting")
# Page types (any *WebPage type too: MedicalWebPage, RealEstateListing's page).
PAGE_TYPES = frozenset("webpage itempage collectionpage aboutpage".split())
ORGANISATION_TYPES = frozenset(
    "organization organisation newsmediaorganization corporation ngo".split()
)
# Nodes nested deeper than this are not read: real pages stay far below, attacks do not.
MAX_DEPTH = 20
_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_CONTROL = re.compile(r"[\x00-\x1f]")
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
# What a stripped text must open or end with for _WRAPPER to match it at all.
_WRAPPER_OPENINGS = ("<!--", "<![CDATA[", "//")
_WRAPPER_ENDINGS = ("-->", "]]>")
_FIELD_PATTERNS = {
    key: re.compile(rf'"{key}"\s*:\s*"([^"]{{1,300}})"')
    for key in ("datePublished", "dateModified", "headline")
}
# articleBody shorter than this is a teaser, not the body: it would mislead the locator.
MIN_ARTICLE_BODY_CHARS = 200
_BODY_KEYS = ("articleBody", "text")
_FREE_WORDS = {"true": True, "yes": True, "false": False, "no": False}
_AUTHOR_NAME = re.compile(r'"author"\s*:\s*(?:\[\s*)?\{[^{}]*?"name"\s*:\s*"([^"]{1,120})"')
# Words of a surname that a Person's description may add after a one-word name.
MAX_SURNAME_WORDS = 2


def _parse(text: str) -> Any:
    text = text.strip()
    # The wrapper's second branch is tried at every character of the block (a long
    # articleBody): run it only where the stripped text opens or ends as a wrapper can.
    if text.startswith(_WRAPPER_OPENINGS) or text.endswith(_WRAPPER_ENDINGS):
        text = _WRAPPER.sub("", text)
    try:
        return json.loads(text)
    except ValueError:
        pass
    # RecursionError: json's decoder recurses per level, and a page may nest thousands deep;
    # such a block is read by patterns like any JSON that does not parse (issue 17).
    except RecursionError:
        return None
    repaired = _TRAILING_COMMA.sub(r"\1", _CONTROL.sub(" ", text))
    try:
        return json.loads(repaired)
    except (ValueError, RecursionError):
        return None


def _types(node: dict) -> set[str]:
    kind = node.get("@type")
    if isinstance(kind, str):
        return {kind.lower().rsplit("/", 1)[-1]}
    if isinstance(kind, list):
        return {k.lower().rsplit("/", 1)[-1] for k in kind if isinstance(k, str)}
    return set()


def _nodes(value: Any, depth: int = 0) -> Iterator[tuple[dict, bool]]:
    """Every object in a JSON-LD value, outer ones first, each with whether a list's items
    hold it (an ItemList's itemListElement: other stories, a carousel's teasers)."""
    stack = [(value, depth, False)]
    while stack:
        item, level, listed = stack.pop(0)
        if level > MAX_DEPTH:
            continue
        if isinstance(item, list):
            stack.extend((v, level + 1, listed) for v in item)
        elif isinstance(item, dict):
            yield item, listed
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                child = item.get(key)
                if isinstance(child, dict | list):
                    stack.append((child, level + 1, listed or key == "itemListElement"))


def _text(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value:
        return _text(value[0])
    if isinstance(value, dict):
        return _text(value.get("name") or value.get("@value"))
    return None


def _url(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, list) and value:
        return _url(value[0])
    if isinstance(value, dict):
        return _url(value.get("url") or value.get("contentUrl") or value.get("@id"))
    return None


def _resolve(value: Any, by_id: dict[str, dict]) -> Any:
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and value.get("@id") in by_id:
        return by_id[value["@id"]]
    return value


def _strings(value: Any) -> list[str]:
    """Strings of a value that may be a string, a named object or a list of either."""
    items = value if isinstance(value, list) else [value]
    return [text for text in map(_text, items) if text]


def _free(value: Any) -> bool | None:
    """isAccessibleForFree: a boolean, or its name as a string ("False", "true")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return _FREE_WORDS.get(value.strip().casefold())
    return None


def _access(node: dict) -> bool | None:
    """False where the article or one of its parts (a paywalled WebPageElement named by its
    cssSelector) is not free; True where it says it is free; None where it is silent."""
    said = [_free(node.get("isAccessibleForFree"))]
    parts = node.get("hasPart")
    for part in parts if isinstance(parts, list) else [parts]:
        if isinstance(part, dict):
            said.append(_free(part.get("isAccessibleForFree")))
    if False in said:
        return False
    return True if True in said else None


def _comment(node: dict, by_id: dict[str, dict]) -> tuple[str, str | None, str | None] | None:
    text = _text(node.get("text")) or _text(node.get("description"))
    if not text:
        return None
    author = _resolve(node.get("author") or node.get("creator"), by_id)
    names = _authors(author, by_id, []) if author else []
    when = next((d for d in (parse_machine_date(_text(node.get(key)) or "")
                             for key in ("dateCreated", "datePublished")) if d), None)
    return text, (names[0] if names else _text(author)), when


def _comments(value: Any, by_id: dict[str, dict], found: Candidates) -> None:
    for item in value if isinstance(value, list) else [value]:
        item = _resolve(item, by_id)
        if len(found.comments) >= MAX_COMMENTS:
            return
        if isinstance(item, dict) and "comment" in _types(item):
            comment = _comment(item, by_id)
            if comment:
                found.comments.append(comment)


def _authors(value: Any, by_id: dict[str, dict],
             organisations: list[str] | None = None) -> list[str]:
    """Person names of an author value; organisations' names go to `organisations`."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        item = _resolve(item, by_id)
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            if _types(item) & ORGANISATION_TYPES:
                name = _text(item.get("name"))
                if name and organisations is not None:
                    organisations.append(name)
                continue
            name = _text(item.get("name"))
            if not name and (item.get("givenName") or item.get("familyName")):
                name = " ".join(
                    filter(None, (_text(item.get("givenName")), _text(item.get("familyName"))))
                )
            if name:
                names.append(_full_name(name, _text(item.get("description"))))
    return names


def _full_name(name: str, description: str | None) -> str:
    """A Person named by a first name alone ("Nils": a CMS shows its login's display name)
    whose description, the author's bio, opens with that name and a surname ("Nils Hartwig
    ist freier Autor", "Stefanus Stahl - Maschinenbauer") is named in full: the words after
    the name that open with a capital, up to the first that does not (a verb, a dash) or
    to a comma. A name particle counts only before a capitalised word ("Jan de Vries")."""
    if not description or " " in name or not description.startswith(name + " "):
        return name
    words = description[len(name):].split(None, MAX_SURNAME_WORDS + 2)
    surname: list[str] = []
    for i, word in enumerate(words[:MAX_SURNAME_WORDS + 1]):
        later = words[i + 1] if i + 1 < len(words) else ""
        bare = word.rstrip(",.;:")
        if bare in NAME_PARTICLES and later[:1].isupper() and bare == word:
            surname.append(word)
        elif bare[:1].isupper() and bare.replace("-", "").replace("'", "").isalpha():
            surname.append(bare)
            if bare != word:  # "Nils Hartwig, born 1979": the comma ends the name
                break
        else:
            break
    while surname and surname[-1] in NAME_PARTICLES:
        surname.pop()
    named = sum(w not in NAME_PARTICLES for w in surname)
    return " ".join([name, *surname]) if 0 < named <= MAX_SURNAME_WORDS else name


def _from_article(node: dict, by_id: dict[str, dict], found: Candidates) -> None:
    found.title = found.title or _text(node.get("headline")) or _text(node.get("name"))
    if not found.date:
        for key in ("datePublished", "dateCreated", "uploadDate"):
            found.date = parse_machine_date(_text(node.get(key)) or "")
            if found.date:
                break
    if not found.authors:
        organisations: list[str] = []
        found.authors = _authors(node.get("author") or node.get("creator"), by_id, organisations)
        found.organisation_authors = found.organisation_authors or organisations
    if not found.date_modified:
        found.date_modified = parse_machine_date(_text(node.get("dateModified")) or "")
    found.tags = found.tags or _strings(node.get("keywords"))
    found.section = found.section or _text(node.get("articleSection"))
    if found.free is None:
        found.free = _access(node)
    if not found.comments and node.get("comment"):
        _comments(node["comment"], by_id, found)
    publisher = _resolve(node.get("publisher"), by_id)
    found.publisher = found.publisher or _text(publisher)
    main = node.get("mainEntityOfPage")
    found.url = found.url or _url(node.get("url")) or (_url(main) if main else None)
    found.description = found.description or _text(node.get("description"))
    found.image = found.image or _url(_resolve(node.get("image"), by_id))
    found.language = found.language or _text(node.get("inLanguage"))


def _longest_body(data: Any, best: str | None) -> str | None:
    """The longest articleBody (or text) anywhere in the value, if longer than `best`.

    Every node is read, not only the article's: pages nest the body under graphs, lists
    and entities of any type. The walk is iterative, since JSON-LD can nest arbitrarily."""
    todo = [data]
    while todo:
        node = todo.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key in _BODY_KEYS and isinstance(value, str):
                    if len(value) >= MIN_ARTICLE_BODY_CHARS and len(value) > len(best or ""):
                        best = value
                elif isinstance(value, dict | list):
                    todo.append(value)
        elif isinstance(node, list):
            todo.extend(node)
    return best


def _from_patterns(text: str, found: Candidates) -> None:
    """Field by field from JSON that would not parse."""
    match = _FIELD_PATTERNS["datePublished"].search(text)
    if match and not found.date:
        found.date = parse_machine_date(match[1])
    match = _FIELD_PATTERNS["dateModified"].search(text)
    if match and not found.date_modified:
        found.date_modified = parse_machine_date(match[1])
    match = _FIELD_PATTERNS["headline"].search(text)
    if match and not found.title:
        found.title = match[1]
    match = _AUTHOR_NAME.search(text)
    if match and not found.authors:
        found.authors = [match[1]]


def script_texts(tree: etree._Element) -> list[str | None]:
    """The text of every JSON-LD script, in document order: the twin of the compiled
    reading (locate/_walk.pyx's page_tags, which makes no object for the page's other
    scripts), and the reading where the caller has none. iter() filters by tag in C, faster
    than an XPath; MIME types ignore case."""
    out = []
    for script in tree.iter("script"):
        kind = script.get("type")
        if kind and kind.lower() == "application/ld+json":
            out.append(script.text)
    return out


def read_jsonld(tree: etree._Element, texts: list[str | None] | None = None) -> Candidates:
    """What the page's JSON-LD scripts say; `texts` are their texts where the caller read
    them already."""
    found = Candidates()
    articles: list[dict] = []
    pages: list[dict] = []
    # Articles a list holds are other stories, read only where the page declares no other.
    listed_articles: list[dict] = []
    by_id: dict[str, dict] = {}
    loose_comments: list[dict] = []
    if texts is None:
        texts = script_texts(tree)
    for text in texts:
        text = text or ""
        data = _parse(text)
        if data is None:
            _from_patterns(text, found)
            continue
        found.article_body = _longest_body(data, found.article_body)
        for node, listed in _nodes(data):
            types = _types(node)
            if isinstance(node.get("@id"), str) and len(node) > 2:
                by_id.setdefault(node["@id"], node)
            if types & ARTICLE_TYPES or any(t.endswith(_ARTICLE_ENDINGS) for t in types):
                (listed_articles if listed else articles).append(node)
            elif types & PAGE_TYPES or any(t.endswith("webpage") for t in types):
                pages.append(node)
            elif "comment" in types:
                loose_comments.append(node)
            elif "website" in types:
                found.site_name = found.site_name or _text(node.get("name"))
            elif types & ORGANISATION_TYPES:
                found.publisher = found.publisher or _text(node.get("name"))
    for node in articles + pages + listed_articles:
        _from_article(node, by_id, found)
    if not found.comments and loose_comments:
        _comments(loose_comments, by_id, found)
    return found
