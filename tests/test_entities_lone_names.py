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
