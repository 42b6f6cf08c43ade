"""Article text held in the page's data, not its DOM (locate/embedded.py): JSON-LD
articleBody, hydration JSON, JavaScript state; never on a page whose DOM shows the article,
never from teasers, and in bounded, linear time on hostile scripts."""

from __future__ import annotations

import json
import random
import time

import pytest

import pressclip
from bench import datasets
from pressclip.locate import embedded

PARAGRAPHS = [
    "The regional council approved a new budget for the river port on Thursday, after a "
    "debate that ran late into the evening. The plan sets aside money for two new cranes "
    "and for dredging the main channel, which has silted up over the past decade.",
    "Dock workers' unions welcomed the vote but said the council had not answered their "
    "questions about night shifts. A spokeswoman said talks would resume next week, and "
    "that the workers expected a written offer before the end of the month.",
    "The port handled more grain last year than in any year since it opened. Farmers in "
    "the valley say the delays at the old quay cost them buyers, and some have sent their "
    "harvest by road to ports further north, at a higher price.",
    "Work on the channel is due to start in the spring. The council expects the cranes to "
    "arrive in the autumn and the first ships to use them before the winter.",
]
BODY_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
BODY_TEXT = "\n\n".join(PARAGRAPHS)
SHELL = (
    "<html><head><title>Port budget approved</title>{head}</head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    "<div id='root'><h1>Port budget approved</h1><p>Loading…</p></div>{body}"
    "<footer><a href='/privacy'>Privacy</a></footer></body></html>"
)


def _page(head: str = "", body: str = "") -> str:
    return SHELL.format(head=head, body=body)


def _json_script(value: object, **attributes: str) -> str:
    attrs = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in attributes.items())
    return f"<script{attrs}>{json.dumps(value)}</script>"


def test_a_next_js_page_gives_its_article_from_the_hydration_json():
    data = {"props": {"pageProps": {"article": {
        "title": "Port budget approved", "url": "https://example.org/port",
        "summary": "The council approved the port's budget.", "body": BODY_HTML}}}}
    page = _page(body=_json_script(data, id="__NEXT_DATA__", type="application/json"))
    art = pressclip.extract(page, explain=True)
    assert [b.text for b in art.blocks] == PARAGRAPHS
    assert all(b.kind == "paragraph" for b in art.blocks)
    kept = [d for d in art.explain if d.kept]
    assert len(kept) == len(PARAGRAPHS)
    assert all("from page JSON" in d.reason for d in kept)
    assert "__NEXT_DATA__" in kept[0].reason
    # The facts read the rescued text like any other.
    assert art.language == "en"


def test_a_json_ld_article_body_fills_an_empty_dom():
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "Port budget approved"},
        {"@type": "NewsArticle", "headline": "Port budget approved",
         "articleBody": BODY_TEXT}]}
    art = pressclip.extract(_page(head=_json_script(ld, type="application/ld+json")))
    assert art.text.split("\n\n") == PARAGRAPHS


def test_character_references_in_a_plain_text_body_are_read():
    escaped = BODY_TEXT.replace("'", "&#8217;").replace("the ", "the&nbsp;")
    ld = {"@type": "Article", "headline": "Port budget approved", "articleBody": escaped}
    art = pressclip.extract(_page(head=_json_script(ld, type="application/ld+json")))
    assert "&#8217;" not in art.text and "&nbsp;" not in art.text
    assert "workers\u2019 unions" in art.text


def test_a_javascript_state_assignment_is_read_as_json_never_run():
    state = {"story": {"id": 7, "paragraphs_html": BODY_HTML, "tags": ["port", "council"]}}
    script = (f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};"
              "window.track = function () { return 1; };</script>")
    art = pressclip.extract(_page(body=script))
    assert art.text.split("\n\n") == PARAGRAPHS


