"""Companies named by their line of trade ("Hanwel Parts", "Quorel Assurances"): typed as
bodies, not people, in English and French. Invented texts."""

from pressclip.facts.entities import find_entities


def _typed(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text, language)]


def test_a_name_ending_in_a_trade_in_the_plural_is_a_company():
    text = "Hanwel Parts, a supplier, said it would cut jobs. Hanwel Parts said so."
    assert set(_typed(text, "en")) == {("Hanwel Parts", "organization")}


def test_a_brand_maker_speaking_is_a_company():
    assert ("Bremmer Brands", "organization") in _typed("Bremmer Brands said so.", "en")


def test_a_french_insurer_is_a_company():
    text = "Quorel Assurances a annoncé mardi une hausse de ses primes."
    assert ("Quorel Assurances", "organization") in _typed(text, "fr")


def test_a_trade_plural_still_closes_a_bodys_complement():
    text = "Officials of the Korvan Bureau of Fisheries and Aquatic Resources said so."
    assert _typed(text, "en") == [
        ("Korvan Bureau of Fisheries and Aquatic Resources", "organization")]
