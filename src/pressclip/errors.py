"""What can go wrong with an input, as ExtractionError subclasses every caller can tell apart.

ExtractionError itself stays in record.py (the record's contract); these name the cases so
that the CLI picks its exit code and the service its HTTP status from the class alone.
A page that holds no article is none of these: it gives the empty record.
"""

from __future__ import annotations

from .record import ExtractionError


class EmptyInput(ExtractionError):
    """Nothing to read: no bytes, or only white space."""


class BinaryInput(ExtractionError):
    """Bytes that no web page or text is made of (images, archives, random data)."""


class NotAPage(ExtractionError):
    """A fetched resource whose declared media type is no web page or text (PDF, image)."""


class PageUnavailable(ExtractionError):
    """The page could not be fetched; `__cause__` is the fetch.FetchError that says why, and
    `refused` tells a URL refused before connecting (private address, bad scheme)."""

    def __init__(self, message: str, refused: bool = False):
        super().__init__(message)
        self.refused = refused


__all__ = ["BinaryInput", "EmptyInput", "ExtractionError", "NotAPage", "PageUnavailable"]
