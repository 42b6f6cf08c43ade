"""The compiled loops of the facts pass against their Python twins.

The mention finder (facts/_mentions.pyx: find_mentions, sentence_start, next_to_cue, is_cue,
is_acronym, canonical_names, shared_surnames, entity_records; twins in names.py, lexicon.py
and entities.py) and the entity typing's vote (facts/_votes.pyx: type_by_vote; twin in
entity_types.py) must give what their twins give: on crafted strings, on random strings and
phrases made of the pieces the rules read (titles, particles, elisions, cues, scores), and
on real texts: the entity golds, the quote dev set and the bodies of ../shared/data (each
skipped when absent). The vote is asked in French and in English of every text (the French
rules add adjectives and place nouns).
"""

from __future__ import annotations

import dataclasses
import os

import pytest

from bench import datasets
from pressclip.facts import entities, entity_types, lexicon, name_forms, names
from pressclip.facts.composed import composed
from pressclip.facts.detokenised import detokenised
from pressclip.record import Entity
from tests.test_facts_scans import CRAFTED, random_phrases, random_strings, real_texts

try:
    from pressclip.facts import _mentions as compiled
    from pressclip.facts import _votes as compiled_votes
except ImportError:  # installed without a C compiler: the twins alone run
    compiled = compiled_votes = None
needs_compiled = pytest.mark.skipif(
    compiled is None, reason="the C extensions pressclip.facts._mentions, _votes were not built")

NAMED = [
    "Le président Emmanuel Macron a reçu M. Olaf Scholz à l'Élysée, selon Le Monde.",
    "Secretary of State Condoleezza Rice told Reuters on Tuesday that the U.S. would act.",
    "\"We will win,\" said coach Tom Cole. Arsenal beat Leeds 2-0; Leeds coach Tom Cole left.",
    "NATO Secretary-General Javier Solana met Ivory Coast President Henri Konan Bedie.",
    "Prof. Jane Roe of the University of Georgia and Michael Radek of Swanton spoke.",
    "LONDON 1996-12-06 - Poland said. Australian Lloyd Harrow beat Belgian Vermeulen.",
    "raconte Ibrahim, 45 ans, cadre ferroviaire, qui affirme-t-il. Gado said: no.",
    "Mohammed, who is in Chicago for the Democratic National Convention, said it.",
    "12. Camenzind 23. Huser (Sui) 1. Olano (Esp) - (AP) - Rain fell. Marks & Spencer Ltd.",
    "Microsoft's Vista, the EU's plan, New Zealand's Kyle Mills; Shares of Nakamura Electric",
    "The Coastal Community of Trade Unions said its members, and Vesta Aid, which runs Zoom Air",
    "Sigh… Sometimes, ex-Lancer Ben Okafor had Zenfold. Was Zenfold it? Coun Tess Varga; Tess",
    "Security firm K9X said so; the Duluth 58ers won; 7Q Corp. rose 5M in Q1 at 3pm, $4M, A380.",
    "Kelvar and Toyota said so. Labour MPs, Ohio voters and Korvel fans met. Shares in Barclays "
    "and Lloyds fell. Somerset 83 and 174 (P. Simmons 4-38) beat Leicestershire 296.",
    "Varossan and Tellano said so. Air Canada said its pilots met Bavarian officials. Holders "
    "Egypt won. Dorvane or Kestrell will say so. Orvane and Tessel both left. Korvane said "
    "so; Korvane shares rose. Ana Morvell left. Morvell shares it. Kestland 288 (R. "
    "Dalloway 97, Union Kestel 2).",
    "Cabinet:\nForeign Minister - Ana Ruiz\nHealth Minister - Dr Pablo Mena\nJohn Governor said.",
    "D. van Wyk lbw b Mostert 12\nJ. du Plessis not out 88\nThe batsman D. van Wyk said so.",
    "GOLF - FINAL SCORES AT THE OPEN\nBRISBANE, Dec 1 - Final scores on Sunday. Sept. 3 - Kel.",
]
# Rules whose pattern the compiled code asks only after a cheaper test that its match needs
# (a portfolio's link before the name, "and"/"et"/"&" between two bodies, an apostrophe).
PREFILTERED = [
    "Le ministre des Finances a parlé. La ministre de la Santé, le ministre de l’Intérieur "
    "et le MINISTRE D'Économie ont répondu.",
    "The Minister for Trade met the minister of Energy, the MINISTER OF DEFENCE and "
    "Ministers   of Labour today.",
    "The Communications and Technology Agency met the Energy et Climate Council, Apex "
    "Holdings & Nordic Bank Group.",
    "UK's Brown met Metal Workers' Union officials and Norway’s Halvard Brekke. Arsenal's "
    "coach left.",
]


