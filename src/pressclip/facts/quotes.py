"""Who said what: quotations in quote marks, their speaker, kind and reporting cue.

marks.py pairs the quote marks and cuts French incises out of the spans ("…, affirme-t-elle.
…" is two quotes of one speaker); each quote then looks for its attribution after the marks,
before them in its sentence, after a colon, in "Pour X, …", or inherits it from the quote it
continues (see _continues), else names nobody; names.py turns the speaker phrase into the fullest
name (pronouns and role words resolved). Scare quotes, titles and names are dropped: short
spans with no reporting cue, title-case spans, spans after a naming word. Linear in the text
length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from ..record import Quote
from .composed import composed
from .gender import Genders, pronoun_gender, word_gender
from .lexicon import (
    CAPITAL_STOPWORDS,
    DEMONYM_NOUNS,
    DETERMINERS,
    DOCUMENT_WORDS,
    FEMININE,
    INDEFINITE,
    MASCULINE,
    MEDIA_WORDS,
    NAMING_WORDS,
    ORG_DESCRIPTIONS,
    ORG_WORDS,
    PRONOUNS,
    ROLE_KINDS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SPOKES_NOUNS,
    TITLES,
    is_cue,
)
from .marks import (
    MARKS,
    pair_marks,
    paragraph_bounds,
    sentence_boundaries,
    sentence_bounds,
    split_incises,
    trim,
)
from .names import (
    DEMONYM,
    PREPOSITIONS,
    Mention,
    canonical_names,
    find_mentions,
    next_to_cue,
    shared_surnames,
)

# Script left in the text ("ShowTime(d, "Mis à jour…", …)"): its strings are no quotations.
CODE = re.compile(r"\)\s*\{|\}\s*\)|\bfunction\s*\(|\$\(|\bvar\s+\w+\s*=|\"\s*\)\s*;")
REPEATED_OPENER = re.compile(r'(\n\s*)[«“„‹"]\s*')
# A quoted span this long is somebody's words even when nobody is named.
MIN_WORDS_UNATTRIBUTED = 8
# Shorter spans need a reporting cue before them in their sentence.
MIN_WORDS_CUE_AFTER = 3
# How far attribution patterns look around the marks (tokens).
ATTRIBUTION_WINDOW = 14
NP_MAX_TOKENS = 8
TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
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
INSTITUTION_FALLBACK_MAX = 6
# Words a role noun may follow in a speaker phrase ("the former TV exec"), article included.
ROLE_MODIFIERS_MAX = 4
# English indefinite articles stand before a name with its adjectives ("a smiling
# Paterno"); French "un proche de X" is somebody else, so French ones do not.
ARTICLES = {"a", "an"}
PREPOSITION_WORDS = {"of", "for", "from", "to", "with", "at", "in", "on", "by", "close"}
# "a spokesman for the firm", "le porte-parole du ministère": the link to the organisation.
SPOKES_LINKS = {"for", "of", "de", "du", "des", "d'", "d’", "at"}
CIRCUMSTANCE_PREPOSITIONS = {"en", "dans", "lors", "devant", "in", "at", "during"}
DEFINITE = {"le", "la", "les", "the"}
TIME_WORDS = set(
    (
        "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui aujourd’hui "
        "matin soir midi après-midi dernier dernière monday tuesday wednesday thursday "
        "friday saturday sunday yesterday today tonight morning evening afternoon"
    ).split()
)
PRONOUN_WINDOW = 1500
# A name this many words or fewer into its sentence may be its subject.
SUBJECT_WORDS = 8
# An organisation is the subject only right at the start ("The agency", "Acme Corp.").
ORG_SUBJECT_WORDS = 2
# Words before a name that make it an object or a complement: the subject came first.
SUBJECT_BLOCKERS = {"il", "elle", "ils", "elles", "on", "he", "she", "they", "we", "nous",
                    "qui", "que", "qu'", "qu’", "who", "which", "that", "whom", "dont"}
WORD_RE = re.compile(r"[\w’'\-]+")
ELIDED = re.compile(r"^(?:qu|lorsqu|puisqu|quoiqu|parce qu)['’]")
ROLE_WINDOW = 6000
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
# Demonstratives and generic role words point back to the person just discussed.
ANAPHORIC = {"ce", "cette", "this", "that"}
POUR = re.compile(
    r"\s*(?:(?:Mais|Et|Or|But|And|Yet)\s+)?(?:[Pp]our|[Ff]or|[Ss]elon|[Aa]ccording to)\s+"
    r"([^,;:«“\"]{2,60}?)\s*,")
# "estime-t-on à l'Élysée", "au ministère": the article each preposition carries.
ON_PLACES = {"à": "", "chez": "", "dans": "", "au": "le ", "aux": "les ", "du": "le "}
# "peut-on lire dans X", "lit-on sur X", "can be read in X".
READ_ASKERS = {"peut-on", "pouvait-on", "pourra-t-on", "pouvons-nous", "on", "can", "could"}
READ_PLACES = {"dans", "sur", "in", "on"}
# "released by", "issued by", "publié par": the issuer of a statement follows.
ISSUED_BY = {"by", "par"}
NAMING_VERBS = {"called", "named", "dubbed", "baptisé", "baptisée", "appelé", "appelée",
                "nommé", "nommée", "intitulé", "intitulée"}
PRENOMINAL = {"même", "mêmes", "nouveau", "nouvelle", "nouveaux", "nouvelles", "ancien",
              "ancienne", "premier", "première", "dernier", "dernière", "autre", "autres",
              "seul", "seule", "jeune", "same", "new", "former", "first", "last", "latest",
              "other", "young", "old", "vieux", "vieil", "vieille"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"}
# "…, a déclaré", "…, s'est félicitée": the auxiliary before an incise's verb.
INCISE_AUXILIARIES = {"a", "avait", "ont", "has", "had", "se", "s'est", "s’est", "s'était",
                      "s’était"}
COMPLEMENT_LINKS = {"of", "de", "du", "des", "d'", "d’"}
POUR_CONJUNCTIONS = {"Mais", "Et", "Or", "But", "And", "Yet"}
PARENTHESIS = re.compile(r"\s*\([^()]{0,200}\)")
RELATIVES = {"who", "qui", "which", "lequel", "laquelle"}
CONJUNCTIONS = {"et", "mais", "and", "but", "puis", "then"}
CLOSING = "»”\"›"
# "dit" is a reporting verb as often as a naming word ("Jean, dit « le Grand »").
AMBIGUOUS_NAMING = {"dit", "dite", "called"}
SUBJECT_PRONOUNS = {"il", "elle", "on", "ils", "elles", "qui", "he", "she", "they", "who", "it"}
# "en rappelant", "while noting": a gerund shares the subject of its clause.
# "a senior official", "une source": one unnamed person, named by the description.
SINGULAR_INDEFINITE = {"a", "an", "un", "une"}
ANONYMOUS_WORDS_MAX = 4
NAMED_AFTER = re.compile(r"[\s,]*(?:(?:named|called|nommée?|appelée?)\s+)?")
ELIDED_LINK = re.compile(r"[dlj]['’]|qu['’]")
GERUND_MARKERS = {"en", "tout", "while", "by", "after", "before"}


def _tokens(segment: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), base + m.start(), base + m.end()) for m in TOKEN.finditer(segment)]


class _Resolver:
    """Speaker phrases to names: pronouns, roles and surnames to the fullest name."""

    def __init__(self, text: str, language: str | None, quoted: list[tuple[int, int]],
                 mentions: list[Mention] | None = None) -> None:
        self.text = text
        self.quoted = quoted
        self.mentions = find_mentions(text) if mentions is None else mentions
        self.starts = [m.start for m in self.mentions]
        self.canonical = canonical_names(self.mentions, text)
        self.shared_surnames = shared_surnames(self.mentions)
        self.organisations = {self.canonical.get(m.text, m.text) for m in self.mentions
                              if m.type == "organization"}
        self.quote_starts = [a for a, _ in quoted]
        self.boundaries = sentence_boundaries(text)
        self.genders = Genders(text, self.mentions, self.canonical)
        self.speakers: set[str] = set()  # people already quoted, plausible speakers again
        self.last_quote_end = 0
        self.pronouns = PRONOUNS["fr"] | PRONOUNS["en"]
        if language in PRONOUNS:
            self.pronouns = PRONOUNS[language]

    def between(self, lower: int, upper: int) -> list[Mention]:
        """Mentions starting in [lower, upper), in text order."""
        return self.mentions[bisect_left(self.starts, lower):bisect_left(self.starts, upper)]

    def persons_before(self, pos: int, lower: int) -> list[Mention]:
        return [m for m in self.between(lower, pos) if m.type == "person"]

    def name(self, mention: Mention) -> str:
        """The fullest name of a person mention, told by its place when it is ambiguous."""
        return self.shared_surnames.get(mention.start) or \
            self.canonical.get(mention.text, mention.text)

    def pronoun(self, pos: int, last_speaker: str | None, within: int = PRONOUN_WINDOW,
                gender: str | None = None) -> str | None:
        """The person a pronoun or a bare role stands for: walking back sentence by sentence,
        the first person of the right gender who could be speaking (the subject of the
        sentence, or somebody already quoted); a name in passing ("a rencontré X", "which X
        drafted") only when nobody else fits."""
        window = max(0, pos - within)
        i, j = bisect_right(self.boundaries, window), bisect_right(self.boundaries, pos)
        bounds = [window] + self.boundaries[i:j]
        candidates = [m for m in self.persons_before(pos, window) if not m.after_preposition
                      and not self.in_quote(m.start)
                      and self.genders.fits(self.name(m), gender)]
        passing = None
        for lower in reversed(bounds):
            in_sentence = [m for m in candidates if m.start >= lower]
            for k, m in enumerate(in_sentence):
                name = self.name(m)
                if name in self.speakers or self._subject_like(m, lower, in_sentence[:k]):
                    return name
            if in_sentence and passing is None:
                passing = self.name(in_sentence[0])
            candidates = [m for m in candidates if m.start < lower]
        if last_speaker and self.genders.fits(last_speaker, gender):
            return last_speaker
        return passing

    def _subject_like(self, m: Mention, sentence_start: int, earlier: list[Mention],
                      limit: int = SUBJECT_WORDS) -> bool:
        """The name opens its sentence (after a title, a role or a short adverbial), or
        stands next to a reporting verb; not a name after a pronoun, a relative or another
        person ("il a rappelé que X", "the bill, which X drafted")."""
        if next_to_cue(self.text, m.start, m.end):
            return True
        if earlier:
            return False
        words = WORD_RE.findall(self.text[sentence_start:m.start])
        return len(words) <= limit and not any(
            w.lower() in SUBJECT_BLOCKERS for w in words)

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
                if head in full.lower().split():
                    return full
                continue
            if m.after_preposition:
                continue
            k = bisect_right(self.boundaries, m.start)
            sentence_start = self.boundaries[k - 1] if k else 0
            if self._subject_like(m, sentence_start, [], ORG_SUBJECT_WORDS):
                return full  # "BECTA said …", "Acme Corp. declined …"
        if head is None and last_speaker in self.organisations:
            return last_speaker
        return None

    def with_determiner(self, mention: Mention) -> str:
        """An institution as the article names it: "le Pentagone", not "Pentagone"."""
        if mention.text in self.canonical:
            return self.canonical[mention.text]
        before = self.text[max(0, mention.start - 4) : mention.start]
        found = re.search(r"(?:^|\s)(le|la|les|the|l['’])\s?$", before, re.IGNORECASE)
        if found and mention.type != "person":
            return self.text[mention.start - len(before) + found.start(1) : mention.end]
        return mention.text

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

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
                   if not m.after_preposition and self.genders.fits(self.name(m), gender)
                   and nouns & self._introduced_with(m)]
        # A person known to be of the role word's gender before one of unknown gender.
        known = [m for m in holders if self.genders.of.get(self.name(m)) == gender]
        precise = [m for m in holders if complement and complement <= self._introduced_with(m)]
        for found in (precise, known, holders):
            if found:
                return self.name(found[-1])
        return None

    def named_after(self, word: str, pos: int) -> str | None:
        """The last person before pos whose name directly follows this word ("Spaniard
        Rafael Nadal"): a word that stands for one person is written right before them."""
        for m in reversed(self.persons_before(pos, max(0, pos - ROLE_WINDOW))):
            before = self.text[max(0, m.start - len(word) - 1):m.start].strip().lower()
            if before.endswith(word) and not self.in_quote(m.start):
                return self.name(m)
        return None

    def unnamed_before(self, noun: str, pos: int) -> str | None:
        """How the text introduced somebody by this role noun (or a longer word it
        shortens: "exec", "executive") with an indefinite article and no name, as sources
        kept anonymous are ("we spoke to a sports TV executive" -> "sports TV
        executive"); None when it did not."""
        lower = max(0, pos - ROLE_WINDOW)
        latest = None  # the nearest introduction is the one the text goes on about
        for found in re.finditer(rf"\b(?:a|an|un|une)\s+((?:[\w-]+\s+){{0,3}}?"
                                 rf"{re.escape(noun)}\w*)", self.text[lower:pos], re.IGNORECASE):
            # Named when a person's name follows it ("a TV executive, John X").
            end = lower + found.end()
            if not any(NAMED_AFTER.fullmatch(self.text, end, m.start)
                       for m in self.persons_before(min(end + 40, pos), end)):
                latest = " ".join(found.group(1).split())
        return latest

    def _introduced_with(self, m: Mention) -> set[str]:
        """The lower-case words just before a name and in the apposition after it."""
        before = self.text[max(0, m.start - 60) : m.start].lower()
        # "X (2), professeure de …": a note's number before the apposition.
        after = PARENTHESIS.sub("", self.text[m.end : m.end + 80].lower(), count=1)
        if after.startswith(".,"):
            after = after[1:]  # "Yassin E., imam de …": the initial's full stop
        after = after.split(".")[0] if after.startswith(",") else ""
        # "The judge, X,": the comma after the role word is no part of it.
        words = [re.sub(r"^[ld]['’]", "", w).strip(",;:") for w in before.split()[-4:]]
        return set(words) | set(re.findall(r"[\w’'\-]+", after)[:6])

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
        orgs = [m for m in inside if m.type != "person"]
        if noun + 1 >= len(words) or lowered[noun + 1] not in SPOKES_LINKS:
            # "a GSK spokesman": the organisation before the noun.
            return self.with_determiner(orgs[-1]) if orgs else None
        rest = words[noun + 2:]
        link = lowered[noun + 1]
        if not rest and link[-1] in "'’":
            rest = [words[noun + 1][len(link.rstrip("'’")) + 1:]]
        if rest and rest[0].lower() in DETERMINERS:
            rest = rest[1:]
        if not rest:
            return None
        if rest[0][:1].isupper():
            return self.with_determiner(orgs[0]) if orgs else None
        head = rest[0].lower()
        if len(rest) == 1 and head in ORG_DESCRIPTIONS | ORG_WORDS:
            return self.organisation(start, head, last_speaker) or \
                self.organisation(start, None, last_speaker)
        return " ".join(rest)  # "ministère de l'Intérieur": the institution as described

    def phrase(self, start: int, end: int, last_speaker: str | None) -> str | None:
        """The speaker named by text[start:end] (a phrase next to a cue)."""
        segment = self.text[start:end].strip(" ,.:;")
        if not segment:
            return None
        words = segment.split()
        first = words[0].lower()
        if first in self.pronouns:
            return self.pronoun(start, last_speaker, gender=pronoun_gender(first))
        if first == "it" and len(words) == 1:
            return self.organisation(start, None, last_speaker)
        inside = [m for m in self.between(start, end) if m.end <= end]
        persons = [m for m in inside if m.type == "person"]
        if not (words[0][:1].isupper() or first in DETERMINERS or first[:2] in {"l'", "l’"}
                or first in ANAPHORIC):
            # "defensive end Vonnie Holliday": a description before the name.
            return self.name(persons[-1]) if persons else None
        if first in ANAPHORIC:
            # "ce père de quatre enfants", "cette habitante": the person just discussed.
            noun = words[1] if len(words) > 1 else ""
            found = self.role(noun, start, word_gender(noun, first)) if noun else None
            return found or self.pronoun(start, last_speaker, gender=word_gender(noun, first))
        if first in CAPITAL_STOPWORDS and first not in DETERMINERS and first not in TITLES:
            return None  # "Pour moi", "Malgré …": not somebody
        lowered = [w.lower().strip(",.") for w in words]
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
                       if set(self.text[start:m.start].lower().split()[-3:]) & ISSUED_BY]
            if issuers:
                return self.name(issuers[0]) if issuers[0].type == "person" else \
                    self.with_determiner(issuers[0])
        between = self.text[start:persons[0].start].split()[1:] if persons else []
        if first in ARTICLES and persons and len(between) <= 2 and all(
                w[:1].islower() and w not in ROLE_NOUNS and w not in PREPOSITION_WORDS
                for w in between):
            return self.name(persons[0])  # "a smiling Paterno", "an emotional Federer"
        if first in INDEFINITE or (len(words) > 1 and f"{lowered[0]} {lowered[1]}" == "d' un"):
            return _anonymous(words, lowered) if first in SINGULAR_INDEFINITE else None
        head_index = 1 if first in DETERMINERS or first[:2] in {"l'", "l’"} else 0
        head = lowered[head_index] if head_index < len(lowered) else ""
        head = re.sub(r"['’]s$", "", head)
        if first[:2] in {"l'", "l’"}:
            head = lowered[0][2:]
        while head in PRENOMINAL and head_index + 1 < len(lowered):
            head_index += 1  # "les mêmes attendus", "the former minister"
            head = lowered[head_index]
        if head_index < len(words) - 1 <= ROLE_MODIFIERS_MAX and lowered[-1] in ROLE_NOUNS \
                and words[-1][:1].islower() and first in DETERMINERS and not persons:
            # "the TV exec", "the sports executive": a role after its modifiers is a person
            # by that role, named before or left unnamed, not the modifier ("TV").
            found = self.role(lowered[-1], start, word_gender(lowered[-1], words[0]))
            if found:
                return found
            unnamed = self.unnamed_before(lowered[-1], start)
            if unnamed:
                return unnamed  # an anonymous source, as the text introduced it
        if first in POSSESSIVES and head in ROLE_NOUNS:
            # "son porte-parole": the role of somebody else, named only if introduced.
            return self.role(head, start, word_gender(head))
        if head and words[min(head_index, len(words) - 1)][:1].islower():
            if head in DOCUMENT_WORDS:
                return None
            if head in ORG_WORDS | MEDIA_WORDS | ORG_DESCRIPTIONS and head_index and \
                    len(words) <= 3:
                # "the ministry", "le quotidien britannique": the organisation named before;
                # "the firm", "le groupe": the organisation last seen acting.
                found = self.organisation(start, head, last_speaker) or self.media(start, head)
                if not found and head in ORG_DESCRIPTIONS:
                    found = self.organisation(start, None, last_speaker)
                if found:
                    return found
            if head in ROLE_NOUNS or head in TITLES or head in FEMININE | MASCULINE:
                # "l'avocate de Yassin E., Saphia Foughar": the apposition names the role;
                # a name after "de" is the role's complement, not its holder.
                apposition = re.match(r"\.?,\s*([^,;]{3,60})", self.text[end : end + 80])
                if apposition:
                    following = [m for m in self.between(end + 1, end + apposition.end() + 1)
                                 if m.type == "person"]
                    if following:
                        return self.name(following[0])
                holders = [m for m in persons if not m.after_preposition]
                if holders:
                    return self.name(holders[-1])
                gender = word_gender(head, words[0] if head_index else "")
                complement = {w for w in lowered[head_index + 1:]
                              if w not in COMPLEMENT_LINKS and w not in DETERMINERS}
                found = self.role(head, start, gender, complement)
                if found:
                    return found
                if head_index == len(words) - 1 and (len(words) <= 2 or head_index > 1):
                    unnamed = self.unnamed_before(head, start)
                    if unnamed:
                        # "a TV executive" ... "the exec said": the source the text keeps
                        # anonymous, as it introduced it.
                        return unnamed
                    # A bare role ("l'élu", "the spokesman", "la jeune femme") names the
                    # person just quoted.
                    return self.pronoun(start, last_speaker, gender=gender)
            holders = [m for m in persons if not m.after_preposition]
            if holders and head not in ORG_WORDS | MEDIA_WORDS:
                # "la toxicologue Dominique Parent-Massin": a description, then the name.
                return self.name(holders[-1])
            if len(words) == 2 and head_index == 1:
                # "la gastro-entérologue": the person introduced with that word.
                found = self.role(head, start, word_gender(head, words[0]))
                if found:
                    return found
            if len(words) <= INSTITUTION_FALLBACK_MAX or (
                    head in ROLE_NOUNS and len(words) <= NP_MAX_TOKENS):
                return segment  # "le recteur de la région académique": nobody else named
            return None
        if persons:
            return self.name(persons[-1])
        if head in DEMONYM_NOUNS and head_index == len(words) - 1:
            # "the Spaniard", "le Français": the person introduced with it, else the one
            # the text is about.
            gender = word_gender(head, words[0] if head_index else "")
            return self.named_after(head, start) or self.pronoun(start, last_speaker,
                                                                 gender=gender)
        if inside and lowered[-1] in ORG_WORDS and words[-1][:1].islower():
            return segment  # "the Pakistan army": the army, not the country
        if inside:
            return self.with_determiner(inside[0]) if len(inside) == 1 else segment
        return segment if len(words) <= 3 else None


