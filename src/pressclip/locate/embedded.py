"""Article text the page holds outside its visible blocks: JSON-LD, hydration JSON.

Pages drawn by JavaScript ship their article twice: as the page's data (JSON-LD's
articleBody, a framework's hydration state such as Next.js's `__NEXT_DATA__`, an
`application/json` script, `window.__STATE__ = {...}`) and as the DOM the script builds. When
the served HTML holds little of the second, the locator finds little or nothing; the first
is still there. `rescue` runs only then (the trigger: located text under TRIGGER_UNITS
word units) and takes the one long prose text of the page's data, when it is MIN_GAIN times
as long as what was located.

Every script is read as data, never run: JSON through `json`, assignments in JavaScript by
`json.JSONDecoder.raw_decode` from their first brace, other scripts by their string
literals. What is read is capped (MAX_SCRIPT_CHARS, MAX_VALUES) and each pass is linear in
it, so that hostile or huge scripts cost bounded time.

A candidate is prose by evidence that holds for any site and script: its length in word
units (a character of a script without spaces is half a word), sentence stops, few URLs
and little code. A page of teasers (a section front's JSON) holds many short texts and no
long one, so it gives nothing; the page's own description is a teaser, not the body.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from html import unescape

from lxml import etree, html

from ..chars import (
    CLOSERS,
    FULL_WIDTH_STOPS,
    HALF_WIDTH_STOP,
    SCRIPT_STOPS,
    SENTENCE_STOPS,
    SPACELESS_RANGES,
)
from ..parse.html import settable
from ..record import PARAGRAPH, Block, Decision
from . import Located
from .blocks import attribute_bits, flag

# Located text below this many word units (a short article) may be a miss: only then are
# scripts read. On the train pages any value up to 1,000 fires on the same pages (the gain
# decides); reading the scripts of the pages under 250 costs about 2 % of extract's time.
TRIGGER_UNITS = 250.0
# A candidate replaces the located text only when it is this many times as long.
MIN_GAIN = 3.0
# The shortest article the page's data may give (word units); shorter prose still counts
# as a rival that the article must dominate.
MIN_BODY_UNITS = 100.0
MIN_RIVAL_UNITS = 30.0
DOMINANCE = 2.0
# The share of the title's terms the body must hold: 0.56 to 1.0 (median 0.87) on the
# 24 train pages whose data holds their article (python -m bench.embedded --split train).
MIN_TITLE_SHARE = 0.4
# A page's description (og:description, meta description) is a teaser: a candidate must be
# this many times as long as it.
DESCRIPTION_RATIO = 1.5
# Prose: at least one sentence stop per this many word units, at most this share of its
# characters in URLs and this share in code punctuation.
MAX_UNITS_PER_STOP = 60.0
MAX_URL_SHARE = 0.1
MAX_CODE_SHARE = 0.02
# At least this share of the text in paragraphs of a sentence or more.
MIN_SENTENCE_SHARE = 0.7
_SENTENCE_UNITS = 8.0
# What is read: characters of script text over the page, JSON values walked, and the
# shortest string literal worth decoding (shorter ones cannot be an article).
MAX_SCRIPT_CHARS = 8_000_000
MAX_VALUES = 400_000
MIN_LITERAL_CHARS = 200
_MAX_ATTRIBUTE_CHARS = 2_000
_MAX_FAILED_DECODES = 8

_SCRIPT_OPEN = re.compile(rf"<script\b([^>]{{0,{_MAX_ATTRIBUTE_CHARS}}})>", re.I)
_SCRIPT_CLOSE = re.compile(r"</script\s*>", re.I)
_TYPE = re.compile(r"""(?:^|\s)type\s*=\s*["']?([^"'\s>]+)""", re.I)
_ID = re.compile(r"""(?:^|\s)id\s*=\s*["']?([^"'\s>]+)""", re.I)
# `name = {` or `name = [`: a JavaScript assignment of a literal that may be JSON.
_ASSIGNED = re.compile(r"=\s*(?=[{\[])")
_JSON_PARSE = re.compile(r"""JSON\.parse\(\s*(?="|')""")
# A double-quoted literal, escapes included, without raw newlines (JSON's and JavaScript's).
_LITERAL = re.compile(rf'"(?:[^"\\\n]|\\.){{{MIN_LITERAL_CHARS},}}"')
_QUOTED = {'"': re.compile(r'"(?:[^"\\\n]|\\.)*"'), "'": re.compile(r"'(?:[^'\\\n]|\\.)*'")}
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)|(?:-->|\]\]>|//\s*\]\]>)\s*$")
_SPACELESS = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in SPACELESS_RANGES)
_WORDS = re.compile(rf"[{_SPACELESS}]|[^\W{_SPACELESS}]+")
_SPACELESS_CHAR = re.compile(rf"[{_SPACELESS}]")
_SPACELESS_RUN = re.compile(rf"[{_SPACELESS}]+")
_SPACED_WORD = re.compile(rf"[^\W{_SPACELESS}]+")
_TERM_CHARS = 4
# A stop ends a sentence before a space, a closing mark or the end ("posttag.bjp" and
# "3.98" hold none); full-width and half-width stops and other scripts' stops
# (chars.SCRIPT_STOPS) anywhere.
_STOPS = re.compile(rf"[{re.escape(SENTENCE_STOPS)}](?=[\s{re.escape(CLOSERS)}]|$)"
                    rf"|[{FULL_WIDTH_STOPS}{HALF_WIDTH_STOP}{SCRIPT_STOPS}]")