def mentions_texts() -> list[str]:
    """Crafted texts and, where ../shared/data is there, the golds' and pages' texts."""
    texts = CRAFTED + NAMED + PREFILTERED
    if datasets.available():
        from bench.facts_speed import gold_inputs

        texts += [text for text, _, _ in gold_inputs()] + real_texts()
    return [composed(text)[0] for text in texts]


def outcome(find, *args) -> list[names.Mention] | str:
    """The mentions found (or typed), or the error raised (a random string can make the
    rules fail: the compiled code must fail alike)."""
    try:
        return find(*args)
    except (IndexError, ValueError) as error:
        return type(error).__name__


def assert_same(text: str) -> int:
    """The compiled functions answer as their twins on `text`; its mentions' count."""
    mentions = outcome(names.python_find_mentions, text)
    assert outcome(compiled.find_mentions, text) == mentions, repr(text)
    if isinstance(mentions, str):
        return 0
    for pos in range(len(text)):
        assert compiled.sentence_start(text, pos) == names.python_sentence_start(text, pos), \
            (text, pos)
    for m in mentions:
        for start, end in ((m.start, m.end), (m.end, m.end), (m.start, len(text))):
            assert compiled.next_to_cue(text, start, end) == \
                names.python_next_to_cue(text, start, end), (text, start, end)
    for word in text.split():
        for form in (word, word.strip(",."), word.lower()):
            assert compiled.is_cue(form) == lexicon.is_cue(form), form
    # The vote reads the text as find_entities gives it: without a tokeniser's spaces.
    plain = detokenised(text)[0]
    found = outcome(names.python_find_mentions, plain)
    if not isinstance(found, str):
        for language in ("en", "fr"):
            typed = outcome(entity_types.python_type_by_vote, list(found), plain, language)
            assert outcome(compiled_votes.type_by_vote, list(found), plain, language) == \
                typed, (plain, language)
            if not isinstance(typed, str):
                assert_same_canonical(typed, plain)
    assert_same_canonical(mentions, text)
    return len(mentions)


def assert_same_canonical(mentions: list[names.Mention], text: str) -> None:
    canonical = name_forms.python_canonical_names(mentions, text)
    assert compiled.canonical_names(mentions, text) == canonical, text
    assert compiled.shared_surnames(mentions) == name_forms.python_shared_surnames(mentions), text
    assert compiled.entity_records(mentions, canonical) == \
        entities.python_entity_records(mentions, canonical), text
    for m in mentions:
        assert compiled.is_acronym(m.text) == name_forms._is_acronym(m.text), m.text


def test_the_mentions_are_built_where_required() -> None:
    if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") != "1":
        pytest.skip("only CI requires the compiled mentions (PRESSCLIP_REQUIRE_COMPILED=1)")
    assert names._compiled_find_mentions is not None, \
        "setup.py did not build pressclip.facts._mentions"
    assert names.find_mentions is names._compiled_find_mentions
    assert names.canonical_names is names._compiled_canonical_names
    assert entity_types._compiled_type_by_vote is not None, \
        "setup.py did not build pressclip.facts._votes"
    assert entity_types.type_by_vote is entity_types._compiled_type_by_vote


