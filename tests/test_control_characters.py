"""A page whose text holds C0 control characters is read, never refused with a crash."""

import pressclip

PROSE = "The harbour board met on Monday to weigh the plan for a new ferry terminal. " * 6


def test_a_hidden_element_beside_control_characters_is_dropped_without_a_crash():
    page = (
        "<html><body><article><h1>Terminal plan</h1><p>" + PROSE + "\x07 bell"
        "<span style='display:none'>hidden words</span>tail \x08 more</p>"
        "<p>" + PROSE + "<span hidden>gone</span>\x0c after</p></article></body></html>"
    )
    art = pressclip.extract(page)
    assert "harbour board" in art.text
    assert "hidden words" not in art.text and "gone" not in art.text
    assert "tail" in art.text and "after" in art.text


def test_an_article_read_from_page_data_with_control_characters_is_read_without_a_crash():
    # The page shows a teaser; the article is in its JSON-LD as markup, whose paragraphs are
    # split by setting text back into a parsed fragment (locate/embedded.py).
    import json

    body = "".join(f"<p>Paragraph {i}: {PROSE}\x01 end.</p>" for i in range(6))
    data = json.dumps({"@type": "NewsArticle", "headline": "Harbour board weighs the terminal",
                       "articleBody": body})
    page = ("<html><head><title>Harbour board weighs the terminal</title>"
            f"<script type='application/ld+json'>{data}</script></head><body>"
            "<h1>Harbour board weighs the terminal</h1><p>Read the story.</p></body></html>")
    art = pressclip.extract(page)
    assert "Paragraph 5: The harbour board met" in art.text
    assert "\x01" not in art.text
