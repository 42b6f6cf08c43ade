"""Companies and countries as the subjects of wire copy: a lone name whose ending looks
like a people's word, a name that opens a sentence with a country's name as its last word.
English, invented texts and names."""

from pressclip.facts.entities import find_entities
from pressclip.facts.name_context import demonym_shaped
from pressclip.facts.names import find_mentions
from pressclip.facts.quotes import find_quotes


def _typed(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text, language)]


def test_an_after_m_or_a_doubled_consonant_is_no_peoples_ending():
    assert not demonym_shaped("texan")  # five letters: too short for the test
    assert demonym_shaped("bavarian") and demonym_shaped("kansan") and \
        demonym_shaped("prussian")
    assert not demonym_shaped("varossan") and not demonym_shaped("delkman")


def test_a_brand_ending_in_a_doubled_consonant_and_an_is_a_name():
    assert _typed("Varossan and Tellano said on Tuesday they would recall 2 million cars.") \
        == [("Varossan", "organization"), ("Tellano", "organization")]


def test_a_regional_peoples_word_stays_out():
    assert _typed("Bavarian and Tellano officials met on Tuesday.") == [
        ("Tellano", "organization")]


def test_a_name_opening_a_sentence_with_a_country_last_stays_whole():
    # "Air" is no role's plural and the text never writes it in lower case: the name's
    # first word, not a word glued to the country's name.
    assert _typed("Air Canada said on Monday it would cut 400 jobs.") == [
        ("Air Canada", "organization")]


def test_a_roles_plural_before_a_country_is_cut_off():
    assert _typed("Holders Egypt maintain their lead in the group.") == [("Egypt", "place")]
    assert _typed("Rival Poland has the lead. The rival side won.") == [("Poland", "place")]


def test_two_lone_names_opening_a_sentence_before_a_verb_are_bodies():
    assert _typed("Dorvane or Kestrell will announce the results next week.") == [
        ("Dorvane", "organization"), ("Kestrell", "organization")]


def test_two_lone_words_with_no_verb_after_stay_out():
    assert _typed("Outlook and Comment\nPrices rose in the spring.") == []


def test_a_speaker_whose_shares_the_text_names_is_a_body_in_every_mention():
    text = '"Demand remains strong," Korvane said on Monday. Korvane shares rose 2 percent.'
    assert {(m.text, m.type) for m in find_mentions(text, "en")} == {
        ("Korvane", "organization")}
    assert [(q.speaker, q.speaker_kind) for q in find_quotes(text, "en")] == [
        ("Korvane", "organization")]


def test_a_speaker_that_said_its_is_a_body():
    text = 'Tolvane said its profit fell. "We are confident," Tolvane said.'
    assert [q.speaker_kind for q in find_quotes(text, "en")] == ["organization"]


def test_a_persons_surname_before_shares_the_verb_stays_a_person():
    text = "Ana Morvell won the seat. Morvell shares the view that taxes must fall."
    assert {m.type for m in find_mentions(text, "en")} == {"person"}


def test_full_names_in_a_scorecards_brackets_are_people():
    text = ("Scores: Kestland first innings 288 (R. Dalloway 97, Tomas Brevik 55; "
            "Imran Qadeem 4-61) Orlavia 240.")
    typed = _typed(text)
    assert ("R. Dalloway", "person") in typed and ("Tomas Brevik", "person") in typed


def test_a_body_in_brackets_before_a_score_is_no_scorer():
    # names.py reads "Union Kestel" as a body ("Union"): a club's score in brackets.
    text = "Semi-final results (Union Kestel 2, Varnholm 1) were confirmed on Sunday."
    assert ("Union Kestel", "organization") in _typed(text)


def test_an_adverb_between_the_pair_and_its_verb():
    assert _typed("Dorvane and Kestrell both declined to comment.") == [
        ("Dorvane", "organization"), ("Kestrell", "organization")]
