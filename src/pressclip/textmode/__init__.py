"""Text mode: the article from page text that is already flattened (WET files, dumps)."""

from .extract import extract_text

__all__ = ["extract_text"]
