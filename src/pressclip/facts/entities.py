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
from .detokenised import detokenised
from .entity_bodies import bodies_set_right
from .entity_namesakes import namesakes
from .entity_offices import offices_set_apart
from .entity_places import places_set_apart
from .entity_types import type_by_vote
from .names import Mention, canonical_names, find_mentions


def python_entity_records(mentions: list[Mention], canonical: dict[str, str]) -> list[Entity]:
    """Each mention as an Entity, its canonical form from `canonical` (else its own text).
    _mentions.entity_records is the compiled twin."""
    return [Entity(m.text, m.type, m.start, m.end, canonical.get(m.text, m.text))
            for m in mentions]


try:
    from ._mentions import entity_records as _compiled_entity_records
except ImportError:  # installed without a C compiler: the twin makes the same records
    _compiled_entity_records = None
entity_records = _compiled_entity_records or python_entity_records


def find_entities(text: str, language: str | None = None,
                  mentions: list[Mention] | None = None) -> list[Entity]:
    """Named people, organisations and places of `text`, offsets into `text`.
    `mentions`: find_mentions of the text's NFC form, when the caller has them already."""
    if not text:
        return []
    nfc, offsets = composed(text)
    plain, joins = detokenised(nfc)
    if mentions is None or joins is not None:
        # Tokenised text ("Yeltsin , 65 ,"): its names are found again without the
        # tokeniser's spaces (the caller's mentions were found with them).
        mentions = find_mentions(plain, language)
    mentions = offices_set_apart(places_set_apart(mentions, plain, language), language)
    mentions = bodies_set_right(type_by_vote(mentions, plain, language), plain)
    canonical = canonical_names(mentions, plain)
    # A surname that several people share: the person its title or role points to.
    shared = namesakes(mentions, plain)
    if offsets is None and joins is None and not shared:
        return entity_records(mentions, canonical)
    out = []
    for m in mentions:
        # The last character's offset plus one: the end does not take in a space that
        # the detokenised text left out after the name ("Kohl 's").
        start, end = (joins[m.start], joins[m.end - 1] + 1) if joins is not None \
            else (m.start, m.end)
        if offsets is not None:
            start, end = offsets[start], offsets[end]
        # Offsets and text as given; the canonical form composed.
        out.append(Entity(text[start:end], m.type, start, end,
                          shared.get(m.start) or canonical.get(m.text, m.text)))
    return out
