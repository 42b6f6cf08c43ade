"""A photo gallery inside the article (slides opened by "1/5", "2/5", ... with a title, a
caption and a credit) leaves the body; ratings out of ten, dates and fractions stay, and so
does a page that is only a gallery."""

import numpy as np
from invented_pages import article_around
from lxml import html

from pressclip import extract
from pressclip.locate.blocks import segment
from pressclip.locate.slides import drop_slideshows

_CAPTIONS = (
    "The old ferry pier in the winter storm that broke its northern railing in January.",
    "Fishermen on the north quay, where the ferry will land while the pier is closed.",
    "The county engineer shows the board where the new pilings will be driven next spring.",
    "Passengers waiting for the last ferry of the season under the harbour office clock.",
    "The harbour board at Tuesday's vote, which passed with seven members in favour.",
)


def _gallery(counter: str = "{n}/{total}") -> str:
    slides = "".join(
        f"<li><h2><span class='counter'>{counter.format(n=n, total=len(_CAPTIONS))}</span> "
        f"Photo {n}</h2><p>{caption}</p><p class='credits'>Harbour Office</p></li>"
        for n, caption in enumerate(_CAPTIONS, 1))
    return f"<ul class='legends'>{slides}</ul>"


def test_a_gallery_inside_the_article_leaves_the_body():
    text = extract(article_around(_gallery()), facts=False).text
    assert "harbour board of Nordhafen voted" in text
    assert "Fishermen who use the pier" in text
    for caption in _CAPTIONS:
        assert caption not in text
    assert "Harbour Office" not in text


def test_spaced_and_full_width_counters_open_slides_too():
    for counter in ("{n} / {total}", "{n}／{total}"):
        text = extract(article_around(_gallery(counter)), facts=False).text
        assert _CAPTIONS[2] not in text, counter


def test_ratings_dates_and_fractions_stay():
    # Ratings out of ten that do not rise in the page's order are a review's verdicts.
    ratings = "".join(f"<p>{score}/10 The {name} ferry line is {verdict}, the jury said "
                      f"after riding it twice in the spring.</p>"
                      for score, name, verdict in ((8, "north", "punctual"),
                                                   (6, "south", "crowded"),
                                                   (9, "island", "scenic")))
    text = extract(article_around(ratings), facts=False).text
    assert "8/10 The north ferry line" in text and "9/10 The island ferry line" in text
    dated = "".join(f"<p>{d}/5/2026 The board met again and heard the county's report on "
                    f"the pier.</p>" for d in (3, 10, 17))
    text = extract(article_around(dated), facts=False).text
    assert "17/5/2026 The board met again" in text


def test_a_selection_that_is_only_a_gallery_stays_whole():
    raw = segment(html.fromstring(f"<html><body><article>{_gallery()}</article></body></html>"))
    keep = np.ones(len(raw), dtype=bool)
    assert drop_slideshows(raw, keep).all()
    # Beside a paragraph outside the gallery, the slides go and the paragraph stays.
    raw = segment(html.fromstring(f"<html><body><article><p>{_CAPTIONS[0]}</p>{_gallery()}"
                                  "</article></body></html>"))
    kept = drop_slideshows(raw, np.ones(len(raw), dtype=bool))
    assert kept.tolist() == [True] + [False] * (len(raw) - 1)
