"""When the locator keeps nothing, the block that the page's description opens leads to the
article (locate/lead.py)."""

import numpy as np
import pytest

import pressclip
from bench import datasets
from bench.scoring import score_page
from pressclip.clean import clean
from pressclip.locate import _from_lead, locate_article
from pressclip.locate.blocks import segment
from pressclip.locate.embedded import units
from pressclip.locate.lead import lead_region
from pressclip.metadata import read_metadata
from pressclip.parse.html import parse_html

_LEAD = ("The harbour board said on Monday that the northern pier will close for repairs "
         "from March, after divers found cracks in three of its pillars.")
_BODY = ("Ferries to the islands will leave from the southern pier while the work lasts, "
         "the board said.",
         "The repairs are expected to take eight months and to cost about four million.")
_LINKS = "".join(f"<li><a href='/town/{n}'>Town {n}</a>, <a href='/v/{n}'>Village {n}</a></li>"
                 for n in range(12))


def _page(body_extra: str = "") -> str:
    paragraphs = "".join(f"<p>{t}</p>" for t in (_LEAD, *_BODY))
    return ("<html><body><nav><ul>" + _LINKS + "</ul></nav>"
            "<div class='wrap'><main><h1>Pier to close</h1>"
            f"<div class='story'>{paragraphs}{body_extra}</div>"
            "<ul class='more'>" + _LINKS + "</ul></main></div>"
            "<footer><a href='/about'>About</a></footer></body></html>")


def _kept(page: str, description: str | None) -> list[str] | None:
    raw = segment(parse_html(page))
    keep = lead_region(raw, description, np.zeros(len(raw), dtype=bool), units)
    return None if keep is None else [raw[i].text for i in np.flatnonzero(keep)]


def test_the_description_leads_to_the_paragraphs_around_it():
    # The description repeats the lead's opening, cut with an ellipsis.
    kept = _kept(_page(), _LEAD[:90] + "…")
    assert kept == [_LEAD, *_BODY]


def test_the_region_stops_where_links_and_lists_begin():
    # The story's container grows to <main> only if <main> is still a body of paragraphs:
    # here its list of links makes it the page, so the menu and the list stay out.
    kept = _kept(_page(), _LEAD)
    assert kept is not None
    assert not any(t.startswith("Town") for t in kept)


def test_a_dateline_before_the_lead_still_matches():
    page = _page().replace(f"<p>{_LEAD}</p>", f"<p>PORTVILLE, March 3 — {_LEAD}</p>")
    kept = _kept(page, _LEAD)
    assert kept is not None and kept[0].startswith("PORTVILLE")


def test_a_description_that_opens_no_block_gives_nothing():
    # A tagline or a teaser written apart from the article leads nowhere.
    assert _kept(_page(), "The town's news, weather and events, every day of the year.") is None


def test_a_description_too_short_to_be_no_accident_gives_nothing():
    assert _kept(_page(), "The harbour") is None
    assert _kept(_page(), None) is None


def test_a_vetoed_block_in_the_region_stays_out():
    page = _page("<div class='ad'><p>Buy a boat today, the best prices in town.</p></div>")
    raw = segment(parse_html(page))
    vetoed = np.array(["boat" in b.text for b in raw])
    keep = lead_region(raw, _LEAD, vetoed, units)
    assert keep is not None
    kept = [raw[i].text for i in np.flatnonzero(keep)]
    assert kept == [_LEAD, *_BODY]


def test_a_short_selection_without_the_lead_gives_way_to_it():
    # The model kept only a word of the menu: the lead's region replaces it.
    raw = segment(parse_html(_page()))
    keep = np.array([b.text == "Town 3" for b in raw])
    led = _from_lead(raw, keep, _LEAD, None)
    assert led is not None
    assert [raw[i].text for i in np.flatnonzero(led)] == [_LEAD, *_BODY]


def test_a_short_selection_that_holds_the_lead_stays():
    # A brief the model found (its lead among the kept blocks) is the model's own answer.
    raw = segment(parse_html(_page()))
    keep = np.array([b.text == _LEAD for b in raw])
    assert _from_lead(raw, keep, _LEAD, None) is None


# A heldout page of fundus_dev (a short news flash on a page of link lists) where the model
# keeps nothing and the page's description opens the article's first paragraph.
REAL_PAGE = "fundus_dev/jp/AsahiShimbun_2025_01_13"


@pytest.mark.skipif(not datasets.available(), reason="no shared data (../shared/data)")
def test_a_real_page_whose_model_keeps_nothing_gives_its_article():
    row = next(r for r in datasets.rows("fundus_dev") if r["id"] == REAL_PAGE)
    article = pressclip.extract(row["html"], url=row["url"], facts=False, explain=True)
    assert score_page(row["body"], article.text).f1 > 0.9
    reasons = {d.reason for d in article.explain or [] if d.kept}
    assert "article (from the page's description)" in reasons
    # Without its description the locator gives nothing on the same page: the pass is what
    # finds the article.
    for description, found in ((None, False), (read_metadata(parse_html(row["html"]),
                                                            row["url"]).description, True)):
        tree = parse_html(row["html"])
        hint = read_metadata(tree, row["url"]).article_body
        clean(tree)
        assert bool(locate_article(tree, hint, description=description).blocks) is found


def test_quotes_and_dashes_typed_apart_still_match():
    # The page sets curly apostrophes and an en dash; the description, typed apart, plain ones.
    lead = ("The harbour board’s divers found cracks – in three pillars – and the northern "
            "pier will close for repairs from March, the board said on Monday.")
    page = _page().replace(f"<p>{_LEAD}</p>", f"<p>{lead}</p>")
    described = lead.replace("’", "'").replace("–", "-")
    kept = _kept(page, described)
    assert kept is not None and kept[0] == lead
    # Other letters still have to match.
    assert _kept(page, described.replace("divers", "drivers")) is None
