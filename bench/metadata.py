"""Title, date and authors: how often pressclip and its peers get them right.

Pages: fundus_dev.jsonl.gz (modern news pages of 2023-2025, many languages; title, authors
and date on every page), trafilatura.jsonl.gz rows with `extra.meta_annotated`, and
readability.jsonl.gz (every row; a field counts only where it is annotated), and
htmldate.jsonl.gz (publication dates only: pages of 2011-2023, mostly German and English,
many of them blogs and institutions' pages, the widest test of dates here). Each reported
for the heldout part (sites never seen: bench/datasets.split_of) and for all pages; a field is
scored only on pages where its gold value is not null.

    python -m bench.metadata [--extractors pressclip trafilatura] [--sets fundus_dev]
                             [--limit N] [--write]

Matching rules. Text is normalised first: Unicode NFKC, case-folded, typographic quotes and
dashes made plain, invisible format characters (zero-width space …) dropped, whitespace
collapsed, surrounding punctuation stripped.
- title, `exact`: normalised prediction equals normalised gold (trafilatura's own metadata
  tests compare exact strings).
- title, `right` (the headline figure): exact, or one is the other plus site-name parts
  joined by a separator (`|`, `-`, `–`, `—`, `:`, `·`, `•`, `»`, `/`, `_`, and the
  full-width `｜` and `－`, and the Hangul bar `ㅣ`) before and/or after,
  e.g. gold "Headline | Site" and prediction "Headline", or "Site - Headline - Section".
  Some gold titles carry the site name and the issue asks for the headline without it:
  either form counts, nothing looser does. `«` and `»` are quotes to `normalise` (a French
  headline quotes with them where another page types '"'), so a `»` between site name and
  headline ("Site » Headline") is tried as a separator too, with both guillemets kept.
- date: the first 10 characters of the predicted ISO date equal the gold YYYY-MM-DD.
- authors, `exact`: the sets of normalised names are equal; gold [] means "no author",
  so an empty prediction is right there (trafilatura's eval_authors compares the author
  string exactly).
- authors, `lenient`: per page, names are paired when their word sets are equal or one's
  words are a subset of the other's ("J. Smith" never pairs with "John Smith", "Smith" does);
  the page scores the F1 of paired names (1 when both lists are empty, 0 when only one is);
  the table gives the mean over pages.
- authors, `F1` (token level): per page, the multiset of normalised word tokens of all the
  predicted names against that of the gold names; the page scores their F1 (1 when both
  lists are empty, 0 when only one is); the table gives the mean over pages. "Jane Doe" for
  "Jane A. Doe" scores 0.8 where `exact` and `lenient` score 0; an extra name costs precision.
- `credit F1`: authors F1 of the names the page credits. pressclip keeps a wire out of
  `authors` where people sign beside it (issue 13: "AFP" given as an author moves to
  `agencies`), and names it in both where it signs alone, as the gold of fundus_dev and
  trafilatura does ("Associated Press", "AFP"); a dateline's wire ("LONDON (AP) —") is an
  agency only. Here pressclip's credit is its record's authors, or the record's agencies
  (the metadata's and the credit lines' and datelines') where no one signs. The peers give
  one list: for them it is their authors F1.

The fields of issue 16 (pressclip only: the peers give none of them) have no gold in the sets;
they are scored against what each page declares, read here independently of pressclip's
readers (lxml.html and json, strict JSON only: the article-like JSON-LD node, else the
page-like one, else the meta tags).
- date_modified: the first 10 characters of pressclip's value equal the declared
  dateModified's (JSON-LD `dateModified`, else `article:modified_time` / `og:updated_time`),
  on pages that declare one in ISO form.
- tags: pressclip gives tags and one of them is a declared keyword (JSON-LD `keywords`,
  `article:tag`, `news_keywords`, `keywords`; split on commas and semicolons, case ignored).
- section: equal to the declared `articleSection` / `article:section` (case ignored).
- free access: equal to the declared `isAccessibleForFree` (the article's or a part's; any
  "false" makes the page not free).
- comments: the share of pages where pressclip reads any (no gold: a count, not a score).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import lxml.html

from bench import datasets
from bench.anchors import Anchor, Result, _result, anchor, page_url, quiet_peer_logs
from bench.report import Progress, header, table, write_section
from pressclip.metadata import PageMetadata, read_metadata
from pressclip.parse.html import parse_html

SETS = ("fundus_dev", "trafilatura", "readability", "htmldate")
DEFAULT_EXTRACTORS = ("pressclip", "trafilatura", "newspaper4k")
SECTION = "metadata"
TITLE_SEPARATORS = "|-–—:·•»/_｜－ㅣ"
_PLAIN_KEEPING_GUILLEMETS = {"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
                             "–": "-", "—": "-", "\u00a0": " "}
_PLAIN = str.maketrans({**_PLAIN_KEEPING_GUILLEMETS, "«": '"', "»": '"'})
_GUILLEMETS_KEPT = str.maketrans(_PLAIN_KEEPING_GUILLEMETS)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_EDGE_PUNCTUATION = " \t\n\"'.,;:!?()[]{}-|"


def normalise(text: str | None, guillemets_as_quotes: bool = True) -> str:
    if not text:
        return ""
    plain = _PLAIN if guillemets_as_quotes else _GUILLEMETS_KEPT
    text = unicodedata.normalize("NFKC", text).casefold().translate(plain)
    # Invisible format characters (zero-width space, word joiner) are no difference a reader
    # sees.
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return _SPACES.sub(" ", text).strip(_EDGE_PUNCTUATION)


def _is_site_part(rest: str, before: bool) -> bool:
    """`rest` is empty, or a site-name part: a separator then (or after) a non-empty name.
    The quotes and marks at the headline's edge stand in `rest` beside the separator ("?' -
    site" of "'Quote?' - Site"): normalise took them off the shorter title's edges."""
    rest = rest.strip(" .,;!?\"'")
    if not rest:
        return True
    edge, name = (rest[-1], rest[:-1]) if before else (rest[0], rest[1:])
    return edge in TITLE_SEPARATORS and bool(name.strip())


