"""Places that names.py runs together or reads with no cue, set apart before the vote.

- Two places joined by a hyphen name a match, a route or a race's stage in French and
  English ("la finale France-Brésil", "l'étape Lyon-Marseille", "the London-Paris
  flight"): each side is a place of its own when the gazetteer knows both and not the
  pair ("Bosnie-Herzégovine", "Baden-Baden" stay whole). Not after an article of the
  pair's own, which makes it one country ("l'Autriche-Hongrie", "the Austria-Hungary of
  1900").
- A name opening a sentence before a day and a month heads a dispatch, the town it was
  filed from ("Lausanne, 3 mai.", "Lyon 3 mai —", "London, January 5."): a place,
  unless a given name or a title makes it somebody's.
- A place's preposition governs the list it opens ("à Korvada, Belnitz et Oskavo"): its
  lone words that names.py read as bodies only by its fallback are places; a list holds
  three items or a conjunction, and a preposition opening its sentence opens none ("In
  London, Quarvex said"). The lists and the dispatches are read in French and English.
- A place glued to a participle that says where a body sits or was born ("Toronto-based
  Kelvar", "Santa Clara-based Nvidia", "London-listed", "Panama-flagged", "Ohio-born") is a
  place of its own, cut from the run names.py read with the participle (which dropped it
  as a description, or kept it in the body's name). Its words are the longest tail of the
  capitalised words before the hyphen that the gazetteer or the countries' initials know;
  an unknown lone word is taken only inside a sentence and when it is no people's word
  ("Cloud-based" opening a sentence, "British-born" are not places).
"""

from __future__ import annotations

import re

from .entity_cues import DATE_WORDS, SITED
from .entity_words import given_name, nationality
from .lexicon import capital_stopwords
from .name_context import lower_words
from .names import Mention, sentence_start
from .places import country_initials, fold, places
from .textdates import _MONTH

# An article before the pair: French gives it to the pair ("l'Autriche-Hongrie"; the
# match's noun comes first, "la finale France-Brésil"), English to the pair unless a
# lower-case noun follows it ("the Austria-Hungary of 1900", "the London-Paris flight").
ARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:l['’]|(?:la|le|les)[^\S\n]+)\Z", re.IGNORECASE)
THE_BEFORE = re.compile(r"(?<![\w'’])the[^\S\n]+\Z", re.IGNORECASE)
NOUN_AFTER = re.compile(r"[^\S\n]+(?!(?:of|and|or|in|on|to|is|was|were|are|has|had)\b)[a-z]")
# What closes a dispatch's date: a full stop, a comma, a dash or a year.
_CLOSE = r"(?:[^\S\n]*[.,—–-]|[^\S\n]+\d{4}(?!\d))"
# The date after a dispatch's town: day then month (French, British), or, after a comma,
# month then day (American). Each opens with a digit or a comma, a class of characters the
# regex engine skips to without trying the pattern elsewhere: the search is cheap.
DAY_MONTH = re.compile(rf"[0-9][0-9]?(?:er)?[ \t\u00a0]+(?i:{_MONTH}){_CLOSE}")
MONTH_DAY = re.compile(rf",[ \t\u00a0]+(?i:{_MONTH})[ \t\u00a0]+[0-9][0-9]?(?!\d){_CLOSE}")
# A day's number is a word of its own: no digit, letter, full stop or hyphen before it.
_NOT_BEFORE_DAY = frozenset("0123456789.-'’")
# The one word in capitals or title case before the date, and its comma.
TOWN_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w'’-]+(?=,?[^\S\n]*\Z)")
# The capitalised words (three at most) right before the hyphen.
SITED_PLACE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w.'’]*[^\S\n]+){0,2}[A-Z][\w.'’]*\Z")
# What joins the places of a list: a comma, "et", "and", "ou", "or".
LIST_LINK = re.compile(r",[^\S\n]*(?:(?:et|and)[^\S\n]+)?|[^\S\n]+(?:et|and|ou|or)[^\S\n]+")


def _known(name: str) -> bool:
    return fold(name) in places()


def _right_place(rest: str) -> str | None:
    """The longest run of whole words opening `rest` that the gazetteer knows."""
    words = rest.split(" ")
    for n in range(len(words), 0, -1):
        candidate = " ".join(words[:n])
        if _known(candidate):
            return candidate
    return None


def _pair(m: Mention, text: str) -> list[Mention] | None:
    """The two places of a hyphened pair that `m` opens with; None if it does not."""
    hyphen = m.text.find("-")
    before = max(0, m.start - 5)  # the article's room: the search reads no further back
    if hyphen <= 0 or _known(m.text) or ARTICLE_BEFORE.search(text, before, m.start) or (
            THE_BEFORE.search(text, before, m.start) and not NOUN_AFTER.match(text, m.end)):
        return None
    left = m.text[:hyphen]
    right = _right_place(m.text[hyphen + 1:])
    if right is None or not _known(left) or _known(f"{left}-{right.split(' ')[0]}"):
        return None
    right_start = m.start + hyphen + 1
    return [Mention(left, m.start, m.start + hyphen, "place", False, m.after_preposition),
            Mention(right, right_start, right_start + len(right), "place", False, False)]


def _dispatch_dates(text: str) -> list[int]:
    """Where the dates that may close a dispatch's heading start, their comma included."""
    days = [found.start() for found in DAY_MONTH.finditer(text)
            if found.start() == 0 or not (text[found.start() - 1] in _NOT_BEFORE_DAY
                                          or text[found.start() - 1].isalpha())]
    return sorted(days + [found.start() for found in MONTH_DAY.finditer(text)])


