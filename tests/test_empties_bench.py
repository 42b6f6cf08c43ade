"""bench/empties: an article page left without its article, put down to the pass that did it."""

from bench.empties import cause

_STORY = ("The council met on Monday evening and approved the budget for the coming year "
          "after a long debate about the roads, the schools and the new library.")


def test_a_page_without_text_blocks_is_the_cleaners_or_the_walks():
    page = ("<html><head><title>Budget approved</title></head>"
            "<body><script>x()</script></body></html>")
    assert cause(page, None, _STORY)[0] == "no blocks"


def test_a_lone_block_in_a_footer_is_the_gates_rule_before_its_trees():
    page = f"<html><body><div class='footer'><p>{_STORY}</p></div></body></html>"
    why, selection = cause(page, None, _STORY)
    assert why == "gate: one furniture block" and selection > 0.9


def test_an_article_the_locator_keeps_is_put_down_to_the_passes_after_it():
    paragraphs = "".join(f"<p>{_STORY} Part {i} of the report was read aloud.</p>"
                         for i in range(5))
    page = f"<html><body><article><h1>Budget approved</h1>{paragraphs}</article></body></html>"
    why, selection = cause(page, None, paragraphs.replace("<p>", "").replace("</p>", " "))
    assert why == "after the locator" and selection > 0.8
