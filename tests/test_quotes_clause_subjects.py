"""The subject of the clause a reporting verb ends, read before the quote: a clause that
a conjunction opens has a subject of its own, and an object pronoun is nobody's subject.
Texts written for these tests."""

from __future__ import annotations

from pressclip import find_quotes


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_a_clause_opened_by_a_conjunction_after_a_comma_has_its_own_subject():
    text = ("Singer Mara Vellani left the stage early in Lisbon, in this file photo.\n\n"
            "Mara Vellani's brother appeared in court on Friday, and the troubled singer "
            'whispered, "Stay strong," as he was led away.')
    assert speakers(text, "en") == ["Mara Vellani"]


def test_an_object_pronoun_before_the_verb_is_not_its_subject():
    text = ("Singer Mara Vellani left the stage early in Lisbon, in this file photo.\n\n"
            "Mr. Oskar Lind, the judge, read the verdict on Friday.\n\n"
            "The court rose at noon, and the troubled singer blew him kisses and whispered, "
            '"Stay strong, we will wait for you at home," as her brother was led away.')
    assert speakers(text, "en") == ["Mara Vellani"]


def test_a_clause_opened_by_a_conjunction_without_a_subject_shares_the_first_one():
    text = ("Tomas Ekberg chaired the hearing.\n\n"
            'Tomas Ekberg stood up, and then said: "We adjourn until Monday."')
    assert speakers(text, "en") == ["Tomas Ekberg"]


def test_a_conjoined_clause_s_subject_beats_a_name_of_the_first_clause():
    text = ("Singer Mara Vellani left the stage early in Lisbon, in this file photo.\n\n"
            "Judge Oskar Lind read the verdict on Friday, and the troubled singer blew him "
            'kisses and whispered, "Stay strong, we will wait for you at home."')
    assert speakers(text, "en") == ["Mara Vellani"]


def test_a_civility_after_a_fronted_clause_s_comma_opens_the_subject_s_name():
    text = ("Tomas Holt leads the rival party. In a speech before a joint session of the "
            "Valorian Parliament, Mr. Brandt adopted a firm stance. \"Nobody takes our "
            "harbour without a fight,\" he said.")
    assert speakers(text, "en") == ["Brandt"]

