"""alternation.alternatives matches what the plain alternation of the same words
matches, with the same spans, with and without re.IGNORECASE: on the byline labels' own
word lists and locate/rights.py's phrases (every word in its cases, alone, paired, cut
short, inside a sentence) and on random lists and texts over letters that case folding ties
together ("I", "i", dotless "ı", "s", long "ſ", "K" and the Kelvin sign); locate/boxes.py's
labels as the line pattern uses them, and credits.py's cue stems as a prefix tree."""

from __future__ import annotations

import random
import re

import pytest

from pressclip import credits
from pressclip.alternation import alternatives
from pressclip.locate import boxes, rights
from pressclip.metadata import labels


def _plain(words: list[str]) -> str:
    return "(?:" + "|".join(words) + ")"


def _same_spans(words: list[str], texts: list[str], flags: int) -> None:
    """Each form alone (the first word that matches decides the span), and inside the same
    surroundings: a repeat before a second list, as the labels nest them, a word boundary
    after it."""
    for surrounding in ("{}", r"(?:{0}\s+){{0,2}}{0}(?:\s*[:：]|\b)"):
        forms = [re.compile(surrounding.format(group), flags)
                 for group in (_plain(words), alternatives(words))]
        for text in texts:
            for method in ("match", "search"):
                plain, grouped = (getattr(form, method)(text) for form in forms)
                assert (plain and plain.span()) == (grouped and grouped.span()), (
                    words[:3], text, method)


_LISTS = {
    "verbs": labels._VERBS,
    "prepositions": labels._PREPOSITIONS,
    "line prepositions": labels._LINE_PREPOSITIONS,
    "nouns": sorted(labels._NOUNS, key=len, reverse=True),
    "from": labels._FROM_WORDS,
    "writer nouns": labels._WRITER_NOUNS,
    # locate/rights.py's "all rights reserved" in its languages.
    "rights reserved": rights._RESERVED_PHRASES,
}


def _spelled(word: str) -> str:
    """The word as a text writes it: the pattern's white space as one space."""
    return word.replace("\\s+", " ")


@pytest.mark.parametrize("name", sorted(_LISTS))
def test_the_labels_lists_match_as_their_plain_alternation(name: str) -> None:
    words = _LISTS[name]
    rng = random.Random(name)
    texts = []
    for word in map(_spelled, words):
        for form in (word, word.upper(), word.title(), word[:-1], word + "x"):
            texts += [form, f"{form} Jane Doe", f"{form}: Jane Doe", f"-- {form} Jane"]
        other = _spelled(rng.choice(words))
        texts += [f"{word} {other} Jane Doe", f"Written on Monday, {word} {other}: Jane"]
    _same_spans(words, texts, re.I)
    _same_spans(words, texts, 0)


def test_a_list_grouped_as_it_stands_matches_the_same() -> None:
    # A word that opens with a pattern's syntax: the list is joined as it stands.
    words = ["(?:ab)c", "abd"]
    assert alternatives(words) == _plain(words)
    _same_spans(words, ["abc", "abd", "ABD abc"], re.I)


def test_random_lists_of_folded_letters_match_the_same() -> None:
    rng = random.Random(13)
    letters = "iIıİsSſkKKaáÁ"
    for _ in range(300):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(1, 8))]
        texts = ["".join(rng.choice(letters + " :") for _ in range(rng.randint(0, 10)))
                 for _ in range(20)]
        _same_spans(words, texts, re.I)
        _same_spans(words, texts, 0)


def test_words_are_grouped_by_their_first_letter() -> None:
    # "and" and "a" share one branch; "by" is its own; the list's order stays in a group.
    assert alternatives(["and", "by", "a"]) == "(?:a(?:nd|)|by)"
    # Case folding ties "s" to long "ſ": one group, both spelled whole, so that "ſ" is
    # still tried before "ss" on "ss".
    assert alternatives(["so", "ſt"]) == "(?:(?:so|ſt))"
    _same_spans(["sa", "ſ", "ss"], ["ss", "SS"], re.I)
    _same_spans(["ia", "ı", "ii"], ["ii", "II"], re.I)


def test_the_box_labels_open_a_line_as_their_plain_alternation() -> None:
    labels = boxes._LONGEST_FIRST
    plain = re.compile(r"\s*(?:" + "|".join(map(re.escape, labels)) + r")\s*[:：|»>›→\-–—]?\s+",
                       re.IGNORECASE)
    rng = random.Random(7)
    texts = []
    for label in labels:
        other = rng.choice(labels)
        for form in (label, label.upper(), label.title(), label[:-1], label + "x"):
            texts += [form, f"{form} Another story", f" {form}: Another story",
                      f"{form} — {other} story", f"{form}{other} x", f"x {form} y"]
    for text in texts:
        found, expected = boxes._OPENING.match(text), plain.match(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_the_credit_cues_are_found_where_a_stem_stands() -> None:
    stems = credits._CUE_STEMS
    rng = random.Random(11)
    texts = ["", "nothing to see here", "the editor and the reporter"]
    for stem in stems:
        other = rng.choice(stems)
        texts += [stem, f"with {stem} us", f"x{stem}y", stem[:-1], f"{stem[:-1]} {other[1:]}",
                  f"{other[:-1]}{stem}", stem.upper()]
    for text in texts:
        assert (credits._CUE_STEM.search(text) is not None) == any(s in text for s in stems), text
