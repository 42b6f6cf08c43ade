"""The headline: title candidates compared, the site's name cut off.

"Headline | Site", "Headline - Site - Section", "Site: Headline": parts that name the site
(its name, or a word of its domain) are dropped. The page's h1 wins when it matches a
candidate, since it is the headline as the reader sees it; so does the page's only h1 where it
is the article's (in <article> or <main>, or named a headline) and no candidate confirms it:
og:title and JSON-LD often word the headline anew for sharing or search.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from urllib.parse import urlsplit

from .dates import parse_machine_date, parse_text_date

# Letters and punctuation of scripts written without spaces between words (kana, CJK
# ideographs, Hangul syllables, full-width forms).
_UNSPACED = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
# Separators between a headline and the site's name, with their surrounding spaces.
# Bars are drawn with other characters too: the box-drawing "│" and "┃", the broken bar "¦".
# Some need no spaces: "Headline_Site", "Headline｜Site" (full width), the Hangul letter
# ㅣ that Korean sites set as a bar ("기사ㅣ한국일보"), and a hyphen between two letters of a
# script that hyphenates no words ("英雄的城！-新华网", "커졌다-정치").
# The full-width colon is the colon of the scripts without spaces: it takes none after it
# where ":" takes one ("記事の見出し：東京新聞", "标题：新闻网" for "Headline: Site").
# Two hyphens between spaces are the dash typed on a keyboard without one ("Headline --
# Site").
# A guillemet is a separator only with spaces on both sides ("Site » Blog » Headline"),
# and not in a title that opens one: "«Quote»", "»Zitat«" and "« Citation »" quote. A
# title with "«" and no "»" sets its site apart with it ("Headline « Blog Name").
# Breadcrumb marks part a title between spaces as well: "Site › Section › Headline",
# "Site > Headline", "Headline ~ Site", "Headline // Site".
_SEPARATORS = (rf"\s*[|｜│┃¦_ㅣ]\s*|\s*::\s*|:\s+|\s*：\s*|\s+(?:--|//)\s+"
               rf"|(?<=[{_UNSPACED}])-(?=[{_UNSPACED}])")
# Every separator opens with a space or one of its marks: tested first at each character,
# this spares the branches where neither stands (a title's split costs about 2.5 times
# less) and finds the same separators, since no branch opens otherwise.
_OPENING = r"(?=[\s|\-–—:：·•»«›>~/－｜│┃¦_ㅣ])"
# The marks that part a title only between spaces, the guillemets apart: which one parts
# it depends on the title (_separator).
_SPACED_MARKS = r"|\-–—:·•›>~/－"


def _spaced_separator(guillemet: str = "") -> re.Pattern[str]:
    return re.compile(rf"{_OPENING}(?:\s+[{_SPACED_MARKS}{guillemet}]\s+|{_SEPARATORS})")


_SEPARATOR = _spaced_separator("»")
_SEPARATOR_IN_QUOTES = _spaced_separator()
_SEPARATOR_LEFT_GUILLEMET = _spaced_separator("«")
# The marks of a path of sections: "Site > Golf > News", "Blog » Archive".
_PATH_MARKS = frozenset(">›»/")
# Separators after which a short part is a section's or site's name, never the headline's
# end: a bar or an underscore. A dash or a colon may end a headline ("… – Herrlich").
_BAR = re.compile(rf"[|｜│┃¦_ㅣ]|(?<=[{_UNSPACED}])-")
_UNSPACED_RUN = re.compile(rf"[{_UNSPACED}]+")
_NOT_WORD = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
# A part this short next to a longer one is the site's or section's name, not the headline.
SHORT_PART_WORDS = 4
# A section named before the site's name: "Politik", "Meinung", "Local News".
MAX_SECTION_WORDS = 2
# Scripts without spaces: about this many characters make a word.
CHARS_PER_UNSPACED_WORD = 2
# A structured title this long that ends the h1 is the headline after a kicker; shorter
# ends are a word or two of it.
MIN_KICKED_TITLE_CHARS = 20
# A part of a title that is a date alone ("28.04.2023", "5 juillet 2025"): this long at
# most, its only letters a month's name. read_metadata reads the page's day from such a part.
MAX_TITLE_DATE_CHARS = 20
MAX_MONTH_LETTERS = 10
# The quoted words an unescaped quote cut from an attribute: '"unfit"', '„Hölle“'.
_QUOTED_END = re.compile(r"[\"“„«‘‚][^\"“”„«»]{1,60}[\"”“»’‘]")
_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/[^/]*/(.+)$")
# A part that is a host name is the site's, whatever the page's address: "Example.com",
# "gartenblog.example.de". The last label is written in one case ("St.Pauli" is no host).
_HOST_NAME = re.compile(r"(?:www\.)?(?:[^\W_][\w-]*\.)+(?:[a-z]{2,6}|[A-Z]{2,6})")
# The site's name that ends a title in brackets or after "on", "at", "@" (_without_site_end).
_SITE_END = re.compile(r"\s*[(\[【（]\s*(?:from\s+)?([^()\[\]【】（）]+?)\s*[)\]】）]$"
                       r"|\s+@\s+(\S.{0,40})$|\s+(?:on|at)\s+(\S+)$")
# The site's name that opens a title in brackets: "[Example Times] Headline", "【Example
# News】Headline". Unnamed brackets there are a kicker's ("[Video]", "【速報】").
_SITE_START = re.compile(r"^[(\[【（]\s*([^()\[\]【】（）]+?)\s*[)\]】）]\s*")
# A key this long names the site inside a longer name ("The Example Times" for "exampletimes").
MIN_SITE_KEY_CHARS = 4
# Domain labels that say nothing about the site's name.
_DOMAIN_NOISE = frozenset("www m amp mobile com org net co uk de fr es it news".split())


# The same titles, parts and names are squashed many times a page (a few dozen calls).
@lru_cache(maxsize=4096)
def squash(text: str) -> str:
    """Comparison form: case-folded letters and digits only."""
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text).casefold())


def site_keys(names: list[str | None], url: str | None) -> set[str]:
    keys = {squash(n) for n in names if n and squash(n)}
    if url:
        keys.update(_host_keys(url))
    return keys


# A page's address is read for the title's and the publisher's keys: split once.
@lru_cache(maxsize=64)
def _host_keys(url: str) -> tuple[str, ...]:
    """The address's host labels that may name the site, squashed like the parts they are
    compared with: "northern-gazette" names "Northern Gazette"."""
    host = urlsplit(_archived(url)).hostname or ""
    return tuple(squash(label) for label in host.split(".")
                 if label and label not in _DOMAIN_NOISE)


def _archived(url: str) -> str:
    """The address an archive's copy was taken from: a page read from
    web.archive.org/web/<time>/<address> is that address's site's."""
    match = _ARCHIVE.match(url)
    if not match:
        return url
    return match[1] if "://" in match[1] else "http://" + match[1]


def _names_site(part: str, keys: set[str], hosts: bool) -> bool:
    key = squash(part)
    if not key or (hosts and _HOST_NAME.fullmatch(part.strip())):
        return True
    return any(key == k or (len(k) >= 4 and (k in key or key in k)) for k in keys)


def _part_bounds(title: str, separator: re.Pattern[str]
                 ) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """The separators' spans in the title, and where each part starts and ends: part i runs
    from the end of separator i-1 to the start of separator i."""
    spans = [m.span() for m in separator.finditer(title)]
    return spans, [0] + [end for _, end in spans], [start for start, _ in spans] + [len(title)]


def strip_site(title: str, keys: set[str], *, names_only: bool = False,
               headline_field: bool = False) -> str:
    """The title without leading or trailing parts that name the site. With `names_only`,
    a host name or a path of short parts is no site's part unless a key names it: the
    publisher's reader reads those as the site's name. With `headline_field` (the JSON-LD
    headline, a field for the headline alone), a short part after a bar or a section's word
    is the headline's own ("Headline | Step-by-Step Guide"): only parts that name the site
    go."""
    title = _without_site_start(_without_site_end(title.strip(), keys), keys)
    separator = _separator(title)
    parts = separator.split(title)
    if len(parts) == 1:
        return title
    spans, starts, ends = _part_bounds(title, separator)
    first, last = 0, len(parts) - 1
    while last > first and _names_site(parts[last], keys, not names_only):
        last -= 1
    while first < last and _names_site(parts[first], keys, not names_only):
        first += 1
    # The same after a site's name that opens the title: "Site » Blog Archive » Headline",
    # "Site - Politik - Headline". A kicker has its own mark ("Site: Covid-19 - Headline").
    if 0 < first < last:
        separator_after = title[ends[first]:starts[first + 1]].strip()
        if (title[ends[first - 1]:starts[first]].strip() == separator_after
                and _section(parts[first])
                and word_count(parts[first]) < word_count(title[starts[first + 1]:ends[last]])):
            first += 1
    # The site's name after the headline, then its slogan or section: "Headline : Site |
    # Slogan", "Headline - Site - Shop and repairs in Kiel". What follows the name is the
    # site's too.
    named = next((i for i in range(first + 1, last + 1)
                  if squash(parts[i]) and _names_site(parts[i], keys, not names_only)), None)
    if named is not None:
        last = named - 1
    # The separator before the site's name where one was cut: "Headline - Section - Site".
    site_separator = (title[ends[last]:starts[last + 1]].strip() if last < len(parts) - 1
                      else None)
    if not names_only:
        last = _trailing_crumbs(title, parts, starts, ends, first, last)
    # "Headline | Section", "Headline | Section | Forum": short parts after bars are never
    # the headline's end when a longer part stands before them; nor is a section's word or
    # two, capitalised, before the site's name and with its separator ("Headline - Politik -
    # Site", "Headline : Politique : Site"), which ends many a headline otherwise ("... - und
    # Firma profitiert").
    while last > first and not headline_field:
        if _BAR.search(title, ends[last - 1], starts[last]):
            if word_count(parts[last]) > SHORT_PART_WORDS:
                break
        elif not (title[ends[last - 1]:starts[last]].strip() == site_separator
                  and _section(parts[last])):
            break
        if word_count(parts[last]) >= word_count(title[starts[first]:ends[last - 1]]):
            break
        last -= 1
    return title[starts[first]:ends[last]].strip()


def _without_site_start(title: str, keys: set[str]) -> str:
    """The title without the site's bracketed name that opens it, where the name holds a
    key whole and words follow."""
    if not title.startswith(("(", "[", "【", "（")):
        return title  # most titles
    match = _SITE_START.match(title)
    if match is None or match.end() == len(title):
        return title
    key = squash(match[1])
    if any(len(k) >= MIN_SITE_KEY_CHARS and k in key for k in keys):
        return title[match.end():]
    return title


def _without_site_end(title: str, keys: set[str]) -> str:
    """The title without the site's name that ends it in brackets or after "@" (the name
    holds a key whole: "Headline (Example Times)", "Headline [example.com]", "Headline (from
    The Example Times)", "Headline【Example News】", "Headline @ Example Media"), or a host
    name after English "on" or "at" ("Headline on Example.com")."""
    if not title.endswith((")", "]", "】", "）")) and not any(
            mark in title for mark in (" on ", " at ", " @ ")):
        return title  # most titles: none of these ends
    match = _SITE_END.search(title)
    if match is None or not match.start():
        return title
    if match[3] is not None:
        # After a word a headline uses too, only a host name is the site's: "Storm damage
        # on Lakeside" names a place on lakeside.example.
        named = bool(_HOST_NAME.fullmatch(match[3]))
    else:
        key = squash(match[1] or match[2])
        named = any(len(k) >= MIN_SITE_KEY_CHARS and k in key for k in keys)
    return title[:match.start()].rstrip() if named else title


def _trailing_crumbs(title: str, parts: list[str], starts: list[int], ends: list[int],
                     first: int, last: int) -> int:
    """The last part of the headline where two short parts or more, each after the same
    separator, end the title: a section's path and the site's name that no key names
    ("Headline - World - Sport - Daily Example", "Headline - News - Springfield"). One
    short part after a dash may end a headline ("... – Herrlich"); a colon joins a headline's
    own parts."""
    separator = title[ends[last - 1]:starts[last]].strip() if last > first else ":"
    crumb = last
    while (crumb > first and word_count(parts[crumb]) <= SHORT_PART_WORDS
           and title[ends[crumb - 1]:starts[crumb]].strip() == separator):
        crumb -= 1
    if separator in (":", "：") or last - crumb < 2:
        return last
    longest = max(word_count(p) for p in parts[crumb + 1:last + 1])
    return crumb if word_count(title[starts[first]:ends[crumb]]) > longest else last


def _section(part: str) -> bool:
    """A section's name: a word or two, capitalised (or of a script without case)."""
    words = part.split()
    return 0 < len(words) <= MAX_SECTION_WORDS and not words[0][0].islower()


