"""The modern entity gold: people, organisations and places in news articles (2007-2025).

HIPE-2020 (bench/entities.py) is 19th-20th century OCR text; the project is measured
elsewhere on modern newswire. This gold is a small modern counterpart, annotated by hand on
the gold article texts (`body`) of ../shared/data/fundus_dev, English and French, and of
newswire-like pages of the other shared sets with a gold body (l3s_gn1, dragnet, readability:
datelines, sports results, agency copy), under the CoNLL convention: exact spans of
persons, organisations and places; no title or article in a span ("Mme Binet" -> "Binet",
"the Treasury" -> "Treasury"); nationality words, products, events, vessels and laws are
not entities; a national team is its country (a place), a club named after its city an
organisation, also when the city's name alone stands for it ("Edmonton visits St. Louis");
a tournament is an event ("Chennai Open"), but a town standing alone for it a place.

It lives in tests/data/entities_modern.jsonl by reference only: a document line (id,
dataset, sha1 of the annotated text, language, batch) and one line per mention (id, start,
end, type); the text is the row's `body`, checked against the sha1. A row with no gold body
(htmldate, trafilatura) is annotated on the text of pressclip's record of its page
(`"source": "record"` on the document line); when the extractor changes that text, the sha1
no longer matches and the document is left out until it is annotated again.

Batches: `train` documents come from their set's `train` split (bench/datasets.py, by site;
dragnet's own split) and may be read while writing rules; `blind-N` documents come from the
`heldout` split and are sealed (SEALED_BATCHES) from their annotation to their one
scoring, after which their errors may be read.

    python -m bench.entity_gold annotate SPEC   # turn a surface list into gold lines
    python -m bench.entity_gold draw-fr         # the French blind draw's ids (FRENCH_DRAW)
    python -m bench.entity_gold                 # counts per batch, language and type

The newswire gold (tests/data/entities_newswire.jsonl, issue 14 item 2) is text written for
this project in the style of English wire copy: datelines and headlines in capitals, sports
results lines, standings rows and match reports (clubs named by their town are
organisations, countries standing for their national team places), company and market
news, ministries and parties. Each line holds a document's text and its marks in the SPEC
form above (`O Leeds`, `L BOSTON @2`, `- Champions League`), resolved to spans when read.
Every document is scored twice: as written, and tokenised as wire corpora give it ("U.S.
officials said on Tuesday ." : a space before commas, full stops, brackets and "'s";
abbreviations keep their full stop), its part named with `-tok`. Batches: `newswire`
(read while writing rules), `newswire-blind` (other sports, towns, companies and
sentence shapes), `newswire-blind2` (organisations of many kinds, many countries) and
`newswire-blind3` (organisations of many shapes: one-word companies, acronyms, "X Inc",
ministries, courts, broadcasters, clubs) and `newswire-blind4` (world politics with
countries and capitals as subjects and after "the", market copy with indices and
"X-based", courts and agencies, obituaries) and `newswire-blind5` (results lists and
rows with times, scores and seedings, a cricket scorecard, commodities and currency copy,
a conflict report with many towns, regions, ethnic and armed groups, a parliament vote
with its parties, a cabinet listed with its roles, a disaster with many towns, a company
brief in capitals), each sealed from its writing to its one scoring.

SPEC (kept outside the repository, it quotes the texts): `= ID BATCH [record]` opens a
document (the id's first part names its set; `record`: its text is the record's); `P|O|L
SURFACE` marks every whole-word occurrence of SURFACE as a person, organisation or place;
`- SURFACE` claims its occurrences as no entity (so "US" inside "US-Philippine" is not
marked); a trailing ` @2,5` limits a mark to those occurrences of SURFACE, counted from 1
in text order ("Portland" the city, where the other "Portland"s are its team). Longer
surfaces are matched first, limited marks before the unlimited ones of the same surface,
and occurrences never overlap.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from bench import datasets

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "entities_modern.jsonl"
NEWSWIRE = GOLD.with_name("entities_newswire.jsonl")
TOKENISED = "-tok"  # the suffix of a newswire part read in its tokenised form
OCCURRENCES = re.compile(r" @(\d+(?:,\d+)*)$")
TYPES = {"P": "person", "O": "organization", "L": "place"}
# Blind batches annotated and committed but not yet scored: every reader leaves them out.
# blind-1 was sealed from its annotation (3f2171a) to its one scoring, with the rules of
# f9ef679 (en typed micro F1 0.731, fr 0.681). blind-2 (issue 14, 8 en texts: 7 newswire
# pages of l3s_gn1 and dragnet with datelines, sports results and agency copy, one
# fundus_dev article; 1 fr article of readability), all from heldout sites, was sealed
# from its annotation (08f309d) to its one scoring with the rules of f0f3c06 (en 0.814,
# fr 0.897). blind-3 (issue 14, 8 en wire texts in the CoNLL-2003 style from heldout
# pages of l3s_gn1 and dragnet: datelines in capitals, tennis results with countries,
# an ice-hockey report with clubs named after their cities, agency copy, a market
# survey; 207 names) was sealed from its annotation (21adebb) to its one scoring with the
# rules of 61403fa (en 0.766). No French text with a gold body is left on a heldout site
# of ../shared/data, so it has none. blind-4 (issue 14 item 2, round 5: 6 en texts of
# l3s_gn1 heldout sites, 2008 wire and newspaper copy: football clubs named after their
# towns, a dateline, US politics with state abbreviations, a Middle East visit, a court
# hearing with peers' titles; 215 names) was sealed from its annotation (08e5185) to its
# one scoring with the rules of 469c64e (en 0.784; the rules of 744c054, at the start of
# the round, give 0.753 on it).
# newswire-blind (issue 14 item 2, 6 en texts written for the project: ice-hockey results
# and standings, a basketball report, a cricket test, a takeover, French politics, a
# qualifier between national teams; 81 names) was sealed from its writing (92f937e) to its
# one scoring with the rules of 2c7b78c (those of f34b81d and a fix of a crash its first
# run met, which reads no rule).
# newswire-blind2 (issue 14 item 2, orgtypes round: 10 en texts written for the project
# before any rule of the round: Spanish football results and standings, ice-hockey results
# with clubs in capitals, a central bank, a Brazilian court, a carmaker strike, an
# earthquake, an election, a cricket scoreboard, an airline, an army statement; ministries,
# agencies, companies, clubs, parties, courts, unions, universities, leagues; 134 names)
# was sealed from its writing (13da277) to its one scoring with the rules of b8737d4 (en
# 0.867; the rules of e4b5fce, at the start of the round, give 0.859 on it).
# newswire-blind3 (issue 14 item 2, orgs round: 10 en texts written for the project before
# any rule of the round: Portuguese football results and standings in capitals, a rail car
# maker's job cuts, a central bank, a court ruling on a dam, a health agency's warning, a
# senate vote, a rugby report with clubs and national teams, a space agency, oil and
# company news, a rail strike; companies with and without "Inc", acronyms, ministries,
# courts, newspapers, broadcasters, agencies, unions, parties; 136 names) was sealed from
# its writing (21282b2) to its one scoring with the rules of a8b363a (en 0.902,
# organisations 0.870; the rules of 21282b2, at the start of the round, give the same).
# fr-blind-1 (issue 14 item 2, French entities: the 8 French pages of FRENCH_DRAW's rule,
# htmldate and trafilatura heldout sites, annotated on their records' texts: Czech
# politics, a university's statutes, a research petition, a gender-gap report, a court
# case, a football cup, a medicine rumour, a choir; 181 names) was sealed from its
# annotation (d1f1145) to its one scoring with the rules of 9284052 (`python -m
# bench.entities --blind fr-blind-1 --modern-only`: typed micro F1 0.728, P 0.739 R 0.718,
# names found 0.779; persons 0.789, organisations 0.615, places 0.820). Blind to the
# entity rules only: its 8 pages, like every French page of those sets, sit in the quotes
# dev set's `seen` part (tests/data/quotes_dev.jsonl), read while writing the quote and
# speaker rules, which share names.py's mention finder with the entities.
# newswire-blind4 (issue 14 item 2, names6 round: 12 en texts written for the project before
# any rule of the round: a summit of Southeast Asian states, sanctions, an Asian market
# report with indices, salmon farmer results, an antitrust appeal, two obituaries, a
# presidential run-off, a privacy fine, defence talks, a bank probe, airlines; capitals and
# countries as subjects, "X-based" places, indices as no entity; 239 names) was sealed from
# its writing (0c326a1) to its one scoring with the rules of f843e98 (en typed micro F1
# 0.877, P 0.903 R 0.854; persons 0.849, organisations 0.769, places 0.939).
# newswire-blind5 (issue 14 item 2, names7 round: 12 en texts written for the project before
# any rule of the round: ski and marathon results lists with times, a golf final round,
# tennis rows with seedings, a cricket scorecard, coffee and cocoa copy, currencies, Darfur
# fighting, a budget vote with its parties, a cabinet list, a typhoon, a company brief in
# capitals; 218 names) was sealed from its writing (94809a6) to its one scoring with the
# rules of 94809a6 (en typed micro F1 0.867, P 0.867 R 0.867; persons 0.844,
# organisations 0.691, places 0.955).
SEALED_BATCHES: frozenset[str] = frozenset()
# The French blind draw (issue 14 item 2, French entities): no French text with a gold body
# is left on a heldout site, so the French pages of the sets without one are drawn, by this
# rule alone: heldout split, the record's language French, a publication date (a news page,
# not a site's fixed page), a text of FRENCH_WORDS words (long enough to hold names, short
# enough to annotate by hand), one row per URL (the sets share pages), in sha1(id) order,
# the first FRENCH_DRAW.
FRENCH_SETS = ("htmldate", "trafilatura")
FRENCH_WORDS = range(80, 1201)
FRENCH_DRAW = 8


@dataclass(frozen=True, slots=True)
class Document:
    """An annotated text, of this gold or of HIPE's (bench/entities.py reads both)."""

    id: str
    language: str
    text: str
    gold: frozenset[tuple[int, int, str]]  # (start, end, type)
    # This gold: "train" or the blind batch's name; HIPE: "train" or "heldout".
    part: str


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _dataset(doc_id: str) -> str:
    return doc_id.split("/", 1)[0]


