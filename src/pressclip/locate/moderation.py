"""Comment-policy notices: a kept block that states the rules of the comments under the
article ("Comments are moderated", "All comments subject to approval", "Comment posters
are responsible for the opinions they express", "Kommentare werden vor der
Freischaltung geprüft", "Les commentaires sont modérés", "Comments are closed").

Pages print them above or below the comment form, often inside the article's container,
so the tail passes (tail.py) leave them. Only short blocks leave, and only when they
state a rule in the words of the languages below: comments said to be moderated,
reviewed, approved, limited or closed; a page's comment rules or netiquette named; the
people who post comments held responsible. A paragraph of an article that reports on a
platform's moderation stays when it is longer or words it otherwise.
"""

from __future__ import annotations

import re

# The rules, in en, de, fr, es, it, pt, nl, sv, no/da, pl: "comments are (now) moderated
# / subject to approval / limited to 200 words / closed", the posters held responsible,
# the netiquette named. German and Dutch put the participle last, a few words on.
_RULES = (
    r"comments?\s+(?:are|will\s+be|must\s+be|may\s+be)\s+(?:\w+\s+)?"
    r"(?:moderated|reviewed|approved|screened|subject\s+to|limited\s+to|closed)|"
    r"comments?\s+subject\s+to\s+(?:approval|moderation|review)|"
    r"comment(?:er)?s?\s+posters?|"
    r"commenters?\s+(?:are|is)\s+responsible|"
    r"kommentare\s+(?:werden|sind)\s+(?:\w+\s+){0,4}(?:moderiert|geprüft|freigeschaltet|geschlossen)|"
    r"netiquette|"
    r"kommentarfunktion\s+(?:ist|wurde)\s+(?:\w+\s+)?(?:deaktiviert|geschlossen|abgeschaltet)|"
    r"commentaires\s+(?:sont|seront)\s+(?:\w+\s+)?(?:modérés|soumis|fermés)|"
    r"comentarios\s+(?:son|serán|están)\s+(?:\w+\s+)?(?:moderados|revisados|sujetos|cerrados)|"
    r"commenti\s+(?:sono|saranno)\s+(?:\w+\s+)?(?:moderati|soggetti|chiusi)|"
    r"comentários\s+(?:são|serão|estão)\s+(?:\w+\s+)?(?:moderados|sujeitos|fechados)|"
    r"reacties\s+(?:worden|zijn)\s+(?:\w+\s+){0,4}(?:gemodereerd|gecontroleerd|gesloten)|"
    r"kommentarer\s+(?:modereras|granskas|modereres|blir\s+moderert)|"
    r"komentarze\s+(?:są\s+)?(?:moderowane|zamknięte)"
)
# Read on the block in lower case: IGNORECASE costs each pattern twice the time.
_RULE = re.compile(rf"\b(?:{_RULES})\b")
# A notice states its rule at once: a rule further into a block is a writer's aside
# ("… so I closed the thread; comments are closed, but …"). notices.py's gate reads it too.
RULE_WITHIN = 60
# The longest rule's characters: a rule starting within RULE_WITHIN ends before this
# many more ("comments will be reviewed" and the like; the German words run longer).
_LONGEST_RULE = 120
# A block that opens by naming the rules is their notice; named further in, a reader
# may be quoting them.
_NAMED = re.compile(
    r"\W*(?:comment(?:ing)?\s+(?:rules|policy|guidelines)|kommentarregeln|"
    r"kommentar-?richtlinien|charte\s+de\s+modération|normas\s+de\s+participación)\b")
# The longest comment-policy notice (notices.py reads it too).
MAX_CHARS = 600
# What every notice holds, lower case: the word for comments or the rules' name
# (notices.py's gate).
STEMS = ("comment", "kommentar", "comentar", "comentár", "reacties", "komentarz",
         "netiquette", "charte", "normas")


def is_comment_policy(text: str) -> bool:
    """Whether a short block states the rules of the page's comments."""
    return lowered_comment_policy(text.strip().lower())


def lowered_comment_policy(low: str) -> bool:
    """is_comment_policy of a block already stripped and in lower case."""
    if not low or len(low) > MAX_CHARS:
        return False
    rule = _RULE.search(low, 0, RULE_WITHIN + _LONGEST_RULE)
    return (rule is not None and rule.start() <= RULE_WITHIN) or _NAMED.match(low) is not None

