"""Text mode on bad or odd input: a clear result, never a hang or a crash."""

from __future__ import annotations

import pytest
from growth import best_cpu_seconds

from pressclip import ExtractionError, extract_text
from pressclip.intake import looks_like_html

PROSE = ("The committee met again on Thursday and agreed, after a long debate, that the new "
         "bridge would be built of timber rather than steel, which it said was cheaper. ")


def test_empty_input_is_refused_and_text_without_article_is_empty() -> None:
    # One contract with extract(): no page at all is an error, no article the empty record.
    for text in ("", "   \n\n\t ", "\n" * 1000, b""):
        with pytest.raises(ExtractionError, match="empty"):
            extract_text(text)
    article = extract_text("— | — | —")
    assert article.is_empty and article.title is None


def test_binary_data_is_refused() -> None:
    with pytest.raises(ExtractionError, match="binary"):
        extract_text(bytes(range(256)) * 10)
    with pytest.raises(ExtractionError, match="binary"):
        extract_text("PK\x03\x04\x00\x00" * 500)


def test_bytes_in_utf8_are_read() -> None:
    article = extract_text(("Titre de l’article\n\n" + PROSE * 3).encode("utf-8"))
    assert "timber" in article.text


def test_one_enormous_line_is_linear() -> None:
    # Time at 2n against time at n (CPU, best of five): 2.0-2.4 measured, 4 if quadratic.
    t_small, t_large = best_cpu_seconds(extract_text, PROSE * 5_000, PROSE * 10_000, repeats=5)
    assert t_large < 3 * max(t_small, 0.02), (t_small, t_large)
    text = PROSE * 20_000  # 3.3 MB on one line
    assert extract_text(text).text in ("", text.strip())


def _menu_page(lines: int) -> str:
    return "\n".join(f"Menu item {i}" for i in range(lines)) + "\n" + PROSE * 5


def test_many_lines_are_linear() -> None:
    t_small, t_large = best_cpu_seconds(extract_text, _menu_page(25_000), _menu_page(50_000),
                                          repeats=5)
    assert t_large < 3 * max(t_small, 0.02), (t_small, t_large)
    assert "Menu item 49999" not in extract_text(_menu_page(50_000)).text


def test_mixed_scripts() -> None:
    text = "\n".join(["Главная | Новости | Спорт", "新闻 | 体育 | 财经", PROSE * 3,
                      "Экономика выросла на три процента, сообщило министерство в четверг, "
                      "добавив, что рост продолжится.", "© 2025"])
    article = extract_text(text)
    assert "timber" in article.text
    assert "体育" not in article.text


def test_text_without_article() -> None:
    text = "\n".join(["Home", "News", "Sport", "Weather", "Contact us", "Privacy", "Log in"] * 5)
    assert extract_text(text).is_empty


def test_html_or_text_guess() -> None:
    assert looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    assert looks_like_html("  <!-- x --> <html lang=en><p>a</p>")
    assert looks_like_html("<div><p>a</p><p>b</p><span>c</span></div>")
    assert not looks_like_html(PROSE * 5)
    assert not looks_like_html("Prices rose <3% in May, a <b> tag aside.\n" + PROSE * 10)
    assert not looks_like_html("")