def _rows(ids: set[str]) -> dict[str, dict]:
    """The shared rows of these ids, from the sets they name."""
    return {row["id"]: row for name in sorted({_dataset(i) for i in ids})
            for row in datasets.rows(name) if row["id"] in ids}


def record_text(row: dict) -> str:
    """The text of pressclip's record of a row's page: what a row without a gold body is
    annotated on."""
    import pressclip
    from bench.anchors import page_url

    return pressclip.extract(row["html"], url=page_url(row)).text


def _text(head: dict, row: dict) -> str | None:
    return record_text(row) if head.get("source") == "record" else row["body"]


def draw_french() -> list[str]:
    """The ids of the French blind draw (FRENCH_DRAW's rule)."""
    import pressclip
    from bench.anchors import page_url

    drawn: dict[str, str] = {}
    for name in FRENCH_SETS:
        for row in datasets.rows(name, split="heldout"):
            if row["lang"] != "fr":
                continue
            record = pressclip.extract(row["html"], url=page_url(row))
            if record.language != "fr" or not record.date \
                    or len(record.text.split()) not in FRENCH_WORDS:
                continue
            key = row["url"] or row["id"]
            if key not in drawn or sha1(row["id"]) < sha1(drawn[key]):
                drawn[key] = row["id"]
    return sorted(drawn.values(), key=sha1)[:FRENCH_DRAW]


