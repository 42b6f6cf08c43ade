"""The API's request and answer shapes, as the OpenAPI docs show them.

Answers are built from Article.to_dict() in the worker, not from these models: they only
describe them (the record's own dataclasses give the nested shapes).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..intake import without_surrogates
from ..options import iso_time
from ..record import Decision, Entity, Quote, TextDate


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"url": "https://example.org/news/42", "explain": True},
        {"html": "<html>…</html>", "page_url": "https://example.org/news/42"},
        {"text": "Headline\nFirst paragraph…", "reference_time": "2025-07-10T09:00:00Z"},
    ]})

    html: str | None = Field(None, description="a page's HTML")
    text: str | None = Field(None, description="page text already flattened, a line a "
                                               "paragraph (WET files, scraped dumps)")
    url: str | None = Field(None, description="an http(s) URL for the service to fetch; "
                                              "private addresses are refused")
    page_url: str | None = Field(None, description="the page's address, recorded in the "
                                                   "answer (html and text input)")
    reference_time: datetime | None = Field(
        None, description="when the page was seen, for relative dates ('2 hours ago'); "
                          "ISO 8601, UTC when no zone is given; default: now")
    explain: bool = Field(False, description="add `explain`: every block of the page, kept "
                                             "or dropped, and why")
    markdown: bool = Field(False, description="add `markdown`: the article as Markdown")
    facts: bool = Field(True, description="find quotes, entities and dates in the text")
    focus: Literal["precision", "balanced", "recall"] = Field(
        "balanced", description="precision: keep only the text the model is surer of; "
                                "recall: keep doubtful text too")

    @field_validator("url", "page_url", mode="after")
    @classmethod
    def _writable(cls, value: str | None) -> str | None:
        # An address is written back into the answer and into messages: a lone surrogate
        # ("\ud800" in the JSON) cannot be, so it becomes U+FFFD here. html and text go
        # through the intake, which does the same.
        return without_surrogates(value) if value is not None else None

    @field_validator("reference_time", mode="before")
    @classmethod
    def _iso(cls, value: Any) -> Any:
        return iso_time(value) if isinstance(value, str) else value

    @model_validator(mode="after")
    def _one_source(self) -> ExtractRequest:
        given = [name for name in ("html", "text", "url") if getattr(self, name) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of html, text or url"
                             + (f" (got {', '.join(given)})" if given else ""))
        return self


class ExtractAnswer(BaseModel):
    """The article record (Article.to_dict()), with `explain` and `markdown` when asked."""

    title: str | None
    text: str
    date: str | None = Field(description="publication date, YYYY-MM-DD")
    authors: list[str]
    contributors: list[str]
    publisher: str | None
    agencies: list[str]
    language: str | None = Field(description="ISO 639-1")
    url: str | None
    description: str | None
    image: str | None
    quotes: list[Quote]
    entities: list[Entity]
    dates: list[TextDate]
    facts_language: str | None = Field(description="the language quotes, entities and dates "
                                       "were read in; null when they were not read")
    explain: list[Decision] | None = Field(None, description="with explain=true")
    markdown: str | None = Field(None, description="with markdown=true")


class ErrorAnswer(BaseModel):
    error: str = Field(description="what went wrong, for a person to read")


class SearchAnswer(BaseModel):
    query: str
    limit: int
    offset: int
    hits: list[dict[str, Any]] = Field(
        description="id, url, canonical_url, title, date, language, publisher, authors, "
                    "cluster, canonical, snippet, score")


class Health(BaseModel):
    status: str
    workers: int
    store: bool
    allow_private: bool
