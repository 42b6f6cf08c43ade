"""The capitalised runs names are read from: names that open with a capital of Latin
Extended-A (Central European, Baltic, Turkish names in English and French text), an
initial's full stop before a comma; on sentences written for these tests, the compiled
run finder and its Python twin finding the same runs."""

from __future__ import annotations

from pressclip.facts.entities import find_entities
from pressclip.facts.name_runs import capitalised_runs, python_capital_runs


def test_names_opening_with_a_latin_extended_capital_are_found() -> None:
    text = "Le parti ČSSD a quitté la coalition, a déclaré Zuzana Řehořová à Łódź."
    assert [(e.text, e.type) for e in find_entities(text, "fr")] == [
        ("ČSSD", "organization"), ("Zuzana Řehořová", "person"), ("Łódź", "place")]


def test_the_compiled_runs_take_latin_extended_capitals_as_the_twin_does() -> None:
    text = "Škoda met Ōtaki and İzmir officials; Žilina said so."
    assert capitalised_runs(text) == python_capital_runs(text)
    assert [run[0] for run in python_capital_runs(text)][:2] == ["Škoda", "Ōtaki"]


def test_an_initial_keeps_its_full_stop_before_a_comma() -> None:
    # No sentence ends in ".,": the stop is the initial's, on both scans.
    text = "Karim B., imam à Valbourg, a parlé. Selon Karim B., le texte est ancien."
    assert [(e.text, e.type) for e in find_entities(text, "fr")] == [
        ("Karim B.", "person"), ("Valbourg", "place"), ("Karim B.", "person")]
    assert capitalised_runs(text) == python_capital_runs(text)
