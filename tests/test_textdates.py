"""find_dates on sentences written for these tests, resolved against a publication date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pressclip.facts.textdates import find_dates

# A Monday.
PUBLISHED = datetime(2025, 7, 7, 9, 30)


def values(text: str, published=PUBLISHED) -> list[tuple[str, str]]:
    return [(d.text, d.value) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("Les deux présidents se sont parlé le 4 juillet.", [("4 juillet", "2025-07-04")]),
    ("Le 1er juillet 2024, la loi est entrée en vigueur.", [("1er juillet 2024", "2024-07-01")]),
    ("Vendredi, le ministre a répondu.", [("Vendredi", "2025-07-04")]),
    ("Il l'avait averti en mai.", [("mai", "2025-05")]),
    ("La réunion a eu lieu mardi dernier.", [("mardi dernier", "2025-07-01")]),
    ("Hier, la mairie a fermé les plages.", [("Hier", "2025-07-06")]),
    ("Il reviendra lundi prochain.", [("lundi prochain", "2025-07-14")]),
    ("En décembre dernier, les prix ont baissé.", [("décembre dernier", "2024-12")]),
    ("The leaders spoke on July 4.", [("July 4", "2025-07-04")]),
    ("The law took effect on March 3, 2021.", [("March 3, 2021", "2021-03-03")]),
    ("She resigned last Tuesday.", [("last Tuesday", "2025-07-01")]),
    ("The vote is set for next Friday.", [("next Friday", "2025-07-11")]),
    ("He warned Putin in May that sanctions would follow.", [("May", "2025-05")]),
    ("Police said yesterday that two men were arrested.", [("yesterday", "2025-07-06")]),
    ("The report was filed in December.", [("December", "2024-12")]),
    ("Elle est partie en mai 2019.", [("mai 2019", "2019-05")]),
    ("Le texte du 2023-11-02 est paru au journal officiel.", [("2023-11-02", "2023-11-02")]),
    ("Les travaux reprendront mi-juin.", [("mi-juin", "2025-06")]),
    ("Signé le 14/02/2022 à Kyiv.", [("14/02/2022", "2022-02-14")]),
])
def test_dates_are_resolved_against_the_publication_date(text, expected):
    assert values(text) == expected


def test_offsets_point_into_the_text():
    text = "Le 3 juillet, il a appelé Berlin ; mardi dernier, il était à Paris."
    for d in find_dates(text, PUBLISHED):
        assert text[d.start:d.end] == d.text


def test_without_publication_date_only_dates_with_their_year():
    assert values("Le 4 juillet et le 5 mai 2020, puis hier.", None) == [
        ("5 mai 2020", "2020-05-05")]


def test_accepts_a_plain_date_and_ignores_words_that_are_not_dates():
    assert values("You may want to come; mars is red.", date(2025, 7, 7)) == []
    assert values("Il fait beau aujourd'hui.", date(2025, 7, 7)) == [
        ("aujourd'hui", "2025-07-07")]


def test_impossible_dates_are_skipped():
    assert values("Le 31 février 2024, rien.") == []
