"""Publication dates written relative to when the page was seen: "il y a 5 jours", "2 hours ago".

Aggregators and news sites print ages instead of dates ("5 day_ago", "vor 3 Tagen",
"hace 2 días", "hier", "yesterday", "3h ago"). Resolved against a reference time (for a
WARC record its WARC-Date), they give the publication date, with the precision of their unit:
an age in minutes or hours gives a date-time, an age in days or more gives a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

# Unit words of each language -> seconds. Months and years are taken as 30 and 365 days:
# an age in months is only ever that precise.
MINUTE, HOUR, DAY = 60, 3600, 86400
UNITS: dict[str, int] = {}
for _seconds, _words in (
    (1, "s sec secs second seconds seconde secondes sekunde sekunden segundo segundos "
        "secondo secondi seconde seconden"),
    (MINUTE, "m min mins minute minutes minuten minuto minutos minuti minuut"),
    (HOUR, "h hr hrs hour hours heure heures stunde stunden std hora horas ora ore uur"),
    (DAY, "d day days jour jours j tag tage tagen día días dia dias giorno giorni dag dagen"),
    (7 * DAY, "w wk week weeks semaine semaines woche wochen semana semanas settimana "
              "settimane weken"),
    (30 * DAY, "month months mois monat monate monaten mes meses mês mese mesi maand maanden"),
    (365 * DAY, "y yr year years an ans année années jahr jahre jahren año años ano anos "
                "anno anni jaar jaren"),
):
    UNITS.update(dict.fromkeys(_words.split(), _seconds))
# Number words for "an hour ago", "il y a une heure", "vor einem Tag" ...
ONE = "a an one un une ein eine einem einer einen uno una um uma een"
NUMBERS = dict.fromkeys(ONE.split(), 1) | {"two": 2, "deux": 2, "zwei": 2, "dos": 2, "due": 2}
# Day words: offset in days from the reference date.
DAY_WORDS = {
    "today": 0, "aujourd'hui": 0, "heute": 0, "hoy": 0, "oggi": 0,
    "hoje": 0, "vandaag": 0, "dzisiaj": 0, "dziś": 0,
    "yesterday": 1, "hier": 1, "gestern": 1, "ayer": 1, "ieri": 1, "ontem": 1,
    "gisteren": 1, "wczoraj": 1,
    "avant-hier": 2, "vorgestern": 2, "anteayer": 2, "antier": 2, "l'altro ieri": 2,
    "anteontem": 2, "eergisteren": 2, "przedwczoraj": 2,
}  # fmt: skip
# "last week" style: the unit one step back.
LAST = r"(?:last|letzte[nrs]?|vergangene[nrs]?|(?:la )?pasad[oa]|scors[oa]|passad[oa])"
LAST_UNITS = {"week": 7, "semaine": 7, "woche": 7, "semana": 7, "settimana": 7,
              "month": 30, "mois": 30, "monat": 30, "mes": 30, "mês": 30, "mese": 30,
              "year": 365, "année": 365, "jahr": 365, "año": 365, "ano": 365, "anno": 365}
LAST_AFTER = r"(?:dernière|dernier|passée|passé)"

_NUM = r"(\d+|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
_UNIT = r"(" + "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True)) + r")\.?"
_B = r"(?<![\w-])"
# "Today's Paper" and "Today.com" are names, not dates.
_E = r"(?![\w'’.])"
_PAIR = _NUM + r"[\s_]*" + _UNIT
# Several amounts may make one age: "2 hours, 39 minutes ago", "il y a 1 heure et 5 minutes".
_PAIRS = r"(" + _PAIR + r"(?:(?:\s*,\s*|\s+)(?:and\s+|et\s+|und\s+|y\s+|e\s+)?" + _PAIR + r")*)"
# Amounts then an "ago" word: "2 hours ago", "5 day_ago", "3h ago", "2 Std. her",
# "5 minuti fa", "3 dagen geleden", "2 dni temu".
_AGO_AFTER = re.compile(_B + _PAIRS + r"[\s_]*(?:ago|fa|geleden|temu|her)" + _E, re.IGNORECASE)
# An "ago" word then amounts: "il y a 5 jours", "vor 3 Tagen", "hace 2 días", "há 3 dias".
_AGO_BEFORE = re.compile(_B + r"(?:il y a|vor|hace|há|faz)\s+" + _PAIRS + _E, re.IGNORECASE)
_PAIR_RE = re.compile(_PAIR, re.IGNORECASE)
# An age alone, as counters print it: "5 min", "3h", "2 days".
_BARE = re.compile(r"\s*(" + _PAIR + r")\s*", re.IGNORECASE)
# A day word is a date only as a date line's head: "hier", "Publié hier à 14h30",
# "Yesterday, 3:15 pm", "gestern Abend" - not "Schnitzeljagd war gestern", "Sie sind hier".
_DAY_LEAD = (r"(?:(?:published|updated|posted|publié|mis à jour|modifié|veröffentlicht|"
             r"aktualisiert|publicado|actualizado|pubblicato|aggiornato|gepubliceerd)\s*:?\s+)?")
_DAY_TAIL = (r"(?:\s*(?:,|at|à|um|a las|alle|às|om|o|-)?\s*\d{1,2}\s*[:h.]\s*\d{2}.*"
             r"|\s+(?:soir|matin|après-midi|evening|morning|afternoon|night|abend|morgen|"
             r"nachmittag|noche|tarde|mañana|sera|mattina|pomeriggio|avond|ochtend)\b.*)?")
_DAY_WORD = re.compile(
    r"^" + _DAY_LEAD + "(" + "|".join(sorted((re.escape(w) for w in DAY_WORDS), key=len,
                                             reverse=True)) + ")" + _E + _DAY_TAIL + r"\s*$",
    re.IGNORECASE,
)
_LAST = re.compile(_B + LAST + r"\s+(" + "|".join(LAST_UNITS) + r")" + _E
                   + r"|" + _B + r"(?:la |le |l')?(" + "|".join(LAST_UNITS) + r")\s+" + LAST_AFTER
                   + _E, re.IGNORECASE)
_SPACES = re.compile(r"\s+")
# Ages beyond a century are not publication dates.
MAX_AGE_SECONDS = 100 * 365 * DAY


@dataclass(frozen=True, slots=True)
class RelativeDate:
    when: datetime
    seconds_unit: int  # the unit the age was written in (precision)

    def iso(self) -> str:
        """A date-time when the unit is under a day, else the date alone."""
        if self.seconds_unit < DAY:
            return self.when.replace(microsecond=0).isoformat()
        return self.when.date().isoformat()


def _aware(reference_time: datetime) -> datetime:
    if reference_time.tzinfo is None:
        return reference_time.replace(tzinfo=UTC)
    return reference_time.astimezone(UTC)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word.lower()]


def read_relative(text: str, reference_time: datetime) -> RelativeDate | None:
    """The first relative date in `text` (its first 300 characters), resolved, with the
    precision of its unit."""
    if not text:
        return None
    text = _SPACES.sub(" ", text[:300]).replace("’", "'")
    ref = _aware(reference_time)
    match = _AGO_AFTER.search(text) or _AGO_BEFORE.search(text) or _BARE.fullmatch(text)
    if match:
        seconds, finest = 0, None
        for count, unit_word in _PAIR_RE.findall(match.group(1)):
            unit = UNITS[unit_word.lower()]
            seconds += _count(count) * unit
            finest = unit if finest is None else min(finest, unit)
        if finest is None or seconds > MAX_AGE_SECONDS:
            return None
        return RelativeDate(ref - timedelta(seconds=seconds), finest)
    match = _DAY_WORD.match(text.strip(" *•·|-–—"))
    if match:
        days = DAY_WORDS[match.group(1).lower()]
        return RelativeDate(ref - timedelta(days=days), DAY)
    match = _LAST.search(text)
    if match:
        days = LAST_UNITS[(match.group(1) or match.group(2)).lower()]
        return RelativeDate(ref - timedelta(days=days), days * DAY)
    return None


def parse_relative(text: str, reference_time: datetime) -> datetime | None:
    """The moment a relative date in `text` points to ("il y a 5 jours" -> ref - 5 days)."""
    found = read_relative(text, reference_time)
    return found.when if found else None
