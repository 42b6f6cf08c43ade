"""find_quotes on the annotated development set and on the shared example page."""

from __future__ import annotations

import pytest

from bench import datasets
from bench.quotes import evaluate, figures, match, normalise_speaker
from bench.quotes_devset import (
    EXAMPLE_NAME,
    SEALED_BATCHES,
    annotated_texts,
    example_text,
    load_annotations,
)
from pressclip import find_quotes

pytestmark = pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")

# Floors under the figures of bench/RESULTS.md, so that a regression fails loudly. Since
# anonymous sources are named by their description (19 seen quotes re-annotated from None:
# "senior government official", "sports TV executive", "ténor"), speaker floors sit under
# the new figures: the rules before that change score lower on the re-annotated gold (en
# seen 0.830, blind-6 0.593, fr seen 0.789) than these.
FLOORS = {
    # 0.944 / 0.908 with blind-8, blind-11 and blind-17 among the seen (f75bb56); 0.942 /
    # 0.901 with blind-18 and blind-19 too (47a7328).
    ("en", "seen"): (0.93, 0.89),
    ("en", "seen (first split)"): (0.95, 0.92),
    ("en", "seen (unseen-1)"): (0.94, 0.80),
    ("en", "seen (blind-2)"): (0.95, 0.80),
    ("en", "seen (blind-3)"): (0.94, 0.98),
    ("en", "seen (blind-4)"): (0.95, 0.93),
    ("fr", "seen"): (0.86, 0.82),  # 0.881 / 0.839 (issue 14 item 3, fifth session)
    ("fr", "seen (first split)"): (0.86, 0.94),
    ("fr", "seen (unseen-1)"): (0.81, 0.70),
    ("fr", "seen (blind-2)"): (0.89, 0.79),
    ("en", "seen (blind-5)"): (0.89, 0.70),
    ("en", "seen (blind-6)"): (0.88, 0.77),
    ("en", "seen (blind-7)"): (0.91, 0.75),
    ("en", "seen (blind-9)"): (0.79, 0.59),
    # blind-26, scored once with the rules of f843e98: 0.918 / 0.689 (31/45); seen since
    # (its errors were read).
    ("en", "seen (blind-26)"): (0.90, 0.67),
    # blind-25, scored once with the rules of bdbd2bd: 0.862 / 0.766 (36/47); seen since
    # (its errors were read).
    ("en", "seen (blind-25)"): (0.85, 0.75),
    # blind-24, scored once with the rules of 369645d: 0.984 / 0.746 (47/63); seen since
    # (its errors were read).
    ("en", "seen (blind-24)"): (0.97, 0.73),
    # blind-23, scored once with the rules of e89e54a: 0.919 / 0.941 (48/51); seen since
    # (its errors were read).
    ("en", "seen (blind-23)"): (0.90, 0.92),
    # blind-22, scored once with the rules of 0c3435b: 0.927 / 0.686 (35/51; the session
    # start's rules, e4d8628, the same); seen since (its errors were read): 0.927 / 0.745
    # with the rules of 5aaa787.
    ("en", "seen (blind-22)"): (0.90, 0.72),
    # blind-21, scored once with the rules of 81f4dfb: 0.920 / 0.761 (35/46; the session
    # start's rules, 49a1ffe, the same); seen since (its errors were read).
    ("en", "seen (blind-21)"): (0.90, 0.74),
    # blind-20, scored once with the rules of 9ac0707: 0.905 / 0.842 (48/57); seen since
    # (its errors were read); 0.905 / 0.877 with the names round (ea3ec7f).
    ("en", "seen (blind-20)"): (0.89, 0.82),
    # blind-19, scored once with the rules of bdd86b1: 0.796 / 0.946 (35/37); 15 of its 17
    # quotations on one page whose gold body's encoding turned the quote marks to "?" were
    # missed. On the text with the page's marks given back (quotes_devset
    # .restored_characters): 0.933 / 0.857 (42/49); seen since (its errors were read).
    ("en", "seen (blind-19)"): (0.92, 0.84),
    # blind-18, scored once with the rules of f75bb56 (0.920 / 0.731, 38/52), seen since
    # (its errors were read).
    ("en", "seen (blind-18)"): (0.90, 0.71),
    # blind-17, scored once with the rules of 5e03a2d (0.931 / 0.778, 42/54), seen since
    # (its errors were read).
    ("en", "seen (blind-17)"): (0.92, 0.76),
    # blind-8 and blind-11, scored once (blind-11 with the rules of c0346f6: 0.918 / 0.867,
    # 39/45), seen since (their errors were read).
    ("en", "seen (blind-8)"): (0.97, 0.85),
    ("en", "seen (blind-11)"): (0.91, 0.86),
    # blind-14, scored once with the rules of 9fed722 (0.926 / 0.860, 43/50), seen since
    # (its errors were read): 0.926 / 0.920.
    ("en", "seen (blind-14)"): (0.91, 0.90),
    # blind-16, scored once with the rules of 1e43a85 (0.956 / 0.741, 40/54), seen since
    # (its errors were read): 0.956 / 0.833.
    ("en", "seen (blind-16)"): (0.94, 0.81),
    # blind-15, scored once with the rules of d96f69e (0.942 / 0.898, 44/49; the session
    # start's rules 45/49), seen since (its errors were read): 0.942 / 0.918.
    ("en", "seen (blind-15)"): (0.92, 0.89),
    # blind-13, scored once with the rules of 924a730 (0.862 / 0.680, 34/50), seen since
    # (its errors were read): 0.908 / 0.759.
    ("en", "seen (blind-13)"): (0.90, 0.74),
    # blind-12, scored once with the rules of b4ed5ee (0.872 / 0.805, 33/41), seen since
    # (its errors were read): 0.950 / 0.917.
    ("en", "seen (blind-12)"): (0.94, 0.90),
    # blind-10, scored once with the rules of 9514adf (en 0.983 / 0.789, fr 0.845 / 0.617),
    # seen since (its errors were read).
    ("en", "seen (blind-10)"): (0.97, 0.95),
    ("fr", "seen (blind-10)"): (0.90, 0.89),
    # blind-27, scored once with the rules of 9f4605c: 0.839 / 0.830 (39/47); seen since
    # (its errors were read): 0.839 / 0.936 (44/47) with session 35's names (3c952e8).
    ("en", "seen (blind-27)"): (0.82, 0.91),
}
OPENING_MARKS = '"“«„'
# Each closing double mark and the mark that opens it.
PAIRS = {'"': '"', "”": "“", "»": "«", "″": "“"}
# Parts whose texts hold no quotation: nothing may be found there.
QUOTE_FREE = {("fr", "seen (blind-3)"), ("fr", "seen (blind-4)")}
EXAMPLE_SPEAKERS = {"Donald Trump", "Sean Parnell", "Mark Rutte", "bureau de M. Zelensky"}


