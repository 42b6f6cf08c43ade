"""Whether a sentence's capitalised first word is a name because longer names hold it.

The mention finder keeps a one-word sentence opener as a name when the text writes it as a
name elsewhere, alone or inside a longer name (a surname after its full name). Inside a
name only, that holds when the short form follows its full name, as news writes it, or the
longer name is a person's; a word capitalised only because it opens the sentence (French
"Debout, …", an adjective) does not become the short form of a name met later.
"""

from __future__ import annotations

from .given_names import first_name
from .headings import heading
from .lexicon import TITLES


def inner_words(found: list[tuple[str, int, int]]) -> dict[str, int]:
    """Each word a name run holds after its first -> the start of the first run holding it."""
    inner_from: dict[str, int] = {}
    for run, run_start, _ in found:
        if " " in run:
            for w in run.split()[1:]:
                inner_from.setdefault(w, run_start)
    return inner_from


def only_in_later_names(text: str, word: str, start: int, inner_from: dict[str, int],
                         alone: set[str], runs: set[str]) -> bool:
    """A sentence's first word that the text writes as a name only inside longer names that
    come after it, none of them a person's name ending with it ("Debout, …" long before a
    movement named "Matin Debout"): a short form follows its full name, so the word is the
    sentence's own capital (an adjective, an adverb). Headlines write a surname first
    ("Bush declares …" before "President Bush"): a heading's word, or a word that ends a
    person's name, stays a name."""
    first = inner_from.get(word)
    if first is None or first < start or word in alone:
        return False
    suffix = " " + word
    if any(r.endswith(suffix) and _person_form(r.split()) for r in runs):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return not heading(text[line_start:line_end if line_end >= 0 else len(text)])


def _person_form(words: list[str]) -> bool:
    """A run written as a person's name: a given name first, or a title before its last word
    ("Rick Nash", "Secretary of State Condoleezza Rice", "M. de Villers")."""
    return first_name(words[0]) or any(
        w.lower() in TITLES or w.lower().rstrip(".") in TITLES for w in words[:-1])
