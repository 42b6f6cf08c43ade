"""facts.institutions: an institution's noun, its adjectives and its named complement."""

from __future__ import annotations

import pytest

from pressclip.facts.institutions import described_institution, lower_case_name


@pytest.mark.parametrize("phrase", [
    "le ministère grec de la Protection civile",
    "le parquet national financier",
    "le ministère de l'Intérieur italien",
    "the ministry of Defence",
])
def test_descriptions_of_an_institution(phrase: str) -> None:
    assert described_institution(phrase.split(), 1)


@pytest.mark.parametrize("phrase", [
    "le ministère",
    "le ministère de la Santé et des Solidarités",
    "le ministère de la Santé de Paul Dupont",
    "le ministère des affaires courantes",
])
def test_phrases_that_go_on_past_one_description(phrase: str) -> None:
    assert not described_institution(phrase.split(), 1)


def test_lower_case_name_reads_the_words_after_a_capitalised_institution_word() -> None:
    text = "a dit la Cour des comptes."
    start = text.index("Cour")
    assert lower_case_name(text, start, start + 4, len(text)) == "Cour des comptes"
    text = "a dit la Cour des comptes de Paul Dupont."
    assert lower_case_name(text, start, start + 4, len(text)) is None
