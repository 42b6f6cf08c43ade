"""Attribution, the middle stage of the quote finder: where a quotation says who spoke.

For a quotation found by quotes.py, the reporting cue and its subject are looked for after
the closing mark ("…," she said), before the opening mark in its sentence (X said: "…"),
after a colon, in "Pour X, …", and in a signature line after the quote; the speaker phrase
found is handed to speakers.Resolver. accept_quote drops scare quotes, titles and names
(short spans with no cue, title-case spans, spans after a naming word).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from .gender import pronoun_gender
from .lexicon import (
    CAPITAL_STOPWORDS,
    CHARGE_LEADS,
    CUE_INFINITIVES,
    DETERMINERS,
    INDEFINITE,
    MODALS,
    NAMING_WORDS,
    NOUN_DETERMINERS,
    PASSIVE_AUXILIARIES,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    TITLES,
    is_cue,
)
from .marks import sentence_bounds
from .names import (
    PREPOSITIONS,
    Mention,
)
from .speakers import (
    ANAPHORIC,
    COMPLEMENT_LINKS,
    FRONTED_WORDS,
    ISSUED_BY,
    NP_MAX_TOKENS,
    PARENTHESIS,
    PRENOMINAL,
    SPOKES_LINKS,
    WORD_RE,
    Resolver,
    names_somebody,
    tokens_of,
)
from .unnamed import RELATIVES

# Marks that may close a quoted title, the comma that ends a clause kept inside them.
CLOSING_MARKS = {'"', "”", "»"}
# "X, he vowed, "…"": an English incise's pronoun (a French one after a name restates it:
# "Macron, il a dit").
INCISE_PRONOUNS = {"he", "she"}
# Titles at most before the main clause's subject, after a fronted clause of FRONTED_WORDS
# at most (the bound speakers.py's subject test uses).
TITLE_WORDS_MAX = 3
# Words that open a clause fronted before the main one ("When X asked …, Y said").
SUBORDINATORS = {"when", "after", "as", "while", "before", "although", "though", "because",
                 "since", "once", "whenever", "quand", "lorsque", "après", "alors", "comme",
                 "puisque", "tandis"}
# Those that open the writer's clause after a quote ("as X said" and "comme" aside).
NEXT_CLAUSE_OPENERS = SUBORDINATORS - {"as", "comme"}
# A quoted span this long is somebody's words even when nobody is named.
MIN_WORDS_UNATTRIBUTED = 8
# Shorter spans need a reporting cue before them in their sentence.
MIN_WORDS_CUE_AFTER = 3
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
# Words that open a complement clause ("said that …", "a estimé que …").
COMPLEMENTISERS = {"that", "que"}
ELIDED = re.compile(r"^(?:qu|lorsqu|puisqu|quoiqu|parce qu)['’]")
APPOSITION_WINDOW = 30
PARTICIPLE = re.compile(r"(?:ing|ant)$")
ADVERBS = {"also", "later", "then", "again", "once", "également", "encore", "aussi", "ensuite"}
# After a quote's closing mark, a name alone up to the paragraph's end or a comma signs it.
SIGNATURE = re.compile(r"[»”\"]*[^\S\n]*(?:[-–—][^\S\n]*)?([^\s,.;:!?«»“”\"][^,\n]{0,60}?)"
                       r"[^\S\n]*(?:,|\.?[^\S\n]*$)", re.MULTILINE)
# "quant à lui", "pour sa part", "for his part": a contrast marker between verb and speaker.
ASIDES = {(a, b, c) for a, b in (("quant", "à"),) for c in ("lui", "elle", "eux", "elles")} | {
    (a, b, "part") for a in ("pour", "for") for b in ("sa", "leur", "his", "her", "their", "its")
} | {("de", b, "côté") for b in ("son", "leur")}
# Cues further than this before a short quote are not its attribution.
NEAR_CUE_TOKENS = 30
UNNAMED_CUE_TOKENS = 8
POUR = re.compile(
    r"\s*(?:(?:Mais|Et|Or|But|And|Yet)\s+)?(?:[Pp]our|[Ff]or|[Ss]elon|[Aa]ccording to)\s+"
    r"([^,;:«“\"]{2,60}?)\s*,")
# "As he put it, "…"", "As the minister once put it: "…"": whoever put it so.
_PUT_IT = r"[Aa]s\s+([^,;:«“\"]{2,60}?)\s+(?:(?:has|had|once|so)\s+)?(?:put|puts)\s+it\s*"
AS_PUT_IT = re.compile(r"\s*(?:(?:But|And|Yet|Or)\s+)?" + _PUT_IT + "[,:]")
# "… was, as Dora put it, "…"": the same right before the quote, inside its sentence,
# within this many characters of it.
PUT_IT_CHARS = 80
PUT_IT_BEFORE = re.compile(r"\b" + _PUT_IT + r"[,:]?\s*$")
# "À ses yeux, « … »", "In her view, "…"": the person the possessive stands for.
IN_ONES_VIEW = re.compile(r"\s*((?:[AÀaà]|[Ss]elon) (?:ses|leurs) yeux|[Ii]n (?:his|her|their) "
                          r"(?:view|eyes|words))\s*,")
# "estime-t-on à l'Élysée", "au ministère": the article each preposition carries.
ON_PLACES = {"à": "", "chez": "", "dans": "", "au": "le ", "aux": "les ", "du": "le "}
# "peut-on lire dans X", "lit-on sur X", "can be read in X".
READ_ASKERS = {"peut-on", "pouvait-on", "pourra-t-on", "pouvons-nous", "on", "can", "could"}
READ_PLACES = {"dans", "sur", "in", "on"}
# "…, a déclaré", "…, s'est félicitée": the auxiliary before an incise's verb.
INCISE_AUXILIARIES = {"a", "avait", "ont", "has", "had", "se", "s'est", "s’est", "s'était",
                      "s’était"}
POUR_CONJUNCTIONS = {"Mais", "Et", "Or", "But", "And", "Yet"}
CONJUNCTIONS = {"et", "mais", "and", "but", "puis", "then"}
CLOSING = "»”\"›"
# "dit" is a reporting verb as often as a naming word ("Jean, dit « le Grand »").
AMBIGUOUS_NAMING = {"dit", "dite", "called"}
SUBJECT_PRONOUNS = {"il", "elle", "on", "ils", "elles", "qui", "he", "she", "they", "who", "it"}
# Set differences asked for every quote, built once rather than at each call.
SENTENCE_OPENERS = frozenset(CAPITAL_STOPWORDS - SUBJECT_PRONOUNS)
NAMING_ONLY = frozenset(NAMING_WORDS - AMBIGUOUS_NAMING)
GERUND_MARKERS = {"en", "tout", "while", "by", "after", "before"}
# Words that name a source before a quote, and auxiliaries that are no cue on their own.
SOURCE_WORDS = {"selon", "d'après", "d’après", "according"}
AS_WORD = "comme"  # "« … », comme le rappelle X": French only, English says "as X said"
AS_CLITICS = {"le", "l'", "l’"}
FRENCH_AUXILIARIES = {"a", "ont", "avait"}
# Lower-case words of a noun phrase ("his former challenger"), or the French auxiliary
# before a verb ("a remercié"): not the verb of a clause.
NOT_VERBS = frozenset(DETERMINERS | ROLE_NOUNS | SPOKES_NOUNS | TITLES | PRENOMINAL
                      | FRENCH_AUXILIARIES)
# Prepositions that also open a clause: the name after them may be its subject.
CLAUSE_OPENERS = {"since", "after", "before", "until", "depuis", "après", "avant"}
# A pronoun "in a statement" stands for an institution before a person.
RELEASE_WORDS = {"communiqué", "statement", "release"}
# "Qualifié de « … » par X", "described as "…" by X": a past participle right before the
# quote, and its agent after it.
# An inverted subject pronoun ("affirme-t-il"), asked at run time: compiled once.
INVERTED_PRONOUN = re.compile(r"-(il|elle|ils|elles)$")
PAST_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ed)$")
AGENT_LINKS = {"de", "d'", "d’", "as", "comme", "en"}
AGENT_AFTER = re.compile(r"[»”\"\s]*,?\s*(?:par|by)\s+")
AGENT_CHARS = 120
RELEASE_TOKENS = 3
CHARGE_CHARS = 40  # the words right before a quote mark that may bring a charge
CHARGE_WORDS_CHARS = 200  # the longest charge quoted in a list
CHARGES_LISTED = 4  # a charge and the ones listed after it
# '» et « …', '», et pour « …', '" and "…': the mark of a charge listed after another.
LISTED_CHARGE = re.compile(r'[»”"]\s*,?\s*(?:et|ou|and|or)\s+(?:pour\s+)?$', re.IGNORECASE)


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
        if tok in ",.;:!?()«»“”\"" or (i > 0 and low in NP_STOPS and not (
                low in SPOKES_LINKS and tokens[i - 1][0].lower() in SPOKES_NOUNS)):
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


def _charged(text: str, open_pos: int) -> bool:
    """A legal charge's lead ends right before the mark ("poursuivi pour « …"), or the
    mark opens the next charge of a list ("pour « … » et « …", "», et pour « …")."""
    for _ in range(CHARGES_LISTED):
        before = text[max(0, open_pos - CHARGE_CHARS):open_pos]
        if " ".join(before.lower().split()[-2:]) in CHARGE_LEADS:
            return True
        listed = LISTED_CHARGE.search(before)
        if listed is None:
            return False
        # The opening mark of the quote before, within its longest charge.
        closing = open_pos - len(before) + listed.start()
        open_pos = max(text.rfind(mark, max(0, closing - CHARGE_WORDS_CHARS), closing)
                       for mark in "«“\"")
        if open_pos < 0:
            return False
    return False


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


def _after_conjunction(text: str, m) -> bool:
    """ "since Laura Benning pledged": a word both preposition and conjunction opens a clause
    whose subject the name is."""
    before = text[max(0, m.start - 12):m.start].split()
    return bool(before) and before[-1].lower() in CLAUSE_OPENERS


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


def attribution_before(text: str, sent_start: int, open_pos: int, resolver: Resolver,
                        last: str | None, same_sentence: bool) -> Attribution | None:
    tokens, marked = _window(text, sent_start, open_pos, resolver)
    for i in reversed(marked):
        tok = tokens[i][0]
        low = tok.lower()
        distance = len(tokens) - i
        if low in SOURCE_WORDS:
            rest = tokens[i + 2 :] if low == "according" else tokens[i + 1 :]
            span = _np_after(rest)
            speaker = resolver.phrase(span[0], span[1], last) if span else None
            return Attribution(speaker, "according to" if low == "according" else tok, True,
                                distance)
        if PAST_PARTICIPLE.search(low) and all(t[0].lower() in AGENT_LINKS
                                                for t in tokens[i + 1:]):
            agent = _passive_agent(text, open_pos, resolver, last)
            if agent is not None:
                return Attribution(agent, tok, True, distance)
        if _not_reporting(tokens, i) or _closed_relative(text, tokens, i):
            continue
        main = _main_clause_person(text, tokens, i, resolver)
        if main is not None:
            return Attribution(resolver.name(main), None, True, distance)
        cue = tok
        if i > 0 and tokens[i - 1][0].lower() in {"a", "avait", "ont", "has", "had", "have"}:
            cue = f"{tokens[i - 1][0]} {tok}"
        if INVERTED_PRONOUN.search(low):
            return Attribution(resolver.pronoun(tokens[i][1], last, gender=pronoun_gender(low)),
                                cue, True, distance)
        if i == 1 and tokens[0][0].lower() in DETERMINERS:
            continue  # "Les reproches adressés …": a noun after its determiner, no verb
        if tokens[-1][0] == ":" and i + 1 < len(tokens) - 1 and (
                i == 0 or tokens[i - 1][0] in ",;"):
            # "Said Porter: « … »": the speaker follows the verb; "X, director of Y,
            # commented at the launch: « … »": the subject came first.
            span = _np_after(tokens[i + 1 : -1])
            found = resolver.phrase(span[0], span[1], last) if span else None
            if found or i == 0:
                return Attribution(found, cue, True, distance)
        if PARTICIPLE.search(low) and i > 0 and tokens[i - 1][0].lower() in GERUND_MARKERS:
            # "…, déplore-t-elle, en rappelant les « … »": the clause's own subject.
            return Attribution(_subject(text, tokens[: i - 1], sent_start, resolver, last,
                                         same_sentence), cue, True, distance)
        if PARTICIPLE.search(low) and i > 0 and tokens[i - 1][0].lower() in {"as", "comme"}:
            # "It quotes X as warning": the person quoted, not the one quoting.
            quoted = [m for m in resolver.between(sent_start, tokens[i - 1][1])
                      if m.type == "person" and not resolver.in_quote(m.start)]
            if quoted:
                return Attribution(resolver.name(quoted[-1]), cue, True, distance)
        if PARTICIPLE.search(low) and i > 0 and tokens[i - 1][0] not in ",»”\"":
            # "des déclarations qualifiant …": the participle's subject is the phrase before it.
            begin = i - 1
            while begin > 0 and i - begin < NP_MAX_TOKENS and tokens[begin][0].lower() not in \
                    DETERMINERS | INDEFINITE | {",", "selon", "according"}:
                begin -= 1
            if tokens[begin][0] in {",", "selon", "according"}:
                begin += 1
            elif begin > 1 and tokens[begin - 1][0].lower() in COMPLEMENT_LINKS:
                # "three members of the Hall of Fame calling": the members, not the Hall.
                begin -= 2
                while begin > 0 and tokens[begin][0].lower() not in \
                        DETERMINERS | INDEFINITE | {",", "selon", "according"}:
                    begin -= 1
                if tokens[begin][0] in {",", "selon", "according"}:
                    begin += 1
            found = resolver.phrase(tokens[begin][1], tokens[i - 1][2], last)
            if found is None and tokens[begin][0].lower() in INDEFINITE and begin > 0 and \
                    tokens[begin - 1][0].lower() not in PREPOSITIONS | {"selon", "according"}:
                # "X issued a statement calling …": X, the subject of the clause.
                found = _subject(text, tokens[:begin], sent_start, resolver, last, False)
            return Attribution(found, cue, True, distance)
        if PARTICIPLE.search(low) and i > 1 and tokens[i - 1][0] == ",":
            found = _main_subject(text, tokens[:i - 1], sent_start, resolver, last)
            if found:
                return Attribution(found, cue, True, distance)
        return Attribution(_subject(text, tokens[:i], sent_start, resolver, last, same_sentence),
                            cue, True, distance)
    return None


def _main_clause_person(text: str, tokens: list[tuple[str, int, int]], i: int,
                        resolver: Resolver) -> Mention | None:
    """ "When X asked Y why …, Z went on to call them "…"": the cue at i is in a clause
    opened by a subordinating word and closed by a comma before the quote; the person who
    opens the main clause after that comma, before a lower-case verb, says the quote."""
    if tokens[0][0].lower() not in SUBORDINATORS:
        return None
    closing = _clause_comma(text, tokens, i)
    if closing is None:
        return None
    after = [m for m in resolver.between(closing[2], tokens[-1][2]) if m.type == "person"]
    return after[0] if after and _opens_main_clause(text, after[0], closing[1] - 1) else None


def _opens_main_clause(text: str, m: Mention, clause_start: int) -> bool:
    """The person opens the main clause after a fronted one (that starts at clause_start,
    or ends there with its comma): a comma (perhaps inside a quote's closing marks) then at
    most a title before the name, a lower-case verb after."""
    before = text[clause_start:m.start]
    comma = before.rfind(",")
    if comma < 0 or len(before[:comma].split()) > FRONTED_WORDS:
        return False
    titles = before[comma + 1:].strip(" \u00a0\"”»").split()
    if len(titles) > TITLE_WORDS_MAX or not all(w[:1].isupper() for w in titles):
        return False
    verb = WORD_RE.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    return verb is not None and verb.group(0)[:1].islower()


def _closed_relative(text: str, tokens: list[tuple[str, int, int]], i: int) -> bool:
    """The cue at i is the verb of a relative clause closed by a comma before the quote,
    the comma perhaps inside a title's quote marks ("the music by X, who wrote songs for
    "Y," has …"): it says what X did, not who speaks."""
    return i > 0 and tokens[i - 1][0].lower() in RELATIVES and \
        _clause_comma(text, tokens, i) is not None


def _clause_comma(text: str, tokens: list[tuple[str, int, int]], i: int
                  ) -> tuple[str, int, int] | None:
    """The first token after i that closes a clause with a comma: the comma, or a quoted
    title's closing mark with the comma inside it ("songs for "Y," has")."""
    return next((t for t in tokens[i + 1:] if t[0] == "," or (
        t[0] in CLOSING_MARKS and text[t[1] - 1:t[1]] == ",")), None)


def _not_reporting(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """The cue form at i is a noun after its determiner ("Réponses de nos invités", "their
    claims"), or a passive participle whose agent follows ("La parole est menacée par les
    « sujets »"): its subject reports nothing."""
    if i == 0:
        return False
    before = tokens[i - 1][0].lower()
    if before in NOUN_DETERMINERS:
        return True
    return before in PASSIVE_AUXILIARIES and PAST_PARTICIPLE.search(tokens[i][0]) is not None \
        and i + 1 < len(tokens) and tokens[i + 1][0].lower() in ISSUED_BY \
        and (i < 2 or tokens[i - 2][0].lower() not in {"se", "s'", "s’"})


def _main_subject(text: str, head: list[tuple[str, int, int]], sent_start: int,
                  resolver: Resolver, last: str | None) -> str | None:
    """ "X slammed Y, accusing him of « … »", "the president thanked Y, saying": a
    participle set off by a comma shares the subject of the main clause, not the object
    named right before the comma. None when no verb stands between the clause's opening
    and that name (then the name opens the clause: "Y, saying")."""
    people = [m for m in resolver.between(sent_start, head[-1][2]) if m.type == "person"
              and not m.after_preposition and not resolver.in_quote(m.start)]
    if not people or text[people[-1].end:head[-1][2]].strip(" \u00a0"):
        return None
    nearest = people[-1]
    commas = [t[2] for t in head if t[0] == "," and t[2] <= nearest.start]
    clause = [t for t in head if t[1] >= (commas[-1] if commas else sent_start)
              and t[2] <= nearest.start]
    verbs = [k for k, t in enumerate(clause) if t[0].isalpha() and t[0].islower()
             and t[0] not in NOT_VERBS]
    if not verbs:
        return None
    verb = clause[verbs[0]]
    before = [m for m in people if m.end <= verb[1]]
    if before:
        return resolver.name(before[-1])  # "President Benning, in Fresno, slammed Y"
    opening = clause[0][0].lower()
    if opening in resolver.pronouns or (opening in DETERMINERS and verbs[0] >= 2):
        # "He slammed Y", "the president slammed Y": the phrase before the verb.
        found = resolver.phrase(clause[0][1], clause[verbs[0] - 1][2], last)
        if found and names_somebody(found):
            return found
    return None


def _passive_agent(text: str, open_pos: int, resolver: Resolver,
                   last: str | None) -> str | None:
    """The agent named by "par"/"by" right after the quote that opens after open_pos."""
    i = bisect_left(resolver.quote_starts, open_pos)
    if i >= len(resolver.quoted):
        return None
    agent = AGENT_AFTER.match(text, resolver.quoted[i][1])
    if agent is None:
        return None
    span = _np_after(tokens_of(text[agent.end():agent.end() + AGENT_CHARS], agent.end()))
    return resolver.phrase(span[0], span[1], last) if span else None


# Every token of every window is asked, and a text's words repeat: the answer depends on the
# word alone, so it is kept (bounded, a long-running reader sees an open vocabulary).
@lru_cache(maxsize=16384)
def _may_attribute(token: str) -> bool:
    """A source word ("selon", "according") or a reporting cue other than an auxiliary."""
    low = token.lower()
    return low in SOURCE_WORDS or (is_cue(token) and low not in FRENCH_AUXILIARIES)


def _window(text: str, start: int, end: int,
            resolver: Resolver) -> tuple[list[tuple[str, int, int]], list[int]]:
    """The tokens of text[start:end] outside quotations (as tokens_of gives them), and the
    indices of those that may attribute. Quotes come in text order, so each line is read
    once, from the first window's start on, and extended as later windows need: quotes in
    a long run share their line, and a window per quote would read it again and again."""
    line_start = text.rfind("\n", 0, start) + 1
    line = resolver.lines.get(line_start)
    if line is None or start < line.start or text.find("\n", line.end, end) >= 0:
        if line is None and text.find("\n", start, end) < 0:
            line = resolver.lines[line_start] = _Line(start)
        else:
            tokens = [t for t in tokens_of(text[start:end], start)
                      if not resolver.in_quote(t[1])]
            return tokens, [i for i, t in enumerate(tokens) if _may_attribute(t[0])]
    line.read_to(text, end, resolver)
    head: list[tuple[str, int, int]] = []
    cut = bisect_right(line.starts, start) - 1
    if cut >= 0 and line.tokens[cut][1] < start < line.tokens[cut][2]:
        # A word that the window's start cuts, read from there as tokens_of would.
        head_end = min(line.tokens[cut][2], end)
        head = [(text[start:head_end], start, head_end)]
    lower = bisect_left(line.starts, start)
    upper = bisect_left(line.starts, end)
    tokens = head + line.tokens[lower:upper]
    marked = [len(head) + i - lower for i in line.marked[
        bisect_left(line.marked, lower):bisect_left(line.marked, upper)]]
    if head and _may_attribute(head[0][0]):
        marked.insert(0, 0)
    if upper > lower and tokens[-1][2] > end:
        # A word that the window's end cuts.
        last = (text[tokens[-1][1]:end], tokens[-1][1], end)
        tokens[-1] = last
        marked = [i for i in marked if i != len(tokens) - 1]
        if _may_attribute(last[0]):
            marked.append(len(tokens) - 1)
    return tokens, marked


class _Line:
    """The tokens outside quotations of a line from `start` to `end`, with the indices of
    those that may attribute. Quotations are skipped, not read: no word crosses a quote's
    bounds (marks, or the comma and spaces around an incise)."""

    def __init__(self, start: int) -> None:
        self.start = self.end = start
        self.tokens: list[tuple[str, int, int]] = []
        self.starts: list[int] = []
        self.marked: list[int] = []

    def read_to(self, text: str, end: int, resolver: Resolver) -> None:
        if end <= self.end:
            return
        pos = self.end
        if self.tokens and self.tokens[-1][2] == self.end:
            # The last word may go on past the old end: read it again whole.
            pos = self.tokens.pop()[1]
            self.starts.pop()
            if self.marked and self.marked[-1] == len(self.tokens):
                self.marked.pop()
        quoted, quote_starts = resolver.quoted, resolver.quote_starts
        while pos < end:
            i = bisect_right(quote_starts, pos) - 1
            if i >= 0 and pos < quoted[i][1]:
                pos = quoted[i][1]  # inside a quotation
                continue
            stop = min(end, quote_starts[i + 1]) if i + 1 < len(quote_starts) else end
            for token in tokens_of(text[pos:stop], pos):
                if _may_attribute(token[0]):
                    self.marked.append(len(self.tokens))
                self.tokens.append(token)
                self.starts.append(token[1])
            pos = stop
        self.end = end


def pour_attribution(text: str, sent_start: int, open_pos: int,
                      resolver: Resolver, last: str | None) -> Attribution | None:
    """ "Pour Hélène Garnier, … « … »", "For him, …", "À ses yeux, …", "As she put it,
    …": the source of a cue-less quote."""
    view = IN_ONES_VIEW.match(text, sent_start, open_pos)
    if view:
        speaker = resolver.pronoun(view.start(1), last)
        return Attribution(speaker, view.group(1).lower(), True) if speaker else None
    put = AS_PUT_IT.match(text, sent_start, open_pos) or \
        PUT_IT_BEFORE.search(text, max(sent_start, open_pos - PUT_IT_CHARS), open_pos)
    if put:
        speaker = resolver.phrase(put.start(1), put.end(1), last)
        return Attribution(speaker, "put it", True) if speaker else None
    m = POUR.match(text, sent_start, open_pos)
    if not m:
        return None
    speaker = resolver.phrase(m.start(1), m.end(1), last)
    cue = m.group(0).split()[1 if m.group(0).split()[0] in POUR_CONJUNCTIONS else 0].lower()
    return Attribution(speaker, cue, True) if speaker else None


def _subject(text: str, head: list[tuple[str, int, int]], sent_start: int,
             resolver: Resolver, last: str | None, same_sentence: bool) -> str | None:
    """Who does the reporting verb that follows `head` (the sentence up to the verb)."""
    # The French auxiliary before the verb ("X a déclaré", "X a également estimé"), not
    # the English article of "a spokesperson for the firm said".
    k = len(head)
    while k and head[k - 1][0].lower() in ADVERBS:
        k -= 1
    if k and head[k - 1][0] in FRENCH_AUXILIARIES:
        head = head[:k - 1] + head[k:]
    if not head:
        return last if same_sentence else None
    verb_pos = head[-1][2]
    if head[-1][0].lower() in RELATIVES:
        # "according to Anna Berg, who called …": the relative stands for the name before it.
        before = [m for m in resolver.between(sent_start, head[-1][1])
                  if not resolver.in_quote(m.start)]
        if before:
            return resolver.with_determiner(before[-1])
    mentions = [m for m in resolver.between(sent_start, verb_pos)
                if (not m.after_preposition or _after_conjunction(text, m))
                and not resolver.in_quote(m.start)]
    persons = [m for m in mentions if m.type == "person"]
    if persons and len(head) > 1 and head[-2][0] == "," and \
            head[-1][0].lower() in INCISE_PRONOUNS:
        # "Hamas, he vowed, "will respond"": the name before the incise is what the quote
        # is about; the pronoun is somebody named before this sentence.
        return resolver.pronoun(sent_start, last, gender=pronoun_gender(head[-1][0].lower()))
    if persons and head[-1][0].lower() in CONJUNCTIONS:
        # "X quoted Pawar and said": the verb shares the subject of the first clause.
        return resolver.name(persons[0])
    if len(persons) > 1 and _in_apposition(text, persons[0], persons[-1]):
        # "X, an officer of the agency Lodestar Universal said": Y describes X.
        return resolver.name(persons[0])
    if persons:
        # "Harbour Lights star Samuel Creed stated": the name right before the verb is its subject.
        nearest = persons[-1]
        if not text[nearest.end : head[-1][1]].strip(" \u00a0,") or \
                text[nearest.end : head[-1][1]].strip().lower() in {"also", "a", "avait", "ont"}:
            return resolver.name(nearest)
        if len(persons) > 1 and head[0][0].lower() in SUBORDINATORS and \
                _opens_main_clause(text, nearest, sent_start):
            # "When X asked Y …, Z went on to call them "…"": the main clause's subject.
            return resolver.name(nearest)
        if any(_complementiser(head, k) for k in range(1, len(head))
               if head[k][1] < persons[0].start):
            # "The French president again argued that criticising Petrov … to ask":
            # a name inside the complement clause is not the subject of the main one.
            span = _np_after(head)
            found = resolver.phrase(span[0], span[1], last) if span else None
            if found and names_somebody(found):
                return found
        return resolver.name(persons[0])
    for t in head:
        # "qu'il a qualifié": the pronoun behind an elided conjunction.
        word = ELIDED.sub("", t[0].lower())
        if word in resolver.pronouns:
            return resolver.pronoun(t[1], last, gender=pronoun_gender(word))
    # The subject: from the clause start to the verb, after any leading adverbial.
    # "Un scandale que les marcheurs qualifieront de « … »": the clause after the last
    # comma or relative "que" (not the "que" of a reporting verb: "Ce dernier rappelle que
    # le Kazakhstan avait appelé …" is his).
    commas = [j for j, t in enumerate(head) if t[0] == "," or (
        t[0].lower() == "que" and j > 0 and not is_cue(head[j - 1][0]))]
    begin = head[commas[-1] + 1][1] if commas and commas[-1] + 1 < len(head) else head[0][1]
    end = head[-1][2]
    if begin < end and len(text[begin:end].split()) <= NP_MAX_TOKENS:
        first = text[begin:end].split()[0].lower()
        if first not in CONJUNCTIONS:
            found = resolver.phrase(begin, end, last)
            if found:
                return found
    opener = head[0][0]
    if head[-1][0] == "," and not mentions and opener[:1].isupper() and \
            opener.lower() not in PREPOSITIONS | DETERMINERS | CAPITAL_STOPWORDS:
        # "Bakke, the town's chief officer, described …", "Staffers at the paper protested
        # the decision, saying …": the phrase that opens the sentence.
        span = _np_after(head)
        found = resolver.phrase(span[0], span[1], last) if span else None
        if found:
            return found
    if same_sentence:
        return last
    if mentions and head[0][0].lower() not in PREPOSITIONS:
        # Not "Sur l'Aide médicale d'Etat (AME) : « … »": a topic, not who speaks.
        return resolver.with_determiner(mentions[0])
    return None


def _complementiser(head: list[tuple[str, int, int]], k: int) -> bool:
    """head[k] opens a complement clause: "that" or "que" after a word that is no
    preposition ("reiterated that", not "on that day"), or an elided "qu'il"."""
    word, before = head[k][0], head[k - 1][0]
    if ELIDED.match(word.lower()):
        return True
    return word in COMPLEMENTISERS and before.isalpha() and before.islower() and \
        before not in PREPOSITIONS


def _in_apposition(text: str, first: Mention, later: Mention) -> bool:
    """`later` sits in a description of `first` set off by a comma ("X, a member of Y")."""
    between = text[first.end : later.start]
    if not between.startswith(","):
        return False
    words = between[1:].split()
    return bool(words) and (words[0].lower() in DETERMINERS or words[0][:1].islower()) \
        and "," not in between[1:]


def colon_attribution(text: str, lead: str, sent_start: int, open_pos: int, p_index: int,
                       paragraphs: list[tuple[int, int]], resolver: Resolver,
                       last: str | None) -> Attribution | None:
    """X: « … » — the quote belongs to the subject of the clause before the colon, also
    when the colon ends the paragraph before."""
    if lead.endswith(":"):
        start, end = sent_start, sent_start + text[sent_start:open_pos].rindex(":")
    elif not lead and p_index > 0:
        p_start, p_end = paragraphs[p_index - 1]
        if not text[p_start:p_end].rstrip().endswith(":"):
            return None
        start, _ = sentence_bounds(resolver.boundaries, p_end - 1, p_start, p_end)
        end = p_start + text[p_start:p_end].rindex(":")
    else:
        return None
    head = [t for t in tokens_of(text[start:end], start) if not resolver.in_quote(t[1])]
    speaker = _subject(text, head, start, resolver, last, False)
    return Attribution(speaker, ":", True) if speaker else None


def accept_quote(text: str, marks: tuple[int, int], words: list[str], lead: str,
            attribution: Attribution | None, inherited: bool, after_incise: bool) -> bool:
    """Somebody's words, not a scare quote, a title, a name or a set phrase."""
    open_pos, close = marks
    if names_or_titles(text, open_pos, words):
        return False
    if after_incise and attribution is not None:
        return True  # « …, pointe X. C'est préoccupant. »: the rest of the same quotation
    if lead.endswith(":") and len(words) >= 2:
        return True
    if len(words) >= MIN_WORDS_UNATTRIBUTED:
        return True
    if attribution is None:
        return False
    if attribution.speaker is None:
        # An unnamed source ("selon des déclarations …") right before the quote, or a
        # reporting verb right after it ("…, souffle-t-on"), still cites.
        if attribution.cue_before:
            return attribution.distance <= UNNAMED_CUE_TOKENS and \
                len(words) >= MIN_WORDS_CUE_AFTER
        return len(words) >= MIN_WORDS_CUE_AFTER and (
            words[-1].endswith(",") or text[close:close + 2].lstrip().startswith(",")
            or text[max(0, close - 3):close].rstrip(CLOSING + " ").endswith(","))
    if inherited:
        return len(words) >= MIN_WORDS_CUE_AFTER
    if attribution.cue_before:
        # "le guide critiquait le ton « alarmant »": a word or two after a cue whose
        # subject is a description, not a name, is the writer's term.
        return attribution.distance <= NEAR_CUE_TOKENS and (
            len(words) >= MIN_WORDS_CUE_AFTER or names_somebody(attribution.speaker))
    return len(words) >= MIN_WORDS_CUE_AFTER


def names_or_titles(text: str, open_pos: int, words: list[str]) -> bool:
    """The quoted words are a name, a title or a legal charge ("baptisé « Orechnik »",
    "Mad Men", "mis en examen pour « recel »"), not somebody's words, whatever attributes
    them."""
    return _naming_before(text, open_pos) or _title_case(words) or \
        _charged(text, open_pos)


def subject_of_verb(text: str, mark: int, close: int, words: list[str]) -> bool:
    """ "«Les voix des Femmes» appelle …": a name as the subject of a verb, not a quote, which
    would end in punctuation or be followed by one before its attribution. A name is
    short: "« Il faut bien comprendre que … par la police» explique X" is X's words, its
    closing mark glued to the last word."""
    if len(words) >= MIN_WORDS_UNATTRIBUTED or not text[mark - 1 : mark].isalnum() or \
            text[mark:close].strip() == "":
        return False
    after = text[close : close + 30].split()
    return bool(after) and after[0][:1].islower() and is_cue(after[0])


def has_words(words: list[str]) -> bool:
    """At least one word of two letters: not a number, a symbol or a lone initial."""
    return any(sum(c.isalpha() for c in w) >= 2 for w in words)


def _naming_before(text: str, open_pos: int) -> bool:
    words = WORD_RE.findall(text[max(0, open_pos - 40) : open_pos].lower())
    if words and words[-1] in AMBIGUOUS_NAMING:
        # "Jean, dit « le Grand »" names; "Il dit avoir « … »", "elle dit « … »", "X s'est
        # (quant à lui) dit « … »" report.
        before = words[:-4] if tuple(words[-4:-1]) in ASIDES else words[:-1]
        return not before or before[-1] not in SUBJECT_PRONOUNS | INCISE_AUXILIARIES
    return not NAMING_ONLY.isdisjoint(words[-2:])


def _title_case(words: list[str]) -> bool:
    # The length first: a quote of more than eight words is no title, whatever its case.
    if len(words) > 8:
        return False
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and all(w[:1].isupper() for w in long_words)