_URL = re.compile(r"(?:https?:)?//\S+|www\.\S+")
_CODE = re.compile(r"[{}<>=\\|\[\]$;%]")
_MARKUP = re.compile(r"<(?:p|br|div|h[1-6]|li|blockquote)\b|</\w+>", re.I)
_BLANK_LINES = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"\s+")
# Blocks of an HTML fragment that become paragraphs.
_BLOCK_TAGS = frozenset("p div li blockquote h1 h2 h3 h4 h5 h6 pre dd dt td figcaption".split())
# Never article text inside a fragment: code, media, and forms (a comment form's labels).
_NEVER_TEXT = ("script", "style", "figure", "figcaption", "iframe", "noscript", "template",
               "form", "input", "select", "textarea", "button", "label")
_FURNITURE_BITS = 0
for _name in ("caption", "ad", "share", "related", "newsletter"):
    _FURNITURE_BITS |= flag(_name)
# Keys of a teaser, a caption or a person's note, not of the body (word pieces of the key:
# "seoDescription", "long_bio", "imageCaption").
_TEASER_KEY = re.compile(
    r"\b(?:description|desc|summary|caption|captions|bio|excerpt|teaser|dek|abstract|"
    r"subtitle|subheadline|snippet|preview|alt|credit|credits)\b")
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_OPENING_CHARS = 80
# A template's slot left in the text ("$$AD$$", "{{widget}}", "[[embed]]"): one token
# with the marks templates use, no space.
_PLACEHOLDER = re.compile(r"\S*[$%{}\[\]#@]{2}\S*")


@dataclass(frozen=True, slots=True)
class Embedded:
    """The article as the page's data gives it: paragraphs, and where they were found."""

    paragraphs: list[str]
    source: str
    units: float


def rescue(located: Located, page: str, title: str | None = None,
           description: str | None = None, explain: bool = False) -> Located:
    """`located`, or the article from the page's data when the locator kept (almost)
    nothing and the data holds a prose text at least MIN_GAIN times as long."""
    kept_units = located_units(located, TRIGGER_UNITS)
    if kept_units >= TRIGGER_UNITS:
        return located
    found = find_embedded(page, title, description)
    if found is None or found.units < MIN_GAIN * kept_units:
        return located
    blocks = [Block(PARAGRAPH, text) for text in found.paragraphs]
    decisions = None
    if explain:
        why = f"from page JSON ({found.source})"
        decisions = [replace(d, kept=False, reason="replaced by the page's own copy")
                     if d.kept else d for d in located.decisions or []]
        decisions += [Decision(text=text, kept=True, reason=why, tag="json", path=found.source)
                      for text in found.paragraphs]
    return Located(blocks, located.opening, decisions)


def located_units(located: Located, stop: float = float("inf")) -> float:
    """The word units of the located text, counted no further than the block that reaches
    `stop`: most pages pass a trigger in their first blocks, and counting the rest of a long
    article would only cost time (rescue, and hidden.reveal)."""
    total = 0.0
    for block in located.blocks:
        if block.text:
            total += units(block.text)
            if total >= stop:
                break
    return total


