"""Text mode's headline (`extract_text(...).title`): which line of a flattened page it is.
Every page here is invented for the test."""

from __future__ import annotations

from pressclip import extract_text
from pressclip.textmode.extract import _credited_sentence

MENU = ["Home", "News", "Region", "Sport", "Culture", "Weather", "Subscribe", "Sign in"]
HEADLINE = "Harbour board votes to rebuild the storm-damaged ferry pier"
PROSE = [
    "The harbour board of Nordhafen voted on Tuesday to rebuild the old ferry pier, which "
    "storms damaged twice last winter, and to open it again next spring.",
    "Work starts in May. The board said the cost would be shared with the county and that "
    "the ferry would run from the north quay while the pier is closed for the works.",
    "Fishermen who use the pier asked the board to keep one berth open for them, and the "
    "board agreed to study it before the work begins in the spring.",
    "The county council will vote on its share of the cost next month, after the harbour "
    "board has sent it the engineers' report on the state of the old ferry pier.",
]
FOOTER = ["More news", "Contact us", "About us", "Privacy"]


def page(*head: str) -> str:
    """Menus, the lines `head` (headline, kicker, byline, buttons...), then the article."""
    return "\n".join([*MENU, *head, *PROSE, *FOOTER])


def test_a_headline_far_above_the_prose_behind_share_buttons_and_a_caption() -> None:
    head = [HEADLINE, "By Jane Example", "June 3, 2026", "Share", "Facebook", "Email",
            "Copy link", "Print", "Listen to this article", "Save", "Comments",
            "The old ferry pier after the second storm. Photo: Jane Example/Agency"]
    assert extract_text(page(*head), facts=False).title == HEADLINE


def test_a_byline_that_names_the_opening_words_is_no_headline() -> None:
    # The byline names the board, as the opening does; the headline stands above it.
    head = [HEADLINE, "By Nordhafen Harbour Board", "June 3, 2026"]
    assert extract_text(page(*head), facts=False).title == HEADLINE


def test_a_kicker_above_the_headline_is_not_taken_for_it() -> None:
    # Of two lines that speak of the opening, the shorter above is a headline and the
    # longer one its standfirst, unless the shorter is a kicker's few words.
    assert extract_text(page("Storms on the coast", HEADLINE), facts=False).title == HEADLINE
    standfirst = ("The harbour board of Nordhafen votes to rebuild the ferry pier that storms "
                  "damaged twice last winter and to open it again in the spring")
    titled = extract_text(page(HEADLINE, standfirst), facts=False)
    assert titled.title == HEADLINE and titled.text.startswith(standfirst)



def test_a_headline_in_a_script_without_spaces() -> None:
    # Japanese: the headline is two tokens, its words runs of letters that the opening
    # cuts elsewhere; pairs of letters come back.
    headline = "北浜港の旧桟橋を再建へ 港湾委員会が決定"
    prose = ["北浜港の港湾委員会は火曜日、昨冬の嵐で二度壊れた旧桟橋を再建し、来春に再び"
             "開くことを決めた。工事は五月に始まり、費用は県と分担する。",
             "委員会によると、桟橋が閉じている間、フェリーは北側の岸壁から運航する。漁業者は"
             "工事中も係留場所を一つ残すよう求め、委員会は検討すると答えた。",
             "県議会は来月、技術者による旧桟橋の調査報告を受けた後、費用の負担について採決"
             "する予定だ。委員会は報告を今月中に県へ送るとしている。"]
    menu = ["ホーム", "ニュース", "地域", "スポーツ", "文化", "天気"]
    text = "\n".join([*menu, headline, "2026年6月3日 10時00分", *prose, "お問い合わせ"])
    assert extract_text(text, facts=False).title == headline


def test_the_headline_told_twice_is_spelled_with_its_marks() -> None:
    # The breadcrumb's last entry spells the headline as typed; the h1 below it, its kicker
    # in a span of its own, lost the colon in the flattening. The body stays as it was.
    typed = "Harbour board: votes to rebuild the storm-damaged ferry pier"
    flattened = "Harbour board votes to rebuild the storm-damaged ferry pier"
    for crumb in (typed, f"* {typed}"):
        record = extract_text(page(crumb, "", flattened, "By Jane Example"), facts=False)
        assert record.title == typed
        assert record.text == extract_text(page(flattened, "By Jane Example"),
                                           facts=False).text
    # The other way round too: the h1 holds the marks, a teaser's line under it none.
    assert extract_text(page(typed, flattened), facts=False).title == typed
    # Another headline's words, or the same spelling with fewer marks, leave the line be.
    assert extract_text(page("Storms: on the coast", "", flattened), facts=False
                        ).title == flattened
    assert extract_text(page(flattened, "", typed.replace(":", "")), facts=False
                        ).title == flattened


