"""trim_edges(): the headline, byline and dateline leave the body; article text stays."""

from __future__ import annotations

from pressclip.edges import trim_edges
from pressclip.record import HEADING, PARAGRAPH, Block

TITLE = "Le port rouvre après trois semaines de grève"
BODY = Block(PARAGRAPH, "Les dockers ont voté mardi soir la reprise du travail, après trois "
                        "semaines d'un conflit qui a paralysé les exportations de la région.")


def _texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks]


def test_headline_byline_and_dateline_leave_the_body() -> None:
    blocks = [Block(HEADING, TITLE, level=1), Block(PARAGRAPH, "Par Marie Dupont"),
              Block(PARAGRAPH, "Publié le 5 juillet 2025 à 10h32"), BODY]
    assert _texts(trim_edges(blocks, TITLE, ["Marie Dupont"], "2025-07-05")) == [BODY.text]


def test_a_heading_that_names_a_year_is_no_dateline() -> None:
    lead = Block(HEADING, "Les lauréats du concours national des jeunes inventeurs au salon "
                          "de Nuremberg 2021", level=2)
    blocks = [lead, BODY]
    assert _texts(trim_edges(blocks, TITLE, [], "2021-11-02")) == _texts(blocks)
    history = Block(PARAGRAPH, "1968 à aujourd'hui : la fanfare de la paroisse Saint-Georges")
    assert _texts(trim_edges([history, BODY], TITLE, [], None)) == _texts([history, BODY])


def test_an_author_is_found_as_a_name_not_as_letters_or_in_a_sentence() -> None:
    tasting = Block(PARAGRAPH, "Fruits rouges, agrumes, notes sucrées et épicées")
    assert _texts(trim_edges([tasting, BODY], TITLE, ["S"], None)) == _texts([tasting, BODY])
    sentence = Block(PARAGRAPH, "Beaucoup de médias voient les Gilets jaunes comme des "
                                "casseurs qui ne cherchent que la destruction.")
    kept = trim_edges([sentence, BODY], TITLE, ["Gilets jaunes"], None)
    assert _texts(kept) == _texts([sentence, BODY])
    byline = Block(PARAGRAPH, "Par Marie Dupont.")
    assert _texts(trim_edges([byline, BODY], TITLE, ["Marie Dupont"], None)) == [BODY.text]


def test_a_picture_credit_never_opens_the_body() -> None:
    for credit in ("ITV, ASSOCIATED PRESS", "HANDOUT / AFP", "Getty Images",
                   "Foto: Max Muster", "© dpa", "写真：共同"):
        blocks = [Block(PARAGRAPH, credit), BODY]
        assert _texts(trim_edges(blocks, TITLE, [], None)) == [BODY.text], credit


def test_short_lines_that_name_an_agency_in_prose_stay() -> None:
    for line in ("Kyiv, Ukraine, AP", "Reuters reported that the vote was delayed",
                 "The Getty family said on Monday it would sell.", "Le Monde, Paris"):
        blocks = [Block(PARAGRAPH, line), BODY]
        assert _texts(trim_edges(blocks, TITLE, [], None)) == _texts(blocks), line


def test_a_paragraph_in_a_script_without_spaces_is_no_dateline_or_label() -> None:
    # A Japanese paragraph is two or three runs of word characters: counted so, the first
    # one, which names the year, once passed for a dateline, and a short sentence before
    # the headline for a kicker. Counted in word units they are the prose they are.
    title = "東京で新しい美術館が開館"
    lead = Block(PARAGRAPH, "東京都は2025年5月5日、新しい美術館が開館したと発表した。")
    rest = [Block(PARAGRAPH, "館長によると、初日には約3000人が訪れた。"),
            Block(PARAGRAPH, "展示は来年まで続く予定だ。")]
    blocks = [Block(PARAGRAPH, "社会"), Block(HEADING, title, level=1),
              Block(PARAGRAPH, "2025年5月5日 10時30分"), lead, *rest]
    assert _texts(trim_edges(blocks, title, [], "2025-05-05")) == _texts([lead, *rest])
    before = Block(PARAGRAPH, "美術館は三年前から建設が進められていた。")
    assert _texts(trim_edges([before, Block(HEADING, title, level=1), *rest], title, [],
                             None)) == _texts([before, *rest])