def title_parts(title: str) -> list[str]:
    """The parts of "<Headline> | <Site> | <Date>" between separators."""
    return [p for p in _separator(title).split(title) if p.strip()]


def _separator(title: str) -> re.Pattern[str]:
    if "«" not in title:
        return _SEPARATOR
    return _SEPARATOR_IN_QUOTES if "»" in title else _SEPARATOR_LEFT_GUILLEMET


def word_count(text: str) -> float:
    """Words of any script: runs of kana, ideographs or Hangul count by their length."""
    unspaced = sum(len(run) for run in _UNSPACED_RUN.findall(text))
    spaced = len(_UNSPACED_RUN.sub(" ", text).split())
    return spaced + unspaced / CHARS_PER_UNSPACED_WORD


def title_texts(candidates: list[str | None]) -> list[str]:
    """The title candidates that hold text, unescaped and trimmed."""
    # Some CMSs escape twice: "Harry &#39;s", "Thermen- &#038; Vulkanland" in meta content.
    return [html.unescape(c).strip() for c in candidates if c and c.strip()]


def choose_title(h1s: list[str], candidates: list[str | None], keys: set[str],
                 sole: Callable[[], str | None] | None = None, home: bool = False,
                 shown: Callable[[], set[str]] | None = None,
                 shows: Callable[[str], bool] | None = None
                 ) -> tuple[str | None, str | None]:
    """The headline's line and the title (`candidates`: the JSON-LD headline first, then
    the other titles). The line is the h1 that a title candidate
    confirms, else what `sole` gives (the page's one h1, where it is the article's: asked
    only here, as few pages need it), else the first candidate without the site: the body's
    trimming and the byline's and publisher's readers go by it. The title is the line unless
    an h1 or another candidate is the headline where the line is none (`_preferred`), or
    the line's one part that the page shows as a heading or as an element's whole text
    (`shown`: the squashed texts of its headings; `shows`: whether an element of the body
    holds that text and no more; asked only of a line of parts): those finer choices move
    the title alone. On
    the site's `home` page the site's name is the title."""
    texts = title_texts(candidates)
    # The first candidate is the JSON-LD headline, where the page gives one.
    headline_field = bool(title_texts(candidates[:1]))
    # The candidates often repeat one text (og:title and the JSON-LD headline): each text
    # is stripped once.
    done: dict[tuple[str, bool], str] = {}
    stripped = []
    for i, text in enumerate(texts):
        key = (text, headline_field and i == 0)
        if key not in done:
            done[key] = strip_site(text, keys, headline_field=key[1])
        stripped.append(done[key])
    squashed = {squash(t) for t in texts + stripped}
    chosen = _chosen(h1s, texts, stripped, squashed, keys, sole)
    if not chosen:
        return None, None
    sources = [*h1s, *stripped]
    preferred = _preferred(chosen, h1s, stripped, keys, home)
    if preferred == chosen and shown is not None and not home:
        preferred = _shown_part(chosen, shown, shows)
    line = _uncut(chosen, sources)
    return line, line if preferred == chosen else _uncut(preferred, sources)


