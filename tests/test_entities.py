"""find_entities on sentences written for these tests."""

from __future__ import annotations

from pressclip.facts.entities import find_entities


def by_text(text: str) -> dict[str, tuple[str, str]]:
    out = {}
    for e in find_entities(text):
        assert text[e.start:e.end] == e.text
        out[e.text] = (e.type, e.canonical)
    return out


def test_surname_and_titled_mentions_take_the_fullest_name():
    text = ("Le président Donald Trump a reçu Volodymyr Zelensky. M. Trump a ensuite "
            "appelé M. Zelensky depuis la Maison-Blanche.")
    entities = find_entities(text)
    trumps = [e for e in entities if e.text.endswith("Trump")]
    assert [e.text for e in trumps] == ["Donald Trump", "Trump"]
    assert {e.canonical for e in trumps} == {"Donald Trump"}
    assert all(e.type == "person" for e in trumps)
    assert {e.canonical for e in entities if e.text.endswith("Zelensky")} == {
        "Volodymyr Zelensky"}


def test_different_people_sharing_a_surname_stay_apart():
    found = by_text("Anna Weber and Paul Weber met the mayor. Weber said nothing.")
    assert found["Anna Weber"][1] == "Anna Weber"
    assert found["Paul Weber"][1] == "Paul Weber"


def test_organisations_places_and_titles():
    text = ("Palmetto Police Sgt. Lee Gragg told reporters that the University of Georgia "
            "and NATO were consulted. Reporters in Berlin waited.")
    found = by_text(text)
    assert found["Lee Gragg"][0] == "person"
    assert found["University of Georgia"][0] == "organization"
    assert found["NATO"][0] == "organization"
    assert found["Berlin"][0] == "place"


def test_sentence_initial_function_words_and_elisions_are_not_names():
    found = by_text("C’est l’Ukraine qui a demandé. Dans la soirée, Le Monde a publié.")
    assert "C’est" not in found and "Dans" not in found
    assert "Ukraine" in found


def test_empty_text():
    assert find_entities("") == []