def find_embedded(page: str, title: str | None = None,
                  description: str | None = None) -> Embedded | None:
    """The one long prose text of the page's scripts, if there is one and it is no teaser.

    "One": the longest prose text must be DOMINANCE times as long as any other that is not
    a copy or a part of it, so that a list of teasers, captions or comments of like
    lengths gives nothing. It must also be about the page: MIN_TITLE_SHARE of the title's
    terms are in it (another story's text, a subscription pitch or a notice are not)."""
    found: list[Embedded] = []
    for source, key, text in _strings(page):
        if _TEASER_KEY.search(_key_words(key)):
            continue
        paragraphs = _paragraphs(text)
        size = units("\n".join(paragraphs))
        if size >= MIN_RIVAL_UNITS and is_prose(paragraphs, size):
            found.append(Embedded(paragraphs, source, size))
    if not found:
        return None
    found.sort(key=lambda e: -e.units)
    best = found[0]
    floor = MIN_BODY_UNITS
    if description:
        floor = max(floor, DESCRIPTION_RATIO * units(description))
    if best.units < floor:
        return None
    text = _SPACES.sub(" ", " ".join(best.paragraphs))
    if title and title_share(title, text) < MIN_TITLE_SHARE:
        return None
    for rival in found[1:]:
        opening = _SPACES.sub(" ", " ".join(rival.paragraphs))[:_OPENING_CHARS]
        if opening in text:
            continue
        if rival.units * DOMINANCE > best.units:
            return None
        break
    return best


def title_share(title: str, text: str) -> float:
    """The share of the title's terms found in the text: a word's first four characters
    (so that "Council's" and "councils" meet, in agglutinating languages too), or a pair
    of characters of a script without spaces. A line of the text holding none but the
    title's terms is the headline repeated (a selection keeps the page's <h1>), no sign
    that the text under it is about the title: it is not counted."""
    wanted = _terms(title)
    if not wanted:
        return 1.0
    found: set[str] = set()
    for line in text.splitlines():
        terms = _terms(line)
        if not terms <= wanted:
            found |= terms
    return len(wanted & found) / len(wanted)


def _terms(text: str) -> set[str]:
    text = text.lower()
    terms = {w[:_TERM_CHARS] for w in _SPACED_WORD.findall(text) if len(w) >= 2}
    for run in _SPACELESS_RUN.findall(text):
        terms.update(run[i:i + 2] for i in range(len(run) - 1))
    return terms


def units(text: str) -> float:
    """Word units: a word of a spaced script is one, a character of a spaceless one half.
    Counted by the compiled pass where it was built (_features.word_units)."""
    if _compiled_units is not None:
        return _compiled_units(text)
    return python_units(text)


def python_units(text: str) -> float:
    """units() with the expressions: the compiled count's twin (tests/test_embedded.py)."""
    spaceless = len(_SPACELESS_CHAR.findall(text))
    return len(_WORDS.findall(text)) - spaceless / 2


def is_prose(paragraphs: list[str], size: float) -> bool:
    """Sentences, few URLs, little code, and most of the text in paragraphs that hold a
    sentence (not a run of labels, menu items or form fields)."""
    text = "\n".join(paragraphs)
    if len(_STOPS.findall(text)) * MAX_UNITS_PER_STOP < size:
        return False
    url_chars = sum(len(m) for m in _URL.findall(text))
    if url_chars > MAX_URL_SHARE * len(text):
        return False
    if len(_CODE.findall(text)) > MAX_CODE_SHARE * len(text):
        return False
    in_sentences = sum(u for u, p in zip(map(units, paragraphs), paragraphs, strict=True)
                       if u >= _SENTENCE_UNITS and _STOPS.search(p))
    return in_sentences >= MIN_SENTENCE_SHARE * size


def _key_words(key: str) -> str:
    return _CAMEL.sub(r"\1 \2", key).lower().replace("_", " ").replace("-", " ")


def _paragraphs(text: str) -> list[str]:
    """An HTML fragment's blocks, else the text's lines, white space collapsed and
    character references read ("&quot;", "&#8217;": CMSs escape plain text too)."""
    if _MARKUP.search(text):
        return _fragment_paragraphs(text)
    if "&" in text:
        text = unescape(text)
    parts = _BLANK_LINES.split(text) if _BLANK_LINES.search(text) else text.split("\n")
    return [p for p in (_SPACES.sub(" ", part).strip() for part in parts)
            if p and not _PLACEHOLDER.fullmatch(p)]