def _anonymous(words: list[str], lowered: list[str]) -> str | None:
    """ "a senior official", "une source gouvernementale", "a source close to the talks":
    an unnamed source, named by its description without the article (up to a
    preposition, a relative or a comma); None when the description names no role or
    source ("a statement", "a crowd")."""
    description: list[str] = []
    for word, low in zip(words[1:], lowered[1:], strict=True):
        if low in PREPOSITION_WORDS | COMPLEMENT_LINKS | RELATIVES or word[:1].isupper() \
                or ELIDED_LINK.match(low):
            break
        description.append(word.strip(",."))
        if word.endswith(","):
            break
    if not description or len(description) > ANONYMOUS_WORDS_MAX:
        return None
    if not {w.lower() for w in description} & (ROLE_NOUNS | SOURCE_NOUNS) - {"premier"}:
        return None  # "un premier pas": an adjective, not the role
    return " ".join(description)


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
        elif low in {"à", "au", "aux"} and i + 1 < len(tokens):
            # "à l'AFP", "au Monde", "à la presse": the listener, then the speaker.
            i += 3 if tokens[i + 1][0].lower() in DETERMINERS | ANAPHORIC else 2
        elif low in CIRCUMSTANCE_PREPOSITIONS:
            # "en préambule le président …", "dans un communiqué le ministère …"
            j = i + 1
            while j < min(len(tokens), i + 6) and not _starts_speaker(tokens[j][0]):
                j += 1
            if j >= len(tokens) or not _starts_speaker(tokens[j][0]):
                break
            i = j
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
class _Attribution:
    speaker: str | None
    cue: str | None
    cue_before: bool
    distance: int = 0  # tokens between the cue and the quote mark


