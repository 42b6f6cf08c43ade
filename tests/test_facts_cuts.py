"""Shortcuts of the facts pass's second speed round against the plain rules they skip."""

from __future__ import annotations

import random

from pressclip.facts.entity_types import all_capitals

PIECES = ["A", "b", "É", "é", "1", "-", ".", "'", " ", "\u00a0", "ß", "Σ", "ς", "ǅ", "x", "Z"]


def test_lower_second_letter_is_never_in_capitals() -> None:
    """in_headlines skips all_capitals where a name opens with a letter, then a lower-case
    one: all_capitals is false there, on crafted and random names."""
    rng = random.Random(14)
    names = ["Tony Blair", "Éric Zemmour", "iPhone X", "ǅemal Bijedić", "Ab CD", "a1 B"]
    names += ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 8)))
              for _ in range(20000)]
    for name in names:
        if name[:1].isalpha() and name[1:2].islower():
            assert not all_capitals(name.split()), name