def title_exact(predicted: str | None, gold: str) -> bool:
    return bool(predicted) and normalise(predicted) == normalise(gold)


def title_right(predicted: str | None, gold: str) -> bool:
    # With the guillemets as quotes a "»" between site and headline is no separator any
    # more: the titles are compared once more with them kept.
    return any(_title_right(normalise(predicted, quotes), normalise(gold, quotes))
               for quotes in (True, False))


def _title_right(pred: str, want: str) -> bool:
    if not pred or not want:
        return pred == want
    if pred == want:
        return True
    short, long = sorted((pred, want), key=len)
    start = long.find(short)
    while start >= 0:
        end = start + len(short)
        if _is_site_part(long[:start], before=True) and _is_site_part(long[end:], before=False):
            return True
        start = long.find(short, start + 1)
    return False


def date_right(predicted: str | None, gold: str) -> bool:
    return bool(predicted) and predicted[:10] == gold


def _names(authors: list[str]) -> list[str]:
    return [n for n in (normalise(a) for a in authors) if n]


def authors_exact(predicted: list[str], gold: list[str]) -> bool:
    return set(_names(predicted)) == set(_names(gold))


def authors_lenient(predicted: list[str], gold: list[str]) -> float:
    pred = [frozenset(_WORD.findall(n)) for n in _names(predicted)]
    want = [frozenset(_WORD.findall(n)) for n in _names(gold)]
    if not pred and not want:
        return 1.0
    if not pred or not want:
        return 0.0
    unpaired = list(want)
    paired = 0
    for name in pred:
        for i, gold_name in enumerate(unpaired):
            if name and gold_name and (name <= gold_name or gold_name <= name):
                paired += 1
                del unpaired[i]
                break
    if not paired:
        return 0.0
    precision, recall = paired / len(pred), paired / len(want)
    return 2 * precision * recall / (precision + recall)


