"""extract_text(): the article record from page text that is already flattened.

lines -> features -> line model -> contiguous decoding -> paragraphs past a box inserted in
the article, a lone paragraph left out between two of its paragraphs, sentences left out
between two copies of the separator it repeats between its paragraphs -> credits (and
the end of the article they mark) -> no paragraph, no article -> furniture (repeated,
serial or shouting lines, menus, captions, wherever they sit) -> headline -> date line ->
language. Every step is linear in the text's size but the look for lines held in other
lines, which only the lines before the first paragraph get.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from itertools import filterfalse

import numpy as np

from ..credits import read_credits
from ..dropped import Dropped
from ..edges import is_picture_credit
from ..facts.analyse import read_facts
from ..intake import page_text
from ..locate.boxes import is_box_label, opens_with_label
from ..metadata.language import detect_language
from ..metadata.lead_name import is_names
from ..metadata.text_lines import (
    headline_spelling,
    line_age,
    line_byline,
    names_beside_date,
    time_line,
    written_date,
)
from ..metadata.titles import squash
from ..options import TEXT_SHIFTS, Options, reference_now
from ..record import PARAGRAPH, Article, Block, Decision
from ..stopwords import ALL_FUNCTION_WORDS
from .date_row import row_items
from .features import TEMPLATE_MIN_REPEATS
from .lines import split_lines
from .model import load_model

# Credit lines are looked for this many lines around the kept lines.
CREDIT_MARGIN = 6
# A trailing credit line ends the article once this share of the kept tokens lies before it.
CREDIT_END_SHARE = 0.5
# The headline is looked for among this many lines before the article: share buttons, a
# byline, a date and a picture's caption stand between them on modern pages (8 missed
# headlines 9 to 15 lines up on the train pages; 24 took teasers).
TITLE_LOOKBACK = 16
TITLE_MIN_TOKENS, TITLE_MAX_TOKENS = 3, 40
# ... or, in a script without capitals, fewer tokens of this many characters in all.
TITLE_MIN_CHARS = 6 * TITLE_MIN_TOKENS
# A run of this many letters without case is a phrase of a script written without spaces.
UNSPACED_RUN = 6
_UNSPACED_RUN = re.compile(rf"[^\W\d_]{{{UNSPACED_RUN},}}")
# A headline shares at least this share of its words with the opening of the article.
TITLE_MIN_OVERLAP = 0.3
# ... or this share, where no line reaches the one above.
TITLE_FALLBACK_OVERLAP = TITLE_MIN_OVERLAP / 2
# ... and ranks by that share only once it shares this many words with the opening.
TITLE_MIN_SHARED = 3
TITLE_OPENING_LINES = 4
# A headline's standfirst lies at most this many lines below it (a byline may come between).
STANDFIRST_GAP = 2
# A line of at most this many tokens above the headline is its kicker, not a headline
# whose standfirst the best line would be.
KICKER_MAX_TOKENS = 4
# A standfirst is a sentence: this many tokens, or characters (scripts without spaces).
STANDFIRST_MIN_TOKENS = 8
STANDFIRST_MIN_CHARS = 6 * STANDFIRST_MIN_TOKENS
# ... and this share of its content words come back in the article's opening lines.
STANDFIRST_OVERLAP = 0.3
# A caption's bare credit after its sentence: at most this many tokens, a name's.
CREDIT_TAIL_TOKENS = 3
_DIGIT_OR_STOP = re.compile(r"[\d.!?。！？]")
# A paragraph of prose: this many tokens or more, ending like a sentence.
PROSE_MIN_TOKENS = 15
# Closers a sentence's stop may stand before: quotes of every language's usage (German
# „…“ closes with “, Danish »…« with «, French « … » after a space), brackets, CJK
# corner brackets.
_CLOSERS = "(?:\\s?[\"'”’»“‘«›)\\]）」』])*"
_PROSE_END = re.compile(rf"[.!?…。！？]{_CLOSERS}$")
# An article has at least one paragraph: a line of this many tokens, or of this many
# characters (scripts written without spaces make few, long tokens). Menus and lists of
# links are made of shorter lines, however article-like they look to the line model (on a
# page of nothing else, they are the most article-like lines there are).
PARAGRAPH_MIN_TOKENS = 12
PARAGRAPH_MIN_CHARS = 6 * PARAGRAPH_MIN_TOKENS
# Lines shorter than this are not looked for inside other lines (too common to mean a copy).
FRAGMENT_MIN_TOKENS = 4
# A short line whose template (first and last words, numbers folded) recurs in the page is
# one of a series: "Advertisement 3", a list of links, a counter.
TEMPLATE_MAX_TOKENS = 6
# A repeated line stays as a subheading when it has this many tokens and this share of its
# content words come back in the article's prose.
SUBHEAD_MIN_TOKENS = 3
SUBHEAD_VOCABULARY = 0.5
# Subheadings end without a full stop (a question mark at most); a repeated line that ends
# like a sentence is an offer or a teaser told twice.
_SUBHEAD_STOP = re.compile(rf"[.。]{_CLOSERS}$")
# A caption ends with its credit: after its last sentence, at most this many tokens holding a
# copyright sign, a slash between two words ("Name/Agency") or a colon before a word
# ("Photo: Name"; not a time, not a colon that ends the line).
CAPTION_CREDIT_TOKENS = 4
# (The stop after a lone letter is a name's initial: "J.J. Doe", "R.Doe".)
_LAST_SENTENCE = re.compile(rf"(?<!(?<![^\W\d_])[^\W\d_])[.!?。！？]{_CLOSERS}(?=\s|[^\W\d_])")
# Every stop, initials too, for the test of a caption's one sentence (below).
_ANY_STOP = re.compile(rf"[.!?。！？]{_CLOSERS}(?=\s|[^\W\d_])")
_CREDIT_MARK = re.compile(r"©|[^\W\d_]/[^\W\d_]|:\s+[^\W\d_]|：\s*[^\W\d_]")
# Credits that name a photographer and an agency parted by a slash ("Name / Agency via
# Other") run longer: up to this many tokens, the word after the slash capitalised (prose
# parts lower-case words so: "and/or").
SLASH_CREDIT_TOKENS = 9
_SLASH = re.compile(r"[^\W\d_]\s?/\s?([^\W\d_])")
# ... and a caption without a sentence before its credit is a phrase of this many words; its
# credit, after a label's colon, a capitalised name with a slash ("Name/agency").
CAPTION_MIN_WORDS = 5
_SLASHED_WORDS = re.compile(r"[^\W\d_]/[^\W\d_]")
# Bracketed, slashed words are references ("[Book 1 / Book 2]", "(Author/Index)").
_BRACKETS = re.compile(r"[()\[\]（）]")
# ... or the credit is a name in brackets after a caption's one sentence ("… the square.
# (Agency)"): letters only (a score, a date or a reference is no credit). After a paragraph
# of several sentences, such a name is the source of the story or of a quote.
BRACKET_CREDIT_TOKENS = 3
_BRACKET_CREDIT = re.compile(r"^\s*[(（][^\W\d_]+(?:[ '’.&-]+[^\W\d_]+)*\.?[)）]\s*$")
# A menu line: this many items or more, each of at most this many words, between separators.
MENU_MIN_ITEMS = 3
MENU_ITEM_TOKENS = 2
_MENU_SEPARATOR = re.compile(r"\s+[|»›·•]\s+")
# A line with this many words in capitals, making this share of its words, shouts.
SHOUT_MIN_WORDS = 4
SHOUT_SHARE = 0.4
# A date line is short and lies near the headline or the start of the article.
DATE_MAX_TOKENS = 12
DATE_MARGIN = 4
# A date written out is looked for this many margins around the headline.
WRITTEN_DATE_MARGINS = 3
# Words (\w+) of more than one and of more than three characters: a maximal run of k word
# characters or more is exactly such a word, so the regular expression skips the short
# ones in C.
_WORD_2 = re.compile(r"\w{2,}")
_LONG_WORD = re.compile(r"\w{4,}")
# A line that opens with a label: a colon after its first three words at most.
_LABEL = re.compile(r"^\S+(?:\s+\S+){0,2}?\s*[:：]\s")
# A colon right after a word and before a space (a time's, "17:52", has none after it).
_UNSPACED_COLON = re.compile(r"[^\W_][:：]\s")
_SENTENCE_END = re.compile(rf"[.;:]{_CLOSERS}$")
# A box inside the article (a "most read" list, an embedded video's title, source and
# duration) parts its last paragraphs from the rest, and the line model, reading a box's
# run, scores them low: the decoder ends the article at the box. After the decoded end, a
# box of at most GAP_MAX_BOX_LINES lines that are no prose, followed by paragraphs of prose
# that speak the article's words, continues the article (`_continuation`).
GAP_MAX_BOX_LINES = 6
# ... the first continuing paragraph after a box: prose, once in the page, with this share of
# its content words in the article's lines (a teaser of another story speaks of other things).
GAP_VOCABULARY = 0.3
# ... or with at least this many of them, when a later run after another box continues the
# article too: a long paragraph brings many words of its own (a new turn of the story), so
# its share stays low; an author's note, a blog's "about" or a licence after the article
# shares a few of its words too, but ends the page's prose.
GAP_SHARED_WORDS = 4
# A line that the article holds this often between its paragraphs is its separator
# ("Article content"); a sentence left out between two copies of it is the article's when
# it has this many tokens (`_between_separators`).
SEPARATOR_MIN_REPEATS = 3
SENTENCE_MIN_TOKENS = 5
# A date shown under the article belongs to its byline there when it stands this close
# to it (lines; a label alone takes its name's line below it).
BOX_DATE_GAP = 1
# Explain mode: below this line score a dropped line is plain boilerplate (as in HTML mode).
_BOILERPLATE_SCORE = 0.2


def _content_words(line: str) -> set[str]:
    """The line's words of more than three characters, numbers aside, lower-cased."""
    return set(filterfalse(str.isdigit, _LONG_WORD.findall(line.lower())))


