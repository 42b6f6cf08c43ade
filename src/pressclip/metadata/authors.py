"""Author strings as pages write them, to a list of person names.

"By Jane Doe and John Smith, Staff Writers" -> ["Jane Doe", "John Smith"]. Drops the byline
word in several languages, roles, e-mail addresses, URLs, handles, dates and names of
organisations (the publisher's own name, or words that only organisations carry), a place
after the names and weekdays (CLDR's, place_names.py), and credits for pictures (a picture
agency) or translations.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator

from .dates import MONTHS
from .labels import FIRST_WORDS, LABEL_AFTER_DATE, LABEL_PREFIX
from .name_words import (
    CJK_TITLES,
    CONJUNCTIONS,
    DATE_WORDS,
    DEGREES,
    DESK_NAMES,
    DESK_WORDS,
    FOLLOW_WORDS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    PLACEHOLDERS,
    ROLE_WORDS,
    TITLES,
    WITH,
    agency,
    bare,
    normal_name,
    wire_credit,
)
from .place_names import PLACES, SHORT_WEEKDAYS, WEEKDAYS
from .titles import squash

# A person's name has at most this many words and characters; longer is a sentence.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
MAX_AUTHORS = 10

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
MIN_CJK_NAME_CHARS = 2
_HANGUL = re.compile("[\uac00-\ud7a3]+")
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
# The article that opens a site's name after a writer's: "Jane Doe The Example Post".
_SITE_ARTICLES = frozenset(("The", "THE"))
MIN_MONTH_NAME_CHARS = 6
# Shorter names and address labels are compared with each other only whole.
MIN_HOST_KEY_CHARS = 4
# A part of a visible byline this long that reads as running text is a sentence's.
MIN_PROSE_WORDS = 3
MAX_LOWER_CASE_NAME_WORDS = 2
_ENGLISH_ARTICLES = frozenset(("the", "a", "an"))
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
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")




def _before_prose(words: list[str]) -> list[str] | None:
    """The words of a visible byline's name, before running text.

    A lower-case word that is no particle ends a capitalised name: "Richard David Lorenz im
    Gespräch" -> "Richard David Lorenz", "R. R. am um" -> "R. R.". Less than two words
    before it, the line is a phrase ("Helsingborg nach Göteborg", "SPÖ on Monday"): None.
    Scripts without case, handles ("revamp-it") and names all in lower case are kept whole,
    but three words or more in lower case are a sentence: None.
    """
    if not any(w[0].isupper() for w in words):
        # A handle or a name typed in lower case is a word or two; more words in lower case
        # are a sentence ("ingresa a tu cuenta").
        cased = any(c.islower() for w in words for c in w)
        # An English article opens a phrase, no handle: "a walk <a>by the river</a>".
        phrase = len(words) > 1 and words[0] in _ENGLISH_ARTICLES
        return None if phrase or (cased and len(words) > MAX_LOWER_CASE_NAME_WORDS) else words
    for i, word in enumerate(words):
        if word[0].islower() and word.isalpha() and word.casefold() not in NAME_PARTICLES:
            # The words before it make a name only with two that are no particle: "Von der
            # Planung bis …" is a sentence, "Ursula von der Leyen sagt" a name before one.
            named = sum(w.casefold() not in NAME_PARTICLES for w in words[:i])
            if named < MIN_NAME_WORDS_BEFORE_PROSE:
                return None
            # A particle ends no name: it opened the sentence ("X La entrevista sigue …").
            while words[i - 1].casefold() in NAME_PARTICLES:
                i -= 1
            return words[:i]
    return words


def _not_names(part: str, visible: bool) -> bool:
    """The part shows that its phrase names no people (unless a name of two words or more
    came before it: then it is that name's role): a sentence that opened with a
    byline word ("Von den nahen Feldern holte der Bauer …", "Von Wanderern,
    Gästen und ganz viel Schafen"), or an organisation's name whose lower-case word stands
    between capitalised ones ("Bundesministerium für Wirtschaft und Klimaschutz"): its
    other parts, split at "und" or a comma, are pieces of it, no names."""
    words = part.split()
    if visible:
        return len(words) >= MIN_PROSE_WORDS and _before_prose(words) is None
    return bool(words) and words[0][0].isupper() and any(
        word[0].islower() and word.isalpha() and word.casefold() not in NAME_PARTICLES
        and any(later[0].isupper() for later in words[i + 1:])
        for i, word in enumerate(words[1:], 1))


def _person(name: str, excluded: set[str], strict: bool = True,
            visible: bool = False) -> str | None:
    # Spaces collapsed where noise was cut from the middle: "Bruno (Henrique) Rodrigues".
    # An equals sign ends a Korean wire's byline before its text: "홍길동 기자 = …".
    name = " ".join(name.split()).strip(" .,:;-–—|·•'\"=＝")
    # A replacement character: the page was decoded wrongly, and no name can be read.
    if (len(name) < 2 or len(name) > MAX_NAME_CHARS or _DIGIT.search(name)
            or "\ufffd" in name):
        return None
    words = name.split()
    if visible:
        kept = _before_prose(words)
        if kept is None:
            return None
        if len(kept) < len(words):
            if len(kept) > MIN_NAME_WORDS_BEFORE_PROSE and bare(words[len(kept)]) in TITLES:
                # A job in lower case after its field's capitalised word: "Jane Roe
                # Education editor", "Jane Roe Political correspondent".
                kept = kept[:-1]
            words = kept
            name = " ".join(words)
        if len(words) > MIN_NAME_WORDS_BEFORE_PROSE and (
                bare(words[0]) in FOLLOW_WORDS or bare(words[-1]) in FOLLOW_WORDS):
            words = [w for i, w in enumerate(words)
                     if not (i in (0, len(words) - 1) and bare(w) in FOLLOW_WORDS)]
            name = " ".join(words)
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        # The name twice in one box: a link's text, then a heading's or a caption's.
        words = words[:half]
        name = " ".join(words)
    last = words[-1].casefold()
    if len(words) > 1 and last in CJK_TITLES:
        words = words[:-1]
        if len(words) > 1 and all(_HANGUL.fullmatch(w) for w in words):
            # A Korean name is one word: those before it name where the writer filed from
            # ("광주 홍길동 기자").
            words = words[-1:]
        name = " ".join(words)
    elif len(words) == 1:
        # The job glued to the name, as Japanese and Chinese bylines write it ("山田太郎記者").
        glued = next((t for t in CJK_TITLES
                      if name.endswith(t) and len(name) >= len(t) + MIN_CJK_NAME_CHARS), None)
        if glued:
            name = name[:-len(glued)]
            words = [name]
    # A job after a name of two words or more: "Evan Hale Staff Writer", "Jane Doe Political
    # Correspondent", "Christoph Hahn Chefredakteur". The run of role words must hold a
    # job's noun: "Webworks GmbH", "PhillyVoice Staff" are no name followed by a job.
    run = len(words)
    while run > MIN_NAME_WORDS_BEFORE_PROSE and bare(words[run - 1]) in ROLE_WORDS:
        run -= 1
    if run < len(words) and any(w.casefold() in TITLES for w in words[run:]):
        words = words[:run]
        name = " ".join(words)
    # The job before the name, as some bylines set it: "Senior Correspondent Jane Doe",
    # "Korrespondentin Jane Doe", "Staff Writer Jane Doe".
    start = 0
    while len(words) - start > MIN_NAME_WORDS_BEFORE_PROSE and bare(words[start]) in ROLE_WORDS:
        start += 1
    if start and any(w.casefold() in TITLES for w in words[:start]):
        words = words[start:]
        name = " ".join(words)
    if len(words) > MAX_NAME_WORDS or not _LETTER.search(name):
        return None

    normal = normal_name(name)
    if strict and (normal in excluded or any(w in ROLE_WORDS for w in normal.split())):
        return None
    words_n = normal.split()
    # Even where no person signs, a placeholder or a company's legal name (the web agency
    # that built the site) is no credit.
    label = normal in FIRST_WORDS and (strict or normal not in DESK_NAMES)
    # A month's long name alone is a date's word ("October"); short ones are names too
    # ("Jan", "Mac", "April").
    month = len(normal) >= MIN_MONTH_NAME_CHARS and normal in MONTHS
    # Words that announce a date are none of a name's: "Published on", "Publicado el".
    if (normal in PLACEHOLDERS or normal in WEEKDAYS or month or label
            or all(w in DATE_WORDS for w in words_n)
            or any(w in LEGAL_FORMS for w in words_n)):
        return None
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def _without_place(part: str) -> str:
    """The part without the place it was filed from after a preposition: "Jane Doe in
    London" -> "Jane Doe" ("Jane Doe in Charge" stays: no place)."""
    filed = _FILED_IN.search(part)
    return part[:filed.start()] if filed and normal_name(filed[1]) in PLACES else part


def _filed_from(part: str) -> bool:
    """A Korean byline's part that names where the writer filed from before the name and the
    job: "광주 홍길동 기자" (a Korean name is one word)."""
    words = part.split()
    return (len(words) > MIN_NAME_WORDS_BEFORE_PROSE and words[-1] in CJK_TITLES
            and all(_HANGUL.fullmatch(w) for w in words[:-1]))


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
    parts = []
    for value in raw:
        if value and "&" in value:
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
                continue
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
                continue  # a picture's credit: its photographer is no author either
            separators = ["", *_SPLIT.findall(text)]
            parts.extend((_without_place(LABEL_PREFIX.sub("", part, count=1)), i,
                          separators[i].strip() not in _LAYOUT_SEPARATORS)
                         for i, part in enumerate(_SPLIT.split(text)))
    return parts




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


def _names_host(name: str, host: set[str]) -> bool:
    """The name is the site's that the page's address names: "Die FURCHE" on furche.at,
    "finanztreff.de", "EFC Bayrische Bembel" on bayrische-bembel.de. Its words, or a run of
    them, spell an address label, or it is a part of one; a label inside a word is no match
    ("Lisa Sternberg" on stern.de)."""
    key = squash(name)
    if len(key) < MIN_HOST_KEY_CHARS:
        return False
    inside = [k for k in host if len(k) >= MIN_HOST_KEY_CHARS and (k in key or key in k)]
    if not inside or any(key in k for k in inside):
        return bool(inside)
    # Most names hold no label at all: only those that do are read word by word.
    words = [squash(w) for w in _WORD.findall(name)]
    runs = {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return any(k in runs for k in inside)


def _before_site(name: str, host: set[str]) -> str:
    """The person's name before the site's that follows it in one line: "Jane Doe Example
    Review" on example-review.com -> "Jane Doe", "Jane Doe The Example Post" -> "Jane Doe".
    The site's name opens with words that spell a label of the address whole ("Example",
    "Example Review"), not a piece of one. What stays is a name: two words at least, the
    last capitalised and no initial ("Jane Q. Roe" on roe.example stays whole, and so does
    an organisation's "Verband der Example e.V.")."""
    words = name.split()
    if len(words) <= MIN_NAME_WORDS_BEFORE_PROSE:
        return name
    keys = [squash(w) for w in words]
    for i in range(MIN_NAME_WORDS_BEFORE_PROSE, len(words)):
        spelled = ""
        for key in keys[i:]:
            spelled += key
            if len(spelled) >= MIN_HOST_KEY_CHARS and spelled in host:
                # The site's article goes with its name: "The Example Post".
                cut = i - 1 if words[i - 1] in _SITE_ARTICLES else i
                last = words[cut - 1] if cut > 0 else ""
                named = (cut >= MIN_NAME_WORDS_BEFORE_PROSE and last[:1].isupper()
                         and len(last.rstrip(".")) > 1)
                return " ".join(words[:cut]) if named else name
    return name


def _before_place(part: str, after: list[tuple[str, int, bool]]) -> bool:
    """A one-word part after a name, followed by a country's or a known city's name, is a
    place too, the smaller one named first: "Kakuma/Kenia", "Springfield, USA"."""
    return (len(part.split()) == 1 and bool(after)
            and normal_name(after[0][0]) in PLACES)


def _opens_lower(part: str) -> bool:
    """The part opens with a word in lower case that is no name's particle ("van")."""
    first = part.split(maxsplit=1)[0] if part.strip() else ""
    return first[:1].islower() and first.casefold() not in NAME_PARTICLES


def _names(value: str, banned: set[str], people: bool, visible: bool,
           host: set[str], site_after: set[str]) -> list[str]:
    """The names of one raw author string, none from a phrase (parts joined by commas and
    conjunctions) one of whose parts shows that it names no one; where organisations are
    asked for, such a string is one organisation's name ("Contributors to Wikimedia
    projects")."""
    names: list[str] = []
    # The names of the phrase being read (parts joined by commas and conjunctions), or None
    # where a part showed that the phrase names no one.
    phrase: list[str] | None = []
    # The part before ended in running text ("X Redakteurin für Kultur"): a word joined to
    # it is that text's ("… und Reisen"), no one-word name.
    prose = False
    parts = _parts([value], people)
    for index, (part, place, joined) in enumerate(parts):
        if place and _before_place(part, parts[index + 1:index + 2]):
            continue  # the town the writer filed from, before its country: "X | Kakuma/Kenia"
        if not joined:
            names += phrase or []
            phrase = []
        elif prose and len(part.split()) == 1:
            continue
        if phrase is None:
            continue
        if not joined and place and len(part.split()) == 1 and (
                part.islower() or normal_name(part) in MONTHS):
            # A control's word or a date's month on a byline's later line: "Posted by X |
            # trackback", "X | May/June 2004".
            continue
        if joined and place and (part.islower() or not visible and _opens_lower(part)) and any(
                len(n.split()) >= MIN_NAME_WORDS_BEFORE_PROSE for n in phrase):
            # A job in lower case after a name and a comma, as languages that write jobs in
            # lower case set it: "Олена Коваль, кореспондентка", "Jane Roe, giornalista";
            # and in structured data where the writer filed from: "Marie Dupont, à
            # Bruxelles" (a visible byline's running text is read below).
            continue
        if visible:
            words = part.split()
            kept = _before_prose(words) if words else None
            # A part after a name that opens with a word in lower case is running text too:
            # "By X, in News, Property" (the post's sections follow the preposition).
            prose = (kept is not None and len(kept) < len(words)) or (
                kept is None and bool(words and (names or phrase)) and words[0][0].islower())
        if _not_names(part, visible):
            if any(len(n.split()) >= MIN_NAME_WORDS_BEFORE_PROSE for n in phrase):
                continue  # a role after a name: "Jane Doe, reporter at The Times"
            if not (people or visible):
                whole = _person(value, banned, strict=False)
                return [whole] if whole else []
            phrase = None
            continue
        if phrase and _filed_from(part):
            # The Hangul words listed before the places and the name were places too:
            # "순천, 광양 홍길동 기자" (the writer filed from two towns).
            phrase = [n for n in phrase if not _HANGUL.fullmatch(n)]
        if site_after:
            part = _before_site(part, site_after)
        name = _person(part, banned, strict=people, visible=visible)
        if name and place and (normal_name(name) in PLACES
                               or normal_name(name).replace(" ", "") in DEGREES):
            # Where the writer filed from, after the name: "X, New York"; or their degree,
            # its letters dotted or not: "X, MD", "X, Ph.D.".
            continue
        if (name and agency(name) is None and (name == part or agency(part) is None)
                and not (host and _names_host(name, host))):
            phrase.append(name)
    return names + (phrase or [])


def clean_authors(raw: list[str], excluded: set[str] | None = None, *,
                  people: bool = True, visible: bool = False,
                  host: set[str] | None = None,
                  site_after: set[str] | None = None) -> list[str]:
    """Person names from raw author strings; `excluded` holds normalised publisher names.

    With `people=False`, names of desks and organisations are kept too ("MND Staff",
    "Redaktion", "BBC News"): the page's own credit where no person signs. With
    `visible=True` (a byline the reader sees, not structured data), a name ends before
    running text. A name that `host` (the page's address's keys, titles.site_keys) names is
    the site's own, no person's; words after a person's name that `site_after` (such keys,
    given for bylines read from the page) names are the site's, not the name's ("Jane Doe
    Example Review")."""
    banned = {normal_name(e) for e in excluded or () if e}
    names: list[str] = []
    seen: set[str] = set()
    for value in raw:
        for name in _names(value, banned, people, visible, host or set(),
                           site_after or set()):
            if normal_name(name) not in seen and len(names) < MAX_AUTHORS:
                seen.add(normal_name(name))
                names.append(name)
    return names


def _scripts(text: str) -> set[str]:
    """The scripts of the text's letters, as Unicode names them ("LATIN", "CJK", "HANGUL",
    "CYRILLIC", "KATAKANA" …)."""
    return {unicodedata.name(c, "?").split()[0] for c in text if c.isalpha()}


def in_page_script(names: list[str], headline: str | None) -> list[str]:
    """The names written in a script the headline uses: a site's name in another script
    than its page's ("台北時報" above an English headline, the publisher's name at home)
    is no credit the reader of that page sees. A name in Latin letters stays: brands are
    written so on pages of every script ("NHK", "Khabaronline News Agency" above a Persian
    headline)."""
    if not headline or not names:
        return names
    shown = _scripts(headline) | {"LATIN"}
    return [n for n in names if (scripts := _scripts(n)) & shown or not scripts]

