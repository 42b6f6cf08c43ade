"""Which title sources hold the gold title, counted over every page of one split.

    python -m bench.title_sources [--split train] [--sets fundus_dev trafilatura ...]

For each page with a gold title (fundus_dev, the annotated trafilatura rows, readability
without its synthetic pages, l3s_gn1): the first h1, the page's only h1 where it stands in
<article>/<main> or is named a headline, og:title, twitter:title, the JSON-LD and itemprop
headlines and the <title>, each with the site's parts cut as read_metadata cuts them, and
pressclip's title. Prints per set how often each source is given and equals the gold
(title_exact); where the h1 and a structured title disagree, which of them the gold is,
split by the evidence a rule could use (the h1 in the article, one h1, the structured
title's words inside the h1 or the reverse, a colon in either); and, for each source whose
title differs from pressclip's, which of the two the gold is, by kind of disagreement (one
cut short of the other, a site's name or a kicker or section set apart by a separator, one
inside the other, different wording) and by half of the sites
(`metadata_authors.site_half`). The choice between sources is made from these counts over
many sites, not from single pages. Then pressclip's misses (title not exact) by how its title
differs from the gold (`miss_kind`: a part before or after it, a kicker, punctuation only,
other words) and by the sources that hold the gold; --show prints those pages. Read it on
the train split only.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from bench.anchors import page_url
from bench.metadata import TITLE_SEPARATORS, normalise, title_exact
from bench.metadata_authors import site_half
from bench.metadata_dev import SOURCE_SETS, raw_title_sources, source_rows

STRUCTURED = ("og:title", "twitter:title", "JSON-LD", "itemprop", "<title>")
# The structured titles an h1 is weighed against (the <title> carries the site's parts).
SHARED = STRUCTURED[:4]
_SHORT = {"JSON-LD headline": "JSON-LD", "itemprop headline": "itemprop"}


def page_sources(tree, url: str | None
                 ) -> tuple[dict[str, str | None], dict[str, bool], set[str]]:
    """The page's title sources, the site's parts cut, facts about its h1s, and the site's
    keys."""
    from pressclip.metadata import _article_h1
    from pressclip.metadata.titles import strip_site, title_texts

    raw, keys, h1s = raw_title_sources(tree, url)
    raw = {_SHORT.get(name, name): v for name, v in raw.items()}
    sources: dict[str, str | None] = {}
    for name, value in raw.items():
        texts = title_texts([value])
        sources[name] = (texts[0] if name == "h1" else strip_site(texts[0], keys)
                         ) if texts else None
    facts = {"one h1": len(h1s) == 1,
             "article h1": bool(h1s) and _article_h1(h1s[0])}
    return sources, facts, keys


def _relation(h1: str, other: str) -> str:
    """How the h1 and a structured title that differs from it relate, squashed."""
    from pressclip.metadata.titles import squash

    a, b = squash(h1), squash(other)
    if b and b in a:
        return "structured inside h1"
    if a and a in b:
        return "h1 inside structured"
    return "apart"


def duel_keys(name: str, sources: dict[str, str | None], facts: dict[str, bool],
              gold: str) -> list[tuple[str, str]]:
    """Where the h1 and og:title, twitter:title, the JSON-LD or itemprop headline differ
    (squashed): which of them the gold is ("h1", "structured", "both", "neither"), under each key of
    evidence the page shows; nothing where they agree or one side is missing."""
    from pressclip.metadata.titles import squash

    h1 = sources["h1"]
    others = [s for s in SHARED if sources.get(s)]
    differing = [s for s in others if squash(sources[s] or "") != squash(h1 or "")]
    if not h1 or not differing:
        return []
    h1_right = title_exact(h1, gold)
    other_right = any(title_exact(sources[s], gold) for s in differing)
    verdict = ("h1" if h1_right and not other_right else
               "structured" if other_right and not h1_right else
               "both" if h1_right else "neither")
    where = ("article h1" if facts["article h1"] else "h1 outside article") + (
        ", one h1" if facts["one h1"] else ", several h1")
    # Two structured titles or more that agree with each other against the h1.
    agreeing = len({squash(sources[s] or "") for s in differing}) == 1 < len(differing)
    keys = (f"{name} all", f"{name} {where}",
            f"{name} {_relation(h1, sources[differing[0]] or '')}",
            f"{name} structured titles " + ("agree" if agreeing else "alone or apart"))
    return [(key, verdict) for key in keys]


# What sets a kicker or a site's part apart from the headline in a title.
_SEPARATORS = (":", " - ", " – ", " — ", " | ", "|", "｜", " · ")


def _squashed_parts(text: str) -> list[str]:
    from pressclip.metadata.titles import squash

    parts = [text]
    for separator in _SEPARATORS:
        parts = [p for part in parts for p in part.split(separator)]
    return [squash(p) for p in parts if squash(p)]


def disagreement_kind(ours: str, other: str, keys: set[str]) -> str:
    """How two titles that differ (squashed) relate: one cut short of the other ("prefix"),
    a part set apart by a separator that names the site or a word of its address ("site
    name"), another such part ("kicker or section": "Section: Headline", "Kicker –
    Headline"), one inside the other without a separator ("inside"), or "different
    wording"."""
    from pressclip.metadata.titles import squash

    a, b = squash(ours), squash(other)
    short, long = sorted((a, b), key=len)
    longer = ours if len(a) >= len(b) else other
    extra = [p for p in _squashed_parts(longer) if p not in short and short not in p]
    if long.startswith(short) and not extra:
        return "prefix"
    if short in long and extra:
        if any(k and (k in p or p in k) for p in extra for k in keys):
            return "site name"
        return "kicker or section"
    if short in long:
        return "prefix" if long.startswith(short) else "inside"
    return "different wording"


def against_ours(name: str, sources: dict[str, str | None], ours: str | None, gold: str,
                 keys: set[str], half: int) -> list[tuple[str, str]]:
    """For each source whose title differs from pressclip's (squashed): which of the two the
    gold is ("source", "ours", "neither"), keyed by set, source, kind of disagreement and
    half of the sites."""
    from pressclip.metadata.titles import squash

    found = []
    for source in ("h1", *STRUCTURED):
        value = sources.get(source)
        if not value or not ours or squash(value) == squash(ours):
            continue
        theirs, mine = title_exact(value, gold), title_exact(ours, gold)
        verdict = "source" if theirs and not mine else "ours" if mine else "neither"
        kind = disagreement_kind(ours, value, keys)
        found += [(f"{name} {source} {kind} half {half}", verdict),
                  (f"{name} {source} all", verdict)]
    return found


# What stands between a headline and the words beside it, besides the separator: the
# quotes and the end marks that normalise took off the shorter title's edges.
_QUOTES = " '\""
_ENDS = " .?!'\""


def miss_kind(ours: str | None, gold: str) -> str:
    """How pressclip's title differs from the gold, both normalised as bench.metadata
    compares them: one holds the other with words before or after it (set apart by a
    colon, "kicker", or by another separator, "part", else run on), the same words with
    other punctuation, spaces or quotes, or other words."""
    from pressclip.metadata.titles import squash

    mine, want = normalise(ours), normalise(gold)
    if not mine:
        return "no title"
    if squash(mine) == squash(want):
        return "punctuation, spaces or quotes"
    for longer, shorter, who in ((mine, want, "ours"), (want, mine, "gold")):
        if longer.endswith(shorter):
            return f"{who} has {_extra(longer[:-len(shorter)].rstrip(_QUOTES), -1)} before"
        if longer.startswith(shorter):
            return f"{who} has {_extra(longer[len(shorter):].lstrip(_ENDS), 0)} after"
    return "other words"


def _extra(rest: str, edge: int) -> str:
    """What the words beside the shorter title are, by the mark between them."""
    mark = rest[edge] if rest else ""
    if mark in (":", "："):
        return "a kicker"
    return "a part" if mark and mark in TITLE_SEPARATORS else "more words"


def print_misses(misses: list[tuple[str, str, str, str, str | None]], show: bool) -> None:
    """The misses counted by set, kind and the sources that hold the gold (read with the
    site's parts cut, as read_metadata cuts them: a gold that keeps the site's name is in
    none); with `show`, each page too."""
    counts = Counter((name, kind, holders) for name, kind, holders, _, _ in misses)
    print("\npressclip's misses (title not exact): how its title differs from the gold, and "
          "which sources hold the gold")
    for (name, kind, holders), count in sorted(counts.items()):
        print(f"  {name:12s} {kind:34s} gold in: {holders:30s} {count:3d}")
    if show:
        for name, kind, holders, gold, ours in misses:
            print(f"\n  [{name}] {kind}; gold in: {holders}\n    gold: {gold}\n    ours: {ours}")


def measure(split: str, sets: tuple[str, ...], show: bool = False) -> None:
    from pressclip.metadata import read_metadata
    from pressclip.parse.html import parse_html

    given: dict[str, Counter] = defaultdict(Counter)
    right: dict[str, Counter] = defaultdict(Counter)
    pages: Counter = Counter()
    duel: dict[str, Counter] = defaultdict(Counter)
    versus: dict[str, Counter] = defaultdict(Counter)
    misses: list[tuple[str, str, str, str, str | None]] = []
    for row in (r for r in source_rows(split, sets) if r.get("title")):
        name, gold = row["dataset"], row["title"]
        tree = parse_html(row["html"])
        sources, facts, keys = page_sources(tree, page_url(row))
        sources["pressclip"] = read_metadata(tree, page_url(row)).title
        for key, verdict in against_ours(name, sources, sources["pressclip"], gold, keys,
                                         site_half(row)):
            versus[key][verdict] += 1
        pages[name] += 1
        for source, value in sources.items():
            given[name][source] += bool(value)
            right[name][source] += title_exact(value, gold)
        right[name]["any"] += any(title_exact(v, gold) for v in sources.values())
        ours = "ours right" if title_exact(sources["pressclip"], gold) else "ours wrong"
        if ours == "ours wrong":
            holders = ", ".join(s for s, v in sources.items()
                                if s != "pressclip" and title_exact(v, gold)) or "none"
            misses.append((name, miss_kind(sources["pressclip"], gold), holders, gold,
                           sources["pressclip"]))
        for key, verdict in duel_keys(name, sources, facts, gold):
            duel[key][verdict] += 1
            duel[key][ours] += 1
    for name in pages:
        print(f"{split} {name}: {pages[name]} pages with a gold title; gold in any source "
              f"{right[name]['any']}")
        for source in ("h1", *STRUCTURED, "pressclip"):
            print(f"    {source:14s} given {given[name][source]:4d}  equals gold "
                  f"{right[name][source]:4d}")
    print("\nh1 against og:title/twitter:title/JSON-LD where they differ: which is the gold")
    for key in sorted(duel):
        counts = duel[key]
        print(f"  {key:45s} " + "  ".join(
            f"{v} {counts[v]}" for v in ("h1", "structured", "both", "neither",
                                         "ours right", "ours wrong")))
    print("\nEach source against pressclip's title where they differ: which is the gold, by kind"
          " of disagreement and half of the sites")
    for key in sorted(versus):
        counts = versus[key]
        print(f"  {key:58s} " + "  ".join(f"{v} {counts[v]:3d}"
                                          for v in ("source", "ours", "neither")))
    print_misses(misses, show)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "heldout"))
    parser.add_argument("--sets", nargs="+", default=list(SOURCE_SETS))
    parser.add_argument("--show", action="store_true", help="print each missed page")
    args = parser.parse_args()
    measure(args.split, tuple(args.sets), args.show)


if __name__ == "__main__":
    main()
