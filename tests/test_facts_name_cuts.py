"""The name finder's cuts and types that decide a speaker, on sentences written for these
tests: a sentence's first word is no name, a description before a full name is not part of
it, and a given name alone is the person whose full name it begins."""

from __future__ import annotations

from pressclip.facts.names import find_mentions, python_find_mentions
from pressclip.facts.quotes import find_quotes


def names(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in find_mentions(text):
        assert text[m.start:m.end] == m.text
        out.setdefault(m.text, set()).add(m.type)
    assert python_find_mentions(text) == find_mentions(text)
    return out


def test_a_word_opening_a_sentence_after_an_ellipsis_is_no_name() -> None:
    found = names("The dish had no meat. Sigh… Sometimes, I just tell him to eat it.")
    assert "Sometimes" not in found
    # A name after an ellipsis inside a sentence is still found where the text backs it.
    assert "Marta Quell" in names("Then… Marta Quell arrived, and Quell sat down.")


def test_a_sentence_opener_glued_to_a_name_the_text_gives_alone_is_cut() -> None:
    text = ("Everyone had Zenfold accounts by then. Was Zenfold the place for photos this "
            "time? No, it was not.")
    found = names(text)
    assert "Was Zenfold" not in found and "Zenfold" in found
    # A given name, a known place or a body's name opening the sentence stays whole.
    assert "Will Smith" in names("Smith will stay. Will Smith arrived on Monday.")
    assert "New Zealand" in names("Zealand was new. New Zealand won the toss.")


def test_a_description_glued_to_a_prefix_before_a_full_name_is_not_part_of_it() -> None:
    found = names("The fight began after a hit by ex-Lancer Ben Okafor in the second period.")
    assert "Ben Okafor" in found and "Lancer Ben Okafor" not in found
    assert "Ana Okafor" in names("Jo Brand met pro-Harbour Ana Okafor there.")
    # A body's name after a prefix keeps its first word.
    assert "Ruritania Trade Council" in names("A non-Ruritania Trade Council plan failed.")


def test_a_councillors_abbreviation_is_a_title() -> None:
    found = names("Coun Mira Holt, leader of the city council, said the plan would work.")
    assert found.get("Mira Holt") == {"person"}
    assert "Coun Mira Holt" not in found


def test_a_given_name_alone_is_the_person_its_full_name_names() -> None:
    text = ("I baked from Tess Varga's new book this week. Tess's recipes are simple. "
            "The toffee was, as Tess put it, \"grown-up candy for a cold night\".")
    found = names(text)
    assert found["Tess"] == {"person"}
    quotes = find_quotes(text, "en")
    assert [q.speaker for q in quotes] == ["Tess Varga"]
    # Not a place that begins a person's name, nor a name two full names begin.
    assert names("Paris Hilton flew to Paris.")["Paris"] != {"person"}
    mixed = names("Tess Varga and Tess Orm met Tess.")
    assert mixed.get("Tess") != {"person"}


def test_a_sentence_opener_written_before_the_only_name_holding_it_is_no_name() -> None:
    text = ("Debout sur la scène, Lucien Marrot salue la salle. « Je reste », dit-il. "
            "Il avait rejoint le collectif Matin Debout en 2016.")
    found = names(text)
    assert "Debout" not in found and "Matin Debout" in found
    # A surname may open a headline before the person's full name: it stays a name.
    assert "Okafor" in names("Okafor wins the final. Ben Okafor beat the champion.")
    assert "Holm" in names("Holm resigns. Minister Karin Holm left on Monday.")
    assert "Zelvak" in names("Zelvak backs the plan\nQuorvin Zelvak spoke on Monday.")
    # Written after the full name, the opener is its short form, as before.
    assert "Debout" in names("Il a rejoint Matin Debout en 2016. Debout a grandi depuis.")
