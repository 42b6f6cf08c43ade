"""How a lone capitalised word is typed (entity_types' vote), on sentences written for these
tests."""

from __future__ import annotations

from pressclip.facts.entities import find_entities
from pressclip.facts.entity_types import python_type_by_vote
from pressclip.facts.names import find_mentions


def types(text: str, language: str = "en") -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in find_entities(text, language):
        out.setdefault(e.text, set()).add(e.type)
    return out


def test_a_lone_speaker_the_next_sentence_calls_he_is_a_person():
    found = types("Vantorelli said the harbour would reopen in May. He thanked the dock "
                  "workers.")
    assert found["Vantorelli"] == {"person"}


def test_a_lone_speaker_with_no_pronoun_after_stays_a_body():
    found = types("Vantorelli said the harbour would reopen in May. The dock workers cheered. "
                  "Quarvex said on Monday it would cut 300 jobs.")
    assert found["Vantorelli"] == {"organization"} and found["Quarvex"] == {"organization"}


def test_the_pronoun_rule_reads_the_same_in_both_twins():
    text = "Brenholt said the vote was lost. She left the hall. Quarvex said it would appeal."
    typed = [(m.text, m.type) for m in python_type_by_vote(find_mentions(text), text, "en")]
    assert [(e.text, e.type) for e in find_entities(text, "en")] == typed
    assert ("Brenholt", "person") in typed and ("Quarvex", "organization") in typed


def test_a_place_kind_word_alone_is_no_name():
    found = types("The tax is due to the treasurer of Harlow county. The sum due to said "
                  "County was paid, and that State will repay it.")
    assert "County" not in found and "State" not in found


def test_words_in_capitals_that_the_text_writes_in_lower_case_are_a_heading():
    found = types("DOMESTIC\nThe domestic news is quiet. NATO met in Brussels.\nFEMALE "
                  "TEACHERS\nTwo female teachers were hired.")
    assert "DOMESTIC" not in found and "FEMALE TEACHERS" not in found
    assert found["NATO"] == {"organization"}


def test_a_place_with_its_kind_word_in_lower_case_after_is_one_place():
    text = ("The land lies in Harlow county, near the Tessick river, and was sold to Wayne "
            "Dolan. His shop stands on Ambry street.")
    found = types(text)
    assert found["Harlow county"] == {"place"} and found["Tessick river"] == {"place"}
    assert found["Ambry street"] == {"place"} and found["Wayne Dolan"] == {"person"}


def test_a_titled_name_keeps_its_office_after_it_out():
    assert "Dolan county" not in types("Mr. Dolan county commissioner, spoke first.")


def test_a_lone_word_before_its_kind_noun_is_a_body():
    # Opening a sentence (the mention finder keeps it) and inside one (the vote backs it).
    text = ("Markets were calm on Monday. Quenwick news agency reported that the budget "
            "would pass. The figures were first printed by the Dravella daily.")
    found = types(text)
    assert found["Quenwick"] == {"organization"} and found["Dravella"] == {"organization"}
    typed = [(m.text, m.type) for m in python_type_by_vote(find_mentions(text, "en"), text, "en")]
    assert [(e.text, e.type) for e in find_entities(text, "en")] == typed


def test_a_word_before_a_kind_noun_that_heads_its_own_phrase_is_no_body():
    # An adjective, a participle or a plural opening the sentence; the noun introducing the
    # name after it; a noun before "of"; a place the gazetteer knows.
    found = types("Regional newspaper editors met on Monday. Mining company Tarvel Copper "
                  "said its mine was safe. Bunds firm as investors wait. Shares in the "
                  "Detroit carmaker fell. Trelvo group of farmers sued.")
    assert not {"Regional", "Mining", "Bunds", "Trelvo"} & set(found)
    assert found["Tarvel Copper"] == {"organization"} and found["Detroit"] == {"place"}
