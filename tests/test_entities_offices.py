"""A place before an English office with no holder's name after it (facts/entity_offices.py):
the place is a name, the office is not. Invented texts."""

from pressclip.facts.entities import find_entities


def _typed(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text, language)]


def test_a_country_before_its_prime_minister_is_a_place():
    assert _typed("The Norway PM said so on Monday.", "en") == [("Norway", "place")]


def test_a_headline_office_after_a_country_leaves_the_country():
    assert ("Portugal", "place") in _typed("Trial of ex-Portugal PM delayed\nIt rained.", "en")


def test_an_office_before_its_holder_leaves_the_holder_a_person():
    found = _typed("The Norway PM Quorin Talvik said so on Monday.", "en")
    assert ("Quorin Talvik", "person") in found


def test_a_newspaper_named_after_its_town_stays_whole():
    assert _typed("The Oslo Star said so.", "en") == [("Oslo Star", "organization")]