def _attribution_after(text: str, close: int, limit: int, resolver: _Resolver,
                       last: str | None) -> _Attribution | None:
    aside = PARENTHESIS.match(text, close, limit)
    if aside:
        close = aside.end()  # « Errare humanum est » (a translation), lance …
    tokens = _tokens(text[close:limit], close)[:ATTRIBUTION_WINDOW]
    ended = text[max(0, close - 8) : close].rstrip(CLOSING + " ").endswith(".")
    if ended and tokens and tokens[0][0][:1].isupper() and \
            tokens[0][0].lower() in CAPITAL_STOPWORDS - SUBJECT_PRONOUNS:
        return None  # '"… louder." Some players would claim …': the next sentence
    while tokens and tokens[0][0] in ",.!?;…-–—)":
        tokens = tokens[1:]
    if not tokens:
        return None
    aux = ""
    if len(tokens) > 1 and tokens[0][0].lower() in INCISE_AUXILIARIES \
            and is_cue(tokens[1][0]):
        aux = tokens[0][0] + " "
        tokens = tokens[1:]
    first = tokens[0][0]
    if PARTICIPLE.search(first):
        return None
    read = _read_in(tokens)
    if read is not None:
        span = _np_after(read)
        return _Attribution(resolver.phrase(span[0], span[1], last) if span else None,
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
            # policière", or nothing, names nobody.
            return _Attribution(_on_at(text, rest, resolver, last), cue, False)
        if re.search(r"-(il|elle|ils|elles)$", cue_words[0].lower()) or re.search(
            r"-(il|elle|ils|elles)$", cue_words[-1].lower()):
            return _Attribution(resolver.pronoun(tokens[0][1], last, gender=pronoun_gender(
                cue_words[-1] if "-" in cue_words[-1] else cue_words[0])), cue, False)
        span = _np_after(rest)
        if span is None or text[span[1]:span[1] + 2].strip().startswith(":"):
            return None
        return _Attribution(resolver.phrase(span[0], span[1], last), cue, False)
    # "…," X said / he added / X, a professor at Y, said
    tokens = _tokens(text[tokens[0][1]:limit], tokens[0][1])[:APPOSITION_WINDOW]
    phrase_end: int | None = None
    for i, (tok, _, _) in enumerate(tokens[1:], start=1):
        if _abbreviation_dot(tokens, i):
            continue
        if tok == "," and phrase_end is None and i <= NP_MAX_TOKENS:
            phrase_end = tokens[i - 1][2]
            continue
        if tok in ".;:!?«»“”\"" or (tok == "," and phrase_end is not None):
            if tok != "," or i + 1 >= len(tokens) or not _cue_at(tokens, i + 1):
                return None
            continue
        if phrase_end is None and i > NP_MAX_TOKENS:
            return None
        if is_cue(tok) and tok.lower() not in {"selon", "according", "d'après", "d’après"}:
            # "X, director of Y at Z said": the apposition may lack its closing comma.
            end = phrase_end if phrase_end is not None else tokens[i - 1][2]
            speaker = resolver.phrase(tokens[0][1], end, last)
            named = [m for m in resolver.between(end, tokens[i][1]) if m.type == "person"]
            if phrase_end is not None and named and (speaker is None or not any(
                    m.type == "person" for m in resolver.between(tokens[0][1], end))):
                # "a senior official, Amos Gilad, told": the description, then the name.
                speaker = resolver.name(named[0])
            if speaker or tokens[0][0].lower() in INDEFINITE:
                return _Attribution(speaker, tok, False)  # "a statement said": unnamed
            if tokens[0][0][:1].islower() and tokens[i - 1][0] == ",":
                # '"…" aimed at her government, said X': the writer's words close the
                # sentence the quote opened, then the verb and its speaker.
                span = _np_after(tokens[i + 1:])
                speaker = resolver.phrase(span[0], span[1], last) if span else None
                if speaker and _names_somebody(speaker):
                    return _Attribution(speaker, tok, False)
            # "Some players later would claim …" is the next sentence, not an attribution.
            return None
    return None


def _pronoun_after(text: str, close: int, resolver: _Resolver) -> bool:
    """The quote is attributed by a pronoun right after it ("she said", "said he")."""
    words = [w.lower() for w in WORD_RE.findall(text[close:close + 40])[:2]]
    return bool(words) and (words[0] in resolver.pronouns or (
        len(words) == 2 and is_cue(words[0]) and words[1] in resolver.pronouns))


def _signature(text: str, close: int, p_end: int, resolver: _Resolver) -> _Attribution | None:
    """A paragraph-long quote signed after its marks: '"…" - Name', '« … » Name, role, …'."""
    found = SIGNATURE.match(text, close, p_end)
    if not found:
        return None
    start, end = found.start(1), found.end(1)
    signer = [m for m in resolver.between(start, end) if m.start == start and m.end == end]
    if not signer or signer[0].type != "person":
        return None
    return _Attribution(resolver.name(signer[0]), None, False)


def _on_at(text: str, rest: list[tuple[str, int, int]], resolver: _Resolver,
           last: str | None) -> str | None:
    """The institution after "-t-on à / au / chez / dans", as the text names it."""
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


def _attribution_before(text: str, sent_start: int, open_pos: int, resolver: _Resolver,
                        last: str | None, same_sentence: bool) -> _Attribution | None:
    tokens = [t for t in _tokens(text[sent_start:open_pos], sent_start)
              if not resolver.in_quote(t[1])]
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i][0]
        low = tok.lower()
        distance = len(tokens) - i
        if low in {"selon", "d'après", "d’après", "according"}:
            rest = tokens[i + 2 :] if low == "according" else tokens[i + 1 :]
            span = _np_after(rest)
            speaker = resolver.phrase(span[0], span[1], last) if span else None
            return _Attribution(speaker, "according to" if low == "according" else tok, True,
                                distance)
        if not is_cue(tok) or low in {"a", "ont", "avait"}:
            continue
        cue = tok
        if i > 0 and tokens[i - 1][0].lower() in {"a", "avait", "ont", "has", "had", "have"}:
            cue = f"{tokens[i - 1][0]} {tok}"
        if re.search(r"-(il|elle|ils|elles)$", low):
            return _Attribution(resolver.pronoun(tokens[i][1], last, gender=pronoun_gender(low)),
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
                return _Attribution(found, cue, True, distance)
        if PARTICIPLE.search(low) and i > 0 and tokens[i - 1][0].lower() in GERUND_MARKERS:
            # "…, déplore-t-elle, en rappelant les « … »": the clause's own subject.
            return _Attribution(_subject(text, tokens[: i - 1], sent_start, resolver, last,
                                         same_sentence), cue, True, distance)
        if PARTICIPLE.search(low) and i > 0 and tokens[i - 1][0].lower() in {"as", "comme"}:
            # "It quotes X as warning": the person quoted, not the one quoting.
            quoted = [m for m in resolver.between(sent_start, tokens[i - 1][1])
                      if m.type == "person" and not resolver.in_quote(m.start)]
            if quoted:
                return _Attribution(resolver.name(quoted[-1]), cue, True, distance)
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
            return _Attribution(found, cue, True, distance)
        return _Attribution(_subject(text, tokens[:i], sent_start, resolver, last, same_sentence),
                            cue, True, distance)
    return None


def _pour_attribution(text: str, sent_start: int, open_pos: int,
                      resolver: _Resolver, last: str | None) -> _Attribution | None:
    """ "Pour Hélène Garnier, … « … »", "For him, …": the source of a cue-less quote."""
    m = POUR.match(text, sent_start, open_pos)
    if not m:
        return None
    speaker = resolver.phrase(m.start(1), m.end(1), last)
    cue = m.group(0).split()[1 if m.group(0).split()[0] in POUR_CONJUNCTIONS else 0].lower()
    return _Attribution(speaker, cue, True) if speaker else None


def _subject(text: str, head: list[tuple[str, int, int]], sent_start: int,
             resolver: _Resolver, last: str | None, same_sentence: bool) -> str | None:
    """Who does the reporting verb that follows `head` (the sentence up to the verb)."""
    head = [t for t in head if t[0] not in {"a", "avait", "ont"}]
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
                if not m.after_preposition and not resolver.in_quote(m.start)]
    persons = [m for m in mentions if m.type == "person"]
    if persons and head[-1][0].lower() in CONJUNCTIONS:
        # "X quoted Pawar and said": the verb shares the subject of the first clause.
        return resolver.name(persons[0])
    if len(persons) > 1 and _in_apposition(text, persons[0], persons[-1]):
        # "X, an officer of the agency Lodestar Universal said": Y describes X.
        return resolver.name(persons[0])
    if persons:
        # "Van Helsing star Samuel West stated": the name right before the verb is its subject.
        last = persons[-1]
        if not text[last.end : head[-1][1]].strip(" \u00a0,") or \
                text[last.end : head[-1][1]].strip().lower() in {"also", "a", "avait", "ont"}:
            return resolver.name(last)
        return resolver.name(persons[0])
    for t in head:
        # "qu'il a qualifié": the pronoun behind an elided conjunction.
        word = ELIDED.sub("", t[0].lower())
        if word in resolver.pronouns:
            return resolver.pronoun(t[1], last, gender=pronoun_gender(word))
    # The subject: from the clause start to the verb, after any leading adverbial.
    commas = [j for j, t in enumerate(head) if t[0] == ","]
    begin = head[commas[-1] + 1][1] if commas and commas[-1] + 1 < len(head) else head[0][1]
    end = head[-1][2]
    if begin < end and len(text[begin:end].split()) <= NP_MAX_TOKENS:
        first = text[begin:end].split()[0].lower()
        if first not in CONJUNCTIONS:
            found = resolver.phrase(begin, end, last)
            if found:
                return found
    if same_sentence:
        return last
    if mentions and head[0][0].lower() not in PREPOSITIONS:
        # Not "Sur l'Aide médicale d'Etat (AME) : « … »": a topic, not who speaks.
        return resolver.with_determiner(mentions[0])
    return None


