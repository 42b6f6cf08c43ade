"""Credit lines: the people credited besides the authors, and the wire agencies.

News articles close (sometimes open) with lines such as "X et Y ont contribué à la rédaction
de cet article", "Additional reporting by X; Editing by Y", "Mitarbeit: X", "Avec Reuters",
"(AFP)", "— Reuters", "AFP/Reuters", and wire copy opens with datelines such as
"PARIS (AFP) -". `read_credits` finds them in a list of lines (text-mode lines or the first
and last blocks of an HTML article) and says which lines are nothing but credits, so that
callers can drop those from the article text. Datelines credit an agency but stay in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .alternation import prefix_tree

# Canonical agency name -> the spellings that stand for it (matched case-sensitively for
# short acronyms, which are also ordinary words in some languages).
AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "Agence France-presse"),
    "Associated Press": ("Associated Press", "AP", "The Associated Press"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-infocom"),
    "dpa-AFX": ("dpa-AFX", "dpa-Afx", "DPA-AFX"),
    "ANSA": ("ANSA",),
    "EFE": ("EFE", "Agencia EFE"),
    "Belga": ("Belga", "BELGA"),
    "Kyodo": ("Kyodo", "Kyodo News"),
    "Jiji Press": ("Jiji Press", "JIJI"),
    "Xinhua": ("Xinhua", "XINHUA"),
    "UPI": ("UPI", "United Press International"),
    "Bloomberg": ("Bloomberg", "Bloomberg News"),
    "Europa Press": ("Europa Press",),
    "ANP": ("ANP",),
    "APA": ("APA",),
    "Keystone-SDA": ("Keystone-SDA", "SDA", "ATS", "Keystone-ATS"),
    "KNA": ("KNA",),
    "epd": ("epd",),
    "TASS": ("TASS", "ТАСС"),
    "Yonhap": ("Yonhap",),
    "PAP": ("PAP",),
    "Lusa": ("Lusa",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "PA": ("PA Media", "Press Association"),
    "CP": ("The Canadian Press", "Canadian Press"),
    "AAP": ("AAP", "Australian Associated Press"),
    "Notimex": ("Notimex",),
    "Agência Brasil": ("Agência Brasil",),
}
# Acronyms so short that only a credit shape (parentheses, a line of its own) makes them one.
_AMBIGUOUS = frozenset({"AP", "AA", "PA", "CP", "JIJI"})
_SPELLING = {s.lower() if s not in _AMBIGUOUS else s: name
             for name, spellings in AGENCIES.items() for s in spellings}
_AGENCY = "|".join(sorted((re.escape(s) for n in AGENCIES.values() for s in n), key=len,
                          reverse=True))
_JOINER = r"\s*(?:/|,|&|\+|\band\b|\bet\b|\bund\b|\by\b|\be\b)\s*"
_AGENCY_LIST = rf"(?:{_AGENCY})(?:{_JOINER}(?:{_AGENCY}))*"
# Words that introduce an agency credit: "Avec", "With", "Mit Material von", "Source :" ...
_AGENCY_LEAD = (r"(?:avec|with|(?:with )?files from|written by:?|mit material (?:von|der|des)|mit|"
                r"material:?|con información de|"
                r"con|com|met|source\s*:|sources\s*:|quelle\s*:|quellen\s*:|fuente\s*:|fonte\s*:|"
                r"bron\s*:|źródło\s*:|d'après|selon|according to|article from\s*:?|from\s*:|source|"
                r"par|by:?|von:?|de|di|da)")
# A date as credit lines give it: "30 avril 2015", "Jun 24, 2020", "2020-06-24", "24/06/2020",
# "am 25.01.2022", "Saturday 12 January 2008".
# The word before a date is a preposition or a capitalised weekday, never any word: "Reuters
# said 12 March 2021 that ..." is prose.
_DATE_SHAPE = (r"(?:(?:am|le|on|du|vom|den|el|il)\s+|(?-i:[A-Z][a-zé]{2,8}),?\s+)?"
               r"(?:\d{1,2}\.?\s+\w{3,9}\.?\s+(?:19|20)\d\d|\w{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
               r"|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d)")
# A line that is nothing but an agency credit: "Avec Reuters", "(AFP)", "— Reuters", "© dpa".
_AGENCY_LINE = re.compile(
    rf"^[\s(\[—–\-©|/·*]*"
    # the publisher before its agency: "Le Monde with AFP"; a copyright: "Copyright 2012 The AP"
    r"(?:(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?=(?:with|avec|mit)\s))?"
    # (a year after "©" alone dates a picture: "© 2012 APA/AP" credits the photo)
    r"(?:copyright\s+(?:(?:19|20)\d\d\s+)?)?"
    rf"(?:{_AGENCY_LEAD}\s+)?"
    # an editor's initials before the agency: "Von: det/dpa"
    r"(?:(?-i:[a-z]{2,4})\s*/\s*)?"
    rf"(?:l'|the\s+)?(?P<agencies>{_AGENCY_LIST})"
    # a dispatch number: "© dpa-infocom, dpa:210315-99-123456/2"
    r"(?::\s*[\w/-]+)?\)?"
    # the publisher's own staff beside the agency: "By AP and Times of Israel staff",
    # "von dpa, unserer Redaktion"
    r"(?:(?:\s*,\s*|\s+(?:and|et|und|y|e)\s+)(?:the\s+|la\s+|die\s+|unserer\s+|notre\s+)?"
    r"[\w.'’ -]{0,40}?\s*(?:staff|writers|reporters|rédaction|Redaktion|redacción))?"
    # an optional date after the agency: "Associated Press - March 3, 2009 2:10 PM ET",
    # or with no separator when it has a date's shape: "AFP 12 mai 2016 à 08:05"
    rf"(?:\s*[-–—,|]\s*[\w ,:.]*\d[\w ,:.]*|\s+{_DATE_SHAPE}[\w ,:.()/]*)?"
    # the agency's notice after its name: "The Associated Press. All rights reserved. …"
    r"(?:\.\s*all rights reserved\b.*)?[\s)\].—–\-]*$",
    re.IGNORECASE,
)
# A dateline: "PARIS (AFP) -", "WASHINGTON, July 4 (Reuters) -", "(dpa) -" at a line's start,
# or a line of its own before the body, its place in capitals: "WESTPORT, Wash. July 24 (AP)".
_DATELINE = re.compile(
    rf"^(?:[^()\n]{{0,80}}\((?P<agencies>{_AGENCY_LIST})(?:/[a-z]{{2,4}})?\)\s*[-—–:]"
    rf"|[A-ZÀ-Þ]{{2}}[^()\n]{{0,80}}\((?P<alone>{_AGENCY_LIST})\)\s*$)"
)
# Contributor credits; group "names" holds the people (agencies among them are moved over).
# Names run to the end of the clause; a full stop after an initial ("Julian E. Barnard") stays.
_NAME_LIST = r"(?P<names>(?:[^;.\n]|(?<=\b[A-Z])\.){2,200}?)"
# A credit that names no agency: "(Agencies)", "Staff and agencies", "Agenturen", "Seattle
# Times news services". The line is a credit line all the same, and leaves the text.
_GENERIC_CREDIT = re.compile(
    r"^(?:(?:staff|red|redaktion)\s*(?:and|und|et|,|/)\s*)?(?:[\w.' -]{0,40}\s)?"
    r"(?:agencies|agences|agenturen|news services|wire services|wires|dpa und agenturen)$",
    re.IGNORECASE,
)
# Where a reporter filed from is not a name: "X in Amman and Y in Antakya, Turkey".
_FILED_FROM = re.compile(r"\s+in\s+[A-ZÀ-Þ][\w'’.-]*(?:,?\s+[A-ZÀ-Þ][\w'’.-]*)*")
# Names end at a semicolon, a full stop that does not follow an initial ("M-A. Pioerron",
# "Julian E. Barnard"), or the line's end.
_NAMES_END = r"(?:;|(?<!\b[A-Z])\.|$)"
# A clause after the names ("X, who also runs ...") is not a name.
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|which|qui|der|die|que|che)\b.*$", re.IGNORECASE)
# A byline naming an agency's writer credits that agency: "By X, Associated Press Writer",
# "By X, Reuters", "Artikel von: Von X, dpa".
_AGENCY_WRITER = re.compile(
    rf"(?P<agencies>{_AGENCY_LIST})\s+(?:[A-Z][\w-]+\s+)?(?i:staff\s+)?"
    r"(?i:writer|correspondent|reporter)s?\b"
    rf"|^(?:[\w ]{{0,20}}:\s*)?(?:(?i:by|von|par|de|por)\s+)?[A-ZÀ-Þ][\w'’.-]*"
    rf"(?:\s+[A-ZÀ-Þ][\w'’.-]*){{1,3}}\s*,?\s*(?i:the\s+)?(?P<byline>{_AGENCY_LIST})\s*$"
)
_CONTRIBUTOR_PATTERNS = [
    # "X et Y ont contribué à la rédaction de cet article" / "X contributed reporting"
    rf"^{_NAME_LIST}\s+(?:ont|a)\s+contribué\b.*$",
    rf"^{_NAME_LIST}\s+(?:contributed|contributes)\s+(?:reporting|research|to (?:this|the) "
    r"(?:report|article|story)|additional|from)\b.*$",
    rf"^{_NAME_LIST}\s+(?:hanno|ha)\s+collaborato\b.*$",
    rf"^{_NAME_LIST}\s+(?:hat|haben)\s+(?:zu diesem (?:Artikel|Bericht) )?beigetragen\b.*$",
    # "Additional reporting by X", "With reporting by X and Y", "Reporting by X; Editing by Y"
    r"^(?:(?:additional|with|further|and)\s+)*(?:reporting|writing|editing|research|"
    r"compiled|edited|produced|translated|fact-checked)\s+by\s+" + _NAME_LIST
    + _NAMES_END,
    # "Édité par X", "Avec la contribution de X", "Mis en forme par X", "Traduit par X"
    r"^(?:édité|édition|edition|mis en forme|traduit|traduction|vérifié|relu)\s+(?:par|:)\s*"
    + _NAME_LIST + _NAMES_END,
    r"^avec la (?:contribution|collaboration) de\s+" + _NAME_LIST + _NAMES_END,
    # "Mitarbeit: X", "Redaktion: X", "Bearbeitet von X", "Contributing: X"
    r"^(?:mitarbeit|mitarbeit von|bearbeitung|übersetzung|contributing|contributors?"
    r"|collaborazione|colaboración|colaboraram|con la colaboración de|con reportes de"
    r"|editado por|edición|editing|additional reporting)\s*:?\s+" + _NAME_LIST + _NAMES_END,
    r"^(?:bearbeitet|redigiert|übersetzt)(?:\s+ins\s+\S+)?\s+von:?\s*" + _NAME_LIST
    + _NAMES_END,
    # "Ottawa Citizen with files from X" (Canadian papers' credit)
    r"^(?:[\w .'’-]{0,40}?\s)?with files from\s+" + _NAME_LIST + _NAMES_END,
    # "Information from the Associated Press was used in this report."
    r"^information from\s+(?:the\s+)?" + _NAME_LIST + r"\s+(?:was|were|has been)\s+used\b.*$",
    # "Some information for this report was provided by AFP and AP."
    r"^(?:some\s+)?(?:information|material)\s+(?:for|in)\s+(?:this|the)\s+(?:report|article|"
    r"story)\s+(?:was|were|has been)\s+(?:provided|supplied|contributed)\s+by\s+" + _NAME_LIST
    + _NAMES_END,
]
_CONTRIBUTOR = [re.compile(p, re.IGNORECASE) for p in _CONTRIBUTOR_PATTERNS]
# Job titles and possessives before a contributor's name: "Associated Press Writer X",
# "NPR's X", "Staff writer X".
_NAME_PREFIX = re.compile(
    rf"^(?:(?:the\s+)?(?P<agency>{_AGENCY})\s+)?(?:[\w-]+(?:\s+[\w-]+)?(?:['’]s|s['’])\s+)?"
    r"(?:staff\s+)?"
    # a desk before the title: "Business Writer X", "Aerospace Writer X"
    r"(?:[A-Z][\w-]+\s+(?=writer|correspondent|reporter|editor))?"
    r"(?:writers?|correspondents?|reporters?|photographers?|editors?)?\s*",
    re.IGNORECASE,
)
# A credit line may hold several credits: "Reporting by X; Editing by Y".
_SEGMENT_SPLIT = re.compile(r"\s*[;|]\s*|(?<=[a-z0-9])\.\s+(?=[A-Z(])")
# Conjunctions are matched in lower case only: "Julian E. Barnard" keeps its initial.
_NAME_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bin\b|\bwith\b)\s*")
# A person's name: 2-5 words, each starting with a capital (particles allowed). One word
# after a name's comma is a place or a title ("X, Atlanta, GA"), not a second person.
_PERSON = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|der|den|du|da|di|del|della|le|la|"
                     r"bin|al|el|ter)(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|van|von|de|der|den|du|da|di|"
                     r"del|della|le|la|bin|al|el|ter)){1,4}$")
# Every credit holds one of these; lines without any are skipped. The words are searched
# case-sensitively in the lower-cased line (cheaper than ignoring case), as a prefix tree
# (alternation.py: the flat list's 31 branches were tried at nearly every position of the
# line, 10.8 vs 6.7 us a kept block of fundus_dev's train pages; whether a stem stands in
# the line is the same answer), and agencies by one
# word of each spelling (its longest) among the line's words: a line that holds a spelling
# holds that word, so nothing is skipped that a search for the spellings would find.
_CUE_STEMS = (
    "files from", "provided by", "information from", "agenc", "agentur", "services",
    "contribu", "collabor", "beigetragen", "reporting", "editing", "edited", "compiled",
    "produced", "translated", "fact-checked", "édit", "mis en forme", "tradu", "vérifié",
    "relu", "edition", "mitarbeit", "bearbeit", "redigiert", "übersetz", "edición", "editado",
    "reportes", "research", "writing",
)
_CUE_STEM = re.compile(prefix_tree(frozenset(_CUE_STEMS)))
_WORDS = re.compile(r"\w+")
_AGENCY_KEYS = frozenset(max(_WORDS.findall(s.lower()), key=len)
                         for n in AGENCIES.values() for s in n)
# Credit lines are short; a paragraph that happens to contain "by X" is not one.
MAX_CREDIT_WORDS = 40
# A line with this many items besides an agency (no credit, no digit) is a menu; a segment
# of more than PROSE_MIN_WORDS words is prose, and an agency after prose is a picture credit.
MENU_MIN_ITEMS = 2
PROSE_MIN_WORDS = 8


@dataclass(slots=True)
class Credits:
    contributors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    credit_line_indexes: list[int] = field(default_factory=list)


def canonical_agency(spelling: str) -> str | None:
    spelling = " ".join(spelling.split())
    return _SPELLING.get(spelling) or _SPELLING.get(spelling.lower())


def _agencies_in(listing: str) -> list[str]:
    found = []
    for part in re.split(_JOINER, listing):
        name = canonical_agency(part)
        if name and name not in found:
            found.append(name)
    return found


def _people(names: str) -> tuple[list[str], list[str]]:
    people, agencies = [], []
    names = _FILED_FROM.sub("", _RELATIVE_CLAUSE.sub("", names))
    for part in _NAME_SPLIT.split(names.strip(" :.")):
        part = part.strip(" .:()")
        if not part:
            continue
        agency = canonical_agency(part)
        if not agency:
            # "Associated Press Writer X": X contributed, and so did the agency ("ap writer X"
            # in lower case names no agency: short acronyms count in capitals only).
            prefix = _NAME_PREFIX.match(part)
            named = canonical_agency(prefix.group("agency") or "") if prefix else None
            if named:
                agencies.append(named)
            part = part[prefix.end():] if prefix and prefix.end() < len(part) else part
        if agency:
            agencies.append(agency)
        elif _PERSON.match(part):
            people.append(part)
    return people, agencies


def _contributor_segment(segment: str) -> tuple[list[str], list[str]] | None:
    for pattern in _CONTRIBUTOR:
        match = pattern.match(segment)
        if match:
            people, agencies = _people(match.group("names"))
            if people or agencies:
                return people, agencies
    return None


def _matched_agencies(match: re.Match[str] | None) -> list[str]:
    """The agencies of a dateline or byline match, whichever of its named groups matched."""
    if match is None:
        return []
    return _agencies_in(next(group for group in match.groups() if group))


def _has_cue(text: str) -> bool:
    lowered = text.lower()
    if _CUE_STEM.search(lowered):
        return True
    return not _AGENCY_KEYS.isdisjoint(_WORDS.findall(lowered))


def _read_line(line: str) -> tuple[list[str], list[str], bool]:
    """(contributors, agencies, whether the whole line is credits) of one line."""
    text = " ".join(line.split())
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = text.lstrip("—–-− ")
    if len(text.split()) > MAX_CREDIT_WORDS:
        # A paragraph, not a credit line: only its dateline can credit an agency. The anchored
        # dateline pattern reads a few dozen characters; the cue search would read them all.
        return [], _matched_agencies(_DATELINE.match(text)), False
    if not text or not _has_cue(text):
        return [], [], False
    if _GENERIC_CREDIT.match(text):
        return [], [], True
    match = _AGENCY_LINE.match(text)
    if match:
        agencies = _agencies_in(match.group("agencies"))
        if agencies:
            return [], agencies, True
    people: list[str] = []
    agencies: list[str] = []
    # An agency alone between separators is one more item of a menu when the line holds
    # several other items with no digit ("archives | classifieds | about us | AP"); beside
    # a date or a picture credit ("© dpa-AFX | Abb.: X | 07.11.2023") it is a credit.
    listed: list[str] = []
    menu_items = 0
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s]
    all_credit = True
    for segment in segments:
        segment = segment.strip("() ")
        found = _contributor_segment(segment)
        if found is None:
            agency_only = _AGENCY_LINE.match(segment)
            if agency_only:
                listed += _agencies_in(agency_only.group("agencies"))
                continue
            all_credit = False
            # Prose counts as a menu: "... most of them tourists. (Reuters)" is a caption.
            menu_items += (MENU_MIN_ITEMS if len(segment.split()) > PROSE_MIN_WORDS
                           else not any(char.isdigit() for char in segment))
            continue
        people += found[0]
        agencies += found[1]
    if menu_items < MENU_MIN_ITEMS:
        agencies += listed
    if people or agencies:
        return people, agencies, all_credit
    return [], _matched_agencies(_DATELINE.match(text) or _AGENCY_WRITER.search(text)), False


def read_credits(lines: list[str], language: str | None = None) -> Credits:
    """Contributors, agencies and the indexes of the lines that are nothing but credits.

    `language` is accepted for callers that know it; the patterns of every supported
    language (fr, en, de, es, it, pt, nl) are tried on every line, since credit lines are
    often in another language than the article ("Avec AFP" in an English page is rare,
    "Reuters" everywhere).
    """
    credits = Credits()
    for index, line in enumerate(lines):
        people, agencies, whole = _read_line(line)
        for person in people:
            if person not in credits.contributors:
                credits.contributors.append(person)
        for agency in agencies:
            if agency not in credits.agencies:
                credits.agencies.append(agency)
        if whole:
            credits.credit_line_indexes.append(index)
    return credits
