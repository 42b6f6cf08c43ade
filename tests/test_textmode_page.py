"""Text mode reads the page as a whole: furniture wherever it sits, and no article where the
text holds none."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench import datasets
from pressclip import extract_text
from pressclip.textmode.extract import (
    _between_separators,
    _caption,
    _continuation,
    _is_prose,
    _lone_paragraphs,
    _menu,
    _repeat_keys,
)
from pressclip.textmode.lines import split_lines
from pressclip.textmode.model import load_model
from training.train_textmode import line_labels

FIXTURE = Path(__file__).parent / "data" / "textmode_page_en.txt"
REFERENCE = datetime(2025, 7, 10, tzinfo=UTC)
# A sign-up box, written for this test (no site's wording).
SIGN_UP = "Get the morning briefing in your inbox: sign up for our free newsletter"
# Of the lines that a site repeats on several of its pages and that are never part of the
# gold article there, at most this share may stay in an article.
MAX_SITE_FURNITURE_KEPT = 0.05


def test_a_page_of_menus_gives_no_article() -> None:
    text = "\n".join(["Home", "News", "World", "Politics", "Business", "Sport", "Culture",
                      "Weather", "Contact us", "About us", "Sign in", "Subscribe"])
    article = extract_text(text)
    assert article.is_empty and article.title is None


def test_a_list_of_links_gives_no_article() -> None:
    headlines = ["Minister resigns after a row over the budget plan",
                 "Storm leaves thousands without power in the north",
                 "Local team wins the cup final after extra time",
                 "Petrol prices rise for the third month in a row",
                 "New bridge opens to traffic after two years of work",
                 "Scientists find a new species of frog in the forest"]
    for text in ("\n".join(headlines), "\n\n".join(f"{h}\n3 hours ago" for h in headlines)):
        article = extract_text(text)
        assert article.is_empty and article.title is None
        assert article.contributors == [] and article.agencies == []


def test_furniture_repeated_in_a_page_leaves_the_article_wherever_it_sits() -> None:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    plain = extract_text("\n".join(lines), reference_time=REFERENCE)
    paragraphs = plain.text.split("\n\n")
    # The box once between two paragraphs, once after the article, once among the menus.
    third = next(i for i, line in enumerate(lines) if line == paragraphs[2])
    boxed = [lines[0], SIGN_UP, *lines[1:third], SIGN_UP, *lines[third:], SIGN_UP]
    article = extract_text("\n".join(boxed), reference_time=REFERENCE)
    assert SIGN_UP not in article.text
    assert article.text == plain.text
    assert article.title == plain.title


def test_a_sites_furniture_is_furniture_on_every_page() -> None:
    """Lines that a site repeats on several of its heldout pages (newsletter and sign-up
    boxes, 'read more' lines, footers) and that are never in the gold article there leave
    the article wherever they appear, on every page, though each page is read alone."""
    if not datasets.available():
        pytest.skip("../shared/data is absent: no modern pages to test on")
    pages: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in datasets.rows("textmode_fundus_dev", split="heldout"):
        pages[(datasets.site_of(row), row["flattener"])].append(row)
    total = kept = 0
    for rows in pages.values():
        if len(rows) < 2:
            continue
        labelled = [(row, split_lines(row["text"])) for row in rows]
        labelled = [(row, lines, line_labels(lines, row["body"])) for row, lines in labelled]
        on_pages = Counter(line for _, lines, _ in labelled for line in set(lines))
        gold = {line for _, lines, labels in labelled
                for line, label in zip(lines, labels, strict=True) if label}
        furniture = {line for line, count in on_pages.items()
                     if count >= 2 and len(line.split()) >= 4 and line not in gold}
        for row, lines, _ in labelled:
            found = set(extract_text(row["text"], facts=False).text.split("\n\n"))
            for line in furniture & set(lines):
                total += 1
                kept += line in found
    assert total >= 50, "too few repeated lines to judge"
    assert kept <= MAX_SITE_FURNITURE_KEPT * total


def test_subheadings_repeated_in_a_table_of_contents_stay_in_their_place() -> None:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    plain = extract_text("\n".join(lines), reference_time=REFERENCE)
    paragraphs = plain.text.split("\n\n")
    # Two subheadings made of the words of the paragraphs they open, listed once before
    # the article (a table of contents at the top of the page), then each before its
    # paragraph.
    heads = [" ".join(p.split()[-5:]).rstrip(".,;:\"") for p in paragraphs[1:3]]
    at = [next(i for i, line in enumerate(lines) if line == p) for p in paragraphs[1:3]]
    page = [*heads, *lines[:at[0]], heads[0], *lines[at[0]:at[1]], heads[1], *lines[at[1]:]]
    article = extract_text("\n".join(page), reference_time=REFERENCE)
    found = article.text.split("\n\n")
    for head, paragraph in zip(heads, paragraphs[1:3], strict=True):
        assert found.count(head) == 1
        assert found[found.index(head) + 1] == paragraph


@pytest.mark.parametrize("caption", [
    "The old mill seen from the harbour at dawn. Photo: Jane Example/Agency",
    "Die alte Mühle am Hafen, im Morgenlicht. © Jana Beispiel",
    "El viejo molino visto desde el puerto.Juan Ejemplo/Agencia",
    "Den gamla kvarnen vid hamnen i gryningen. Foto: Anna Exempel.",
    "The old mill seen from the harbour at dawn. Photo by Jane Example / Agency via Other",
    "The old mill seen from the harbour at dawn. (Agency)",
    # No sentence before the credit, the label glued to the caption's last word.
    "Die alte Mühle am Hafen im Morgenlicht 2021Bild: Jana Beispiel/Agentur",
    "Die alte Mühle am Hafen im MorgenlichtBild: Jana Beispiel/agentur/bildarchiv",
    # Initials in the credit are no sentence's end; a copyright sign after a phrase.
    "Die alte Mühle am Hafen, im Morgenlicht. © AGENTUR/Jana Beispiel/ R.Beispiel",
    "El viejo molino visto desde el puerto. AGENCIA/ J.J. Ejemplo",
    "Die alte Mühle am Hafen im Morgenlicht (Archivbild) © Agentur/dpa | Jana Beispiel",
])
def test_a_caption_ending_with_its_credit_leaves_the_article(caption: str) -> None:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    plain = extract_text("\n".join(lines), reference_time=REFERENCE)
    third = next(i for i, line in enumerate(lines) if line == plain.text.split("\n\n")[2])
    article = extract_text("\n".join([*lines[:third], caption, *lines[third:]]),
                           reference_time=REFERENCE)
    assert article.text == plain.text
    # Lines that end on a time, a colon or a quote after a sentence are no captions.
    for line in ("The meeting was long and the vote was close. It ended at 10:30",
                 "The council listed three reasons. Among them:",
                 "The road reopens on Monday. Drivers: slow down, the mayor said.",
                 "The vote was close. Asked why: no comment!",
                 # Slashed or bracketed words that are no credit: prose, references, the
                 # source a paragraph of several sentences names.
                 "The vote was close. Members voted and/or abstained in turn",
                 "The empire grew. It reached the borders of the federation. [Book 1 / Book 2]",
                 "The mill burnt down. Nobody was hurt. (Local Paper)",
                 "The vote was close. (12 May 2024)",
                 # A headline's label comes first; a time is no credit.
                 "Analysis: Smith/Jones and the vote", "The vote ended late on Monday at 10:30",
                 "The council has counted the votes of the night: and/or the turnout",
                 "The U.S. council bought the mill and opens it next year. (Local Paper)"):
        assert not _caption(line)


@pytest.mark.parametrize(("line", "menu"), [
    ("新闻 | 体育 | 财经", True), ("Start › Welt › Asien · China", True),
    ("10:49 AM | Permalink | Comments (7)", True),
    ("HARBOUR 2.0 | Port board gets R2bn to hire extra pilots", False),
    ("Politik | Russland", False), ("one | a longer item of words | two", False),
])
def test_menus_and_breadcrumbs_in_any_script(line: str, menu: bool) -> None:
    assert _menu(line) is menu


def _gap_page(box: list[str], after: list[str]) -> tuple[list[str], list[int]]:
    """The fixture's article, its last two paragraphs moved after `box`, then `after`;
    and the indices of the paragraphs the decoder would keep before the box."""
    lines = FIXTURE.read_text(encoding="utf-8").splitlines()
    paragraphs = extract_text("\n".join(lines), reference_time=REFERENCE).text.split("\n\n")
    prose = [p for p in paragraphs if len(p.split()) >= 15]
    page = ["Home | World | Business | Science | Sport", *prose[:-2], *box, *prose[-2:],
            *after]
    return page, list(range(1, len(prose) - 1))


def _continued(page: list[str], kept: list[int]) -> list[str]:
    _, sizes, _, templated = load_model().locate(page)
    keys = _repeat_keys(page)
    return [page[i] for i in _continuation(page, kept, sizes.tolist(), templated.tolist(),
                                           keys, Counter(keys))]


# An embedded video box and a "most read" list, written for this test (no site's wording).
VIDEO_BOX = ["Video", "Tide mills along the coast, explained", "02:31", "Source: Example TV"]
MOST_READ = ["Most read", "1. Storm closes the ferry port", "2. Bakery wins a national prize",
             "3. New cycle path opens"]


@pytest.mark.parametrize("box", [VIDEO_BOX, MOST_READ, ["Advertisement"]])
def test_the_articles_last_paragraphs_after_a_box_inserted_in_it_stay(box: list[str]) -> None:
    page, kept = _gap_page(box, [])
    assert _continued(page, kept) == page[-2:]


def test_comments_teasers_and_a_long_box_do_not_continue_the_article() -> None:
    thread = []
    for name, hour, word in (("Anna", 9, "right"), ("Ben", 10, "wrong"), ("Carla", 11, "late")):
        thread += [name, f"July 5, 2025 at {hour}:12 pm",
                   f"I think the council is {word} about the tide mill and the power station, "
                   "the town has waited for this plan for a long time."]
    page, kept = _gap_page(MOST_READ, ["Comments", *thread])
    continued = _continued(page, kept)
    assert continued == page[-2 - len(thread) - 1:-len(thread) - 1]
    teasers = ["Related", "A wind farm plan divides a mountain village as the vote draws near "
               "and farmers say they were never asked about it."]
    page, kept = _gap_page(MOST_READ, teasers)
    assert _continued(page, kept) == page[-4:-2]
    page, kept = _gap_page(MOST_READ + VIDEO_BOX, [])
    assert _continued(page, kept) == []


def test_a_teaser_that_a_sidebar_repeats_does_not_end_the_article() -> None:
    # A "read also" teaser, shown again twice in the page's lists: the line recurs whole.
    teaser = "Harbour festival returns with boat races and a night market"
    page, kept = _gap_page(["Read also", teaser], [])
    page = [teaser, *page, "Most read", teaser]
    kept = [i + 1 for i in kept]
    assert _continued(page, kept) == page[-4:-2]
    # A short line that recurs is a series' control ("Share", "Reply"): the box is a series.
    page, kept = _gap_page(["Share"], ["Share", "Share"])
    assert _continued(page, kept) == []


def test_a_box_that_the_page_repeats_elsewhere_does_not_end_the_article() -> None:
    # The "most read" list comes back in the page's footer: its lines are not once in the page.
    page, kept = _gap_page(MOST_READ, MOST_READ)
    assert _continued(page, kept) == page[-2 - len(MOST_READ):-len(MOST_READ)]


# A paragraph that takes the story somewhere new: few of its words (5 of 23) are the article's.
NEW_TURN = ("At a crowded meeting in the harbour hall on Monday evening, fishermen, shopkeepers "
            "and several retired engineers argued for hours about what the electricity would be "
            "worth, who would own the turbines and whether the town should borrow against future "
            "income.")


def test_a_paragraph_with_few_of_the_articles_words_continues_it_only_if_more_follows() -> None:
    page, kept = _gap_page([], [])
    head = page[:kept[-1] + 1]
    more = head + MOST_READ + [NEW_TURN] + VIDEO_BOX + page[-2:]
    assert _continued(more, kept) == [NEW_TURN, *page[-2:]]
    last = head + MOST_READ + [NEW_TURN] + ["Comments", "Log in to comment"]
    assert _continued(last, kept) == []


def _lone(page: list[str], keep: list[bool]) -> list[int]:
    _, sizes, _, _ = load_model().locate(page)
    keys = _repeat_keys(page)
    return _lone_paragraphs(page, keep, sizes.tolist(), keys, Counter(keys))


def test_a_paragraph_left_out_between_two_of_the_articles_paragraphs_is_the_articles() -> None:
    page, _ = _gap_page([], [])
    keep = [i > 0 for i in range(len(page))]
    keep[4] = False
    assert _lone(page, keep) == [4]
    # Not a line that is no prose, nor one the page repeats, nor one at the article's edge.
    short = [*page[:4], "Most read", *page[5:]]
    assert _lone(short, keep) == []
    repeated = [*page, page[4]]
    assert _lone(repeated, [*keep, False]) == []
    keep[4], keep[1] = True, False
    assert _lone(page, keep) == []


@pytest.mark.parametrize("line", [
    "„Wir haben als Mannschaft von der ersten bis zur letzten Runde alles gegeben, und am Ende "
    "hat es gereicht.“",
    "« Nous avons essayé de faire la meilleure course possible, et à la fin cela a suffi. »",
    "The mayor said the council had waited long enough for a plan that would work for all.)",
])
def test_a_paragraph_ending_with_any_languages_closing_quote_is_prose(line: str) -> None:
    assert _is_prose(line, len(line.split()))


def test_sentences_between_copies_of_the_articles_separator_are_the_articles() -> None:
    page, _ = _gap_page([], [])
    prose = page[1:]
    # Every paragraph parted from the next by the same line; two of them left out.
    parted = [page[0]]
    for paragraph in prose:
        parted += ["Article content", paragraph]
    parted.append("Article content")
    keep = [line in prose for line in parted]
    missed = [parted.index(prose[1]), parted.index(prose[2])]
    for i in missed:
        keep[i] = False
    _, sizes, _, _ = load_model().locate(parted)
    keys = _repeat_keys(parted)
    assert _between_separators(parted, keep, sizes.tolist(), keys, Counter(keys)) == missed
    # A comment thread parts its comments by two different lines: none is taken.
    thread = [page[0]]
    for paragraph in prose:
        thread += ["Posted on July 5, 2025", paragraph, "Reply"]
    keep = [line in prose for line in thread]
    keep[thread.index(prose[1])] = False
    keys = _repeat_keys(thread)
    _, sizes, _, _ = load_model().locate(thread)
    assert _between_separators(thread, keep, sizes.tolist(), keys, Counter(keys)) == []
