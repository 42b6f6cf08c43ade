"""Consent notices: a kept block that asks the reader's consent before the page loads a
third party's content or sets its cookies ("Wenn Sie dieses Video abspielen, werden Daten
an den Anbieter übertragen", "By clicking, you agree that data is sent to the provider",
"We use cookies on this site"), or that only names such a placeholder ("Externer Inhalt",
"External content").

Pages set them where an embedded video, post or map would stand, between the article's
paragraphs, and a consent banner's text can sit inside the article's container too: the
trees keep them for their neighbours. Only short blocks leave, in the words of en, de,
fr, es, it, pt, nl, sv, no/da and pl: a site saying it uses cookies; a notice that speaks
to the reader ("if you", "wenn Sie", "si vous") and says their data goes to a third
party; a block that is only the placeholder's name. An article that reports on data
protection states it of others, not of the reader's click.
"""

from __future__ import annotations

import re

# The site, in the first person, saying it sets cookies (the languages above, in order).
_USES_COOKIES = (
    r"we\s+use\s+cookies|this\s+(?:site|website)\s+uses\s+cookies|"
    r"wir\s+(?:verwenden|nutzen|setzen)\s+cookies|"
    r"diese\s+(?:website|seite|webseite)\s+(?:verwendet|nutzt)\s+cookies|"
    r"nous\s+utilisons\s+des\s+cookies|ce\s+site\s+utilise\s+des\s+cookies|"
    r"utilizamos\s+cookies|este\s+sitio(?:\s+web)?\s+utiliza\s+cookies|"
    r"utilizziamo\s+(?:i\s+)?cookie|questo\s+sito\s+utilizza\s+(?:i\s+)?cookie|"
    r"este\s+site\s+utiliza\s+cookies|"
    r"wij\s+gebruiken\s+cookies|deze\s+(?:website|site)\s+gebruikt\s+cookies|"
    r"vi\s+använder\s+cookies|vi\s+bruker\s+(?:informasjonskapsler|cookies)|"
    r"vi\s+bruger\s+cookies|korzystamy\s+z\s+(?:plików\s+)?cookies?|używamy\s+(?:plików\s+)?cookies?"
)
# The reader addressed about what a click does: "if you", "by clicking", "do you agree".
_READER = (
    r"if\s+you|when\s+you|by\s+(?:clicking|playing|loading)|you\s+(?:agree|consent|accept)|"
    r"wenn\s+sie|wenn\s+du|mit\s+(?:einem|dem)\s+klick|sind\s+sie\s+damit\s+einverstanden|"
    r"ich\s+bin\s+damit\s+einverstanden|"
    r"si\s+vous|en\s+cliquant|vous\s+acceptez|"
    r"si\s+(?:usted|haces|hace)|al\s+hacer\s+clic|aceptas|"
    r"se\s+(?:fai|clicchi)|cliccando|accetti|"
    r"se\s+você|ao\s+clicar|"
    r"als\s+u|als\s+je|door\s+(?:te\s+)?klikken|"
    r"om\s+du|hvis\s+du|ved\s+å\s+klikke|"
    r"jeśli|klikając"
)
# The reader's data given to a third party.
_TRANSFER = (
    r"data\s+(?:\w+\s+){0,2}(?:transferred|sent|transmitted|shared)|"
    r"daten\s+(?:\w+\s+){0,4}(?:übertragen|übermittelt|weitergegeben)|datenübertragung|"
    r"données\s+(?:\w+\s+){0,3}(?:transmises|transférées|partagées)|"
    r"datos\s+(?:\w+\s+){0,3}(?:transferidos|enviados|transmitidos|compartidos)|"
    r"dati\s+(?:\w+\s+){0,3}(?:trasferiti|inviati|trasmessi|condivisi)|"
    r"dados\s+(?:\w+\s+){0,3}(?:transferidos|enviados|transmitidos|compartilhados)|"
    r"gegevens\s+(?:\w+\s+){0,3}(?:doorgegeven|verzonden|gedeeld)|"
    r"(?:data|uppgifter|opplysninger|oplysninger)\s+(?:\w+\s+){0,3}"
    r"(?:överförs|skickas|overføres|deles)|"
    r"dane\s+(?:\w+\s+){0,3}(?:przekazane|przesłane|udostępnione)"
)
# The placeholder's name, as a whole block.
_PLACEHOLDERS = frozenset((
    "external content", "externer inhalt", "externe inhalte", "contenu externe",
    "contenido externo", "contenuto esterno", "conteúdo externo", "externe inhoud",
    "extern innehåll", "eksternt innhold", "eksternt indhold", "treść zewnętrzna",
    "zewnętrzna treść",
))
# Read on the block in lower case: IGNORECASE costs each pattern twice the time.
_COOKIES = re.compile(rf"\b(?:{_USES_COOKIES})\b")
_ADDRESSED = re.compile(rf"\b(?:{_READER})\b")
_ASKED = re.compile(rf"\b(?:{_TRANSFER})\b")
# The longest consent notice (notices.py reads it too).
MAX_CHARS = 400
# What every notice holds, lower case: cookies, the word for data, or the placeholder's
# adjective (notices.py's gate).
STEMS = ("cookie", "informasjonskapsler", "data", "daten", "datos", "dati", "dados",
         "données", "gegevens", "uppgifter", "opplysninger", "oplysninger", "dane", "extern",
         "estern", "ekstern", "zewnętrzn")


def is_consent_notice(text: str) -> bool:
    """Whether a short block asks the reader's consent for a third party's content or
    cookies, or only names such a placeholder."""
    return lowered_consent_notice(text.strip().lower())


def lowered_consent_notice(low: str) -> bool:
    """is_consent_notice of a block already stripped and in lower case."""
    if not low or len(low) > MAX_CHARS:
        return False
    if low.strip(" .:!") in _PLACEHOLDERS or _COOKIES.search(low):
        return True
    return _ADDRESSED.search(low) is not None and _ASKED.search(low) is not None

