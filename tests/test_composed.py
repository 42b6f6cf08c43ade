"""composed(): NFC text and the map back to the offsets of the text as given."""

from __future__ import annotations

from pressclip.facts.composed import composed


def test_nfc_text_is_returned_as_is_without_a_map():
    assert composed("déjà vu") == ("déjà vu", None)


def test_combining_accents_compose_and_offsets_map_back():
    text = "Re\u0301my a dit « ge\u0301ne\u0301ral »."
    nfc, offsets = composed(text)
    assert nfc == "Rémy a dit « général »."
    assert len(offsets) == len(nfc) + 1 and offsets[-1] == len(text)
    start = nfc.index("général")
    end = start + len("général")
    assert text[offsets[start]:offsets[end]] == "ge\u0301ne\u0301ral"
