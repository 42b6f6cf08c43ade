"""names.Mention sets its fields with its own __init__ (the slots' setters, faster than a
frozen dataclass's): it must still hold what it was given, by position or by name, and
stay frozen, equal and hashable by value."""

from __future__ import annotations

import dataclasses

import pytest

from pressclip.facts.names import Mention


def test_a_mention_holds_its_fields_and_stays_frozen() -> None:
    m = Mention("Angela Merkel", 4, 17, "person", True, False)
    assert (m.text, m.start, m.end, m.type, m.titled, m.after_preposition) == \
        ("Angela Merkel", 4, 17, "person", True, False)
    assert m == Mention(text="Angela Merkel", start=4, end=17, type="person", titled=True,
                        after_preposition=False)
    assert hash(m) == hash(Mention("Angela Merkel", 4, 17, "person", True, False))
    assert m != Mention("Angela Merkel", 4, 17, "organization", True, False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.type = "place"  # type: ignore[misc]
    moved = dataclasses.replace(m, type="place")
    assert (moved.type, moved.text, m.type) == ("place", "Angela Merkel", "person")
