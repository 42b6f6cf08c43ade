"""Organisations' descriptors as speakers: "the firm", "the airline", "la banque" stand for the
organisation of that kind the text named before, on texts written for these tests."""

from __future__ import annotations

import pytest

from pressclip import find_quotes


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_a_kind_word_after_its_modifiers_stands_for_the_body_introduced_with_it():
    text = ("Guards were hired through private security contractor TVX on Monday.\n"
            '"We are recruiting every day," the security contractor said.')
    assert speakers(text, "en") == ["TVX"]


def test_a_person_next_to_the_kind_word_is_not_the_body_it_stands_for():
    # "contractor" is among the words before the minister's name too; only an
    # organisation is what "the contractor" stands for.
    text = ("Guards were supplied by private security contractor TVX. Minister Paul Orme "
            "said the games were safe.\n"
            '"We are recruiting every day," the security contractor said.')
    assert speakers(text, "en") == ["TVX"]


@pytest.mark.parametrize(("text", "language", "speaker"), [
    ('Tarvex Corp said on Monday that profits fell.\n'
     '"We expect a better year," the airline said.', "en", "Tarvex Corp"),
    ('Tarvex Corp said on Monday that its guards were ready.\n'
     '"We expect no delay," the contractor said.', "en", "Tarvex Corp"),
    ("La Société Ferlin a annoncé mardi des pertes.\n"
     "« Le marché est difficile », a déclaré la banque.", "fr", "Société Ferlin"),
    ("La Société Brivair a annoncé lundi la suppression de dix lignes.\n"
     "« Nous devons réduire nos coûts », a expliqué la compagnie.", "fr", "Société Brivair"),
])
def test_kinds_of_company_stand_for_the_company_last_seen_acting(text: str, language: str,
                                                                  speaker: str):
    assert speakers(text, language) == [speaker]


def test_the_descriptor_follows_the_body_it_was_attached_to():
    text = ("Ferrol Air Corp, the airline, said on Monday it would cut routes. "
            "Union leader Jane Dow met ministers.\n"
            '"We will keep our promise to passengers," the airline said.')
    assert speakers(text, "en") == ["Ferrol Air Corp"]


def test_a_maker_of_a_product_after_a_place_stands_for_the_company_not_the_place():
    text = ('Acme Corp. cut its forecast on Monday. Shares fell. "Demand is weak," the '
            "Detroit carmaker said.")
    assert speakers(text, "en") == ["Acme Corp"]
