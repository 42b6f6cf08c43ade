"""A document's words given to its issuer ("the report said"): the mention of the document
that introduces it, not one that only reports its words, and the subject before the
document, not a name after it. Texts written for these tests."""

from __future__ import annotations

from pressclip import find_quotes


def speakers(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, language)]


def test_a_mention_that_only_reports_the_document_s_words_names_no_issuer():
    text = ("The feud has reached a stalemate, according to the report, by the Northsea "
            "Policy Group, a research body. But Norway has been matched by Tomas Holt and "
            'his allies, the new report said. "Talks are going nowhere," the report said.')
    assert speakers(text, "en") == ["the Northsea Policy Group"]


def test_a_name_after_the_document_in_its_sentence_is_not_its_issuer():
    text = ("The Northsea Policy Group studies the sea. In April, the group released a "
            "report focused on the Harbour Police Service and its patrols. "
            '"Patrols are easier to send out than warships," the report said.')
    assert speakers(text, "en") == ["Northsea Policy Group"]


def test_it_after_a_document_s_reported_words_is_the_document_s_issuer():
    text = ("The Northsea Policy Group published a report on Monday. Norway and Sweden have "
            "been matched by their allies, the report said.\n"
            '"Both claimants want the oil," it said. Sweden rejected it.')
    assert speakers(text, "en") == ["Northsea Policy Group"]
