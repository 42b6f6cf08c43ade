"""The article record every pressclip entry point returns.

One record type for HTML, flattened text and WARC input, so that renderers, corpus
runners, the store and the service never need to know where a record came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# The version of the record's shape, written in every record (`schema_version`) and every
# corpus row: bump it on any change of keys or of what a key holds (docs/schema.md).
SCHEMA_VERSION = "1.3"

# Keys of Article.to_dict(), in order. Readers downstream (Parquet schema, the store,
# the service) rely on this exact set; change it only with a schema version bump.
RECORD_KEYS = (
    "schema_version",
    "title",
    "text",
    "date",
    "date_modified",
    "authors",
    "contributors",
    "publisher",
    "agencies",
    "language",
    "url",
    "description",
    "image",
    "images",
    "links",
    "tags",
    "section",
    "is_accessible_for_free",
    "comments",
    "quotes",
    "entities",
    "dates",
    "facts_language",
)
# Keys whose values are lists of the record's dataclasses, written as lists of dicts.
_NESTED_KEYS = frozenset(("images", "links", "comments", "quotes", "entities", "dates"))

# Block kinds the locator emits and the renderers understand.
PARAGRAPH = "paragraph"
HEADING = "heading"
LIST_ITEM = "list_item"
QUOTE = "quote"
CODE = "code"
# A data table: `rows` holds its cells, `text` the rows a line each, cells tab-separated.
TABLE = "table"
# A picture with its caption and credit: `image` holds them, and `text` is empty, so that
# captions and credits stay out of the body's text.
FIGURE = "figure"
BLOCK_KINDS = (PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CODE, TABLE, FIGURE)

# Inline span kinds: a link (with its URL), strong and emphasised text.
LINK = "link"
STRONG = "strong"
EMPHASIS = "em"


class ExtractionError(ValueError):
    """The input cannot be read as a page at all (not: the page has no article)."""


@dataclass(frozen=True, slots=True)
class Span:
    """Inline markup over text[start:end] of a block: a link (`url` absolute, http or https),
    strong or emphasised text. Links never overlap one another."""

    start: int
    end: int
    kind: str  # LINK, STRONG or EMPHASIS
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Image:
    """A picture of the article: its absolute URL, alt text, caption and credit."""

    url: str | None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A link inside the article's body: its absolute http(s) URL and the linked text."""

    url: str
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article body: a paragraph, heading, list item, quote, code, table or figure.

    `level` is the heading level (1-6) for headings and the nesting depth for list items.
    `ordered` marks items of numbered lists so that Markdown keeps the numbering.
    `rows` holds a table's cells, row by row; `header` marks its first row as the header.
    `image` is a figure's picture. `spans` marks links and emphasis inside `text`.
    """

    kind: str
    text: str
    level: int = 0
    ordered: bool = False
    rows: tuple[tuple[str, ...], ...] = ()
    header: bool = False
    image: Image | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    quote: str
    speaker: str | None
    kind: str  # "direct" or "partial"
    start: int
    end: int
    cue: str | None = None
    # Who speaks: "person", "organization", "anonymous" (named by a description only:
    # "senior official") or "none" (nobody named).
    speaker_kind: str = "none"


@dataclass(frozen=True, slots=True)
class Entity:
    text: str
    type: str  # "person", "organization", "place"
    start: int
    end: int
    canonical: str


@dataclass(frozen=True, slots=True)
class TextDate:
    """A date named in the body ("le 4 juillet", "last Tuesday"), resolved: value is
    YYYY-MM-DD, or YYYY-MM for a month."""

    text: str
    value: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Comment:
    """One reader comment shown under the article; never part of the body's text."""

    text: str
    author: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """Why a piece of the page was kept or dropped (explain mode)."""

    text: str
    kept: bool
    reason: str
    tag: str = ""
    path: str = ""


@dataclass(slots=True)
class Article:
    title: str | None = None
    blocks: list[Block] = field(default_factory=list)
    date: str | None = None
    date_modified: str | None = None
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    publisher: str | None = None
    agencies: list[str] = field(default_factory=list)
    language: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
    # The lead image (`image`) first, then the article's figures in reading order.
    images: list[Image] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    # True or False where the page says so; None where it is silent.
    is_accessible_for_free: bool | None = None
    comments: list[Comment] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[TextDate] = field(default_factory=list)
    # The language quotes, entities and dates were read in (one of FACT_LANGUAGES); None
    # when they were not read: another language, an unknown one, or facts turned off.
    facts_language: str | None = None
    # Filled only with explain=True; never part of to_dict().
    explain: list[Decision] | None = None

    @property
    def text(self) -> str:
        """The body as plain text: one block a paragraph, blocks separated by a blank line."""
        return "\n\n".join(b.text for b in self.blocks if b.text)

    @property
    def is_empty(self) -> bool:
        return not any(b.text for b in self.blocks)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with exactly the keys of RECORD_KEYS."""
        out: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
        for key in RECORD_KEYS[1:]:
            value = getattr(self, key)
            if key in _NESTED_KEYS:
                value = [asdict(v) for v in value]
            elif isinstance(value, list):
                value = list(value)
            out[key] = value
        return out
