"""French publication titles with their lower-case adjective: "Le Xxx libéré" is one name.

French typography capitalises a title's article and its first noun only ("Le Monde
diplomatique"), so the name finder, which follows capitals, stops before the adjective. A
lower-case word shaped as an adjective (lexicon_fr.FR_ADJECTIVE_ENDINGS), right after an
organisation named "Le/La/Les Xxx" and closing its phrase (a punctuation mark next), is the
title's; a verb would have a complement or be a reporting verb ("Le Monde explique.")."""

from __future__ import annotations

import re

from .lexicon import is_cue
from .lexicon_fr import FR_ADJECTIVE_ENDINGS
from .name_kinds import NAME_ARTICLES
from .names import Mention

# One space, a lower-case word, then the phrase's end: a punctuation mark or a line end.
_CLOSING_WORD = re.compile(r" ([^\W\d_A-Z][^\W\d_]*)(?=\s*(?:[.,;:!?)»”\"]|\n|$))")


def with_title_adjectives(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` with each French title "Le Xxx" stretched over its closing adjective."""
    return [_stretched(text, m) for m in mentions]


def _stretched(text: str, mention: Mention) -> Mention:
    words = mention.text.split()
    if mention.type != "organization" or len(words) != 2 or words[0] not in NAME_ARTICLES:
        return mention
    found = _CLOSING_WORD.match(text, mention.end)
    if found is None:
        return mention
    word = found.group(1)
    if not word.endswith(FR_ADJECTIVE_ENDINGS) or is_cue(word) or not word.islower():
        return mention
    end = found.end()
    return Mention(text[mention.start:end], mention.start, end, mention.type, mention.titled,
                   mention.after_preposition)
