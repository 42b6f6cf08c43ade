"""The article record every pressclip entry point returns.

One record type for HTML, flattened text and WARC input, so that renderers, corpus
runners, the store and the service never need to know where a record came from.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Keys of Article.to_dict(), in order. Readers downstream (Parquet schema, the store,
# the service) rely on this exact set; change it only with a schema version bump.
RECORD_KEYS = (
    "title",
    "text",
    "date",
    "authors",
    "contributors",
    "publisher",
    "agencies",
    "language",
    "url",
    "description",
    "image",
    "quotes",
    "entities",
    "dates",
    "facts_language",
)

# Block kinds the locator emits and the renderers understand.
PARAGRAPH = "paragraph"
HEADING = "heading"
LIST_ITEM = "list_item"
QUOTE = "quote"
CODE = "code"
TABLE_ROW = "table_row"
BLOCK_KINDS = (PARAGRAPH, HEADING, LIST_ITEM, QUOTE, CODE, TABLE_ROW)


class ExtractionError(ValueError):
    """The input cannot be read as a page at all (not: the page has no article)."""


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article body: a paragraph, heading, list item, quote, code or table row.

    `level` is the heading level (1-6) for headings and the nesting depth for list items.
    `ordered` marks items of numbered lists so that Markdown keeps the numbering.
    """

    kind: str
    text: str
    level: int = 0
    ordered: bool = False


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
    authors: list[str] = field(default_factory=list)
    contributors: list[str] = field(default_factory=list)
    publisher: str | None = None
    agencies: list[str] = field(default_factory=list)
    language: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
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
        out: dict[str, Any] = {}
        for key in RECORD_KEYS:
            value = getattr(self, key)
            if key in ("quotes", "entities", "dates"):
                value = [asdict(v) for v in value]
            elif isinstance(value, list):
                value = list(value)
            out[key] = value
        return out
