"""A page whose text holds C0 control characters is read, never refused with a crash."""

import pressclip

PROSE = "The harbour board met on Monday to weigh the plan for a new ferry terminal. " * 6


def test_a_hidden_element_beside_control_characters_is_dropped_without_a_crash():
    page = (
        "<html><body><article><h1>Terminal plan</h1><p>" + PROSE + "\x07 bell"
        "<span style='display:none'>hidden words</span>tail \x08 more</p>"
        "<p>" + PROSE + "<span hidden>gone</span>\x0c after</p></article></body></html>"
    )
    art = pressclip.extract(page)
    assert "harbour board" in art.text
    assert "hidden words" not in art.text and "gone" not in art.text
    assert "tail" in art.text and "after" in art.text
