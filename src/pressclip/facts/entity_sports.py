"""What sport's results and matches make of a name: a scorer, a team, a side of a match, a club.

A results line ("Portsmouth 1 Leeds 2"), a table row, a score with its scorers in brackets,
a match's verbs and staff words ("Leeds beat Barnsley", "Leeds coach Tom Cole") make a
town's name a team's; a town's name before a plural nickname is a club ("Edmonton Oilers").
facts/entity_types.py counts these as votes.
"""

from __future__ import annotations

from itertools import islice

from .entity_cues import (
    BEFORE_CHARS,
    CLUB_WORDS,
    COLLECTIVE_AFTER,
    COORDINATED_LAST,
    INNINGS_AFTER,
    LINKS,
    MATCH_BEFORE,
    MATCH_LAST,
    NAMED_OR_SUFFIXES,
    NAMED_THINGS,
    NO_SUBJECT_BEFORE,
    SCORE_AFTER,
    SCORES_IN_LINE,
    SIGNS,
    SPACES,
    STAFF_APPOSED,
    TABLE_NUMBERS,
    TABLE_ROW,
    TEAM_AFTER,
    THE_BEFORE,
)
from .entity_lexicon import (
    ORG_SUFFIXES,
    STAFF_WORDS,
)
from .entity_words import (
    all_capitals,
    given_name,
)
from .name_context import MATCH_AFTER, RESULT_AFTER, staffed
from .names import Mention
from .places import fold


def _in_brackets(text: str, start: int) -> bool:
    """A bracket opened before `start` on its line is still open there."""
    line_start = text.rfind("\n", 0, start) + 1
    return text.rfind("(", line_start, start) > text.rfind(")", line_start, start)


def _team(text: str, m: Mention) -> bool:
    """The name of a team in a results line or a table row (see SCORE_AFTER)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    if m.start == line_start:
        row = TABLE_ROW.match(text, m.end)
        if row is not None and len(row.group(0).split()) >= TABLE_NUMBERS:
            return True
    if SCORE_AFTER.match(text, m.end) is None:
        return False
    line_end = text.find("\n", m.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    # Two scores are enough: the line's others need not be found.
    return sum(1 for _ in islice(SCORES_IN_LINE.finditer(line), 2)) == 2


def _side(text: str, m: Mention, place: str | None, surnames: set[str],
          tail: str | None = None) -> str | None:
    """What a results line or a match makes of a name that is no country's (a country's
    name stands for its national team, a place under the CoNLL convention): "scorer" in
    brackets after a score ("Feyenoord 2 (Larsson 15, Cruz 60)"), "team" in a results line
    or a table row ("Portsmouth 1 Leeds 2"), "match" for a side of a match ("Leeds beat
    Barnsley", "lost 2-0 to Hull", "Leeds coach Tom Cole"); else None."""
    if place == "country":
        return None
    # Every pattern after the name opens with a space or a tab, a comma ("X, who drew") or
    # a possessive: most names have none of them there and ask the one before the name
    # only. A score or a table row's numbers come after a space; a match's verb, a staff
    # word or "team" after a space and a lower-case letter.
    after = text[m.end:m.end + 2]
    spaced = after[:1] in SPACES
    scored = spaced and after[1:].isdigit()
    # A scorer is named by the surname alone or, in cricket's cards, by a person's full
    # name ("(D. Harper 104, T. Walsh 61)"): names.py's reading of its words, not a club's.
    if scored and (" " not in m.text or (m.type == "person" and m.text.count(" ") == 1)) \
            and SCORE_AFTER.match(text, m.end) and _in_brackets(text, m.start):
        return "scorer"
    if (scored or (spaced and after[1:] in SIGNS)) and _team(text, m):
        return "team"
    if scored and INNINGS_AFTER.match(text, m.end) and m.text not in surnames and \
            not given_name(m.text.split()[0]):
        return "team"  # "Somerset 83 and 174": a side's two innings (not a batsman's)
    worded = spaced and after[1:].islower()
    linked = after[:1] in LINKS  # a comma or a possessive's apostrophe
    if tail is None:
        tail = text[max(0, m.start - BEFORE_CHARS):m.start].rstrip()
    before = tail.endswith(MATCH_LAST)
    if not worded and not linked and not before:
        return None
    words = m.text.split()
    if m.text in surnames or (given_name(words[0]) and NAMED_OR_SUFFIXES.isdisjoint(
            [w.lower() for w in words[1:]])):
        return None  # "Smith beat Jones" (not "Ross County")
    if (worded or after[:1] == ",") and MATCH_AFTER.match(text, m.end):
        return "match"
    if before and MATCH_BEFORE.search(text, max(0, m.start - 40), m.start):
        return "match"
    if linked and after[:1] != "," and RESULT_AFTER.match(text, m.end):
        return "match"  # "Newcastle's 2-1 win", "Arsenal's defeat"
    if not worded or m.titled:
        return None
    if staffed(text, m.end) or TEAM_AFTER.match(text, m.end):
        return "match"  # "Leeds coach Tom Cole", "the Skyline team"
    if THE_BEFORE.search(text, max(0, m.start - 5), m.start):
        staff = STAFF_APPOSED.match(text, m.end)
        if staff is not None and staff.group(1) in STAFF_WORDS:
            return "match"  # "the Leeds manager, Tom Cole,"
    elif COLLECTIVE_AFTER.match(text, m.end) and not tail.endswith(COORDINATED_LAST) and \
            not NO_SUBJECT_BEFORE.search(tail):
        return "match"  # "Leeds have signed" (not "the Alps are")
    return None


def _club_names(mentions: list[Mention], gazetteer: dict[str, str]) -> dict[str, str]:
    """ "Edmonton Oilers", "Baltimore Orioles", "Los Angeles Lakers": a town's name, then a
    plural nickname, is a club; its town alone then stands for the club too ("Edmonton
    visits St. Louis", "tallied for Edmonton"). Folded club names and towns -> the town."""
    clubs: dict[str, str] = {}
    for m in mentions:
        words = m.text.split()
        last = words[-1]
        if len(words) == 2 and last in CLUB_WORDS and not m.titled and \
                gazetteer.get(fold(words[0])) == "area" and fold(m.text) not in gazetteer:
            # "Newcastle United", "Manchester City": the town alone is the club too
            # ("Newcastle said in a statement"; not "in Newcastle").
            clubs[fold(m.text)] = clubs[fold(words[0])] = words[0]
            continue
        # The tests of the last word first: most names end in no plural "s".
        if len(words) < 2 or not last.endswith("s") or last.endswith(("ss", "'s", "’s")) or \
                m.titled or last.lower() in NAMED_THINGS or last.lower() in ORG_SUFFIXES or \
                all_capitals(words) or given_name(words[0]) or fold(m.text) in gazetteer:
            continue  # not "West Indies", a place whose first word is a town's name
        for k in range(len(words) - 1, 0, -1):  # "Columbus Blue Jackets": "Columbus"
            town = " ".join(words[:k])
            if gazetteer.get(fold(town)) == "area":  # a country's is its national team
                clubs[fold(m.text)] = town
                clubs[fold(town)] = town
                clubs[fold(last)] = town  # "the Oilers": the nickname alone
                clubs[fold(" ".join(words[k:]))] = town  # "the Trail Blazers"
                break
    return clubs
