"""An Article as plain text, Markdown, a clean HTML5 document or the JSON record.

Renderers read the blocks, never the page: whatever the source (HTML, flattened text, WARC),
the same record gives the same output. Every renderer is a pure function of the Article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html import escape
from urllib.parse import urlsplit

from .record import (
    CODE,
    EMPHASIS,
    FIGURE,
    HEADING,
    LINK,
    LIST_ITEM,
    QUOTE,
    STRONG,
    TABLE,
    Article,
    Block,
    Span,
)

# The title is the document's only level-1 heading; body headings start one below it.
_MIN_BODY_HEADING = 2
_MAX_HEADING = 6
# Separator of the metadata line in HTML: a symbol, not a word, so no language is assumed.
_META_SEPARATOR = " · "
# Kept small and inline so the document stands alone (no external requests, no build step).
_HTML_STYLE = (
    "body{max-width:42em;margin:2em auto;padding:0 1em;"
    "font:1.1em/1.6 Georgia,'Times New Roman',serif;color:#222}"
    "h1{line-height:1.2}.meta{color:#666;font-size:.9em}"
    "blockquote{margin-left:0;padding-left:1em;border-left:3px solid #ccc;color:#444}"
    "pre{overflow-x:auto;background:#f6f6f6;padding:.5em}"
    "figure{margin:1em 0}figure img{max-width:100%;height:auto}"
    "figcaption{color:#555;font-size:.9em}"
    "table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.2em .5em}"
)
# Only web addresses become links; anything else (javascript:, data:) could run in a browser.
_LINK_SCHEMES = ("http", "https")
_LANG_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")

# Markdown: characters that change inline meaning anywhere in a line...
_MD_INLINE = re.compile(r"([\\`*_\[\]<>])")
# ...and line openings that would start a heading, quote, list, rule or setext underline.
_MD_LINE_START = re.compile(r"^([#>+=-]|~~~)")
_MD_NUMBERED = re.compile(r"^(\d{1,9})([.)])")
_URL = re.compile(r"https?://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]")
# What a link destination in angle brackets may not hold as it is (the brackets, a line
# break, a backslash escape), with the rest of what a URL may not hold as it is (RFC 3986):
# percent-encoded, which a browser reads as the same address.
_MD_UNSAFE_IN_URL = re.compile(r'[\x00-\x20\x7f<>\\"`{}|^]')
# Emphasis delimiters; `*` (not `_`) also works inside a word.
_MD_MARKS = {STRONG: "**", EMPHASIS: "*"}
_HTML_MARKS = {STRONG: "strong", EMPHASIS: "em"}
# The front matter's fields, in order (YAML, between `---` lines).
_FRONT_MATTER = ("title", "date", "date_modified", "authors", "publisher", "url", "language",
                 "agencies")
# Characters a YAML double-quoted scalar must not hold as they are: the quote, the backslash,
# C0 and C1 controls, DEL, the Unicode line and paragraph separators, the byte order mark,
# and lone surrogates.
_YAML_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]')


def to_text(article: Article) -> str:
    """The title, a blank line, then the body exactly as the record's `text` field."""
    parts = [p for p in (article.title, article.text) if p]
    return "\n\n".join(parts)


