"""Attribution, the middle stage of the quote finder: where a quotation says who spoke.

For a quotation found by quotes.py, the reporting cue and its subject are looked for after
the closing mark ("…," she said, here), before the opening mark in its sentence (X said:
"…"), after a colon and in "Pour X, …" (attribution_before.py), and in a signature line
after the quote (here); the speaker phrase found is handed to speakers.Resolver.
quote_acceptance.py drops scare quotes, titles and names (short spans with no cue,
title-case spans, spans after a naming word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gender import pronoun_gender
from .lexicon import (
    CAPITAL_STOPWORDS,
    CUE_INFINITIVES,
    DETERMINERS,
    DOCUMENT_WORDS,
    INDEFINITE,
    MODALS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SPOKES_NOUNS,
    TITLES,
    is_cue,
)
from .names import PREPOSITIONS
from .speaker_kinds import names_somebody
from .speaker_words import (
    ANAPHORIC,
    DOCUMENT_FROM,
    NP_MAX_TOKENS,
    PARENTHESIS,
    SPOKES_LINKS,
    WORD_RE,
    tokens_of,
)
from .speakers import Resolver

# Words that open a clause fronted before the main one ("When X asked …, Y said").
SUBORDINATORS = {"when", "after", "as", "while", "before", "although", "though", "because",
                 "since", "once", "whenever", "quand", "lorsque", "après", "alors", "comme",
                 "puisque", "tandis"}
# Those that open the writer's clause after a quote ("as X said" and "comme" aside).
NEXT_CLAUSE_OPENERS = SUBORDINATORS - {"as", "comme"}

# How far attribution patterns look around the marks (tokens).
ATTRIBUTION_WINDOW = 14
# Words that end a speaker phrase after a cue ("a déclaré X dans un communiqué").
NP_STOPS = set(
    (
        "dans lors à au aux en sur devant pendant après avant depuis pour par avec chez "
        "selon qui que qu' qu’ dont et mais car ce cette ces ajoutant estimant in at on to "
        "during after before from for with as when while who whom which that and but "
        "adding told saying quoted ce jeudi vendredi lundi mardi mercredi samedi dimanche "
        "monday tuesday wednesday thursday friday saturday sunday today yesterday "
        "hier aujourd'hui also earlier later last this"
    ).split()
)
# "de source policière proche de l'enquête": the adjectives kept of an unnamed source.
ANONYMOUS_ADJECTIVES = 2
LEARNT = {"appris", "su", "learned", "learnt"}
# "à l'AFP", "au Monde": the listener between a French verb and its speaker.
LISTENER_LINKS = {"à", "au", "aux"}
# French pronouns of the one spoken to, right before the verb of an incise ("lui a dit").
LISTENER_CLITICS = {"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"}
CIRCUMSTANCE_PREPOSITIONS = {"en", "dans", "lors", "devant", "sur", "in", "at", "during"}
DEFINITE = {"le", "la", "les", "the"}
TIME_WORDS = set(
    (
        "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui "
        "matin soir midi après-midi dernier dernière monday tuesday wednesday thursday "
        "friday saturday sunday yesterday today tonight morning evening afternoon"
    ).split()
)

APPOSITION_WINDOW = 30
PARTICIPLE = re.compile(r"(?:ing|ant)$")
ING = "ing"  # the English present participle's ending
# The nouns that head a speaker phrase naming a person (a role, an unnamed source).
PERSON_HEADS = frozenset(ROLE_NOUNS | SOURCE_NOUNS)
ADVERBS = {"also", "later", "then", "again", "once", "également", "encore", "aussi", "ensuite"}
# After a quote's closing mark, a name alone up to the paragraph's end or a comma signs it.
SIGNATURE = re.compile(r"[»”\"]*[^\S\n]*(?:[-–—][^\S\n]*)?([^\s,.;:!?«»“”\"][^,\n]{0,60}?)"
                       r"[^\S\n]*(?:,|\.?[^\S\n]*$)", re.MULTILINE)
# "quant à lui", "pour sa part", "for his part": a contrast marker between verb and speaker.
ASIDES = {(a, b, c) for a, b in (("quant", "à"),) for c in ("lui", "elle", "eux", "elles")} | {
    (a, b, "part") for a in ("pour", "for") for b in ("sa", "leur", "his", "her", "their", "its")
} | {("de", b, "côté") for b in ("son", "leur")}

# "As he put it, "…"", "As the minister once put it: "…"": whoever put it so.
_PUT_IT = r"[Aa]s\s+([^,;:«“\"]{2,60}?)\s+(?:(?:has|had|once|so)\s+)?(?:put|puts)\s+it\s*"

# "estime-t-on à l'Élysée", "au ministère": the article each preposition carries.
ON_PLACES = {"à": "", "chez": "", "dans": "", "au": "le ", "aux": "les ", "du": "le "}
# "peut-on lire dans X", "lit-on sur X", "can be read in X".
READ_ASKERS = {"peut-on", "pouvait-on", "pourra-t-on", "pouvons-nous", "on", "can", "could"}
READ_PLACES = {"dans", "sur", "in", "on"}
# "…, a déclaré", "…, s'est félicitée": the auxiliary before an incise's verb.
INCISE_AUXILIARIES = {"a", "avait", "ont", "has", "had", "se", "s'est", "s’est", "s'était",
                      "s’était"}

CLOSING = "»”\"›"

SUBJECT_PRONOUNS = {"il", "elle", "on", "ils", "elles", "qui", "he", "she", "they", "who", "it"}
# Set differences asked for every quote, built once rather than at each call.
SENTENCE_OPENERS = frozenset(CAPITAL_STOPWORDS - SUBJECT_PRONOUNS)

# Words that name a source before a quote, and auxiliaries that are no cue on their own.
SOURCE_WORDS = {"selon", "d'après", "d’après", "according"}
AS_WORD = "comme"  # "« … », comme le rappelle X": French only, English says "as X said"
AS_CLITICS = {"le", "l'", "l’"}

# A pronoun "in a statement" stands for an institution before a person.
RELEASE_WORDS = {"communiqué", "statement", "release"}
# "Qualifié de « … » par X", "described as "…" by X": a past participle right before the
# quote, and its agent after it.
# An inverted subject pronoun ("affirme-t-il"), asked at run time: compiled once.
INVERTED_PRONOUN = re.compile(r"-(il|elle|ils|elles)$")

RELEASE_TOKENS = 3


def _abbreviation_dot(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """tokens[i] is the full stop of "M.", "Dr." or an initial, not a sentence end."""
    if tokens[i][0] != "." or i == 0 or tokens[i - 1][2] != tokens[i][1]:
        return False
    prev = tokens[i - 1][0]
    return (len(prev) == 1 and prev.isupper()) or prev.lower() in TITLES \
        or prev.lower() + "." in TITLES


def _skip_circumstances(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Drop what stands between a verb and its speaker: "mardi", "à l'AFP", "also"."""
    i = 0
    while i < len(tokens):
        low = tokens[i][0].lower()
        if low in TIME_WORDS or low in ADVERBS:
            i += 1
        elif tuple(t[0].lower() for t in tokens[i:i + 3]) in ASIDES:
            i += 3  # "insiste quant à lui X", "indique pour sa part le général X"
        elif low in LISTENER_LINKS and i + 1 < len(tokens):
            # "à l'AFP", "au Monde", "à la presse": the listener, then the speaker.
            i += 3 if tokens[i + 1][0].lower() in DETERMINERS | ANAPHORIC else 2
        elif low in CIRCUMSTANCE_PREPOSITIONS:
            # "en préambule le président …", "dans un communiqué le ministère …"
            j = i + 1
            while j < min(len(tokens), i + 6) and not _starts_speaker(tokens[j][0]) and \
                    tokens[j][0].lower() not in LISTENER_LINKS:
                j += 1
            if j >= len(tokens) or not (_starts_speaker(tokens[j][0]) or
                                        tokens[j][0].lower() in LISTENER_LINKS):
                break
            i = j  # "dans un entretien au Monde la dirigeante": the listener comes next
        else:
            break
    return tokens[i:]


