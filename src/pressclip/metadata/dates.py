"""Dates as pages write them, to ISO 8601.

Machine dates ("2025-07-05T10:00:00+02:00", "20250705", "Sat, 05 Jul 2025 08:00:00 GMT",
seconds since 1970),
numeric dates ("05.07.2025", "5/7/2025") and textual dates in several languages ("5 juillet
2025", "5. Juli 2025", "July 5, 2025", "5 de julio de 2025", "15 августа 2016", "5.
heinäkuuta 2025", "5 Temmuz 2025", "5th July 2025", "5 באוגוסט 2025", "24 نيسان / أبريل
2020", "5 जुलाई 2025", "5 กรกฎาคม 2568" in the Buddhist era; month names of 60 locales from
CLDR, Arabic, Hebrew, Greek, Indic, Thai and other scripts among them; "ngày 5 tháng 7 năm
2025", "令和7年7月5日", "2025. július 5."). Digits of any script are read ("٢٤", "۲۴", "২৪",
"２４"). A date-time keeps its UTC offset when the page gives one; without an offset only the
day is kept, since the page's time zone is unknown.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from .month_names import MONTH_NAMES

# Pages older than the web's news sites are not what a date on a news page means.
MIN_YEAR = 1995
# Publication dates a little in the future occur (time zones, embargoed pages); far ones are
# event dates or garbage.
MAX_DAYS_AHEAD = 2

# The combining marks of the scripts from Latin's accents to Myanmar's.
_FIRST_MARK, _LAST_MARK = 0x0300, 0x1100
# Thai pages count years in the Buddhist era (2568 is 2025): no news page's year of the
# common era is this late.
MIN_BUDDHIST_YEAR = 2400
BUDDHIST_ERA_OFFSET = 543

# Month names of 60 locales come from the Unicode CLDR (month_names.py, generated); these
# are spellings pages write that CLDR lacks: without accents, and Austrian German.
_VARIANTS = {"jän": 1, "jänner": 1, "fevrier": 2, "fevr": 2, "maerz": 3, "marco": 3,
             "aout": 8, "decembre": 12}
MONTHS = {**MONTH_NAMES, **_VARIANTS}
# A month is read as a word, then looked up: one short pattern instead of an alternation of
# 560 names, which cost more than the rest of the date search on every short text.
# Indic and Thai scripts write vowels as combining marks ("अक्टूबर", "ตุลาคม"), which \w
# does not match: a month's word is a letter, then letters, marks (or digits: the name is
# looked up). Possessive: a word is never read in part.
_MARKS = "".join(c for c in map(chr, range(_FIRST_MARK, _LAST_MARK))
                 if unicodedata.category(c) in ("Mn", "Mc"))
# Catalan elides "de" ("d'octubre"); Hebrew sets "in" (ב) before the month ("באוקטובר").
_MONTH_WORD = rf"(?:d['’]|ב)?((?=[^\W\d_])[\w{_MARKS}]{{3,12}}+)"
# Arabic pages of the Levant and Iraq name the month twice, their own name and then the one
# of the rest of the Arab world: "24 نيسان / أبريل 2020", "1 تشرين الأول / أكتوبر 2020" (the
# former may be two words). The last name is read.
_OTHER_NAME = r"(?:[^\W\d_]{2,12}(?:\s[^\W\d_]{2,12})?\s*/\s*)?"

_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"
)
# A time with its zone as mail (RFC 2822) and JavaScript write it: "18:20:00 GMT",
# "09:05:00 +0100", "07:15:30 GMT+0000". Only universal time and numeric offsets: a zone's
# abbreviation ("CST") names several.
_ZONED_TIME = re.compile(
    r"(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:(GMT|UTC|UT)(?:\s*([+-]\d{2}:?\d{2}))?"
    r"|([+-]\d{4}))(?![\w:])"
)
# Seconds (or milliseconds) since 1970 as a whole machine value: "1651626439",
# "1651626439000". Ten digits from 2001 to 2286.
_EPOCH = re.compile(r"[1-9]\d{9}(?:\d{3})?")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_SLASHED_YMD = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
# Year, month, day in Chinese, Japanese and Korean ("2024年10月16日", "2024년 10월 16일") and
# Korean dotted dates with spaces ("2024. 10. 16.").
_CJK_YMD = re.compile(
    r"(?<!\d)(\d{4})\s*(?:年|년|\.)\s*(\d{1,2})\s*(?:月|월|\.)\s*(\d{1,2})\s*(?:日|일|\.)?(?!\d)"
)
# Japanese era years ("令和7年7月3日", the first year "元年"): the year before each era's first.
_ERA_YEAR_ZERO = {"令和": 2018, "平成": 1988}
_JAPANESE_ERA = re.compile(
    r"(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
)
_DMY = re.compile(r"(?<!\d)(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")
# Dotted dates with spaces, as German typesetting writes them ("4. 2. 2022", often with thin
# spaces): dots mean day first wherever they are written.
_DMY_SPACED = re.compile(r"(?<!\d)(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})(?!\d)")
# English ordinals before the month ("5th July 2025", "the 5th of July, 2025") as beside it;
# Latin American Spanish joins the year with "del" ("3 de julio del 2025"); Thai names the
# era before the year ("16 ตุลาคม พ.ศ. 2567").
_DAY_MONTH_YEAR = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:er|º|°|st|nd|rd|th)?\.?\s*(?:de\s+|of\s+)?{_OTHER_NAME}"
    rf"{_MONTH_WORD}\.?,?\s+(?:del?\s+|(?:พ\.ศ|ค\.ศ)\.\s*)?(\d{{4}})(?!\d)",
    re.I,
)
# Vietnamese numbers its months: "ngày 5 tháng 7 năm 2025", "5 tháng 7, 2025".
_VIETNAMESE = re.compile(
    r"(?<!\d)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm|,)?\s+(\d{4})(?!\d)", re.I
)
# Hungarian and Lithuanian write the year first: "2025. július 3.", "2025 m. liepos 3 d.".
_YEAR_MONTH_DAY = re.compile(
    rf"(?<![\d.])(\d{{4}})\.?\s+(?:m\.\s+)?{_MONTH_WORD}\.?\s+(\d{{1,2}})(?:\.|\s+d\.)(?!\d)",
    re.I,
)
_MONTH_DAY_YEAR = re.compile(
    rf"(?<![^\W\d_]){_MONTH_WORD}\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I
)
# The forms with a month's name, in the order they are tried: the pattern, its groups of
# the day, the month's name and the year, and whether its year may be a Buddhist era's (the
# day-first form, which Thai writes).
_NAMED_MONTH_FORMS = (
    (_DAY_MONTH_YEAR, 1, 2, 3, True),
    (_MONTH_DAY_YEAR, 2, 1, 3, False),
    (_YEAR_MONTH_DAY, 3, 2, 1, False),
)
# A slug may carry the day at its end or between its words ("/headline-20241122",
# "/4060503-20231102-headline", "/307_3_r_20231102_16989"): a dash or an underscore opens it
# there as a slash does.
_URL_DATE = re.compile(
    r"[/_-]((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[-_]|\.html?|$)"
)
# Folders by day without leading zeros ("/2020/6/24/"): slashes only, since "2020-6-2"
# in a slug may be anything.
_URL_UNPADDED = re.compile(r"/((?:19|20)\d{2})/([1-9]|1[0-2])/([1-9]|[12]\d|3[01])(?:/|$)")
# A day written day first opening a path segment ("/29-10-2021", "/23-01-2022-headline").
_URL_DMY = re.compile(
    r"/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?:/|[-_]|\.html?|$)"
)


def _valid(year: int, month: int, day: int, today: date | None = None) -> date | None:
    """The day, unless it is no calendar's or lies too far before 1990 or after `today`
    (the clock's day where none is given)."""
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if year < MIN_YEAR or value > (today or date.today()) + timedelta(days=MAX_DAYS_AHEAD):
        return None
    return value


def _common_era(year: int) -> int:
    """A year written as a page's reader reads it: a Buddhist era year to the common era.
    Only where a person reads the year beside a month's name or a day's digits: an ID of
    eight digits is no Thai date."""
    return year - BUDDHIST_ERA_OFFSET if year >= MIN_BUDDHIST_YEAR else year


def _offset(text: str) -> str:
    if text == "Z":
        return "+00:00"
    digits = text.replace(":", "")
    return f"{digits[:3]}:{digits[3:]}"


def parse_machine_date(text: str) -> str | None:
    """A date from a machine-written value (meta content, JSON-LD, datetime attributes)."""
    if not text:
        return None
    text = text.strip()
    if _EPOCH.fullmatch(text):
        return _from_epoch(text)
    match = _ISO.search(text)
    if match:
        day = _valid(int(match[1]), int(match[2]), int(match[3]))
        if day is None:
            return None
        if match[4] is not None and match[7]:
            hour, minute = int(match[4]), int(match[5])
            second = int(match[6] or 0)
            if hour > 23 or minute > 59 or second > 59:
                return day.isoformat()
            return _stamp(day, hour, minute, second, match[7])
        return day.isoformat()
    day_text = parse_text_date(text)
    zoned = _ZONED_TIME.search(text) if day_text else None
    if zoned is None:
        return day_text
    # Mail's and JavaScript's dates: "Tue, 03 Jun 2025 18:20:00 GMT", "Mon Mar 10 2025
    # 07:15:30 GMT+0000 (UTC)". The time and its zone are kept, as an ISO value's are: the
    # UTC day may be the day after the page's.
    hour, minute, second = int(zoned[1]), int(zoned[2]), int(zoned[3] or 0)
    if hour > 23 or minute > 59 or second > 59:
        return day_text
    return _stamp(date.fromisoformat(day_text), hour, minute, second,
                  zoned[5] or zoned[6] or "Z")


def _from_epoch(text: str) -> str | None:
    seconds = int(text[:10])
    stamp = datetime.fromtimestamp(seconds, UTC)
    if _valid(stamp.year, stamp.month, stamp.day) is None:
        return None
    return stamp.replace(tzinfo=None).isoformat() + "+00:00"


def _stamp(day: date, hour: int, minute: int, second: int, offset: str) -> str:
    stamp = datetime(day.year, day.month, day.day, hour, minute, second)
    return f"{stamp.isoformat()}{_offset(offset)}"


def parse_text_date(text: str, month_first: bool = False) -> str | None:
    """The first date written in running text; `month_first` reads 05/07 as May 7."""
    if not text:
        return None
    return _text_date(text, month_first, date.today())


# The date readers ask the same short texts again on one page (a <time>'s text, then the
# window's texts, then the page's, which hold the window's), and a site's pages repeat their
# datelines: the reading is memoised, the day it is read on part of the key, since a date
# past that day by more than MAX_DAYS_AHEAD is none.
@lru_cache(maxsize=4096)
def _text_date(text: str, month_first: bool, today: date) -> str | None:
    for pattern in (_SLASHED_YMD, _CJK_YMD, _COMPACT):
        match = pattern.search(text)
        if match:
            day = _valid(int(match[1]), int(match[2]), int(match[3]), today)
            if day:
                return day.isoformat()
    match = _JAPANESE_ERA.search(text)
    if match:
        year = _ERA_YEAR_ZERO[match[1]] + (1 if match[2] == "元" else int(match[2]))
        day = _valid(year, int(match[3]), int(match[4]), today)
        if day:
            return day.isoformat()
    for pattern, day_group, month_group, year_group, era in _NAMED_MONTH_FORMS:
        # The first match whose word is a month's name gives the date, or none of this form.
        for match in pattern.finditer(text):
            month = MONTHS.get(match[month_group].casefold())
            if month:
                year = int(match[year_group])
                day = _valid(_common_era(year) if era else year, month, int(match[day_group]),
                             today)
                if day:
                    return day.isoformat()
                break
    match = _VIETNAMESE.search(text)
    if match:
        day = _valid(int(match[3]), int(match[2]), int(match[1]), today)
        if day:
            return day.isoformat()
    match = _DMY.search(text)
    if match:
        first, second, year = int(match[1]), int(match[3]), _common_era(int(match[4]))
        # The United States, Canada and the Philippines write a month first with slashes or
        # dashes, never with dots: a dotted date is day first on any page ("01.02.2022").
        if first > 12 or (second <= 12 and (not month_first or match[2] == ".")):
            day = _valid(year, second, first, today)
        else:
            day = _valid(year, first, second, today)
        if day:
            return day.isoformat()
    match = _DMY_SPACED.search(text)
    if match:
        day = _valid(int(match[3]), int(match[2]), int(match[1]), today)
        if day:
            return day.isoformat()
    return None


def date_from_url(url: str | None) -> str | None:
    """A full date in a URL path: /2025/07/05/, /2025-07-05-..., /20250705/, /2025/7/5/,
    /05-07-2025."""
    if not url:
        return None
    match = _URL_DATE.search(url) or _URL_UNPADDED.search(url)
    if match:
        day = _valid(int(match[1]), int(match[2]), int(match[3]))
    else:
        match = _URL_DMY.search(url)
        day = _valid(int(match[3]), int(match[2]), int(match[1])) if match else None
    return day.isoformat() if day else None
