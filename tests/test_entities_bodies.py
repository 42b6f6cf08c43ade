"""Organisations and places in wire copy: the evidence of issue 14's organisation round, on
sentences written for these tests (invented bodies, towns taken from the gazetteer)."""

from __future__ import annotations

from pressclip.facts.entities import find_entities


def types(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in find_entities(text, "en"):
        assert text[e.start:e.end] == e.text
        out.setdefault(e.text, set()).add(e.type)
    return out


def test_a_lone_body_after_the_article_and_before_a_verb_is_kept():
    found = types("Prices rose. The Verdanbank left its key rates unchanged, and the Fed is "
                  "expected to cut next week.")
    assert found["Verdanbank"] == {"organization"}
    assert found["Fed"] == {"organization"}
    # A ruler named by his title alone is nobody's body, and a lone word with no article
    # before it is still left out for want of evidence.
    found = types("News reached the court that the Emperor was ill. Outlook\nRain later.")
    assert "Emperor" not in found
    assert "Outlook" not in found


def test_the_first_word_of_a_body_named_by_its_kind_word_names_it_alone():
    found = types("A jury convicted a former executive of Kelvar Trust of fraud. Kelvar, "
                  "based in Leeds, settled last year.")
    assert found["Kelvar Trust"] == {"organization"}
    assert found["Kelvar"] == {"organization"}
    # Not an adjective that opens a party's name: alone it is a member.
    found = types("The Socialist Party won. A Socialist, Tom Reddle, said it was fair.")
    assert found["Socialist Party"] == {"organization"}
    assert "Socialist" not in found


def test_a_compass_word_before_an_unknown_name_is_a_region():
    found = types("Aid agencies suspended deliveries in North Varuna province on Monday.")
    assert found["North Varuna"] == {"place"}
    found = types("She gave the finger to every North Carolinian who voted for her.")
    assert found.get("North Carolinian", set()) != {"place"}


def test_a_body_that_people_join_is_named_before_its_noun():
    found = types("The Telvar union said it would strike, and the Unite union joined it. "
                  "The Morvane Ouvriere unions marched.")
    assert found["Telvar"] == {"organization"}
    assert found["Unite"] == {"organization"}  # a town's name in the gazetteer
    assert found["Morvane Ouvriere"] == {"organization"}
    # A person's surname before "party" stays the person's.
    found = types("Karl Brenner spoke for an hour. The Brenner party left early.")
    assert found["Brenner"] == {"person"}


def test_people_work_at_a_body_named_like_a_small_town():
    found = types("The euro rose. Economists at Tarnow said the bank would cut twice.")
    assert found["Tarnow"] == {"organization"}
    assert types("Officials in Tarnow said the river had risen.")["Tarnow"] == {"place"}


def test_initials_after_a_place_and_before_a_verb_are_a_body():
    found = types("Fighting flares in eastern Varuna, U.N. says\nRebels of the movement "
                  "seized two villages, a report by U.N. experts said.")
    assert found["U.N."] == {"organization"}
    assert types("He was born in Palo Alto, Calif., in 1950.")["Calif."] == {"place"}


def test_kind_words_end_a_body_s_name():
    found = types("Investors sued Halmore Exchange and the Dravik Alliance on Monday. "
                  "Staff of the Ostrava Directorate walked out.")
    assert found["Halmore Exchange"] == {"organization"}
    assert found["Dravik Alliance"] == {"organization"}
    assert found["Ostrava Directorate"] == {"organization"}


def test_a_body_named_by_its_kind_word_keeps_its_complement_after_of():
    found = types("Observers from the Regional Community of Coastal Savanna States said "
                  "voting was calm. The union belongs to the Northern Confederation of "
                  "Dock Workers.")
    assert found["Regional Community of Coastal Savanna States"] == {"organization"}
    assert found["Northern Confederation of Dock Workers"] == {"organization"}
    # A person from a town stays a person and a town.
    found = types("Michael Radek of Swanton said the road was closed.")
    assert found["Michael Radek"] == {"person"}


def test_air_ends_an_airline_name():
    found = types("Low-cost carriers such as Zoom Air took a third of the market.")
    assert found["Zoom Air"] == {"organization"}


def test_its_after_a_reporting_verb_and_which_make_a_body():
    found = types("Vesta Aid said its clinic had treated 60 wounded. Harlan Brink, which "
                  "runs three mines, said output fell.")
    assert found["Vesta Aid"] == {"organization"}
    assert found["Harlan Brink"] == {"organization"}
    # People say "it was", and take "who".
    found = types("Harlan Brink said it was a hard day. Marta Olsk, who runs the farm, "
                  "agreed.")
    assert found["Harlan Brink"] == {"person"}
    assert found["Marta Olsk"] == {"person"}


def test_a_members_plural_before_a_kind_word_is_inside_the_body_name():
    found = types("Talks broke down, the Coastal Dock Workers' Union said. The Farmers' "
                  "Party, which governs the state, welcomed it.")
    assert found["Coastal Dock Workers' Union"] == {"organization"}
    assert found["Farmers' Party"] == {"organization"}
    # A possessive before the body still names its owner apart.
    found = types("Britain's Farmers' Union said prices fell.")
    assert found["Britain"] == {"place"}
    assert found["Farmers' Union"] == {"organization"}


def test_defeat_and_a_passive_defeat_name_the_sides_of_a_match():
    found = types("Kai Lund scored 20 points as Portland came back to defeat Memphis 101-99 "
                  "on Monday. Memphis, who had won four in a row, fell to 10-5. Elsewhere, "
                  "Tulsa were beaten 99-94 by Omaha.")
    assert found["Memphis"] == {"organization"}
    assert found["Tulsa"] == {"organization"}
    assert found["Omaha"] == {"organization"}
    # Not a beating in the news pages: the town stays a place.
    found = types("Protesters said they were beaten by police in Leeds.")
    assert found["Leeds"] == {"place"}


def test_a_player_plays_for_a_club_or_a_country():
    found = types("Striker Eirik Dahl, who plays for Ajax, put Norway ahead. He signed for "
                  "Hull in May. Dahl played for Norway 20 times.")
    assert found["Ajax"] == {"organization"}  # a town's name in the gazetteer
    assert found["Hull"] == {"organization"}
    assert found["Norway"] == {"place"}  # a national team is its country
    # A person a text names in full stays a person after "played for".
    found = types("Karl Brenner sang. The band played for Brenner in Ohio.")
    assert found["Brenner"] == {"person"}


def test_and_inside_a_bodys_complement_is_joined_unless_its_second_part_names_a_body():
    found = types("Officials of the Zarnian Bureau of Forests and Coastal Waters said in a "
                  "statement that the boat sank.")
    assert found["Zarnian Bureau of Forests and Coastal Waters"] == {"organization"}
    assert "Coastal Waters" not in found
    found = types("The Varsen Centre for Soil Prevention and Control said on Monday.")
    assert found["Varsen Centre for Soil Prevention and Control"] == {"organization"}
    # A place after "of" keeps two names apart, and so does a second part named alone
    # elsewhere in the text.
    found = types("The Bank of England and Barclays said rates would rise.")
    assert found["Bank of England"] == {"organization"}
    found = types("The Vendar Institute of Soils and Harlow Tanning signed a deal. Harlow "
                  "Tanning said it was pleased.")
    assert "Vendar Institute of Soils and Harlow Tanning" not in found


def test_a_committee_takes_its_topic_after_on():
    found = types("The letters were sent on Friday by the Kestral Committee on Oversight and "
                  "Budget Reform chairman Tom Baxley.")
    assert found["Kestral Committee on Oversight and Budget Reform"] == {"organization"}
    assert found["Tom Baxley"] == {"person"}
    # A person after "and" is no part of the topic.
    found = types("The Senate Committee on Finance and Jane Dorrit met on Monday.")
    assert found["Senate Committee on Finance"] == {"organization"}
    assert found["Jane Dorrit"] == {"person"}


def test_a_name_after_the_and_before_a_preposition_or_a_comma_is_a_group_not_a_person():
    found = types("Tom Vance is looking at leaving the National Basketball Association's "
                  "Denver Heat, he told a newspaper. Vance guided the Heat to the crown in "
                  "2006 but the Heat, with center Al Birk injured, have struggled.")
    assert found["Heat"] == {"organization"}
    assert found["Denver Heat"] == {"organization"}
    assert found["Vance"] == {"person"}
    # A name before the noun it qualifies stays a person's, and so does the surname of a
    # person named with a given name.
    found = types("Critics of the Vance administration met Jane Dorrit. Dorrit said the "
                  "Dorrit, a boat, sank.")
    assert found["Jane Dorrit"] == {"person"}
    assert found["Dorrit"] == {"person"}


def test_a_field_after_a_possessive_and_before_and_a_body_is_part_of_its_name():
    found = types("Britain's Quarry and Mines Authority said on Monday it would act.")
    assert found["Quarry and Mines Authority"] == {"organization"}
    assert found["Britain"] == {"place"}


def test_a_name_ending_in_a_plural_trade_noun_is_a_company_even_after_a_given_name():
    # Invented firms; "Morgan", "Grant" and "Lena" are given names, which alone would vote
    # for a person.
    for firm in ("Tarvel Retailers", "Morgan Builders", "Harlan Wines", "Grant Farms",
                 "Lena Dairies", "Quill Pharmacies"):
        text = (f"Last year {firm} lost money. \"We expect a recovery,\" the firm said. "
                f"Workers at {firm} went on strike.")
        assert types(text)[firm] == {"organization"}, firm
    # A surname that is also a plural noun stays a person's, and a plural place name the
    # gazetteer knows stays a place.
    found = types("Heather Mills said she would appeal. Officials in the United States "
                  "and the Netherlands Antilles agreed.")
    assert found["Heather Mills"] == {"person"}
    assert found["United States"] == {"place"}
