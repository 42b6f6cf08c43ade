"""Which language's word lists decide that a capitalised word is no name: a word common in
French may be a surname in English text, and back (sentences written for these tests)."""

from __future__ import annotations

import pytest

from pressclip.facts.entities import find_entities
from pressclip.facts.lexicon import CAPITAL_STOPWORDS, capital_stopwords
from pressclip.facts.names import find_mentions, python_find_mentions

# "durant" is a French preposition; "The" opens an English title quoted in French text.
ENGLISH = "The forward, Marcus Durant, scored twice on Monday. Durant said the team was ready."
FRENCH = "Durant la nuit, le maire Paul Vernot a lu « The Harbour Gazette » aux habitants."


def test_a_french_word_is_a_surname_in_english_text():
    names = {e.text for e in find_entities(ENGLISH, "en")}
    assert "Marcus Durant" in names and "Durant" in names


def test_french_text_reads_both_languages_lists():
    names = {e.text for e in find_entities(FRENCH, "fr")}
    assert "Durant" not in names and "The Harbour Gazette" not in names


def test_a_text_of_unknown_language_reads_both_lists():
    names = {m.text for m in find_mentions(ENGLISH)}
    assert "Marcus Durant" not in names


@pytest.mark.parametrize("language", ["en", "fr", None])
@pytest.mark.parametrize("text", [ENGLISH, FRENCH])
def test_both_twins_read_the_same_language_list(text, language):
    assert find_mentions(text, language) == python_find_mentions(text, language)


def test_english_text_reads_the_english_list_alone():
    assert capital_stopwords("en") < CAPITAL_STOPWORDS == capital_stopwords("fr")
    assert "durant" not in capital_stopwords("en") and "since" in capital_stopwords("en")


@pytest.mark.parametrize("text", ["The vote closes at 7:30 AM EST tomorrow.",
                                  "Filed at 9:15 PM ET by the night desk."])
def test_a_time_zone_after_the_half_of_the_day_is_no_name(text):
    assert find_entities(text, "en") == []
