"""A kept block that only says when the article was published or updated, or how long it
takes to read, leaves; a line that goes on after its stamp, a byline with a time, a table's
cell and a page of stamps alone stay."""

from types import SimpleNamespace

import numpy as np

from pressclip.locate.blocks import tag_flag
from pressclip.locate.stamps import drop_stamps, is_stamp


def test_stamps_in_several_languages():
    assert is_stamp("Published 14:14")
    assert is_stamp("Uppdaterad 09.12 | Publicerad 08.40")
    assert is_stamp("Aktualisiert am 03.11.2025, 17:05 Uhr")
    assert is_stamp("Stand: 14.02.2025, 08:30 Uhr")
    assert is_stamp("Mis à jour le 2 mars 2025 à 9h15")
    assert is_stamp("Posted on March 3rd, 2011")
    assert is_stamp("4 min read")
    assert is_stamp("Lesezeit: ca. 6 Minuten")
    assert is_stamp("Temps de lecture : 2 min")


def test_what_says_more_than_a_stamp_is_no_stamp():
    assert not is_stamp("Published: March 3rd, 2011 | Tags: gardens, spring")
    assert not is_stamp("Posted by Anna Brenk @ 9:43 AM")
    assert not is_stamp("Published in 2019, the survey of 400 farms found that yields fell.")
    assert not is_stamp("Updated daily")
    assert not is_stamp("The vote was published at 14:14!")


def _block(text: str, bits: int = 0) -> SimpleNamespace:
    return SimpleNamespace(text=text, container=SimpleNamespace(bits=bits))


def test_stamps_leave_the_selection_but_not_a_table_s_cells():
    raw = [_block("Veröffentlicht 10:02"), _block("The mayor opened the new bridge today."),
           _block("Updated 12:30", tag_flag("table")), _block("3 min read")]
    keep = np.ones(len(raw), dtype=bool)
    assert drop_stamps(raw, keep).tolist() == [False, True, True, False]


def test_a_selection_of_stamps_alone_stays():
    raw = [_block("Published 14:14"), _block("2 min read")]
    keep = np.ones(len(raw), dtype=bool)
    assert drop_stamps(raw, keep).tolist() == [True, True]
