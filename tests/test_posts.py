"""A post embedded by its embed code (a blockquote whose class or data- attribute names say
embed, holding the post's address) leaves the kept article; a pull quote, a marked
blockquote with no address and a selection of posts alone stay."""

from invented_pages import article_around, kept_after

from pressclip.locate.posts import drop_embedded_posts

_POST = ("The new pier will be open by next spring, and the ferry keeps running from the "
         "north quay until then.")
_SIGNED = "— Nordhafen Harbour (@nordhafen_port) March 4, 2025"


def _post(attributes: str, link: str = "https://social.example/nordhafen_port/post/1") -> str:
    return (f"<blockquote {attributes}><p>{_POST}</p>"
            f"<p>{_SIGNED.split(' March')[0]} <a href='{link}'>March 4, 2025</a></p>"
            "</blockquote>")


def _kept(block: str) -> list[str]:
    return kept_after(article_around(block), drop_embedded_posts)


def test_an_embedded_post_leaves_with_its_signature():
    for attributes in ("class='twitter-tweet' data-dnt='true'",
                       "class='social-embed'",
                       "class='post-card' data-post-permalink='x'",
                       "class='wp-embedded-content' data-secret='a1'"):
        kept = _kept(_post(attributes))
        assert _POST not in kept and _SIGNED not in kept, attributes
        assert len(kept) == 7


def test_a_pull_quote_or_a_marked_quote_without_an_address_stays():
    pull = _kept(f"<blockquote class='pullquote'><p>{_POST}</p></blockquote>")
    assert _POST in pull
    relative = _kept(_post("class='embed'", link="/harbour/pier"))
    assert _POST in relative


def test_a_selection_of_posts_alone_stays_whole():
    page = "<html><body><article>" + _post("class='embed'") + "</article></body></html>"
    assert _POST in kept_after(page, drop_embedded_posts)


def test_the_pass_runs_in_the_extraction():
    from pressclip import extract

    text = extract(article_around(_post("class='twitter-tweet'")), facts=False).text
    assert "Nordhafen" in text and _POST not in text