def _in_apposition(text: str, first: Mention, later: Mention) -> bool:
    """`later` sits in a description of `first` set off by a comma ("X, a member of Y")."""
    between = text[first.end : later.start]
    if not between.startswith(","):
        return False
    words = between[1:].split()
    return bool(words) and (words[0].lower() in DETERMINERS or words[0][:1].islower()) \
        and "," not in between[1:]


def _colon_attribution(text: str, lead: str, sent_start: int, open_pos: int, p_index: int,
                       paragraphs: list[tuple[int, int]], resolver: _Resolver,
                       last: str | None) -> _Attribution | None:
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
    head = [t for t in _tokens(text[start:end], start) if not resolver.in_quote(t[1])]
    speaker = _subject(text, head, start, resolver, last, False)
    return _Attribution(speaker, ":", True) if speaker else None


def _accept(text: str, marks: tuple[int, int], words: list[str], lead: str,
            attribution: _Attribution | None, inherited: bool, after_incise: bool) -> bool:
    """Somebody's words, not a scare quote, a title, a name or a set phrase."""
    open_pos, close = marks
    if _naming_before(text, open_pos) or _title_case(words):
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
        return attribution.distance <= NEAR_CUE_TOKENS
    return len(words) >= MIN_WORDS_CUE_AFTER


