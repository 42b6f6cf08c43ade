"""The web page in headless Chromium (Debian's chromium, driven by Playwright) against a real
`pressclip serve`: paste a real page, extract, and see the article, every removed block with
its reason, the quotes by speaker, the entities, the downloads and the search view; the
screenshots are decoded and checked."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from service_support import Service, quoted_pages, service_with_store

import pressclip

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no /usr/bin/chromium: install Debian's chromium package (.ci/run does) to "
                "test the web page", allow_module_level=True)
pytest.importorskip("fastapi", reason="the serve extra is not installed")
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1400, "height": 1000}


@pytest.fixture(scope="module")
def pages() -> list[dict[str, Any]]:
    return quoted_pages(2)


@pytest.fixture(scope="module")
def service(pages: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Service]:
    with service_with_store(tmp_path_factory.mktemp("page"), pages, "--workers", "1") as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    yield tab
    context.close()
    # The only console errors allowed are the failed requests the tests make on purpose.
    assert [p for p in problems if "status of 400" not in p] == []


def screenshot_stats(browser: Any, png: bytes) -> dict[str, float]:
    """The screenshot decoded by the browser itself: size, distinct colours (sampled) and
    the share of dark pixels (text)."""
    scratch = browser.new_page()
    try:
        return scratch.evaluate("""async (b64) => {
            const img = new Image();
            img.src = "data:image/png;base64," + b64;
            await img.decode();
            const canvas = document.createElement("canvas");
            canvas.width = img.width; canvas.height = img.height;
            const ctx = canvas.getContext("2d");
            ctx.drawImage(img, 0, 0);
            const d = ctx.getImageData(0, 0, img.width, img.height).data;
            const colours = new Set();
            let dark = 0, n = 0;
            for (let i = 0; i < d.length; i += 4 * 7) {
                colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
                if (d[i] + d[i + 1] + d[i + 2] < 300) dark += 1;
                n += 1;
            }
            return {width: img.width, height: img.height, colours: colours.size, dark: dark / n};
        }""", base64.b64encode(png).decode())
    finally:
        scratch.close()


def visible_box(tab: Any, selector: str) -> dict[str, float]:
    box = tab.locator(selector).first.bounding_box()
    assert box is not None, f"{selector} is not displayed"
    assert box["width"] > 20 and box["height"] > 10, (selector, box)
    assert box["x"] >= 0 and box["x"] + box["width"] <= VIEWPORT["width"] + 1, (selector, box)
    return box


def extract_in_page(tab: Any, service: Service, html: str) -> None:
    tab.goto(service.base + "/")
    tab.locator(".modes label", has_text="HTML").click()
    tab.fill("#page-input", html)
    tab.click("#extract-button")
    tab.wait_for_selector("#extract-result .r-title", timeout=60_000)


def test_extract_shows_article_removed_blocks_quotes_and_entities(
        service: Service, pages: list[dict[str, Any]], browser: Any, page: Any,
        tmp_path: Path) -> None:
    html = pages[0]["row"]["html"]
    expected = pressclip.extract(html, explain=True)
    extract_in_page(page, service, html)
    result = page.locator("#extract-result")

    assert result.locator(".r-title").inner_text() == expected.title
    paragraphs = result.locator(".r-article p").all_inner_texts()
    assert "\n\n".join(paragraphs) == expected.text

    dropped = [d for d in expected.explain if not d.kept]
    assert result.locator(".block.dropped").count() == len(dropped)
    assert result.locator(".block.kept").count() == len(expected.explain) - len(dropped)
    reasons = result.locator(".block.dropped .badge.reason").all_inner_texts()
    assert reasons == [d.reason for d in dropped]
    chips = result.locator(".reason-chip")
    assert chips.count() == len({d.reason for d in dropped})

    speakers = {q.speaker for q in expected.quotes if q.speaker}
    shown = {h.split("\n")[0].strip() for h in result.locator(".speaker h4").all_inner_texts()}
    assert speakers <= shown
    assert result.locator(".said").count() == len(expected.quotes)
    assert result.locator(".quote-mark").count() >= 1

    people = {e.canonical for e in expected.entities if e.type == "person"}
    chips_text = " ".join(result.locator(".entity").all_inner_texts())
    assert people and all(name in chips_text for name in people)

    shot = tmp_path / "extract.png"
    page.screenshot(path=str(shot))
    stats = screenshot_stats(browser, shot.read_bytes())
    assert (stats["width"], stats["height"]) == (VIEWPORT["width"], VIEWPORT["height"])
    assert stats["colours"] > 50, stats
    assert 0.005 < stats["dark"] < 0.5, stats
    title = visible_box(page, "#extract-result .r-title")
    article = visible_box(page, "#extract-result .article-card")
    removed = visible_box(page, "#extract-result .page-card")
    assert title["y"] < VIEWPORT["height"]  # in the first screen after the input
    # Side by side: the clean article on the left, the marked page on the right.
    assert removed["x"] > article["x"] + article["width"] / 2
    assert abs(removed["y"] - article["y"]) < 5
    page.locator("#extract-result .speaker").first.scroll_into_view_if_needed()
    visible_box(page, "#extract-result .speaker")
    visible_box(page, "#extract-result .entity")
    full = tmp_path / "extract-full.png"
    page.screenshot(path=str(full), full_page=True)
    assert screenshot_stats(browser, full.read_bytes())["height"] > VIEWPORT["height"]


def test_reason_filter_and_downloads(service: Service, pages: list[dict[str, Any]],
                                     page: Any) -> None:
    html = pages[0]["row"]["html"]
    expected = pressclip.extract(html, explain=True)
    extract_in_page(page, service, html)
    chip = page.locator("#extract-result .reason-chip").first
    reason = chip.get_attribute("data-reason")
    chip.click()
    shown = page.locator("#extract-result .block:visible")
    assert shown.count() == sum(1 for d in expected.explain if not d.kept and d.reason == reason)

    with page.expect_download() as got:
        page.click("#extract-result .r-download-json")
    record = json.loads(Path(got.value.path()).read_text(encoding="utf-8"))
    assert record["title"] == expected.title and record["text"] == expected.text
    assert "explain" not in record
    with page.expect_download() as got:
        page.click("#extract-result .r-download-md")
    assert got.value.suggested_filename.endswith(".md")
    markdown = Path(got.value.path()).read_text(encoding="utf-8")
    assert markdown.startswith("---\ntitle: ") and "\n---\n\n# " in markdown


def test_refused_url_shows_the_reason(service: Service, page: Any) -> None:
    page.goto(service.base + "/")
    page.fill("#url-input", "http://169.254.169.254/latest/meta-data/")
    page.click("#extract-button")
    status = page.locator("#extract-status.error")
    status.wait_for()
    assert "link-local address" in status.inner_text()


def test_search_view_finds_and_opens_a_stored_article(
        service: Service, pages: list[dict[str, Any]], browser: Any, page: Any,
        tmp_path: Path) -> None:
    wanted = pages[1]["article"]
    page.goto(service.base + "/")
    page.click("#tab-search")
    page.fill("#search-q", max(wanted["title"].split(), key=len))
    page.click("#search-button")
    page.wait_for_selector(".hit")
    titles = page.locator(".hit-title").all_inner_texts()
    assert wanted["title"] in titles
    page.locator(".hit-title", has_text=wanted["title"]).first.click()
    page.wait_for_selector("#search-result .r-title")
    assert page.locator("#search-result .r-title").inner_text() == wanted["title"]
    assert page.locator("#search-result .said").count() == len(wanted["quotes"])
    shot = tmp_path / "search.png"
    page.screenshot(path=str(shot))
    stats = screenshot_stats(browser, shot.read_bytes())
    assert stats["colours"] > 50 and 0.005 < stats["dark"] < 0.5, stats
    visible_box(page, ".hit.active")
    visible_box(page, "#search-result .r-title")


def test_docs_page_renders_offline(service: Service, page: Any) -> None:
    """Swagger UI draws the API from the service's own assets; any request elsewhere is
    aborted, as it would fail offline, and counted."""
    elsewhere: list[str] = []
    page.route("**/*", lambda route: _guard(route, service, elsewhere))
    page.goto(service.base + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=30_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert "/extract" in paths and "/articles" in paths
    assert elsewhere == []


def _guard(route: Any, service: Service, elsewhere: list[str]) -> None:
    if route.request.url.startswith(service.base + "/"):
        route.continue_()
    else:
        elsewhere.append(route.request.url)
        route.abort()


STRUCTURED_PAGE = """<html><head><title>Flood</title></head><body><article><h1>Flood</h1>
<figure><img src="/img/quay.jpg" alt="The quay"><figcaption>Water covers the quay
<img src=x onerror="document.title='pwned'">. <span class="credit">Photo: J. Doe</span>
</figcaption></figure>
<p>The river rose through the night and the prefecture ordered the evacuation of three
hundred homes along the lower quays, the worst flood since records began, officials said.</p>
<table><tr><th>Year</th><th>&lt;b&gt;2025&lt;/b&gt;</th></tr><tr><td>Homes</td><td>300</td></tr>
<tr><td>Roads</td><td>14</td></tr></table>
<p>Residents were told to stay away from the banks until the water level falls below the
alert line, which the services expect on Thursday at the earliest, the prefect added.</p>
</article></body></html>"""


def test_tables_and_pictures_with_captions_are_shown_as_text(service: Service,
                                                             page: Any) -> None:
    expected = pressclip.extract(STRUCTURED_PAGE)
    extract_in_page(page, service, STRUCTURED_PAGE)
    result = page.locator("#extract-result")
    cells = result.locator(".r-article table td").all_inner_texts()
    assert cells == ["Year", "<b>2025</b>", "Homes", "300", "Roads", "14"]
    assert result.locator(".r-article table b").count() == 0  # escaped, not markup
    caption = result.locator(".r-images figcaption").first.inner_text()
    assert caption.startswith("Water covers the quay") and "Photo: J. Doe" in caption
    assert [i.caption for i in expected.images if i.caption][0] in caption
    assert "Water covers" not in " ".join(result.locator(".r-article p").all_inner_texts())
    assert result.locator(".r-images img").count() == 0  # linked, never loaded
    assert page.title() != "pwned"
    visible_box(page, "#extract-result .r-article table")
