"""Who said what: quotations in quote marks, their speaker, kind and reporting cue.

The quote finder works in three stages (like BBC Citron's cue, content, source and
resolver): this module finds the quotations (content) and runs the others; attribution.py
finds the cue and the speaker phrase (source); speakers.py resolves it to a name
(resolver). The reporting verbs and other word lists are in lexicon.py.

marks.py pairs the quote marks and cuts French incises out of the spans ("…, affirme-t-elle.
…" is two quotes of one speaker); each quote then looks for its attribution after the marks,
before them in its sentence, after a colon, in "Pour X, …", or inherits it from the quote it
continues (see _continues), else names nobody; speakers.py turns the speaker phrase into the
fullest name (pronouns and role words resolved). Scare quotes, titles and names are dropped: short
spans with no reporting cue, title-case spans, spans after a naming word. Linear in the text
length.
"""

from __future__ import annotations

import re

from ..record import Quote
from .attribution import (
    Attribution,
    attribution_after,
    pronoun_after,
    signature,
)
from .attribution_before import attribution_before
from .attribution_source import colon_attribution, pour_attribution
from .carried import carried_speaker
from .composed import composed
from .gender import pronoun_gender
from .lexicon import ASKING, INVERTED_CUE, LINK_PARAGRAPH, SPEECH_NOUNS, is_cue
from .marks import (
    MARKS,
    Span,
    pair_marks,
    paragraph_bounds,
    sentence_bounds,
    split_incises,
    trim,
)
from .names import Mention
from .quote_acceptance import accept_quote, has_words, names_or_titles, subject_of_verb
from .speaker_kinds import kind_of_speaker, names_somebody
from .speaker_words import POSSESSIVES, WORD_RE
from .speakers import Resolver

# Script left in the text ("ShowTime(d, "Mis à jour…", …)"): its strings are no quotations.
# A paragraph is script where one of these is found: `\)\s*\{|\}\s*\)|\bfunction\s*\(|\$\(|
# \bvar\s+\w+\s*=|"\s*\)\s*;`, its branches apart, each opening with its literal (\b read
# after the word) so that the engine skips to it instead of trying every position.
CODE_PARTS = tuple(re.compile(p) for p in (
    r"\)\s*\{", r"\}\s*\)", r"function(?<!\wfunction)\s*\(", r"\$\(", r"var(?<!\wvar)\s+\w+\s*=",
    r"\"\s*\)\s*;"))
