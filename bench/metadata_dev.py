"""Development figures for pressclip.metadata (the lead's bench/metadata.py is the benchmark).

    python -m bench.metadata_dev --language      language identifiers compared
    python -m bench.metadata_dev --dates [--split train|heldout]
    python -m bench.metadata_dev --fields [--split train|heldout]
    python -m bench.metadata_dev --write-months   regenerate metadata/month_names.py (CLDR)
    python -m bench.metadata_dev --write-names    regenerate metadata/place_names.py (CLDR)

--fields: title, date and authors of read_metadata() beside trafilatura.extract_metadata()
(its metadata step, extensive date search on) in the same run, scored with bench/metadata.py's
matching rules (credit F1: the metadata's agencies where no person signs), on
fundus_dev.jsonl.gz, trafilatura.jsonl.gz rows with extra.meta_annotated and
readability.jsonl.gz, with CPU ms per page for each (parse included; one process, so
the ratio of the two holds on a loaded machine); --show prints pressclip's misses of a
field (read them on the train split only).
--dates: read_metadata()'s date beside htmldate.find_date (fast and extensive search) on
htmldate.jsonl.gz and the annotated trafilatura rows, with ms per page.
--sources: on the rows of one split with title or author gold (fundus_dev, the annotated
trafilatura rows, readability without its synthetic pages, l3s_gn1's titles), how often each
source of the title (first h1, og:title, twitter:title, JSON-LD headline, <title> whole and
with the site's parts cut) and of the authors (JSON-LD, meta tags, microdata, the visible
byline, each cleaned as read_metadata cleans it) agrees with the gold, per set; and how many
gold author lists name a wire agency. The evidence for the order read_metadata tries them in.
--dump FILE: pressclip's title, date, authors and agencies on every annotated page of one
split (the sets of bench/metadata.py, and l3s_gn1's titles), with the page's gold, as JSON
Lines (--visible-only: JSON-LD, author meta tags and microdata authors removed first, as on
a site whose structured data names no one; --record: the whole record's, as bench/metadata.py
scores it, the passes after the metadata included); --compare OLD NEW: the per-set counts of two
dumps (title exact, date same day, authors F1 and credit F1 summed) and the pages whose
field changed, the sums given for all pages and for each half of the sites
(bench.metadata_authors.site_half): a rule is judged on every set's train pages in one run
of the reader, without the peers, and kept where it wins on both halves. --misses DUMP
(train dumps only): the pages of a dump where a field is wrong, with gold and ours.
--write-names: the weekday and place names of src/pressclip/metadata/place_names.py, from
CLDR through Babel and the IANA time zones' cities (see write_names).
--write-months: the month names of src/pressclip/metadata/month_names.py, from the Unicode
CLDR through Babel (installed with trafilatura's courlan; pressclip itself never imports it).
--language: agreement with the `lang` field of the trafilatura and readability sets (synthetic
pages left out) on titles, first body segments and body starts, with ms per call.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import statistics
import textwrap
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from bench import datasets
from bench.anchors import page_url
from bench.metadata import (
    authors_exact,
    authors_f1,
    authors_lenient,
    date_right,
    title_exact,
    title_right,
)

LANGUAGE_SAMPLE_CHARS = 1000


def _language_samples() -> dict[str, list[tuple[str, str]]]:
    samples: dict[str, list[tuple[str, str]]] = {"titles": [], "first segment": [],
                                                 "body start": []}
    for row in datasets.rows("trafilatura"):
        if not row["lang"]:
            continue
        if row["title"]:
            samples["titles"].append((row["lang"], row["title"]))
        if row["with"]:
            samples["first segment"].append((row["lang"], row["with"][0]))
            samples["body start"].append(
                (row["lang"], " ".join(row["with"])[:LANGUAGE_SAMPLE_CHARS]))
    for row in datasets.rows("readability"):
        if row["lang"] and row["body"] and not row["extra"].get("synthetic"):
            samples["body start"].append((row["lang"], row["body"][:LANGUAGE_SAMPLE_CHARS]))
    return samples


def _language_identifiers() -> dict[str, Callable[[str], str | None]]:
    import py3langid

    from pressclip.metadata.language import detect_language

    return {"pressclip (fastText lid.176.ftz)": detect_language,
            "py3langid": lambda text: py3langid.classify(text)[0]}


def measure_language() -> None:
    identifiers = _language_identifiers()
    for identify in identifiers.values():
        identify("warm up the model")
    for kind, texts in _language_samples().items():
        mean_len = sum(len(t) for _, t in texts) / len(texts)
        for name, identify in identifiers.items():
            start = time.perf_counter()
            right = sum(identify(text) == lang for lang, text in texts)
            ms = (time.perf_counter() - start) / len(texts) * 1000
            print(f"{kind:14s} ({len(texts)}, ~{mean_len:.0f} chars) {name:32s} "
                  f"{right / len(texts):.3f}  {ms:.3f} ms/call")


def _meta_rows(split: str, limit: int | None) -> Iterator[dict]:
    for name in ("fundus_dev", "trafilatura", "readability"):
        count = 0
        for row in datasets.rows(name, split=split):
            if name == "trafilatura" and not row["extra"].get("meta_annotated"):
                continue
            if name == "readability" and row["extra"].get("synthetic"):
                continue
            yield row
            count += 1
            if limit is not None and count >= limit:
                break


def _pressclip_reader() -> Callable[[str, str | None], dict]:
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    def read(html: str, url: str | None) -> dict:
        meta = read_metadata(parse_html(html), url)
        return {"title": meta.title, "date": meta.date, "authors": meta.authors,
                "agencies": meta.agencies}

    return read


def _record_reader() -> Callable[[str, str | None], dict]:
    """The record's fields, as bench/metadata.py scores them: the passes after the metadata
    (credit lines, a closing signature) credit authors read_metadata alone does not."""
    import pressclip

    def read(html: str, url: str | None) -> dict:
        art = pressclip.extract(html, url=url, facts=False)
        return {"title": art.title, "date": art.date, "authors": list(art.authors),
                "agencies": list(art.agencies)}

    return read


def _trafilatura_reader() -> Callable[[str, str | None], dict]:
    from trafilatura import extract_metadata

    def read(html: str, url: str | None) -> dict:
        doc = extract_metadata(html, default_url=url)
        if doc is None:
            return {"title": None, "date": None, "authors": []}
        authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
        return {"title": doc.title, "date": doc.date, "authors": authors}

    return read


SOURCE_SETS = ("fundus_dev", "trafilatura", "readability", "l3s_gn1")


def source_rows(split: str, sets: tuple[str, ...] = SOURCE_SETS) -> Iterator[dict]:
    """The sets' pages with title or author gold: trafilatura's annotated ones, readability's
    real ones (its synthetic fixtures carry no metadata)."""
    for name in sets:
        for row in datasets.rows(name, split=split):
            extra = row.get("extra") or {}
            if name == "trafilatura" and not extra.get("meta_annotated"):
                continue
            if name == "readability" and extra.get("synthetic"):
                continue
            if row.get("title") is not None or row.get("authors") is not None:
                yield row


def raw_title_sources(tree, url: str | None) -> tuple[dict[str, str | None], set[str], list]:
    """Each title source of the page as read_metadata sees it, the site's parts left on
    (h1, og:title, twitter:title, JSON-LD headline, itemprop headline, <title>), the site's
    keys, and the h1s."""
    from pressclip.metadata import _H1, _TITLE
    from pressclip.metadata.jsonld import read_jsonld
    from pressclip.metadata.marks import find_marks
    from pressclip.metadata.meta import read_meta
    from pressclip.metadata.microdata import read_microdata
    from pressclip.metadata.text import element_text
    from pressclip.metadata.titles import site_keys

    meta, links = read_meta(tree)
    jsonld = read_jsonld(tree)
    metas: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        if key in ("og:title", "twitter:title") and key not in metas and element.get("content"):
            metas[key] = element.get("content")
    h1s = _H1(tree)
    title = _TITLE(tree)
    keys = site_keys([meta.site_name, jsonld.site_name, jsonld.publisher, meta.publisher],
                     links.get("canonical") or url)
    return ({"h1": element_text(h1s[0], 300) if h1s else None,
             "og:title": metas.get("og:title"), "twitter:title": metas.get("twitter:title"),
             "JSON-LD headline": jsonld.title,
             "itemprop headline": read_microdata(find_marks(tree).itemprops).title,
             "<title>": element_text(title[0], 300) if title else None}, keys, h1s)


def _title_sources(tree, url: str | None) -> dict[str, str | None]:
    """Each title source of the page as read_metadata sees it (the site's parts left on,
    but for `<title> cut`)."""
    from pressclip.metadata.titles import strip_site

    sources, keys, _ = raw_title_sources(tree, url)
    page_title = sources["<title>"]
    return {**sources, "<title> cut": strip_site(page_title, keys) if page_title else None}


def _author_sources(tree) -> dict[str, list[str]]:
    from pressclip.metadata.authors import clean_authors
    from pressclip.metadata.byline import read_byline
    from pressclip.metadata.jsonld import read_jsonld
    from pressclip.metadata.marks import find_marks
    from pressclip.metadata.meta import read_meta
    from pressclip.metadata.microdata import read_microdata

    meta, _ = read_meta(tree)
    jsonld = read_jsonld(tree)
    micro = read_microdata(find_marks(tree).itemprops)
    excluded = {n for n in (meta.site_name, jsonld.site_name, jsonld.publisher) if n}
    visible: list[str] = []
    for text in read_byline(tree, authors=True, date=False).authors:
        visible = clean_authors([text], excluded, visible=True)
        if visible:
            break
    return {"JSON-LD": clean_authors(jsonld.authors, excluded),
            "meta": clean_authors(meta.authors, excluded),
            "microdata": clean_authors(micro.authors, excluded), "visible byline": visible}


def measure_sources(split: str) -> None:
    from pressclip.credits import canonical_agency
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    titles: dict[tuple[str, str], list[bool]] = defaultdict(list)
    authors: dict[tuple[str, str], list[float]] = defaultdict(list)
    given: dict[tuple[str, str], int] = defaultdict(int)
    wires: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in source_rows(split):
        name, url = row["dataset"], page_url(row)
        tree = parse_html(row["html"])
        chosen = read_metadata(tree, url)
        if row["title"] is not None:
            sources = _title_sources(tree, url)
            sources["pressclip"] = chosen.title
            for source, value in sources.items():
                titles[(name, source)].append(title_exact(value, row["title"]))
                given[(name, source)] += bool(value)
            titles[(name, "any source")].append(
                any(title_exact(v, row["title"]) for v in sources.values()))
        if row["authors"] is not None:
            found = _author_sources(tree)
            found["pressclip"] = chosen.authors
            # What keeping wires in `agencies` (issue 13) costs against a gold that lists
            # them as authors.
            found["pressclip+agencies"] = chosen.authors + chosen.agencies
            for source, names in found.items():
                if names or source.startswith("pressclip"):
                    authors[(name, source)].append(authors_f1(names, row["authors"]))
            counts = wires[name]
            counts[0] += 1
            agencies = [a for a in row["authors"] if canonical_agency(a.strip())]
            counts[1] += bool(agencies)
            counts[2] += bool(agencies) and len(agencies) == len(row["authors"])
    for (name, source), values in titles.items():
        print(f"{split} {name:12s} title exact {source:18s} {sum(values) / len(values):.3f} "
              f"({sum(values)}/{len(values)}; given on {given[(name, source)]})")
    for (name, source), values in authors.items():
        pages = "pages" if source.startswith("pressclip") else "pages it gives names on"
        print(f"{split} {name:12s} authors F1 {source:18s} {statistics.fmean(values):.3f} "
              f"(the {len(values)} {pages})")
    for name, (pages, some, only) in wires.items():
        print(f"{split} {name:12s} gold authors naming a wire agency: {some}/{pages} pages "
              f"({only} with agencies only)")


# The bars of issue 13 are title exact, date same day and authors F1; a miss is shown by
# the strict rule of each, so near misses are read too.
MATCHERS = {"title": title_exact, "date": date_right, "authors": authors_exact}


def _show_miss(row: dict, key: str, mine: dict, peer: dict) -> None:
    gold = row.get(key)
    right = MATCHERS[key]
    if gold is not None and not right(mine[key], gold):
        print(f"{key} {row['id']} {page_url(row)}\n  gold {gold!r}\n  ours {mine[key]!r}\n"
              f"  traf {peer[key]!r}{'  (traf right)' if right(peer[key], gold) else ''}")


def measure_fields(split: str, limit: int | None, show: list[str] | None) -> None:
    readers = {"pressclip": _pressclip_reader(), "trafilatura": _trafilatura_reader()}
    scores: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    seconds: dict[str, float] = defaultdict(float)
    pages: dict[str, int] = defaultdict(int)
    for row in _meta_rows(split, limit):
        url = page_url(row)
        results = {}
        for name, read in readers.items():
            start = time.process_time()
            try:
                results[name] = read(row["html"], url)
            except Exception as exc:  # a failing page is scored empty and shown
                print(f"{name} failed on {row['id']}: {exc!r}")
                results[name] = {"title": None, "date": None, "authors": []}
            seconds[name] += time.process_time() - start
            pages[name] += 1
        for name, result in results.items():
            dataset = row["dataset"]
            if row["title"] is not None:
                scores[(dataset, name, "title")].append(title_right(result["title"], row["title"]))
                scores[(dataset, name, "title exact")].append(
                    title_exact(result["title"], row["title"]))
            if row["date"] is not None:
                scores[(dataset, name, "date")].append(date_right(result["date"], row["date"]))
            if row["authors"] is not None:
                scores[(dataset, name, "authors exact")].append(
                    authors_exact(result["authors"], row["authors"]))
                scores[(dataset, name, "authors lenient")].append(
                    authors_lenient(result["authors"], row["authors"]))
                scores[(dataset, name, "authors F1")].append(
                    authors_f1(result["authors"], row["authors"]))
                # bench/metadata.py's credit F1: a wire pressclip keeps in `agencies` counts.
                scores[(dataset, name, "credit F1")].append(authors_f1(
                    result["authors"] or result.get("agencies") or [], row["authors"]))
        for key in show or ():
            _show_miss(row, key, results["pressclip"], results["trafilatura"])
    for (dataset, name, fieldname), values in sorted(scores.items()):
        print(f"{split:8s} {dataset:12s} {fieldname:16s} {name:12s} "
              f"{sum(values) / len(values):.3f} (n={len(values)})")
    for name in readers:
        print(f"{name}: {seconds[name] / pages[name] * 1000:.2f} CPU ms/page over {pages[name]} "
              f"pages, {seconds[name] / seconds['trafilatura']:.3f} of trafilatura's")


DUMP_SETS = ("fundus_dev", "trafilatura", "readability", "l3s_gn1")
DUMP_FIELDS = ("title", "date", "authors")


def _visible_only(html: str, url: str | None) -> dict:
    """pressclip's fields where the page's structured data names no author: JSON-LD blocks,
    meta tags and microdata that name authors are removed first, so the visible byline is
    read as on a site whose structured data is missing or names no one (the Twitter card's
    rows go too: one may name the author)."""
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    tree = parse_html(html)
    for element in list(tree.iter("script", "meta")):
        kind = (element.get("type") or "").lower()
        key = (element.get("name") or element.get("property") or "").lower()
        if (kind == "application/ld+json" or "author" in key or "creator" in key
                or key.startswith(("twitter:label", "twitter:data"))):
            element.getparent().remove(element)
    for element in tree.iter():
        if "author" in (element.get("itemprop") or ""):
            del element.attrib["itemprop"]
    meta = read_metadata(tree, url)
    return {"title": meta.title, "date": meta.date, "authors": meta.authors,
            "agencies": meta.agencies}


def dump(path: Path, split: str, limit: int | None, visible_only: bool = False,
         record: bool = False) -> None:
    """pressclip's fields and the gold of every annotated page of `split`, one line a page,
    with the half of the sites it belongs to (bench.metadata_authors.site_half)."""
    # Imported here: bench.metadata_authors imports this module.
    from bench.metadata_authors import site_half

    read = (_visible_only if visible_only else _record_reader() if record
            else _pressclip_reader())
    seconds, pages = 0.0, 0
    with path.open("w", encoding="utf-8") as out:
        for name in DUMP_SETS:
            for row in datasets.rows(name, split=split, limit=limit):
                if name == "trafilatura" and not row["extra"].get("meta_annotated"):
                    continue
                if all(row.get(key) is None for key in DUMP_FIELDS):
                    continue
                start = time.process_time()
                mine = read(row["html"], page_url(row))
                seconds += time.process_time() - start
                pages += 1
                gold = {key: row.get(key) for key in DUMP_FIELDS}
                out.write(json.dumps({"id": row["id"], "set": name, "url": page_url(row),
                                      "split": split, "half": site_half(row),
                                      "gold": gold, "ours": mine}, ensure_ascii=False) + "\n")
    print(f"{pages} pages -> {path}; {seconds / pages * 1000:.2f} CPU ms/page (parse included)")


def _scores(line: dict) -> dict[str, float | None]:
    gold, ours = line["gold"], line["ours"]
    scores: dict[str, float | None] = dict.fromkeys(("title", "date", "authors", "credit"))
    if gold["title"] is not None:
        scores["title"] = float(title_exact(ours["title"], gold["title"]))
    if gold["date"] is not None:
        scores["date"] = float(date_right(ours["date"], gold["date"]))
    if gold["authors"] is not None:
        scores["authors"] = authors_f1(ours["authors"], gold["authors"])
        scores["credit"] = authors_f1(ours["authors"] or ours.get("agencies") or [],
                                      gold["authors"])
    return scores


def compare(old_path: Path, new_path: Path, show: bool) -> None:
    """Per-set sums of two dumps of the same pages, for all of them and for each half of the
    sites (a rule should win on both halves), and the pages whose scores differ."""
    def load(path: Path) -> dict[str, dict]:
        with path.open(encoding="utf-8") as fh:
            return {line["id"]: line for line in map(json.loads, fh)}

    old, new = load(old_path), load(new_path)
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for page_id, after in new.items():
        before = old.get(page_id)
        if before is None:
            continue
        was, now = _scores(before), _scores(after)
        for key, value in now.items():
            if value is None:
                continue
            for part in ("all", f"half {after.get('half', '?')}"):
                tally = sums[(after["set"], key, part)]
                tally[0] += was[key] or 0.0
                tally[1] += value
                tally[2] += 1
            if show and abs(value - (was[key] or 0.0)) > 1e-9:
                field_name = "authors" if key == "credit" else key
                if key == "credit" and was["authors"] != now["authors"]:
                    continue  # shown as an authors change
                print(f"{key:7s} {was[key] or 0:.2f} -> {value:.2f} {after['set']} {page_id} "
                      f"{after['url']}\n  gold {after['gold'][field_name]!r}\n"
                      f"  was  {before['ours'][field_name]!r}\n"
                      f"  now  {after['ours'][field_name]!r}")
    for (name, key, part), (before_sum, after_sum, count) in sorted(sums.items()):
        print(f"{name:12s} {key:8s} {part:6s} {before_sum:7.1f} -> {after_sum:7.1f} /{count}"
              f"{'' if abs(after_sum - before_sum) < 1e-9 else '   *'}")


def _author_miss_kind(gold: list[str], ours: list[str], page_text: str) -> str:
    """The kind of an authors miss: names where the gold has none, none where it has some,
    extra or missing names beside right ones, other names; and "gold not in page" where no
    gold name's words all stand in the page's text (nothing a reader could find)."""
    from bench.metadata import _names

    want, have = set(_names(gold)), set(_names(ours))
    if want and not all(w in page_text for name in want for w in name.split()):
        return "gold not in page"
    if not want:
        return "names where the gold has none"
    if not have:
        return "no names"
    if want < have:
        return "extra names"
    if have < want:
        return "missing names"
    return "other names"


def misses(path: Path, show: bool) -> None:
    """The pages of a train dump where pressclip's title (exact) or authors are wrong:
    authors misses counted by kind, per set and half of the sites, then each page shown."""
    from bench.metadata import normalise

    with path.open(encoding="utf-8") as fh:
        lines = {line["id"]: line for line in map(json.loads, fh)}
    if any(line.get("split") != "train" for line in lines.values()):
        raise SystemExit("--misses reads train dumps only (heldout errors are never read)")
    counts: dict[tuple[str, str, str], int] = defaultdict(int)
    # The authors F1 each kind of miss costs, summed over its pages: where the figure is lost.
    lost: dict[tuple[str, str, str], float] = defaultdict(float)
    for name in DUMP_SETS:
        for row in datasets.rows(name, split="train"):
            line = lines.get(row["id"])
            if line is None:
                continue
            gold, ours, half = line["gold"], line["ours"], f"half {line['half']}"
            if gold["authors"] is not None and not authors_exact(ours["authors"],
                                                                 gold["authors"]):
                text = normalise(row["html"])
                kind = _author_miss_kind(gold["authors"], ours["authors"], text)
                f1 = authors_f1(ours["authors"], gold["authors"])
                counts[(name, "authors: " + kind, half)] += 1
                lost[(name, "authors: " + kind, half)] += 1 - f1
                if show:
                    print(f"authors [{kind}] F1 {f1:.2f} {name} {row['id']} {line['url']}\n"
                          f"  gold {gold['authors']!r}\n  ours {ours['authors']!r}")
            if gold["title"] is not None and not title_exact(ours["title"], gold["title"]):
                kind = "right" if title_right(ours["title"], gold["title"]) else "wrong"
                counts[(name, f"title: not exact, {kind}", half)] += 1
                if show:
                    print(f"title [{kind}] {name} {row['id']} {line['url']}\n"
                          f"  gold {gold['title']!r}\n  ours {ours['title']!r}")
    for (name, key, half), count in sorted(counts.items()):
        cost = (f"  authors F1 lost {lost[(name, key, half)]:5.1f}"
                if (name, key, half) in lost else "")
        print(f"{name:12s} {key:45s} {half}: {count:4d}{cost}")


def measure_dates(split: str, limit: int | None) -> None:
    import lxml.html
    from htmldate import find_date

    logging.disable(logging.CRITICAL)
    read = _pressclip_reader()
    for name in ("htmldate", "trafilatura"):
        right: dict[str, int] = defaultdict(int)
        seconds: dict[str, float] = defaultdict(float)
        total = 0
        for row in datasets.rows(name, split=split, limit=limit):
            if row["date"] is None or (
                    name == "trafilatura" and not row["extra"].get("meta_annotated")):
                continue
            total += 1
            url = page_url(row)
            start = time.perf_counter()
            ours = read(row["html"], url)["date"]
            seconds["pressclip"] += time.perf_counter() - start
            right["pressclip"] += date_right(ours, row["date"])
            for mode, extensive in (("htmldate fast", False), ("htmldate extensive", True)):
                start = time.perf_counter()
                try:
                    tree = lxml.html.fromstring(row["html"].encode("utf-8"))
                    found = find_date(tree, extensive_search=extensive, original_date=True,
                                      url=url)
                except Exception:  # htmldate raises on some pages; scored as no date
                    found = None
                seconds[mode] += time.perf_counter() - start
                right[mode] += date_right(found, row["date"])
        for mode in right:
            print(f"{split:8s} {name:12s} {mode:20s} {right[mode] / total:.3f} "
                  f"({right[mode]}/{total})  {seconds[mode] / total * 1000:.2f} ms/page "
                  "(parse included)")


# Languages of news pages whose month names are read: the shared sets' and modern pages'
# languages, and the other languages written with Latin or Cyrillic letters that news sites
# use most. Earlier locales win a name that two give different months ("listopad" is
# November in Polish and Czech, October in Croatian). Their weekday and place names are
# also the author cleaner's (--write-names).
NAME_LOCALES = (
    "en de fr es it pt nl pl ru cs sk sl sv nb nn da fi is et lv lt hu ro tr uk bg "
    "ca gl eu id ms sw af sq hr sr_Latn bs".split()
)
# News languages of other scripts: Arabic (with the Levant's and the Maghreb's names:
# "نيسان", "أفريل"), Persian, Urdu, Hebrew, Greek, Serbian and Macedonian Cyrillic,
# Belarusian, Georgian, Armenian, the Indic languages of India's and Nepal's press, Thai.
# Dates only: none of their names can be a Latin-script byline's word. (Kazakh's
# abbreviations are common Russian words: "там".)
OTHER_SCRIPT_LOCALES = ("ar ar_LB ar_DZ fa ur he el sr mk be ka hy "
                        "hi bn mr ta te gu kn ml pa ne th").split()
MONTH_LOCALES = (*NAME_LOCALES, *OTHER_SCRIPT_LOCALES)
MONTHS_MODULE = Path(__file__).resolve().parent.parent / "src/pressclip/metadata/month_names.py"


def write_months() -> None:
    from babel import Locale

    months: dict[str, int] = {}
    conflicts: list[str] = []
    for code in MONTH_LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in locale.months[context][width].items():
                    name = name.casefold().rstrip(".")
                    # One word of letters: the date patterns read a word, then look it up
                    # (Catalan "de gener" is also "gener" standing alone). Indic and Thai
                    # letters carry their vowels as combining marks ("अक्टूबर").
                    if len(name) < 3 or not all(unicodedata.category(c)[0] in "LM"
                                                for c in name):
                        continue
                    if months.setdefault(name, number) != number:
                        conflicts.append(f"{name} ({code})")
    doc = (f"Made by `python -m bench.metadata_dev --write-months` from Babel's CLDR data for "
           f"{len(MONTH_LOCALES)} locales: {', '.join(MONTH_LOCALES)}. Wide and abbreviated "
           "names, in running text and standing alone, case-folded, final full stop dropped, "
           "one word of letters (with their combining marks) only. "
           "Names two locales give different months keep the first locale's month: "
           f"{', '.join(dict.fromkeys(conflicts)) or 'none'}.")
    lines = [
        '"""Month names to month numbers, from the Unicode CLDR (generated: do not edit).',
        "",
        *textwrap.wrap(doc, 96),
        '"""',
        "",
        "MONTH_NAMES: dict[str, int] = {",
    ]
    lines += [f"    {name!r}: {number}," for name, number in sorted(months.items())]
    lines.append("}")
    MONTHS_MODULE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(months)} names from {len(MONTH_LOCALES)} locales -> {MONTHS_MODULE}")


