"""Author strings as pages write them, to a list of person names.

"By Jane Doe and John Smith, Staff Writers" -> ["Jane Doe", "John Smith"]. Drops the byline
word in several languages, roles, e-mail addresses, URLs, handles, dates and names of
organisations (the publisher's own name, or words that only organisations carry), a place
after the names and weekdays (CLDR's, place_names.py), and credits for pictures (a picture
agency) or translations. author_parts.py cuts the raw strings into the parts read here.
"""

from __future__ import annotations

import re
import unicodedata

from .author_parts import _DIGIT, MIN_NAME_WORDS_BEFORE_PROSE, _parts
from .dates import MONTHS
from .labels import FIRST_WORDS
from .name_words import (
    CJK_TITLES,
    DATE_WORDS,
    DEGREES,
    DESK_NAMES,
    FOLLOW_WORDS,
    LEGAL_FORMS,
    NAME_PARTICLES,
    PLACEHOLDERS,
    ROLE_WORDS,
    TITLES,
    agency,
    bare,
    normal_name,
)
from .place_names import PLACES, WEEKDAYS
from .titles import squash

# A person's name has at most this many words and characters; longer is a sentence.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
MAX_AUTHORS = 10

MIN_CJK_NAME_CHARS = 2
_HANGUL = re.compile("[\uac00-\ud7a3]+")
# The article that opens a site's name after a writer's: "Jane Doe The Example Post".
_SITE_ARTICLES = frozenset(("The", "THE"))
MIN_MONTH_NAME_CHARS = 6
# Shorter names and address labels are compared with each other only whole.
MIN_HOST_KEY_CHARS = 4
# A part of a visible byline this long that reads as running text is a sentence's.
MIN_PROSE_WORDS = 3
MAX_LOWER_CASE_NAME_WORDS = 2
_ENGLISH_ARTICLES = frozenset(("the", "a", "an"))
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\w+")




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


def _filed_from(part: str) -> bool:
    """A Korean byline's part that names where the writer filed from before the name and the
    job: "광주 홍길동 기자" (a Korean name is one word)."""
    words = part.split()
    return (len(words) > MIN_NAME_WORDS_BEFORE_PROSE and words[-1] in CJK_TITLES
            and all(_HANGUL.fullmatch(w) for w in words[:-1]))




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
        if visible:
            value = _job_apart(value)
        for name in _names(value, banned, people, visible, host or set(),
                           site_after or set()):
            if normal_name(name) not in seen and len(names) < MAX_AUTHORS:
                seen.add(normal_name(name))
                names.append(name)
    return names


def _job_apart(text: str) -> str:
    """The text with a writer's job set apart from the name it is glued to: a page that
    lays the name and the job out in two elements with no space between gives "Jane
    DoeReporter" to whatever reads its text as one string (the cleaner then cuts the job
    off, as it does after a space). Only a job's word after a lower-case letter is cut:
    "McDonald", "DeVos" stay."""
    words = text.split(" ")
    for n, word in enumerate(words):
        cut = next((i for i in range(1, len(word)) if word[i].isupper()
                    and word[i - 1].islower() and bare(word[i:]) in TITLES), None)
        if cut is not None:
            words[n] = f"{word[:cut]} {word[cut:]}"
    return " ".join(words)


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