def _title_terms(line: str) -> set[str]:
    """The line's content words and, for the runs of a script written without spaces
    (`_unspaced_runs`), their pairs of letters: a headline and its opening cut such a
    script into few, long, different runs, which seldom come back whole."""
    terms = _content_words(line)
    for run in _unspaced_runs(line):
        terms.update(run[k:k + 2] for k in range(len(run) - 1))
    return terms


def _unspaced_runs(line: str) -> list[str]:
    """Runs of UNSPACED_RUN letters or more without case (Chinese, Japanese, Thai): whole
    phrases of a script written without spaces. Korean words, mostly shorter, stay
    words (all their pairs of letters took a standfirst's line for a headline on a train page)."""
    return [run for run in _UNSPACED_RUN.findall(line) if run.lower() == run.upper()]


def _is_prose(line: str, size: float) -> bool:
    return size >= PROSE_MIN_TOKENS and _PROSE_END.search(line) is not None


def _overlap(line: str, words: set[str]) -> float | None:
    """Share of a headline-like line's content words found in `words` (None: no headline)."""
    tokens = len(line.split())
    # Scripts without spaces write a headline in one or two tokens: its characters count.
    short = tokens < TITLE_MIN_TOKENS and not (len(line) >= TITLE_MIN_CHARS
                                               and _unspaced_runs(line))
    if short or tokens > TITLE_MAX_TOKENS or _SENTENCE_END.search(line):
        return None
    own = _title_terms(line)
    return len(own & words) / len(own) if own else None