def _subject_of_verb(text: str, mark: int, close: int) -> bool:
    """ "«Les voix des Femmes» appelle …": a name as the subject of a verb, not a quote, which
    would end in punctuation or be followed by one before its attribution."""
    if not text[mark - 1 : mark].isalnum() or text[mark:close].strip() == "":
        return False
    after = text[close : close + 30].split()
    return bool(after) and after[0][:1].islower() and is_cue(after[0])


def _has_words(words: list[str]) -> bool:
    """At least one word of two letters: not a number, a symbol or a lone initial."""
    return any(sum(c.isalpha() for c in w) >= 2 for w in words)


def _naming_before(text: str, open_pos: int) -> bool:
    words = re.findall(r"[\w’'\-]+", text[max(0, open_pos - 40) : open_pos].lower())
    if words and words[-1] in AMBIGUOUS_NAMING:
        # "Jean, dit « le Grand »" names; "Il dit avoir « … »", "elle dit « … »" report.
        return len(words) < 2 or words[-2] not in SUBJECT_PRONOUNS
    return bool(set(words[-2:]) & (NAMING_WORDS - AMBIGUOUS_NAMING))


def _title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and all(w[:1].isupper() for w in long_words) and len(words) <= 8


def find_quotes(text: str, language: str | None = None,
                mentions: list[Mention] | None = None) -> list[Quote]:
    """Quotations of `text` with speaker, kind, offsets into `text` and the reporting cue.
    `mentions`: find_mentions of the text's NFC form, when the caller has them already."""
    if not text or not MARKS.search(text):
        return []
    nfc, offsets = composed(text)
    if offsets is None:
        return _find_quotes(text, language, mentions)
    return [Quote(_words_only(text, offsets[q.start], offsets[q.end]), q.speaker, q.kind,
                  offsets[q.start], offsets[q.end], q.cue, q.speaker_kind)
            for q in _find_quotes(nfc, language, mentions)]


