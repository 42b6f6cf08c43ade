"""A person's gender from the mentions of that person alone, read when it is asked for."""

from __future__ import annotations

from pressclip.facts.gender import Genders
from pressclip.facts.names import canonical_names, find_mentions

TEXT = ("La juge Claude Morel a ouvert l'audience. Le ministre Dominique Roux a répondu. "
        "Plus tard, le juge Dominique Roux a parlé, puis la ministre Dominique Roux.")


def genders() -> Genders:
    mentions = find_mentions(TEXT)
    return Genders(TEXT, mentions, canonical_names(mentions, TEXT))


def test_a_role_word_of_one_gender_gives_the_person_that_gender():
    found = genders()
    assert found.of("Claude Morel") == "f"
    assert found.fits("Claude Morel", "f") and not found.fits("Claude Morel", "m")


def test_mentions_that_disagree_leave_the_gender_unknown_and_fitting_any_pronoun():
    found = genders()
    assert found.of("Dominique Roux") is None
    assert found.fits("Dominique Roux", "m") and found.fits("Dominique Roux", "f")


def test_a_name_the_text_does_not_hold_has_no_gender():
    found = genders()
    assert found.of("Ann Lee") is None
    assert found.fits("Ann Lee", "m")


def test_the_answer_does_not_depend_on_which_name_is_asked_first():
    first, second = genders(), genders()
    first.of("Dominique Roux")
    assert first.of("Claude Morel") == second.of("Claude Morel") == "f"