def _find_title(lines: list[str], start: int, opening: list[int]) -> int | None:
    """Index of the headline: a short, unpunctuated line shortly before the first paragraph
    of prose (`start`) whose words come back in the article's opening lines, no byline."""
    best = _best_title(lines, start, opening, TITLE_MIN_OVERLAP)
    if best is None:
        # A headline may word its subject otherwise than the opening does ("child care
        # crisis" above "landed a job she loved"): where no line shares 30% of its words,
        # the line sharing the most still heads the article from half that share (train,
        # title exact: 10 of 15 pages without a headline read one, 6 of them right).
        best = _best_title(lines, start, opening, TITLE_FALLBACK_OVERLAP)
    return best


def _best_title(lines: list[str], start: int, opening: list[int], floor: float) -> int | None:
    """The best headline-like line sharing more than `floor` of its words with the opening."""
    words_after = set()
    for i in opening[:TITLE_OPENING_LINES]:
        words_after |= _title_terms(lines[i])
    window = range(start - 1, max(start - 1 - TITLE_LOOKBACK, -1), -1)
    told = Counter(squash(lines[i]) for i in window)
    best, best_overlap = None, floor
    for i in window:
        overlap = _overlap(lines[i], words_after)
        if overlap is not None and told[squash(lines[i])] > 1:
            # A line the page sets twice above the article (the h1 and a share box's or a
            # breadcrumb's title) is the headline by that alone more often than not: its
            # share counts double, where the opening words its subject anew.
            overlap *= 2
        if overlap is not None and overlap > floor:
            # A section's or a menu's name of a word or two that the opening repeats
            # ("Heute in Hamburg") shares all its words with it, a headline most of many:
            # it ranks by at most a third for each word it shares.
            shared = len(_title_terms(lines[i]) & words_after)
            overlap = min(overlap, shared / TITLE_MIN_SHARED)
        if (overlap is not None and overlap > best_overlap and _byline_at(lines, i) is None
                and not is_picture_credit(Block(PARAGRAPH, lines[i]))
                and not _credited_sentence(lines[i])):
            best, best_overlap = i, overlap
    # A standfirst follows its headline and speaks of the article more fully: a shorter
    # headline-like line just above the best one, speaking of what it or the opening
    # says, is the headline, and the best one its standfirst; unless that line is a
    # kicker's few words above the headline ("War in Ukraine", "Politics").
    while best is not None:
        words = words_after | _title_terms(lines[best])
        above = next((j for j in range(best - 1, max(best - 1 - STANDFIRST_GAP, -1), -1)
                      if len(lines[j]) < len(lines[best])
                      and len(lines[j].split()) > KICKER_MAX_TOKENS
                      and (_overlap(lines[j], words) or 0.0) > TITLE_MIN_OVERLAP), None)
        if above is None:
            break
        best = above
    return best


def _credited_sentence(line: str) -> bool:
    """A picture's caption: a sentence (STANDFIRST_MIN_TOKENS tokens or
    STANDFIRST_MIN_CHARS characters), then, after its stop, a credit of at most
    CREDIT_TAIL_TOKENS capitalised or uncased words without a stop or a digit, the
    picture's source or its photographer ("… the square. Jane Doe", "… 있다. 뉴시스"). A
    headline ends at its sentence, or goes on in lower case ("… Here's why"); a teaser's
    link follows an ellipsis."""
    ends = list(_LAST_SENTENCE.finditer(line))
    # After an ellipsis, a word is a teaser's link ("… A Minnesota native... More").
    if not ends or line[:ends[-1].start()].endswith((".", "…")):
        return False
    sentence, tail = line[:ends[-1].start()], line[ends[-1].end():].split()
    return (0 < len(tail) <= CREDIT_TAIL_TOKENS and not _DIGIT_OR_STOP.search(" ".join(tail))
            and all(_name_word(word) for word in tail)
            and (len(sentence.split()) >= STANDFIRST_MIN_TOKENS
                 or len(sentence) >= STANDFIRST_MIN_CHARS))