def _fragment_paragraphs(fragment: str) -> list[str]:
    try:
        # Its blocks' text is set anew below, which lxml refuses with control characters.
        root = html.fragment_fromstring(settable(fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        return []
    etree.strip_elements(root, *_NEVER_TEXT, with_tail=False)
    _drop_furniture(root)
    # Each block's own text, the text of the blocks inside it apart: a line break between
    # two blocks ends a paragraph, as does a <br> run.
    for el in root.iter():
        if isinstance(el.tag, str) and (el.tag in _BLOCK_TAGS or el.tag == "br"):
            el.tail = "\n\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n\n" + (el.text or "")
    text = root.text_content()
    return [p for p in (_SPACES.sub(" ", part).strip() for part in _BLANK_LINES.split(text))
            if p and not _PLACEHOLDER.fullmatch(p)]


def _drop_furniture(root: etree._Element) -> None:
    """Elements of the fragment that name themselves captions, ads, share bars or related
    links (the locator's vocabulary of class names), unless one holds most of the text."""
    total = len(root.text_content())
    for el in list(root.iter(etree.Element)):
        if el is root or el.getparent() is None:
            continue
        bits = attribute_bits(el.get("class"), el.get("id"), el.get("role"))
        if bits & _FURNITURE_BITS and len(el.text_content()) * 2 < total:
            el.drop_tree()


def _strings(page: str) -> Iterator[tuple[str, str, str]]:
    """(where, key, string) for every long string of the page's scripts' data."""
    budget = [MAX_VALUES]
    for attributes, body in _scripts(page):
        kind = (_TYPE.search(attributes) or [None, ""])[1].lower()
        ident = (_ID.search(attributes) or [None, ""])[1]
        where = f"script#{ident}" if ident else f"script {kind or 'inline'}"
        if kind.endswith("json"):
            value = _loads(_WRAPPER.sub("", body.strip()))
            if value is not None:
                yield from _walk(value, where, budget)
                continue
        elif kind and "javascript" not in kind and "module" not in kind:
            continue  # templates, text/html, text/x-*: no page data
        else:
            parsed = False
            for value in _assigned(body):
                parsed = True
                yield from _walk(value, where, budget)
            if parsed:
                continue
        for match in _LITERAL.finditer(body):
            value = _loads(match[0])
            if isinstance(value, str):
                yield where, "", value


def _scripts(page: str) -> Iterator[tuple[str, str]]:
    """(attributes, text) of each <script>, read in one pass, capped in total size."""
    left = MAX_SCRIPT_CHARS
    pos = 0
    while left > 0:
        opened = _SCRIPT_OPEN.search(page, pos)
        if opened is None:
            return
        closed = _SCRIPT_CLOSE.search(page, opened.end())
        if closed is None:
            return
        body = page[opened.end():closed.start()]
        pos = closed.end()
        if len(body) > left:
            return
        left -= len(body)
        yield opened[1], body


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _assigned(body: str) -> Iterator[object]:
    """JSON values a script assigns (`x = {...}`) or parses (`JSON.parse("...")`)."""
    decoder = json.JSONDecoder()
    pos = 0
    # A failed decode may have read far before failing: a few failures per script, so that
    # a script of many broken literals stays linear.
    failures = 0
    while failures < _MAX_FAILED_DECODES:
        match = _ASSIGNED.search(body, pos)
        if match is None:
            break
        try:
            value, pos = decoder.raw_decode(body, match.end())
        except (ValueError, RecursionError):
            pos = match.end()
            failures += 1
            continue
        yield value
    for match in _JSON_PARSE.finditer(body):
        quote = body[match.end()]
        found = _QUOTED[quote].match(body, match.end())
        if found is None:
            continue
        inner = found[0][1:-1]
        if quote == "'":
            inner = inner.replace("\\'", "'").replace('"', '\\"')
        text = _loads(f'"{inner}"')
        if isinstance(text, str):
            value = _loads(text)
            if value is not None:
                yield value


def _walk(value: object, where: str, budget: list[int]) -> Iterator[tuple[str, str, str]]:
    """(where, key, string) for every long string inside a JSON value, with the key it
    sits under; JSON held in a string (state serialised twice) is walked too. Iterative,
    and stopping when the page's budget of values is spent."""
    todo: list[tuple[object, str]] = [(value, "")]
    while todo and budget[0] > 0:
        item, key = todo.pop()
        budget[0] -= 1
        if isinstance(item, str):
            if len(item) < MIN_LITERAL_CHARS:
                continue
            if item[0] in "{[":
                inner = _loads(item)
                if isinstance(inner, dict | list):
                    todo.append((inner, key))
                    continue
            yield (f"{where} {key}" if key else where), key, item
        elif isinstance(item, dict):
            todo.extend((v, k) for k, v in item.items() if isinstance(k, str))
        elif isinstance(item, list):
            todo.extend((v, key) for v in item)


# The count compiled (locate/_features.pyx), when the extension was built at install.
try:
    from ._features import word_units as _compiled_units
except ImportError:  # installed without a C compiler: the expressions count alike
    _compiled_units = None
