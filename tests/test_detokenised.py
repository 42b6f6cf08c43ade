"""The tokeniser's spaces taken out of a text, and the offsets back (facts/detokenised.py)."""

from __future__ import annotations

from pressclip.facts.detokenised import detokenised, tokenised


def test_tokenised_text_loses_the_spaces_before_punctuation_and_maps_back():
    text = "Kohl 's aide , 45 , met ( Reuters ) officials in Bonn .\nThen he left ."
    plain, offsets = detokenised(text)
    assert plain == "Kohl's aide, 45, met (Reuters) officials in Bonn.\nThen he left."
    assert offsets is not None and len(offsets) == len(plain)
    assert all(text[o] == c for o, c in zip(offsets, plain, strict=True))


def test_written_text_is_read_as_it_is():
    text = "Kohl's aide, 45, met officials in Bonn. A lone spaced comma , stays."
    assert not tokenised(text)
    assert detokenised(text) == (text, None)


def test_words_broken_at_a_line_end_by_ocr_are_joined():
    text = "The War Depart¬ ment wrote to Baron Schon- feld about pre- and post-war plans."
    plain, offsets = detokenised(text)
    assert plain == "The War Department wrote to Baron Schonfeld about pre- and post-war plans."
    assert offsets is not None
    assert all(text[o] == c for o, c in zip(offsets, plain, strict=True))