def _starts_speaker(token: str) -> bool:
    low = token.lower()
    return token[:1].isupper() or low in DEFINITE or low[:2] in {"l'", "l’"}


def _participle_clause(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """tokens[i] is an English present participle opening a clause after the speaker
    phrase's head, a name or a person's noun: 'said Hollis citing …', 'says a young man
    wearing a mask'. Before a role's noun it is an adjective of the role ('the US acting
    ambassador'), and after a determiner or an adjective the head is still to come."""
    tok = tokens[i][0]
    if i == 0 or not tok.islower() or not tok.endswith(ING):
        return False
    previous = tokens[i - 1][0]
    following = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
    head = previous[:1].isupper() or previous.lower() in PERSON_HEADS
    return head and following not in PERSON_HEADS


def _np_after(tokens: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The speaker phrase that opens a token list ("le bureau de M. Zelensky dans …")."""
    tokens = _skip_circumstances(tokens)
    if not tokens:
        return None
    end_index = 0
    for i, (tok, _, _) in enumerate(tokens[:NP_MAX_TOKENS]):
        low = tok.lower()
        if _abbreviation_dot(tokens, i):
            end_index = i + 1
            continue
        # A spaced dash closes the phrase as a comma does ("… – affirme la ministre – …").
        # "a spokesman for X", "a statement from X": the link keeps the body in the phrase.
        if tok in ",.;:!?()«»“”\"–—" or (i > 0 and low in NP_STOPS and not (
                low in SPOKES_LINKS and tokens[i - 1][0].lower() in SPOKES_NOUNS) and not (
                low in DOCUMENT_FROM and tokens[i - 1][0].lower() in DOCUMENT_WORDS)) or \
                _participle_clause(tokens, i):
            break
        end_index = i + 1
    if end_index == 0:
        return None
    return tokens[0][1], tokens[end_index - 1][2]


@dataclass(slots=True)
class Attribution:
    speaker: str | None
    cue: str | None
    cue_before: bool
    distance: int = 0  # tokens between the cue and the quote mark


def attribution_after(text: str, close: int, limit: int, resolver: Resolver,
                       last: str | None) -> Attribution | None:
    aside = PARENTHESIS.match(text, close, limit)
    if aside:
        close = aside.end()  # « Errare humanum est » (a translation), lance …
    tokens = tokens_of(text[close:limit], close, ATTRIBUTION_WINDOW)
    ended = text[max(0, close - 8) : close].rstrip(CLOSING + " ").endswith(".")
    if ended and tokens and tokens[0][0][:1].isupper() and \
            tokens[0][0].lower() in SENTENCE_OPENERS:
        return None  # '"… louder." Some players would claim …': the next sentence
    while tokens and tokens[0][0] in ",.!?;…-–—)":
        tokens = tokens[1:]
    if len(tokens) > 1 and tokens[0][0].lower() in LISTENER_CLITICS and (
            tokens[1][0].lower() in INCISE_AUXILIARIES or is_cue(tokens[1][0])):
        # "« … », lui a répondu X": the pronoun is the listener, the speaker follows.
        tokens = tokens[1:]
    tokens = _as_said(tokens)
    if not tokens:
        return None
    modal = _modal_cue(tokens)
    if modal:
        # "…», tente d'expliquer la ministre": the reporting verb is the infinitive.
        span = _np_after(tokens[modal:])
        if span is None:
            return None
        return Attribution(resolver.phrase(span[0], span[1], last),
                           " ".join(t[0] for t in tokens[:modal]), False)
    aux = ""
    if len(tokens) > 1 and tokens[0][0].lower() in INCISE_AUXILIARIES \
            and is_cue(tokens[1][0]):
        aux = tokens[0][0] + " "
        tokens = tokens[1:]
    first = tokens[0][0]
    # "according" ends like a participle but names its source: '"…," according to X'.
    if PARTICIPLE.search(first) and first.lower() not in TITLES and \
            first.lower() not in ROLE_NOUNS and first.lower() not in SOURCE_WORDS and \
            not _noun_use(tokens, 0) and not (
                first[:1].isupper() and len(tokens) > 1 and is_cue(tokens[1][0]) and any(
                    m.type == "person" and m.start == tokens[0][1]
                    for m in resolver.between(tokens[0][1], tokens[0][2]))):
        # '"…", adding that …': a participle, not "Assistant U.S. Attorney X" nor a name
        # that ends like one ("Manning said", "Grant told").
        return None
    read = _read_in(tokens)
    if read is not None:
        span = _np_after(read)
        return Attribution(resolver.phrase(span[0], span[1], last) if span else None,
                            " ".join(t[0] for t in tokens[: len(tokens) - len(read)]), False)
    # "…", a déclaré X / said X / affirme-t-elle / a-t-il déclaré
    if is_cue(first.strip(",.")):
        cue_words = [first]
        rest = tokens[1:]
        while rest and (is_cue(rest[0][0]) or rest[0][0].lower() in ADVERBS):
            cue_words.append(rest[0][0])
            rest = rest[1:]
        cue = aux + " ".join(cue_words)
        if cue_words[0].lower().endswith("-on"):
            # "indique-t-on à l'Élysée": the place speaks for its people; "de source
            # policière" is that unnamed source; nothing names nobody.
            return Attribution(_on_at(text, rest, resolver, last), cue, False)
        if INVERTED_PRONOUN.search(cue_words[0].lower()) or INVERTED_PRONOUN.search(
            cue_words[-1].lower()):
            if _in_release(rest):
                # "indique-t-il dans un communiqué": an institution speaks in releases.
                found = resolver.organisation(tokens[0][1], None, last)
                if found:
                    return Attribution(found, cue, False)
            return Attribution(resolver.pronoun(tokens[0][1], last, gender=pronoun_gender(
                cue_words[-1] if "-" in cue_words[-1] else cue_words[0])), cue, False)
        source = cue_words[0].lower() in SOURCE_WORDS
        if source and rest and rest[0][0].lower() == "to":
            rest = rest[1:]  # "according to his account": the phrase after "to"
        span = _np_after(rest)
        if span is None or text[span[1]:span[1] + 2].strip().startswith(":"):
            return None
        end = max([span[1]] + [m.end for m in resolver.between(span[0], span[1])])
        # "le directeur adjoint du Village Augustin Le Van Minh": a name the phrase's
        # length cut is read whole.
        speaker = resolver.phrase(span[0], end, last)
        if speaker is None and source:
            # 'X said, "…," according to a transcript': a source naming nobody leaves the
            # quote to its other cue.
            return None
        return Attribution(speaker, cue, False)
    if tokens[0][0].lower() in NEXT_CLAUSE_OPENERS:
        # "« … », quand le maire critiquait une « … »": the subject of the clause that
        # follows the quote speaks the next quote, not this one.
        return None
    # "…," X said / he added / X, a professor at Y, said
    tokens = tokens_of(text[tokens[0][1]:limit], tokens[0][1], APPOSITION_WINDOW)
    phrase_end: int | None = None
    # A name is one word of the phrase, however long: "Amy Kowalczyk of the John Harlow College
    # of Applied Health, one of the authors, told" is a name, "of the" and a name.
    inside_names = [(m.start, m.end) for m in resolver.between(tokens[0][1], tokens[-1][2])]
    words = 0  # tokens of the phrase so far, the full stops of "U.S." and "M." left out
    for i, (tok, start, _) in enumerate(tokens[1:], start=1):
        if _abbreviation_dot(tokens, i) or any(a < start < b for a, b in inside_names):
            continue
        words += 1
        if tok == "," and phrase_end is None and words <= NP_MAX_TOKENS:
            phrase_end = tokens[i - 1][2]
            continue
        if tok in ".;:!?«»“”\"" or (tok == "," and phrase_end is not None):
            if tok != "," or i + 1 >= len(tokens) or not _cue_at(tokens, i + 1):
                return None
            continue
        if phrase_end is None and words > NP_MAX_TOKENS:
            return None
        if is_cue(tok) and tok.lower() not in {"selon", "according", "d'après", "d’après"} \
                and tokens[i - 1][0].lower() not in DETERMINERS \
                and not _noun_use(tokens, i):  # "the report", "point guard X said": nouns
            # "X, director of Y at Z said": the apposition may lack its closing comma.
            end = phrase_end if phrase_end is not None else tokens[i - 1][2]
            speaker = resolver.phrase(tokens[0][1], end, last)
            named = [m for m in resolver.between(end, tokens[i][1]) if m.type == "person"]
            if phrase_end is not None and named and (speaker is None or not any(
                    m.type == "person" for m in resolver.between(tokens[0][1], end))):
                # "a senior official, Amos Gilad, told": the description, then the name.
                speaker = resolver.name(named[0])
            if speaker or tokens[0][0].lower() in INDEFINITE or (
                    i == 1 and tokens[0][0].lower() in resolver.pronouns):
                # "a statement said": unnamed; '"…," she said' with nobody she can be
                # still reports somebody's words.
                return Attribution(speaker, tok, False)
            if tokens[0][0][:1].islower() and tokens[i - 1][0] == ",":
                # '"…" aimed at her government, said X': the writer's words close the
                # sentence the quote opened, then the verb and its speaker.
                span = _np_after(tokens[i + 1:])
                speaker = resolver.phrase(span[0], span[1], last) if span else None
                if speaker and names_somebody(speaker):
                    return Attribution(speaker, tok, False)
            # "Some players later would claim …" is the next sentence, not an attribution.
            return None
    return None


def _as_said(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """ "« … », comme le souligne X", "comme l'a dit X", "comme rappelait X": "comme" and
    the object pronoun standing for the quote dropped, so that the cue opens the tokens;
    the tokens as they are when they open otherwise."""
    if len(tokens) < 3 or tokens[0][0].lower() != AS_WORD:
        return tokens
    word, start, end = tokens[1]
    low = word.lower()
    rest = tokens[1:]
    if low in AS_CLITICS:
        rest = tokens[2:]
    elif low[:2] in AS_CLITICS and len(low) > 2:
        rest = [(word[2:], start + 2, end)] + tokens[2:]  # "l'a", "l'explique"
    verb = rest[0][0].lower()
    if verb in INCISE_AUXILIARIES and len(rest) > 1:
        verb = rest[1][0].lower()
    return rest if is_cue(verb) and verb not in SOURCE_WORDS else tokens


def _modal_cue(tokens: list[tuple[str, int, int]]) -> int:
    """The number of tokens of "tente d'expliquer", "a tenu à préciser" (a modal verb, after
    its auxiliary, then "de"/"à" and a reporting verb's infinitive) opening tokens; 0 when
    they open otherwise."""
    words = [t[0].lower() for t in tokens[:4]]
    i = 1 if len(words) > 1 and words[0] in INCISE_AUXILIARIES and words[1] in MODALS else 0
    if i >= len(words) - 1 or words[i] not in MODALS:
        return 0
    link = words[i + 1]
    if link[:2] in {"d'", "d’"} and link[2:] in CUE_INFINITIVES:
        return i + 2
    if link in {"à", "de"} and i + 2 < len(words) and words[i + 2] in CUE_INFINITIVES:
        return i + 3
    return 0


def _noun_use(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """A cue word used as a noun's modifier: a lower-case word follows it, then a name and
    the real cue ("starting point guard Derek Haines said")."""
    if i + 1 >= len(tokens) or not tokens[i + 1][0].isalpha() or \
            not tokens[i + 1][0].islower() or tokens[i + 1][0] in NP_STOPS or \
            tokens[i + 1][0] in PREPOSITIONS:
        return False  # "was quoted by X as saying": the verb, then its agent
    for j in range(i + 2, len(tokens)):
        word = tokens[j][0]
        if is_cue(word):
            return tokens[j - 1][0][:1].isupper()
        if not word.isalpha() or word.lower() in NP_STOPS:
            return False
    return False


def _in_release(rest: list[tuple[str, int, int]]) -> bool:
    """ "dans un communiqué", "in a statement": the words after a cue name a release."""
    words = [t[0].lower() for t in rest[:RELEASE_TOKENS]]
    return len(words) >= 3 and words[0] in {"dans", "in"} and words[1] in {"un", "a"} and \
        words[2] in RELEASE_WORDS


def pronoun_after(text: str, close: int, resolver: Resolver) -> bool:
    """The quote is attributed by a pronoun right after it ("she said", "said he")."""
    words = [w.lower() for w in WORD_RE.findall(text[close:close + 40])[:2]]
    return bool(words) and (words[0] in resolver.pronouns or (
        len(words) == 2 and is_cue(words[0]) and words[1] in resolver.pronouns))


def signature(text: str, close: int, p_end: int, resolver: Resolver) -> Attribution | None:
    """A paragraph-long quote signed after its marks: '"…" - Name', '« … » Name, role, …'."""
    found = SIGNATURE.match(text, close, p_end)
    if not found:
        return None
    start, end = found.start(1), found.end(1)
    signer = [m for m in resolver.between(start, end) if m.start == start and m.end == end]
    if not signer or signer[0].type != "person":
        return None
    return Attribution(resolver.name(signer[0]), None, False)


def _on_at(text: str, rest: list[tuple[str, int, int]], resolver: Resolver,
           last: str | None) -> str | None:
    """The institution after "-t-on à / au / chez / dans", as the text names it; the
    unnamed source of "de source policière" as "source policière"."""
    if rest and rest[0][0].lower() in LEARNT:
        rest = rest[1:]  # "a-t-on appris de source policière"
    if len(rest) >= 2 and rest[0][0].lower() == "de" and rest[1][0].lower() == "source":
        described = [rest[1][0]]
        for token in rest[2:2 + ANONYMOUS_ADJECTIVES]:
            if not token[0].isalpha() or not token[0].islower() or token[0] in NP_STOPS:
                break
            described.append(token[0])
        return " ".join(described) if len(described) > 1 else None
    if len(rest) < 2 or rest[0][0].lower() not in ON_PLACES:
        return None
    span = _np_after(rest[1:])
    if span is None:
        return None
    found = resolver.phrase(span[0], span[1], last)
    if found is None and text[span[0]:span[0] + 1].islower():
        # "au ministère de l'Intérieur": the article the contraction carries.
        found = ON_PLACES[rest[0][0].lower()] + text[span[0]:span[1]]
    return found


def _read_in(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]] | None:
    """ "peut-on lire dans Le Monde", "can be read in the report": the tokens after the
    preposition that names the source, or None."""
    words = [t[0].lower() for t in tokens[:5]]
    if len(words) > 1 and words[0] in {"lit-on", "lisait-on"} and words[1] in READ_PLACES:
        return tokens[2:]
    for i, w in enumerate(words[:3]):
        if w in {"lire", "read"} and i and i + 1 < len(words) and \
                words[i + 1] in READ_PLACES and words[i - 1] in READ_ASKERS | {"be"}:
            return tokens[i + 2 :]
    return None


def _cue_at(tokens: list[tuple[str, int, int]], i: int) -> bool:
    while i < len(tokens) and tokens[i][0].lower() in ADVERBS:
        i += 1
    return i < len(tokens) and is_cue(tokens[i][0])
