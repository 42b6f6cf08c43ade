"""The notices' pass: pitches, comment-policy notices and consent notices leave the
selection in one pass, behind a gate of their stems that lets every one of them through;
a table's cells stay."""

from types import SimpleNamespace

import numpy as np

from pressclip.locate.blocks import tag_flag
from pressclip.locate.consent import is_consent_notice
from pressclip.locate.moderation import is_comment_policy
from pressclip.locate.notices import drop_notices, is_notice
from pressclip.locate.pitches import is_pitch

# One of each kind's shapes in each language its words cover.
_NOTICES = (
    "Subscribe now to our weekend edition.", "Sign up here", "Donate today to keep us going.",
    "Support our journalism today.", "Become a member now.", "Join our mailing list today.",
    "Never miss a story: get our newsletter.", "Click here to subscribe",
    "Jetzt abonnieren", "Melden Sie sich jetzt für den Newsletter an.",
    "Unterstützen Sie unseren Journalismus.", "Jetzt spenden", "Werde Mitglied: hier",
    "Abonnez-vous à notre newsletter", "Inscrivez-vous ici", "Soutenez notre journalisme",
    "Faites un don maintenant", "Suscríbete a nuestro boletín", "Regístrate aquí",
    "Apóyanos hoy", "Haz una donación ahora", "Únete a nuestro boletín",
    "Abbonati ora", "Iscriviti alla newsletter", "Sostienici oggi",
    "Fai una donazione ora", "Assine agora", "Inscreva-se na newsletter",
    "Apoie o nosso jornalismo", "Faça uma doação agora", "Abonneer nu",
    "Schrijf je in voor de nieuwsbrief", "Meld je aan voor onze nieuwsbrief",
    "Steun ons werk", "Doneer nu", "Word lid vandaag", "Prenumerera på vårt nyhetsbrev",
    "Stöd oss här", "Bli medlem nå", "Støtt oss her", "Zapisz się do newslettera",
    "Subskrybuj teraz", "Wesprzyj nas teraz",
    "Comments are moderated.", "All comments subject to approval",
    "Comment posters are responsible for their words.", "Commenters are responsible here.",
    "Comment policy: no links.", "Kommentare werden moderiert.", "Netiquette",
    "Die Kommentarfunktion ist deaktiviert.", "Kommentarregeln", "Les commentaires sont modérés.",
    "Charte de modération", "Los comentarios son moderados.", "Normas de participación",
    "I commenti sono moderati.", "Os comentários são moderados.",
    "Reacties worden gemodereerd.", "Kommentarer modereras.", "Komentarze są moderowane.",
    "We use cookies.", "Wir verwenden Cookies.", "Nous utilisons des cookies.",
    "Utilizamos cookies.", "Utilizziamo i cookie.", "Wij gebruiken cookies.",
    "Vi använder cookies.", "Vi bruker informasjonskapsler.", "Korzystamy z cookies.",
    "If you play it, data is sent to the host.", "Wenn Sie klicken, werden Daten übertragen.",
    "Si vous cliquez, vos données sont transmises.", "Externer Inhalt", "External content",
    "Contenuto esterno", "Eksternt innhold", "Treść zewnętrzna",
)


def test_the_gate_lets_every_notice_through():
    for text in _NOTICES:
        assert is_pitch(text) or is_comment_policy(text) or is_consent_notice(text), text
        assert is_notice(text), text


def test_prose_is_no_notice():
    assert not is_notice("The council met on Monday to discuss the harbour and its pier.")


def _block(text: str, bits: int = 0) -> SimpleNamespace:
    return SimpleNamespace(text=text, container=SimpleNamespace(bits=bits))


def test_notices_leave_the_selection_but_not_a_table_s_cells():
    raw = [_block("The mayor opened the new bridge today."),
           _block("Subscribe today to our newsletter", tag_flag("table")),
           _block("Subscribe today to our newsletter"),
           _block("Comments are moderated."),
           _block("Externer Inhalt")]
    keep = np.ones(len(raw), dtype=bool)
    assert drop_notices(raw, keep).tolist() == [True, True, False, False, False]


def test_a_selection_of_notices_alone_stays():
    raw = [_block("Sign up here"), _block("Comments are moderated.")]
    keep = np.ones(len(raw), dtype=bool)
    assert drop_notices(raw, keep).tolist() == [True, True]