def _name_word(word: str) -> bool:
    """The word opens with a capital or with a letter of a script without case ("Jane",
    "뉴시스"; not "[Video]", not "why")."""
    first = word[0]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def _colon_as_written(title: str, article: list[str]) -> str:
    """The headline with its colon set as the article sets its own. A flattener spaces a
    colon that stood in an element of its own ("Kicker : Headline"); French writes " : "
    too, so the article's lines tell: where they set a colon after a word and never after a
    space, so does the headline."""
    if " : " not in title:
        return title
    spaced = unspaced = 0
    for line in article:
        spaced += line.count(" : ")
        unspaced += len(_UNSPACED_COLON.findall(line))
    return title.replace(" : ", ": ") if unspaced and not spaced else title


def _byline_at(lines: list[str], i: int) -> tuple[list[str], list[str]] | None:
    """The (authors, agencies) of line `i` where it is a byline (`text_lines.line_byline`,
    with the line after it for a label alone). A byline may name the words of the opening
    ("By the Daily Planet and agencies"): no headline."""
    return line_byline(lines[i], lines[i + 1] if i + 1 < len(lines) else "")


def _standfirst(lines: list[str], i: int, body: list[int], noise: set[int]) -> bool:
    """Whether line `i`, just under the headline and left out, is the article's standfirst:
    a sentence-long line before the body, no furniture, speaking of what the opening says
    (the line model takes a standfirst, unpunctuated and cut off from the prose by a byline
    and a date, for one more teaser)."""
    line = lines[i]
    if i >= body[0] or i in noise or lines.count(line) > 1:
        return False
    if len(line.split()) < STANDFIRST_MIN_TOKENS and len(line) < STANDFIRST_MIN_CHARS:
        return False
    if _LABEL.match(line):  # "Posted on: …", "Photo: …": metadata, not a sentence
        return False
    words = _content_words(line)
    # The headline told again (a flattener's other spacing of it) is no standfirst.
    if not words or len(words - _content_words(lines[i - 1])) < len(words) / 2:
        return False
    # A caption holds its credit, which some flatteners also give as a line of its own.
    if any(len(other.split()) >= FRAGMENT_MIN_TOKENS and other != line and other in line
           for other in lines[i + 1:body[0]]):
        return False
    opening = set().union(*(_content_words(lines[j]) for j in body[:TITLE_OPENING_LINES]))
    return len(words & opening) >= STANDFIRST_OVERLAP * len(words)


def _caption(line: str) -> bool:
    """A caption kept inside the article: sentences, then a credit instead of a last sentence
    ("… the square. Photo: Jane Doe", "… the square. © Jane Doe/Agency.")."""
    if _PROSE_END.search(line):
        # A full stop after the credit ("… Photo: Jane Doe.") is the caption's; a line
        # ending with any other stop, or a closer, ends a sentence.
        if not line.endswith(".") or line.endswith(".."):
            return False
        line = line[:-1]
    # A line whose only stops are initials is a credit line of its own ("Jane M. Doe/Agency").
    ends = list(_LAST_SENTENCE.finditer(line)) or list(_ANY_STOP.finditer(line))
    if not ends:
        return _labelled_credit(line) or _copyright_credit(line)
    tail = line[ends[-1].end():]
    size = len(tail.split())
    if size <= BRACKET_CREDIT_TOKENS and _BRACKET_CREDIT.match(tail) is not None:
        stops = list(_ANY_STOP.finditer(line))
        return len(stops) == 1 and line[stops[0].start()] == "."
    return ((size <= CAPTION_CREDIT_TOKENS and _CREDIT_MARK.search(tail) is not None)
            or _slash_credit(tail))


def _slash_credit(tail: str) -> bool:
    """A photographer and an agency parted by a slash ("Name / Agency via Other"), the
    word after the slash capitalised: at most SLASH_CREDIT_TOKENS tokens, no brackets."""
    return (len(tail.split()) <= SLASH_CREDIT_TOKENS and not _BRACKETS.search(tail)
            and any(m[1].isupper() for m in _SLASH.finditer(tail)))


def _labelled_credit(line: str) -> bool:
    """A caption of no full sentence that ends with a labelled, slashed credit ("… at the
    polls in 2021 Photo: Jane Doe/agency"; some flatteners glue the label to the caption's
    last word): a phrase of CAPTION_MIN_WORDS words or more, a colon, then at most
    SLASH_CREDIT_TOKENS tokens, the first capitalised, holding a slash between two words. A
    headline's label comes first ("Analysis: …"), and prose ends with a stop."""
    head, colon, tail = line.rpartition(":")
    words = tail.split()
    return (bool(colon) and len(head.split()) >= CAPTION_MIN_WORDS
            and 0 < len(words) <= SLASH_CREDIT_TOKENS and words[0][0].isupper()
            and not _BRACKETS.search(tail) and _SLASHED_WORDS.search(tail) is not None)


def _copyright_credit(line: str) -> bool:
    """A caption of no full sentence, CAPTION_MIN_WORDS words or more, then a copyright
    sign and at most SLASH_CREDIT_TOKENS tokens ("… (Archive) © Agency/dpa | Jane Doe")."""
    head, sign, tail = line.rpartition("©")
    return (bool(sign) and len(head.split()) >= CAPTION_MIN_WORDS
            and len(tail.split()) <= SLASH_CREDIT_TOKENS)