def authors_f1(predicted: list[str], gold: list[str]) -> float:
    pred = Counter(w for n in _names(predicted) for w in _WORD.findall(n))
    want = Counter(w for n in _names(gold) for w in _WORD.findall(n))
    if not pred and not want:
        return 1.0
    common = sum((pred & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(pred.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


@dataclass
class Tally:
    title: list[bool] = field(default_factory=list)
    title_exact: list[bool] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    authors: list[bool] = field(default_factory=list)
    authors_lenient: list[float] = field(default_factory=list)
    authors_f1: list[float] = field(default_factory=list)
    credit_f1: list[float] = field(default_factory=list)

    def add(self, row: dict, result: dict, agencies: list[str] | None = None) -> None:
        if row.get("title") is not None:
            self.title.append(title_right(result["title"], row["title"]))
            self.title_exact.append(title_exact(result["title"], row["title"]))
        if row.get("date") is not None:
            self.date.append(date_right(result["date"], row["date"]))
        if row.get("authors") is not None:
            self.authors.append(authors_exact(result["authors"], row["authors"]))
            self.authors_lenient.append(authors_lenient(result["authors"], row["authors"]))
            self.authors_f1.append(authors_f1(result["authors"], row["authors"]))
            self.credit_f1.append(authors_f1(result["authors"] or agencies or [],
                                             row["authors"]))


_ISO_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_KEYWORD_SPLIT = re.compile(r"\s*[,;]\s*")
_ARTICLE_TYPE = re.compile(r"article|posting|report", re.I)
_PAGE_TYPE = re.compile(r"webpage", re.I)


def _ld_objects(value: object) -> list[dict]:
    """Every object in a JSON-LD value, depth first."""
    found, todo = [], [value]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            found.append(item)
            todo.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            todo.extend(item)
    return found


def _type_text(node: dict) -> str:
    kind = node.get("@type")
    return " ".join(kind) if isinstance(kind, list) else str(kind or "")


def _words(value: object) -> list[str]:
    items = value if isinstance(value, list) else [value]
    words = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str):
            words += [w.casefold() for w in _KEYWORD_SPLIT.split(item) if w.strip()]
    return words


def declared_fields(html: str) -> dict:
    """What the page declares: dateModified's day, keywords, section, free access."""
    try:
        doc = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {}
    nodes = []
    for script in doc.xpath("//script[@type='application/ld+json']"):
        try:
            nodes += _ld_objects(json.loads(script.text_content()))
        except ValueError:
            continue
    main = ([n for n in nodes if _ARTICLE_TYPE.search(_type_text(n))]
            or [n for n in nodes if _PAGE_TYPE.search(_type_text(n))])
    metas: dict[str, list[str]] = {}
    for element in doc.xpath("//meta[@content]"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        metas.setdefault(key, []).append(element.get("content"))
    out: dict = {}
    modified = next((n["dateModified"] for n in main if isinstance(n.get("dateModified"), str)),
                    None) or next((v for k in ("article:modified_time", "og:updated_time")
                                   for v in metas.get(k, [])), None)
    match = _ISO_DAY.match(modified or "")
    if match:
        out["date_modified"] = match[1]
    keywords = next((_words(n["keywords"]) for n in main if n.get("keywords")), []) or next(
        (w for k in ("article:tag", "news_keywords", "keywords")
         for w in [_words(metas.get(k, []))] if w), [])
    if keywords:
        out["tags"] = set(keywords)
    section = next((n["articleSection"] for n in main if n.get("articleSection")), None) or next(
        iter(metas.get("article:section", [])), None)
    if isinstance(section, list):
        section = section[0] if section else None
    if isinstance(section, str) and section.strip():
        out["section"] = section.strip().casefold()
    said = [n.get("isAccessibleForFree") for n in main]
    said += [part.get("isAccessibleForFree")
             for n in main for part in _ld_objects(n.get("hasPart"))]
    said = [str(v).strip().casefold() for v in said if v is not None]
    if said:
        out["free"] = "false" not in said
    return out


@dataclass
class FieldTally:
    """pressclip's issue-16 fields against what the pages declare."""

    date_modified: list[bool] = field(default_factory=list)
    tags: list[bool] = field(default_factory=list)
    section: list[bool] = field(default_factory=list)
    free: list[bool] = field(default_factory=list)
    comments: list[bool] = field(default_factory=list)

    def add(self, declared: dict, meta: PageMetadata) -> None:
        if "date_modified" in declared:
            self.date_modified.append(date_right(meta.date_modified, declared["date_modified"]))
        if "tags" in declared:
            self.tags.append(any(t.casefold() in declared["tags"] for t in meta.tags))
        if "section" in declared:
            self.section.append((meta.section or "").strip().casefold() == declared["section"])
        if "free" in declared:
            self.free.append(meta.is_accessible_for_free == declared["free"])
        self.comments.append(bool(meta.comments))


def _pressclip_credits(html: str, url: str | None, lang: str | None = None) -> Result:
    """bench.anchors' pressclip result, with the record's agencies for the credit F1."""
    import pressclip

    # As bench.anchors.pressclip_extract: quotes and entities are not metadata.
    art = pressclip.extract(html, url=url, facts=False)
    result = _result(art.text, art.title, art.date, list(art.authors))
    result["agencies"] = list(art.agencies)
    return result


def _share(values: list[bool]) -> str:
    if not values:
        return "-"
    return f"{sum(values) / len(values):.3f} ({sum(values)}/{len(values)})"


def _mean(values: list[float]) -> str:
    return f"{statistics.fmean(values):.3f}" if values else "-"


def _annotated(name: str, row: dict) -> bool:
    if name == "trafilatura":
        return bool((row.get("extra") or {}).get("meta_annotated"))
    return any(row.get(k) is not None for k in ("title", "date", "authors"))


COLUMNS = ("set", "part", "extractor", "title right", "title exact", "date", "authors exact",
           "authors lenient", "authors F1", "credit F1", "errors")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--extractors", nargs="+", default=list(DEFAULT_EXTRACTORS))
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    parser.add_argument("--limit", type=int, help="at most this many annotated pages per set")
    parser.add_argument("--write", action="store_true",
                        help="replace the metadata section of bench/RESULTS.md")
    args = parser.parse_args(argv)
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    quiet_peer_logs()
    anchors = [Anchor(name, _pressclip_credits) if name == "pressclip" else anchor(name)
               for name in args.extractors]

    rows_out = []
    field_rows = []
    # Heldout pages by language, every set together: (language, extractor) -> tally.
    by_language: dict[tuple[str, str], Tally] = defaultdict(Tally)
    for name in args.sets:
        tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
        fields: dict[str, FieldTally] = defaultdict(FieldTally)
        errors_before = {a.name: a.errors for a in anchors}
        progress = Progress(name)
        for row in datasets.rows(name):
            if args.limit is not None and progress.done >= args.limit:
                break
            if not _annotated(name, row):
                continue
            parts = ("all", "heldout") if datasets.split_of(row) == "heldout" else ("all",)
            meta = (read_metadata(parse_html(row["html"]), page_url(row))
                    if "pressclip" in args.extractors else None)
            for a in anchors:
                result = a(row["html"], page_url(row), row.get("lang"))
                agencies = result.get("agencies")
                for part in parts:
                    tallies[(part, a.name)].add(row, result, agencies)
                if "heldout" in parts:
                    by_language[(row.get("lang") or "?", a.name)].add(row, result)
            if meta:
                declared = declared_fields(row["html"])
                for part in parts:
                    fields[part].add(declared, meta)
            progress.step()
        progress.finish()
        for part in ("heldout", "all"):
            for a in anchors:
                t = tallies[(part, a.name)]
                rows_out.append((
                    name, part, a.name, _share(t.title), _share(t.title_exact), _share(t.date),
                    _share(t.authors), _mean(t.authors_lenient), _mean(t.authors_f1),
                    _mean(t.credit_f1), a.errors - errors_before[a.name] if part == "all" else "",
                ))
            f = fields[part]
            if f.comments:
                field_rows.append((name, part, _share(f.date_modified), _share(f.tags),
                                   _share(f.section), _share(f.free), _share(f.comments)))

    # Ties by name: the set's order follows string hashing, which changes from run to run.
    languages = sorted({lang for lang, _ in by_language},
                       key=lambda lang: (-len(by_language[(lang, anchors[0].name)].title), lang))
    language_rows = [
        (lang, a.name, _share(t.title_exact), _share(t.date), _mean(t.authors_f1))
        for lang in languages for a in anchors for t in [by_language[(lang, a.name)]]
    ]
    markdown = "\n".join([
        header("Metadata accuracy"),
        "Share of annotated pages right (right/annotated); matching rules in the docstring "
        "of bench/metadata.py. `errors` = exceptions, scored as empty output.\n",
        table(COLUMNS, rows_out),
        "\n### Heldout pages by language (the sets above together)\n",
        table(("language", "extractor", "title exact", "date", "authors F1"), language_rows),
        "\n### Issue 16 fields against what the pages declare (pressclip)\n",
        "Right/declaring pages; `comments`: pages where any are read/all pages. Rules in the "
        "docstring of bench/metadata.py.\n",
        table(("set", "part", "date_modified same day", "tags", "section", "free access",
               "comments read"), field_rows),
    ])
    print(markdown)
    if args.write:
        write_section(SECTION, markdown)


if __name__ == "__main__":
    main()
