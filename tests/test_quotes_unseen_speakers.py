"""Speakers that unseen English articles gave wrongly, one kind of error a test, on texts
written for these tests: the speaker phrase after an inverted cue, an unnamed source."""

from __future__ import annotations

from pressclip import find_quotes


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_a_participle_clause_after_the_name_is_no_part_of_the_speaker():
    text = ("Critics answered the new advertisement on Monday.\n\n"
            '"It is part of a larger pattern of attacks," said Hollis citing both Carter '
            "accusing Romney of fraud.")
    assert speakers(text, "en") == ["Hollis"]


def test_a_participle_before_a_role_noun_stays_an_adjective_of_the_role():
    text = ("Acting Ambassador Dana Whitcombe led the talks.\n\n"
            '"We are close to a deal on the border," said the acting ambassador.')
    assert speakers(text, "en") == ["Dana Whitcombe"]


def test_an_unnamed_person_described_by_sex_and_age_is_named_by_the_description():
    text = ("Angry residents stood at a barricade near the plant.\n\n"
            '"It is far too smelly to live here," says a young man wearing a mask. '
            '"We are here to protect our rights," he says, declining to give his name.')
    assert speakers(text, "en") == ["young man", "young man"]


def test_french_unnamed_person_described_by_sex_is_named_by_the_description():
    text = ("Des habitants attendaient devant la mairie.\n\n"
            "« Nous attendons des réponses depuis des mois », confie une femme âgée.")
    assert speakers(text, "fr") == ["femme âgée"]
