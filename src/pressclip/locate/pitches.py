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
# Read on the block in lower case: IGNORECASE costs each pattern twice the time.
_SENTENCE_CALL = re.compile(rf"(?:^|[.!?…]\s+)\W*(?:{_CALLS})\b")
_TARGET = re.compile(rf"\b(?:{_TARGETS})\b")
_NEWSLETTER_SIGN_UP = re.compile(
    rf"\b(?:{_NEWSLETTER})\b.*\b(?:{_SIGN_UP})\b|\b(?:{_SIGN_UP})\b.*\b(?:{_NEWSLETTER})\b",
    re.S)
# The longest pitch (notices.py reads it too).
MAX_CHARS = 300
# What every pitch holds, lower case: a call's stem or a sign-up verb's (notices.py's
# gate: one search that most blocks fail, where the patterns above cost several).
STEMS = ("subscri", "sign", "donat", "support", "become", "join", "never", "click", "abonn",
         "meld", "unterstütz", "spende", "mitglied", "inscri", "souten", "un don", "suscr",
         "regístr", "apóy", "apoy", "donaci", "únete", "abbona", "iscriv", "sostien", "donazi",
         "assin", "inscrev", "apoie", "doação", "schrijf", "steun", "doneer", "word lid",
         "prenumer", "stöd", "medlem", "støt", "zapisz", "subskryb", "wesprzyj", "anmeld")


def is_pitch(text: str) -> bool:
    """Whether a short block calls on the reader to subscribe, sign up or donate."""
    return lowered_pitch(text.strip().lower())


def lowered_pitch(low: str) -> bool:
    """is_pitch of a block already stripped and in lower case."""
    if not low or len(low) > MAX_CHARS:
        return False
    if _NEWSLETTER_SIGN_UP.search(low):
        return True
    call = _SENTENCE_CALL.search(low)
    return call is not None and _TARGET.search(low, call.start()) is not None

