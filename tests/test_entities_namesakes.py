"""A surname that several people of an article share: the person its title or role points
to (facts/entity_namesakes.py), on sentences written for these tests."""

from __future__ import annotations

from pressclip.facts.entities import find_entities


def canonical_forms(text: str, name: str) -> list[str]:
    return [e.canonical for e in find_entities(text, "en") if e.text == name]


def test_a_gendered_title_picks_the_one_namesake_of_that_gender():
    text = ("The suit names former council member Tom Varlow, and his wife, Ann Rita Varlow, "
            "a teacher. It says the mayor kept Ms. Varlow from leaving and made promises to "
            "Mr. Varlow.")
    assert canonical_forms(text, "Varlow") == ["Ann Rita Varlow", "Tom Varlow"]


def test_the_role_a_namesake_was_introduced_with_picks_him():
    text = ("Defence Secretary Gotam Pelasar spoke first. President Mohan Raj Pelasar, his "
            "brother, agreed. Later, Defence Secretary Pelasar said the army would push on.")
    assert canonical_forms(text, "Pelasar") == ["Gotam Pelasar"]


def test_a_bare_surname_with_nothing_before_it_keeps_the_fullest_name():
    # Neither a title nor a role tells which of them: the fullest name, as for any surname.
    text = ("Tom Varlow and Ann Rita Varlow met the mayor. The elder Varlow said he would "
            "sue.")
    assert canonical_forms(text, "Varlow") == ["Ann Rita Varlow"]