def test_a_section_named_in_the_opening_does_not_outrank_the_headline() -> None:
    # A menu's entry whose two words the opening repeats shares all of them, the headline
    # most of its eight: a word or two shared is too little to rank by the share.
    head = ["Nordhafen and the harbour", "Home", "Region", HEADLINE, "By Jane Example"]
    assert extract_text(page(*head), facts=False).title == HEADLINE
    # A headline of four words, three of them in the opening, still ranks by its share.
    short = "Harbour board rebuilds pier"
    assert extract_text(page("Region", short), facts=False).title == short


def test_a_headline_told_twice_above_the_article_needs_fewer_of_its_words() -> None:
    # The opening repeats two of the headline's seven words: fewer than a line told once
    # that shares three of nine (a teaser's), more than it for one the page sets twice (the
    # h1 and the share box's title).
    told = "Crumbling jetty gets second life before the spring"
    rival = "Seaside town rebuilds its battered ferry landing after winter gales"
    assert extract_text(page(told, "June 3, 2026", rival), facts=False).title == rival
    twice = extract_text(page(told, "June 3, 2026", rival, "Share", told), facts=False)
    assert twice.title == told


def test_a_headline_that_words_its_subject_otherwise_than_the_opening() -> None:
    # Two of its nine words come back in the opening ("winter", "after"): under the 30% a
    # headline shares as a rule, but the most any line above shares.
    headline = "Seaside town rebuilds its battered landing stage after winter gales"
    assert extract_text(page(headline, "By Jane Example"), facts=False).title == headline
    # Lines that share no word with the opening head nothing.
    assert extract_text(page("Local weather for the coming weekend", "By Jane Example"),
                        facts=False).title is None


def test_a_colon_the_flattener_spaced_is_set_as_the_article_sets_its_own() -> None:
    # The kicker stood in an element of its own: the flattener wrote " : ". The article
    # sets its colons after a word ("said: "), so the headline does too; French writes
    # " : " in its article as in its headline, which keeps it.
    prose = [*PROSE[:3], "The harbour master said: the pier will be safer than ever before, "
             "once the engineers have replaced the old timber with steel piles."]
    text = "\n".join([*MENU, "Nordhafen : " + HEADLINE, *prose, *FOOTER])
    assert extract_text(text, facts=False).title == "Nordhafen: " + HEADLINE
    french = [line.replace("said:", "said :") for line in prose]
    text = "\n".join([*MENU, "Nordhafen : " + HEADLINE, *french, *FOOTER])
    assert extract_text(text, facts=False).title == "Nordhafen : " + HEADLINE


def test_a_picture_credit_that_names_the_opening_words_is_no_headline() -> None:
    # The credit names the board, as the opening does, more of its words than the
    # headline shares; a picture's label opens it.
    headline = "Seaside town rebuilds its battered landing stage after winter gales"
    for credit in ("Image Credits: Nordhafen Harbour Board", "Foto: Nordhafen Harbour Board"):
        assert extract_text(page(headline, credit), facts=False).title == headline


def test_a_caption_with_its_credit_after_its_sentence_is_no_headline() -> None:
    # The caption speaks the opening's words, more of them than the headline; a name after
    # its sentence credits the picture. A headline that goes on in lower case stays one.
    headline = "Seaside town rebuilds its battered landing stage after winter gales"
    for credit in ("Jane Example", "뉴시스"):
        caption = ("The harbour board of Nordhafen voted to rebuild the old ferry pier on "
                   f"Tuesday. {credit}")
        assert extract_text(page(headline, caption), facts=False).title == headline
    for told in ("The harbour board of Nordhafen votes to rebuild the old ferry pier. Here's why",
                 "The harbour board of Nordhafen votes to rebuild the old ferry pier! [Video]"):
        assert extract_text(page(told), facts=False).title == told



def test_what_follows_a_sentence_as_a_caption_credit() -> None:
    sentence = "The harbour board of Nordhafen voted to rebuild the old ferry pier on Tuesday"
    assert _credited_sentence(f"{sentence}. Jane Doe")
    assert _credited_sentence(f"{sentence}. 뉴시스")
    # A teaser's link after an ellipsis, a bracketed label, lower case, a short sentence.
    assert not _credited_sentence(f"{sentence}... More")
    assert not _credited_sentence(f"{sentence}! [Video]")
    assert not _credited_sentence(f"{sentence}. Here's why")
    assert not _credited_sentence("Pier to reopen. Jane Doe")
