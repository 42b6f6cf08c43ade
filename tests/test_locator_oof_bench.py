"""bench/locator_oof: saved out-of-fold block scores stand in for the shipped model's."""

import numpy as np

import pressclip
from bench.locator_oof import OutOfFold, matrix_key
from pressclip import locate
from pressclip.locate.model import load_model
from training.locator_data import page_blocks

_FIRST = ("The council met on Monday evening and approved the budget for the coming year "
          "after a long debate about the roads, the schools, the harbour and the new library "
          "that the town has wanted for a decade.")
_PAGE = ("<html><body><article>"
         f"<p>{_FIRST}</p>"
         + "".join(f"<p>Paragraph {n} of the same story goes on about the roads and the schools "
                   "of the town, as the council heard them on Monday evening.</p>"
                   for n in range(2, 7))
         + "</article></body></html>")


def test_saved_scores_decide_what_the_extraction_keeps(monkeypatch):
    blocks, X, _ = page_blocks(_PAGE)
    scores = np.array([1.0 if b.text == _FIRST else 0.0 for b in blocks])
    model = OutOfFold({matrix_key(X): scores}, load_model())
    monkeypatch.setattr(locate, "load_model", lambda: model)
    text = pressclip.extract(_PAGE, facts=False).text
    assert text == _FIRST
    assert (model.hits, model.misses) == (1, 0)


def test_a_matrix_without_saved_scores_is_scored_by_the_shipped_model(monkeypatch):
    model = OutOfFold({}, load_model())
    monkeypatch.setattr(locate, "load_model", lambda: model)
    text = pressclip.extract(_PAGE, facts=False).text
    assert "Paragraph 6 of the same story" in text
    assert (model.hits, model.misses) == (0, 1)
