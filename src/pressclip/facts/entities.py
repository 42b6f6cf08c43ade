"""People, organisations and places named in an article, each with its fullest form.

Rules (see names.py): capitalised name runs typed by titles, organisation and place words
and the preposition before them, then one type per name by a vote over all its mentions
with a gazetteer of places (entity_types.py); a person's canonical form is the longest name of the
article that ends with the same word ("M. Trump" -> "Donald Trump"). Measured against the
optional spaCy pipeline in bench/RESULTS.md.
"""

from __future__ import annotations

from ..record import Entity
from .composed import composed
from .entity_types import type_by_vote
from .names import Mention, canonical_names, find_mentions


def find_entities(text: str, language: str | None = None,
                  mentions: list[Mention] | None = None) -> list[Entity]:
    """Named people, organisations and places of `text`, offsets into `text`.
    `mentions`: find_mentions of the text's NFC form, when the caller has them already."""
    if not text:
        return []
    nfc, offsets = composed(text)
    mentions = type_by_vote(find_mentions(nfc) if mentions is None else mentions, nfc,
                            language)
    canonical = canonical_names(mentions, nfc)
    if offsets is None:
        return [Entity(m.text, m.type, m.start, m.end, canonical.get(m.text, m.text))
                for m in mentions]
    # Offsets and text as given; the canonical form composed.
    return [Entity(text[offsets[m.start]:offsets[m.end]], m.type, offsets[m.start],
                   offsets[m.end], canonical.get(m.text, m.text)) for m in mentions]
