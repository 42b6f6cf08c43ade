"""Which quoted spans are quotations: accept_quote drops scare quotes, titles and names
(short spans with no cue, title-case spans, spans after a naming word, charges listed).
Part of the attribution stage (attribution.py).
"""

from __future__ import annotations

import re

from .attribution import ASIDES, CLOSING, INCISE_AUXILIARIES, SUBJECT_PRONOUNS, Attribution
from .lexicon import CHARGE_LEADS, NAMING_WORDS, WORK_NOUNS, is_cue
from .speaker_kinds import names_somebody
from .speaker_words import WORD_RE

# A quoted span this long is somebody's words even when nobody is named.
MIN_WORDS_UNATTRIBUTED = 8
# Shorter spans need a reporting cue before them in their sentence.
MIN_WORDS_CUE_AFTER = 3

# Cues further than this before a short quote are not its attribution.
NEAR_CUE_TOKENS = 30
UNNAMED_CUE_TOKENS = 8

# "dit" is a reporting verb as often as a naming word ("Jean, dit « le Grand »").
AMBIGUOUS_NAMING = {"dit", "dite", "called"}
# What ends the sentence before a quote mark (a paragraph break too).
SENTENCE_ENDS = (". ", "! ", "? ", "… ")

NAMING_ONLY = frozenset(NAMING_WORDS - AMBIGUOUS_NAMING)
# The short words a title leaves in lower case, in English and French.
MINOR_TITLE_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs "
    "le la les de du des et à au aux en un une ou sur par".split())
TITLE_PUNCTUATION = ".,;:!?'’\"“”«»()"

CHARGE_CHARS = 40  # the words right before a quote mark that may bring a charge
CHARGE_WORDS_CHARS = 200  # the longest charge quoted in a list
CHARGES_LISTED = 4  # a charge and the ones listed after it
# '» et « …', '», et pour « …', '" and "…': the mark of a charge listed after another.
LISTED_CHARGE = re.compile(r'[»”"]\s*,?\s*(?:et|ou|and|or)\s+(?:pour\s+)?$', re.IGNORECASE)


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
    before = text[max(0, open_pos - 40) : open_pos]
    # Only the quote's own sentence names it: "… in a slide show. ¶ "We believe …"" is
    # somebody's words, the naming word ending the sentence before.
    ended = max(before.rfind("\n"), *(before.rfind(end) for end in SENTENCE_ENDS))
    if ended >= 0:
        before = before[ended + 1:]
    words = WORD_RE.findall(before.lower())
    if words and words[-1] in AMBIGUOUS_NAMING:
        # "Jean, dit « le Grand »" names; "Il dit avoir « … »", "elle dit « … »", "X s'est
        # (quant à lui) dit « … »" report.
        before = words[:-4] if tuple(words[-4:-1]) in ASIDES else words[:-1]
        return not before or before[-1] not in SUBJECT_PRONOUNS | INCISE_AUXILIARIES
    naming = NAMING_ONLY.intersection(words[-2:])
    if naming and naming <= WORK_NOUNS:
        # A title opens with a capital: "the book is "loaded with lies"", "calling the
        # book "a bigoted assault"" quote what somebody says of the work.
        return text[open_pos + 1:open_pos + 3].lstrip()[:1].isupper()
    return bool(naming)


def _title_case(words: list[str]) -> bool:
    # The length first: a quote of more than eight words is no title, whatever its case.
    if len(words) > 8:
        return False
    long_words = [w for w in words if len(w) > 3]
    if not long_words or not all(w[:1].isupper() for w in long_words):
        return False
    # A title leaves only its articles, short prepositions and conjunctions in lower case:
    # "You are not RoboCop or The Terminator" keeps "are" and "not" low, a sentence.
    return all(not w[:1].islower() or w.strip(TITLE_PUNCTUATION).lower() in MINOR_TITLE_WORDS
               for w in words if len(w) <= 3)
