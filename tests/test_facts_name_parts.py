"""Name parts that look like something else (facts/name_parts.py), on texts written for
these tests: a month's name that is a given name, initials glued before a surname."""

from __future__ import annotations

from pressclip import find_quotes
from pressclip.facts.entities import find_entities
from pressclip.facts.name_forms import python_canonical_names
from pressclip.facts.names import canonical_names, find_mentions, python_find_mentions


def types(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in find_entities(text, "en"):
        out.setdefault(e.text, set()).add(e.type)
    return out


def test_a_month_given_name_before_a_surname_opens_the_name():
    text = ("The mayor met June Halvorsen on Monday.\n\n"
            '"We will rebuild the port," said June Halvorsen.')
    assert types(text) == {"June Halvorsen": {"person"}}
    assert [q.speaker for q in find_quotes(text, "en")] == ["June Halvorsen"]


def test_a_later_surname_resolves_to_the_month_given_name():
    text = ("April Kestrelton leads the council.\n\nThe vote was close on Monday.\n\n"
            '"We will rebuild the port," Kestrelton said.')
    assert [q.speaker for q in find_quotes(text, "en")] == ["April Kestrelton"]


def test_a_month_before_a_body_a_place_or_a_lower_case_word_stays_a_date():
    text = ("In May Parliament voted the budget. In June Britain signed it, in May London. "
            "The primaries are near: in April Primaries begin.")
    found = types(text)
    assert "May Parliament" not in found and "June Britain" not in found
    assert "April Primaries" not in found and "May London" not in found


def test_the_month_rule_reads_the_same_in_both_twins():
    text = "Reporters asked August Brennholt and May Quillan about it. In May Parliament sat."
    spans = [(m.text, m.type) for m in python_find_mentions(text)]
    assert [(m.text, m.type) for m in find_mentions(text)] == spans
    assert ("August Brennholt", "person") in spans and ("May Quillan", "person") in spans


def test_glued_initials_before_a_surname_are_a_person():
    text = ("K.J. Vantrell shot a 68 on Sunday.\n\nThe wind dropped in the afternoon.\n\n"
            '"I putted well all day," Vantrell said.')
    assert types(text) == {"K.J. Vantrell": {"person"}, "Vantrell": {"person"}}
    assert [q.speaker for q in find_quotes(text, "en")] == ["K.J. Vantrell"]


def test_a_country_s_dotted_initials_still_name_a_body():
    assert types("Shares of U.S. Quarvex fell.")["U.S. Quarvex"] == {"organization"}


def test_a_surname_opening_with_two_particles_speaks_for_the_full_name():
    text = ("Maria de la Forteza leads the council.\n\nThe vote was close on Monday.\n\n"
            '"We will rebuild the port," de la Forteza said.')
    assert [q.speaker for q in find_quotes(text, "en")] == ["Maria de la Forteza"]
    text = ("Marie de la Fortaine dirige le conseil.\n\nLe vote était serré.\n\n"
            "« Nous reconstruirons le port », a déclaré de la Fortaine.")
    assert [q.speaker for q in find_quotes(text, "fr")] == ["Marie de la Fortaine"]



def test_a_surname_whose_particle_opens_a_sentence_is_the_full_name():
    text = ("Rania al Qadiri leads the council.\n\nThe vote was close on Monday.\n\n"
            '"We will rebuild the port," Al Qadiri said.')
    assert [q.speaker for q in find_quotes(text, "en")] == ["Rania al Qadiri"]
    mentions = find_mentions(text)
    assert canonical_names(mentions, text) == python_canonical_names(mentions, text)


def test_a_korean_family_name_before_a_hyphened_given_name_is_a_person():
    text = ("Moon Tae-yang runs the lab with Ban Su-in.\n\n"
            '"We will publish soon," said Moon.')
    found = types(text)
    assert found["Moon Tae-yang"] == {"person"} and found["Ban Su-in"] == {"person"}
    assert [q.speaker for q in find_quotes(text, "en")] == ["Moon Tae-yang"]


def test_a_hyphened_word_after_another_word_stays_a_body():
    assert types("Volunteers joined Go Anti-war on Monday.") == {"Go Anti-war": {"organization"}}


def test_a_month_given_name_before_a_small_town_s_name_opens_the_name():
    text = ("April Galway leads the council.\n\nThe vote was close on Monday.\n\n"
            '"We will rebuild the port," Galway said.')
    assert [q.speaker for q in find_quotes(text, "en")] == ["April Galway"]


def test_a_given_name_opening_a_sentence_before_a_two_word_surname_is_kept():
    text = ("Nimal Yapa Derawanna leads the council.\n\nThe vote was close.\n\n"
            '"We will rebuild the port," Yapa Derawanna told reporters.')
    assert [q.speaker for q in find_quotes(text, "en")] == ["Nimal Yapa Derawanna"]
    assert [m.text for m in python_find_mentions(text)] == [m.text for m in find_mentions(text)]