def _chosen(h1s: list[str], texts: list[str], stripped: list[str], squashed: set[str],
            keys: set[str], sole: Callable[[], str | None] | None) -> str | None:
    keyed = [(h1, squash(h1)) for h1 in h1s]
    # The logo's h1 is the site's name, which the titles hold too.
    keyed = [(h1, key) for h1, key in keyed if key and key not in keys]
    # An h1 with the very words of a structured title, the first source first (an earlier
    # h1 may name a section that the <title> names too, "News - Site", where og:title is a
    # later h1's headline). The title's spelling wins: its spaces and quotes the page's
    # editors typed, not those markup left in the h1 ("pakda:<span>do").
    if keyed and any(key in squashed for _, key in keyed):
        for text, title in zip(texts, stripped, strict=True):
            for h1, key in keyed:
                if key in (squash(text), squash(title)):
                    return next((t for t in stripped if squash(t) == key), h1)
    for h1, key in keyed:
        if (len(key) > MIN_KICKED_TITLE_CHARS and any(key in s for s in squashed)
                and not _site_part(key, texts, keys)):
            return h1  # the headline inside a title the site's parts were not cut from
        # A kicker glued before the headline in the h1 ("Die Zukunft der Arbeit„Wir …“"):
        # the structured title is the h1's end.
        for title in stripped:
            end = squash(title)
            if len(end) > MIN_KICKED_TITLE_CHARS and key != end and key.endswith(end):
                return title
    headline = sole() if sole is not None else None
    if headline and _headline(squash(headline), texts, stripped, keys):
        # The page's one h1, in its article, that no structured title confirms: the
        # headline as the reader sees it, where og:title and JSON-LD word it for sharing or
        # search ("Dienstwagen: Kaufen oder Mieten? Was sich rechnet" for the h1's
        # "Dienstwagen: Kauf oder Miete?").
        return headline
    for title in stripped:
        if title:
            return title
    return h1s[0] if h1s else None


