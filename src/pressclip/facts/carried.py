"""The speaker a quotation keeps when nothing near it says who speaks: the person its run
of paragraphs reports, when that run names nobody else."""

from __future__ import annotations

from .lexicon import DETERMINERS, is_cue
from .names import Mention
from .speaker_words import WORD_RE
from .speakers import Resolver

# Paragraphs before the quote's own that the run may reach back over. Measured with
# bench.quotes on the seen parts: 0, 1, 2, 3, 5 give fr speaker 296, 297, 298, 298, 297 of
# 331 right and en 924, 924, 924, 927, 926 of 1026 (295 and 924 without the rule; measured
# before the determiner guard below, which changes neither figure at 3).
CARRY_PARAGRAPHS = 3
ELIDED_ARTICLES = ("l'", "l’")  # French: "L'affaire"


def carried_speaker(paragraphs: list[tuple[int, int]], p_index: int, sent_start: int,
                    open_pos: int, resolver: Resolver) -> str | None:
    """The speaker of a quote with no attribution: the one person named over the quote's
    paragraph and the CARRY_PARAGRAPHS before it, when a sentence there has that person
    as the subject of a reporting verb ("X souligne … . Face à « … »"); None when the run
    names two people or names nobody, or names its person only in passing, and when the
    quote's sentence opens with a determiner: it has a subject of its own ("Les reproches
    … portaient sur « … »", "The complaints were of "…""), whose words these are."""
    if _own_subject(resolver.text, sent_start, open_pos):
        return None
    lower = paragraphs[max(0, p_index - CARRY_PARAGRAPHS)][0]
    persons = [m for m in resolver.persons_before(open_pos, lower)
               if not resolver.in_quote(m.start)]
    names = {resolver.name(m) for m in persons}
    if len(names) != 1 or not any(_reporting_subject(m, resolver) for m in persons):
        return None
    return names.pop()


def _own_subject(text: str, sent_start: int, open_pos: int) -> bool:
    first = WORD_RE.search(text, sent_start, open_pos)
    if first is None:
        return False
    word = first.group(0).lower()
    return word in DETERMINERS or word[:2] in ELIDED_ARTICLES


def _reporting_subject(m: Mention, resolver: Resolver) -> bool:
    """The name is its sentence's subject, not a complement, and a reporting verb follows
    it in that sentence: the sentence introduces a speaker, not just somebody acting."""
    if m.after_preposition:
        return False
    start, end = resolver.sentence_of(m.start)
    if not resolver.subject_like(m, start, []):
        return False
    return any(is_cue(w) for w in WORD_RE.findall(resolver.text, m.end, end))
