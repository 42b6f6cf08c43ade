"""A kept block that asks the reader's consent for a third party's content or cookies, or
only names such a placeholder, leaves; an article's paragraph on data protection stays."""

from invented_pages import article_around

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


def test_an_embed_s_notice_inside_the_article_leaves_the_body():
    html = article_around("<p>If you load this video, your data will be transferred to the "
                          "video host.</p>")
    text = extract(html, facts=False).text
    assert "ferry pier" in text
    assert "video host" not in text
