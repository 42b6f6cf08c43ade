"""bench/textmode_causes: lines matched across two flatteners' texts, and causes taken away."""

from bench.textmode_causes import _causes, match


def test_copies_of_a_line_match_in_order_and_lines_of_one_text_match_nothing() -> None:
    ins = ["Title", "Share", "Para one.", "Caption of a picture.", "Share", "Para two."]
    res = ["Title", "Share", "Para one.", "Para two.", "Share"]
    assert match(ins, res) == [0, 1, 2, None, 4, 3]
    assert match(res, ins) == [0, 1, 2, 5, 4]


def test_each_cause_undoes_only_its_own_decisions() -> None:
    ins = ["Title", "Para one.", "Caption of a picture.", "Para two.", "Most read"]
    res = ["Title", "Para one.", "Para two.", "Most read"]
    i_kept = [False, True, True, False, True]
    r_kept = [False, True, True, False]
    i_why = ["headline", "article", "article", "low article score", "article"]
    r_why = ["headline", "article", "article", "boilerplate"]
    causes = _causes(i_kept, r_kept, i_why, r_why, match(ins, res))
    assert causes["inscriptis-only line kept"] == [False, True, False, False, True]
    assert causes["shared, inscriptis drops: low article score"] == [False, True, True, True,
                                                                     True]
    assert causes["shared, inscriptis keeps: boilerplate"] == [False, True, True, False, False]
    assert causes["every shared line as resiliparse decides it"] == [False, True, True, True,
                                                                     False]
