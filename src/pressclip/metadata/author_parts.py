"""Raw author strings cut into name-sized parts, and the wires they credit.

What a page writes as its authors ("By Jane Doe and John Smith | Staff Writers", "Text von X,
Fotos: Y", "Veröffentlicht am 8. Mai 2022 von X") is cut here before authors.py asks of each
part whether it is a person's name: markup and entities, copyright signs, labels, e-mail
addresses, URLs, handles, brackets, dates and times, a count of writers not shown, a section's
name before the byline's preposition, credits for pictures, translations and edits, the outlet
written for, and the place filed from; then the parts are split at commas, conjunctions and
layout separators, each with its place in its string and whether words or layout join it
to the part before. wire_agencies and wire_credits read the news agencies these parts credit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from functools import lru_cache

from .dates import MONTHS
from .labels import LABEL_AFTER_DATE, LABEL_PREFIX
from .name_words import (
    CJK_TITLES,
    CONJUNCTIONS,
    DATE_WORDS,
    DESK_WORDS,
    NAME_PARTICLES,
    TITLES,
    WITH,
    bare,
    normal_name,
    wire_credit,
)
from .place_names import PLACES, SHORT_WEEKDAYS, WEEKDAYS

# Conjunctions in lower case, or in capitals, or title case for the two that headline-style
# bylines set so ("Glen Ashby And Brendan Morley"): "Jane Y. Doe" keeps its initial. The
# full-width comma, semicolon and slash and the ideographic comma join names in Chinese,
# Japanese and Korean bylines ("记者 张三、李四"). A conjunction after a comma joins the last
# name of a list ("Jane Doe, John Roe, and Ann Poe", the serial comma of English bylines).
_JOINS = rf"(?:{'|'.join([*CONJUNCTIONS, *WITH])}|AND|ET|UND|And|Und)"
_SPLIT = re.compile(
    rf"\s*(?:[,;，；](?:\s*{_JOINS}(?=\s))?|\||/|&|\+|·|•|\n|／|、)\s*"
    rf"|\s+{_JOINS}\s+"
)
# "And N more": a byline box's count of the writers it does not show, cut off the names it
# does. English, German, French, Spanish, Italian, Portuguese, Dutch ("Jane Doe and 2 more",
# "und 2 weitere", "et 2 autres", "y 2 más", "e altri 2", "e mais 2", "en 2 anderen"),
# Korean "외 N명", Japanese "ほかN名", "他N名", "ほかN人" and Chinese "等N人".
_MORE = re.compile(
    r"\s*(?:\+\s*\d+"
    r"|(?:and|und|et|y|e|en)\s+\d+\s+(?:more|others?|weitere|andere|autres?|más|otros|otras"
    r"|altri|altre|outros|outras|mais|anderen)"
    r"|e\s+(?:altri|altre|mais)\s+\d+"
    r"|(?:외|ほか|他|等)\s*\d+\s*(?:명|名|人))\s*$",
    re.I,
)
# A section's or a column's name of one to three words before a byline's preposition (not
# "von", "di", "af": name particles, "Friedrich von Schiller").
_SECTION_THEN_LABEL = re.compile(
    r"^((?:[^\W\d_][\w'’.&-]*\s+){1,3})(?:by|par|por|door|przez|oleh|av)\s+")
# Separators that set items side by side rather than join words of one phrase ("Column
# Title | Jane Doe"); the empty one is a line break.
_LAYOUT_SEPARATORS = frozenset(("", "|", "/", "·", "•", "／"))
# A month's name glued to the word before it, then the day: "Lesotho TimesNovember 21, 2025",
# as a flattener writes a name's element and the date's side by side with no space between.
_GLUED_MONTH = re.compile(r"[^\W\d_]{4,}(?=\.?\s*\d)")
# The word before a glued month is a name's, three letters at least ("Doe"): "McMay" is one.
MIN_GLUED_WORD_CHARS = 3
# The place a writer filed from after a dash: "Ana Souza — São Paulo" (a dash may join other
# words to a name: an organisation's tagline, "L-MAG – Das Magazin für Lesben").
_FILED_FROM = re.compile(r"\s+[-–—]\s+([^-–—]+)$")
# The place after a preposition that ends a byline: "Jane Doe in London", "Jane Doe aus
# Berlin", "Jean Dupont à Bruxelles", "Ana Souza desde Lima", "Ana Souza em Lisboa", "Jan de
# Vries uit Utrecht", "Ola Nordmann fra Oslo": English, German, French, Spanish, Portuguese,
# Dutch and the Scandinavian languages (Polish and Czech inflect the place after "w", "v",
# which CLDR's names do not spell; where "in" is a conjunction too, "i", "en", the names
# are split there and the place after them goes as a later part does).
_FILED_IN = re.compile(
    r"\s+(?:in|from|aus|à|depuis|desde|em|uit|fra|från)\s+([^\W\d_][^,;|/]*)$")
# The outlet a writer wrote for ends a person's name: "X for The Daily Planet", "X For
# Mailonline", "X Special to The Daily Planet" (a freelance writer's credit).
_FOR_OUTLET = re.compile(
    r"\s+(?:for|For|FOR|(?:special|Special|SPECIAL)\s+(?:to|To|TO))\s+\S.*$")
# Co-writers in brackets after the writer: "Jane Doe (avec Lee Young et Ana Souza)", "X
# (with Y)". The brackets go where every word after the preposition is capitalised, a
# conjunction or a particle, so that the names are split as written without them; other
# brackets go whole: "(Berlin)", "(with additional reporting)", "(con información de
# EFE)", and German "mit", whose bracket credits a wire's material ("mit Material von X").
_COWRITERS = re.compile(r"\(\s*((?:with|avec|con)\s+([^()]*))\)")
_COWRITER_JOINS = frozenset("and et y e".split())
# A date may carry its time as machines write it: "Jane Doe 2024-02-14T16:15:30Z".
_NOISE = re.compile(
    r"\S+@\S+|https?://\S+|www\.\S+|@\w+|\([^)]*\)|\[[^\]]*\]"
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
)
# A job after a name, with another name after it, ends that name's part: "김철수 기자 이영희
# 기자" names two people, as "김철수 기자, 이영희 기자" does.
_AFTER_CJK_TITLE = re.compile(
    r"\s+(" + "|".join(sorted(CJK_TITLES, key=len, reverse=True)) + r")\s+"
    "(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3])")
# A name glossed by a web address in brackets names a site: "Deutsche Welle (www.dw.com)".
# An address alone ("mbl.is") stays: sites sign so where no person does, and modern pages'
# gold (fundus_dev) keeps it as the author; elsewhere an address is noise beside the name.
_GLOSSED_BY_ADDRESS = re.compile(r"\w.*\(\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/?\s*\)")
MIN_NAME_WORDS_BEFORE_PROSE = 2
# Picture agencies: a credit that names one is a picture's ("GettyImages/Jane Doe").
_PICTURE_AGENCY = re.compile(
    r"\b(?:getty\s?images|getty|shutterstock|istock(?:photo)?|imago(?:\simages)?"
    r"|picture[\s-]alliance|alamy|adobe\sstock|unsplash|pexels|pixabay|dreamstime"
    r"|depositphotos|123rf)\b",
    re.I,
)
# "Lesezeit: 3 Min", "Views: 120": a field's label and its number, no name.
_FIELD = re.compile(r"^\s*[^\W\d_]+\s*[:：]\s*\d")
# A byline's date or time after the names: "X am 21. April 2020", "X on 5 May", "X 2 hours
# ago", "X | 12:30".
# A weekday may stand between: "X am Samstag, 19. Oktober 2019", "X on Monday, 5 May".
_DATE_AFTER = re.compile(
    r"\s+(?:(?:am|on|le|el|il|den|op|em|i|w|в)\s+(?:[^\W\d_]+,?\s+)?)?(?=\d)")
# Credits for the pictures after the writer's: "Text von X Illustration von Y", "X. Fotos: Y",
# "X, photos by Y": the rest of the line credits no author.
# A translator's, an editor's or a reviewer's credit after the writer's is no author's
# either: "X Übersetzt von Y", "X traduit par Y", "Written by X Edited by Y", "Reporting by
# X; Editing by Y", "Written by X. Medically reviewed by Y", "X, fact-checked by Y".
_PICTURE_CREDIT = re.compile(
    r"(?:^|[\s,.;|/]+)(?:fotos?|photos?|photography|bilder?|illustrations?|illustriert|grafiken?"
    r"|infografik|video|kamera|zeichnungen?|übersetzt|übersetzung|translated|translation"
    r"|traduit|traduction|traducido|traducción|tradotto"
    r"|edited|editing|redigiert|bearbeitet|édité|éditée|editado|editada|edición|a\s+cura"
    r"|(?:medically\s+|medizinisch\s+)?(?:reviewed|geprüft|überprüft|revisado|revisada"
    r"|relu|relue)|fact[\s-]?checked|faktengeprüft)"
    r"\s*(?:von|by|par|de|por|di|da|:)\s.*$",
    re.I,
)
# Every credit word above holds one of these: the pattern, searched at every space of a
# line, runs only on lines that hold one (most hold none).
_CREDIT_HINT = re.compile(
    "foto|photo|bild|illustr|grafik|video|kamera|zeichnung|übersetz|transl|tradu|edit|édit"
    "|edici|redig|bearbeit|cura|review|prüft|revisad|relu|check", re.I)
# Another label after the name ends it: "X Quelle: Y", "X Stand: 5. Mai", "X zuletzt
# bearbeitet: …", "X Update: …": a word (or lower-case words then one) before a colon.
_NEXT_LABEL = re.compile(r"\s+(?:(?-i:[a-zß-ÿ]+)\s+){0,2}[^\W\d_]+\s*[:：](?:\s|$)")
# A copyright sign before the name: "© Jane Doe", "(c) 2023 Jane Doe".
_TAG = re.compile(r"<[^<>]*>")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d\b)?\s*", re.I)
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def _without_place(part: str) -> str:
    """The part without the place it was filed from after a preposition: "Jane Doe in
    London" -> "Jane Doe" ("Jane Doe in Charge" stays: no place)."""
    filed = _FILED_IN.search(part)
    return part[:filed.start()] if filed and normal_name(filed[1]) in PLACES else part


