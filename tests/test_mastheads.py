"""The page's own header (sister sites, sections, a subscription line) leaves a selection that
kept it above the article; the article's header, a headline and prose in a page header stay."""

from invented_pages import TWO_PARAGRAPHS, kept_after

from pressclip.locate.mastheads import drop_masthead_lines

_PROSE = TWO_PARAGRAPHS
_MENU = ("<header><p>Nordhafen Post Harbour Weekly County Radio</p><div>Subscribe from 1 €</div>"
         "<ul><li>Home</li><li>Harbour</li><li>County</li><li>Sport</li></ul></header>")


def _kept(page: str) -> list[str]:
    return kept_after(page, drop_masthead_lines)


def test_the_page_header_above_the_article_leaves():
    kept = _kept(f"<html><body>{_MENU}<article><h1>Pier to be rebuilt</h1>{_PROSE}"
                 "</article></body></html>")
    assert kept[0] == "Pier to be rebuilt"
    assert not any(line in kept for line in ("Home", "Sport", "Subscribe from 1 €"))
    assert len(kept) == 3


def test_the_article_header_a_headline_and_prose_stay():
    inside = _kept(f"<html><body><article><header><h1>Pier to be rebuilt</h1><p>By the desk"
                   f"</p></header>{_PROSE}</article></body></html>")
    assert "By the desk" in inside
    page_header = _kept("<html><body><header><h1>Pier to be rebuilt</h1><p>The board voted "
                        "to rebuild the pier that storms damaged twice, and to open it again "
                        f"in the spring.</p><p>Home</p></header><div>{_PROSE}</div></body></html>")
    assert page_header[:2] == ["Pier to be rebuilt", "The board voted to rebuild the pier that "
                               "storms damaged twice, and to open it again in the spring."]
    assert "Home" not in page_header


def test_a_page_that_is_only_its_header_stays_whole():
    kept = _kept(f"<html><body>{_MENU}<div><p>Closed for the holidays</p></div></body></html>")
    assert "Home" in kept