def _words_only(text: str, start: int, end: int) -> str:
    """A quote over paragraphs repeats its opening mark at each start: not its words."""
    return REPEATED_OPENER.sub(r"\1", text[start:end])


def _find_quotes(text: str, language: str | None,
                 mentions: list[Mention] | None = None) -> list[Quote]:
    paragraphs = paragraph_bounds(text)
    spans = pair_marks(text)
    parts_of = [split_incises(text, s.start, s.end) for s in spans]
    quoted = [(a, b) for parts in parts_of for a, b, _ in parts]
    resolver = _Resolver(text, language, quoted, mentions)
    out: list[Quote] = []
    last_speaker: str | None = None  # the last quote's speaker that was not None
    previous_speaker: str | None = None  # the last quote's speaker, None included
    last_end = -1
    asked = False  # the last quote was a question
    last_paragraph = -2
    p_index = 0
    code_checked: dict[int, bool] = {}  # paragraph index -> it is script, not prose
    for span, parts in zip(spans, parts_of, strict=True):
        while p_index + 1 < len(paragraphs) and paragraphs[p_index][1] < span.start:
            p_index += 1
        p_start, p_end = paragraphs[p_index]
        if p_index not in code_checked:
            code_checked[p_index] = CODE.search(text, p_start, p_end) is not None
        if code_checked[p_index]:
            continue
        open_pos = span.start - 1
        sent_start, _ = sentence_bounds(resolver.boundaries, open_pos, p_start, p_end)
        close_paragraph_end = text.find("\n", span.close)
        if close_paragraph_end < 0:
            close_paragraph_end = len(text)
        _, sent_end = sentence_bounds(resolver.boundaries, span.close, p_start,
                                      close_paragraph_end)
        incises = [incise for _, _, incise in parts if incise is not None]
        span_attribution = None
        if incises:
            span_attribution = _attribution_after(text, incises[0], span.end, resolver,
                                                  last_speaker)
        for part_start, part_end, _ in parts:
            q_start, q_end = trim(text, part_start, part_end)
            if q_end <= q_start:
                continue
            words = text[q_start:q_end].split()
            if not _has_words(words) or _subject_of_verb(text, span.end, span.close):
                continue
            attribution = span_attribution
            if attribution is None:
                close_end = max(span.close, sent_end)
                next_mark = MARKS.search(text, span.close, close_end)
                limit = close_end if next_mark is None else next_mark.start()
                attribution = _attribution_after(text, span.close, limit, resolver, last_speaker)
            if attribution is None and not text[p_start:open_pos].strip():
                attribution = _signature(text, span.close, p_end, resolver)
            same_sentence = last_end >= sent_start
            if attribution is None:
                attribution = _attribution_before(text, sent_start, open_pos, resolver,
                                                  last_speaker, same_sentence)
            lead = text[sent_start:open_pos].strip()
            if attribution is None:
                attribution = _pour_attribution(text, sent_start, open_pos, resolver,
                                                last_speaker)
            if attribution is None:
                attribution = _colon_attribution(text, lead, sent_start, open_pos, p_index,
                                                 paragraphs, resolver, last_speaker)
            if attribution is not None and attribution.speaker is not None and \
                    attribution.speaker == previous_speaker and asked and \
                    last_paragraph < p_index and _pronoun_after(text, span.close, resolver):
                # '"…?" X asked. ¶ "…," she replied.': the answer is somebody else's.
                attribution = _Attribution(None, attribution.cue, False)
            inherited = False
            if attribution is None and _continues(text, (p_start, p_end), sent_start, open_pos,
                                                  resolver, last_end,
                                                  last_paragraph - p_index,
                                                  previous_speaker):
                attribution = _Attribution(previous_speaker, None, False)
                inherited = True
            if attribution is None and not lead:
                attribution = _reported_before(text, paragraphs, p_index, sent_start, resolver,
                                               last_speaker)
                inherited = attribution is not None
            if not _accept(text, (open_pos, span.close), words, lead, attribution, inherited,
                           part_start != span.start):
                continue
            speaker = " ".join(attribution.speaker.split()) if attribution and \
                attribution.speaker else None
            cue = attribution.cue if attribution else None
            kind = "direct" if _is_direct(lead) or part_start != span.start else "partial"
            out.append(Quote(_words_only(text, q_start, q_end), speaker, kind, q_start, q_end,
                             cue, _speaker_kind(speaker, resolver)))
            if speaker:
                last_speaker = speaker
                resolver.speakers.add(speaker)
            resolver.last_quote_end = span.close
            previous_speaker = speaker
            asked = text[q_start:q_end].rstrip().endswith("?")
            last_end = span.close
            last_paragraph = p_index
    return out


