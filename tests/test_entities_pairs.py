"""Names that share a sentence's role: two lone names joined by "and" or "or" (one kind of
thing), and a body before the plural of its members ("Labour MPs", "Korvel fans"). English,
invented texts and names."""

from pressclip.facts.entities import find_entities
from pressclip.facts.name_kinds import members_plural


def _typed(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(e.text, e.type) for e in find_entities(text, language)]


def test_members_in_capitals_end_no_name():
    assert members_plural("MPs") and members_plural("MEPs")
    assert not members_plural("Mps") and not members_plural("Peers")


def test_a_party_before_its_members_plural_is_a_body():
    assert _typed("Several Labour MPs said on Monday they would vote against it.") == [
        ("Labour", "organization")]


def test_a_club_before_its_fans_is_a_body():
    assert _typed("Police kept Korvel fans apart after the match on Saturday.") == [
        ("Korvel", "organization")]


def test_a_known_place_before_its_voters_stays_a_place():
    assert _typed("Many Ohio voters stayed at home.") == [("Ohio", "place")]


def test_a_person_before_supporters_stays_a_person():
    text = "Dana Whitlow won the vote. Whitlow supporters cheered in the hall."
    assert set(_typed(text)) == {("Dana Whitlow", "person"), ("Whitlow", "person")}


def test_a_lone_opener_before_and_and_a_name_is_the_first_of_two():
    typed = _typed("Zarvex and Tellano announced a merger on Tuesday, Tellano said its.")
    assert ("Zarvex", "organization") in typed


def test_an_opener_written_in_lower_case_too_stays_out():
    text = "Police and Tellano staff met. The police left. Tellano said its plant was shut."
    assert [name for name, _ in _typed(text)] == ["Tellano", "Tellano"]


def test_two_lone_names_joined_by_and_share_the_better_backed_type():
    # "in" reads "Lloyds" as a place; the shares make "Barclays" a body, and the pair one
    # kind of thing.
    text = "Shares in Barclays and Lloyds fell sharply in London on Friday."
    assert _typed(text) == [("Barclays", "organization"), ("Lloyds", "organization"),
                            ("London", "place")]


def test_a_small_town_speaking_with_a_body_is_a_body():
    # The gazetteer knows a town "Toyota": alone before "said" it reads as a speaker.
    assert _typed("Kelvar and Toyota said on Tuesday they would cut output.") == [
        ("Kelvar", "organization"), ("Toyota", "organization")]


def test_two_people_joined_by_and_stay_people():
    text = "Ana Kovac and Ben Lund said they would appeal. Kovac and Lund left."
    assert {kind for _, kind in _typed(text)} == {"person"}


def test_county_sides_in_a_cricket_result_are_teams():
    # The gazetteer knows both counties; their two innings and the match's verb after a
    # bowler's figures in brackets make them sides.
    text = ("Somerset 83 and 174 (P. Simmons 4-38) beat Leicestershire 296 by an innings "
            "and 39 runs.")
    assert _typed(text) == [("Somerset", "organization"), ("P. Simmons", "person"),
                            ("Leicestershire", "organization")]


def test_a_batsmans_two_innings_leave_him_a_person():
    text = "Tom Ashby made 45 and 12. Ashby 45 and 12 was the best of the match."
    assert {kind for _, kind in _typed(text)} == {"person"}
