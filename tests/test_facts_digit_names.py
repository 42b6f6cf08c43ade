"""Names that hold digits: taken where the text says they name something, never otherwise."""

from __future__ import annotations

import pytest

from pressclip.facts.digit_names import digit_names
from pressclip.facts.entities import find_entities
from pressclip.facts.name_runs import name_runs


@pytest.mark.parametrize(("text", "named"), [
    ("Guards were hired by security contractor K9X. K9X said it was sorry.", {"K9X"}),
    ("Shares of 7Q Corp. rose; the 7Q chief left.", {"7Q"}),
    ("Rebels of the R17 movement seized a town.", {"R17"}),
    ("The Duluth 58ers won again, and the 58ers play on Friday.", {"58ers"}),
    ("le groupe 4T a annoncé une baisse", {"4T"}),
])
def test_a_word_with_digits_is_a_name_where_the_text_says_so(text: str, named: set[str]):
    assert digit_names(text) == named


@pytest.mark.parametrize("text", [
    "Profits rose in Q1 and Q2 of 2019 at 3pm, in the 1990s, by 4M euros.",
    "The A380 flew on the 4G network with 3D printers and an MP3-based player.",
    "It cost $5M, or €3M, and the 2.5M figure rose on the 4K screen.",
    "The company's Q3 results beat forecasts.",
])
def test_numbers_models_and_amounts_are_no_names(text: str):
    assert digit_names(text) == frozenset()


def test_a_number_led_name_is_a_run_of_its_own_or_ends_the_run_before_it():
    text = "The Duluth 58ers beat Ashford; 7Q said the 58ers had a 7Q contract."
    runs = [run for run, _, _ in name_runs(text)]
    assert "The Duluth 58ers" in runs
    assert runs.count("7Q") == 2 and "58ers" in runs


def test_names_with_digits_are_organisations_among_the_entities():
    text = ("Security contractor K9X failed to hire enough guards, the minister said. "
            "K9X said it would pay. The Duluth 58ers beat the Ashford Owls in Q1.")
    found = {(e.text, e.type) for e in find_entities(text, "en")}
    assert ("K9X", "organization") in found
    assert ("Duluth 58ers", "organization") in found
    assert not any("Q1" in name for name, _ in found)
