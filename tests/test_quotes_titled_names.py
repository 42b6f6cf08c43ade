"""A speaker phrase that an abbreviated title or a civility opens names a person, whatever
the entity pass made of the name: what follows "of" is where that person works. Texts
written for these tests."""

from __future__ import annotations

from pressclip import find_quotes


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_a_titled_name_before_of_is_the_speaker_not_the_whole_phrase():
    text = ("Nobody has been charged yet. \"It is still early,\" Sgt. Okafor of the MPD "
            "said, referring to the inquiry.")
    assert speakers(text, "en") == ["Okafor"]


def test_a_titled_surname_before_of_gives_the_full_name_the_text_introduced():
    text = ("Lena Okafor leads the inquiry. \"It is still early,\" said Dr. Okafor of "
            "the City Clinic.")
    assert speakers(text, "en") == ["Lena Okafor"]


def test_a_body_whose_name_has_of_keeps_its_name():
    text = "\"Rates will stay where they are,\" the Bank of Norland said on Monday."
    assert speakers(text, "en") == ["the Bank of Norland"]
