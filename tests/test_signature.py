"""A writer's name closing the article, read where no byline named anyone (signature.py),
on small pages written for these tests."""

from __future__ import annotations

import pressclip

PARAGRAPHS = "".join(
    f"<p>{text}</p>" for text in (
        "The ice hockey league's semi-final was played on Tuesday evening in front of a full "
        "arena, and the home side lost three goals to none after a long and hard game.",
        "The coach said after the match that his team had played well for two periods but "
        "had given away too many power plays in the last twenty minutes of the evening.",
        "The final will be played in March in Sweden, and the winner takes the title that the "
        "record champion held for three seasons before it lost in the quarter-finals.",
    ))


# A signature may stand before the site's appeal, as the article's last blocks.
APPEAL = ("<p>Did you like this article? Then please support our independent newsroom with a "
          "donation, so that we can keep reporting from the arenas.</p>")


def _page(closing: str, meta: str = "") -> str:
    return (f"<html><head><title>Semi-final lost</title>{meta}</head><body><article>"
            f"<h1>Semi-final lost</h1>{PARAGRAPHS}{closing}{APPEAL}</article></body></html>")


def test_a_name_alone_in_bold_closing_the_article_is_its_writer() -> None:
    assert pressclip.extract(_page("<p><b><i>Stefan Walser</i></b></p>")).authors == [
        "Stefan Walser"]
    assert pressclip.extract(_page('<p align="right"><em>Denise Clair</em></p>')).authors == [
        "Denise Clair"]
    assert pressclip.extract(_page("<p><em>Sport-Redaktion</em></p>")).authors == [
        "Sport-Redaktion"]


def test_no_signature_where_the_line_is_plain_a_subheading_or_someone_signs() -> None:
    # Not emphasised: a name in running text's place is no signature.
    assert pressclip.extract(_page("<p>Stefan Walser</p>")).authors == []
    # A bold line whose words the article writes in lower case leads into text.
    assert pressclip.extract(_page("<p><b>The Final</b></p>")).authors == []
    # A byline in the page's data comes first, where the page writes it (a byline a script
    # draws); one the page never writes is a CMS account's, and the signature signs.
    data = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": '
            '{"@type": "Person", "name": "Jane Doe"}}</script>')
    drawn = '<script>var writer = "Jane Doe";</script>'
    assert pressclip.extract(_page(f"<p><b>Stefan Walser</b></p>{drawn}", data)
                             ).authors == ["Jane Doe"]
    assert pressclip.extract(_page("<p><b>Stefan Walser</b></p>", data)).authors == [
        "Stefan Walser"]
