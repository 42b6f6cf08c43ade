"""Bodies' names that the vote leaves cut or typed as people (English), set right after it.

- A body's name whose complement, after "of" or "for", holds "and" ("Bureau of Fisheries
  and Aquatic Resources", "Centre for Disease Prevention and Control",
  "Committee on Oversight and Government Reform"): names.py cuts the run at "and" (two
  names: "Bank of England and Barclays") and at "on", which only a committee-like noun
  takes before its topic. The complement is joined when nothing makes its second part a
  name of its own: no place, no person, no title, not named alone elsewhere, and no last
  word that is a body's kind word (names.py reads "and" before such a name itself).
- A lone name after a lower-case "the" that the vote made a person ("guided the Hornets",
  "talks with the Tigers"): English gives no person's name an article; such a name is a
  team, a party or a group.
"""

from __future__ import annotations

import re

from .entity_cues import AUXILIARIES
from .entity_lexicon import ORG_SUFFIXES, TRADE_PLURALS
from .entity_words import given_name
from .lexicon import ORG_WORDS, ROLE_NOUNS, TITLES
from .names import PREPOSITIONS, Mention
from .places import fold, places

# English nouns of deliberating bodies that name their topic after "on" ("Council on
# Foreign Relations", "Senate Committee on Finance", "Commission on Human Rights").
TOPIC_KINDS = frozenset("committee subcommittee commission council conference".split())
BODY_KINDS = frozenset(ORG_WORDS | ORG_SUFFIXES) - TRADE_PLURALS
CAPITAL_RUN = r"[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*){0,3}"
TOPIC_AFTER = re.compile(rf"[^\S\n]+on[^\S\n]+({CAPITAL_RUN})(?![\w'’-])")
AND_AFTER = re.compile(rf"[^\S\n]+and[^\S\n]+({CAPITAL_RUN})(?![\w'’-])")
# "of" or "for" before a body's complement ("Centre for Disease Prevention").
OF = re.compile(r"[^\S\n](?:of|for)[^\S\n]+")
LINK_AFTER = re.compile(r"[^\S\n]+(?:and|on)[^\S\n]")
THE_BEFORE = re.compile(r"(?<![\w'’-])the[^\S\n]+\Z")
# The word after a name, when a space and a lower-case letter follow it.
WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)")


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
    # The bodies with a complement or a committee's noun, followed by "and" or "on" (a few
    # texts have one): without them the mentions are kept as they are, without the table
    # of their starts that the joins ask.
    bodies = {i for i, m in enumerate(mentions)
              if m.type == "organization" and LINK_AFTER.match(text, m.end) and (
                  " of " in m.text or " for " in m.text or
                  m.text.split()[-1].lower() in TOPIC_KINDS)}
    if not bodies:
        return mentions
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.text, []).append(m.start)
    out: list[Mention] = []
    joined_end = -1
    for i, m in enumerate(mentions):
        if m.start < joined_end:
            continue
        if i in bodies:
            end = _body_end(text, m, starts)
            if end > m.end:
                m = Mention(text[m.start:end], m.start, end, "organization", m.titled,
                            m.after_preposition)
                joined_end = end
        out.append(m)
    return out


def _group_word(text: str, m: Mention) -> bool:
    """A lone name after a lower-case "the", then a punctuation mark, a preposition or an
    auxiliary ("guided the Hornets to", "the Hornets, with"; not "the Vance
    administration", where the name qualifies the noun after it)."""
    if THE_BEFORE.search(text, max(0, m.start - 5), m.start) is None:
        return False
    after = WORD_AFTER.match(text, m.end)
    return after is None or after.group(1) in PREPOSITIONS or after.group(1) in AUXILIARIES


def _groups(text: str, mentions: list[Mention]) -> set[str]:
    """The names voted people that are groups: a lone one written as _group_word says, and
    a full one that ends in it and opens with no given name and no title ("the Denver
    Hornets"), save the surnames of people named with a given name or a title."""
    # A lone person's name after "the" first: most texts have none.
    after_the = [m for m in mentions if m.type == "person" and " " not in m.text and
                 "the" in text[max(0, m.start - 6):m.start] and _group_word(text, m)]
    if not after_the:
        return set()
    people = [m for m in mentions if m.type == "person"]
    surnames = {m.text.split()[-1] for m in people
                if " " in m.text and (m.titled or given_name(m.text.split()[0]))}
    words = {m.text for m in after_the if m.text not in surnames and not given_name(m.text)}
    return words | {m.text for m in people if " " in m.text and m.text.split()[-1] in words}


def bodies_set_right(mentions: list[Mention], text: str) -> list[Mention]:
    """The typed mentions with bodies' names whole and groups typed organisations."""
    groups = _groups(text, mentions)
    if groups:
        mentions = [Mention(m.text, m.start, m.end, "organization", m.titled,
                            m.after_preposition) if m.text in groups else m
                    for m in mentions]
    return _joined_bodies(text, mentions)
