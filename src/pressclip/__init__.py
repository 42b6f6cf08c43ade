"""pressclip: clean, structured article records from raw news pages."""

from .core import extract
from .facts.analyse import FACT_LANGUAGES
from .facts.quotes import find_quotes
from .record import Article, Block, Decision, Entity, ExtractionError, Quote
from .textmode import extract_text

__all__ = ["FACT_LANGUAGES", "Article", "Block", "Decision", "Entity", "ExtractionError", "Quote",
           "extract", "extract_text", "find_quotes"]
__version__ = "0.1.0"