NAMES_MODULE = Path(__file__).resolve().parent.parent / "src/pressclip/metadata/place_names.py"
# Time zones whose last part names a city: "Europe/Berlin", "America/New_York" (not
# "Etc/GMT+2", nor the three-part Argentine provinces).
_CITY_AREAS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian",
               "Pacific")
_CODE = re.compile(r"^[A-Z]{2}$")


def _normal_name(text: str) -> str:
    """As pressclip.metadata.authors compares names: NFKC, case-folded, punctuation spaced."""
    from pressclip.metadata.name_words import normal_name

    return normal_name(text)


def write_names() -> None:
    """Weekday names and place names (countries, and the cities that name time zones) of the
    month locales, from CLDR through Babel and the IANA time zone names: no person's name in
    a byline is one of them ("Von X, Berlin", "By X, BBC News, New York", "Donnerstag")."""
    import zoneinfo

    from babel import Locale

    zones = sorted(z for z in zoneinfo.available_timezones()
                   if z.count("/") == 1 and z.split("/")[0] in _CITY_AREAS)
    days: set[str] = set()
    short_days: set[str] = set()
    places: set[str] = set()
    for code in NAME_LOCALES:
        locale = Locale.parse(code)
        for context in ("format", "stand-alone"):
            days.update(_normal_name(d) for d in locale.days[context]["wide"].values())
            short_days.update(_normal_name(d)
                              for d in locale.days[context]["abbreviated"].values())
        places.update(_normal_name(name) for region, name in locale.territories.items()
                      if _CODE.match(region))
        for zone in zones:
            names = locale.time_zones.get(zone) or {}
            places.add(_normal_name(names.get("city") or zone.split("/")[1].replace("_", " ")))
    # One letter is an initial as often as a day ("Jane E 5 May").
    short_days = {d for d in short_days - days if len(d) > 1}
    for names in (days, short_days, places):
        names.discard("")
    doc = (f"Made by `python -m bench.metadata_dev --write-names` from Babel's CLDR data for the "
           f"{len(NAME_LOCALES)} Latin and Cyrillic locales of month_names.py: wide and "
           "abbreviated weekday names, the names of countries and territories, and the cities of "
           f"the IANA time zones ({len(zones)}, localised where CLDR gives a local name), "
           "compared as authors.normal_name compares names. The author cleaner drops a "
           "byline's part that is one of them: a place or a day is no person.")
    lines = [
        '"""Weekday and place names, from the Unicode CLDR (generated: do not edit).',
        "",
        *textwrap.wrap(doc, 96),
        '"""',
        "",
        "WEEKDAYS = frozenset(",
        *(f"    {chunk!r}" for chunk in _chunks(sorted(days))),
        '    .split("|"))',
        "# Abbreviated, where they differ from the wide names: only a word after a name that",
        "# stood before a date is cut for being one (\"Jane Doe Do 9 Apr 2020\").",
        "SHORT_WEEKDAYS = frozenset(",
        *(f"    {chunk!r}" for chunk in _chunks(sorted(short_days))),
        '    .split("|"))',
        "PLACES = frozenset(",
        *(f"    {chunk!r}" for chunk in _chunks(sorted(places))),
        '    .split("|"))',
    ]
    NAMES_MODULE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(days)} weekday, {len(short_days)} abbreviated weekday and {len(places)} "
          f"place names -> {NAMES_MODULE}")


