"""What one source of a page says about the page; the merge picks among sources per field."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Candidates:
    """Raw values from one source; `date` is already ISO 8601, the rest as the page wrote them."""

    title: str | None = None
    date: str | None = None
    # The date came from a key that does not say which date it is (meta name="date"): CMSs
    # write the publication time or the last edit's there alike.
    date_unqualified: bool = False
    authors: list[str] = field(default_factory=list)
    # Organisations given as the author ("BBC News", a desk): the author where no person is.
    organisation_authors: list[str] = field(default_factory=list)
    publisher: str | None = None
    url: str | None = None
    description: str | None = None
    image: str | None = None
    language: str | None = None
    site_name: str | None = None
    # The page's own copy of its article text (JSON-LD articleBody): a hint for the locator.
    article_body: str | None = None
    date_modified: str | None = None
    tags: list[str] = field(default_factory=list)  # as declared: one string may hold several
    section: str | None = None
    # isAccessibleForFree or a paywall marker; None where this source is silent.
    free: bool | None = None
    # Reader comments as (text, author, date) raw values.
    comments: list[tuple[str, str | None, str | None]] = field(default_factory=list)
