"""Descriptor resolution, the Resolver's part that gives roles and descriptions to names:
"the minister" to the person introduced in that role, "le quotidien" to the newspaper,
"a spokesman for the firm" to the firm, "the statement" to its issuer.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .gender import ELIDED_ARTICLE, pronoun_gender
from .institutions import POSTPOSED, TRAILING_ADJECTIVE, adjectives_only
from .lexicon import (
    DETERMINERS,
    DOCUMENT_WORDS,
    ORG_DESCRIPTIONS,
    ORG_WORDS,
    ROLE_EQUIVALENTS,
    ROLE_KINDS,
    SPOKES_NOUNS,
    TITLES,
    is_cue,
)
from .names import Mention
from .speaker_words import (
    APPOSITION_AFTER,
    APPOSITION_NAME,
    INSTITUTION_COMPLEMENT,
    INTRODUCED_WORDS,
    ISSUED_BY,
    LEADING_WORD,
    NAMED_AFTER,
    PARENTHESIS,
    RELATIVE_PRONOUN,
    ROLE_OR_SPOKES,
    ROLE_WINDOW,
    RUN_LINKS,
    SPOKES_LINKS,
    WORD_RE,
)

# A document's sender named a few words after it: "a letter to the party from X", "a
# note sent on Monday by X" (English "from"/"by", French "de la part de"/"par").
ISSUER_FROM = re.compile(r"(?:\s+[\w’'-]+){0,6}?\s+(?:from|by|par|de\s+la\s+part\s+d[eu'’])\s")

# "the 45-year-old": a person described by age alone.
AGED = re.compile(r"(\d{1,3})-year-old")
# How a name is given its age: "Paul X, 45, was", "Paul X (45)", "45-year-old (nurse) Paul X".
AGE_AFTER_NAME = r",\s*{age}\s*[,.]|\s*\(\s*{age}\s*\)"
AGE_BEFORE_NAME = r"\b{age}-year-old\s+(?:[a-z]+\s+){{0,2}}$"
AGE_BEFORE_CHARS = 40


class DescriptorResolution:
    """Resolver's roles and descriptors (a mixin: it reads the state Resolver.__init__ sets)."""

    def aged(self, age: str, pos: int) -> str | None:
        """The last person before pos the text gave this age ("Paul X, 45,", "Paul X (45)",
        "the 45-year-old nurse Paul X"), for "the 45-year-old said"."""
        after = re.compile(AGE_AFTER_NAME.format(age=age))
        before = re.compile(AGE_BEFORE_NAME.format(age=age))
        found = [m for m in self.persons_before(pos, max(0, pos - ROLE_WINDOW))
                 if after.match(self.text, m.end) or
                 before.search(self.text, max(0, m.start - AGE_BEFORE_CHARS), m.start)]
        return self.name(found[-1]) if found else None

    def role(self, noun: str, pos: int, gender: str | None = None,
             complement: set[str] | None = None) -> str | None:
        """The person introduced with this role noun before pos (or with a more precise
        role of its kind: "le magistrat" for "le juge X"), if any; one introduced with the
        role's complement too ("le ministre de la Santé") before any other."""
        noun = noun.lower()
        # "l'élue" is of the kind of "élu"; "la magistrate" of "magistrat".
        kind = ROLE_KINDS.get(noun) or ROLE_KINDS.get(noun[:-1], set()) if noun.endswith("e") \
            else ROLE_KINDS.get(noun, set())
        nouns = {noun} | kind
        # "l'avocat de Paul X": Paul X is the client, not the lawyer.
        holders = [m for m in self.persons_before(pos, max(0, pos - ROLE_WINDOW))
                   if not m.after_preposition and self.fits(self.name(m), gender)
                   and nouns & self._introduced_with(m)]
        # A person known to be of the role word's gender before one of unknown gender.
        known = [m for m in holders if self.genders.of(self.name(m)) == gender]
        # "le ministre russe de la Défense, X": a role with its complement may stand
        # further before the name.
        precise = [m for m in self.persons_before(pos, max(0, pos - ROLE_WINDOW))
                   if complement and not m.after_preposition
                   and self.fits(self.name(m), gender)
                   and nouns & (wide := self._introduced_with(m, INTRODUCED_WORDS))
                   and complement <= wide]
        # "French President X met Russian President Y": the complement right before the
        # name before one a few words further.
        closest = [m for m in precise if complement and complement <= self._introduced_with(m)]
        for found in (closest, precise, known, holders):
            if found:
                return self.name(found[-1])
        if complement:
            # "la dirigeante du syndicat" for "la secrétaire générale du syndicat, X": another
            # role with the same complement, when nobody holds this one.
            related = [m for m in self.persons_before(pos, max(0, pos - ROLE_WINDOW))
                       if not m.after_preposition and self.fits(self.name(m), gender)
                       and complement <= (wide := self._introduced_with(m, INTRODUCED_WORDS))
                       and not ROLE_OR_SPOKES.isdisjoint(wide)]
            if related:
                return self.name(related[-1])
        return None

    def _equivalent_role(self, lowered: list[str], pos: int,
                         gender: str | None) -> str | None:
        """ "le chef de l'Etat", "the head of government": the person introduced with
        the role these words stand for ("le président X", "Prime Minister X")."""
        phrase = " ".join(w.replace("’", "'") for w in lowered)
        for words, roles in ROLE_EQUIVALENTS.items():
            if phrase == words or phrase.startswith(words + " "):
                for noun, complement in roles:
                    found = self.role(noun, pos, gender, set(complement) or None)
                    if found and (not complement or self._introduced_as(found, pos,
                                                                        complement)):
                        return found
                # The holder of the one office the words name, never introduced with its
                # title ("Keir Starmer … affirme …. « … », écrit le chef du gouvernement
                # travailliste"): the person the text is about, as a bare role is.
                return self.pronoun(pos, None, gender=gender)
        return None

    def _introduced_as(self, name: str, pos: int, complement: tuple[str, ...]) -> bool:
        """Some mention of `name` before pos is introduced with all these words."""
        return any(self.name(m) == name and set(complement) <= self._introduced_with(
            m, INTRODUCED_WORDS) for m in self.persons_before(pos, max(0, pos - ROLE_WINDOW)))

    def named_after(self, word: str, pos: int) -> str | None:
        """The last person before pos whose name directly follows this word ("Spaniard
        Rafael Ortega"): a word that stands for one person is written right before them."""
        for m in reversed(self.persons_before(pos, max(0, pos - ROLE_WINDOW))):
            before = self.text[max(0, m.start - len(word) - 1):m.start].strip().lower()
            if before.endswith(word) and not self.in_quote(m.start):
                return self.name(m)
        return None

    def unnamed_before(self, noun: str, pos: int) -> str | None:
        """How the text introduced somebody by this role noun (or a longer word it
        shortens: "exec", "executive") with an indefinite article and no name, as sources
        kept anonymous are ("we spoke to a cable TV executive" -> "cable TV
        executive"); None when it did not."""
        return self._unnamed_introduction(noun, pos, max(0, pos - ROLE_WINDOW))

    def _unnamed_introduction(self, noun: str, pos: int, lower: int) -> str | None:
        """unnamed_before's description, introduced in text[lower:pos]."""
        latest = None  # the nearest introduction is the one the text goes on about
        for found in re.finditer(rf"\b(?:{self.indefinite})\s+((?:[\w-]+\s+){{0,3}}?"
                                 rf"{re.escape(noun)}\w*)", self.text[lower:pos], re.IGNORECASE):
            # Named when a person's name follows it ("a TV executive, John X").
            end = lower + found.end()
            if not any(NAMED_AFTER.fullmatch(self.text, end, m.start)
                       for m in self.persons_before(min(end + 40, pos), end)):
                latest = " ".join(found.group(1).split())
        return latest

    def _last_named(self, name: str, pos: int) -> int:
        """Where the text last named this person before pos, past the apposition that
        describes them ("Paul Grant, a lawyer,"); where the role window opens if it did
        not name them."""
        lower = max(0, pos - ROLE_WINDOW)
        for m in reversed(self.between(lower, pos)):
            if self.personal(m) and self.name(m) == name:
                apposed = APPOSITION_AFTER.match(self.text, m.end)
                return apposed.end() if apposed else m.end
        return lower

    def _apposition_person(self, end: int) -> str | None:
        """The person named right after a phrase, set off by a comma (", Zhou Ming")."""
        apposition = APPOSITION_NAME.match(self.text, end)
        if not apposition:
            return None
        at = apposition.start(1) + len(apposition.group(1)) - len(apposition.group(1).lstrip())
        # ", Dr. Anthony Mercer", ", le Dr Jean Martin": titles and articles before the name.
        while (word := LEADING_WORD.match(self.text, at)) and (
                word.group(1).lower() in TITLES | DETERMINERS):
            at = word.end()
        following = [m for m in self.between(at, at + 1) if m.type == "person"]
        return self.name(following[0]) if following else None

    def _introduced_with(self, m: Mention, count: int = 4) -> set[str]:
        """The lower-case words just before a name (the last `count`) and in the apposition
        after it."""
        lower = max(0, m.start - 60)
        k = bisect_left(self.starts, m.start)
        if k and self.mentions[k - 1].type == "person":
            # "X rencontre Emmanuel Macron": the words before another person are theirs.
            lower = max(lower, self.mentions[k - 1].end)
        before = self.text[lower : m.start].lower()
        if k and self.mentions[k - 1].type == "person" and before.lstrip().startswith(","):
            # "Paul X, a lawyer, met Mary Y": the apposition up to its comma is X's.
            before = before.rsplit(",", 1)[1]
        # "X (2), professeure de …": a note's number before the apposition.
        after = PARENTHESIS.sub("", self.text[m.end : m.end + 80].lower(), count=1)
        if after.startswith(".,"):
            after = after[1:]  # "Karim B., imam de …": the initial's full stop
        after = after.split(".")[0] if after.startswith(",") else ""
        # "The judge, X,": the comma after the role word is no part of it.
        words = [ELIDED_ARTICLE.sub("", w).strip(",;:") for w in before.split()[-count:]]
        return set(words) | set(WORD_RE.findall(after)[:6])

    def issuer(self, pos: int, head: str) -> str | None:
        """ "Acme issued a statement … the statement said", "dans un communiqué, le
        ministère …": the subject of the sentence that last brought up the document, or
        the name after "by"/"par" that follows it."""
        lower = max(0, pos - ROLE_WINDOW)
        mentions = list(re.finditer(rf"(?<![\w-]){re.escape(head)}(?![\w-])",
                                    self.text[lower:pos], re.IGNORECASE))
        if not mentions:
            return None
        # The latest mention of the document before the quote that does more than report
        # its words ("…, the report said" names no issuer: one mentioned before it may).
        found = next((f for f in reversed(mentions)
                      if not self._reports_words(lower + f.start(), lower + f.end())),
                     mentions[-1])
        at = lower + found.start()
        if self.in_quote(at):
            return None
        sentence_start, sentence_end = self.sentence_of(at)
        after = self.text[lower + found.end():sentence_end].lower().split()[:3]
        if set(after) & ISSUED_BY:
            named = self.between(lower + found.end(), sentence_end)
            if named:
                return self._as_speaker(named[0])
        sender = ISSUER_FROM.match(self.text, lower + found.end(), sentence_end)
        if sender:
            # "a letter to the party from administrators from Acme": who sent it.
            named = [m for m in self.between(sender.end(), sentence_end) if m.type != "place"]
            if named:
                return self._as_speaker(named[0])
        opening = _institution_opening().match(self.text, sentence_start, at)
        if opening and self.text[opening.end():opening.end() + 2].strip()[:1].islower():
            # "The interior ministry issued a statement", "Le ministère de l'Intérieur a
            # publié un communiqué": the institution as described, before any name in it.
            return " ".join(opening.group(1).split())
        # The issuer is the subject before the document's word ("Acme issued a report
        # focused on X": not X).
        for m in self.between(sentence_start, at):
            if m.type != "place" and not m.after_preposition and not self.in_quote(m.start):
                return self._as_speaker(m)
        return self._described_issuer(sentence_start, at)

    def reported_document(self, pos: int) -> str | None:
        """ "…, the report said. "…," it said": "it" goes on with the document whose words
        the sentence before pos, or pos's own, reported; its issuer speaks."""
        k = bisect_right(self.boundaries, pos) - 2
        while k > 0 and not self.text[self.boundaries[k]:self.boundaries[k + 1]].strip():
            k -= 1  # a line break before a quote mark is no sentence
        previous = self.boundaries[k] if k >= 0 else 0
        for found in reversed(list(WORD_RE.finditer(self.text, previous, pos))):
            head = found.group(0).lower()
            if head in DOCUMENT_WORDS and self._reports_words(found.start(), found.end()):
                return self.issuer(pos, head)
        return None

    def _described_issuer(self, sentence_start: int, at: int) -> str | None:
        """ "In April, the group released a report": the organisation that a kind word
        ("the group", "the firm") before the document stands for."""
        words = [w.lower() for w in WORD_RE.findall(self.text, sentence_start, at)]
        head = next((w for d, w in zip(words, words[1:], strict=False)
                     if d in DETERMINERS and w in ORG_DESCRIPTIONS), None)
        return self.organisation(at, head) if head else None

    def _reports_words(self, start: int, end: int) -> bool:
        """The document's word at text[start:end] is a cue's subject: "the (new) report
        said", "said the (new) report", "le rapport indique"."""
        after = WORD_RE.match(self.text, end + 1) if self.text[end:end + 1] == " " else None
        if after is not None and is_cue(after.group(0)):
            return True
        before = [w.strip(",").lower() for w in self.text[max(0, start - 30):start].split()]
        determiner = next((k for k in (-1, -2) if len(before) > -k and
                           before[k] in DETERMINERS), None)
        return determiner is not None and len(before) > -determiner and \
            is_cue(before[determiner - 1])

    def described(self, pos: int, head: str) -> str | None:
        """ "le ministère de l'Intérieur a publié … écrit le ministère": the institution as
        the text last described it with that word and a named complement."""
        lower = max(0, pos - ROLE_WINDOW)
        matches = list(re.finditer(
            rf"(?<![\w-])(?i:{re.escape(head)}){POSTPOSED}\s+{INSTITUTION_COMPLEMENT}"
            rf"{TRAILING_ADJECTIVE}", self.text[lower:pos]))
        found = matches[-1] if matches else None  # the latest description
        if found is None or self.in_quote(lower + found.start()):
            return None
        return " ".join(found.group(0).split())

    def introduced_as(self, pos: int, head: str) -> str | None:
        """ "security contractor Tarvex … the contractor said", "Ferrol Air, the airline,":
        the last organisation before pos that the text introduced with this kind word, right
        before its name or in an apposition after it (a person so introduced is not it)."""
        for m in reversed(self.between(max(0, pos - ROLE_WINDOW), pos)):
            if m.type == "organization" and not self.in_quote(m.start) and \
                    head in self._introduced_with(m):
                return self.with_determiner(m)
        return None

    def _as_speaker(self, m: Mention) -> str:
        return self.name(m) if m.type == "person" else self.with_determiner(m)

    def media(self, pos: int, head: str) -> str | None:
        """ "écrit le quotidien", "the paper said": the organisation introduced with that
        word ("le quotidien Le Figaro") or named with it ("Wall Street Journal")."""
        for m in reversed(self.between(max(0, pos - ROLE_WINDOW), pos)):
            if m.type == "place" or self.in_quote(m.start):
                continue
            full = self.with_determiner(m)
            if head in full.lower().split() or head in self._introduced_with(m):
                return full
        return None

    def spokes(self, segment: str, start: int, lowered: list[str], inside: list[Mention],
               last_speaker: str | None) -> str | None:
        """ "a spokesman for the firm", "a GSK spokeswoman", "le porte-parole du ministère de
        l'Intérieur": the organisation as named, or the one last seen acting for a bare
        description."""
        words = segment.split()
        noun = next(i for i, w in enumerate(lowered) if w in SPOKES_NOUNS)
        if noun + 2 < len(words) and lowered[noun + 1] not in SPOKES_LINKS and \
                adjectives_only(words[noun + 1]) and lowered[noun + 2] in SPOKES_LINKS:
            noun += 1  # "le porte-parole adjoint du ministère": the adjective is the role's
        orgs = [m for m in inside if m.type != "person"]
        if noun + 1 >= len(words) or lowered[noun + 1] not in SPOKES_LINKS:
            # "a GSK spokesman": the organisation before the noun; "a spokesman", "a
            # company spokesman": the organisation last seen acting.
            if orgs:
                return self.with_determiner(orgs[-1])
            return self.organisation(start, None, last_speaker)
        rest = words[noun + 2:]
        link = lowered[noun + 1]
        if not rest and link[-1] in "'’":
            rest = [words[noun + 1][len(link.rstrip("'’")) + 1:]]
        if rest and rest[0].lower() in DETERMINERS:
            rest = rest[1:]
        if not rest:
            return None
        if rest[0][:1].isupper():
            if not orgs:
                return None
            # "a spokesperson for the Food and Farm Employers Association":
            # the capitalised run with its links, when the name found is only its start.
            run = _capitalised_run(rest)
            named = self.with_determiner(orgs[0])
            return run if len(run.split()) > len(orgs[0].text.split()) and \
                run.startswith(orgs[0].text) else named
        head = rest[0].lower()
        if len(rest) == 1 and head in ORG_DESCRIPTIONS | ORG_WORDS:
            return self.organisation(start, head, last_speaker) or \
                self.organisation(start, None, last_speaker)
        return " ".join(rest)  # "ministère de l'Intérieur": the institution as described

    def _account_giver(self, rest: list[str], possessive: bool, persons: list[Mention],
                       start: int, last_speaker: str | None) -> str | None:
        """ "selon le témoignage de X": X; "d'après le récit qu'elle livre", "selon ses
        propos": the person the pronoun or the possessive stands for. The account itself
        is nobody."""
        if persons:
            return self.name(persons[0])
        relative = next((w for w in rest[:2] if RELATIVE_PRONOUN.match(w)), None)
        if relative is None and not possessive:
            return None
        gender = pronoun_gender(RELATIVE_PRONOUN.sub("", relative)) if relative else None
        return self.pronoun(start, last_speaker, gender=gender)


@lru_cache(maxsize=1)
def _institution_opening() -> re.Pattern[str]:
    """A sentence opening with a definite article, up to two modifiers, an institution's
    word and its named complement ("The interior ministry", "Le ministère de l'Intérieur").
    The phrase without its article is group 1."""
    words = "|".join(sorted((re.escape(w) for w in ORG_WORDS if w.isalpha()), key=len,
                            reverse=True))
    return re.compile(rf"[^\S\n]*(?i:the|le|la|l['’])[^\S\n]*((?:[\w-]+[^\S\n]+){{0,2}}?"
                      rf"(?i:{words})(?![\w-])(?:[^\S\n]+{INSTITUTION_COMPLEMENT})?)")


def _capitalised_run(words: list[str]) -> str:
    """The words from the first up to the last capitalised one, a lower-case link between
    two capitalised words allowed ("Food and Drug Administration")."""
    end = 0
    for k, word in enumerate(words):
        if word[:1].isupper():
            end = k + 1
        elif word.lower() not in RUN_LINKS or k + 1 >= len(words) or \
                not words[k + 1][:1].isupper():
            break
    return " ".join(words[:end]).strip(",.;:")