def test_example_page_every_quotation_with_its_speaker():
    text = example_text()
    example = [a for a in load_annotations() if a["id"] == EXAMPLE_NAME]
    gold = [g for _, _, quotes in annotated_texts(example) for g in quotes]
    predicted = find_quotes(text, "fr")
    pairs = match(text, gold, predicted)
    assert len(pairs) == len(gold) == 11
    assert len(predicted) == len(gold)
    for g, p in pairs:
        assert normalise_speaker(p.speaker) == normalise_speaker(g["speaker"]), p
    assert {normalise_speaker(p.speaker) for p in predicted} == {
        normalise_speaker(s) for s in EXAMPLE_SPEAKERS | {"le Pentagone", None}}


def test_dev_set_figures_stay_above_their_floors():
    stats = evaluate()
    assert set(stats) == set(FLOORS) | QUOTE_FREE
    for key in QUOTE_FREE:
        assert stats[key]["gold"] == 0 and stats[key]["predicted"] == 0, (key, stats[key])
    for key, (f1_floor, speaker_floor) in FLOORS.items():
        f = figures(stats[key])
        assert f["f1"] >= f1_floor, (key, f)
        assert f["speaker"] >= speaker_floor, (key, f)


def test_every_span_holds_what_its_marks_enclose_and_not_the_marks():
    # One convention for every batch (blind-13 .. 20, 25 and 26 once kept the marks, and the
    # first batches left a comma before the closing mark out): the scores compare words, so
    # either would score alike, but a reader comparing batches must find one convention.
    for doc, text, gold in annotated_texts(load_annotations(sealed=True)):
        for g in gold:
            span = text[g["start"]:g["end"]]
            assert span[0] not in OPENING_MARKS, (doc["id"], span[:40])
            closing = span[-1]
            # A span may end on a nested quotation's own closing mark ("… se dit “calme”").
            assert closing not in PAIRS or PAIRS[closing] in span[:-1], (doc["id"], span[-40:])
            after = text[g["end"]:g["end"] + 3]
            assert not (after.startswith(",") and after[1:].lstrip()[:1] in PAIRS), (
                doc["id"], span[-40:])


def test_sealed_batches_still_resolve_to_their_texts():
    # Only hashes and offsets are checked: a sealed batch is never run through pressclip.
    if not SEALED_BATCHES:
        pytest.skip("no batch is sealed: every annotated batch has been scored")
    sealed = [a for a in load_annotations(sealed=True) if a not in load_annotations()]
    docs = list(annotated_texts(sealed))
    assert {doc["batch"] for doc, _, _ in docs} == set(SEALED_BATCHES)
    for _, text, gold in docs:
        assert all(0 <= g["start"] < g["end"] <= len(text) for g in gold)