LINKS_SKIPPED = 2  # link paragraphs in a row that a quoted testimony may run under
# Singular subject pronouns a sentence about one person opens with (English, French).
SUBJECT_PRONOUNS = frozenset({"he", "she", "il", "elle"})
FRONTED_ADVERB_WORDS = 3  # "Finally,", "A moment later,": words before the comma
PRONOUN_SUBJECT_CHARS = 40
REPEATED_OPENER = re.compile(r'(\n\s*)[«“„‹"]\s*')
# A cue and up to this many words after it ("asked last week") right before a quote that
# no incise signs: the quote is that cue's.
OWN_CUE_TOKENS = 4
# "…, the paper states.", "…, said the report's authors.": words of a reporting clause that
# closes a sentence after its last comma, at most.
FINAL_CLAUSE_WORDS = 6
OWN_CUE_CHARS = 60  # characters before the mark that hold those words
CLOSING_MARKS = "»”\"’'"


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
    spans = pair_marks(text, paragraphs)
    if not spans:
        return []  # nothing quoted: no speaker to resolve, no names to read for one
    parts_of = [split_incises(text, s.start, s.end) for s in spans]
    quoted = [(a, b) for parts in parts_of for a, b, _ in parts]
    resolver = Resolver(text, language, quoted, mentions)
    out: list[Quote] = []
    last_speaker: str | None = None  # the last quote's speaker that was not None
    previous_speaker: str | None = None  # the last quote's speaker, None included
    last_end = -1
    asked = False  # the last quote was a question
    last_paragraph = -2
    p_index = 0
    code_checked: dict[int, bool] = {}  # paragraph index -> it is script, not prose
    for index, (span, parts) in enumerate(zip(spans, parts_of, strict=True)):
        while p_index + 1 < len(paragraphs) and paragraphs[p_index][1] < span.start:
            p_index += 1
        p_start, p_end = paragraphs[p_index]
        if p_index not in code_checked:
            code_checked[p_index] = any(part.search(text, p_start, p_end) is not None
                                        for part in CODE_PARTS)
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
            span_attribution = attribution_after(text, incises[0], span.end, resolver,
                                                  last_speaker)
        for part_start, part_end, _ in parts:
            q_start, q_end = trim(text, part_start, part_end)
            if q_end <= q_start:
                continue
            words = text[q_start:q_end].split()
            if not has_words(words) or subject_of_verb(text, span.end, span.close, words):
                continue
            attribution = span_attribution
            if attribution is None:
                close_end = max(span.close, sent_end)
                next_mark = MARKS.search(text, span.close, close_end)
                limit = close_end if next_mark is None else next_mark.start()
                attribution = attribution_after(text, span.close, limit, resolver, last_speaker)
            same_sentence = last_end >= sent_start
            if attribution is not None and not attribution.cue_before and \
                    part_start == span.start and _cue_ends(text, sent_start, open_pos) and \
                    _unsigned(text, q_end, span.close):
                own = attribution_before(text, sent_start, open_pos, resolver, last_speaker,
                                         same_sentence)
                if own is not None and own.speaker is not None and \
                        own.distance <= OWN_CUE_TOKENS:
                    # 'After X asked last week "…?" Y responded that …': the cue right
                    # before the quote is its own; the one after opens the next clause.
                    attribution = own
            if attribution is None and not text[p_start:open_pos].strip():
                attribution = signature(text, span.close, p_end, resolver)
            if attribution is None:
                attribution = attribution_before(text, sent_start, open_pos, resolver,
                                                  last_speaker, same_sentence)
            lead = text[sent_start:open_pos].strip()
            if attribution is None:
                attribution = pour_attribution(text, sent_start, open_pos, resolver,
                                                last_speaker)
            if attribution is None:
                attribution = colon_attribution(text, lead, sent_start, open_pos, p_index,
                                                 paragraphs, resolver, last_speaker)
            if attribution is not None and attribution.speaker is not None and \
                    attribution.speaker == previous_speaker and asked and \
                    last_paragraph < p_index and pronoun_after(text, span.close, resolver):
                # '"…?" X asked. ¶ "…," she replied.': the answer is somebody else's.
                attribution = Attribution(None, attribution.cue, False)
            inherited = False
            if attribution is None and _continues(text, (p_start, p_end), sent_start, open_pos,
                                                  resolver, last_end,
                                                  _paragraph_gap(text, paragraphs,
                                                                 last_paragraph, last_end,
                                                                 p_index),
                                                  previous_speaker):
                attribution = Attribution(previous_speaker, None, False)
                inherited = True
            if attribution is None and not lead:
                attribution = _reported_before(text, paragraphs, p_index, sent_start, resolver,
                                               last_speaker)
                inherited = attribution is not None
            signed = False
            if attribution is None or attribution.speaker is None:
                # '« a besoin » de … « tendue », a déclaré X': a short quote whose
                # sentence is attributed after its last quote is of that speaker too.
                later = _attributed_sentence(text, spans, index, sent_end, resolver,
                                             last_speaker) or \
                    _final_clause(text, span.close, sent_end, resolver, last_speaker)
                if later is not None:
                    attribution, signed = later, True
            elif not attribution.cue_before and attribution.cue and (
                    text[span.close:span.close + 3].lstrip().startswith(",") or
                    _inverted_right_after(text, span.close, attribution.cue)):
                # '« caractère mondial », affirme Poutine', 'Une « ruée » écrit-il': the
                # speaker signs the quote (an inverted cue is only ever an incise).
                signed = names_somebody(attribution.speaker)
            if not signed and not accept_quote(text, (open_pos, span.close), words, lead,
                                               attribution, inherited,
                                               part_start != span.start):
                continue
            if signed and names_or_titles(text, open_pos, words):
                continue
            speaker = " ".join(attribution.speaker.split()) if attribution and \
                attribution.speaker else None
            if attribution is None:
                # Nothing near the quote says who speaks: the person its paragraphs report.
                speaker = carried_speaker(paragraphs, p_index, sent_start, open_pos,
                                          resolver)
            cue = attribution.cue if attribution else None
            kind = "direct" if _is_direct(lead) or part_start != span.start else "partial"
            out.append(Quote(_words_only(text, q_start, q_end), speaker, kind, q_start, q_end,
                             cue, kind_of_speaker(speaker, resolver)))
            if speaker:
                last_speaker = speaker
                resolver.speakers.add(speaker)
            resolver.last_quote_end = span.close
            previous_speaker = speaker
            asked = text[q_start:q_end].rstrip().endswith("?")
            last_end = span.close
            last_paragraph = p_index
    return out


