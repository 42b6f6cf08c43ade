"""Attribution before a quotation: the speaker named ahead of its opening mark.

The subject of a reporting cue in the quotation's sentence (X said: "…"), a passive agent
("… was described by X as"), or the one asked after "Asked about it, X …"; the subject
of a clause (clause_subject), which a colon's clause reads too. A colon, "Pour X, « … »"
and "As X put it," are attribution_source.py's. Part of the attribution stage;
attribution.py holds the cue after the quote and the shared helpers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .attribution import (
    ADVERBS,
    INVERTED_PRONOUN,
    PARTICIPLE,
    SOURCE_WORDS,
    SUBORDINATORS,
    Attribution,
    _np_after,
)
from .clause_subjects import (
    CONJUNCTIONS,
    conjoined_subject,
    fronted_subject,
    own_clause_subject,
    subordinate_subject,
)
from .gender import pronoun_gender
from .lexicon import (
    CAPITAL_STOPWORDS,
    DETERMINERS,
    INDEFINITE,
    NOUN_DETERMINERS,
    OBJECT_PRONOUNS,
    ORG_DESCRIPTIONS,
    ORG_WORDS,
    PASSIVE_AUXILIARIES,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    TITLES,
    is_cue,
)
from .names import PREPOSITIONS, Mention
from .speaker_kinds import names_somebody
from .speaker_words import (
    COMPLEMENTISERS,
    DEFINITE_ARTICLES,
    FRONTED_WORDS,
    ISSUED_BY,
    NP_MAX_TOKENS,
    PRENOMINAL,
    WORD_RE,
    tokens_of,
)
from .speakers import Resolver
from .unnamed import COMPLEMENT_LINKS, RELATIVES

# Marks that may close a quoted title, the comma that ends a clause kept inside them.
CLOSING_MARKS = {'"', "”", "»"}
# Tokens after which a capitalised word may open a clause ("…: Say it", "(Tell them").
SENTENCE_PUNCTUATION = {".", ":", ";", "!", "?", "(", "—", "–", "-"} | CLOSING_MARKS
# "X, he vowed, "…"": an English incise's pronoun (a French one after a name restates it:
# "Macron, il a dit").
INCISE_PRONOUNS = {"he", "she"}
# Titles at most before the main clause's subject, after a fronted clause of FRONTED_WORDS
# at most (the bound speakers.py's subject test uses).
TITLE_WORDS_MAX = 3

ELIDED = re.compile(r"^(?:qu|lorsqu|puisqu|quoiqu|parce qu)['’]")

GERUND_MARKERS = {"en", "tout", "while", "by", "after", "before"}

FRENCH_AUXILIARIES = {"a", "ont", "avait"}
# Participles that open a sentence about the one asked ("Asked about it, X said"): the
# subject of the main clause answers.
ASKED_FRONTED = {"asked", "questioned", "pressed", "interrogé", "interrogée", "interrogés",
                 "interrogées", "questionné", "questionnée"}
# Lower-case words of a noun phrase ("his former challenger"), or the French auxiliary
# before a verb ("a remercié"): not the verb of a clause.
NOT_VERBS = frozenset(DETERMINERS | ROLE_NOUNS | SPOKES_NOUNS | TITLES | PRENOMINAL
                      | FRENCH_AUXILIARIES)
# Prepositions that also open a clause: the name after them may be its subject.
CLAUSE_OPENERS = {"since", "after", "before", "until", "depuis", "après", "avant"}

PAST_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ed)$")
AGENT_LINKS = {"de", "d'", "d’", "as", "comme", "en"}
AGENT_AFTER = re.compile(r"[»”\"\s]*,?\s*(?:par|by)\s+")
AGENT_CHARS = 120


def _after_conjunction(text: str, m) -> bool:
    """ "since Laura Benning pledged": a word both preposition and conjunction opens a clause
    whose subject the name is."""
    before = text[max(0, m.start - 12):m.start].split()
    return bool(before) and before[-1].lower() in CLAUSE_OPENERS


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
        if i == 0 and low in ASKED_FRONTED:
            # "Asked about the bridge, Ann Lee was blunt: "…"": the one asked answers, the
            # first person named after the fronted clause's comma.
            asked = _after_fronted_comma(tokens, open_pos, resolver)
            if asked is not None:
                return Attribution(resolver.name(asked), tok, True, distance)
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
            return Attribution(clause_subject(text, tokens[: i - 1], sent_start, resolver, last,
                                              same_sentence), cue, True, distance)
        if PARTICIPLE.search(low) and i > 0 and tokens[i - 1][0].lower() in {"as", "comme"}:
            # "It quotes X as warning": the person quoted, not the one quoting.
            quoted = [m for m in resolver.between(sent_start, tokens[i - 1][1])
                      if m.type == "person" and not resolver.in_quote(m.start)]
            if quoted:
                return Attribution(resolver.name(quoted[-1]), cue, True, distance)
        if PARTICIPLE.search(low) and i > 0 and tokens[i - 1][0].lower() in {"and", "et"} \
                and same_sentence and last:
            # "…, calling the book "…" and saying X "…"": a participle joined by "and" to
            # the clause of the quote before it, in the same sentence, shares its speaker.
            return Attribution(last, cue, True, distance)
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
                found = clause_subject(text, tokens[:begin], sent_start, resolver, last, False)
            elif found is None and begin > 0 and tokens[begin - 1][0] == "," and \
                    tokens[begin][0][:1].islower() and \
                    tokens[begin][0].lower() not in DETERMINERS | INDEFINITE:
                # "X, who had been treasurer, broke ranks saying …": a verb, not a noun,
                # before the participle; the subject of its clause speaks.
                found = clause_subject(text, tokens[:begin], sent_start, resolver, last, False)
            return Attribution(found, cue, True, distance)
        if PARTICIPLE.search(low) and i > 1 and tokens[i - 1][0] == ",":
            found = _main_subject(text, tokens[:i - 1], sent_start, resolver, last)
            if found:
                return Attribution(found, cue, True, distance)
        return Attribution(clause_subject(text, tokens[:i], sent_start, resolver, last,
                                          same_sentence), cue, True, distance)
    return None


def _after_fronted_comma(tokens: list[tuple[str, int, int]], open_pos: int,
                         resolver: Resolver) -> Mention | None:
    """The first person named after the first comma of the sentence, outside quotes and
    not after a preposition."""
    comma = next((t for t in tokens if t[0] == ","), None)
    if comma is None:
        return None
    return next((m for m in resolver.persons_before(open_pos, comma[2])
                 if not m.after_preposition and not resolver.in_quote(m.start)), None)


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


def _in_name(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """The cue form at i, past the sentence's first word, is capitalised and so is the word
    after it: a word of a title or a name ("State Treasurer X blamed it on", "the Tell
    City council"), not a verb."""
    word = tokens[i][0]
    return word[:1].isupper() and tokens[i - 1][0] not in SENTENCE_PUNCTUATION and \
        i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper()


def _not_reporting(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """The cue form at i is a noun after its determiner ("Réponses de nos invités", "their
    claims"), or a passive participle whose agent follows ("La parole est menacée par les
    « sujets »"): its subject reports nothing."""
    if i == 0:
        return False
    if _in_name(tokens, i):
        return True
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
    if not people:
        return _definite_subject(head, sent_start, resolver, last)
    if text[people[-1].end:head[-1][2]].strip(" \u00a0"):
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


def _definite_subject(head: list[tuple[str, int, int]], sent_start: int, resolver: Resolver,
                      last: str | None) -> str | None:
    """ "The church has responded with a statement, calling …": with nobody named in the
    sentence, the participle's subject is the main clause's, a definite article and a
    body's noun before a lower-case verb, when they stand for a body the text names (a
    person's role there is read by the roles' own rules)."""
    commas = [t[2] for t in head if t[0] == ","]
    clause = [t for t in head if t[1] >= (commas[-1] if commas else sent_start)]
    if len(clause) < 3 or clause[0][0].lower() not in DEFINITE_ARTICLES or \
            not all(t[0].isalpha() and t[0].islower() for t in clause[1:3]) or \
            clause[1][0] not in ORG_WORDS | ORG_DESCRIPTIONS:
        return None
    found = resolver.phrase(clause[0][1], clause[1][2], last)
    return found if found and names_somebody(found) else None


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


def clause_subject(text: str, head: list[tuple[str, int, int]], sent_start: int,
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
                and not resolver.in_quote(m.start) and not _in_compound(text, m)]
    persons = [m for m in mentions if m.type == "person"]
    if persons and len(head) > 1 and head[-2][0] == "," and \
            head[-1][0].lower() in INCISE_PRONOUNS:
        # "Hamas, he vowed, "will respond"": the name before the incise is what the quote
        # is about; the pronoun is somebody named before this sentence.
        return resolver.pronoun(sent_start, last, gender=pronoun_gender(head[-1][0].lower()))
    own = own_clause_subject(head, persons, resolver, last) if persons else None
    if own:
        return own
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
        clause = subordinate_subject(head, resolver, last)
        if clause:
            return clause
        if any(_complementiser(head, k) for k in range(1, len(head))
               if head[k][1] < persons[0].start):
            # "The French president again argued that criticising Petrov … to ask":
            # a name inside the complement clause is not the subject of the main one.
            span = _np_after(head)
            found = resolver.phrase(span[0], span[1], last) if span else None
            if found and names_somebody(found):
                return found
        fronted = fronted_subject(head, persons, mentions, sent_start, resolver, last)
        return fronted or resolver.name(persons[0])
    for t in head:
        # "qu'il a qualifié": the pronoun behind an elided conjunction; not an object
        # pronoun ("blew him kisses and whispered"), which is somebody else.
        word = ELIDED.sub("", t[0].lower())
        if word in resolver.pronouns and word not in OBJECT_PRONOUNS:
            return resolver.pronoun(t[1], last, gender=pronoun_gender(word))
    fronted = fronted_subject(head, [], mentions, sent_start, resolver, last)
    if fronted:
        return fronted
    # The subject: from the clause start to the verb, after any leading adverbial.
    # "Un scandale que les marcheurs qualifieront de « … »": the clause after the last
    # comma or relative "que" (not the "que" of a reporting verb: "Ce dernier rappelle que
    # le Kazakhstan avait appelé …" is his).
    commas = [j for j, t in enumerate(head) if t[0] == "," or (
        t[0].lower() == "que" and j > 0 and not is_cue(head[j - 1][0]))]
    opening = commas[-1] + 1 if commas and commas[-1] + 1 < len(head) else 0
    aside = opening
    while aside < len(head) - 1 and head[aside][0].lower() in CONJUNCTIONS:
        aside += 1
    if aside < len(head) - 1 and head[aside][0].lower() == "as":
        # "But as one network executive pointed out, "…"": the aside's "as" (and a
        # conjunction before it) opens no subject; the description after it reports.
        opening = aside + 1
    begin = head[opening][1]
    end = head[-1][2]
    if begin < end and len(text[begin:end].split()) <= NP_MAX_TOKENS:
        first = text[begin:end].split()[0].lower()
        if first not in CONJUNCTIONS:
            found = resolver.phrase(begin, end, last)
            if found:
                return found
    clause = head[commas[-1] + 1:] if commas else head
    if clause and clause[0][0].lower() in CONJUNCTIONS:
        # ", and the troubled singer whispered": a clause with a subject of its own.
        found = conjoined_subject(clause[1:], resolver, last)
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


def _in_compound(text: str, m: Mention) -> bool:
    """The name ends a word joined by a hyphen to a lower-case prefix ("post-Hulot",
    "anti-Trump", "pro-Brexit"): a modifier, no clause's subject."""
    return m.start > 1 and text[m.start - 1] == "-" and text[m.start - 2].islower()


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
