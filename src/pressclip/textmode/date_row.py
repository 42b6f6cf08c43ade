"""The items of a byline's row, read one by one for the date.

Modern bylines set the date in a row of items parted by bullets or bars ("Published Aug 28,
2024 • Last updated 1 hour ago • 4 minute read"), or give the published and the updated
date one after the other ("Publié le 18 juil. 2024 à 08:01 Mis à jour le 18 juil. 2024 à
09:06"). A flattener writes the row as one line, too long for a date's line and holding two
dates: its items are cut at the separators and before every update's label
(metadata/updated.py's words, in the languages of the month table), so that the published
item and the updated one are told apart as they are on lines of their own.
"""

from __future__ import annotations

import re

from ..metadata.updated import is_update_line

# A row longer than this is prose or a list of links, no byline's row.
ROW_MAX_TOKENS = 40
# Bullets, bars and middle dots part a row's items (a hyphen or a dash parts a date from
# its time as often: "07.01.2026 - 18:50 Uhr").
_SEPARATOR = re.compile(r"\s*[|•·]\s*")
_DIGIT = re.compile(r"\d")
_WORD_START = re.compile(r"(?<!\S)\S")


def row_items(line: str) -> list[str]:
    """The items of a byline's row, in their order: the line cut at its separators, and
    each part again before a word that opens an update's label. [] for a line longer than
    ROW_MAX_TOKENS or without a digit (no date in it: most lines near a headline)."""
    if _DIGIT.search(line) is None or len(line.split()) > ROW_MAX_TOKENS:
        return []
    items = []
    for part in _SEPARATOR.split(line):
        cuts, label = [0], False
        for word in _WORD_START.finditer(part):
            # A label of two words ("Last updated", "Mis à jour") is cut before its first.
            opens = is_update_line(part[word.start():])
            if opens and not label and word.start():
                cuts.append(word.start())
            label = opens
        items += [part[a:b].strip() for a, b in zip(cuts, [*cuts[1:], len(part)], strict=True)]
    return [item for item in items if item]
