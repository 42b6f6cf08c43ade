"""French prepositions that introduce a place ("jusqu'à", "derrière", "devant"), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from pressclip.facts.entities import find_entities


@pytest.mark.parametrize("before", ["jusqu'à", "jusqu’à", "derrière", "devant"])
def test_an_unknown_name_after_a_french_place_preposition_is_a_place(before: str) -> None:
    text = f"Le cortège est passé {before} Valbonnet samedi."
    assert [(e.text, e.type) for e in find_entities(text, "fr")] == [("Valbonnet", "place")]


def test_a_person_named_in_full_stays_a_person_after_them() -> None:
    text = "Jean Vaudrel a parlé. Il a été placé devant Vaudrel samedi."
    assert {e.type for e in find_entities(text, "fr")} == {"person"}