def _menu(line: str) -> bool:
    """A line of MENU_MIN_ITEMS items or more of at most MENU_ITEM_TOKENS words each, parted
    by a menu's separators ("Home | News | Sport", "Start › Welt › Asien"): a menu or a
    breadcrumb trail, in any script. A headline holds one separator at most between long parts."""
    if not _MENU_SEPARATOR.search(line):
        return False
    items = [item.split() for item in _MENU_SEPARATOR.split(line)]
    return (len(items) >= MENU_MIN_ITEMS
            and all(0 < len(item) <= MENU_ITEM_TOKENS for item in items))


def _labelled(line: str) -> bool:
    """A line that is not prose and is a box's label ("Mehr zum Thema") or opens with one
    ("Read more: <another headline>"; text holds no link to tell it apart, but a line of
    prose never comes here), by locate/boxes.py's words. Stamps (locate/stamps.py) are
    not tested here: on the train pages a stamp left out before the headline moved the
    headline and date passes and cost more article lines than it saved."""
    return is_box_label(line) or opens_with_label(line)


def _shouts(line: str) -> bool:
    shouted = sum(map(str.isupper, _WORD_2.findall(line)))
    return shouted >= SHOUT_MIN_WORDS and shouted >= SHOUT_SHARE * len(line.split())


def _furniture(lines: list[str], candidates: list[int], sizes: np.ndarray,
               templated: np.ndarray, opening_end: int, keys: list[str],
               counts: Counter[str]) -> set[int]:
    """Of `candidates`, the lines that are page furniture whatever their place: lines that
    recur elsewhere in the page (ads, "advertisement" slots, share bars, counters, sign-up
    boxes repeat; a page's article lines do not; case and a closing stop aside:
    `_repeat_keys`), short lines of a series (`templated`:
    TEMPLATE_MAX_TOKENS), menu lines (`_menu`), lines that shout in capitals (teasers and
    sign-up calls do; bylines have a capitalised name at most). Before `opening_end` (the
    first paragraph of prose), a line that holds another line of the page is furniture too
    (a teaser repeating a headline); further down, that test cost more article lines than
    furniture on the train pages. A paragraph of prose that comes back keeps its first copy
    in the article (pages and flatteners repeat a standfirst or a quote; the article holds
    it once); later copies are furniture. Shouting and holding another line are not tests
    for paragraphs of prose (a quote pulled out of the article repeats a part of it). A
    repeated or shouting line that is a subheading in its place (`_subhead`) stays. A
    caption that ends with its credit (`_caption`) is furniture: pages and some flatteners
    keep captions inside the article, between its paragraphs. So is a line that labels a
    box or opens with a box's label (`_labelled`). `keys` are the lines'
    `_repeat_keys`, `counts` how often each comes."""
    found: set[int] = set()
    if not candidates:
        return found
    others: list[str] | None = None  # made at the first line before the opening that needs it
    # Plain floats and bools: numpy scalars cost several times more to index and compare.
    size, serial = sizes.tolist(), templated.tolist()
    prose_lines = {i for i in candidates if _is_prose(lines[i], size[i])}
    # One pass over the prose lines joined (a word never spans the newline between two).
    # Made at the first subheading test that needs it (few pages have one).
    prose_words: set[str] | None = None
    seen: set[str] = set()
    for i in candidates:
        line, key = lines[i], keys[i]
        if i in prose_lines:
            furniture = counts[key] > 1 and key in seen
        else:
            # A subheading in its place stays, though it comes back elsewhere or shouts.
            furniture = ((serial[i] and size[i] <= TEMPLATE_MAX_TOKENS) or _caption(line)
                         or _menu(line) or _labelled(line))
            if not furniture and (counts[key] > 1 or _shouts(line)):
                if prose_words is None and i + 1 in prose_lines:
                    # One pass over the prose lines joined (no word spans a newline).
                    prose_words = _content_words("\n".join([lines[j] for j in prose_lines]))
                furniture = not _subhead(line, i, prose_lines, prose_words or set())
            if not furniture and i < opening_end:
                if others is None:
                    # Split at most FRAGMENT_MIN_TOKENS - 1 times: enough to count to it.
                    others = [other for other in dict.fromkeys(lines)
                              if len(other.split(None, FRAGMENT_MIN_TOKENS - 1))
                              >= FRAGMENT_MIN_TOKENS]
                furniture = any(o != line and o in line for o in others)
        if furniture:
            found.add(i)
        seen.add(key)
    return found


def python_repeat_keys(lines: list[str]) -> list[str]:
    """What two copies of one line share: a box told twice (a list, then its summary; a
    teaser, then the same in a button) differs in case and in its closing stop, and in
    any stops, closers and spaces ([\\W_]: what str.isalnum refuses) at its end.
    _text.repeat_keys is the compiled twin."""
    # rstrip with every such character of the page: in C, where a regular expression
    # anchored at the end would try a match at every space of every line.
    trailing = "".join(char for char in set("".join(lines)) if not char.isalnum())
    return [line.rstrip(trailing).casefold() for line in lines]