def read(include_sealed: bool = False) -> list[Document]:
    """The annotated documents whose text is available and unchanged; sealed batches only
    when asked (for their one scoring)."""
    heads: dict[str, dict] = {}
    spans: dict[str, set[tuple[int, int, str]]] = {}
    with GOLD.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item.get("doc"):
                heads[item["id"]] = item
                spans[item["id"]] = set()
            else:
                spans[item["id"]].add((item["start"], item["end"], item["type"]))
    wanted = {i for i, h in heads.items() if include_sealed or h["batch"] not in SEALED_BATCHES}
    bodies = {i: _text(heads[i], row) for i, row in _rows(wanted).items()} \
        if datasets.available() else {}
    docs, changed = [], []
    for doc_id in sorted(wanted):
        head, text = heads[doc_id], bodies.get(doc_id)
        if text is None or sha1(text) != head["sha1"]:
            if text is not None:
                changed.append(doc_id)
            continue
        docs.append(Document(doc_id, head["language"], text, frozenset(spans[doc_id]),
                             head["batch"]))
    if changed:
        # A record's text that the extractor changed moves a batch's figures without a word
        # otherwise: say which documents wait to be annotated again.
        print(f"entity gold: {len(changed)} document(s) left out, their text changed since "
              f"annotation: {', '.join(changed)}", file=sys.stderr)
    return docs


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _limit(surface: str) -> tuple[str, frozenset[int] | None]:
    """ "Portland @2,5" -> ("Portland", {2, 5}); a surface without a limit -> (surface, None)."""
    found = OCCURRENCES.search(surface)
    if found is None:
        return surface, None
    return surface[:found.start()], frozenset(int(k) for k in found.group(1).split(","))


