"""A kept block that asks the reader's consent for a third party's content or cookies, or
only names such a placeholder, leaves; an article's paragraph on data protection stays."""

from pressclip import extract
from pressclip.locate.consent import is_consent_notice


def test_consent_notices_in_several_languages():
    assert is_consent_notice("Wir verwenden Cookies, um Inhalte zu personalisieren.")
    assert is_consent_notice("We use cookies to give you the best experience.")
    assert is_consent_notice("Wenn Sie das Video starten, werden Ihre Daten an den Anbieter "
                             "übertragen.")
    assert is_consent_notice("If you play this video, your data will be sent to the host.")
    assert is_consent_notice("En cliquant, vos données seront transmises à la plateforme.")
    assert is_consent_notice("Externer Inhalt")
    assert is_consent_notice("External content:")
    assert is_consent_notice("Korzystamy z plików cookies.")


def test_data_protection_in_an_article_is_no_notice():
    assert not is_consent_notice("The court said the data of millions of users was "
                                 "transferred to servers abroad.")
    assert not is_consent_notice("Die Behörde prüft, ob Daten an Dritte übertragen wurden.")
    assert not is_consent_notice("If you agree with the mayor, write to the council.")
    assert not is_consent_notice("The bakery sells cookies and bread on Sundays.")
    assert not is_consent_notice("External content moderators met in Nordhafen.")


_PROSE = ("<p>The harbour board of Nordhafen voted on Tuesday to rebuild the old ferry pier, "
          "which storms damaged twice last winter, and to open it again next spring.</p>"
          "<p>Work starts in May. The board said the cost would be shared with the county "
          "and that the ferry would run from the north quay while the pier is closed.</p>"
          "<p>Fishermen who use the pier asked the board to keep one berth open for them, "
          "and the board agreed to study it before the work begins in the spring.</p>")


def test_an_embed_s_notice_inside_the_article_leaves_the_body():
    html = (f"<html><body><article><h1>Ferry pier to be rebuilt</h1>{_PROSE}"
            "<p>If you load this video, your data will be transferred to the video host.</p>"
            f"{_PROSE}</article></body></html>")
    text = extract(html, facts=False).text
    assert "ferry pier" in text
    assert "video host" not in text
