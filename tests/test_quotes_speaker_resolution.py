"""Speakers of quotations, on texts written for these tests (test_quotes_speakers.py's
sequel, that file being long): the subject of the clause that holds the reporting verb,
institutions named in full."""

from __future__ import annotations

from pressclip import find_quotes


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_the_cue_of_a_clause_opened_by_although_is_its_subjects():
    text = ('Coach Dan Merrow is a front runner for the job, although Lena Brisk preferred to '
            'describe him as a "contender".')
    assert speakers(text, "en") == ["Lena Brisk"]


def test_an_institution_noun_alone_is_the_one_body_named_with_it():
    text = ("A man was arrested on Monday in a town near the coast. Northfield Police said he "
            "would appear in court on Friday.\n\nHe spent the night at the station. Police "
            'said he was "calm and cooperative" when officers spoke to him.')
    assert speakers(text, "en") == ["Northfield Police"]


def test_a_title_of_role_words_is_the_role_of_the_person_introduced_with_it():
    text = ("Prime Minister Dr Alan Creel has backed a new forum on banking for the region."
            "\n\nThe forum met on Wednesday in the capital.\n\nThe Prime Minister said, “We "
            "need a better deal for our banks and for the people who use them every day.”")
    assert speakers(text, "en") == ["Alan Creel"]


def test_a_title_alone_found_as_a_name_stands_for_nobody():
    text = ("Grenland's Prime Minister and Head of its Harbour Board, Dr Alan Creel, "
            "has backed a new forum on banking for the region.\n\nThe forum met on Wednesday "
            "in the capital.\n\nThe Prime Minister said, “We need a better deal for our banks "
            "and for the people who use them every day.”")
    assert speakers(text, "en") == ["Alan Creel"]


def test_a_name_joined_to_a_prefix_by_a_hyphen_is_no_subject():
    text = ("Marc Durand a quitté le gouvernement fin août.\n\nLe 4 septembre, quelques heures "
            "avant le remaniement post-Durand, la ministre des Sports Claire Vidal annonce sa "
            "démission pour des « raisons personnelles ».")
    assert speakers(text, "fr") == ["Claire Vidal"]


def test_a_participle_after_a_verb_set_off_by_a_comma_is_its_clauses_subjects():
    text = ('The club kept the donation for years.\n\nLater that week, however, Alan Ferris, '
            'who kept the books of the club back then, broke ranks saying the funds were "a '
            'blot on the club and on all of us".')
    assert speakers(text, "en") == ["Alan Ferris"]


def test_a_document_speaks_for_its_sender_named_a_few_words_after_it():
    text = ('The details were set out in a letter to the party office from lawyers at Brandt '
            'Hollis, now part of a larger firm.\n\nThe letter said: "The money was paid '
            'without the approval of the board of the company."')
    assert speakers(text, "en") == ["Brandt Hollis"]


NEXT_LINE = ("veut « tourner la page » avec ses voisins\nLars Vinter, qui rencontre ce jeudi ses "
             "homologues à Oslo, affirme qu'il souhaite « tourner enfin la page ».")


def test_a_role_nobody_held_before_is_held_by_the_person_opening_the_next_line():
    text = "Le ministre norvégien des Finances " + NEXT_LINE
    assert speakers(text, "fr") == ["Lars Vinter", "Lars Vinter"]


def test_a_capitalised_title_with_its_article_is_no_name():
    text = "Le Premier ministre norvégien " + NEXT_LINE
    assert speakers(text, "fr") == ["Lars Vinter", "Lars Vinter"]


def test_the_time_opening_a_live_report_entry_is_no_part_of_the_speaker():
    text = "7h05 - Le ministre norvégien des Finances " + NEXT_LINE
    assert speakers(text, "fr") == ["Lars Vinter", "Lars Vinter"]


def test_a_part_of_an_organisation_speaks_for_the_organisation():
    text = ('The scandal has given the opposition new ammunition.\n\n"He still continues his '
            'work and his friends stand by him," a youth wing of the opposition '
            'Northland Reform Party said in a statement.')
    assert speakers(text, "en") == ["Northland Reform Party"]
