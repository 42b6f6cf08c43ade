"""detect_language: texts written for these tests, and agreement with the shared data's lang."""

from __future__ import annotations

import pytest

from bench import datasets
from pressclip.metadata.language import detect_language, normalise_hint

FRENCH = ("Le conseil municipal a voté mardi soir le budget de la ville pour l'année prochaine, "
          "après un long débat sur le prix des cantines scolaires.")
ENGLISH = ("The city council voted on Tuesday evening for next year's budget, after a long "
           "debate about the price of school meals.")
GERMAN = ("Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr beschlossen, "
          "nach einer langen Debatte über die Preise der Schulkantinen.")


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (ENGLISH, "en"), (GERMAN, "de")])
def test_article_text(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_confident_text_outweighs_a_wrong_hint() -> None:
    assert detect_language(FRENCH, hint="en-US") == "fr"


def test_hint_decides_for_short_text() -> None:
    assert detect_language("Paris 2025", hint="fr_FR") == "fr"
    assert detect_language("OK", hint="de") == "de"


def test_nothing_to_read() -> None:
    assert detect_language("") is None
    assert detect_language("12 34 -- !!") is None
    assert detect_language("   ", hint="fr") == "fr"


def test_hint_normalisation() -> None:
    assert normalise_hint("fr-FR") == "fr"
    assert normalise_hint(" EN ") == "en"
    assert normalise_hint("x-default") is None
    assert normalise_hint("deu") is None
    assert normalise_hint(None) is None


def test_agrees_with_shared_data_language() -> None:
    if not datasets.available():
        pytest.skip(f"shared data not found at {datasets.DATA}")
    pairs = [(row["lang"], " ".join(row["with"])) for row in datasets.rows("trafilatura")
             if row["lang"] and row["with"]]
    right = sum(detect_language(text) == lang for lang, text in pairs)
    # 0.976 measured on body starts; the lang field itself is a cheap guess.
    assert right / len(pairs) >= 0.95
