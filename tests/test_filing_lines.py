"""A kept block that says where a blog post is filed or how to follow its responses leaves,
in the template's languages; an article's sentence on a court filing stays."""

from invented_pages import article_around

from pressclip import extract
from pressclip.locate.filing import is_filing_line
from pressclip.locate.notices import is_notice


def test_filing_lines_in_several_languages():
    assert is_filing_line("This entry was posted on 4 May 2026 at 9:10 am and is filed under "
                          "Harbours, Ferries. You can follow any responses to this entry "
                          "through the RSS 2.0 feed.")
    assert is_filing_line("You can follow any responses to this entry through the RSS 2.0 "
                          "feed. You can leave a response, or trackback from your own site.")
    assert is_filing_line("Von Hafenamt am 04/05/2026. Abgelegt unter Häfen.")
    assert is_filing_line("Der Beitrag wurde am 4. Mai 2026 veröffentlicht und wurde unter "
                          "Häfen, Fähren abgelegt.")
    assert is_filing_line("Cet article a été publié le 4 mai 2026 et est classé dans Ports.")
    assert is_filing_line("Du kannst die Kommentare zu diesem Eintrag durch den RSS 2.0 Feed "
                          "verfolgen.")


def test_court_filings_and_feeds_in_articles_stay():
    assert not is_filing_line("The lawsuit, filed under seal in 2024, names the harbour "
                              "board and two contractors.")
    assert not is_filing_line("The board publishes its minutes as an RSS feed.")
    assert not is_filing_line("Filed under harbours and ferries, the report is long.")


def test_the_notices_pass_takes_filing_lines():
    assert is_notice("Abgelegt unter Häfen am 04.05.2026.")


def test_a_filing_line_inside_the_article_leaves_the_body():
    page = article_around("<p>This entry was posted on 4 May 2026 and is filed under "
                          "Harbours. You can follow any responses to this entry through the "
                          "RSS 2.0 feed.</p>")
    text = extract(page, facts=False).text
    assert "ferry pier" in text
    assert "RSS" not in text
