"""A kept block that calls on the reader to subscribe, sign up for a newsletter or donate
leaves; a paragraph that reports on subscriptions or newsletters stays."""

from invented_pages import article_around

from pressclip import extract
from pressclip.locate.pitches import is_pitch


def test_pitches_in_several_languages():
    assert is_pitch("Subscribe now to our weekend edition for the full story.")
    assert is_pitch("Want to hear from us first? Sign up here")
    assert is_pitch("Never miss a story from the valley by signing up to our newsletter!")
    assert is_pitch("Folgen Sie uns. Jetzt den Newsletter abonnieren")
    assert is_pitch("Unterstützen Sie unseren Journalismus mit einem Abo.")
    assert is_pitch("Abonnez-vous à notre lettre d'information")
    assert is_pitch("Suscríbete a nuestro boletín y recibe las noticias cada mañana.")
    assert is_pitch("Iscriviti alla newsletter del Corriere di Valtorta")
    assert is_pitch("Meld je aan voor onze nieuwsbrief")
    assert is_pitch("Zapisz się do newslettera")


def test_a_report_on_subscriptions_is_no_pitch():
    assert not is_pitch("The paper said 20,000 readers subscribe to its weekend edition.")
    assert not is_pitch("Newsletter subscribers will remember the review of the old boat.")
    assert not is_pitch("Support for the bill grew after the vote in March.")
    assert not is_pitch("Subscribers of the club met on Monday to vote on the new rules.")
    assert not is_pitch("Donations to the shelter rose by a third, the director said.")


def test_a_long_paragraph_is_no_pitch():
    assert not is_pitch("Sign up here. " + "The council met to discuss the harbour. " * 10)


def test_a_pitch_inside_the_article_leaves_the_body():
    html = article_around("<p>Sign up for our newsletter to get the harbour news every "
                          "morning.</p>")
    text = extract(html, facts=False).text
    assert "ferry pier" in text
    assert "Sign up" not in text