def _marked(text: str, marks: list[tuple[str, str]]
            ) -> tuple[set[tuple[int, int, str]], list[str]]:
    """The typed spans of SPEC marks ((`O`, `Leeds`), (`L`, `BOSTON @2`), (`-`, `Champions
    League`)) in `text`, and the surfaces with no free occurrence: longer surfaces first,
    limited marks before the unlimited ones of the same surface, occurrences never
    overlapping."""
    taken: list[tuple[int, int]] = []
    found: set[tuple[int, int, str]] = set()
    missing: list[str] = []
    limited = [(mark, *_limit(surface)) for mark, surface in marks]
    for mark, surface, only in sorted(limited, key=lambda m: (-len(m[1]), m[2] is None)):
        hits = [h for k, h in enumerate(_occurrences(text, surface), 1)
                if (only is None or k in only)
                and not any(h[0] < e and s < h[1] for s, e in taken)]
        if not hits:
            missing.append(surface)
        taken += hits
        if mark != "-":
            found |= {(s, e, TYPES[mark]) for s, e in hits}
    return found, missing


def resolve(text: str, marks: list[str]) -> frozenset[tuple[int, int, str]]:
    """The typed spans of SPEC mark lines (`O Leeds`, `L BOSTON @2`, `- Champions League`)
    in `text` (_marked); a mark with no free occurrence is an error."""
    found, missing = _marked(text, [tuple(line.split(" ", 1)) for line in marks])
    if missing:
        raise ValueError(f"no free occurrence of {missing[0]!r}")
    return frozenset(found)