def _chunks(names: list[str], width: int = 88) -> Iterator[str]:
    """The names joined by "|" in string pieces of about `width` characters."""
    line = ""
    for name in names:
        piece = f"{name}|" if name != names[-1] else name
        if line and len(line) + len(piece) > width:
            yield line
            line = ""
        line += piece
    if line:
        yield line


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--language", action="store_true")
    parser.add_argument("--fields", action="store_true")
    parser.add_argument("--dates", action="store_true")
    parser.add_argument("--sources", action="store_true")
    parser.add_argument("--write-months", action="store_true",
                        help="regenerate src/pressclip/metadata/month_names.py from CLDR")
    parser.add_argument("--write-names", action="store_true",
                        help="regenerate src/pressclip/metadata/place_names.py from CLDR")
    parser.add_argument("--split", choices=("train", "heldout"), default="train")
    parser.add_argument("--limit", type=int, help="at most this many pages per set")
    parser.add_argument("--dump", type=Path, help="write pressclip's fields of one split here")
    parser.add_argument("--visible-only", action="store_true",
                        help="with --dump: remove the authors' structured data first")
    parser.add_argument("--record", action="store_true",
                        help="with --dump: the whole record's fields (pressclip.extract)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("OLD", "NEW"),
                        help="per-set sums of two dumps and the pages that changed")
    parser.add_argument("--quiet", action="store_true",
                        help="with --compare or --misses: sums only")
    parser.add_argument("--misses", type=Path,
                        help="a train dump's title and authors misses, counted by kind")
    parser.add_argument("--show", nargs="+", choices=("title", "date", "authors"),
                        help="print the pages where pressclip gets these fields wrong")
    args = parser.parse_args(argv)
    if args.write_months:
        write_months()
        return
    if args.write_names:
        write_names()
        return
    if args.compare:
        compare(*args.compare, show=not args.quiet)
        return
    if not datasets.available():
        raise SystemExit(f"no shared data at {datasets.DATA}")
    if args.misses:
        misses(args.misses, show=not args.quiet)
        return
    if args.dump:
        dump(args.dump, args.split, args.limit, args.visible_only, args.record)
    if args.language:
        measure_language()
    if args.fields:
        measure_fields(args.split, args.limit, args.show)
    if args.dates:
        measure_dates(args.split, args.limit)
    if args.sources:
        measure_sources(args.split)


if __name__ == "__main__":
    main()