def _before_date_words(text: str, dated: bool = True) -> str:
    """The names before the words of a date that was cut off: its month ("Nathan Willis
    March 25, 2015"), its weekday ("Heiko Sommer Do 9 Apr 2020"), the word that announced it
    and its preposition ("Von Sportwelt Publiziert 03/04/2021 um 10:15")."""
    stripped = text.rstrip(" ,.:")
    words = stripped.split()
    # A comma never parts a month from its day: "X März, 12. Mai 2022" names X März.
    comma_after = text[len(stripped):].lstrip().startswith(",")
    while len(words) > 1:
        last = words[-1].casefold().rstrip(".,:")
        month = last in MONTHS and not (comma_after or words[-1].endswith(","))
        day = last in WEEKDAYS or last in SHORT_WEEKDAYS
        if not (dated and (month or day) or last in DATE_WORDS):
            break
        words.pop()
        comma_after = False
    return " ".join(words).rstrip(" ,")


def _after_section(text: str) -> str:
    """The byline after a section's or a column's name that stands before its preposition:
    "Tech Industry by Steven Mosel" -> "Steven Mosel". The words before are capitalised, a
    few, and the word after is capitalised: "Jane Doe by the sea" stays."""
    match = _SECTION_THEN_LABEL.match(text)
    # A credit's words are no section's: "Revised Edition Edited by X" credits an editor.
    if (match is None or not all(w[0].isupper() for w in match[1].split())
            or _CREDIT_HINT.search(match[1])):
        return text
    rest = text[match.end():]
    return rest if rest[:1].isupper() else text


