"""Speaker resolution, the last stage of the quote finder: a speaker phrase to a name.

The attribution (attribution.py) hands over the words that say who spoke; Resolver turns
them into the fullest name of the article: pronouns to the last plausible person of the
right gender, roles and descriptors ("the minister", "le quotidien") to the person or
organisation they stand for, surnames to full names (names.py's canonical forms), unnamed
sources to their description ("senior official"). Its pronouns are resolved in
pronouns.py, its roles and descriptors in descriptors.py, the fullest form of a name in
speaker_names.py (the Resolver's three mixins); the
word lists and tokens are speaker_words.py's; speaker_kinds.kind_of_speaker tells a
person, an organisation, an anonymous source or nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .descriptors import AGED, DescriptorResolution
from .gender import ELIDED_ARTICLE, Genders, pronoun_gender, word_gender
from .given_names import given_names
from .headings import in_prose
from .institutions import adjectives_only, described_institution, lower_case_name
from .lexicon import (
    CAPITAL_STOPWORDS,
    DEMONYM_NOUNS,
    DETERMINERS,
    DOCUMENT_WORDS,
    FEMININE,
    INDEFINITE,
    INDEFINITE_ARTICLES,
    MASCULINE,
    MEDIA_WORDS,
    ORG_DESCRIPTIONS,
    ORG_WORDS,
    PERSON_NOUNS,
    PLURAL_INDEFINITE,
    PRONOUNS,
    ROLE_NOUNS,
    SPEECH_NOUNS,
    SPOKES_NOUNS,
    TITLES,
)
from .marks import sentence_boundaries
from .name_kinds import AND_JOIN
from .name_parts import particles_only
from .names import Mention, canonical_names, find_mentions, shared_surnames
from .pronouns import PronounResolution
from .speaker_kinds import names_somebody
from .speaker_names import NameForms, civility_names_apart
from .speaker_words import (
    ANAPHORIC,
    APPOSED_ROLE_WORDS,
    APPOSITION_AFTER,
    ARTICLES,
    BODY_PARTS,
    CIVILITIES,
    DEFINITE_ARTICLES,
    DOCUMENT_FROM,
    FR_AND_EN_INDEFINITE,
    INSTITUTION_FALLBACK_MAX,
    INSTITUTION_WORDS,
    NAMING_VERBS,
    NP_MAX_TOKENS,
    POSSESSIVE_END,
    POSSESSIVES,
    PRENOMINAL,
    ROLE_MODIFIERS_MAX,
    ROLE_OR_SPOKES,
    SINGULAR_INDEFINITE,
    SUBJECT_BLOCKERS,
    TIME_STAMP,
)
from .titles_fr import with_title_adjectives
from .unnamed import (
    COMPLEMENT_LINKS,
    PREPOSITION_WORDS,
    anonymous_description,
    country_word,
    demonym_alone,
    people_or_region,
)

# White space from a position on, matched where it starts (no copy of the text after it).
_SPACES = re.compile(r"\s*")


class Resolver(PronounResolution, DescriptorResolution, NameForms):
    """Speaker phrases to names: pronouns, roles and surnames to the fullest name."""

    def __init__(self, text: str, language: str | None, quoted: list[tuple[int, int]],
                 mentions: list[Mention] | None = None) -> None:
        self.text = text
        self.quoted = quoted
        found = find_mentions(text, language) if mentions is None else mentions
        if language == "fr":
            found = with_title_adjectives(text, found)
        found = civility_names_apart(text, found)
        # "The French president", "the Israelis": a people's word alone names nobody, so it
        # never speaks nor stands for a pronoun, whatever type the entity pass gave it.
        # A headline's, a credit line's or a dateline's names speak for nobody either. A
        # word the text gives as a person's surname is that person's, whatever it ends
        # like ("Rob Portman" … "Portman said", not a people's word of "Portugal"), unless
        # that full name is people's words only ("Syrian Lebanese" typed a person).
        surnames = {m.text.rsplit(" ", 1)[-1] for m in found
                    if m.type == "person" and " " in m.text
                    and not all(map(demonym_alone, m.text.split()))}
        prose = [m for m in in_prose(text, found)
                 if " " in m.text or m.text in surnames or not demonym_alone(m.text)]
        self.canonical = canonical_names(prose, text)
        # Nor does a title alone found as a name, "Minister", "Le Premier", unless the text
        # uses it as somebody's surname ("Stephen King" … "King").
        self.mentions = [m for m in prose if not _title_only(m.text)
                         or self.canonical.get(m.text, m.text) != m.text]
        self.mentions = _without_affiliations(text, self.mentions)
        self.starts = [m.start for m in self.mentions]
        self.shared_surnames = shared_surnames(self.mentions)
        self.organisations = {self.canonical.get(m.text, m.text) for m in self.mentions
                              if m.type == "organization"}
        self.quote_starts = [a for a, _ in quoted]
        self.boundaries = sentence_boundaries(text)
        self._genders: Genders | None = None
        self._first_names: dict[str, str] | None = None
        self._full_names: set[str] | None = None
        self.speakers: set[str] = set()  # people already quoted, plausible speakers again
        self._initialled: dict[str, str] | None = None
        self._typed_otherwise: dict[str, str] | None = None
        self._broken_names: dict[str, str] | None = None
        self._apposed: dict[int, bool] = {}
        # The attribution stage's tokens of each line (attribution._Line by line start),
        # each line tokenised once.
        self.lines: dict = {}
        self.last_quote_end = 0
        self.pronouns = PRONOUNS["fr"] | PRONOUNS["en"]
        self.blockers = SUBJECT_BLOCKERS
        if language in PRONOUNS:
            self.pronouns = PRONOUNS[language]
        self.french = language == "fr"
        if language == "en":
            self.blockers = SUBJECT_BLOCKERS - {"on"}  # "On Monday, Hamas said": no pronoun
        self.indefinite = "|".join(INDEFINITE_ARTICLES.get(
            language or "", FR_AND_EN_INDEFINITE))
        if self.shared_surnames:
            self._by_introduction()
            self._by_civility()

    @property
    def genders(self) -> Genders:
        """The genders of the people named, read on the first pronoun or role of a gender."""
        if self._genders is None:
            self._genders = Genders(self.text, self.mentions, self.canonical)
        return self._genders

    def fits(self, name: str | None, gender: str | None) -> bool:
        """Genders.fits, without reading any gender when none is asked."""
        return gender is None or name is None or self.genders.fits(name, gender)

    def between(self, lower: int, upper: int) -> list[Mention]:
        """Mentions starting in [lower, upper), in text order."""
        return self.mentions[bisect_left(self.starts, lower):bisect_left(self.starts, upper)]

    def persons_before(self, pos: int, lower: int) -> list[Mention]:
        return [m for m in self.between(lower, pos) if self.personal(m)]

    def personal(self, m: Mention) -> bool:
        """_personal, or a name the entity typer made an organisation that the text shows
        to be a person's: initials before a surname the text also uses alone ("DJ
        Tolliver" … "Tolliver was"), or the holder set off after a role ("Le colistier du
        gouverneur, TJ Harlan,")."""
        if _personal(m):
            return True
        if m.type == "place":
            return False
        if self.canonical.get(m.text, m.text) in self.initialled():
            return True  # the full name or its surname alone
        if m.start not in self._apposed:
            self._apposed[m.start] = self._role_apposed(m)
        return self._apposed[m.start]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The start and end of the sentence holding `pos`, in the whole text."""
        k = bisect_right(self.boundaries, pos)
        return (self.boundaries[k - 1] if k else 0,
                self.boundaries[k] if k < len(self.boundaries) else len(self.text))

    def _role_apposed(self, m: Mention) -> bool:
        if self.text[max(0, m.start - 2):m.start] != ", " or \
                m.text.split()[-1].lower() in ORG_WORDS:
            return False
        sentence_start, _ = self.sentence_of(m.start)
        before = self.text[max(sentence_start, m.start - 80):m.start - 2].lower().split()
        return any(w.strip(",") in ROLE_OR_SPOKES for w in before[-APPOSED_ROLE_WORDS:])

    def _named_next_line(self, pos: int, gender: str | None) -> str | None:
        """ "Le Premier ministre britannique veut … « … »", then a line that opens with
        "Keir Starmer, qui …": a role nobody held before, its holder named right after."""
        line_end = self.text.find("\n", pos)
        if line_end < 0:
            return None
        # The names that open the next line with text, its blank lines skipped.
        following = self.between(line_end, _SPACES.match(self.text, line_end).end() + 1)
        if following and following[0].type == "person" and \
                self.fits(self.name(following[0]), gender):
            return self.name(following[0])
        return None

    def _whole_body(self, lowered: list[str], inside: list[Mention]) -> str | None:
        """ "the student wing of the X Party", "la branche armée du X": a
        part of an organisation speaks for the organisation named after it."""
        for k, word in enumerate(lowered[:-1]):
            if word in BODY_PARTS and lowered[k + 1] in COMPLEMENT_LINKS:
                bodies = [m for m in inside if m.type == "organization"]
                return self.with_determiner(bodies[0]) if bodies else None
        return None

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def _titled_owner(self, words: list[str]) -> str | None:
        """ "Sgt. Okafor of the Metro Police said": an abbreviated title or a civility opens
        a person's name, and what follows "of" is where that person works, whatever the
        entity pass made of the name (English)."""
        if self.french or len(words) < 4 or not words[0].endswith(".") or \
                words[0].lower() not in TITLES | CIVILITIES or "of" not in words[2:5]:
            return None
        name = [w.rstrip(",") for w in words[1:words.index("of", 2)]]
        if not all(w[:1].isupper() and w.lower() not in TITLES for w in name):
            return None
        holders = {n for n in self.full_names() if n.split()[-1] == name[-1]}
        return holders.pop() if len(holders) == 1 else " ".join(name)

    def phrase(self, start: int, end: int, last_speaker: str | None) -> str | None:
        """The speaker named by text[start:end] (a phrase next to a cue)."""
        stamp = TIME_STAMP.match(self.text, start, end)
        if stamp:
            start = stamp.end()  # "8h41 - Le Premier ministre …": a live report's entry
        segment = self.text[start:end].strip(" ,.:;")
        if not segment:
            return None
        words = segment.split()
        first = words[0].lower()
        if first in self.pronouns:
            return self.pronoun(start, last_speaker, gender=pronoun_gender(first))
        if first == "it" and len(words) == 1:
            return self.reported_document(start) or \
                self.organisation(start, None, last_speaker)
        titled = self._titled_owner(words)
        if titled:
            return titled
        inside = [m for m in self.between(start, end) if m.end <= end]
        persons = [m for m in inside if m.type == "person"]
        if persons and words[-1][:1].islower() and words[-1].lower() in ROLE_NOUNS:
            # "the 2006 Australian Open finalist": a name before the role noun modifies it.
            persons = [m for m in persons if not all(
                w[:1].islower() for w in self.text[m.end:end].split())]
        if len(persons) == 1 and persons[0].start > start and \
                self.text[persons[0].end:end].strip(" ,.:;") == "" and \
                particles_only(self.text[start:persons[0].start].split()):
            return self.name(persons[0])  # "de la Forteza": the surname's particles first
        if not (words[0][:1].isupper() or first in DETERMINERS or first[:2] in {"l'", "l’"}
                or first in ANAPHORIC or first in SINGULAR_INDEFINITE
                or (self.french and first in PLURAL_INDEFINITE)):
            # "defensive end Vonnie Hollister": a description before the name.
            return self.name(persons[-1]) if persons else None
        if first in ANAPHORIC:
            # "ce père de quatre enfants", "cette habitante": the person just discussed.
            noun = words[1] if len(words) > 1 else ""
            found = self.role(noun, start, word_gender(noun, first)) if noun else None
            return found or self.pronoun(start, last_speaker, gender=word_gender(noun, first))
        aged = AGED.fullmatch(words[1]) if len(words) == 2 and first in DEFINITE_ARTICLES \
            else None
        if aged:
            # "the 45-year-old said": the person given that age, else the one the text is
            # about, as a bare role is.
            return self.aged(aged.group(1), start) or self.pronoun(start, last_speaker)
        if first in CAPITAL_STOPWORDS and first not in DETERMINERS and first not in TITLES \
                and not (persons and persons[0].start == start):
            # "Pour moi", "Malgré …": not somebody ("June Halvorsen" is: a name opens there).
            return None
        lowered = [w.lower().strip(",.") for w in words]
        owned = next((k for k, w in enumerate(lowered[:-1]) if POSSESSIVE_END.search(w)
                      and lowered[k + 1] in DOCUMENT_WORDS), None)
        if owned is not None:
            # "The court's ruling said", "the institute's report warns": the document
            # speaks for whoever the possessive names.
            at = self.text.find(words[owned], start)
            return self.phrase(start, at + len(words[owned]) - 2, last_speaker)
        if not persons and not ROLE_OR_SPOKES.isdisjoint(lowered):
            # "le porte-parole du ministère des Affaires étrangères, Zhou Ming", "le PDG,
            # Pekka Virtanen": the apposition names who holds the role.
            named = self._apposition_person(end)
            if named:
                return named
        if set(lowered) & SPOKES_NOUNS and not persons:
            found = self.spokes(segment, start, lowered, inside, last_speaker)
            if found:
                return found
        named = [m for m in inside if m.start > start + len(words[0]) and any(
            w in NAMING_VERBS for w in self.text[start:m.start].lower().split()[-2:])]
        if named:
            return self.with_determiner(named[0])  # "a newspaper called the Daily X"
        if len(lowered) > 1 and lowered[1] in DOCUMENT_WORDS | {"release"}:
            # "a statement released by publicist X", "un communiqué publié par X": the
            # document speaks for whoever issued it.
            issuers = [m for m in inside
                       if set(self.text[start:m.start].lower().split()[-3:]) & DOCUMENT_FROM]
            if issuers:
                return self.name(issuers[0]) if issuers[0].type == "person" else \
                    self.with_determiner(issuers[0])
        between = self.text[start:persons[0].start].split()[1:] if persons else []
        if first in ARTICLES and persons and len(between) <= 2 and all(
                w[:1].islower() and w not in ROLE_NOUNS and w not in PREPOSITION_WORDS
                for w in between):
            return self.name(persons[0])  # "a smiling Castellano", "an emotional Federer"
        whole = self._whole_body(lowered, inside)
        if whole:
            return whole
        if first in INDEFINITE or first in SINGULAR_INDEFINITE or \
                (len(words) > 1 and f"{lowered[0]} {lowered[1]}" == "d' un"):
            if first in SINGULAR_INDEFINITE:
                return anonymous_description(words, lowered, named_modifier=not self.french)
            # "selon des sources sécuritaires": unnamed sources, as French writes them.
            return anonymous_description(words, lowered, plural=True) \
                if self.french and first in PLURAL_INDEFINITE else None
        head_index = 1 if first in DETERMINERS or first[:2] in {"l'", "l’"} else 0
        head = lowered[head_index] if head_index < len(lowered) else ""
        head = POSSESSIVE_END.sub("", head)
        if first[:2] in {"l'", "l’"}:
            head = lowered[0][2:]
        while head_index + 1 < len(lowered) and (head in PRENOMINAL or (
                head_index and lowered[-1] in INSTITUTION_WORDS
                and people_or_region(words[head_index].strip(",."))
                and not country_word(words[head_index].strip(",."))
                and words[head_index + 1][:1].islower())):
            # "les mêmes attendus", "the former minister"; "the Chinese foreign ministry":
            # a people's word before the lower-case words of an institution modifies them.
            head_index += 1
            head = lowered[head_index]
        # A lower-case noun after the head's modifiers ("the security contractor", "the TV
        # exec"), under a determiner, where no person is named in the phrase.
        modified = head_index < len(words) - 1 <= ROLE_MODIFIERS_MAX \
            and words[-1][:1].islower() and first in DETERMINERS and not persons
        if modified and lowered[-1] in PERSON_NOUNS and first in DEFINITE_ARTICLES:
            # "the former Leeds man", "the Dublin-born woman": somebody the text is about,
            # described by where they come from, not the place named in the description.
            return self.pronoun(start, last_speaker, gender=word_gender(lowered[-1]))
        if modified and lowered[-1] in ORG_DESCRIPTIONS:
            # "the security contractor", "the budget airline": the kind of body after
            # its modifiers is the head, and stands for the body the text introduced as one.
            head_index, head = len(words) - 1, lowered[-1]
        elif modified and lowered[-1] in ROLE_NOUNS:
            # "the TV exec", "the sports executive": a role after its modifiers is a person
            # by that role, named before or left unnamed, not the modifier ("TV").
            # "The French president": the one introduced with the role and its modifiers
            # ("French President X") before any other holder of the role.
            found = self.role(lowered[-1], start, word_gender(lowered[-1], words[0]),
                              set(lowered[head_index:-1]))
            if found:
                return found
            unnamed = self.unnamed_before(lowered[-1], start)
            if unnamed:
                return unnamed  # an anonymous source, as the text introduced it
            if first in DEFINITE_ARTICLES and not set(lowered) & (
                    COMPLEMENT_LINKS | PREPOSITION_WORDS):
                # "the 24-year-old winger", "the 2006 Australian Open finalist": the person
                # the text is about, as a bare role is, not a name among the modifiers;
                # "le conseiller com du président" is a role of its own.
                return self.pronoun(start, last_speaker,
                                    gender=word_gender(lowered[-1], words[0]))
        if head in SPEECH_NOUNS and head_index:
            found = self._account_giver(lowered[head_index + 1:], first in POSSESSIVES,
                                        persons, start, last_speaker)
            if found or first in POSSESSIVES:
                return found
        if first in POSSESSIVES and head in ROLE_NOUNS:
            # "son porte-parole": the role of somebody else, named only if introduced.
            return self.role(head, start, word_gender(head))
        if first in DEFINITE_ARTICLES and 0 < head_index < len(words) - 1 and \
                lowered[-1] in ROLE_NOUNS and TITLES.issuperset(lowered[head_index:-1]) and \
                all(w[:1].isupper() for w in words[head_index:]):
            # "The Prime Minister", "the Deputy Chief Constable": a title of role words,
            # whose head is the last.
            head_index, head = len(words) - 1, lowered[-1]
        # "L'avocate", opening its sentence: the capital is the elided article's, and the
        # noun after the apostrophe tells a description from a name ("L'EPA").
        elided = first[:2] in {"l'", "l’"}
        head_word = words[0][2:] if elided else \
            words[min(head_index, len(words) - 1)]
        # "the President said", "the PDG": a role word capitalised as a title is still a role.
        if head and (head_word[:1].islower() or (
                head in ROLE_NOUNS and (head_word.isupper() or (
                    first in DEFINITE_ARTICLES and head_index == len(words) - 1) or (
                    # "Le Premier ministre britannique": a role capitalised as a title,
                    # then the lower-case rest of it.
                    first in DEFINITE_ARTICLES and not persons and head_index + 1 < len(words)
                    and words[head_index + 1][:1].islower())))):
            if head in MEDIA_WORDS | ORG_WORDS | ORG_DESCRIPTIONS:
                # "selon le quotidien Le Parisien": the name right after the word, or after
                # the adjectives French puts after it ("le quotidien économique Les Echos").
                at = re.search(rf"(?<![\w-]){re.escape(head)}\s+", self.text[start:end].lower())
                named = [m for m in inside if at and m.type != "person"
                         and adjectives_only(self.text[start + at.end():m.start])]
                if named:
                    return self.with_determiner(named[0])
            if head in DOCUMENT_WORDS:
                # "the statement said": whoever issued the statement, when the text says so.
                return self.issuer(start, head) if first in DEFINITE_ARTICLES else None
            if head in MEDIA_WORDS and head_index and len(words) <= INSTITUTION_FALLBACK_MAX:
                # "le quotidien du soir", "the London-based newspaper": the medium named
                # with or introduced by that word, else the organisation last seen acting.
                found = self.organisation(start, head, last_speaker) or self.media(start, head) \
                    or self.organisation(start, None, last_speaker)
                if found:
                    return found
            if head in ORG_WORDS | MEDIA_WORDS | ORG_DESCRIPTIONS and head_index and \
                    len(words) <= 3:
                # "the ministry", "le quotidien britannique": the organisation named before;
                # "the firm", "le groupe": the organisation last seen acting.
                found = self.organisation(start, head, last_speaker) or \
                    self.described(start, head) or (
                        self.introduced_as(start, head) if head in ORG_DESCRIPTIONS
                        else self.media(start, head))
                if not found and head in ORG_DESCRIPTIONS:
                    found = self.organisation(start, None, last_speaker)
                if found:
                    return found
            if head in ROLE_NOUNS or head in TITLES or head in FEMININE | MASCULINE:
                # "l'avocate de Karim B., Leïla Mansour": the apposition names the role;
                # a name after "de" is the role's complement, not its holder.
                apposition = APPOSITION_AFTER.match(self.text[end : end + 80])
                if apposition:
                    following = [m for m in self.between(end + 1, end + apposition.end() + 1)
                                 if m.type == "person"]
                    if following:
                        return self.name(following[0])
                holders = [m for m in persons if not m.after_preposition]
                if holders:
                    return self.name(holders[-1])
                gender = word_gender(head, words[0] if head_index else "")
                if head_index > 1 and first in DEFINITE_ARTICLES and last_speaker and \
                        self._just_quoted(start) and self.fits(last_speaker, gender) and \
                        names_somebody(last_speaker):
                    # "Pour X, … « … ». Selon le jeune journaliste, « … »": a role after a
                    # modifier, right after somebody's words, is that person again.
                    return last_speaker
                # "le ministre de l'Économie": the complement's noun without its elided
                # article, as _introduced_with reads the words before a name.
                complement = {ELIDED_ARTICLE.sub("", w) for w in lowered[head_index + 1:]
                              if w not in COMPLEMENT_LINKS and w not in DETERMINERS}
                found = self._equivalent_role(lowered[head_index:], start, gender) or \
                    self.role(head, start, gender, complement)
                # "l'élu" is one word whose head follows the apostrophe.
                bare = head_index == len(words) - 1 or (elided and len(words) == 1)
                bare = bare and (len(words) <= 2 or head_index > 1)
                if found and bare:
                    # "Government official X said …. Later a Government official said …
                    # "…," the official said": the source introduced since X was last named.
                    introduced = self._unnamed_introduction(
                        head, start, self._last_named(found, start))
                    if introduced:
                        return introduced
                if found:
                    return found
                if not bare and first in DEFINITE_ARTICLES:
                    found = self._named_next_line(start, gender)
                    if found:
                        return found
                if bare:
                    unnamed = self.unnamed_before(head, start)
                    if unnamed:
                        # "a TV executive" ... "the exec said": the source the text keeps
                        # anonymous, as it introduced it.
                        return unnamed
                    # A bare role ("l'élu", "the spokesman", "la jeune femme") names the
                    # person just quoted; with nobody of its gender to stand for, the
                    # source the text leaves unnamed ("the mother told X": "mother"), but
                    # for a spokesman, who speaks for a body.
                    found = self.pronoun(start, last_speaker, gender=gender)
                    if found is None and first in DEFINITE_ARTICLES and \
                            head not in SPOKES_NOUNS:
                        return head
                    return found
            holders = [m for m in persons if not m.after_preposition]
            if holders and head not in ORG_WORDS | MEDIA_WORDS:
                # "la toxicologue Claire Vasseur": a description, then the name.
                return self.name(holders[-1])
            if len(words) == 2 and head_index == 1:
                # "la gastro-entérologue": the person introduced with that word.
                found = self.role(head, start, word_gender(head, words[0]))
                if found:
                    return found
            if len(words) <= INSTITUTION_FALLBACK_MAX or (
                    head in ROLE_NOUNS and len(words) <= NP_MAX_TOKENS) or (
                    # "le ministère grec de la Protection civile"
                    head in ORG_WORDS and len(words) <= NP_MAX_TOKENS
                    and described_institution(words, head_index)):
                return segment  # "le recteur de la région académique": nobody else named
            return None
        if persons and inside[0].type != "person" and \
                all(m.after_preposition for m in persons):
            # "the Board of Control for Cricket in Kerala called": the body that opens the
            # phrase with its complement, not the name after the preposition.
            return segment
        if persons:
            first_of_two = len(persons) > 1 and AND_JOIN.fullmatch(
                self.text, persons[0].end, persons[1].start) is not None
            # "Calder and Andrew Pryce reported": the first of the writers named together.
            return self.name(persons[0] if first_of_two else persons[-1])
        if head in DEMONYM_NOUNS and head_index == len(words) - 1:
            # "the Spaniard", "le Français": the person introduced with it, else the one
            # the text is about.
            gender = word_gender(head, words[0] if head_index else "")
            return self.named_after(head, start) or self.pronoun(start, last_speaker,
                                                                 gender=gender)
        if inside and lowered[-1] in ORG_WORDS and words[-1][:1].islower():
            return segment  # "the Pakistan army": the army, not the country
        named = lower_case_name(self.text, inside[0].start, inside[0].end, end) \
            if self.french and len(inside) == 1 else None
        if named:
            return named  # "l'Agence nationale de sécurité du médicament"
        if len(inside) == 1:
            # "said Mirovski of Dalton": a person's surname with where they come from,
            # read by the entity pass as one organisation's name.
            owner, link, _ = inside[0].text.partition(" of ")
            if link and " " not in owner:
                holders = {name for name in self.full_names() if name.split()[-1] == owner}
                if len(holders) == 1:
                    return holders.pop()
            return self.with_determiner(inside[0])
        if inside:
            return segment
        if len(words) == 1 and segment in self.first_names():
            return self.first_names()[segment]  # "Greg says": Greg Alexander
        return segment if len(words) <= 3 else None


def _title_only(name: str) -> bool:
    """Title words only, after an article: "Prime Minister", "Le Premier"."""
    words = name.lower().split()
    if len(words) > 1 and words[0] in DEFINITE_ARTICLES:
        words = words[1:]
    return TITLES.issuperset(words)


def _personal(m: Mention) -> bool:
    """A person's mention, or a name typed otherwise that opens with a given name and does
    not end like an organisation ("Tony Chester", "April Galway"): a person may be a pronoun's
    antecedent or a role's holder whatever the entity typer made of the surname."""
    if m.type == "person":
        return True
    words = m.text.split()
    return len(words) == 2 and words[0].lower() in given_names() and \
        words[1].lower() not in ORG_WORDS and not words[1].isupper()


def _without_affiliations(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drops a name bracketed right after a person's name, "Ada Brenner (Northwind Games)
    calls it": it tells who the person works for and is never the clause's subject, though
    it stands nearer the verb than the person does."""
    kept: list[Mention] = []
    for m in mentions:
        if kept and text[m.end:m.end + 1] == ")" and \
                text[kept[-1].end:m.start].strip(" \u00a0") == "(" and _personal(kept[-1]):
            continue
        kept.append(m)
    return kept
