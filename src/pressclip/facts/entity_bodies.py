"""Bodies' names that the vote leaves cut (English), set right after it.

- A body's name whose complement holds "and" ("Bureau of Fisheries and Aquatic Resources",
  "Committee on Oversight and Government Reform"): names.py cuts the run at "and" (two
  names: "Bank of England and Barclays") and at "on", which only a committee-like noun
  takes before its topic. The complement is joined when nothing makes its second part a
  name of its own: no place, no person, no title, not named alone elsewhere, and no last
  word that is a body's kind word (names.py reads "and" before such a name itself).
"""

from __future__ import annotations

import re

from .entity_lexicon import ORG_SUFFIXES
from .entity_words import given_name
from .lexicon import ORG_WORDS, ROLE_NOUNS, TITLES
from .names import Mention
from .places import fold, places

# English nouns of deliberating bodies that name their topic after "on" ("Council on
# Foreign Relations", "Senate Committee on Finance", "Commission on Human Rights").
TOPIC_KINDS = frozenset("committee subcommittee commission council conference".split())
BODY_KINDS = frozenset(ORG_WORDS | ORG_SUFFIXES)
CAPITAL_RUN = r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}"
TOPIC_AFTER = re.compile(rf"[^\S\n]+on[^\S\n]+({CAPITAL_RUN})(?![\w'’-])")
AND_AFTER = re.compile(rf"[^\S\n]+and[^\S\n]+({CAPITAL_RUN})(?![\w'’-])")
OF = re.compile(r"[^\S\n]of[^\S\n]+")


def _complement_part(found: re.Match[str], starts: dict[str, list[int]]) -> bool:
    """A capitalised part of a body's complement that is no name of its own."""
    part = found.group(1)
    words = part.split()
    return words[-1].lower() not in BODY_KINDS and not given_name(words[0]) and \
        fold(part) not in places() and \
        all(start == found.start(1) for start in starts.get(part, ())) and \
        not any(w.lower() in TITLES or w.lower() in ROLE_NOUNS for w in words)


def _body_end(text: str, m: Mention, starts: dict[str, list[int]]) -> int:
    """Where the body's name `m` ends once its complement is whole; m.end if it is."""
    end = m.end
    topic = TOPIC_AFTER.match(text, end) if m.text.split()[-1].lower() in TOPIC_KINDS \
        else None
    if topic is not None:
        if not _complement_part(topic, starts):
            return m.end
        end = topic.end()
    else:
        of = list(OF.finditer(m.text))
        if not of or BODY_KINDS.isdisjoint(w.lower() for w in m.text[:of[-1].start()].split()) \
                or fold(m.text[of[-1].end():]) in places():  # "Bank of England and Barclays"
            return m.end
    joined = AND_AFTER.match(text, end)
    return joined.end() if joined is not None and _complement_part(joined, starts) else end


def _joined_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each body's name with its whole complement; the mentions inside it left out."""
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.text, []).append(m.start)
    out: list[Mention] = []
    joined_end = -1
    for m in mentions:
        if m.start < joined_end:
            continue
        if m.type == "organization" and (" of " in m.text or
                                         m.text.split()[-1].lower() in TOPIC_KINDS):
            end = _body_end(text, m, starts)
            if end > m.end:
                m = Mention(text[m.start:end], m.start, end, "organization", m.titled,
                            m.after_preposition)
                joined_end = end
        out.append(m)
    return out


def bodies_set_right(mentions: list[Mention], text: str) -> list[Mention]:
    """The typed mentions with bodies' names whole."""
    return _joined_bodies(text, mentions)