def _continues(text: str, paragraph: tuple[int, int], sent_start: int, open_pos: int,
               resolver: _Resolver, last_end: int, paragraph_gap: int,
               previous_speaker: str | None) -> bool:
    """A cue-less quote continues the quote before it: in the same sentence, opening the
    next sentence of the same paragraph (or the sentence right after, when nobody else is
    named before the marks), or opening the paragraph right after. A quote inside the
    writer's own sentence later on, or after a paragraph without quotes, names nobody."""
    if previous_speaker is None:
        return False
    p_start, p_end = paragraph
    lead = text[sent_start:open_pos].strip()
    if paragraph_gap == 0:
        if last_end >= sent_start or not lead:
            return True
        before, _ = sentence_bounds(resolver.boundaries, sent_start - 1, p_start, p_end)
        return last_end >= before and not resolver.between(sent_start, open_pos)
    return paragraph_gap == -1 and not text[p_start:open_pos].strip()


def _reported_before(text: str, paragraphs: list[tuple[int, int]], p_index: int,
                     sent_start: int, resolver: _Resolver,
                     last: str | None) -> _Attribution | None:
    """ "X explique que … . « … »": a quote opening its sentence, right after a sentence
    that reports what a named person or institution says, is theirs."""
    p_start, p_end = paragraphs[p_index]
    if sent_start > p_start:
        start, _ = sentence_bounds(resolver.boundaries, sent_start - 1, p_start, p_end)
        end = sent_start
    elif p_index > 0:
        p_start, p_end = paragraphs[p_index - 1]
        start, _ = sentence_bounds(resolver.boundaries, p_end - 1, p_start, p_end)
        end = p_end
    else:
        return None
    found = _attribution_before(text, start, end, resolver, last, False)
    if found is None or (found.speaker is None and found.cue is not None):
        # "Un constat avec lequel X est en accord. « … »", "Asked about it, Paterno
        # shrugged. "…"": the person the sentence is about.
        subjects = [m for m in resolver.persons_before(end, start) if not m.after_preposition
                    and not resolver.in_quote(m.start) and resolver._subject_like(m, start, [])]
        return _Attribution(resolver.name(subjects[0]), None, False) if subjects else None
    if found.speaker is None or not _names_somebody(found.speaker):
        return None
    return _Attribution(found.speaker, None, False)


