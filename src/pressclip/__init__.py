"""pressclip: clean, structured article records from raw news pages."""

from .core import extract
from .record import Article, Block, Decision, Entity, ExtractionError, Quote

__all__ = ["Article", "Block", "Decision", "Entity", "ExtractionError", "Quote", "extract"]
__version__ = "0.1.0"