def _cue_ends(text: str, sent_start: int, open_pos: int) -> bool:
    """A cue word among the last OWN_CUE_TOKENS words before the opening mark, in its
    sentence: the cheap test before the lead is read for its speaker."""
    words = text[max(sent_start, open_pos - OWN_CUE_CHARS):open_pos].split()
    return any(is_cue(w.strip(",;:")) for w in words[-OWN_CUE_TOKENS:])


def _unsigned(text: str, q_end: int, close: int) -> bool:
    """Neither a comma inside the closing mark nor one right after it: no incise after
    the quote ('"…," she said', '"…", dit-il') signs it."""
    return not text[q_end:close].rstrip(CLOSING_MARKS + " ").endswith(",") and \
        not text[close:close + 3].lstrip().startswith(",")


def _inverted_right_after(text: str, close: int, cue: str) -> bool:
    """The cue is an inverted verb ("écrit-il", "lance-t-elle") and the first word after
    the closing mark."""
    first = cue.split()[0]
    return INVERTED_CUE.search(first.lower()) is not None and \
        text[close:close + len(first) + 3].lstrip().startswith(first)


def _attributed_sentence(text: str, spans: list[Span], index: int, sent_end: int,
                         resolver: Resolver, last: str | None) -> Attribution | None:
    """The attribution after the last quote of the sentence, when it is another quote than
    spans[index] and names somebody, signed after a comma or by an inverted verb ("« … » en
    réaction à « … » raconte-t-il")."""
    last_index = index
    while last_index + 1 < len(spans) and spans[last_index + 1].close <= sent_end:
        last_index += 1
    if last_index == index:
        return None
    final = spans[last_index]
    next_mark = MARKS.search(text, final.close, sent_end)
    limit = sent_end if next_mark is None else next_mark.start()
    found = attribution_after(text, final.close, limit, resolver, last)
    if found is None or found.speaker is None or not names_somebody(found.speaker) or not (
            text[final.close:final.close + 3].lstrip().startswith(",") or (
                found.cue and _inverted_right_after(text, final.close, found.cue))):
        return None
    return found


def _final_clause(text: str, close: int, sent_end: int, resolver: Resolver,
                  last: str | None) -> Attribution | None:
    """The reporting clause that closes the quote's sentence after a comma, past the
    quote and the words after it ("… descent "…," manage or have rights over a quarter of
    the land, the paper states."): its speaker, when it names somebody. No other quote
    stands between."""
    comma = text.rfind(",", close, sent_end)
    if comma < 0 or MARKS.search(text, close, sent_end) or \
            len(text[comma:sent_end].split()) > FINAL_CLAUSE_WORDS:
        return None
    found = attribution_after(text, comma, sent_end, resolver, last)
    if found is None or not found.cue or found.speaker is None or \
            not names_somebody(found.speaker):
        return None
    return found


