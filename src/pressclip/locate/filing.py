"""Filing lines: a kept block that says where a blog post is filed and how to follow its
responses ("This entry was posted on 3 March 2008 and is filed under News. You can follow
any responses to this entry through the RSS 2.0 feed", "Abgelegt unter Israel. Sie können
alle Antworten zu diesem Eintrag durch den RSS 2.0 …", "… wurde unter Allgemein
abgelegt").

Blog templates print it under the post, inside its container, in the page's language, so
the tail passes (tail.py) leave it; the record holds the date, and the categories and the
feed are no part of the text. Only short blocks leave, and only when they name a feed
beside the post's responses or comments, or say the post is filed under a category in a
block that dates it: an article's sentence on a lawsuit "filed under seal" states no
post's filing and names no date as a post does.
"""

from __future__ import annotations

import re

# "Responses" and "comments" in en, de, fr, es, it, pt, nl, sv, no/da, pl: a feed named
# beside them is the one that follows the post's responses.
_RESPONSES = (
    r"responses|comments|antworten|kommentare|réponses|commentaires|respuestas|comentarios|"
    r"risposte|commenti|respostas|comentários|reacties|svar|kommentarer|odpowiedzi|komentarze"
)
_FEED_BESIDE_RESPONSES = re.compile(
    rf"\brss\b.*\b(?:{_RESPONSES})\b|\b(?:{_RESPONSES})\b.*\brss\b", re.S)
# "Is filed under", in the same languages: the post's status, never a court's filing
# ("was filed under seal"). German puts the participle after the category.
_FILED = re.compile(
    r"\b(?:is\s+filed\s+under|filed\s+under\s*:|abgelegt\s+unter|unter\s.{1,200}\sabgelegt|"
    r"classé\s+dans|archivad[oa]\s+(?:en|bajo)|archiviato\s+(?:in|sotto)|"
    r"arquivad[oa]\s+(?:em|sob)|gearchiveerd\s+(?:onder|in)|arkiverad\s+under|"
    r"arkivert\s+under|arkiveret\s+under|opublikowano\s+w\s+kategorii)\b", re.S)
# The longest filing line (notices.py reads it too): the template's two or three sentences.
MAX_CHARS = 400
# What every filing line holds, lower case (notices.py's gate).
STEMS = ("rss", "filed", "abgelegt", "classé", "archivad", "archiviato", "arquivad",
         "gearchiveerd", "arkiver", "kategorii")


def is_filing_line(text: str) -> bool:
    """Whether a short block says where a post is filed or how to follow its responses."""
    return lowered_filing_line(text.strip().lower())


def lowered_filing_line(low: str) -> bool:
    """is_filing_line of a block already stripped and in lower case."""
    if not low or len(low) > MAX_CHARS:
        return False
    if _FEED_BESIDE_RESPONSES.search(low):
        return True
    return _FILED.search(low) is not None and any(c.isdigit() for c in low)
