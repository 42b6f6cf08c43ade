"""Places set apart before the vote (facts/entity_places.py): hyphened pairs of places and
the towns heading dispatches. Invented texts."""

from pressclip.facts.entities import find_entities


def _typed(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text, language)]


def test_a_match_between_two_countries_names_both():
    text = "Le ministre a vu la finale Norvège-Portugal de la Coupe avec Paul Girard."
    assert ("Norvège", "place") in _typed(text, "fr")
    assert ("Portugal", "place") in _typed(text, "fr")


def test_a_route_between_two_cities_names_both():
    assert _typed("The Lisbon-Madrid flight was late on Monday.", "en") == [
        ("Lisbon", "place"), ("Madrid", "place")]


def test_a_pair_after_an_article_stays_one_name():
    found = _typed("Les armées de l'Autriche-Hongrie reculent.", "fr")
    assert ("Autriche", "place") not in found
    assert ("Austria", "place") not in _typed("He served the Austria-Hungary of old.", "en")


def test_a_known_hyphened_place_is_not_cut():
    assert ("Bade-Wurtemberg", "place") in _typed("Le land de Bade-Wurtemberg vote.", "fr")


def test_a_town_heading_a_dispatch_is_a_place():
    text = "NOUVELLES DIVERSES. Kolbrunnen, 21 août. La diète a siégé hier."
    assert ("Kolbrunnen", "place") in _typed(text, "fr")
    text = "The news came late. Marrowville, January 5. The mayor resigned."
    assert ("Marrowville", "place") in _typed(text, "en")


def test_a_weekday_or_a_given_name_heads_no_dispatch():
    assert _typed("Il viendra. Mardi, 7 novembre. Rien.", "fr") == []
    assert ("Pierre", "place") not in _typed("Il viendra. Pierre, 7 novembre. Rien.", "fr")


def test_a_place_preposition_governs_its_list():
    found = _typed("Les troupes sont entrées à Korvada, Belnitz, Oskavo et Trelmina.", "fr")
    assert [t for _, t in found] == ["place"] * 4
    found = _typed("They met in Elmdale, Fernhill and Oakmere on Monday.", "en")
    assert found == [("Elmdale", "place"), ("Fernhill", "place"), ("Oakmere", "place")]


def test_a_list_ends_where_no_comma_or_conjunction_joins():
    assert ("Quarvex", "place") not in _typed(
        "Elle a travaillé à Lisbonne pour Quarvex. Quarvex a recruté.", "fr")


def test_a_place_kind_then_of_names_a_place():
    found = _typed("The State of Nevelland passed the bill; the Port of Marrowby closed.", "en")
    assert ("State of Nevelland", "place") in found
    assert ("Port of Marrowby", "place") in found
    assert ("Bank of Marrowby", "organization") in _typed(
        "The Bank of Marrowby raised its rate.", "en")


def test_a_comma_after_a_fronted_place_opens_no_list():
    assert ("Quarvex", "place") not in _typed("In London, Quarvex said profits rose.", "en")
    assert ("Quarvex", "place") not in _typed("Il est né à Lyon, Quarvex le sait.", "fr")


def test_lists_are_read_in_french_and_english_only():
    found = _typed("Wir trafen uns in Berlin, Kunden, Freunde, Nachbarn.", "de")
    assert ("Kunden", "place") not in found
