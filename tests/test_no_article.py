"""A page without an article gives the empty record; a short real article still gives one."""

from pathlib import Path

import pytest

import pressclip

NO_ARTICLE = Path(__file__).parent / "data" / "no_article"
PAGES = sorted(NO_ARTICLE.glob("*.html"))


def test_the_pages_are_there():
    assert len(PAGES) >= 8


@pytest.mark.parametrize("path", PAGES, ids=[p.stem for p in PAGES])
def test_a_page_of_furniture_gives_no_body(path: Path):
    art = pressclip.extract(path.read_text("utf-8"))
    assert art.blocks == [], art.text[:200]


def test_the_bare_menu_of_the_issue_gives_the_empty_record():
    art = pressclip.extract("<html><body><nav>Home | About</nav></body></html>")
    assert art.blocks == [] and art.text == ""


def test_a_short_article_in_a_page_of_furniture_is_kept():
    menu = "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(8))
    page = (
        "<html><body><nav><ul>" + menu + "</ul></nav><article><h1>Bridge reopens</h1>"
        "<p>The old river bridge reopened to traffic on Tuesday after eight months of repairs, "
        "the council said. Engineers replaced the deck and strengthened two of the piers, "
        "and the work finished a week ahead of schedule.</p>"
        "<p>Buses will return to their usual route from Monday, and the temporary ferry "
        "service will stop at the end of the week. Shops on both banks said trade had "
        "fallen by a third while the bridge was closed.</p>"
        "<p>The council will hold a public meeting next month on plans for a cycle lane, "
        "which residents asked for during the consultation last year.</p></article>"
        "<footer><a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer></body></html>"
    )
    art = pressclip.extract(page)
    assert "eight months of repairs" in art.text
    assert "temporary ferry" in art.text


def test_the_gate_refuses_a_model_trained_on_other_inputs():
    from pressclip.locate.gate import NAMES, load_gate, read_gate

    assert load_gate().threshold > 0
    with pytest.raises(RuntimeError, match="other inputs"):
        read_gate({"feature_names": list(NAMES[:-1]), "trees": {}, "threshold": 0.5})