def test_a_page_whose_dom_shows_the_article_never_changes():
    other = ["A different text in the page's data, longer than the one shown. " * 30]
    data = {"props": {"article": {"body": " ".join(other)}}}
    dom = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = ("<html><body><article><h1>Port budget approved</h1>" + dom + "</article>"
            + _json_script(data, id="__NEXT_DATA__", type="application/json")
            + "</body></html>")
    art = pressclip.extract(page)
    assert art.text.split("\n\n") == PARAGRAPHS


def test_a_section_front_whose_json_holds_only_teasers_has_no_article():
    teasers = [{"title": f"Story number {i} about the valley",
                "url": f"https://example.org/story-{i}",
                # Long enough to be read (MIN_LITERAL_CHARS), too short to be an article.
                "summary": f"The council met on day {i} and decided several things about "
                           "the roads, the schools and the port. Residents were told that "
                           "the plan would be ready soon, and that a public meeting would "
                           "be held in the town hall before any work began."}
               for i in range(40)]
    data = {"props": {"pageProps": {"section": "News", "items": teasers}}}
    page = ("<html><body><nav><a href='/'>Home</a></nav><h1>News</h1>"
            + _json_script(data, id="__NEXT_DATA__", type="application/json")
            + "</body></html>")
    art = pressclip.extract(page)
    assert art.blocks == []


def test_the_description_is_a_teaser_not_the_body():
    teaser = PARAGRAPHS[0]
    ld = {"@type": "NewsArticle", "headline": "Port", "description": teaser,
          "articleBody": teaser}
    page = _page(head=f'<meta name="description" content="{teaser}">'
                 + _json_script(ld, type="application/ld+json"))
    assert pressclip.extract(page).blocks == []


def test_prose_about_something_else_is_not_the_article():
    pitch = ("Subscribe today and get unlimited access to every story, our daily newsletter "
             "and the crossword. Cancel anytime, with no fee and no questions asked. ") * 8
    data = {"paywall": {"offer": pitch}}
    page = _page(body=_json_script(data, type="application/json"))
    assert pressclip.extract(page).blocks == []


def test_a_line_that_only_repeats_the_title_is_no_sign_of_being_about_it():
    title = "Harbour bridge reopens"
    other = "The ferry leaves at nine, and the last boat returns before dark."
    assert embedded.title_share(title, f"Harbour bridge reopens\n{other}") == 0.0
    assert embedded.title_share(title, f"{other}\nThe harbour bridge reopens today.") == 1.0


def test_code_and_link_lists_in_scripts_are_no_prose():
    code = "function f(a, b) { if (a > b) { return a[0]; } return b; } " * 40
    links = " ".join(f"https://example.org/a/{i}.html" for i in range(200))
    data = {"bundle": code, "links": links}
    page = _page(body=_json_script(data, type="application/json"))
    assert pressclip.extract(page).blocks == []


def test_a_script_over_the_cap_is_not_parsed(monkeypatch: pytest.MonkeyPatch):
    data = {"article": {"body": BODY_HTML}}
    page = _page(body=_json_script(data, type="application/json"))
    assert pressclip.extract(page).text.split("\n\n") == PARAGRAPHS
    monkeypatch.setattr(embedded, "MAX_SCRIPT_CHARS", 100)
    assert pressclip.extract(page).blocks == []


def test_unclosed_and_broken_scripts_are_harmless():
    page = _page(body="<script>var a = {\"x\": [1, 2, </script><script type='application/json'>"
                      "{\"broken\": </script><script>" + "x = {" * 1000 + "</script><script>")
    assert pressclip.extract(page).blocks == []


