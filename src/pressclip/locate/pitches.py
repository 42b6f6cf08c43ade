"""Pitches: a kept block that asks the reader to subscribe, to sign up for a newsletter or
to give money ("Subscribe now to our print edition", "Sign up here", "Jetzt den Newsletter
abonnieren", "Inscrivez-vous à notre newsletter", "Support our journalism").

Pages set these boxes between or after the article's paragraphs, inside its container, so
the tail passes (tail.py) leave them. Only short blocks leave, and only when they call on
the reader: a sentence that opens with a call of the languages below (an imperative
addressed to the reader) and a word naming what is sold or asked for, or an adverb that
points at the button ("here", "now"); or a newsletter named beside a sign-up verb. An
article's paragraph that reports on subscriptions or donations states them, it does not
open a sentence with the imperative.
"""

from __future__ import annotations

import re

import numpy as np

from .blocks import RawBlock
from .lines import drop_lines

# Calls that open a sentence: subscribe, sign up, donate, support us, become a member, as
# imperatives addressed to the reader. en, de, fr, es, it, pt, nl, sv, no/da, pl.
_CALLS = (
    r"subscribe|sign[\s-]?up|donate|support\s+(?:us|our|independent)|"
    r"become\s+a\s+(?:member|subscriber|supporter|patron)|join\s+our|never\s+miss|"
    r"click\s+here\s+to\s+(?:subscribe|sign\s+up|donate)|"
    r"(?:jetzt\s+)?abonnieren|abonniere|melde\s+dich|melden\s+sie\s+sich|unterstütze|"
    r"unterstützen\s+sie|(?:jetzt\s+)?spenden|spende|werde\s+mitglied|werden\s+sie\s+mitglied|"
    r"abonnez-vous|inscrivez-vous|soutenez|faites\s+un\s+don|"
    r"suscríbete|suscríbase|regístrate|apóyanos|apoya|haz\s+una\s+donación|únete|"
    r"abbonati|iscriviti|sostienici|sostieni|fai\s+una\s+donazione|"
    r"assine|inscreva-se|apoie|faça\s+uma\s+doação|"
    r"abonneer|schrijf\s+je\s+in|meld\s+je\s+aan|steun\s+ons|doneer|word\s+lid|"
    r"prenumerera|stöd\s+oss|bli\s+medlem|abonner|støtt\s+oss|støt\s+os|"
    r"zapisz\s+się|subskrybuj|zaprenumeruj|wesprzyj"
)
# What a pitch sells or asks for, and the adverbs that point at its button (the same
# languages, in that order).
_TARGETS = (
    r"newsletter\w*|mailing\s+list|rss|feed|e-?mail|inbox|updates|edition|subscription|"
    r"journalism|our\s+work|here|now|today|"
    r"abo|abonnement|journalismus|unsere\s+arbeit|postfach|hier|jetzt|heute|"
    r"lettre\s+d'information|infolettre|journalisme|notre\s+travail|ici|maintenant|"
    r"boletín|suscripción|periodismo|nuestro\s+trabajo|aquí|ahora|hoy|"
    r"abbonamento|giornalismo|nostro\s+lavoro|qui|ora|oggi|"
    r"assinatura|jornalismo|nosso\s+trabalho|aqui|agora|hoje|"
    r"nieuwsbrief|journalistiek|ons\s+werk|nu|vandaag|"
    r"nyhetsbrev|nyhedsbrev|prenumeration|journalistik|här|nå|nu|her|"
    r"prenumerat\w*|dziennikarstw\w*|tutaj|teraz|dziś"
)
# A newsletter, named beside a verb that signs up for it, anywhere in the block.
_NEWSLETTER = (r"newsletter\w*|nieuwsbrief|nyhetsbrev|nyhedsbrev|lettre\s+d'information|"
               r"infolettre|boletín")
# The verb as a call or an infinitive, never its nouns ("subscribers", "Abonnenten").
_SIGN_UP = (r"sign(?:ing)?[\s-]?up|subscribe|subscribing|abonnieren|abonniere|anmelden|"
            r"inscrivez-vous|inscrire|suscríbete|suscribirse|iscriviti|iscriversi|"
            r"assine|assinar|inscreva-se|aanmelden|meld\s+je\s+aan|prenumerera|zapisz\s+się")
_SENTENCE_CALL = re.compile(rf"(?:^|[.!?…]\s+)\W*(?:{_CALLS})\b", re.I)
_TARGET = re.compile(rf"\b(?:{_TARGETS})\b", re.I)
_NEWSLETTER_SIGN_UP = re.compile(
    rf"\b(?:{_NEWSLETTER})\b.*\b(?:{_SIGN_UP})\b|\b(?:{_SIGN_UP})\b.*\b(?:{_NEWSLETTER})\b",
    re.I | re.S)
_MAX_CHARS = 300


def is_pitch(text: str) -> bool:
    """Whether a short block calls on the reader to subscribe, sign up or donate."""
    text = text.strip()
    if not text or len(text) > _MAX_CHARS:
        return False
    if _NEWSLETTER_SIGN_UP.search(text):
        return True
    call = _SENTENCE_CALL.search(text)
    return call is not None and _TARGET.search(text, call.start()) is not None


def drop_pitches(raw: list[RawBlock], keep: np.ndarray) -> np.ndarray:
    """The kept blocks without the pitches among them (lines.drop_lines: a table's cells
    stay, and so does a selection of pitches alone)."""
    return drop_lines(raw, keep, is_pitch)
