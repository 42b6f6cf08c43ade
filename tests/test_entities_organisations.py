"""Organisations typed and cut right, French first: an institution's kind word alone, the
adjectives French writes after an institution's noun, on sentences written for these
tests."""

from __future__ import annotations

import pytest

from pressclip.facts.entities import find_entities


def _names(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text, language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Le Gouvernement a annoncé des mesures lundi. La Banque a relevé ses taux.", "fr"),
    ("Selon l'Université, les cours reprendront en mars.", "fr"),
    ("The Council said on Monday that the Bank would act before May.", "en"),
])
def test_an_institutions_kind_word_alone_is_no_name(text: str, language: str) -> None:
    assert _names(text, language) == []


def test_a_legislatures_one_word_name_stays_a_body() -> None:
    assert _names("Le Parlement a voté la loi mardi.", "fr") == [("Parlement", "organization")]


@pytest.mark.parametrize(("before", "body"), [
    ("l'", "École normale supérieure"),
    ("le ", "Conseil supérieur de la magistrature"),
    ("le ", "Comité exécutif"),
    ("le ", "ministère des Affaires étrangères"),
])
def test_french_adjectives_after_an_institutions_noun_are_its_name(before: str,
                                                                    body: str) -> None:
    text = f"Selon le rapport, {before}{body} a tranché lundi."
    assert _names(text, "fr") == [(body, "organization")]


def test_a_french_bodys_last_adjective_is_no_events_noun() -> None:
    # "mondial" ends the body's name; alone, "le Mondial" is a tournament.
    text = "Le rapport du Forum économique mondial classe le pays au dixième rang."
    assert _names(text, "fr") == [("Forum économique mondial", "organization")]


@pytest.mark.parametrize(("text", "language"), [
    ("The camera recorded Plaintiff without Plaintiff's consent. Defendant denied it.", "en"),
    ("Le Demandeur a fait appel, et le Défendeur a refusé de répondre.", "fr"),
])
def test_a_party_to_a_lawsuit_capitalised_by_court_papers_is_no_name(text: str,
                                                                       language: str) -> None:
    assert _names(text, language) == []


@pytest.mark.parametrize("body", [
    "École nationale supérieure de Chimie de Valbourg",
    "École nationale supérieure des Mines de Valbourg",
])
def test_a_name_after_a_bodys_adjectives_completes_it(body: str) -> None:
    assert _names(f"Elle dirige l'{body} depuis mars.", "fr") == [(body, "organization")]


@pytest.mark.parametrize(("text", "names"), [
    ("La Banque centrale européenne de Christine Lagarde a relevé ses taux.",
     [("Banque centrale européenne", "organization"), ("Christine Lagarde", "person")]),
    ("Il siège au Parlement européen de Strasbourg depuis 2019.",
     [("Parlement européen", "organization"), ("Strasbourg", "place")]),
])
def test_a_person_or_a_known_place_after_a_bodys_adjectives_stays_apart(
        text: str, names: list[tuple[str, str]]) -> None:
    assert _names(text, "fr") == names
