"""bench/recall_drops: gold text the extractor drops, counted by the locator's reason."""

from bench.recall_drops import page_losses

_STORY = ("The ferry to the island of Vessa left the harbour two hours late on Tuesday "
          "because a storm had closed the northern channel during the night.")
_MORE = ("Passengers waited in the harbour hall, where the crew handed out tea and blankets "
         "until the captain was told that the channel had opened again at dawn.")
_NOTE = ("Readers who travelled on the ferry that morning are invited to write to the paper "
         "about what they saw in the harbour hall and on the crossing itself.")
_PAGE = ("<html><body><div class='nav'><a href='/'>Home</a> <a href='/b'>Boats</a></div>"
         f"<div class='story'><p>{_STORY}</p><p>{_MORE}</p></div>"
         f"<div class='comments'><p>{_NOTE}</p></div></body></html>")


def test_text_the_gold_keeps_and_the_extractor_drops_goes_under_its_reason():
    lost, empty, blocks = page_losses(_PAGE, None, f"{_STORY}\n{_MORE}\n{_NOTE}")
    assert not empty
    assert "comments" in lost
    assert ("comments", _NOTE) in blocks
    assert all(r != "comments" or t == _NOTE for r, t in blocks)


def test_nothing_is_lost_when_the_gold_is_what_was_extracted():
    lost, empty, blocks = page_losses(_PAGE, None, f"{_STORY}\n{_MORE}")
    assert not empty
    assert not blocks
    assert not lost


def test_gold_text_the_page_does_not_hold_is_in_no_block():
    missing = "A sentence that the page never prints anywhere at all, written for the gold."
    lost, _, _ = page_losses(_PAGE, None, f"{_STORY}\n{_MORE}\n{missing}")
    assert lost["not in any block"] > 0
