"""Tags with thousands of attributes: libxml2's duplicate check made them quadratic, in our
parse and in htmldate's (350 KB took 18 s through extract()). Every tag is cut to its first
MAX_ATTRIBUTES attributes before parsing (parse/attributes.py); real pages are untouched."""

from __future__ import annotations

import os
import random
import re
import time

import pytest

import pressclip
from bench import datasets
from pressclip.parse import attributes
from pressclip.parse.attributes import MAX_ATTRIBUTES, cap_attributes
from pressclip.parse.html import parse_html


def _one_tag(count: int) -> str:
    attributes = " ".join(f'data-a{i}="x"' for i in range(count))
    return (f"<html><body><article><p id=lead class=intro {attributes}>The council met on "
            "Monday.</p></article><script>if (a<b c d) {}</script></body></html>")


def test_a_tag_keeps_its_first_attributes_and_the_page_its_text() -> None:
    page = _one_tag(MAX_ATTRIBUTES * 3)
    root = parse_html(page)
    [p] = root.iter("p")
    assert len(p.attrib) == MAX_ATTRIBUTES
    assert (p.get("id"), p.get("class")) == ("lead", "intro")
    assert p.text == "The council met on Monday."
    [script] = root.iter("script")
    assert script.text == "if (a<b c d) {}"
    # Under the cap, nothing changes.
    assert cap_attributes(_one_tag(MAX_ATTRIBUTES - 2)) == _one_tag(MAX_ATTRIBUTES - 2)


@pytest.mark.parametrize("page", [
    "<p " + 'a="' * 5000,                      # unclosed quotes
    "<p " + " ".join(f'b{i}="<a >"' for i in range(2000)) + ">x</p>",  # brackets in values
    "<script>" + "<a " * 2000,                  # an unclosed script is text to the end
])
def test_hostile_tags_are_read_once(page: str) -> None:
    capped = cap_attributes(page)
    assert len(capped) <= len(page)
    parse_html(capped)


def _cpu_seconds(page: str) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        pressclip.extract(page)  # no date on the page: htmldate's fallback runs too
        best = min(best, time.process_time() - started)
    return best


def test_extract_grows_linearly_with_attributes() -> None:
    pressclip.extract("<p>load the models first</p>")
    small, large = _cpu_seconds(_one_tag(40_000)), _cpu_seconds(_one_tag(80_000))
    # Linear: about 2 (1.7-1.9 measured); before the cap, 175 KB to 350 KB took 4.5 times as
    # long, seconds each. A floor of 20 ms keeps a busy machine's noise out of the small page.
    assert large / max(small, 0.02) < 3.0, (small, large)


def test_real_pages_are_untouched() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent")
    for name in ("trafilatura", "fundus_dev", "htmldate"):
        for row in datasets.rows(name, limit=150):
            if row.get("html"):
                assert cap_attributes(row["html"]) == row["html"], row["id"]


def _over_cap_expression(cap: int) -> re.Pattern[str]:
    """attributes._ANY_OVER_CAP with another cap, so that short strings can reach it."""
    return re.compile(rf"<[A-Za-z][^\s/>]*+(?=(?:{attributes._ATTRIBUTE}){{{cap + 1}}})")


def test_the_compiled_scan_answers_as_the_expression() -> None:
    """_scan.any_tag_over against the expression it replaces: hand-made edge cases and
    random strings of the characters that matter to the tokens, at small caps."""
    if attributes._compiled_any_tag_over is None:
        if os.environ.get("PRESSCLIP_REQUIRE_COMPILED") == "1":
            pytest.fail("setup.py did not build pressclip.parse._scan")
        pytest.skip("pressclip.parse._scan was not built: the expression answers alone")
    scan = attributes._compiled_any_tag_over
    # The same scan over the text's UTF-8, the bytes the parser is handed.
    scan_utf8 = attributes._compiled_any_tag_over_utf8
    cases = ['<p a b c>', '<p a=1 b=2 c=3', '<p a="x>y" b c>', "<p a='' b= c>", '<p a="',
             '<p/a/b/c>', '<p a =b c>', '<p\u00a0a\u2003b\u3000c>', '<p ="" =\'\' =>',
             '<P a"b c>', '<1 a b c>', '<p a==b c d>', '<p a= b c>', 'x<', '<', '<p', '',
             '<p\u2029a\u205fb\u1680c\x85d>', '<p a\u200b b\u2030c\u0100d>']
    # Every white space character (several bytes each in UTF-8 beyond ASCII), characters
    # that share their first bytes without being white space, and other scripts.
    spaces = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
    alphabet = 'ab<>="\'/é\u00a1\u1681\u200b\u2030\u2060\u3001\u4e2d😀' + spaces
    rng = random.Random(13)
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
              for _ in range(20_000)]
    for cap in (1, 2, 3):
        expression = _over_cap_expression(cap)
        for case in cases:
            expected = expression.search(case) is not None
            assert scan(case, cap) == expected, (cap, case)
            assert scan_utf8(case.encode("utf-8"), cap) == expected, (cap, case)
    for over, count in ((True, MAX_ATTRIBUTES), (False, MAX_ATTRIBUTES - 2)):
        assert scan(_one_tag(count), MAX_ATTRIBUTES) is over
        assert scan_utf8(_one_tag(count).encode("utf-8"), MAX_ATTRIBUTES) is over
    if datasets.available():
        for row in datasets.rows("fundus_dev"):
            expected = attributes._ANY_OVER_CAP.search(row["html"]) is not None
            assert scan(row["html"], MAX_ATTRIBUTES) == expected, row["id"]
            assert scan_utf8(row["html"].encode("utf-8"), MAX_ATTRIBUTES) == expected, row["id"]