def _unglued(match: re.Match[str]) -> str:
    """A word before a day with a month's name glued to its end, set apart from it at the
    capital after a lower-case letter ("TimesNovember 21" -> "Times November 21", whose date
    is then cut off); any other word as it was."""
    word = match[0]
    for i in range(1, len(word)):
        if (i >= MIN_GLUED_WORD_CHARS and word[i].isupper() and word[i - 1].islower()
                and word[i:].casefold() in MONTHS):
            return f"{word[:i]} {word[i:]}"
    return word


def _cowriters(match: re.Match[str]) -> str:
    """A bracket of co-writers without its brackets; any other bracket whole, for _NOISE."""
    words = match[2].replace(",", " ").split()
    named = words and all(w[0].isupper() or w in _COWRITER_JOINS or w in NAME_PARTICLES
                          for w in words)
    return f" {match[1]}" if named else match[0]


def _parts(raw: list[str], people: bool = True) -> list[tuple[str, int, bool]]:
    """The name-sized parts of raw author strings, labels, noise and dates cut off, each with
    its place among its string's parts (a place after a name is where the writer filed
    from: "By X, BBC News, New York") and whether words join it to the part before (a comma,
    "and": one phrase) rather than layout (a bar, a slash, a line: another item). Where
    people are asked for, the outlet they wrote for goes too, after a name of two words or
    more ("X for The Daily Planet"; an organisation's own name may hold a "for":
    "Organization for Transformative Works")."""
    return [part for value in raw for part in _value_parts(value, people)]