def _continues(text: str, paragraph: tuple[int, int], sent_start: int, open_pos: int,
               resolver: Resolver, last_end: int, paragraph_gap: int,
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


def _paragraph_gap(text: str, paragraphs: list[tuple[int, int]], last: int, last_end: int,
                   index: int) -> int:
    """last - index (last: the paragraph where the quote before opened; 0 when it closed in
    this one), or -1 when only paragraphs that link to other articles stand between the
    one where it closed (last_end) and this one: a testimony quoted paragraph after
    paragraph goes on under "Lire aussi : …"."""
    gap = last - index
    if last < 0:
        return gap
    if last_end >= paragraphs[index][0]:
        # '"… ¶ "…," she went on. "…"': the quote before ran over paragraphs and closed in
        # this one, so this quote follows it in the same paragraph.
        return 0
    closed = last
    while closed + 1 < index and paragraphs[closed][1] < last_end:
        closed += 1
    if -LINKS_SKIPPED - 1 <= closed - index < -1 and all(
            LINK_PARAGRAPH.match(text, *paragraphs[k]) for k in range(closed + 1, index)):
        return -1
    return gap


def _reported_before(text: str, paragraphs: list[tuple[int, int]], p_index: int,
                     sent_start: int, resolver: Resolver,
                     last: str | None) -> Attribution | None:
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
    found = attribution_before(text, start, end, resolver, last, False)
    answer = _asked(text, found, start, end, resolver)
    if answer is not None:
        return answer
    if found is None:
        account = _account_before(text, start, end, resolver, last)
        if account is not None:
            return account
    if found is None or (found.speaker is None and found.cue is not None) or (
            found.speaker is not None and not names_somebody(found.speaker)):
        # "Un constat avec lequel X est en accord. « … »", "Asked about it, Castellano
        # shrugged. "…"", "The question was repeated and Castellano still did not
        # understand. "…"": the person the sentence is about.
        subjects = [m for m in resolver.persons_before(end, start) if not m.after_preposition
                    and not resolver.in_quote(m.start) and resolver.subject_like(m, start, [])]
        if subjects:
            return Attribution(resolver.name(subjects[0]), None, False)
        return _pronoun_subject(text, start, end, resolver, last) if found is None else None
    if found.speaker is None:
        return None
    return Attribution(found.speaker, None, False)


def _pronoun_subject(text: str, start: int, end: int, resolver: Resolver,
                     last: str | None) -> Attribution | None:
    """ "Finally, he got it. ¶ "…"", "Enfin, elle se tourne vers la salle. ¶ « … »": a sentence
    whose subject is a singular pronoun, after at most a short adverbial set off by a
    comma, is about the person that pronoun stands for, who speaks the quote after it;
    not a sentence that quotes somebody itself (a list of quotes, each its own)."""
    if MARKS.search(text, start, end):
        return None
    words = WORD_RE.findall(text, start, min(end, start + PRONOUN_SUBJECT_CHARS))
    lead = text[start:end].split(",", 1)
    if len(lead) == 2 and len(lead[0].split()) <= FRONTED_ADVERB_WORDS:
        words = WORD_RE.findall(lead[1][:PRONOUN_SUBJECT_CHARS])
    if not words or words[0].lower() not in SUBJECT_PRONOUNS & resolver.pronouns:
        return None
    speaker = resolver.pronoun(start, last, gender=pronoun_gender(words[0]))
    return Attribution(speaker, None, False) if speaker else None


def _account_before(text: str, start: int, end: int, resolver: Resolver,
                    last: str | None) -> Attribution | None:
    """ "Son témoignage nous est parvenu par téléphone. ¶ « … »", "His account was
    confirmed by … "…"": a sentence opening with a possessive and a noun of a spoken
    account brings the words of whoever the possessive stands for."""
    words = WORD_RE.findall(text, start, min(end, start + 40))[:2]
    if len(words) < 2 or words[0].lower() not in POSSESSIVES or \
            words[1].lower() not in SPEECH_NOUNS:
        return None
    speaker = resolver.pronoun(start, last, gender=pronoun_gender(words[0]))
    return Attribution(speaker, None, False) if speaker else None


def _asked(text: str, found: Attribution | None, start: int, end: int,
           resolver: Resolver) -> Attribution | None:
    """ "Reporters asked Mark Milley about the war. ¶ « … »", "Un journaliste a demandé à
    X …": the answer is of the one asked, named after the cue."""
    if found is None or not found.cue or found.cue.split()[-1].lower() not in ASKING:
        return None
    cue_at = text.rfind(found.cue.split()[-1], start, end)
    asked = [m for m in resolver.persons_before(end, cue_at) if not resolver.in_quote(m.start)
             and (not m.after_preposition or text[:m.start].endswith("à "))]
    return Attribution(resolver.name(asked[0]), None, False) if asked else None


def _is_direct(lead: str) -> bool:
    # 'wrong.??"This was …': a lead that ends a sentence leaves the quote its own.
    if not lead or lead.endswith(":") or lead[-1] in ".?!":
        return True
    words = lead.split()
    return bool(words) and is_cue(words[-1])
