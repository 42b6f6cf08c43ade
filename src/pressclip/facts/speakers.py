"""Speaker resolution, the last stage of the quote finder: a speaker phrase to a name.

The attribution (attribution.py) hands over the words that say who spoke; Resolver turns
them into the fullest name of the article: pronouns to the last plausible person of the
right gender, roles and descriptors ("the minister", "le quotidien") to the person or
organisation they stand for, surnames to full names (names.py's canonical forms), unnamed
sources to their description ("senior official"). kind_of_speaker tells a person, an
organisation, an anonymous source or nobody.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import islice

from .gender import ELIDED_ARTICLE, Genders, pronoun_gender, word_gender
from .given_names import given_names
from .headings import in_prose
from .institutions import (
    POSTPOSED,
    TRAILING_ADJECTIVE,
    adjectives_only,
    described_institution,
    described_subject,
    lower_case_name,
)
from .lexicon import (
    ASKING,
    AUXILIARIES,
    CAPITAL_STOPWORDS,
    DEMONYM_NOUNS,
    DETERMINERS,
    DOCUMENT_WORDS,
    FEMININE,
    INDEFINITE,
    INDEFINITE_ARTICLES,
    MASCULINE,
    MEDIA_WORDS,
    OFFICE_NOUNS,
    ORG_DESCRIPTIONS,
    ORG_WORDS,
    PLURAL_INDEFINITE,
    PRONOUNS,
    ROLE_EQUIVALENTS,
    ROLE_KINDS,
    ROLE_NOUNS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    SPOKES_NOUNS,
    TITLES,
    is_cue,
)
from .marks import sentence_boundaries
from .names import (
    AND_JOIN,
    DEMONYM,
    Mention,
    canonical_names,
    find_mentions,
    next_to_cue,
    shared_surnames,
)
from .unnamed import (
    COMPLEMENT_LINKS,
    PREPOSITION_WORDS,
    anonymous_description,
    country_word,
    demonym_alone,
    people_or_region,
)

NP_MAX_TOKENS = 8
DEFINITE_ARTICLES = {"the", "le", "la", "l'", "l’", "ce", "cette", "this"}
TOKEN = re.compile(r"[\w’'\-]+|[^\w\s]")
INSTITUTION_FALLBACK_MAX = 6
# Words a role noun may follow in a speaker phrase ("the former TV exec"), article included.
ROLE_MODIFIERS_MAX = 4
# English indefinite articles stand before a name with its adjectives ("a smiling
# Castellano"); French "un proche de X" is somebody else, so French ones do not.
ARTICLES = {"a", "an"}
# "a spokesman for the firm", "le porte-parole du ministère": the link to the organisation.
SPOKES_LINKS = {"for", "of", "de", "du", "des", "d'", "d’", "at"}
PRONOUN_WINDOW = 1500
# A name this many words or fewer into its sentence may be its subject.
SUBJECT_WORDS = 8
# The named complement of an institution's word: "de l'Intérieur", "of Defence".
INSTITUTION_COMPLEMENT = (r"(?i:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|of\s+(?:the\s+)?)"
                          r"[A-ZÀ-Ý][\w’'-]*(?:\s+[A-ZÀ-Ý][\w’'-]*)*")
# A surname shorter than this is not matched to a full name by a typing slip ("Lee", "Li").
MISSPELT_MIN_CHARS = 5
# ... or after a fronted clause of at most this many words that ends with a comma.
FRONTED_WORDS = 25
# An organisation is the subject only right at the start ("The agency", "Acme Corp.").
ORG_SUBJECT_WORDS = 2
# Words before a name that make it an object or a complement: the subject came first.
SUBJECT_BLOCKERS = {"il", "elle", "ils", "elles", "on", "he", "she", "they", "we", "nous",
                    "qui", "que", "qu'", "qu’", "who", "which", "that", "whom", "dont"}
WORD_RE = re.compile(r"[\w’'\-]+")
ROLE_WINDOW = 6000
# Demonstratives and generic role words point back to the person just discussed.
ANAPHORIC = {"ce", "cette", "this", "that"}
# "released by", "issued by", "publié par": the issuer of a statement follows.
ISSUED_BY = {"by", "par"}
# "the report from the Accidents Branch", "a statement from the ministry": the document
# comes from its issuer (never "de", which also joins a document to its subject).
DOCUMENT_FROM = ISSUED_BY | {"from"}
NAMING_VERBS = {"called", "named", "dubbed", "baptisé", "baptisée", "appelé", "appelée",
                "nommé", "nommée", "intitulé", "intitulée"}
PRENOMINAL = {"même", "mêmes", "nouveau", "nouvelle", "nouveaux", "nouvelles", "ancien",
              "ancienne", "premier", "première", "dernier", "dernière", "autre", "autres",
              "seul", "seule", "jeune", "same", "new", "former", "first", "last", "latest",
              "other", "young", "old", "vieux", "vieil", "vieille"}
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"}
PARENTHESIS = re.compile(r"\s*\([^()]{0,200}\)")
FR_AND_EN_INDEFINITE = tuple(a for articles in INDEFINITE_ARTICLES.values() for a in articles)
# "a senior official", "une source": one unnamed person, named by the description.
SINGULAR_INDEFINITE = frozenset(FR_AND_EN_INDEFINITE)
# Words from a sentence's indefinite article to its reporting verb, an aside between them
# included ("A Western official, who spoke on condition of anonymity, said").
UNNAMED_SUBJECT_WORDS = 14
OPENING_CONJUNCTIONS = {"but", "and", "yet", "mais", "et"}
RUN_LINKS = {"and", "of", "for", "&", "et", "de", "du", "des"}
NON_SPACE = re.compile(r"\S+")
NAMED_AFTER = re.compile(r"[\s,]*(?:(?:named|called|nommée?|appelée?)\s+)?")
RELATIVE_PRONOUN = re.compile(r"qu['’](?=il|elle)")  # "le récit qu'elle livre"
# The words before a name that may introduce it: "le ministre russe de la Défense, X".
INTRODUCED_WORDS = 6
APPOSITION_NAME = re.compile(r"\.?,\s*([^,;.]{3,60})")
# Given names written as two capital initials without full stops ("DJ Tolliver", "TJ Harlan"):
# consonants only, so that acronyms that read as words ("UN", "EU") stay out.
LEADING_WORD = re.compile(r"([\w’']+\.?)\s+")
INITIALS = re.compile(r"[B-DF-HJ-NP-TV-Z]{2}")
# How many words before a name set off by a comma may hold the role it is the holder of
# ("Le colistier du gouverneur, TJ Harlan,").
APPOSED_ROLE_WORDS = 5
# Unions asked for again and again, made once.
ROLE_OR_SPOKES = frozenset(ROLE_NOUNS | SPOKES_NOUNS)
INSTITUTION_WORDS = frozenset(ORG_WORDS | MEDIA_WORDS | ORG_DESCRIPTIONS | OFFICE_NOUNS)
CIVILITIES = {"m.", "mme", "mme.", "mlle", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."}


def python_tokens_of(segment: str, base: int,
                     limit: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) of a segment starting at `base`; the first `limit` only.
    _scan.tokens is the compiled twin (under a third of the time)."""
    found = TOKEN.finditer(segment) if limit is None else islice(TOKEN.finditer(segment), limit)
    return [(m.group(0), base + m.start(), base + m.end()) for m in found]