# A page's author strings are cut again by each reader that asks (wire_agencies, then
# clean_authors on the same structured authors; a byline by _cosigners, _first_credit and
# the staff test), and a site's pages repeat them: the cut is a pure function of the string,
# memoised, its parts a tuple that no caller can change.
@lru_cache(maxsize=4096)
def _value_parts(value: str, people: bool) -> tuple[tuple[str, int, bool], ...]:
    parts: list[tuple[str, int, bool]] = []
    if value:
        if "&" in value:
            # Escaped twice by the CMS: "Redacci&oacute;n" in JSON-LD or meta content.
            value = html.unescape(value)
        if value and "<" in value:
            # Markup in a structured author ('<a href="/experts/jane-doe">Jane Doe</a>'):
            # its text is the name.
            value = _TAG.sub(" ", value)
        if value and not _GLOSSED_BY_ADDRESS.search(value):
            text = _COPYRIGHT.sub("", _SPACES.sub(" ", value))
            digit = _DIGIT.search(text) is not None
            if digit:
                text = _MORE.sub("", text)
            after_date = None if LABEL_PREFIX.match(text) else LABEL_AFTER_DATE.search(text)
            if after_date:
                # The date first, then the label: "Veröffentlicht am 8. Mai 2022 von X".
                text = text[after_date.end():]
            elif _FIELD.match(text):
                return ()
            else:
                text = _after_section(text)
            if "(" in text:
                text = _COWRITERS.sub(_cowriters, text)
            text = LABEL_PREFIX.sub("", _NOISE.sub(" ", text), count=1)
            if not text.isascii():
                text = _AFTER_CJK_TITLE.sub(r" \1, ", text)
            text = _NEXT_LABEL.split(text, maxsplit=1)[0]
            if _CREDIT_HINT.search(text):
                text = _PICTURE_CREDIT.sub("", text)
            outlet = _FOR_OUTLET.search(text) if people else None
            if outlet and len(text[:outlet.start()].split()) >= MIN_NAME_WORDS_BEFORE_PROSE:
                text = text[:outlet.start()]
            if digit:
                text = _GLUED_MONTH.sub(_unglued, text)
            text = _DATE_AFTER.split(text, maxsplit=1)[0]
            filed = _FILED_FROM.search(text)
            if filed and (normal_name(filed[1]) in PLACES or any(
                    w in DESK_WORDS for w in normal_name(filed[1]).split())
                    or bare(filed[1].strip().partition(" ")[0]) in TITLES):
                # Where the writer filed from, the team they write for or their job: "X —
                # São Paulo", "X - Browser Safety team", "X - Reporter", "X — Correspondent
                # in Berlin".
                text = text[:filed.start()]
            if text != value:
                # A month's or a weekday's word is a date's only where a date was cut: "Von
                # Greta März", "Tác giả: Nguyễn Văn An" are names.
                text = _before_date_words(text, dated=_DIGIT.search(value) is not None)
            if _PICTURE_AGENCY.search(text):
                return ()  # a picture's credit: its photographer is no author either
            separators = ["", *_SPLIT.findall(text)]
            parts.extend((_without_place(LABEL_PREFIX.sub("", part, count=1)), i,
                          separators[i].strip() not in _LAYOUT_SEPARATORS)
                         for i, part in enumerate(_SPLIT.split(text)))
    return tuple(parts)


def _wire_parts(raw: list[str]) -> Iterator[tuple[str, str]]:
    """Each credit of raw author strings that names a wire, as written, with the wire."""
    for part, _, _ in _parts(raw):
        if credit := wire_credit(part.strip(" \t\n.,:;-–—|·•'\"()")):
            yield credit


def wire_agencies(raw: list[str]) -> list[str]:
    """The news agencies that raw author strings name ("AFP", "The Associated Press"): a
    wire is credited as an agency, never as a person."""
    return list(dict.fromkeys(agency for _, agency in _wire_parts(raw)))


def wire_credits(raw: list[str]) -> list[str]:
    """The wires that raw author strings name, as the page writes them ("The Associated
    Press", "Agencia EFE"): the author of a story that a wire alone signs."""
    return list(dict.fromkeys(part for part, _ in _wire_parts(raw)))
