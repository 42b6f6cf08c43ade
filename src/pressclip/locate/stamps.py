"""Stamps: a kept block that only says when the article was published or updated
("Published 14:14", "Aktualisiert: 05.03.2024, 10:12") or how long it takes to read ("3 min
read", "Lesezeit: 4 Minuten").

Pages print them beside the headline or between the lead and the body, and the record
holds the date apart (metadata): in the text they are furniture. edges.py trims a dateline
that names the year among the article's first blocks; these have no year or stand further
down. Only whole blocks leave, each of its parts (split at "|", "·", "•") a stamp: a label
of the languages below, then a date or a time of a few words holding a digit, and no
sentence; a line that goes on after its stamp ("Published: 5 May | Tags: …") stays.
"""

from __future__ import annotations

import re

import numpy as np

from .blocks import RawBlock
from .lines import drop_lines

# "Published", "Updated" and "Posted" as a stamp's label: en, de, fr, es, it, pt, nl, sv,
# no, da, pl.
_STAMP_LABEL = (
    r"(?:first\s+)?published|posted|(?:last\s+)?updated|(?:zuletzt\s+)?aktualisiert|stand|"
    r"veröffentlicht|publié|mis\s+à\s+jour|actualisé|publicado|actualizado|"
    r"pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|publicerad|uppdaterad|"
    r"publisert|oppdatert|publiceret|udgivet|opdateret|opublikowano|zaktualizowano"
)
# The preposition or article a label takes before its date ("on", "am", "le", "den").
_BEFORE_DATE = r"(?:\s+(?:on|at|am|um|le|à|el|a\s+las|il|em|às|op|om|den|kl\.?|dnia))?"
_STAMP = re.compile(rf"\W*(?:{_STAMP_LABEL}){_BEFORE_DATE}\s*[:：]?\s*(?P<date>.+)", re.I)
# The minutes of a reading time, and the words that say so (the same languages).
_MINUTES = (r"\d+\s*(?:[-–]\s*\d+\s*)?"
            r"(?:min\.?|mins|minutes?|minuten|minuti|minutos|minuter|minutter|minut|minuty)")
_READING = (
    r"read|reading\s+time|read\s+time|lesezeit|lesedauer|de\s+lecture|temps\s+de\s+lecture|"
    r"de\s+lectura|tiempo\s+de\s+lectura|di\s+lettura|tempo\s+di\s+lettura|de\s+leitura|"
    r"tempo\s+de\s+leitura|leestijd|lästid|lesetid|læsetid|czytania|czas\s+czytania"
)
_READING_TIME = re.compile(
    rf"\W*(?:{_MINUTES}\s+(?:{_READING})|(?:{_READING})\s*[:：]?\s*(?:ca\.\s*)?{_MINUTES})\W*",
    re.I)
_PARTS = re.compile(r"\s*[|·•]\s*")
# A stamp's date or time is a few words ("14:14", "5. März 2024, 10:12 Uhr"), this share
# of them holding a digit at least ("posted by Jane @ 9:43 AM" is a byline, 1 of 5).
_MAX_DATE_WORDS = 6
_MIN_DIGIT_SHARE = 0.4
_MAX_CHARS = 100


def is_stamp(text: str) -> bool:
    """Whether a block's every part is a publication stamp or a reading time."""
    text = text.strip()
    if not text or len(text) > _MAX_CHARS:
        return False
    return all(_is_stamp_part(part) for part in _PARTS.split(text) if part)


def _is_stamp_part(part: str) -> bool:
    if _READING_TIME.fullmatch(part):
        return True
    match = _STAMP.fullmatch(part)
    if match is None:
        return False
    words = match.group("date").split()
    with_digit = sum(any(c.isdigit() for c in w) for w in words)
    return (0 < len(words) <= _MAX_DATE_WORDS and with_digit >= _MIN_DIGIT_SHARE * len(words)
            and not words[-1].endswith(("!", "?")))


def drop_stamps(raw: list[RawBlock], keep: np.ndarray) -> np.ndarray:
    """The kept blocks without the stamps among them (lines.drop_lines: a table's cells
    stay, and so does a selection of stamps alone)."""
    return drop_lines(raw, keep, is_stamp)