def _subhead(line: str, i: int, prose_lines: set[int], prose_words: set[str]) -> bool:
    """Whether a line that comes back in the page is a subheading in its place: it opens a
    paragraph of the article's prose and speaks of what that prose says. Pages repeat their
    subheadings in a table of contents or a live blog's summary; there, a heading is
    followed by the next heading, not by its paragraph. A line that ends with a full stop
    is no heading."""
    if i + 1 not in prose_lines or len(line.split()) < SUBHEAD_MIN_TOKENS:
        return False
    words = _content_words(line)
    return (bool(words) and not _SUBHEAD_STOP.search(line)
            and len(words & prose_words) >= SUBHEAD_VOCABULARY * len(words))


def _topic_words(text: str) -> set[str]:
    """The content words (`_content_words`) that are no function word of a language known:
    any prose shares "they", "were", "about" with the article; a paragraph of it, its subject."""
    return _content_words(text) - ALL_FUNCTION_WORDS


def _continuation(lines: list[str], kept: list[int], size: list[float], serial: list[bool],
                  keys: list[str], counts: Counter[str]) -> list[int]:
    """Paragraphs after the decoded end of the article (`kept`'s last line) that continue
    it, in order: runs of prose, each opened by a paragraph that speaks the article's words
    (GAP_VOCABULARY, or GAP_SHARED_WORDS when a later run follows), each after a box of at
    most GAP_MAX_BOX_LINES lines that are no prose (none at all: the run goes on where the
    decoder stopped). A box line must be of no series, or one of the lines the article
    itself holds between its paragraphs ("Article content", "Advertisement"): the name and
    date lines of a comment thread follow one template, and the article does not hold them.
    A box line may come back elsewhere in the page (a "most read" list that a sidebar
    repeats). `keys` are the lines' `_repeat_keys`, `counts` how often each comes."""
    end = kept[-1]
    # Most pages end with no prose close after the article: the article's words are made
    # only for those that do.
    if not any(_is_prose(lines[j], size[j])
               for j in range(end + 1, min(end + GAP_MAX_BOX_LINES + 2, len(lines)))):
        return []
    within = set(kept)
    inside = {keys[i] for i in range(kept[0], end) if i not in within}
    vocabulary = _topic_words("\n".join([lines[i] for i in kept]))
    # Each run, and whether its opening paragraph spoke few of the article's words.
    runs: list[tuple[list[int], bool]] = []
    while True:
        j = end + 1
        while (j < len(lines) and j - end <= GAP_MAX_BOX_LINES and not _is_prose(lines[j], size[j])
               and (keys[j] in inside or not serial[j]
                    or _repeated_teaser(size[j], counts[keys[j]]))):
            j += 1
        run: list[int] = []
        weak = False
        while j < len(lines) and _is_prose(lines[j], size[j]) and counts[keys[j]] == 1:
            if not run:
                words = _topic_words(lines[j])
                shared = len(words & vocabulary)
                if shared < GAP_VOCABULARY * len(words):
                    if shared < GAP_SHARED_WORDS:
                        break
                    weak = True
            run.append(j)
            j += 1
        if not run:
            break
        runs.append((run, weak))
        vocabulary |= _topic_words("\n".join([lines[i] for i in run]))
        end = run[-1]
    # A weakly opened run holds only when the article goes on after it.
    while runs and runs[-1][1]:
        runs.pop()
    return [i for run, _ in runs for i in run]


def _repeated_teaser(size: float, count: int) -> bool:
    """A line of a box that a sidebar repeats whole (a "read also" teaser shown again in a
    "most read" list): its template recurs because the line does, not because it is one of a
    series. Short lines that recur are a series' controls ("Reply", "Share"), which comment
    threads repeat under every comment."""
    return count >= TEMPLATE_MIN_REPEATS and size > TEMPLATE_MAX_TOKENS


def _lone_paragraphs(lines: list[str], keep: list[bool], size: list[float], keys: list[str],
                     counts: Counter[str]) -> list[int]:
    """Lines left out between two kept lines that are each a paragraph of prose, once in the
    page, between two kept paragraphs of prose: the article's. The decoder's switch price is
    tuned low, so one paragraph that the trees score just under the threshold falls out of
    the middle of the article (a box nearby lowers its neighbourhood's scores)."""
    found = []
    for i in range(1, len(lines) - 1):
        if (not keep[i] and keep[i - 1] and keep[i + 1] and counts[keys[i]] == 1
                and _is_prose(lines[i], size[i]) and _is_prose(lines[i - 1], size[i - 1])
                and _is_prose(lines[i + 1], size[i + 1])):
            found.append(i)
    return found


def _between_separators(lines: list[str], keep: list[bool], size: list[float], keys: list[str],
                        counts: Counter[str]) -> list[int]:
    """Sentences left out within the article, each between two copies of a separator that
    the article repeats between its paragraphs ("Article content", "Advertisement"): the
    article's. A page that parts every paragraph so gives the line model runs of one line,
    which it scores low as it does a box's lines. (A comment thread parts its comments by two
    different lines: a name or a date above, a "Reply" under.)"""
    kept = [i for i, k in enumerate(keep) if k]
    first, last = kept[0], kept[-1]
    held = Counter(keys[i] for i in range(first, last) if not keep[i])
    separators = {key for key, n in held.items() if n >= SEPARATOR_MIN_REPEATS}
    if not separators:
        return []
    return [i for i in range(first + 1, last)
            if not keep[i] and keys[i - 1] in separators and keys[i + 1] == keys[i - 1]
            and counts[keys[i]] == 1 and size[i] >= SENTENCE_MIN_TOKENS
            and _PROSE_END.search(lines[i]) is not None]