def _dispatch_towns(text: str, language: str | None) -> list[Mention]:
    """The one-word towns heading dispatches, which names.py leaves out as sentence
    openers it does not know."""
    out = []
    stopwords = capital_stopwords(language)
    for date in _dispatch_dates(text):
        found = TOWN_BEFORE.search(text, max(0, date - 40), date)
        if found is None:
            continue
        word = found.group(0)
        low = word.lower()
        if low in stopwords or low in DATE_WORDS or given_name(word) or \
                not sentence_start(text, found.start()) or low in lower_words(text):
            continue
        out.append(Mention(word, found.start(), found.end(), "place", False, False))
    return out


def _fronted(text: str, m: Mention) -> bool:
    """The place after the preposition opens its sentence with it ("In London, Boeing
    said", "À Lyon, Renault a …"): the comma after it ends an adverbial, not a list's
    first item."""
    # The preposition and what ends the sentence before it lie in a few characters.
    start = max(0, m.start - 30)
    window = text[start:m.start].rstrip()
    cut = max(window.rfind(c) for c in " \n\t\u00a0")
    if cut < 0:
        return start == 0  # the text opens with the preposition (else a long word)
    before = window[:cut + 1].rstrip(" \t\u00a0")
    return (not before and start == 0) or before[-1:] in (".", "!", "?", ":", ";", "\n",
                                                          "\"", "«", "“")


def _listed_places(mentions: list[Mention], text: str) -> list[Mention]:
    """A place's preposition governs the whole list it opens ("à Korvada, Belnitz et
    Oskavo", "in Elmdale, Fernhill and Oakmere"): a lone word of the list that names.py
    read as a body only by its fallback is a place too. A list holds three items or a
    conjunction ("In London, Boeing said" holds neither), and a preposition opening the
    sentence opens none."""
    out = list(mentions)
    listing = False
    for i, m in enumerate(out):
        if m.after_preposition and m.type == "place":
            listing = not _fronted(text, m)
            continue
        link = LIST_LINK.fullmatch(text, out[i - 1].end, m.start) if listing else None
        if link is None:
            listing = False
            continue
        following = out[i + 1].start if i + 1 < len(out) else -1
        listed = "," not in link.group(0) or out[i - 1].type == "place" and not \
            out[i - 1].after_preposition or (
                following > 0 and LIST_LINK.fullmatch(text, m.end, following) is not None)
        if listed and m.type == "organization" and " " not in m.text and \
                not m.text.isupper() and not _known(m.text):
            out[i] = Mention(m.text, m.start, m.end, "place", False, False)
        elif m.type != "place":
            listing = False
    return out


def _sited(text: str, language: str | None) -> list[Mention]:
    """The places glued to a siting participle (SITED), as place mentions."""
    out = []
    stopwords = capital_stopwords(language)
    for found in SITED.finditer(text):
        before = SITED_PLACE.search(text, max(0, found.start() - 60), found.start())
        if before is None:
            continue
        words = before.group(0).split()
        place = next((" ".join(words[k:]) for k in range(len(words))
                      if _known(" ".join(words[k:]))
                      or words[k].replace(".", "") in country_initials()), None)
        if place is None:
            last = words[-1]
            if last.lower() in stopwords or nationality(last) or \
                    sentence_start(text, found.start() - len(last)):
                continue
            place = last
        out.append(Mention(place, found.start() - len(place), found.start(), "place",
                           False, False))
    return out


def _cut_at_sited(mentions: list[Mention], text: str, sited: list[Mention]) -> list[Mention]:
    """`mentions` with the sited places in, and the runs that held them cut: the words
    after the participle are a name of their own ("Santa Clara-based Nvidia" -> "Nvidia"),
    those before it none (a sentence's capitalised opener, a headline's word)."""
    compounds = [(p.start, SITED.match(text, p.end).end()) for p in sited]
    out = []
    for m in mentions:
        compound_end = next((end for start, end in compounds
                             if start < m.end and m.start < end), None)
        if compound_end is None:
            out.append(m)
            continue
        kept = text[compound_end:m.end].lstrip()
        if kept[:1].isupper():
            out.append(Mention(kept, m.end - len(kept), m.end, m.type, m.titled, False))
    taken = {m.start for m in out}
    out += [p for p in sited if p.start not in taken]
    return sorted(out, key=lambda m: m.start)


def places_set_apart(mentions: list[Mention], text: str, language: str | None = None
                      ) -> list[Mention]:
    """`mentions` with hyphened pairs of places cut in two and dispatches' towns added as
    places. The rest of a run after a pair ("France-Brésil de la Coupe") is no name."""
    sited = _sited(text, language) if "-" in text else []
    if sited:
        mentions = _cut_at_sited(mentions, text, sited)
    out: list[Mention] = []
    for m in mentions:
        if "-" in m.text:
            pair = _pair(m, text)
            if pair is not None:
                out.extend(pair)
                continue
        out.append(m)
    if language not in (None, "en", "fr"):
        return out  # the lists' links and the months are read in French and English
    out = _listed_places(out, text)
    towns = _dispatch_towns(text, language)
    if not towns:
        return out
    # A town names.py found as well takes the place's reading, unless it read a person.
    taken = {m.start: i for i, m in enumerate(out)}
    for town in towns:
        if town.start in taken:
            if out[taken[town.start]].type != "person":
                out[taken[town.start]] = town
        else:
            out.append(town)
    return sorted(out, key=lambda m: m.start)
