"""Pronoun resolution, the Resolver's part that gives "he", "elle", "the company" to a name:
the last plausible person of the right gender, the subject of the sentence before, an
unnamed source described earlier, or an organisation.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import islice

from .gender import word_gender
from .institutions import described_subject
from .lexicon import (
    ASKING,
    AUXILIARIES,
    ORG_WORDS,
    ROLE_NOUNS,
    SPOKES_NOUNS,
    TITLES,
    is_cue,
)
from .name_context import DEMONYM
from .name_kinds import AND_JOIN
from .names import Mention, next_to_cue
from .speaker_kinds import kind_of_speaker
from .speaker_words import (
    CIVILITIES,
    COMPLEMENTISERS,
    FRONTED_WORDS,
    NON_SPACE,
    OPENING_CONJUNCTIONS,
    ORG_SUBJECT_WORDS,
    POSSESSIVES,
    PRONOUN_WINDOW,
    ROLE_OR_SPOKES,
    RUN_LINKS,
    SINGULAR_INDEFINITE,
    SUBJECT_WORDS,
    UNNAMED_SUBJECT_WORDS,
    WORD_RE,
)
from .unnamed import anonymous_description


class PronounResolution:
    """Resolver's pronouns (a mixin: it reads the state Resolver.__init__ sets)."""

    def pronoun(self, pos: int, last_speaker: str | None, within: int = PRONOUN_WINDOW,
                gender: str | None = None) -> str | None:
        """The person a pronoun or a bare role stands for: walking back sentence by sentence,
        the first person of the right gender who could be speaking (the subject of the
        sentence, or somebody already quoted); a name in passing ("a rencontré X", "which X
        drafted") only when nobody else fits."""
        if last_speaker and gender != "f" and self._institution_goes_on(pos, last_speaker):
            # "« … », rapporte le ministère. Il précise que …": the institution goes on.
            return last_speaker
        window = max(0, pos - within)
        i, j = bisect_right(self.boundaries, window), bisect_right(self.boundaries, pos)
        bounds = [window] + self.boundaries[i:j]
        candidates = [m for m in self.persons_before(pos, window) if not m.after_preposition
                      and not self.in_quote(m.start) and not self._possessed(m)
                      and self.fits(self.name(m), gender)]
        passing = None
        upper = pos
        for lower in reversed(bounds):
            in_sentence = [m for m in candidates if m.start >= lower]
            # "le capitaine du navire Punta des Vent, Joan X,": the name set off after
            # another is the person; the first belongs to the description.
            in_sentence = self._set_off_last(in_sentence)
            # "Despite rumours that X was ill, Y said …": the subject after the fronted
            # clause, before anybody the clause names, a person already quoted included.
            main = next((m for m in in_sentence[1:] if self.after_fronted(m, lower)), None)
            if main is not None:
                return self.name(main)
            for k, m in enumerate(in_sentence):
                name = self.name(m)
                if name in self.speakers or self.subject_like(m, lower, in_sentence[:k]):
                    return self._asked_by(m, in_sentence[k + 1:]) or name
            unnamed = self._unnamed_subject(lower, upper, gender)
            if unnamed:
                # "A senior official said the talks failed. ¶ "…," he said": the unnamed
                # subject of the last report, not a name in passing.
                return unnamed
            described = self._described_subject(lower, upper, gender) if self.french else None
            if described:
                return described  # "Le ministère … a appelé à … « … », a-t-il indiqué"
            if self.french and not in_sentence:
                holder = self._bare_role_holder(lower, upper, window, gender)
                if holder:
                    return holder
            if in_sentence and passing is None:
                passing = self.name(in_sentence[0])
            candidates = [m for m in candidates if m.start < lower]
            upper = lower
        if last_speaker and self.fits(last_speaker, gender):
            return last_speaker
        if passing is None and gender is not None:
            # "… en parlant avec Maëlle. Cette jeune fille … « … », soupire-t-elle": with
            # nobody else to stand for, the last person named after a preposition.
            after = [m for m in self.persons_before(pos, window) if m.after_preposition
                     and not self.in_quote(m.start) and self.fits(self.name(m), gender)]
            if after:
                return self.name(after[-1])
        return passing

    def _possessed(self, m: Mention) -> bool:
        """A name right after a possessive ("Her Toyota Highlander", "his New Year
        message") is something somebody has, not a person a pronoun could stand for."""
        before = self.text[max(0, m.start - 7):m.start].split()
        return bool(before) and self.text[m.start - 1:m.start].isspace() and \
            before[-1].lower() in POSSESSIVES

    def _unnamed_subject(self, lower: int, upper: int, gender: str | None) -> str | None:
        """The unnamed source text[lower:upper] opens with as the subject of a reporting
        verb ("A Western official, who spoke on condition of anonymity, said …", "Une
        source proche du dossier a confirmé …"), as the text describes it; None when the
        sentence opens otherwise, names a person before the verb ("A spokesman, John X,
        said"), or describes somebody of the other gender."""
        first = NON_SPACE.search(self.text, lower, upper)
        if first is not None and (first.group(0).lower() in OPENING_CONJUNCTIONS or
                                  first.group(0)[-1:] == ","):
            # "But a spokesperson", "However, a former minister": the subject follows.
            first = NON_SPACE.search(self.text, first.end(), upper)
        if first is None or first.group(0).lower() not in SINGULAR_INDEFINITE or \
                self.in_quote(first.start()):
            return None
        found = list(islice(NON_SPACE.finditer(self.text, first.start(), upper),
                            UNNAMED_SUBJECT_WORDS))
        words = [w.group(0) for w in found]
        verb = next((k for k in range(2, len(words)) if is_cue(words[k].strip(",.;:"))), None)
        if verb is None or any(not m.after_preposition
                               for m in self.persons_before(found[verb].start(), lower)):
            return None
        end = verb - 1 if words[verb - 1].lower() in AUXILIARIES else verb  # "Un diplomate a"
        lowered = [w.lower().strip(",.") for w in words[:end]]
        description = anonymous_description(words[:end], lowered, named_modifier=not self.french)
        spokes = SPOKES_NOUNS & set(lowered)
        if description is None and spokes:
            # "A DEC spokeswoman said …": no anonymous description (a spokesman's noun
            # after a body's name describes nobody of its own), but the body she speaks for.
            description = " ".join(w.strip(",.") for w in words[1:end])
        described = word_gender(description.split()[-1], words[0].lower()) \
            if description else None
        if description is None or (gender and described and described != gender):
            return None
        if spokes:
            # "A spokesperson for the Acme Workers' Union said": the body it speaks for.
            close = next((k + 1 for k, w in enumerate(words[:end]) if w.endswith(",")), end)
            return self.spokes(" ".join(words[:close]), first.start(), lowered[:close],
                               self.between(first.start(), found[close - 1].end()),
                               None) or description
        return description

    def _described_subject(self, lower: int, upper: int, gender: str | None) -> str | None:
        """The institution or role holder a French sentence opens with as its subject ("Le
        ministère grec de la Protection civile a …", "Le porte-parole adjoint du
        gouvernement a …"), when it names nobody and fits the pronoun's gender."""
        found = described_subject(self.text, lower, upper)
        if found is None or self.in_quote(lower) or (gender and found[1] and found[1] != gender):
            return None
        description, _, start, end = found
        if self.persons_before(end, lower):
            return None
        head = description.split()[0].lower()
        if head in ROLE_OR_SPOKES:
            # "La dirigeante du syndicat affirme …": a role is its holder when the text
            # introduced one; a bare role ("Le ministre a …") leaves the walk to go on.
            return self.phrase(start, end, None) if " " in description else None
        return description

    def _bare_role_holder(self, lower: int, upper: int, window: int,
                          gender: str | None) -> str | None:
        """The person a French sentence opening with a bare role as its subject ("Le
        sociologue compare …") stands for: the one introduced with the role, else the last
        named in passing before it ("le livre de X"), rather than a subject further back."""
        found = described_subject(self.text, lower, upper)
        if found is None or self.in_quote(lower) or " " in found[0] or \
                found[0].lower() not in ROLE_NOUNS or (gender and found[1] and found[1] != gender):
            return None
        holder = self.role(found[0], lower, gender)
        if holder:
            return holder
        passing = [m for m in self.persons_before(lower, window) if m.after_preposition
                   and not self.in_quote(m.start) and self.fits(self.name(m), gender)]
        return self.name(passing[-1]) if passing else None

    def _set_off_last(self, names: list[Mention]) -> list[Mention]:
        """The names without those that describe a name set off after them by a comma
        (and a civility; not "Martin Ellis, Chief Economist"), alone or listed with "and"
        ("his partners, Nordtel and Sudcom, Mr. Brekke announced":
        Brekke)."""
        kept: list[Mention] = []
        describes = False
        for k in range(len(names) - 1, -1, -1):
            if k + 1 < len(names):
                between = self.text[names[k].end:names[k + 1].start]
                words = between.split()
                if words and words[0] == "," and all(w.lower() in CIVILITIES for w in words[1:]):
                    describes = True
                elif not (describes and AND_JOIN.fullmatch(between)):
                    describes = False
            if not describes:
                kept.append(names[k])
        return kept[::-1]

    def _asked_by(self, asker: Mention, later: list[Mention]) -> str | None:
        """ "John Smith asked Mark Milley about the war": the person asked, who answers
        next, when a word of asking stands between the two names."""
        if not later:
            return None
        between = self.text[asker.end:later[0].start].lower().split()
        return self.name(later[0]) if any(w in ASKING for w in between) else None

    def _institution_goes_on(self, pos: int, speaker: str) -> bool:
        """The last quote's speaker is an institution, quoted in this sentence or the one
        before, and no person is named since that quote."""
        if kind_of_speaker(speaker, self) != "organization":
            return False
        k = bisect_right(self.boundaries, pos)
        previous = self.boundaries[k - 2] if k >= 2 else 0
        return self.last_quote_end >= previous and not any(
            m.type == "person" and not self.in_quote(m.start)
            for m in self.between(self.last_quote_end, pos))

    def _just_quoted(self, pos: int) -> bool:
        """The last quote ended in this sentence or the one before."""
        k = bisect_right(self.boundaries, pos)
        previous = self.boundaries[k - 2] if k >= 2 else 0
        return self.last_quote_end >= previous

    def subject_like(self, m: Mention, sentence_start: int, earlier: list[Mention],
                      limit: int = SUBJECT_WORDS) -> bool:
        """The name opens its sentence (after a title, a role or a short adverbial), or
        stands next to a reporting verb; not a name after a pronoun, a relative or another
        person ("il a rappelé que X", "the bill, which X drafted")."""
        if next_to_cue(self.text, m.start, m.end):
            return True
        if earlier:
            return False
        before = self.text[sentence_start:m.start]
        words = WORD_RE.findall(before)
        if any(w.lower() in self.blockers for w in words):
            return False
        if len(words) <= limit:
            return True
        return self.after_fronted(m, sentence_start, words)

    def after_fronted(self, m: Mention, sentence_start: int,
                       words: list[str] | None = None) -> bool:
        """"But in reply to a question about X, Thornton changed the subject": after a
        fronted clause set off by a comma, the name before a lower-case verb is the subject
        (not a name listed with "and", nor one inside the complement clause of a reporting
        verb before it: "X explains that, right now, Y applies")."""
        before = self.text[sentence_start:m.start]
        before = _without_title(before)
        if not before.rstrip().endswith(","):
            return False
        if words is None:
            words = WORD_RE.findall(before)
        if any(word.lower() in COMPLEMENTISERS and is_cue(cue)
               for cue, word in zip(words, words[1:], strict=False)):
            # "X explains that, right now, Y only applies …": Y is inside what X reports.
            return False
        after = WORD_RE.match(self.text, m.end + 1) if self.text[m.end:m.end + 1] == " " \
            else None
        return len(words) <= FRONTED_WORDS and after is not None and \
            after.group(0)[:1].islower() and after.group(0) not in RUN_LINKS

    def organisation(self, pos: int, head: str | None,
                     last_speaker: str | None = None) -> str | None:
        """ "the agency said": the organisation last named with that word; "it said": the
        last organisation that was the subject of its sentence or next to a reporting verb
        since the organisation quoted last spoke, else that organisation."""
        lower = max(0, pos - PRONOUN_WINDOW)
        if head is None and last_speaker in self.organisations:
            lower = max(lower, self.last_quote_end)
        for m in reversed(self.between(lower, pos)):
            if m.type != "organization" or self.in_quote(m.start) or (
                    " " not in m.text and DEMONYM.search(m.text.lower())):
                continue  # "British schools": a nationality, not the organisation
            full = self.canonical.get(m.text, m.text)
            if head is not None:
                body = self._body(m, full)
                if head in body.lower().split():
                    return body  # "the party": "The Conservative party" too
                continue
            if m.after_preposition:
                continue
            sentence_start, _ = self.sentence_of(m.start)
            if self.subject_like(m, sentence_start, [], ORG_SUBJECT_WORDS):
                return self._body(m, full)  # "BECTA said …", "Acme Corp. declined …"
        if head is None and last_speaker in self.organisations:
            return last_speaker
        return None

    def _body(self, m: Mention, full: str) -> str:
        """ "The Conservative party has …", "Le Parti socialiste a …": the body's name with
        the lower-case word after it that it qualifies, or that qualifies a name that is
        only a body's common noun."""
        after = WORD_RE.match(self.text, m.end + 1) if self.text[m.end:m.end + 1] == " " \
            else None
        if after and after.group(0)[:1].islower() and (
                after.group(0) in ORG_WORDS or full.lower() in ORG_WORDS):
            return f"{full} {after.group(0)}"
        return full


def _without_title(before: str) -> str:
    """The words before a name without the abbreviated civility or title that opens the
    name ("…, Mr." before "Brandt adopted", "Sgt."): it belongs to the name, not to what
    precedes it. A title written out ("Ellis, Chief Economist") may be an apposition."""
    head, _, last = before.rstrip().rpartition(" ")
    return head if head and last.endswith(".") and last.lower() in TITLES else before
