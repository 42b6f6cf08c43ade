"""The language gate: facts only in pressclip.FACT_LANGUAGES, and the record says which."""

from __future__ import annotations

from itertools import islice

import pytest

import pressclip
from bench import datasets
from pressclip.facts.analyse import read_facts

GERMAN = ("Die Digitalisierung der Verwaltung kommt nur langsam voran. Effizienz sei "
          "wichtig, sagte Anna Schmidt hier am Dienstag. „Wir brauchen mehr Personal und "
          "bessere Software für alle Ämter in Berlin und München“, erklärte sie.")
FRENCH = ("Le ministre Jean Dupuis a visité Lyon hier. « Nous finirons en juin », a-t-il "
          "déclaré devant les élus de la région.")


def test_fact_languages_are_french_and_english():
    assert set(pressclip.FACT_LANGUAGES) == {"en", "fr"}


def test_german_text_gets_no_facts_and_german_hier_is_no_date():
    facts = read_facts(GERMAN, "de", "2025-03-04")
    assert (facts.quotes, facts.entities, facts.dates, facts.language) == ([], [], [], None)


def test_unknown_language_gets_no_facts():
    assert read_facts(FRENCH, None, "2025-03-04").language is None


def test_french_text_gets_facts_and_their_language():
    facts = read_facts(FRENCH, "fr", "2025-03-04")
    assert facts.language == "fr"
    assert facts.quotes and facts.entities
    assert [d.value for d in facts.dates if d.text == "hier"] == ["2025-03-03"]


def test_text_mode_record_names_its_facts_language():
    german = pressclip.extract_text("Verwaltung\n\n" + GERMAN + "\n\n" + GERMAN)
    assert german.language == "de"
    assert german.to_dict()["facts_language"] is None
    assert not (german.quotes or german.entities or german.dates)
    french = pressclip.extract_text("Titre\n\n" + FRENCH + "\n\n" + FRENCH)
    assert french.language == "fr" and french.facts_language == "fr"
    assert french.entities
    assert pressclip.extract_text(FRENCH, facts=False).facts_language is None


@pytest.mark.skipif(not datasets.available(),
                    reason="../shared/data is absent (a user's clone): no real pages")
def test_real_pages_outside_fact_languages_carry_no_facts():
    other = [row for row in datasets.rows("fundus_dev")
             if row["lang"] not in pressclip.FACT_LANGUAGES]
    read = 0
    for row in islice(other, 12):
        record = pressclip.extract(row["html"], url=row["url"])
        if record.language in pressclip.FACT_LANGUAGES:
            continue  # the page's own lang field is a cheap guess; the record's decides
        read += 1
        assert record.facts_language is None, row["id"]
        assert not (record.quotes or record.entities or record.dates), row["id"]
    assert read >= 8
    english = next(row for row in datasets.rows("fundus_dev") if row["lang"] == "en")
    record = pressclip.extract(english["html"], url=english["url"])
    assert record.facts_language == "en" and record.entities
