"""The extractors we compare against, behind one signature.

Every anchor is `fn(html: str, url: str | None, lang: str | None = None) -> dict` with keys
`text, title, date, authors` (date: ISO string or None; authors: list of names). `lang` is
the row's cheap language guess; only jusText uses it (its stop-word list must be chosen).

`Anchor` wraps a function so that an exception gives an empty result and is counted: one
failing page must not stop a benchmark, but failures must show in its report.
Peers are imported lazily so that a benchmark of two extractors does not pay for six.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

Result = dict[str, Any]
ExtractFn = Callable[..., Result]

EMPTY: Result = {"text": "", "title": None, "date": None, "authors": []}
# How many error messages an Anchor keeps for its report.
KEPT_ERRORS = 5
# Any absolute URL will do where a library insists on one (newspaper4k); it is never fetched.
PLACEHOLDER_URL = "http://example.invalid/article"
# Row language guess (ISO 639-1) -> jusText stop-list name; unknown languages use English,
# jusText's own default.
JUSTEXT_LANGUAGES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "cs": "Czech", "sk": "Slovak",
    "ru": "Russian", "uk": "Ukrainian", "sv": "Swedish", "da": "Danish", "fi": "Finnish",
    "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish", "el": "Greek", "ca": "Catalan",
    "hr": "Croatian", "sl": "Slovenian", "bg": "Bulgarian", "id": "Indonesian",
    "vi": "Vietnamese", "ko": "Korean", "ar": "Arabic", "fa": "Persian", "he": "Hebrew",
    "lt": "Lithuanian", "lv": "Latvian", "et": "Estonian", "sr": "Serbian",
    "no": "Norwegian_Bokmal", "nb": "Norwegian_Bokmal", "hi": "Hindi",
}
DEFAULT_JUSTEXT_LANGUAGE = "English"
# Block-level tags after which a newline keeps words of adjacent blocks apart.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol pre blockquote table tr td th br section article "
    "header footer figure figcaption dd dt dl".split()
)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> str | None:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, str):
        match = _ISO_DATE.search(value)
        return match.group(0) if match else None
    return None


def _result(text: str | None, title: str | None, when: object, authors: list[str]) -> Result:
    return {
        "text": text or "",
        "title": title or None,
        "date": _iso_date(when),
        "authors": [a.strip() for a in authors if a and a.strip()],
    }


def _fragment_text(fragment_html: str) -> str:
    """Plain text of an HTML fragment, a newline after each block so words never glue."""
    import lxml.html

    if not fragment_html.strip():
        return ""
    root = lxml.html.fromstring(fragment_html)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag in BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    return re.sub(r"\n\s*\n+", "\n\n", root.text_content()).strip()


def pressclip_extract(html: str, url: str | None, lang: str | None = None) -> Result:
    import pressclip

    # Like for like with the peers' metadata mode: quotes and entities are not metadata.
    art = pressclip.extract(html, url=url, facts=False)
    return _result(art.text, art.title, art.date, list(art.authors))


def _trafilatura(html: str, url: str | None, fast: bool, with_metadata: bool) -> Result:
    import trafilatura

    # include_comments=False, include_tables=True: trafilatura's own benchmark settings.
    doc = trafilatura.bare_extraction(
        html,
        url=url,
        fast=fast,
        with_metadata=with_metadata,
        include_comments=False,
        include_tables=True,
    )
    if doc is None:
        return dict(EMPTY)
    authors = (doc.author or "").split(";") if with_metadata else []
    return _result(doc.text, doc.title, doc.date, authors)


def trafilatura_full(html: str, url: str | None, lang: str | None = None) -> Result:
    """trafilatura's default extraction (with its fallbacks) and metadata."""
    return _trafilatura(html, url, fast=False, with_metadata=True)


def trafilatura_fast(html: str, url: str | None, lang: str | None = None) -> Result:
    """trafilatura's fast mode: no fallback extractors, no metadata."""
    return _trafilatura(html, url, fast=True, with_metadata=False)


def readability_extract(html: str, url: str | None, lang: str | None = None) -> Result:
    from readability import Document

    doc = Document(html, url=url)
    return _result(_fragment_text(doc.summary(html_partial=True)), doc.short_title(), None, [])


def resiliparse_extract(html: str, url: str | None, lang: str | None = None) -> Result:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = HTMLTree.parse(html)
    return _result(extract_plain_text(tree, main_content=True), tree.title, None, [])


def newspaper_extract(html: str, url: str | None, lang: str | None = None) -> Result:
    import newspaper

    article = newspaper.Article(url or PLACEHOLDER_URL, fetch_images=False)
    article.download(input_html=html)
    article.parse()
    return _result(article.text, article.title, article.publish_date, list(article.authors))


@cache
def _goose() -> Any:
    from goose3 import Goose

    return Goose({"enable_image_fetching": False})


def goose_extract(html: str, url: str | None, lang: str | None = None) -> Result:
    article = _goose().extract(raw_html=html)
    return _result(article.cleaned_text, article.title, article.publish_date, article.authors)


@cache
def _stoplist(language: str) -> frozenset[str]:
    import justext

    return justext.get_stoplist(language)


def justext_extract(html: str, url: str | None, lang: str | None = None) -> Result:
    import justext

    language = JUSTEXT_LANGUAGES.get((lang or "").lower()[:2], DEFAULT_JUSTEXT_LANGUAGE)
    paragraphs = justext.justext(html, _stoplist(language))
    text = "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)
    return _result(text, None, None, [])


EXTRACTORS: dict[str, ExtractFn] = {
    "pressclip": pressclip_extract,
    "trafilatura": trafilatura_full,
    "trafilatura_fast": trafilatura_fast,
    "readability": readability_extract,
    "resiliparse": resiliparse_extract,
    "newspaper4k": newspaper_extract,
    "goose3": goose_extract,
    "justext": justext_extract,
}


@dataclass
class Anchor:
    """An extractor that never raises: a failure gives EMPTY and is counted."""

    name: str
    fn: ExtractFn
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)

    def __call__(self, html: str, url: str | None = None, lang: str | None = None) -> Result:
        try:
            return self.fn(html, url, lang)
        except Exception as exc:  # a peer's bug must cost it the page, not stop the run
            self.errors += 1
            if len(self.error_messages) < KEPT_ERRORS:
                self.error_messages.append(f"{type(exc).__name__}: {str(exc)[:120]}")
            return dict(EMPTY)


def anchor(name: str) -> Anchor:
    if name not in EXTRACTORS:
        raise SystemExit(f"unknown extractor {name!r}; known: {', '.join(EXTRACTORS)}")
    return Anchor(name, EXTRACTORS[name])


def quiet_peer_logs() -> None:
    """Peers log every odd page at WARNING; a benchmark's stderr is for its progress."""
    logging.disable(logging.WARNING)
    import warnings

    warnings.filterwarnings("ignore")


def page_url(row: dict) -> str | None:
    """The row's URL when it is a real one (some sets store a file name there)."""
    url = row.get("url")
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None
