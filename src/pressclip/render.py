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

from .record import CODE, HEADING, LIST_ITEM, QUOTE, Article, Block

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


def to_text(article: Article) -> str:
    """The title, a blank line, then the body exactly as the record's `text` field."""
    parts = [p for p in (article.title, article.text) if p]
    return "\n\n".join(parts)


def to_json(article: Article, indent: int | None = 2) -> str:
    """The JSON record: keys in RECORD_KEYS order, non-ASCII text kept readable."""
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def to_markdown(article: Article, links: bool = False) -> str:
    """The title as `# `, then the body's headings, paragraphs, lists, quotes and code.

    With links=True the title links to the article's URL and bare web addresses in the text
    become autolinks; otherwise they stay as escaped text.
    """
    chunks: list[str] = []
    if article.title:
        title = _md_inline(article.title, links=False)
        if links and _is_web_url(article.url):
            title = f"[{title}](<{_md_destination(article.url)}>)"
        chunks.append(f"# {title}")
    for group in _groups(article.blocks):
        chunks.append(_md_group(group, links))
    return "\n\n".join(c for c in chunks if c)


def to_html(article: Article) -> str:
    """A standalone HTML5 document: title, metadata line, then the body blocks."""
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
        body.append(_html_group(group))

    lang = article.language if article.language and _LANG_TAG.match(article.language) else None
    html_open = f'<html lang="{lang}">' if lang else "<html>"
    return "\n".join(["<!DOCTYPE html>", html_open, "<head>", *head, "</head>", "<body>",
                      "<article>", *body, "</article>", "</body>", "</html>"])


def _groups(blocks: list[Block]) -> Iterator[list[Block]]:
    """Runs of consecutive list items, and of consecutive quotes, are one group each."""
    run: list[Block] = []
    for block in blocks:
        if not block.text:
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


def _md_paragraph(text: str, links: bool) -> str:
    # A backslash at the end of a line is CommonMark's hard line break.
    return "\\\n".join(_md_lines(text, links))


def _md_group(group: list[Block], links: bool) -> str:
    kind = group[0].kind
    if kind == LIST_ITEM:
        return _md_list(group, links)
    if kind == QUOTE:
        paragraphs = ["\n".join("> " + line for line in _md_paragraph(b.text, links).split("\n"))
                      for b in group]
        return "\n>\n".join(paragraphs)
    block = group[0]
    if kind == HEADING:
        return "#" * _heading_level(block) + " " + " ".join(_md_lines(block.text, links))
    if kind == CODE:
        longest = max((len(m) for m in re.findall(r"`+", block.text)), default=0)
        fence = "`" * max(3, longest + 1)
        return f"{fence}\n{block.text}\n{fence}"
    return _md_paragraph(block.text, links)


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
        text_lines = _md_lines(item.text, links)
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


def _html_group(group: list[Block]) -> str:
    kind = group[0].kind
    if kind == LIST_ITEM:
        return _html_list(group)
    if kind == QUOTE:
        inner = "\n".join(f"<p>{_html_text(b.text)}</p>" for b in group)
        return f"<blockquote>\n{inner}\n</blockquote>"
    block = group[0]
    if kind == HEADING:
        level = _heading_level(block)
        return f"<h{level}>{_html_text(block.text)}</h{level}>"
    if kind == CODE:
        return f"<pre><code>{escape(block.text)}</code></pre>"
    return f"<p>{_html_text(block.text)}</p>"


def _html_list(items: list[Block]) -> str:
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
        out.append(f"<li>{_html_text(item.text)}")
    while stack:
        close_level()
    return "\n".join(out)
