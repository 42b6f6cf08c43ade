"""The fixed text of the quotation set gives back what a gold body's encoding lost."""

from __future__ import annotations

from bench.quotes_devset import restored_characters

# An invented page and the gold body a Latin-1-only writer made of it.
PAGE = ("<html><body><p>&#8220;We won&#8217;t sell the mill,&#8221; said Ona Brisk&#8212;"
        "twice. Why? Nobody knows.</p><p>Caf&eacute; owners agreed.</p></body></html>")
BODY = "?We won?t sell the mill,? said Ona Brisk?twice. Why? Nobody knows.\nCafé owners agreed."


def test_lost_marks_come_back_one_for_one() -> None:
    restored = restored_characters(BODY, PAGE)
    assert restored == ("“We won’t sell the mill,” said Ona Brisk—twice. Why? Nobody knows.\n"
                        "Café owners agreed.")
    assert len(restored) == len(BODY)  # annotation offsets stay


def test_a_question_mark_the_page_has_stays() -> None:
    assert restored_characters("Why? Nobody knows.", PAGE) == "Why? Nobody knows."


def test_a_place_the_page_does_not_settle_stays() -> None:
    # The neighbours match twice, around two different characters: nothing is guessed.
    page = "<p>a&#8217;b cde</p><p>a&#8220;b cde</p>"
    assert restored_characters("a?b cde", page) == "a?b cde"