def _site_part(key: str, texts: list[str], keys: set[str]) -> bool:
    """The h1 (squashed) is a whole part of a title that names the site, the logo's words
    ("Headline - Example Entertainment News Blog" with that name in the h1): no headline,
    though the title holds it."""
    return any(key == squash(part) and _names_site(part, keys, True)
               for text in texts for part in title_parts(text))


def _preferred(chosen: str, h1s: list[str], stripped: list[str], keys: set[str],
               home: bool) -> str:
    """The title where the chosen line is no headline as the page sets it: an h1 that is a
    part of a title beside its subtitle or its writer's name, or that sets a kicker apart
    before the chosen structured title with a colon, else the chosen line where it is no
    site's name, else another title or an h1 that is none."""
    key = squash(chosen)
    keyed = [(h1, squash(h1)) for h1 in h1s]
    keyed = [(h1, k) for h1, k in keyed if k and k not in keys]
    if any(k == key for _, k in keyed):
        return chosen  # an h1 the sources confirm, or the article's only one
    for h1, k in keyed:
        # The h1 is one part of a title whose other parts are no site's name that a key
        # names: a headline beside its subtitle or its writer's name, where a part of a
        # word or two would be a section's ("News - Example Institute").
        if (any(k in squash(t) and _headline_part(k, t) for t in stripped)
                and word_count(h1) > MAX_SECTION_WORDS and not _names_site(h1, keys, True)):
            return h1
        # A colon after a kicker glued before the chosen structured title makes it the
        # headline's first words, as the site writes them ("Kicker: Headline"; kicker.py
        # keeps those too).
        if (len(key) > MIN_KICKED_TITLE_CHARS and k != key and k.endswith(key)
                and _colon_kicker(h1, chosen)):
            return h1
    if home or not (_names_site(chosen, keys, True) or _section_path(chosen)):
        return _without_name_end(chosen)
    # A title that is the site's name and nothing else ("Example Daily", "example.com"), or
    # the path of sections left where the site's name was cut ("Golf > News"), on a page
    # that is not the site's home is a template's: another title, else the h1, is the
    # article's headline; the first h1 of three words or more that is no site's name, as a
    # word or two is a section's ("Sport", "Forums").
    title = next((t for t in stripped
                  if t and not _names_site(t, keys, True) and not _section_path(t)), None)
    if title is not None:
        return title
    if not h1s:
        return chosen
    return next((h1 for h1, _ in keyed if word_count(h1) > MAX_SECTION_WORDS), h1s[0])


