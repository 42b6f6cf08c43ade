"""Text mode: the article from page text that is already flattened (WET files, dumps)."""

from .extract import extract_text
from .guess import looks_like_html

__all__ = ["extract_text", "looks_like_html"]