# A word and the punctuation a wire tokeniser writes apart from it: opening brackets and
# quotes before; "'s", closing punctuation and quotes after. A word that is an
# abbreviation ("U.S.", "Corp.", "Mr.") keeps its full stop.
WORD_PARTS = re.compile(r"(?P<open>[(\[\"“]*)(?P<word>.*?)(?P<close>(?:['’]s)?[,.;:!?)\]\"”]*)\Z")
ABBREVIATED = re.compile(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.")


def tokenise(text: str) -> tuple[str, list[int]]:
    """`text` as a wire tokeniser writes it, and each original character's new offset."""
    out: list[str] = []
    where: list[int] = []
    size = 0
    for piece in re.finditer(r"\S+|\s+", text):
        chunk = piece.group()
        parts = [chunk]
        if not chunk.isspace():
            found = WORD_PARTS.match(chunk)
            opening, word, closing = found.group("open"), found.group("word"), found.group("close")
            if closing.startswith(".") and ABBREVIATED.fullmatch(word + "."):
                word, closing = word + ".", closing[1:]
            tail = re.findall(r"['’]s|.", closing)
            parts = [p for p in (*opening, word, *tail) if p]
        for k, part in enumerate(parts):
            if k:
                out.append(" ")
                size += 1
            out.append(part)
            where.extend(range(size, size + len(part)))
            size += len(part)
    return "".join(out), where


def read_newswire(include_sealed: bool = False) -> list[Document]:
    """The newswire documents, each as written and tokenised; sealed batches only when
    asked (for their one scoring)."""
    docs = []
    with NEWSWIRE.open(encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["batch"] in SEALED_BATCHES and not include_sealed:
                continue
            text, gold = item["text"], resolve(item["text"], item["marks"])
            docs.append(Document(item["id"], item["language"], text, gold, item["batch"]))
            spaced, where = tokenise(text)
            docs.append(Document(item["id"] + TOKENISED, item["language"], spaced,
                                 frozenset((where[s], where[e - 1] + 1, t) for s, e, t in gold),
                                 item["batch"] + TOKENISED))
    return docs


def annotate(spec: Path) -> None:
    """Append the documents of SPEC to the gold (replacing earlier lines of the same ids),
    printing every mention in its context for review."""
    documents: list[tuple[dict, list[tuple[str, str]]]] = []
    for line in spec.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        mark, rest = line.split(" ", 1)
        if mark == "=":
            doc_id, batch, *source = rest.split()
            head = {"doc": True, "id": doc_id, "dataset": _dataset(doc_id), "batch": batch}
            documents.append(({**head, "source": "record"} if source == ["record"] else head,
                              []))
        else:
            documents[-1][1].append((mark, rest))
    rows = _rows({d[0]["id"] for d in documents})
    out: list[dict] = []
    for head, marks in documents:
        doc_id, row = head["id"], rows[head["id"]]
        text = _text(head, row)
        found, missing = _marked(text, marks)
        for surface in missing:
            print(f"!! {doc_id}: no free occurrence of {surface!r}", file=sys.stderr)
        out.append({**head, "sha1": sha1(text), "language": row["lang"]})
        for s, e, kind in sorted(found):
            out.append({"id": doc_id, "start": s, "end": e, "type": kind})
            context = text[max(0, s - 25):e + 25].replace("\n", " ")
            print(f"{kind[:3]} {text[s:e]!r:40} …{context}…")
    ids = {d[0]["id"] for d in documents}
    kept = []
    if GOLD.exists():
        kept = [line for line in GOLD.read_text(encoding="utf-8").splitlines()
                if json.loads(line)["id"] not in ids]
    GOLD.write_text("\n".join(kept + [json.dumps(o, ensure_ascii=False) for o in out]) + "\n",
                    encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("annotate").add_argument("spec", type=Path)
    sub.add_parser("draw-fr")
    args = parser.parse_args()
    if args.command == "annotate":
        annotate(args.spec)
        return
    if args.command == "draw-fr":
        print("\n".join(draw_french()))
        return
    counts: Counter = Counter()
    for doc in read() + read_newswire():
        for _, _, kind in doc.gold:
            counts[(doc.part, doc.language, kind)] += 1
    for key, n in sorted(counts.items()):
        print(*key, n)


if __name__ == "__main__":
    main()
