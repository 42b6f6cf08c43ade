"""Author strings as pages write them, to a list of person names.

"By Jane Doe and John Smith, Staff Writers" -> ["Jane Doe", "John Smith"]. Drops the byline
word in several languages, roles, e-mail addresses, URLs, handles, dates and names of
organisations (the publisher's own name, or words that only organisations carry).
"""

from __future__ import annotations

import re
import unicodedata

# A person's name has at most this many words and characters; longer is a sentence.
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 60
MAX_AUTHORS = 10

_PREFIX = re.compile(
    r"^\s*(?:(?:written|posted|reported|published|posté|publié|rédigé|écrit|"
    r"geschrieben|verfasst|ein\s+beitrag|escrito|publicado|scritto|pubblicato|"
    r"napisał|napisała)\s+)?"
    r"(?:by|par|von|vom|por|di|da|door|av|af|przez|autor(?:in)?|author|auteur|autore|"
    r"text|texte|texto|tekst|redaktion|reporter)\b\s*[:.\-–—]?\s*",
    re.I,
)
# Conjunctions only in lower case: "Jane Y. Doe" keeps its initial.
_SPLIT = re.compile(
    r"\s*(?:,|;|\||/|&|\+|·|•|\n)\s*"
    r"|\s+(?:and|et|und|y|e|i|og|och|en|sowie|with|avec|mit|con|AND|ET|UND)\s+"
)
_NOISE = re.compile(
    r"\S+@\S+|https?://\S+|www\.\S+|@\w+|\([^)]*\)|\[[^\]]*\]|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
)
# Words that name a job or an organisation, never a person (several languages).
ROLE_WORDS = frozenset(
    """staff writer writers reporter reporters correspondent correspondents editor editors
    contributor contributors columnist columnists journalist journalists photographer
    photographers senior chief deputy managing associate contributing special political
    economics business science health technology sports culture desk team staff
    newsroom admin administrator guest author authors updated posted published comments
    comment share follow email twitter facebook rédaction rédacteur rédactrice journaliste
    correspondant correspondante envoyé envoyée spécial spéciale chroniqueur chroniqueuse
    reporteur photographe publié redaktion redakteur redakteurin korrespondent
    korrespondentin autor autorin aktualisiert veröffentlicht redacción redactor
    redactora corresponsal periodista actualizado redazione giornalista corrispondente
    news press media agency agence agentur group groupe verlag online magazine magazin
    newspaper journal zeitung tribune gazette radio tv
    television télévision fernsehen inc ltd llc gmbh corp company""".split()
)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")


def _normal(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", re.sub(r"[^\w\s]", " ", text)).strip()


def _person(name: str, excluded: set[str]) -> str | None:
    name = name.strip(" \t\n.,:;-–—|·•'\"")
    if not name or len(name) > MAX_NAME_CHARS or _DIGIT.search(name):
        return None
    words = name.split()
    if len(words) > MAX_NAME_WORDS or not _LETTER.search(name):
        return None
    normal = _normal(name)
    if normal in excluded or any(w in ROLE_WORDS for w in normal.split()):
        return None
    if name.isupper() and len(name) > 3:
        name = name.title()
    return name


def clean_authors(raw: list[str], excluded: set[str] | None = None) -> list[str]:
    """Person names from raw author strings; `excluded` holds normalised publisher names."""
    banned = {_normal(e) for e in excluded or () if e}
    names: list[str] = []
    seen: set[str] = set()
    for value in raw:
        if not value:
            continue
        text = _NOISE.sub(" ", _SPACES.sub(" ", value))
        text = _PREFIX.sub("", text, count=1)
        for part in _SPLIT.split(text):
            part = _PREFIX.sub("", part, count=1)
            name = _person(part, banned)
            if name and _normal(name) not in seen:
                seen.add(_normal(name))
                names.append(name)
        if len(names) >= MAX_AUTHORS:
            break
    return names[:MAX_AUTHORS]