def _cpu_seconds(page: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        embedded.find_embedded(page)
        best = min(best, time.process_time() - started)
    return best


HOSTILE = {
    # Assignments that never parse, each reading to the end of the script before failing.
    "broken assignments": lambda n: "<script>" + ('x = {"a": "' + "b" * 50) * n + "</script>",
    # Long string literals that are no prose, for the literal scan.
    "long literals": lambda n: "<script>f(" + ('"' + "ab " * 100 + '",') * n + ")</script>",
    # Deep and wide JSON for the walk.
    "nested json": lambda n: ("<script type='application/json'>" + '{"a": [' * 200
                              + ", ".join(['"' + "word " * 60 + '"'] * n) + "]}" * 200
                              + "</script>"),
    # Opening tags without end.
    "unclosed scripts": lambda n: "<script " * (40 * n),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_reading_hostile_scripts_grows_linearly(name: str):
    build = HOSTILE[name]
    n = 1
    while _cpu_seconds(build(n)) < 0.02 and n < 1 << 16:
        n *= 2
    small, large = _cpu_seconds(build(n)), _cpu_seconds(build(4 * n))
    # Linear: about 4; quadratic would be 16. The bar is generous for a busy machine.
    assert large / max(small, 0.02) < 8.0, (n, small, large)


REAL_PAGE = "fundus_dev/kr/HankookIlbo_2026_01_29"


@pytest.mark.skipif(not datasets.available(), reason="no shared data (../shared/data)")
def test_a_real_page_with_its_article_only_in_a_script_gives_it():
    from bench.scoring import score_page

    row = next(r for r in datasets.rows("fundus_dev") if r["id"] == REAL_PAGE)
    assert datasets.split_of(row) == "train"
    art = pressclip.extract(row["html"], url=row["url"], facts=False)
    assert score_page(row["body"], art.text).f1 >= 0.8


def test_the_compiled_word_units_count_as_the_expressions() -> None:
    """_features.word_units against embedded.python_units: crafted and random strings of
    spaced and spaceless scripts, marks, digits and punctuation, then real pages' blocks."""
    if embedded._compiled_units is None:
        pytest.skip("pressclip.locate._features was not built: the expressions count alone")
    alphabet = list("aZ09_ .,-\n\u00a0İß東京ひカｶ한ไລ༄ကក\u3000。\u0301\u200b²½😀𝐀") + ["\u0dff"]
    rng = random.Random(11)
    cases = ["", "a", "東", "a東b", "ไทย ไทย", "x_1 y", "\u0e00\u0eff\u0f00\u0fff\uff66\uff9f"]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
              for _ in range(5_000)]
    for case in cases:
        assert embedded._compiled_units(case) == embedded.python_units(case), case
    if datasets.available():
        for row in datasets.rows("fundus_dev", limit=40):
            for block in pressclip.extract(row["html"], facts=False).blocks:
                assert embedded._compiled_units(block.text) == \
                    embedded.python_units(block.text), row["id"]


# Invented paragraphs of three sentences in scripts whose full stop is their own (chars.
# SCRIPT_STOPS): Armenian (։), Ethiopic (።), Myanmar (။).
@pytest.mark.parametrize("paragraph", [
    "Լաստանավի գները կբարձրանան գարնանը։ Խորհուրդը նշել է վառելիքի թանկացումը։ "
    "Երթուղին փակ էր երկու շաբաթ անցյալ ձմռանը։",
    "የጀልባ ዋጋ በፀደይ ይጨምራል። ቦርዱ የነዳጅ ዋጋ መጨመሩን ገልጿል። መንገዱ ባለፈው ክረምት ለሁለት ሳምንት ተዘግቶ ነበር።",
    "ဖယ်ရီ ခရီးစရိတ် နွေဦးတွင် တက်မည်။ ဘုတ်အဖွဲ့က လောင်စာဆီ ဈေးကို ပြောသည်။ "
    "လမ်းကြောင်းကို ပြီးခဲ့သော ဆောင်းတွင် ပိတ်ခဲ့သည်။",
], ids=["Armenian", "Ethiopic", "Myanmar"])
def test_other_scripts_full_stops_end_sentences(paragraph: str):
    assert embedded.is_prose([paragraph], embedded.units(paragraph))