def _speaker_kind(speaker: str | None, resolver: _Resolver) -> str:
    """person, organization, anonymous (a description: "senior official", "les
    visiteurs") or none, from how the text types the speaker's name."""
    if speaker is None:
        return "none"
    if speaker in resolver.organisations:
        return "organization"
    words = speaker.split()
    lowered = {w.lower() for w in words}
    institution = bool(lowered & (ORG_WORDS | MEDIA_WORDS | ORG_DESCRIPTIONS))
    if words[0][:1].islower() and words[0] not in DETERMINERS:
        # A description: "ministère de l'Intérieur" stands for an institution, "senior
        # official" and "sports TV executive" for somebody left unnamed.
        return "organization" if institution and not lowered & (ROLE_NOUNS | SOURCE_NOUNS) \
            else "anonymous"
    return "organization" if institution else "person"


def _names_somebody(speaker: str) -> bool:
    """A name ("Marie Dupont", "le Pentagone"), not a description ("les visiteurs")."""
    words = speaker.split()
    return any(w[:1].isupper() for w in words[1:]) or (
        words[0][:1].isupper() and words[0].lower() not in DETERMINERS)


def _is_direct(lead: str) -> bool:
    if not lead or lead.endswith(":"):
        return True
    words = lead.split()
    return bool(words) and is_cue(words[-1])
