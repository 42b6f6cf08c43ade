"""A kept heading stays only when article text follows it within its section."""

from types import SimpleNamespace

import numpy as np

from pressclip.locate import _drop_orphan_headings


def _kept(levels: list[int]) -> list[bool]:
    """Which blocks stay when all are kept by the model; level 0 is a paragraph."""
    raw = [SimpleNamespace(in_heading=level) for level in levels]
    return _drop_orphan_headings(raw, np.ones(len(raw), dtype=bool)).tolist()


def test_a_heading_followed_by_text_stays():
    assert _kept([1, 0, 2, 0]) == [True, True, True, True]


def test_headings_of_a_list_of_links_go():
    # "More stories" h2 over h3 headlines with no text: none of them stays.
    assert _kept([0, 2, 3, 3, 3]) == [True, False, False, False, False]
    assert _kept([0, 2, 2]) == [True, False, False]


def test_a_standfirst_set_as_a_heading_above_a_subhead_stays():
    # h1 title, h2 standfirst, h3 subhead, then the text.
    assert _kept([1, 2, 3, 0, 0]) == [True, True, True, True, True]


def test_a_lower_heading_does_not_carry_a_higher_one_past_its_own_rank():
    # The h3 before the h2 has no text of its own: the h2 ends its section.
    assert _kept([3, 2, 0]) == [False, True, True]


def test_a_heading_the_model_dropped_is_not_counted():
    raw = [SimpleNamespace(in_heading=level) for level in (2, 0, 2, 0)]
    keep = np.array([True, False, True, True])
    assert _drop_orphan_headings(raw, keep).tolist() == [False, False, True, True]


def test_paragraphs_set_in_heading_tags_are_article_text():
    # An old page's body written as a run of <h4> paragraphs: marked as prose, each one is
    # text for the headings around it, and none is dropped as a heading without text.
    raw = [SimpleNamespace(in_heading=level) for level in (1, 4, 4, 4)]
    keep = np.ones(len(raw), dtype=bool)
    prose = np.array([False, True, True, True])
    assert _drop_orphan_headings(raw, keep, prose).tolist() == [True, True, True, True]
    assert _drop_orphan_headings(raw, keep).tolist() == [False, False, False, False]


def test_a_page_written_in_heading_tags_keeps_its_paragraphs():
    import pressclip

    paragraphs = [
        "The lantern makers of the valley town of Orlemont have kept their workshop open "
        "through every winter storm for as long as anyone in the parish can remember, "
        "mending glass by candle light.",
        "Each spring the workshop trains two apprentices, who spend their first season "
        "cutting frames from salvaged copper and learning how the old soldering irons must "
        "be warmed slowly before use.",
        "Visitors who come on market days can watch the finished lanterns being tested in "
        "the dark cellar, where every seam is checked against a lit candle until no draught "
        "bends the flame at all.",
    ]
    page = (
        "<html><head><title>Lanterns of Orlemont</title></head><body>"
        "<div id='nav'><a href='/'>Home</a> <a href='/a'>About</a></div>"
        "<h1>Lanterns of Orlemont</h1><p>A short history of the workshop and its people, as "
        "told by the makers themselves over many years.</p><h2>The workshop</h2>"
        + "".join(f"<h4>{p}</h4>" for p in paragraphs)
        + "<div class='footer'>Copyright the Orlemont guild</div></body></html>"
    )
    text = pressclip.extract(page).text
    for p in paragraphs:
        assert p in text
    assert "Copyright" not in text
