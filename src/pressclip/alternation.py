"""A word list as a regular expression's alternation that the engine tries fast, in two
forms: grouped by first character (alternatives), and as a prefix tree (prefix_tree).

Under re.IGNORECASE, Python's engine enters every branch of an alternation in turn: the
quick test that skips a branch whose first character cannot match is made only for
case-sensitive literals. The byline labels' lists hold a hundred words and more, and their
patterns nest several such lists: a match tried on a short text cost about 20 µs, some 0.1
ms of a page's metadata (labels.py). Grouped by their first character, the words make one
branch a character, the character tested once; the words after it are tried only where it
matched.

The pattern matches the same texts with the same spans as the plain alternation
"(?:w1|w2|…)": two words can compete at a position only when their first characters match
the same character of the text under the engine's case folding, and such words share a
group, in their list's order, so the first word that leads to a match is the same one.
tests/test_alternation.py holds the two forms to the same spans.

A prefix tree shares every prefix, not only the first character ("a(?:o(?:ut|ût)|pril|…)"):
the pattern for case-sensitive searches on words whose matches must be whole words of the
list (the dates' names of months and days, facts/textdates.py) or whose search only asks
whether a word of the text opens with one (the notices' gate, locate/notices.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# The engine's own case folding (CPython 3.11 on): the lower case it compares and the
# characters its table ties beyond that. A Python without them gets the plain alternation.
try:
    from _sre import unicode_tolower
    from re._casefix import _EXTRA_CASES
except ImportError:
    unicode_tolower = _EXTRA_CASES = None

# A word that opens with the syntax of a pattern is no literal character then words: such a
# list is joined as it stands.
_SYNTAX = frozenset("\\()[]{}.*+?^$|")


def _fold_key(character: str) -> int:
    """One code point for every character that matches the same texts under re.I: the
    engine's lower case, and the least of the characters its case table ties to it ("i" and
    dotless "ı", "s" and long "ſ")."""
    lower = unicode_tolower(ord(character))
    return min((lower, *_EXTRA_CASES.get(lower, ())))


def alternatives(words: Iterable[str]) -> str:
    """A non-capturing group matching what "(?:" + "|".join(words) + ")" matches, with
    the same spans under re.IGNORECASE, its words grouped by their first character."""
    words = list(words)
    if _EXTRA_CASES is None or any(not word or word[0] in _SYNTAX for word in words):
        return "(?:" + "|".join(words) + ")"
    groups: dict[int, list[str]] = {}
    for word in words:
        groups.setdefault(_fold_key(word[0]), []).append(word)
    branches = []
    for group in groups.values():
        if len(group) == 1:
            branches.append(group[0])
        elif len({word[0] for word in group}) == 1:
            branches.append(group[0][0] + "(?:" + "|".join(w[1:] for w in group) + ")")
        else:  # "I" and "i" both: one group still, in the list's order
            branches.append("(?:" + "|".join(group) + ")")
    return "(?:" + "|".join(branches) + ")"


def prefix_tree(words: frozenset[str]) -> str:
    """An alternation of `words` that shares their prefixes ("a(?:o(?:ut|ût)|pril|…)"):
    the regex engine tries each branch in turn, so a flat list of 60 words is slow. A word
    that is a prefix of another makes the rest optional, so the longest is tried first, as
    a list sorted by length would be."""
    branches: dict[str, set[str]] = {}
    for word in words:
        if word:
            branches.setdefault(word[0], set()).add(word[1:])
    parts = [re.escape(c) + prefix_tree(frozenset(rest)) for c, rest in sorted(branches.items())]
    if not parts:
        return ""
    optional = "" in words
    body = f"(?:{'|'.join(parts)})" if len(parts) > 1 or optional else parts[0]
    return body + ("?" if optional else "")
