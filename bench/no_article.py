"""Saying "no article": pages without one must give no body, pages with one must give one.

Two kinds of no-article page and two of article page, all on the same extractors in one run:
- hand-written pages in tests/data/no_article/ (a menu, header and footer, a consent notice,
  a list of links, a section front, an error page, a sign-in form, a Japanese news list);
- real shared pages with their article taken out: every element whose text is mostly gold
  body (word trigrams, as training/locator_data.py labels blocks) is dropped from the DOM,
  with the JSON-LD that repeats the article, leaving the page's furniture (headline, menus,
  teasers, footer); pages where more than MAX_GOLD_LEFT of the gold's shingles survive the
  cut are skipped (the article was not in plain elements);
- the same pages whole: article pages, where an empty answer is the other error;
- the same pages with their article cut down to its first paragraph of SHORT_MIN_WORDS
  words or more (short articles: a brief, a one-paragraph item), in the same furniture:
  the article pages most easily taken for furniture.

An extractor says "no article" when its text holds no word. Reported per kind: no-article
pages given a body (false bodies), article pages given none (missed articles), and the
no-article decision's precision and recall (short articles count among the article pages).

    python -m bench.no_article                      # heldout split, pressclip and trafilatura
    python -m bench.no_article --split train        # the pages a decision may be tuned on
    python -m bench.no_article --write              # also replace the section in RESULTS.md

The locator's decision is learned from the train split's pages by
`python -m training.train_no_article` (which reads them through `pages` here).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree, html

from bench import datasets
from bench.anchors import EXTRACTORS, anchor, page_url, quiet_peer_logs
from bench.report import Progress, header, table, write_section
from bench.scoring import tokens

HANDWRITTEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "no_article"
SECTION = "no_article"
_WORD = re.compile(r"\w+", re.UNICODE)
# An element is article text when at least this share of its word trigrams is in the gold.
ARTICLE_SHARE = 0.5
# A page whose gold keeps more than this share of its 4-token shingles after the cut still
# holds article text, and is left out.
MAX_GOLD_LEFT = 0.1
MIN_GOLD_COVERAGE = 0.5
# A script holding this share of the gold's word trigrams repeats the article.
SCRIPT_GOLD_SHARE = 0.3
# lxml refuses to set a text holding a C0 control character (drop_tree joins tails), and
# some pages hold them: they go before the page is parsed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# A short article keeps the first paragraph of at least this many words.
SHORT_MIN_WORDS = 20


ARTICLE_KINDS = ("article", "short article")


@dataclass(frozen=True)
class Page:
    kind: str  # "handwritten", "article removed", "article" or "short article"
    set_name: str
    page_id: str
    html: str
    url: str | None
    lang: str | None
    gold: str | None = None  # the gold body of an article page


    @property
    def has_article(self) -> bool:
        return self.kind in ARTICLE_KINDS


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _trigrams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def _shingles(text: str) -> set[tuple[str, ...]]:
    toks = tokens(text)
    return {tuple(toks[i:i + 4]) for i in range(len(toks) - 3)}


def _parse(page_html: str) -> html.HtmlElement | None:
    try:
        return html.document_fromstring(_CONTROL.sub("", page_html))
    except (etree.ParserError, ValueError):
        return None


def _drop_article_scripts(root: html.HtmlElement, gold_tri: set[tuple[str, ...]]) -> None:
    """Scripts that repeat the article (JSON-LD, hydration state) go too: the page's data
    holding the article is a page with one (locate/embedded.py reads it)."""
    for script in list(root.iter("script")):
        text = script.text or ""
        if "articlebody" in text.lower() or (
                gold_tri and len(_trigrams(_words(text)) & gold_tri)
                >= SCRIPT_GOLD_SHARE * len(gold_tri)):
            script.drop_tree()


def _mostly_article(el: html.HtmlElement, gold_tri: set[tuple[str, ...]]) -> bool:
    words = _words(el.text_content())
    tri = _trigrams(words)
    return len(words) >= 3 and bool(tri) and len(tri & gold_tri) / len(tri) >= ARTICLE_SHARE


def shorten_article(page_html: str, gold: str) -> tuple[str, str] | None:
    """The page with its article cut down to its headline and its first paragraph of
    SHORT_MIN_WORDS words or more, in the same furniture (a one-paragraph news item, a
    brief), and that paragraph's text; None when the article has no such paragraph or only
    one paragraph."""
    root = _parse(page_html)
    if root is None:
        return None
    gold_tri = _trigrams(_words(gold))
    _drop_article_scripts(root, gold_tri)
    mostly = [el for el in root.iter(etree.Element)
              if el.getparent() is not None and el.tag not in ("html", "body", "head")
              and _mostly_article(el, gold_tri)]
    # The innermost article elements (paragraphs, list items, headings): those holding no
    # other article element.
    holders: set[html.HtmlElement] = set()
    for el in mostly:
        holders.update(el.iterancestors())
    leaves = [el for el in mostly if el not in holders]
    first = next((el for el in leaves if el.tag != "h1"
                  and len(_words(el.text_content())) >= SHORT_MIN_WORDS), None)
    if first is None or len(leaves) < 2:
        return None
    kept = first.text_content()
    for el in leaves:
        # The headline stays: a brief has one.
        if el is not first and el.tag != "h1":
            el.drop_tree()
    return html.tostring(root, encoding="unicode"), kept


def remove_article(page_html: str, gold: str) -> str | None:
    """The page without the elements that hold its gold body, or None when the article is
    not in plain elements (too much of it is left)."""
    root = _parse(page_html)
    if root is None:
        return None
    gold_tri = _trigrams(_words(gold))
    _drop_article_scripts(root, gold_tri)
    # Deepest elements first: a paragraph goes before the container that holds it, and the
    # container goes too only when what is left of it is still mostly article.
    for el in reversed(list(root.iter(etree.Element))):
        if el.getparent() is None or el.tag in ("html", "body", "head"):
            continue
        if _mostly_article(el, gold_tri):
            el.drop_tree()
    left = html.tostring(root, encoding="unicode")
    gold_shingles = _shingles(gold)
    if not gold_shingles:
        return None
    # What a reader sees: scripts (page state that repeats the article), styles and the head
    # are no part of it, and no extractor here takes a body from them.
    for el in root.xpath("//head|//script|//style|//noscript|//template"):
        el.drop_tree()
    visible = root.text_content()
    if len(_shingles(visible) & gold_shingles) / len(gold_shingles) > MAX_GOLD_LEFT:
        return None
    return left


def pages(split: str, sets: tuple[str, ...], limit: int | None) -> Iterator[Page]:
    for path in sorted(HANDWRITTEN.glob("*.html")):
        yield Page("handwritten", "tests/data", path.stem, path.read_text("utf-8"), None, None)
    for name in sets:
        count = 0
        for row in datasets.rows(name, split=split):
            if limit is not None and count >= limit:
                break
            extra = row.get("extra") or {}
            try:
                coverage = float(extra.get("gold_coverage", 1.0))
            except (TypeError, ValueError):
                coverage = 1.0
            if not tokens(row.get("body")) or coverage < MIN_GOLD_COVERAGE \
                    or extra.get("synthetic"):
                continue
            count += 1
            url, lang = page_url(row), row.get("lang")
            yield Page("article", name, row["id"], row["html"], url, lang, row["body"])
            cut = remove_article(row["html"], row["body"])
            if cut is not None:
                yield Page("article removed", name, row["id"], cut, url, lang)
            short = shorten_article(row["html"], row["body"])
            if short is not None:
                yield Page("short article", name, row["id"], short[0], url, lang, short[1])


# A missed article loses a whole page of body (a collapsed page); a false body on a page of
# furniture costs a reader much less: a miss counts this many times as much when
# training/train_no_article.py chooses the locator's no-article cut. 30 since issue 13's
# empties round (20 before): out of fold on the train split, whole articles the trees refused 16
# -> 13 (body F1 lost 6.0 -> 3.3; with a selection of F1 0.5 or more 6 -> 3), short articles
# 56 -> 48 (F1 2.2 both), for 297 -> 365 of 1,309 no-article pages given a body. 100 since
# the locator's prose_context columns, whose scores make a cut page's leftovers read more
# like an article: on the train split (this module, --split train --extractors pressclip),
# article pages given none / short articles given none / cut pages given a body: 30: 29 /
# 66 / 629 (commit 38ef577, on an older main), 60: 24 / 47 / 761, 80: 24 / 46 / 751, 100:
# 21 / 43 / 780; the old locator with the old gate: 21 / 69 / 651. Only 100 keeps the
# article pages given none at the old locator's.
MISS_COST = 100.0


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", nargs="+", default=list(datasets.BODY_SETS),
                        choices=datasets.BODY_SETS)
    parser.add_argument("--extractors", nargs="+", default=["pressclip", "trafilatura"],
                        choices=list(EXTRACTORS))
    parser.add_argument("--split", choices=("heldout", "train"), default="heldout")
    parser.add_argument("--limit", type=int, help="at most this many article pages per set")
    parser.add_argument("--list", action="store_true",
                        help="print each page pressclip gets wrong (on stderr)")
    parser.add_argument("--write", action="store_true",
                        help="replace the no-article section of bench/RESULTS.md")
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    quiet_peer_logs()
    anchors = [anchor(name) for name in args.extractors]
    # (extractor, kind, set) -> [pages, given a body]
    counts: dict[tuple[str, str, str], list[int]] = defaultdict(lambda: [0, 0])
    progress = Progress("no_article")
    for page in pages(args.split, tuple(args.sets), args.limit):
        for a in anchors:
            given = bool(tokens(a(page.html, page.url, page.lang)["text"]))
            for set_name in (page.set_name, "all"):
                c = counts[(a.name, page.kind, set_name)]
                c[0] += 1
                c[1] += given
            if args.list and a.name == "pressclip" and given != page.has_article:
                print(json.dumps({"kind": page.kind, "id": page.page_id, "given": given}),
                      file=sys.stderr)
        progress.step()
    progress.finish()

    rows = []
    for a in anchors:
        no_pages = sum(counts[(a.name, k, "all")][0] for k in ("handwritten", "article removed"))
        no_given = sum(counts[(a.name, k, "all")][1] for k in ("handwritten", "article removed"))
        art_pages, art_given = counts[(a.name, "article", "all")]
        short_pages, short_given = counts[(a.name, "short article", "all")]
        said_none = (no_pages - no_given) + (art_pages - art_given) + (short_pages - short_given)
        precision = (no_pages - no_given) / said_none if said_none else 0.0
        recall = (no_pages - no_given) / no_pages if no_pages else 0.0
        hand = counts[(a.name, "handwritten", "all")]
        cut = counts[(a.name, "article removed", "all")]
        rows.append((a.name, f"{hand[1]} of {hand[0]}", f"{cut[1]} of {cut[0]}",
                     f"{art_pages - art_given} of {art_pages}",
                     f"{short_pages - short_given} of {short_pages}", precision, recall))
    by_set = []
    for (name, kind, set_name), (n, given) in sorted(counts.items()):
        if set_name != "all" and kind != "handwritten":
            shown = given if kind == "article removed" else n - given
            by_set.append((name, set_name, kind, n, shown))
    n_hand = len(list(HANDWRITTEN.glob("*.html")))
    markdown = "\n".join([
        header("No article"), "",
        f"Pages on the **{args.split}** split of the full-body sets (synthetic pages and pages "
        f"whose gold the HTML cannot give left out), each whole (an article page) and with its "
        f"article cut out of the DOM (a no-article page) and cut down to its first paragraph "
        f"of {SHORT_MIN_WORDS} words or more (a short article), plus the {n_hand} hand-written"
        " no-article pages of tests/data/no_article. A page is given a body when "
        "the extracted text holds a word. Precision and recall are those of the answer "
        "\"no article\".\n",
        table(("extractor", "hand-written given a body", "article removed given a body",
               "article pages given none", "short articles given none", "no-article precision",
               "no-article recall"), rows),
        "\nPer set (`errors`: no-article pages given a body, article pages given none):\n",
        table(("extractor", "set", "kind", "pages", "errors"), by_set),
    ]) + "\n"
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
