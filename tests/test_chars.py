"""chars.py classes characters as Python's str methods and regular expressions do, astral
characters included, so that counts made on arrays equal those made on strings."""

from __future__ import annotations

import re

from pressclip.chars import DECIMAL, DIGIT, UPPER, WORD, classify, code_points, make_table

MIXED = ("Élysée _x9 ²³ ٣٤ Ωμέγα 北京 ÆØ ß İ \u00a0\t- « » 𝐀𝐛 𝟗 😀 \U0002000b Ⅻ ǅ")


def test_flags_agree_with_str_methods_and_re_on_every_character() -> None:
    flags = classify(code_points(MIXED), make_table())
    for char, flag in zip(MIXED, flags.tolist(), strict=True):
        assert bool(flag & WORD) == bool(re.fullmatch(r"\w", char)), char
        assert bool(flag & DECIMAL) == bool(re.fullmatch(r"\d", char)), char
        assert bool(flag & UPPER) == char.isupper(), char
        assert bool(flag & DIGIT) == char.isdigit(), char


def test_extra_bits_mark_only_the_named_characters() -> None:
    table = make_table({32: ".!", 64: "»"})
    flags = classify(code_points("a.b!»c"), table)
    assert [(f & 32) > 0 for f in flags.tolist()] == [False, True, False, True, False, False]
    assert [(f & 64) > 0 for f in flags.tolist()] == [False, False, False, False, True, False]
    # Each caller's extension leaves the shared classes untouched.
    assert not make_table()[ord(".")] & 32
