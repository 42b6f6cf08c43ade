"""Boxes named by their label ("Related articles", "Lesen Sie auch") leave with their items,
and so do lines opening with a label before a linked headline; the article's paragraphs
after a label in the article's own container stay. Text mode leaves out the lines that
are a label or open with one."""

from types import SimpleNamespace

import numpy as np

from pressclip import extract_text
from pressclip.locate.boxes import (
    drop_labelled_boxes,
    is_box_label,
    opens_with_label,
)
from pressclip.locate.features import N_FEATURES, feature_names

_LINK = feature_names().index("link_density")
PAGE = SimpleNamespace(parent=None)
BODY = SimpleNamespace(parent=PAGE)
BOX = SimpleNamespace(parent=BODY)
BOX_HEADING = SimpleNamespace(parent=BOX)
BOX_LIST = SimpleNamespace(parent=BOX)
BODY_HEADING = SimpleNamespace(parent=BODY)


def _case(rows: list[tuple[str, int, float, object]]) -> list[bool]:
    """Rows of (text, word units, link share, container), all kept."""
    raw = [SimpleNamespace(text=text, container=c) for text, _, _, c in rows]
    X = np.zeros((len(rows), N_FEATURES), dtype=np.float32)
    X[:, _LINK] = [link for _, _, link, _ in rows]
    units = np.array([float(n) for _, n, _, _ in rows])
    return drop_labelled_boxes(raw, X, np.ones(len(rows), dtype=bool), units).tolist()


PROSE = ("The council met on Tuesday and voted on the new budget for the schools.", 40, 0.0,
         BODY)


def test_labels_in_several_languages():
    assert is_box_label("Related articles")
    assert is_box_label("Lesen Sie auch:")
    assert is_box_label("À lire aussi")
    assert is_box_label("Schon gelesen?")
    assert not is_box_label("Related to the budget, the mayor spoke")
    assert opens_with_label("Read more: Town hall reopens after the flood")
    assert opens_with_label("Lire aussi : Le maire de Brouville démissionne")
    assert not opens_with_label("Readers wrote in about the flood.")
    assert not opens_with_label("Read more")


def test_a_labelled_box_after_the_paragraphs_leaves_with_its_items():
    rows = [PROSE, PROSE, ("Auch interessant", 2, 0.0, BOX_HEADING),
            ("Neues Freibad öffnet im Juni", 5, 1.0, BOX_LIST),
            ("Stadtfest mit Rekordbesuch", 4, 1.0, BOX_LIST),
            ("A short note on the stadium ends the box.", 9, 0.0, BOX)]
    assert _case(rows) == [True, True, False, False, False, False]


def test_in_a_flat_article_the_label_goes_with_its_links_and_the_paragraphs_stay():
    rows = [PROSE, ("Related stories", 2, 0.0, BODY_HEADING),
            ("Bridge closed for repairs", 4, 1.0, BODY), PROSE, PROSE]
    assert _case(rows) == [True, False, False, True, True]


def test_a_box_holding_most_of_the_text_is_the_article():
    rows = [("Related stories", 2, 0.0, BOX_HEADING), ("Bridge works start", 3, 1.0, BOX),
            (PROSE[0], 40, 0.0, BOX), (PROSE[0], 40, 0.0, BOX)]
    assert _case(rows) == [False, False, True, True]


def test_a_line_opening_with_a_label_leaves_only_before_a_link():
    linked = ("Read more: Bridge closed for repairs", 6, 0.8, BODY)
    unlinked = ("See also: the council's minutes, published on Friday.", 8, 0.0, BODY)
    sentence = ("Read more about the flood in the council's report.", 9, 0.1, BODY)
    assert _case([PROSE, linked, unlinked, sentence, PROSE]) == [True, False, True, True, True]


TEXT_PAGE = """Home | News | Sport | Weather
Council approves new library for the east side
By Tomas Verlinde
The city council voted on Tuesday to build a new public library in the east side of town, \
after two years of debate about its cost and its place.
The library will hold forty thousand books, a room for children and a hall for readings, \
and it is due to open in the spring of next year.
Read more: Mayor promises new bus line by the summer
Residents who spoke at the meeting said the district had waited too long for a place to \
study and to meet, and most of them welcomed the vote.
The builders will start work in March, once the last permits are signed, and the council \
expects the works to last about eighteen months.
Contact | Privacy | Terms
"""


def test_text_mode_leaves_out_a_line_opening_with_a_label():
    text = extract_text(TEXT_PAGE, facts=False).text
    assert "Read more" not in text
    assert "welcomed the vote" in text and "forty thousand books" in text