def _find_date(lines: list[str], around: list[int], reference: datetime) -> tuple[int, str] | None:
    for i in around:
        if 0 <= i < len(lines) and len(lines[i].split()) <= DATE_MAX_TOKENS:
            found = line_age(lines[i], reference)
            if found:
                return i, found.iso()
    return None


def _find_written_date(lines: list[str], around: list[int]) -> tuple[int, str] | None:
    """The nearest date written out that is no update's, else the nearest update's. A line
    too long for a date's line is read item by item where it is a byline's row (date_row.py:
    "Published Aug 28, 2024 • Last updated 1 hour ago • 4 minute read")."""
    items = {}
    for i in around:
        if 0 <= i < len(lines):
            line = lines[i]
            items[i] = [line] if len(line.split()) <= DATE_MAX_TOKENS else row_items(line)
    for update in (False, True):
        for i, texts in items.items():
            for text in texts:
                found = written_date(text, update) if len(text.split()) <= DATE_MAX_TOKENS else None
                if found:
                    return i, found
    return None


def _find_byline(lines: list[str], around: list[int]) -> tuple[list[str], list[str]] | None:
    """The first byline's (authors, agencies) among the lines near the headline, nearest
    first."""
    for i in around:
        if 0 <= i < len(lines):
            found = _byline_at(lines, i)
            if found:
                return found
    return None


def _signed_below(lines: list[str], last: int, article: Article) -> None:
    """The authors, and the date where none was read, of a page that signs its article under
    it, where nothing signed it around the headline: the first byline within the written
    date's reach after the article's last paragraph (`last`), an author box or a row of the
    article's data ("Kommentar von" then the name, "Autorin/Autor X"), with the date its
    box shows beside it ("28. 4. 2023, 18:41 Uhr" a line above). Every name must be a
    person's, capitalised words or a script without case: what follows an article signs
    comments too, under handles ("Passing_trucker") and with controls ("Jane Doe |
    Permalink")."""
    for i in range(last + 1, min(last + 1 + WRITTEN_DATE_MARGINS * DATE_MARGIN, len(lines))):
        found = _byline_at(lines, i)
        if found is None:
            continue
        if not found[0] or not all(is_names(name) or name.lower() == name.upper()
                                   for name in found[0]):
            return
        article.authors = found[0]
        article.agencies = list(dict.fromkeys([*article.agencies, *found[1]]))
        if article.date is None:
            beside = sorted(range(i - BOX_DATE_GAP, i + BOX_DATE_GAP + 2), key=lambda j: abs(j - i))
            written = _find_written_date(lines, [j for j in beside if j > last])
            if written is not None:
                article.date = written[1]
        return