@needs_compiled
@pytest.mark.parametrize("text", CRAFTED + NAMED + PREFILTERED)
def test_compiled_mentions_match_their_twin_on_crafted_text(text: str) -> None:
    assert_same(composed(text)[0])


@needs_compiled
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_prefiltered_rules_apply_in_the_compiled_code(language: str) -> None:
    # What the rules behind the cheaper tests make of PREFILTERED: portfolios are no names,
    # bodies joined by "and", "et" or "&" are one name, a possessive ends a name.
    text = composed(" ".join(PREFILTERED))[0]
    typed = {m.text for m in compiled_votes.type_by_vote(compiled.find_mentions(text), text,
                                                         language)}
    assert typed.isdisjoint({"Finances", "Santé", "Intérieur", "Trade", "Energy", "DEFENCE"})
    assert {"Communications and Technology Agency", "Energy et Climate Council",
            "Apex Holdings & Nordic Bank Group", "UK", "Metal Workers' Union", "Norway",
            "Halvard Brekke"} <= typed


@needs_compiled
def test_compiled_mentions_are_mentions_as_their_constructor_makes_them() -> None:
    # The compiled finder sets a Mention's slots from C (_mentions.new_mention): the same
    # class, fields of the same types (repr tells True from 1), the same hash, still frozen.
    made = [m for text in NAMED for m in compiled.find_mentions(composed(text)[0])]
    assert len(made) > 30
    for m in made:
        twin = names.Mention(m.text, m.start, m.end, m.type, m.titled, m.after_preposition)
        assert type(m) is names.Mention
        assert repr(m) == repr(twin) and hash(m) == hash(twin)
        assert type(m.titled) is bool and type(m.after_preposition) is bool
        with pytest.raises(dataclasses.FrozenInstanceError):
            m.text = "x"  # type: ignore[misc]


@needs_compiled
def test_compiled_entities_are_entities_as_their_constructor_makes_them() -> None:
    # entity_records sets an Entity's slots from C, as new_mention a Mention's.
    mentions = [m for text in NAMED for m in compiled.find_mentions(composed(text)[0])]
    canonical = {mentions[0].text: "Jon Halvard Brekke"}  # an invented fuller form
    made = compiled.entity_records(mentions, canonical)
    assert len(made) == len(mentions) > 30
    assert any(e.canonical != e.text for e in made)
    for e, m in zip(made, mentions, strict=True):
        twin = Entity(m.text, m.type, m.start, m.end, canonical.get(m.text, m.text))
        assert type(e) is Entity
        assert repr(e) == repr(twin) and hash(e) == hash(twin) and e == twin
        with pytest.raises(dataclasses.FrozenInstanceError):
            e.text = "x"  # type: ignore[misc]


@needs_compiled
@pytest.mark.parametrize("word", ["NATO", "U.S.", "Nato", "A", "A.", "É.-U.", "iPhone", "ΑΘΗΝΑ",
                                  "I-95", "4G", "", "ß", "ǅX", "ⅫⅫ", "DE GAULLE"])
def test_compiled_acronym_test_matches_its_twin(word: str) -> None:
    assert compiled.is_acronym(word) == name_forms._is_acronym(word)


@needs_compiled
def test_compiled_mentions_match_their_twin_on_random_text() -> None:
    texts = random_phrases() + random_strings()
    found = sum(assert_same(text) for text in texts)
    # Not vacuous: the strings make mentions, cues and sentence starts.
    assert found > 1200
    assert sum(lexicon.is_cue(w) for t in texts for w in t.split()) > 40


@needs_compiled
@pytest.mark.skipif(not datasets.available(), reason="../shared/data is absent")
def test_compiled_mentions_match_their_twin_on_real_texts() -> None:
    texts = mentions_texts()
    assert len(texts) > 400
    assert sum(assert_same(text) for text in texts) > 10000
