"""A civility and a given name before a surname that is a body's word (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from pressclip.facts.entities import find_entities
from pressclip.facts.names import find_mentions, python_find_mentions

TEXTS = [("Mr. Daniel Court said the plan would fail.", "en", "Daniel Court"),
         ("Dr Ada Bank told the inquiry she had left.", "en", "Ada Bank"),
         ("Mme Claire Banque a quitté la réunion.", "fr", "Claire Banque")]


@pytest.mark.parametrize(("text", "language", "name"), TEXTS)
def test_a_civility_and_a_given_name_make_a_person(text, language, name):
    found = {(e.text, e.type) for e in find_entities(text, language)}
    assert found == {(name, "person")}


def test_a_title_before_a_body_stays_the_body_s():
    found = {(e.text, e.type) for e in find_entities("St. Joseph Hospital opened a ward.", "en")}
    assert ("St. Joseph Hospital", "organization") in found


@pytest.mark.parametrize(("text", "language", "name"), TEXTS)
def test_both_twins_find_the_titled_person(text, language, name):
    assert find_mentions(text, language) == python_find_mentions(text, language)


def test_a_people_s_word_in_lower_case_is_no_title_before_an_acronym():
    text = "selon l'agence de presse tchèque ZTV, le ministre a démissionné."
    assert {(e.text, e.type) for e in find_entities(text, "fr")} == {("ZTV", "organization")}


def test_a_people_s_noun_with_its_capital_stays_a_title():
    mentions = python_find_mentions("le Tchèque Jan Kubis a gagné la course.", "fr")
    assert [(m.text, m.titled) for m in mentions] == [("Jan Kubis", True)]