def to_json(article: Article, indent: int | None = 2) -> str:
    """The JSON record: keys in RECORD_KEYS order, non-ASCII text kept readable."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def to_markdown(article: Article, links: bool = False) -> str:
    """A YAML front matter (title, dates, authors, publisher, URL, language, agencies), the
    title as `# `, then the body's headings, paragraphs, lists, quotes, code, tables and
    figures, with its emphasis.

    With links=True the body's links are inline links, the title links to the article's
    URL and bare web addresses in the text become autolinks; otherwise they stay as text.
    """
    chunks: list[str] = [front_matter(article)]
    if article.title:
        title = _md_inline(article.title, links=False)
        if links and _is_web_url(article.url):
            title = f"[{title}](<{_md_destination(article.url)}>)"
        chunks.append(f"# {title}")
    for group in _groups(article.blocks):
        chunks.append(_md_group(group, links))
    return "\n\n".join(c for c in chunks if c)


def front_matter(article: Article) -> str:
    """The record's metadata as a YAML front matter: every string double-quoted, lists in
    flow style, null where the record has no value."""
    lines = ["---"]
    for key in _FRONT_MATTER:
        value = getattr(article, key)
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(_yaml_string(v) for v in value)}]")
        else:
            lines.append(f"{key}: {'null' if value is None else _yaml_string(value)}")
    lines.append("---")
    return "\n".join(lines)


def _yaml_string(value: str) -> str:
    def escaped(match: re.Match[str]) -> str:
        char = match.group(0)
        if char in '"\\':
            return "\\" + char
        return f"\\u{ord(char):04x}"
    return '"' + _YAML_ESCAPE.sub(escaped, value) + '"'


def to_html(article: Article, links: bool = True) -> str:
    """A standalone HTML5 document: title, metadata line, then the body blocks, with the
    body's links (unless links=False) and emphasis."""
    head = ['<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if article.title:
        head.append(f"<title>{escape(article.title)}</title>")
    if _is_web_url(article.url):
        head.append(f'<link rel="canonical" href="{escape(article.url)}">')
    if article.authors:
        head.append(f'<meta name="author" content="{escape(", ".join(article.authors))}">')
    if article.description:
        head.append(f'<meta name="description" content="{escape(article.description)}">')
    head.append(f"<style>{_HTML_STYLE}</style>")

    body: list[str] = []
    if article.title:
        body.append(f"<h1>{escape(article.title)}</h1>")
    meta = _html_meta_line(article)
    if meta:
        body.append(f'<p class="meta">{meta}</p>')
    for group in _groups(article.blocks):
        body.append(_html_group(group, links))

    lang = article.language if article.language and _LANG_TAG.match(article.language) else None
    html_open = f'<html lang="{lang}">' if lang else "<html>"
    return "\n".join(["<!DOCTYPE html>", html_open, "<head>", *head, "</head>", "<body>",
                      "<article>", *body, "</article>", "</body>", "</html>"])


def _groups(blocks: list[Block]) -> Iterator[list[Block]]:
    """Runs of consecutive list items, and of consecutive quotes, are one group each."""
    run: list[Block] = []
    for block in blocks:
        if not block.text and block.kind != FIGURE:
            continue
        if run and block.kind == run[-1].kind and block.kind in (LIST_ITEM, QUOTE):
            run.append(block)
            continue
        if run:
            yield run
        run = [block]
    if run:
        yield run


def _heading_level(block: Block) -> int:
    return min(max(block.level, _MIN_BODY_HEADING), _MAX_HEADING)


def _is_web_url(url: str | None) -> bool:
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in _LINK_SCHEMES and bool(parts.netloc)


# ---------------------------------------------------------------- Markdown


def _md_inline(text: str, links: bool) -> str:
    if not links:
        return _MD_INLINE.sub(r"\\\1", text)
    out, last = [], 0
    for match in _URL.finditer(text):
        out.append(_MD_INLINE.sub(r"\\\1", text[last : match.start()]))
        out.append(f"<{match.group(0)}>")
        last = match.end()
    out.append(_MD_INLINE.sub(r"\\\1", text[last:]))
    return "".join(out)


def _md_destination(url: str) -> str:
    return _MD_UNSAFE_IN_URL.sub(lambda m: f"%{ord(m.group(0)):02X}", url)


def _segments(text: str, spans: tuple[Span, ...]
              ) -> list[tuple[str | None, list[tuple[str, frozenset[str]]]]]:
    """The text cut at every span boundary, as runs of one link target (None outside
    links), each a list of (piece, emphasis kinds over it)."""
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    runs: list[tuple[str | None, list[tuple[str, frozenset[str]]]]] = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if not 0 <= start < end <= len(text):
            continue
        over = [s for s in spans if s.start <= start and end <= s.end]
        url = next((s.url for s in over if s.kind == LINK and _is_web_url(s.url)), None)
        marks = frozenset(s.kind for s in over if s.kind in _MD_MARKS)
        if runs and runs[-1][0] == url:
            runs[-1][1].append((text[start:end], marks))
        else:
            runs.append((url, [(text[start:end], marks)]))
    return runs


def _md_rich(block: Block, links: bool) -> str:
    """One line of a block with its emphasis, and its links when links=True."""
    out = []
    for url, pieces in _segments(block.text, block.spans):
        autolink = links and url is None
        inner = "".join(_md_emphasis(piece, marks, autolink) for piece, marks in pieces)
        if links and url is not None and inner.strip():
            out.append(f"[{inner}](<{_md_destination(url)}>)")
        else:
            out.append(inner)
    return "".join(out)


def _md_emphasis(piece: str, marks: frozenset[str], autolink: bool) -> str:
    core = piece.strip()
    text = _md_inline(core, autolink)
    if core and marks:
        delimiter = "".join(_MD_MARKS[m] for m in sorted(marks, reverse=True))
        text = f"{delimiter}{text}{delimiter[::-1]}"
    # Delimiters next to white space would not open or close emphasis: it stays outside.
    lead = piece[: len(piece) - len(piece.lstrip())]
    trail = piece[len(piece.rstrip()):] if core else ""
    return lead + text + trail


def _md_block_lines(block: Block, links: bool) -> list[str]:
    """A block's escaped lines, with its links and emphasis where it has spans."""
    if block.spans and "\n" not in block.text:
        line = _md_rich(block, links)
        line = _MD_LINE_START.sub(r"\\\1", line)
        return [_MD_NUMBERED.sub(r"\1\\\2", line)]
    return _md_lines(block.text, links)


def _md_lines(text: str, links: bool) -> list[str]:
    """Escaped lines of one block, so no line opens a Markdown construct by accident."""
    lines = []
    for line in text.split("\n"):
        # Leading spaces would make an indented code block of a paragraph line.
        line = _md_inline(line.lstrip(), links)
        line = _MD_LINE_START.sub(r"\\\1", line)
        line = _MD_NUMBERED.sub(r"\1\\\2", line)
        lines.append(line)
    return lines


def _md_paragraph(block: Block, links: bool) -> str:
    # A backslash at the end of a line is CommonMark's hard line break.
    return "\\\n".join(_md_block_lines(block, links))


def _md_group(group: list[Block], links: bool) -> str:
    kind = group[0].kind
    if kind == LIST_ITEM:
        return _md_list(group, links)
    if kind == QUOTE:
        paragraphs = ["\n".join("> " + line for line in _md_paragraph(b, links).split("\n"))
                      for b in group]
        return "\n>\n".join(paragraphs)
    block = group[0]
    if kind == HEADING:
        return "#" * _heading_level(block) + " " + " ".join(_md_block_lines(block, links))
    if kind == CODE:
        longest = max((len(m) for m in re.findall(r"`+", block.text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{block.text}\n{fence}"
    if kind == TABLE and block.rows:
        return _md_table(block)
    if kind == FIGURE and block.image is not None:
        return _md_figure(block)
    return _md_paragraph(block, links)


def _md_table(block: Block) -> str:
    """A pipe table; a table without a header row gets an empty one, which pipe tables
    require."""
    width = len(block.rows[0])
    header = block.rows[0] if block.header else ("",) * width
    body = block.rows[1:] if block.header else block.rows
    lines = [_md_row(header), "|" + "|".join(["---"] * width) + "|"]
    lines.extend(_md_row(row) for row in body)
    return "\n".join(lines)


def _md_row(cells: tuple[str, ...]) -> str:
    return "| " + " | ".join(_md_inline(c, False).replace("|", "\\|") for c in cells) + " |"


def _md_figure(block: Block) -> str:
    """The picture, then on the next line its caption and credit in italics."""
    image = block.image
    assert image is not None
    lines = []
    if _is_web_url(image.url):
        alt = _md_inline(image.alt or "", False)
        lines.append(f"![{alt}](<{_md_destination(image.url)}>)")
    words = _META_SEPARATOR.join(t for t in (image.caption, image.credit) if t)
    if words:
        lines.append(f"*{_md_inline(words, False)}*")
    return "\\\n".join(lines)


def _md_list(items: list[Block], links: bool) -> str:
    """Nested lists: each level is indented by the width of its parent's marker."""
    lines: list[str] = []
    # One entry per open level: (ordered, next number, indent of its items).
    stack: list[tuple[bool, int, int]] = []
    for item in items:
        depth = min(max(item.level, 1), len(stack) + 1)
        del stack[depth:]
        if len(stack) == depth and stack[-1][0] != item.ordered:
            stack.pop()  # a switch between numbered and bulleted items starts a new list
        if len(stack) < depth:
            indent = stack[-1][2] + _marker_width(stack[-1]) if stack else 0
            stack.append((item.ordered, 1, indent))
        ordered, number, indent = stack[-1]
        marker = f"{number}." if ordered else "-"
        stack[-1] = (ordered, number + 1, indent)
        text_lines = _md_block_lines(item, links)
        pad = " " * (indent + len(marker) + 1)
        lines.append(" " * indent + marker + " " + ("\\\n" + pad).join(text_lines))
    return "\n".join(lines)


def _marker_width(level: tuple[bool, int, int]) -> int:
    ordered, number, _ = level
    return len(f"{max(number - 1, 1)}.") + 1 if ordered else 2


# ---------------------------------------------------------------- HTML


def _html_meta_line(article: Article) -> str:
    parts = []
    if article.authors:
        parts.append(escape(", ".join(article.authors)))
    if article.date:
        parts.append(f'<time datetime="{escape(article.date)}">{escape(article.date)}</time>')
    if article.publisher:
        parts.append(escape(article.publisher))
    if article.agencies:
        parts.append(escape(", ".join(article.agencies)))
    if _is_web_url(article.url):
        host = urlsplit(article.url).hostname or article.url
        parts.append(f'<a href="{escape(article.url)}">{escape(host)}</a>')
    return _META_SEPARATOR.join(parts)


def _html_text(text: str) -> str:
    return "<br>\n".join(escape(line) for line in text.split("\n"))


def _html_block(block: Block, links: bool) -> str:
    """A block's text with its emphasis, and its links when links=True."""
    if not block.spans:
        return _html_text(block.text)
    out = []
    for url, pieces in _segments(block.text, block.spans):
        inner = "".join(_html_emphasis(piece, marks) for piece, marks in pieces)
        if links and url is not None:
            out.append(f'<a href="{escape(url)}">{inner}</a>')
        else:
            out.append(inner)
    return "".join(out)


def _html_emphasis(piece: str, marks: frozenset[str]) -> str:
    text = _html_text(piece)
    for mark in sorted(marks):
        tag = _HTML_MARKS[mark]
        text = f"<{tag}>{text}</{tag}>"
    return text


def _html_table(block: Block) -> str:
    rows = [f"<tr>{''.join(f'<th>{escape(c)}</th>' for c in block.rows[0])}</tr>"] \
        if block.header else []
    head = f"<thead>{rows[0]}</thead>\n" if rows else ""
    body = [f"<tr>{''.join(f'<td>{escape(c)}</td>' for c in row)}</tr>"
            for row in block.rows[1 if block.header else 0:]]
    return f"<table>\n{head}<tbody>\n" + "\n".join(body) + "\n</tbody>\n</table>"


def _html_figure(block: Block) -> str:
    image = block.image
    assert image is not None
    parts = ["<figure>"]
    if _is_web_url(image.url):
        parts.append(f'<img src="{escape(image.url)}" alt="{escape(image.alt or "")}" '
                     'loading="lazy">')
    if image.caption or image.credit:
        caption = escape(image.caption or "")
        if image.credit:
            caption = f"{caption} <small>{escape(image.credit)}</small>".strip()
        parts.append(f"<figcaption>{caption}</figcaption>")
    parts.append("</figure>")
    return "\n".join(parts)


def _html_group(group: list[Block], links: bool) -> str:
    kind = group[0].kind
    if kind == LIST_ITEM:
        return _html_list(group, links)
    if kind == QUOTE:
        inner = "\n".join(f"<p>{_html_block(b, links)}</p>" for b in group)
        return f"<blockquote>\n{inner}\n</blockquote>"
    block = group[0]
    if kind == TABLE and block.rows:
        return _html_table(block)
    if kind == FIGURE and block.image is not None:
        return _html_figure(block)
    if kind == HEADING:
        level = _heading_level(block)
        return f"<h{level}>{_html_block(block, links)}</h{level}>"
    if kind == CODE:
        return f"<pre><code>{escape(block.text)}</code></pre>"
    return f"<p>{_html_block(block, links)}</p>"


def _html_list(items: list[Block], links: bool) -> str:
    """Consecutive items as one list; deeper items nest inside the previous item."""
    out: list[str] = []
    stack: list[bool] = []  # ordered flag of each open list

    def close_level() -> None:
        out[-1] += "</li>"
        out.append("</ol>" if stack.pop() else "</ul>")

    for item in items:
        depth = min(max(item.level, 1), len(stack) + 1)
        while len(stack) > depth:
            close_level()
        if len(stack) == depth and stack[-1] != item.ordered:
            close_level()
        if len(stack) == depth:
            out[-1] += "</li>"
        else:
            stack.append(item.ordered)
            out.append("<ol>" if item.ordered else "<ul>")
        out.append(f"<li>{_html_block(item, links)}")
    while stack:
        close_level()
    return "\n".join(out)
