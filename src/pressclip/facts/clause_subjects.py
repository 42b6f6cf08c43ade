"""The subject of a clause inside a sentence, for attribution_before.clause_subject: the
clause a conjunction opens after a comma ("…, and the troubled singer whispered"), the main
clause after a phrase fronted by a comma ("In May, at a Kelvar lunch, Ada Lee also seemed
…, saying"), and the clause a subordinating word opens ("although Y described him as").
"""

from __future__ import annotations

from .lexicon import (
    DETERMINERS,
    MEDIA_WORDS,
    ORG_DESCRIPTIONS,
    ORG_WORDS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SPOKES_NOUNS,
)
from .names import PREPOSITIONS, Mention
from .speaker_words import FRONTED_WORDS, NP_MAX_TOKENS, ROLE_MODIFIERS_MAX
from .speakers import Resolver
from .unnamed import COMPLEMENT_LINKS, RELATIVES

# The nouns that end the subject of a clause a conjunction opens: a role, a source, a body.
SUBJECT_NOUNS = frozenset(ROLE_NOUNS | SOURCE_NOUNS | SPOKES_NOUNS | ORG_WORDS | ORG_DESCRIPTIONS
                          | MEDIA_WORDS)
CONJUNCTIONS = {"et", "mais", "and", "but", "puis", "then"}
# Words that open a clause whose subject comes right after them, in English and French: a
# cue after one of them, no comma between, is that clause's verb ("X is in the running,
# although Y described him as "…"", "a thing which the author called "…""). Not the words
# that are prepositions too ("after", "since", "as", "après").
SUBJECT_OPENERS = {"although", "though", "because", "whereas", "while", "when", "which",
                   "whom", "lorsque", "quand", "puisque"}


def own_clause_subject(head: list[tuple[str, int, int]], persons: list[Mention],
                       resolver: Resolver, last: str | None) -> str | None:
    """The subject of the clause a conjunction opens after the last comma, when every
    person the sentence names stands before it ("Judge X read the verdict, and the troubled
    singer whispered": the singer, not the judge)."""
    commas = [j for j, t in enumerate(head) if t[0] == ","]
    if not commas or commas[-1] + 1 >= len(head):
        return None
    clause = head[commas[-1] + 1:]
    if clause[0][0].lower() not in CONJUNCTIONS or persons[-1].end > clause[0][1]:
        return None
    return conjoined_subject(clause[1:], resolver, last)


def fronted_subject(head: list[tuple[str, int, int]], persons: list[Mention],
                    mentions: list[Mention], sent_start: int, resolver: Resolver,
                    last: str | None) -> str | None:
    """The subject of the main clause after a phrase that opens the sentence, set off by a
    comma, when the names before the verb stand inside that phrase ("In May, at a Kelvar
    lunch, Ada Lee also seemed to …, saying", "Moments before, the senator used …,
    telling"): the person right after the comma before a lower-case word, or, when the
    cue comes after a later comma, a determiner phrase whose head, a role's, a source's or
    a body's noun, a lower-case verb follows.
    Not after a person who opens the sentence ("X, a former president of Y, said": the
    phrase after the comma describes X)."""
    if any(m.start == head[0][1] for m in persons):
        return None
    main = next((m for m in persons[1:] if resolver.after_fronted(m, sent_start)), None)
    if main is not None:
        return resolver.name(main)
    comma = next((j for j, t in enumerate(head[:FRONTED_WORDS]) if t[0] == ","), None)
    if comma is None or any(m.end > head[comma][1] for m in mentions):
        return None
    rest = head[comma + 1:]
    # Running to the cue, the phrase after the comma is read whole by clause_subject.
    if not rest or rest[0][0].lower() not in DETERMINERS or all(t[0] != "," for t in rest):
        return None
    for k in range(1, min(len(rest) - 1, ROLE_MODIFIERS_MAX + 2)):
        if rest[k][0].lower() in SUBJECT_NOUNS:
            verb = rest[k + 1][0]
            if verb.isalpha() and verb.islower() and verb not in PREPOSITIONS | \
                    COMPLEMENT_LINKS | RELATIVES:
                return resolver.phrase(rest[0][1], rest[k][2], last)
            return None
    return None


def conjoined_subject(clause: list[tuple[str, int, int]], resolver: Resolver,
                      last: str | None) -> str | None:
    """The subject of a clause a conjunction opens, the conjunction left out ("…, and the
    troubled singer blew him kisses and whispered", "… et le groupe a répondu"): a
    determiner, at most ROLE_MODIFIERS_MAX words, then the noun of a role, a source or a
    body, read alone as the speaker phrase; None when the clause opens otherwise (its verb
    shares the first clause's subject). Read only there: at a sentence's start the whole
    phrase up to the verb is the speaker phrase ("the spokesman for X")."""
    if not clause or clause[0][0].lower() not in DETERMINERS:
        return None
    for k in range(1, min(len(clause), ROLE_MODIFIERS_MAX + 2)):
        if clause[k][0].lower() in SUBJECT_NOUNS:
            return resolver.phrase(clause[0][1], clause[k][2], last)
    return None


def subordinate_subject(head: list[tuple[str, int, int]], resolver: Resolver,
                        last: str | None) -> str | None:
    """The subject of the clause a SUBJECT_OPENERS word opens inside the sentence, when the
    reporting verb ends that clause: the name right after the word, or the phrase it opens
    with a determiner ("which the author")."""
    for k in range(len(head) - 2, 0, -1):
        word = head[k][0]
        if word in ",;:":
            return None
        if word.lower() not in SUBJECT_OPENERS:
            continue
        rest = head[k + 1:]
        named = [m for m in resolver.between(rest[0][1], rest[0][2])
                 if not resolver.in_quote(m.start)]
        if named:
            return resolver.name(named[0]) if named[0].type == "person" else \
                resolver.with_determiner(named[0])
        if rest[0][0].lower() in DETERMINERS and len(rest) <= NP_MAX_TOKENS:
            return resolver.phrase(rest[0][1], rest[-1][2], last)
        return None
    return None
