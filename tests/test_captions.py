"""A picture's caption kept among the article's paragraphs (a small box named a caption, or
a <figcaption>, beside an <img>) leaves; a caption box with no picture beside it, a large box
and a selection of captions alone stay."""

from invented_pages import TWO_PARAGRAPHS, kept_after

from pressclip.locate.captions import drop_captions

_PROSE = TWO_PARAGRAPHS
_CAPTION = ("The harbour master speaks to the board at the pier on Tuesday, before the vote "
            "on the rebuilding. Harbour News")


def _kept(body: str) -> list[str]:
    return kept_after(f"<html><body><article>{body}</article></body></html>", drop_captions)


def test_a_caption_beside_a_picture_leaves():
    named = _kept(f"{_PROSE}<div class='img-box'><div class='pic'><img src='a.jpg'></div>"
                  f"<div class='caption'><p>{_CAPTION}</p></div></div>{_PROSE}")
    assert _CAPTION not in named and len(named) == 4
    figure = _kept(f"{_PROSE}<figure><img src='a.jpg'><figcaption>{_CAPTION}</figcaption>"
                   f"</figure>{_PROSE}")
    assert _CAPTION not in figure and len(figure) == 4


def test_without_a_picture_or_in_a_large_box_a_caption_stays():
    alone = _kept(f"{_PROSE}<div><div class='caption'><p>{_CAPTION}</p></div></div>")
    assert _CAPTION in alone
    # A box named "media" that holds the article's paragraphs is no caption.
    body = _kept(f"<div><img src='a.jpg'><div class='media-body'>{_PROSE}{_PROSE}</div></div>")
    assert len(body) == 4


def test_a_selection_of_captions_alone_stays_whole():
    kept = _kept(f"<div><img src='a.jpg'><div class='caption'><p>{_CAPTION}</p></div></div>")
    assert kept == [_CAPTION]