def extract_text(text: str | bytes, url: str | None = None, **options: object) -> Article:
    """The article in flattened page text (one paragraph a line), with its metadata.

    Takes the same options as extract() (options.py), and the same contract: bytes are
    decoded and the input checked by the intake (intake.py), so that empty input or binary
    data raises ExtractionError, and text without an article gives an empty Article.
    `reference_time` (default: now, UTC) resolves relative dates. With explain=True,
    `Article.explain` holds one Decision per line (tag "line").
    """
    opts = Options.from_kwargs(**options)
    text = page_text(text, opts.http_charset)
    facts, explain = opts.facts, opts.explain
    lines = split_lines(text)
    article = Article(url=url, explain=[] if explain else None)
    if not lines:
        return article
    keep, sizes, proba, templated = load_model().locate(lines, TEXT_SHIFTS[opts.focus], text)
    kept = [i for i, k in enumerate(keep) if k]
    size = sizes.tolist()  # plain floats: numpy scalars are slow to index one by one
    if kept:
        # What recurs in the page, read by the pass past a box and by the furniture pass.
        keys = _repeat_keys(lines)
        counts = Counter(keys)
        for i in _continuation(lines, kept, size, templated.tolist(), keys, counts):
            keep[i] = True
            kept.append(i)
        holes = _lone_paragraphs(lines, keep, size, keys, counts)
        holes += _between_separators(lines, keep, size, keys, counts)
        if holes:
            for i in holes:
                keep[i] = True
            kept = [i for i, k in enumerate(keep) if k]
    # Lines dropped for a reason other than their score, for explain mode.
    why = Dropped(explain)
    if not kept:
        article.language = detect_language(text)
        return _explained(article, lines, proba, [], why)

    # Credits open (datelines) or close (credit lines) an article: they are looked for
    # around its first and last kept lines. A closing credit line ends the article (what
    # follows is the publisher's own material: appeals, related links).
    head = range(max(kept[0] - CREDIT_MARGIN, 0), min(kept[0] + CREDIT_MARGIN, len(lines)))
    tail = range(max(kept[-1] - 2 * CREDIT_MARGIN, head.stop),
                 min(kept[-1] + CREDIT_MARGIN + 1, len(lines)))
    looked_at = [*head, *tail]
    credits = read_credits([lines[i] for i in looked_at])
    credit_lines = {looked_at[i] for i in credits.credit_line_indexes}
    total = float(sum(sizes[i] for i in kept))
    end = len(lines)
    seen = 0.0
    for i in range(kept[0], tail.stop):
        if i in credit_lines and seen >= CREDIT_END_SHARE * total:
            end = i
            break
        if keep[i]:
            seen += size[i]
    body = [i for i in kept if i < end and i not in credit_lines]
    why.drop((i for i in kept if i >= end), "after the closing credit line")
    why.drop(credit_lines, "credit line")
    if not any(size[i] >= PARAGRAPH_MIN_TOKENS or len(lines[i]) >= PARAGRAPH_MIN_CHARS
               for i in body):
        # No article: the honest record is empty, whatever credits lie about.
        why.drop(body, "no paragraph on the page: not an article")
        article.language = detect_language(text)
        return _explained(article, lines, proba, [], why)
    article.contributors = credits.contributors
    article.agencies = credits.agencies

    # The article opens with its headline, when there is one before the first paragraph
    # of prose; from there on, what recurs elsewhere in the page or shouts is furniture.
    start = next((i for i in body if _is_prose(lines[i], size[i])), body[0])
    # Furniture leaves first, so that a box repeated inside the article cannot pass for
    # the opening that a headline must announce.
    noise = _furniture(lines, body, sizes, templated, start, keys, counts)
    why.drop(noise, "furniture: repeated, serial or shouting line, a menu or a caption")
    body = [i for i in body if i not in noise]
    if not body:
        return _explained(article, lines, proba, body, why)
    title_index = _find_title(lines, start, [i for i in body if i >= start])
    if title_index is not None:
        article.title = _colon_as_written(headline_spelling(lines, title_index),
                                          [lines[i] for i in body if i > title_index])
        why.drop((i for i in body if i < title_index), "before the headline")
        why.drop([title_index], "headline (the record's title)")
        body = [i for i in body if i > title_index]
        if not body:
            return _explained(article, lines, proba, body, why)
        if _standfirst(lines, title_index + 1, body, noise):
            body.insert(0, title_index + 1)
    reference = reference_now(opts.reference_time)
    anchor = title_index if title_index is not None else body[0]
    around = sorted(range(anchor - DATE_MARGIN, body[0] + DATE_MARGIN),
                    key=lambda i: abs(i - anchor))
    date = _find_date(lines, around, reference)
    if date is not None:
        article.date = date[1]
        why.drop([date[0]], "date line (the record's date)")
        body = [i for i in body if i != date[0]]
    # A date written out is the record's before an age, which holds only as well as the
    # reference time; its line stays in the body, as the older sets' articles keep "Posted
    # on May 3, 2012 by X" (the age's line goes, as it always did).
    # Share buttons and pictures' credits may stand between the headline and the date's
    # line: it is looked for further than an age (whose line leaves the body; this one
    # stays). On the train pages, 3 margins took the most dates on both halves of the sites.
    wide = sorted(range(anchor - WRITTEN_DATE_MARGINS * DATE_MARGIN,
                        body[0] + WRITTEN_DATE_MARGINS * DATE_MARGIN),
                  key=lambda i: abs(i - anchor))
    written = _find_written_date(lines, wide)
    if written is not None:
        article.date = written[1]
    byline = _find_byline(lines, wide)
    dated = written or date
    if byline is not None:
        article.authors = byline[0]
        article.agencies = list(dict.fromkeys([*article.agencies, *byline[1]]))
    else:
        article.authors = names_beside_date(lines, dated[0]) if dated is not None else []
        # Where no name stands beside the date's line, the nearest line that shows a time
        # alone (a story of the day, its day shown once at the page's top).
        timed = None if article.authors else next(
            (i for i in wide if 0 <= i < len(lines) and time_line(lines[i])), None)
        if timed is not None:
            article.authors = names_beside_date(lines, timed)
    if not article.authors:
        # From the article's last paragraph of prose: the line model keeps a short line
        # after it as often as not, the byline too.
        _signed_below(lines, max((i for i in body if _is_prose(lines[i], size[i])),
                                 default=max(body)), article)
    article.blocks = [Block(PARAGRAPH, lines[i]) for i in body]
    article.language = detect_language(article.text or text)
    if facts:
        found = read_facts(article.text, article.language, article.date)
        article.quotes, article.entities, article.dates = found.quotes, found.entities, found.dates
        article.facts_language = found.language
    return _explained(article, lines, proba, body, why)


def _explained(article: Article, lines: list[str], proba: np.ndarray, body: list[int],
               why: Dropped) -> Article:
    """Fill article.explain, when asked for, with one decision per line."""
    if article.explain is None:
        return article
    in_body = set(body)
    for i, line in enumerate(lines):
        if i in in_body:
            reason = "article"
        else:
            reason = why.reason(i) or ("boilerplate" if proba[i] < _BOILERPLATE_SCORE
                                    else "low article score")
        article.explain.append(Decision(text=line, kept=i in in_body, reason=reason,
                                        tag="line", path=f"line {i + 1}"))
    return article


try:
    from ._text import repeat_keys as _compiled_repeat_keys
except ImportError:  # installed without a C compiler: the Python twin gives the same keys
    _compiled_repeat_keys = None
_repeat_keys = _compiled_repeat_keys or python_repeat_keys