def _section_path(title: str) -> bool:
    """Two sections' names or more and nothing else, each after the same mark of a path
    ("Golf > News", "Politik › Inland"): a bar or a colon may part a short headline from
    its site's name or a kicker ("蔡健雅_百度百科", "Brexit: Chaos")."""
    spans, starts, ends = _part_bounds(title, _separator(title))
    marks = {title[start:end].strip() for start, end in spans}
    return (len(marks) == 1 and marks <= _PATH_MARKS
            and all(_section(title[start:end]) for start, end in zip(starts, ends, strict=True)))


def _shown_part(title: str, shown: Callable[[], set[str]],
                shows: Callable[[str], bool] | None = None) -> str:
    """The part of the title that the page shows alone as a heading, or as the whole text
    of an element (pages that set the headline in bold or in a table cell, not in h1-h6),
    where it is the title's longest and no colon sets it apart ("Headline - Web Site", "Wire
    | Company | Headline" with the headline in an h2): the other parts are the site's or its
    section's names, which no key named. A colon joins a kicker or a label to the headline
    as the site writes it ("Covid-19: Headline"), and a shorter part shown as a heading is a
    name ("Atlas — Plan every trip your own way")."""
    spans, starts, ends = _part_bounds(title, _separator(title))
    if not spans:
        return title
    parts = [title[start:end].strip() for start, end in zip(starts, ends, strict=True)]
    counts = [word_count(part) for part in parts]
    hit = counts.index(max(counts))
    marks = {title[start:end].strip() for start, end in spans[max(hit - 1, 0):hit + 1]}
    if counts.count(counts[hit]) > 1 or marks & {":", "："}:
        return title
    # The page's headings are read only here, for a title whose longest part may be one.
    texts = shown()
    key = squash(parts[hit])
    if not key or any(squash(part) in texts
                      for i, part in enumerate(parts) if i != hit and squash(part)):
        return title
    if key in texts or (shows is not None and shows(parts[hit])):
        return parts[hit]
    return title


