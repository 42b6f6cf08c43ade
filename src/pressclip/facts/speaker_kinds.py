"""What a resolved speaker is: a person, an organisation, an anonymous source (a
description) or nobody (kind_of_speaker), and whether a phrase names somebody at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .gender import ELIDED_ARTICLE
from .lexicon import DETERMINERS, ORG_WORDS, ROLE_NOUNS, SOURCE_NOUNS
from .speaker_words import INSTITUTION_WORDS
from .unnamed import people_or_region

if TYPE_CHECKING:
    from .speakers import Resolver


def kind_of_speaker(speaker: str | None, resolver: Resolver) -> str:
    """person, organization, anonymous (a description: "senior official", "les
    visiteurs") or none, from how the text types the speaker's name."""
    if speaker is None:
        return "none"
    words = speaker.split()
    bare = speaker[2:] if speaker[:2].lower() in {"l'", "l’"} else " ".join(
        words[1:]) if len(words) > 1 and words[0].lower() in DETERMINERS else speaker
    if speaker in resolver.organisations or bare in resolver.organisations:
        return "organization"  # "La CGT", as the text names the organisation "CGT"
    # "l'office fédéral …": the noun after an elided article.
    lowered = {ELIDED_ARTICLE.sub("", w.lower()) for w in words}
    institution = not INSTITUTION_WORDS.isdisjoint(lowered)
    if (words[0][:1].islower() or (len(words) > 1 and words[1][:1].islower() and (
            people_or_region(words[0]) or words[0].lower() in ORG_WORDS))
            or _source_after_body(words)) and words[0] not in DETERMINERS:
        # A description: "ministère de l'Intérieur" stands for an institution, "senior
        # official", "French diplomat", "Government official" and "cable TV executive"
        # for somebody left unnamed;
        # not a given name that reads like a people's word ("Roman Kovar", "Françoise
        # Delmas", "Christine Pardo"), a capital after it.
        return "organization" if institution and not lowered & (ROLE_NOUNS | SOURCE_NOUNS) \
            else "anonymous"
    return "organization" if institution else "person"


def _source_after_body(words: list[str]) -> bool:
    """ "BBC drama source", "Kestrel Radio producer": a body's name before lower-case words
    ending in a source's or role's noun describes somebody the text leaves unnamed."""
    lower = next((k for k, w in enumerate(words) if w[:1].islower()), len(words))
    return 0 < lower < len(words) and words[-1] in ROLE_NOUNS | SOURCE_NOUNS and \
        all(w[:1].islower() for w in words[lower:])


def names_somebody(speaker: str) -> bool:
    """A name ("Marie Dupont", "le Pentagone"), not a description ("les visiteurs")."""
    words = speaker.split()
    # "l'AFRV", "l'Élysée": the name after an elided article.
    first = ELIDED_ARTICLE.sub("", words[0])
    return any(w[:1].isupper() for w in words[1:]) or (
        first[:1].isupper() and first.lower() not in DETERMINERS)