try:
    from ._scan import tokens as _compiled_tokens
except ImportError:  # installed without a C compiler: the twin gives the same tokens
    _compiled_tokens = None


def tokens_of(segment: str, base: int, limit: int | None = None) -> list[tuple[str, int, int]]:
    """(token, start, end) of a segment starting at `base`; the first `limit` only."""
    if _compiled_tokens is None:
        return python_tokens_of(segment, base, limit)
    return _compiled_tokens(segment, base, -1 if limit is None else limit)


# Patterns asked at run time, compiled once.
ARTICLE_AT_END = re.compile(r"(?:^|\s)(le|la|les|the|l['’])\s?$", re.IGNORECASE)
POSSESSIVE_END = re.compile(r"['’]s$")
APPOSITION_AFTER = re.compile(r"\.?,\s*([^,;]{3,60})")


class Resolver:
    """Speaker phrases to names: pronouns, roles and surnames to the fullest name."""

    def __init__(self, text: str, language: str | None, quoted: list[tuple[int, int]],
                 mentions: list[Mention] | None = None) -> None:
        self.text = text
        self.quoted = quoted
        found = find_mentions(text) if mentions is None else mentions
        # "The French president", "the Israelis": a people's word alone names nobody, so it
        # never speaks nor stands for a pronoun, whatever type the entity pass gave it.
        # A headline's, a credit line's or a dateline's names speak for nobody either.
        self.mentions = [m for m in in_prose(text, found)
                         if " " in m.text or not demonym_alone(m.text)]
        self.starts = [m.start for m in self.mentions]
        self.canonical = canonical_names(self.mentions, text)
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

    def initialled(self) -> dict[str, str]:
        """Names of two words opening with initials whose surname the text uses alone,
        each and its surname -> the full name."""
        if self._initialled is None:
            alone = {m.text for m in self.mentions if " " not in m.text}
            self._initialled = {}
            for m in self.mentions:
                words = m.text.split()
                if len(words) == 2 and INITIALS.fullmatch(words[0]) and words[1] in alone \
                        and not words[1].isupper() and words[1].lower() not in ORG_WORDS:
                    full = self.canonical.get(m.text, m.text)
                    self._initialled[full] = self._initialled[words[1]] = full
        return self._initialled

    def _role_apposed(self, m: Mention) -> bool:
        if self.text[max(0, m.start - 2):m.start] != ", " or \
                m.text.split()[-1].lower() in ORG_WORDS:
            return False
        k = bisect_right(self.boundaries, m.start)
        sentence_start = self.boundaries[k - 1] if k else 0
        before = self.text[max(sentence_start, m.start - 80):m.start - 2].lower().split()
        return any(w.strip(",") in ROLE_OR_SPOKES for w in before[-APPOSED_ROLE_WORDS:])

    def name(self, mention: Mention) -> str:
        """The fullest name of a person mention, told by its place when it is ambiguous; a
        first name alone ("Greg says") is the one full name of the text it begins."""
        found = self.shared_surnames.get(mention.start) or \
            self.canonical.get(mention.text, mention.text)
        if mention.type != "person" and found in self.initialled():
            return self.initialled()[found]  # "Tolliver": DJ Tolliver
        if " " not in found and mention.type == "person":
            fuller = self.first_names().get(found) or self._misspelt(found)
            if fuller:
                return fuller
        return found

    def _misspelt(self, surname: str) -> str | None:
        """The one full person name whose surname is this one misspelt by a letter or two
        swapped ("Hieman" for Sven Heiman, "Lindqvsit" for Eva Lindqvist)."""
        if len(surname) < MISSPELT_MIN_CHARS:
            return None
        found = {name for name in self.full_names() if _one_slip(surname, name.split()[-1])}
        return found.pop() if len(found) == 1 else None

    def full_names(self) -> set[str]:
        """The full person names of the text (two words or more), canonical."""
        if self._full_names is None:
            self._full_names = {self.canonical.get(m.text, m.text) for m in self.mentions
                                if m.type == "person" and " " in m.text}
        return self._full_names

    def first_names(self) -> dict[str, str]:
        """First name -> the only full person name of the text that begins with it."""
        if self._first_names is None:
            full: dict[str, set[str]] = {}
            for m in self.mentions:
                if m.type == "person" and " " in m.text:
                    name = self.canonical.get(m.text, m.text)
                    full.setdefault(name.split()[0], set()).add(name)
            self._first_names = {first: next(iter(names)) for first, names in full.items()
                                 if len(names) == 1}
        return self._first_names

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
            main = next((m for m in in_sentence[1:] if self._after_fronted(m, lower)), None)
            if main is not None:
                return self.name(main)
            for k, m in enumerate(in_sentence):
                name = self.name(m)
                if name in self.speakers or self._subject_like(m, lower, in_sentence[:k]):
                    return self._asked_by(m, in_sentence[k + 1:]) or name
            unnamed = self._unnamed_subject(lower, upper, gender)
            if unnamed:
                # "A senior official said the talks failed. ¶ "…," he said": the unnamed
                # subject of the last report, not a name in passing.
                return unnamed
            described = self._described_subject(lower, upper, gender) if self.french else None
            if described:
                return described  # "Le ministère … a appelé à … « … », a-t-il indiqué"
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
        description = anonymous_description(words[:end], lowered)
        described = word_gender(description.split()[-1], words[0].lower()) \
            if description else None
        if description is None or (gender and described and described != gender):
            return None
        if SPOKES_NOUNS & set(description.lower().split()):
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

    def _subject_like(self, m: Mention, sentence_start: int, earlier: list[Mention],
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
        return self._after_fronted(m, sentence_start, words)

    def _after_fronted(self, m: Mention, sentence_start: int,
                       words: list[str] | None = None) -> bool:
        """"But in reply to a question about X, Thornton changed the subject": after a
        fronted clause set off by a comma, the name before a lower-case verb is the subject
        (not a name listed with "and")."""
        before = self.text[sentence_start:m.start]
        if not before.rstrip().endswith(","):
            return False
        if words is None:
            words = WORD_RE.findall(before)
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
            k = bisect_right(self.boundaries, m.start)
            sentence_start = self.boundaries[k - 1] if k else 0
            if self._subject_like(m, sentence_start, [], ORG_SUBJECT_WORDS):
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

    def with_determiner(self, mention: Mention) -> str:
        """An institution as the article names it: "le Pentagone", not "Pentagone"."""
        if mention.text in self.canonical:
            return self.canonical[mention.text]
        before = self.text[max(0, mention.start - 4) : mention.start]
        found = ARTICLE_AT_END.search(before)
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
        found = mentions[-1]  # the latest mention of the document before the quote
        at = lower + found.start()
        if self.in_quote(at):
            return None
        k = bisect_right(self.boundaries, at)
        sentence_start = self.boundaries[k - 1] if k else 0
        sentence_end = self.boundaries[k] if k < len(self.boundaries) else len(self.text)
        after = self.text[lower + found.end():sentence_end].lower().split()[:3]
        if set(after) & ISSUED_BY:
            named = self.between(lower + found.end(), sentence_end)
            if named:
                return self._as_speaker(named[0])
        opening = _institution_opening().match(self.text, sentence_start, at)
        if opening and self.text[opening.end():opening.end() + 2].strip()[:1].islower():
            # "The interior ministry issued a statement", "Le ministère de l'Intérieur a
            # publié un communiqué": the institution as described, before any name in it.
            return " ".join(opening.group(1).split())
        for m in self.between(sentence_start, sentence_end):
            if m.type != "place" and not m.after_preposition and not self.in_quote(m.start):
                return self._as_speaker(m)
        return None

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
        if persons and words[-1][:1].islower() and words[-1].lower() in ROLE_NOUNS:
            # "the 2006 Australian Open finalist": a name before the role noun modifies it.
            persons = [m for m in persons if not all(
                w[:1].islower() for w in self.text[m.end:end].split())]
        if not (words[0][:1].isupper() or first in DETERMINERS or first[:2] in {"l'", "l’"}
                or first in ANAPHORIC or (self.french and first in PLURAL_INDEFINITE)):
            # "defensive end Vonnie Hollister": a description before the name.
            return self.name(persons[-1]) if persons else None
        if first in ANAPHORIC:
            # "ce père de quatre enfants", "cette habitante": the person just discussed.
            noun = words[1] if len(words) > 1 else ""
            found = self.role(noun, start, word_gender(noun, first)) if noun else None
            return found or self.pronoun(start, last_speaker, gender=word_gender(noun, first))
        if first in CAPITAL_STOPWORDS and first not in DETERMINERS and first not in TITLES:
            return None  # "Pour moi", "Malgré …": not somebody
        lowered = [w.lower().strip(",.") for w in words]
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
        if first in INDEFINITE or (len(words) > 1 and f"{lowered[0]} {lowered[1]}" == "d' un"):
            if first in SINGULAR_INDEFINITE:
                return anonymous_description(words, lowered)
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
        if head_index < len(words) - 1 <= ROLE_MODIFIERS_MAX and lowered[-1] in ROLE_NOUNS \
                and words[-1][:1].islower() and first in DETERMINERS and not persons:
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
                    self.described(start, head) or self.media(start, head)
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
                if bare:
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


def _one_slip(a: str, b: str) -> bool:
    """Two different words one typing slip apart: two neighbouring letters swapped, or one
    letter more, less or replaced."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _personal(m: Mention) -> bool:
    """A person's mention, or a name typed otherwise that opens with a given name and does
    not end like an organisation ("Tony Chester", "April Galway"): a person may be a pronoun's
    antecedent or a role's holder whatever the entity typer made of the surname."""
    if m.type == "person":
        return True
    words = m.text.split()
    return len(words) == 2 and words[0].lower() in given_names() and \
        words[1].lower() not in ORG_WORDS and not words[1].isupper()


def kind_of_speaker(speaker: str | None, resolver: Resolver) -> str:
    """person, organization, anonymous (a description: "senior official", "les
    visiteurs") or none, from how the text types the speaker's name."""
    if speaker is None:
        return "none"
    words = speaker.split()
    bare = speaker[2:] if speaker[:2].lower() in {"l'", "l’"} else " ".join(
        words[1:]) if len(words) > 1 and words[0].lower() in DETERMINERS else speaker
    if speaker in resolver.organisations or bare in resolver.organisations:
        return "organization"  # "La CGT", as the text names the organisation "CGT"
    # "l'office fédéral …": the noun after an elided article.
    lowered = {ELIDED_ARTICLE.sub("", w.lower()) for w in words}
    institution = not INSTITUTION_WORDS.isdisjoint(lowered)
    if (words[0][:1].islower() or (len(words) > 1 and words[1][:1].islower() and (
            people_or_region(words[0]) or words[0].lower() in ORG_WORDS))) \
            and words[0] not in DETERMINERS:
        # A description: "ministère de l'Intérieur" stands for an institution, "senior
        # official", "French diplomat", "Government official" and "cable TV executive"
        # for somebody left unnamed;
        # not a given name that reads like a people's word ("Roman Kovar", "Françoise
        # Delmas", "Christine Pardo"), a capital after it.
        return "organization" if institution and not lowered & (ROLE_NOUNS | SOURCE_NOUNS) \
            else "anonymous"
    return "organization" if institution else "person"


def names_somebody(speaker: str) -> bool:
    """A name ("Marie Dupont", "le Pentagone"), not a description ("les visiteurs")."""
    words = speaker.split()
    # "l'AFRV", "l'Élysée": the name after an elided article.
    first = ELIDED_ARTICLE.sub("", words[0])
    return any(w[:1].isupper() for w in words[1:]) or (
        first[:1].isupper() and first.lower() not in DETERMINERS)