def _without_name_end(title: str) -> str:
    """The title without a name after its last dash that no key names, where the name is
    capitalised word by word and the headline before it is not ("Lakeside crew wins the
    cup - Rowing News Weekly"): a site's or a section's name, not the headline's end ("… –
    Herrlich", "… - und Firma profitiert" are one word, or lower-case)."""
    spans = [m.span() for m in _separator(title).finditer(title)]
    if not spans or title[spans[-1][0]:spans[-1][1]].strip() not in ("-", "--", "–", "—"):
        return title
    head, name = title[:spans[-1][0]], title[spans[-1][1]:]
    if (_capitalised(name) and not _capitalised(head)
            and word_count(name) <= SHORT_PART_WORDS and word_count(name) < word_count(head)):
        return head.strip()
    return title


def _capitalised(text: str) -> bool:
    """Two words or more, each that opens with a letter opening with a capital."""
    words = [w for w in text.split() if w[0].isalpha()]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _headline_part(key: str, title: str) -> bool:
    """The h1 (squashed) is the part of a title where no site's name stands: its first part
    before a dash or a bar ("Headline - Subtitle"), or its last after a colon ("Author:
    Headline"). A site's name ends a title after a dash or a bar, or opens it before a
    colon, where no key names it."""
    spans = [m.span() for m in _separator(title).finditer(title)]
    if not spans:
        return False
    first, last = title[:spans[0][0]], title[spans[-1][1]:]
    opening = title[spans[0][0]:spans[0][1]].strip()
    closing = title[spans[-1][0]:spans[-1][1]].strip()
    return ((key == squash(first) and opening not in (":", "：", ""))
            or (key == squash(last) and closing in (":", "：")))


def _colon_kicker(h1: str, end: str) -> bool:
    """The h1 sets the words before its end apart with a colon as one types it, "Kicker:
    End" (a colon that markup glued to the next word, "Label :End", is none)."""
    key = squash(end)
    return any(squash(h1[i + 1:]) == key for i, c in enumerate(h1)
               if c == "：" or (c == ":" and h1[i + 1:i + 2].isspace()))


def _headline(key: str, texts: list[str], stripped: list[str], keys: set[str]) -> bool:
    """An unconfirmed h1 (squashed) may be the headline: it is no site's name, and no part of
    a title candidate beside the headline ("Blog Name: Headline"), nor a kicker before it."""
    if not key or key in keys:
        return False
    for text in texts:
        parts = [squash(p) for p in title_parts(text)]
        if len(parts) > 1 and key in parts:
            return False
    return not any(squash(t) and key.endswith(squash(t)) for t in stripped)


def undated(title: str) -> str:
    """The title without a part that is a date and nothing else at either end, where a
    headline of its own length stays ("23.01.2026 - Headline", "Headline | 5 May 2026"):
    the day the page was filed, not words of its headline."""
    if not _DIGIT.search(title):
        return title  # most titles: no date to look for
    spans = [m.span() for m in _separator(title).finditer(title)]
    if not spans:
        return title
    for head, rest in ((title[:spans[0][0]], title[spans[0][1]:]),
                       (title[spans[-1][1]:], title[:spans[-1][0]])):
        if _date_alone(head) and word_count(rest) > SHORT_PART_WORDS:
            return rest.strip()
    return title


def _date_alone(part: str) -> bool:
    """A date with no words but a month's name: "23.01.2026", "2026-01-23", "5 May 2026"."""
    part = part.strip()
    return (len(part) <= MAX_TITLE_DATE_CHARS and _DIGIT.search(part) is not None
            and sum(c.isalpha() for c in part) <= MAX_MONTH_LETTERS
            and (parse_text_date(part) or parse_machine_date(part)) is not None)


def _uncut(title: str, sources: list[str]) -> str:
    """The whole title where the chosen one was cut: it ends in an ellipsis ("A long
    headline…"), or an unescaped quote ended the attribute that held it ("Senator calls
    Biden " for "Senator calls Biden "unfit""); another source holds the rest."""
    title = " ".join(title.split())
    trimmed = title.endswith(("...", "…"))
    shown = title.rstrip(".… ") if trimmed else title
    for source in (" ".join(s.split()) for s in sources):
        rest = (source[len(shown):] if source.startswith(shown) else "").lstrip()
        # The fuller source goes on with words where the cut one has its ellipsis (one with
        # the same ellipsis, "Alles hat seine Zeit… | Site", is the title as written), or
        # ends in the quotation the attribute lost.
        if rest and ((trimmed and rest[0] not in ".…") or _QUOTED_END.fullmatch(rest)):
            return source
    return title
