# cython: language_level=3
"""The mention finder's loop over name runs compiled, beside its twin.

find_mentions (twin names.python_find_mentions) is the same code as its twin, line for line,
with its counters, offsets, words and flags typed, and the tests it asks of every run
compiled with it: sentence_start (twin names.python_sentence_start), next_to_cue (twin
names.python_next_to_cue) and is_cue (twin lexicon.is_cue). So are the canonical forms the
entities and the speakers read of the mentions: canonical_names and shared_surnames (twins
name_forms.python_canonical_names, name_forms.python_shared_surnames, with _fold, _accents and
_initials as C functions), the acronym test they ask (is_acronym, twin name_forms._is_acronym)
and the entity records made of the typed mentions (entity_records, twin
entities.python_entity_records), and the two passes over the mentions after the loop
(_join_coordinated_organisations, _people_named: C functions beside their twins in
name_kinds.py). The word lists are bound once, as C
globals, instead of being looked up by name at every word. The helpers asked of few runs
are the twin's own. tests/test_facts_compiled_loops.py holds each to its twin on
crafted, random and real texts.
"""

import unicodedata
from collections import Counter

from cpython.object cimport PyObject, PyTypeObject
from cpython.unicode cimport Py_UNICODE_ISALPHA, Py_UNICODE_ISUPPER

from ..record import Entity

from .lexicon import CUE_FORMS, INVERTED_CUE, capital_stopwords
from .name_context import (
    DESCRIBED,
    POSSESSIVE,
    _described,
    _descriptor,
    _epithet_glued,
    _introduced,
    _known_place,
    _named_thing,
    _opener_glued,
    _opening_place,
    _paired,
    _organisation_head,
    _plays,
    _scored,
    _speaks,
    kind_named,
    lower_words,
)
from .name_kinds import (
    bodies_by_evidence,
    AND_JOIN,
    LEGAL_FORMS,
    _field_before_a_body,
    NAME_ARTICLES,
    POSSESSOR_WORDS,
    _classify,
    _place_before_title,
    _possessor,
    civility_name,
    members_plural,
    lowercase_demonym,
)
from .names import (
    ORG_WORDS,
    _JOINING_OR_THE,
    AGE,
    DASH_GLUED,
    DATE_ABBREVIATIONS,
    DATELINE_DASH,
    ELISION,
    NAMED_WORDS,
    POSSESSIVE_AFTER,
    PREPOSITIONS,
    RANK,
    ROLE_NOUNS,
    TITLE_COMPLEMENTS,
    TITLES,
    TRAILING_INITIALS,
    TRAILING_PARTICLES,
    Mention,
    PLACE_WITH_TITLE,
    _after_role_complement,
    _first_name,
    _inner_first_name,
    _title,
    name_runs,
    sentence_starts,
    stopwords_or_titles,
)
from .given_names import given_names
from .name_parts import month_given_name
from .sentence_openers import inner_words, only_in_later_names
from .places import fold, places

# The word lists, bound once (the same objects: the lists are complete at import).
cdef object _CUES = CUE_FORMS
cdef object _INVERTED_BASES = frozenset({"a", "avait", "ont"})
cdef object _TITLES = TITLES
cdef object _ROLES = ROLE_NOUNS
cdef object _NAMED = NAMED_WORDS
cdef object _PREPOSITIONS = PREPOSITIONS
cdef object _TRAILING = TRAILING_PARTICLES
cdef object _DATES = DATE_ABBREVIATIONS
cdef object _JOIN_OR_THE = _JOINING_OR_THE
cdef object _COMPLEMENTS = TITLE_COMPLEMENTS
cdef object _ARTICLES = NAME_ARTICLES
cdef Py_ssize_t _PLACE_WITH_TITLE = PLACE_WITH_TITLE
cdef Py_ssize_t _POSSESSOR_WORDS = POSSESSOR_WORDS


cdef extern from "Python.h":
    int PyObject_GenericSetAttr(object o, object name, object value) except -1


cdef type _MENTION = Mention
cdef type _ENTITY = Entity
cdef tuple _NO_ARGS = ()


cdef object new_mention(str text, Py_ssize_t start, Py_ssize_t end, str type, object titled,
                        object after_preposition):
    """Mention(text, start, end, type, titled, after_preposition), its slots set from C:
    the same object, without the Python frame of Mention.__init__ and its six calls of the
    slots' setters (a text makes thousands of mentions). The generic setter stores through
    the slots' descriptors, as those calls do; the frozen class's __setattr__, which
    raises, is not asked."""
    m = (<PyTypeObject *> _MENTION).tp_new(_MENTION, <PyObject *> _NO_ARGS, NULL)
    PyObject_GenericSetAttr(m, "text", text)
    PyObject_GenericSetAttr(m, "start", start)
    PyObject_GenericSetAttr(m, "end", end)
    PyObject_GenericSetAttr(m, "type", type)
    PyObject_GenericSetAttr(m, "titled", titled)
    PyObject_GenericSetAttr(m, "after_preposition", after_preposition)
    return m


def entity_records(list mentions, dict canonical):
    """entities.python_entity_records: each mention as an Entity, its slots set from C as
    new_mention sets a Mention's (a text has hundreds of entities, and the frozen
    dataclass's own __init__ sets each field through object.__setattr__)."""
    cdef list out = []
    for m in mentions:
        name = m.text
        entity = (<PyTypeObject *> _ENTITY).tp_new(_ENTITY, <PyObject *> _NO_ARGS, NULL)
        PyObject_GenericSetAttr(entity, "text", name)
        PyObject_GenericSetAttr(entity, "type", m.type)
        PyObject_GenericSetAttr(entity, "start", m.start)
        PyObject_GenericSetAttr(entity, "end", m.end)
        PyObject_GenericSetAttr(entity, "canonical", canonical.get(name, name))
        out.append(entity)
    return out


cpdef bint is_acronym(str word):
    """name_forms._is_acronym, by one loop over the characters (the twin's cache costs more than
    the loop; canonical_names asks it of every mention three times)."""
    cdef Py_UCS4 c
    cdef Py_ssize_t letters = 0
    for c in word:
        if Py_UNICODE_ISALPHA(c):
            if not Py_UNICODE_ISUPPER(c):
                return False
            letters += 1
    return letters >= 2


cpdef bint is_cue(str word):
    """lexicon.is_cue."""
    cdef str w = word.lower()
    if w in _CUES:
        return True
    if "-" not in w:
        return False
    base = INVERTED_CUE.sub("", w)
    return base != w and (base in _CUES or base in _INVERTED_BASES)


cpdef bint next_to_cue(str text, Py_ssize_t start, Py_ssize_t end):
    """names.next_to_cue."""
    cdef list before = text[max(0, start - 25) : start].rsplit(None, 1)
    cdef list after
    if before and not before[-1].endswith(",") and is_cue(before[-1].strip(",")):
        return True
    if text[end:end + 1] in ",.":  # "" too: the text's end
        return False
    after = text[end : end + 25].lstrip(")").split(None, 1)
    return bool(after and is_cue(after[0].strip(",.")))


cpdef bint sentence_start(str text, Py_ssize_t pos):
    """names.sentence_start."""
    cdef Py_UCS4 last, second
    cdef str before
    if pos < 3:
        return True
    last = text[pos - 1]
    second = text[pos - 2]
    if last == u" " and second not in u" \t\u00a0.!?…\n:«“\"(-–—":
        return False
    if last != u"\n" and last.isspace() and \
            text.find(".", max(0, pos - 6), pos - 1) >= 0 and \
            RANK.search(text, max(0, pos - 6), pos):
        return False
    before = text[max(0, pos - 3) : pos].rstrip(" \t\u00a0")
    if before:
        last = before[len(before) - 1]
        if last in u"-–—" and DATELINE_DASH.search(text, max(0, pos - 16), pos):
            return True
    return not before or last in u".!?…\n:«“\"("


cdef inline bint _opens(dict known, str text, Py_ssize_t pos):
    """SentenceStarts.__call__: sentence_start once per position, in the text's table."""
    found = known.get(pos)
    if found is None:
        found = known[pos] = sentence_start(text, pos)
    return found

def find_mentions(str text, language=None):
    """names.python_find_mentions."""
    cdef list out = [], found, opening, words, prev, run_prev
    cdef dict known
    cdef set mid_sentence, runs, last_words, alone
    cdef dict inner_from
    cdef str run, w, name, last, prev_word, kind
    cdef Py_ssize_t run_start, run_end, start, end, i, first, n = len(text)
    cdef bint titled, complement, domain_cut, title, at_start
    lowercase_words = lower_words(text)
    cdef object stopwords = capital_stopwords(language)
    cdef object stop_or_title = stopwords_or_titles(language)
    # Each run's text, span and whether it opens a sentence, read once from its match: the
    # sets below and the cuts of the loop all ask them.
    opens_sentence = sentence_starts(text)
    found = name_runs(text)
    known = opens_sentence.known  # filled here for every run's start, in one loop
    opening = [_opens(known, text, run_start) for _, run_start, _ in found]
    alone = {run for (run, _, _), opens in zip(found, opening, strict=True) if not opens}
    inner_from = inner_words(found)
    mid_sentence = alone.union(inner_from)
    # "the EU's" -> "EU" (a word without an apostrophe has no possessive to lose)
    mid_sentence |= {POSSESSIVE.sub("", w) for w in mid_sentence if "'" in w or "’" in w}
    runs = {run for run, _, _ in found}
    # The surnames of the runs that open with a given name ("Xavier Vermeulen": "Vermeulen").
    last_words = {POSSESSIVE.sub("", r.split()[-1]) for r in runs
                  if " " in r and _first_name(r.split()[0])}
    for run, run_start, run_end in found:
        if " " not in run and run.lower() in stop_or_title and not is_acronym(run):
            continue  # "The", "Mais", "Mr": cut below to nothing; most runs are these
        start = run_start
        elided = ELISION.match(run) if run[1:2] in ("'", "’") else None
        if elided:
            start += elided.end()
        words = text[start : run_end].split()
        titled = False
        complement = False  # "Secretary of …": the words after "of" complete the title
        domain_cut = False  # the run's domain words were cut off before the name
        # Cut leading function words and titles ("Le président", "In", "M.").
        while words:
            w = words[0].lower()
            if len(words) == 1 and is_acronym(words[0]) and not titled:
                break  # "the DA", "AL": a party's or a team's initials, not a particle
            title = w in _TITLES or w.rstrip(".") in _TITLES or ("-" in w and _title(w))
            if title and len(words) > 1 and not civility_name(words) and (
                    _organisation_head(words[-1])
                    or (len(words) <= _PLACE_WITH_TITLE and fold(" ".join(words)) in places())):
                # "Justice Department", "General Motors", "St. Louis", "General Santos":
                # the title word is the name's.
                break
            if title:
                titled = True
            elif words[0] in _ARTICLES and len(words) > 1 and not titled and \
                    not _opens(known, text, start) and \
                    words[1].lower() not in _NAMED and \
                    not _known_place(" ".join(words[1:])):  # not "La France"
                # "selon Le Monde", "à La Haye": a capital article is the name's (not "Le
                # Conseil national", an institution the article introduces).
                break
            elif (w not in stopwords and not (
                    len(words) > 1 and is_cue(w) and _opens(known, text, start))) or \
                    month_given_name(words, lowercase_words):
                break  # "Said Porter" opens a sentence; "the State Department" is a name
            complement = titled and w in _COMPLEMENTS
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
            while start < n and text[start].isspace():
                start += 1
        if not titled and (len(words) == 3 or (len(words) > 3 and any(
                _first_name(w) for w in words[1:-1]))) and _after_role_complement(text, start):
            # "le ministre de la Santé Tomas Vondra": the complement, then the name; a
            # longer run holds a given name where the name begins ("le directeur adjoint du
            # Village Augustin Le Van Minh").
            complement = True
            titled = True
        if complement and len(words) >= 3 and not _named_thing(words):
            # "Secretary of State Marian Holloway": the name is the run's last two words,
            # or from the first given name on ("Secretary of State Helen Rodham Carter").
            first = next((i for i in range(1, len(words) - 2) if _first_name(words[i])),
                         len(words) - 2)
            start = text.index(words[first], text.index(words[first - 1], start)
                               + len(words[first - 1]))
            words = words[first:]
            domain_cut = True
        tail = None
        tail_kind = "place"
        if "of" in words[2:-1] \
                and not any(_organisation_head(w) for w in words[: words.index("of")]) \
                and all(w[:1].isupper() for w in words[: words.index("of")]) \
                and (words[words.index("of") + 1] != "the" or titled
                     or (words[0].lower() in given_names()
                         and _known_place(" ".join(words[words.index("of") + 2:])))
                     or words[words.index("of") - 2].lower() in given_names()):
            # "Michael Radek of Swanton", "Prof. Jane Roe of the University of X", "Tomas
            # Dvorak of the Czech Republic", "Mikkel Rothmann of the Skyline team": a
            # person from a place or an institution (a title or a given name before names a
            # person), not an organisation such as "Bank of the West".
            after = words[words.index("of") + 1:]
            place = after[1:] if after[0] == "the" else after
            if place and (_known_place(" ".join(place)) or after[0] == "the"):
                # The country, the city or the body ("of the Skyline team") is a name of
                # its own.
                tail = (run_end - len(" ".join(place)), run_end)
                tail_kind = "place" if _known_place(" ".join(place)) else "organization"
                if text[tail[0]:tail[1]] != " ".join(place):
                    tail = None
            words = words[: words.index("of")]
        # A title inside the run ("Linford Police Sgt. Lee Marlow") starts the name after it.
        for i in range(len(words) - 2, -1, -1):
            w = words[i].lower()
            if i == len(words) - 2 and w.endswith(("s'", "s’")) and \
                    _organisation_head(words[-1]):
                continue  # "Metal Workers' Union": the members' plural names the body
            # POSSESSIVE holds an apostrophe: searched only in a word with one.
            possessed = ("'" in w or "’" in w) and POSSESSIVE.search(w) is not None
            if (w in _TITLES or w.rstrip(".") in _TITLES or w in _ROLES
                    or ("-" in w and _title(w))
                    or possessed) and (possessed or not _named_thing(words[i + 1:])):
                if len(words) <= _PLACE_WITH_TITLE and fold(" ".join(words)) in places():
                    break  # "St. Louis"
                # Not "Advisor Council", "Commissioner Services": a body named by its role.
                possessor = _possessor(text, start, words[:i + 1], titled, run_start)
                if possessor is not None:
                    out.append(possessor)  # "New Zealand's Kyle Mills": both are names
                elif 0 < i <= _POSSESSOR_WORDS:
                    domain = _place_before_title(text, start, words[:i])
                    if domain is None and i == 1 and is_acronym(words[0]) and \
                            text.startswith(words[0], start):
                        # "NATO Secretary-General Javier Solana": the body an acronym names
                        domain = new_mention(words[0], start, start + len(words[0]),
                                         "organization", False, False)
                    if domain is not None:
                        out.append(domain)  # "Ivory Coast President Henri Konan Bedie"
                start = text.index(words[i + 1], text.index(words[i], start) + len(words[i]))
                titled = not POSSESSIVE.search(w)  # "Microsoft's Vista" is no title
                words = words[i + 1 :]
                break
        for i, w in enumerate(words[:-1] if len(words) > 1 else ()):
            if w.endswith(".") and words[i + 1].lower() in stopwords:
                words = words[:i + 1]  # "in Washington, D.C. She said": a new sentence
                break
        while words and (words[-1].lower() in _TRAILING or (
                len(words) > 1 and words[-1].lower() in stopwords)) and \
                not (len(words) == 1 and is_acronym(words[0])):
            words = words[:-1]  # "Dior Et c'est …": the name, then a new sentence
        if len(words) > 1 and members_plural(words[-1]):
            words = words[:-1]  # "Labour MPs": the party, then its members
        if not words or (len(words) > 1 and all(w.lower().rstrip(".") in _DATES
                                                for w in words)):
            continue  # "Thu Jan 10": a dateline, not a name
        first = _inner_first_name(words) if len(words) >= 3 else 0
        if first:
            # "Captain of the Northern Star Paul Brandt": the person's name starts at the
            # first name that follows a word that is no first name.
            for w in words[:first]:
                start = text.index(w, start) + len(w)
            start = text.index(words[first], start)
            words = words[first:]
            titled = True
        if len(words) >= 3 and _epithet_glued(text, start, words):
            # "ex-Lancer Ben Okafor": the description glued to its prefix is not the name's.
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        at_start = _opens(known, text, start)
        if at_start and len(words) >= 3 and (_descriptor(words[0], lowercase_words, words[1])
                                             or (" ".join(words[1:]) in runs
                                                 and _first_name(words[1]))) \
                and words[0].lower() not in given_names() \
                and not _known_place(words[0]) \
                and not (words[0].isupper() and words[0].capitalize() in mid_sentence):
            # Not "Marine" of "Marine Le Pen", "PAKISTAN V NEW ZEALAND", "HENMAN BEATS …".
            # "Linebacker Joey Marsh", "Australian Lloyd Harrow": a description, then the name
            # (named again without it; not "Nimal Yapa Derawanna", then "Yapa Derawanna": a
            # surname of two words, no given name, after the first).
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
            while len(words) > 1 and words[0] in _JOIN_OR_THE:
                # "Shares of Nakamura Electric": the common word's complement is the name.
                start = text.index(words[1], start + len(words[0]))
                words = words[1:]
        elif at_start and len(words) == 2 and \
                _opener_glued(words, lowercase_words, runs, mid_sentence):
            # "Was Zenfold the place …?": the sentence's first word, then the name.
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        if len(words) >= 2 and (_described(words, last_words) or (
                "-" in words[0] and DESCRIBED.match(words[0]) and words[1][:1].isupper())):
            # "Australian Chris Halloran", "Top-seeded Justine Lemaire", "Belgian Vermeulen":
            # a nationality or a hyphenated description before a person's name; a
            # hyphenated description before any name ("Second-placed St Helens").
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
        # POSSESSIVE holds an apostrophe: a word without one is its own sub(), tested just
        # before.
        if len(words) == 1 and at_start and (
                words[0] not in mid_sentence
                or only_in_later_names(text, words[0], start, inner_from, alone, runs)) \
                and (("'" not in words[0] and "’" not in words[0])
                     or POSSESSIVE.sub("", words[0]) not in mid_sentence) \
                and not (words[0].isupper() and words[0].capitalize() in mid_sentence) \
                and not _scored(text, run_end, words[0], lowercase_words, stopwords) \
                and not _introduced(text, run_end, words[0], lowercase_words, stopwords) \
                and not _speaks(text, run_end, words[0], lowercase_words, stopwords) \
                and not _plays(text, run_end, words[0], lowercase_words, stopwords) \
                and not _paired(text, run_end, words[0], lowercase_words, stopwords, alone) \
                and not kind_named(text, run_end, words[0], lowercase_words, stopwords) \
                and not text.startswith((" shares ", " stock "), run_end) \
                and not (is_acronym(words[0]) and len(words[0]) > 2) \
                and text[max(0, start - 2):start].strip() != "(" \
                and not _opening_place(text, start, POSSESSIVE.sub("", words[0]) if (
                    "'" in words[0] or "’" in words[0]) else words[0]):
            # "Sadly,", "Malgré", "Linebacker": capitalised only as a sentence opener; not
            # "(Reuters)" nor "( Reuters )" (tokenised text), a country, nor a dateline's
            # place ("LONDON 1996-12-06").
            continue
        end = run_end
        last = words[-1]
        end = text.index(last, text.index(words[-2], start) + len(words[-2])) + len(last) \
            if len(words) > 1 else start + len(last)
        name = text[start:end]
        possessive = POSSESSIVE.search(name) if "'" in name or "’" in name else None
        if possessive:
            end = start + possessive.start()
        # A trailing full stop belongs to the sentence unless the word is an initial or
        # spells one ("U.S.").
        if text[end - 1] == "." and not TRAILING_INITIALS.search(text[start:end]):
            end -= 1
        glued = DASH_GLUED.search(text, start, end) if text.find("-", start, end) >= 0 else None
        if glued is not None:
            end = glued.start()  # "Moscovici-qui accompagnait": a dash without its spaces
        if end <= start:
            continue
        prev = text[max(0, start - 20) : start].split()
        prev_word = prev[-1].lower() if prev else ""
        if (prev_word in _TITLES or prev_word.rstrip(".") in _TITLES) and \
                not lowercase_demonym(prev[-1]):
            titled = True
        # "avec M. Merz": the preposition stands before the title (not "du Village X": the
        # role's domain stands between). Most names are their whole run: the same words.
        run_prev = prev if start == run_start else text[max(0, run_start - 20) : run_start].split()
        if run_prev and run_prev[-1].lower() in _PREPOSITIONS and not domain_cut:
            prev_word = run_prev[-1].lower()
        if len(run_prev) >= 2 and run_prev[-1].lower() == "to" and \
                run_prev[-2].lower() == "according":
            prev_word = "according"  # the source of what follows, not a complement
        words = text[start:end].split()
        kind = _classify(tuple(words), titled, prev_word)
        if len(words) == 1 and kind == "organization" and not is_acronym(words[0]) \
                and next_to_cue(text, start, end):
            kind = "person"  # "raconte Ibrahim", "Gado said": somebody who speaks
        if len(words) == 1 and kind == "organization" and text[end:end + 1] == "," and \
                AGE.match(text, end):
            kind = "person"  # "Jeanne, 78 ans,", "Smith, 45,": only people have an age
        # A preposition or a possessive makes the name a complement ("Cricket Australia's
        # chief executive"), never the subject of the sentence (after_preposition).
        out.append(new_mention(
            text[start:end], start, end, kind, titled,
            prev_word in _PREPOSITIONS or (text[end:end + 1] in ("'", "’")
                                          and POSSESSIVE_AFTER.match(text, end) is not None),
        ))
        if tail is not None:
            out.append(new_mention(text[tail[0]:tail[1]], tail[0], tail[1], tail_kind, False,
                                   True))
    return bodies_by_evidence(text,
                              _people_named(_join_coordinated_organisations(text, out)))


cdef str _fold(str name):
    """The name without its diacritics."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii") \
        if not name.isascii() else name


cdef Py_ssize_t _accents(str name):
    return 0 if name.isascii() else sum(not c.isascii() for c in name)


cdef str _initials(str name):
    """ "British Educational Communications and Technology Agency" -> "BECTA";
    a one-word name spells its inner capitals ("GlaxoSmithKline" -> "GSK")."""
    if " " not in name:
        return "".join(c for c in name if c.isupper())
    return "".join(w[0] for w in name.split() if w[:1].isupper())


cdef list _join_coordinated_organisations(str text, list mentions):
    """name_kinds._join_coordinated_organisations."""
    cdef list out = []
    cdef Py_ssize_t gap, n = len(text)
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and (m.type == "organization" or (
                " " in m.text and m.text.rsplit(None, 1)[-1].lower() in ORG_WORDS)):
            # name_kinds._body_side ("Drug Administration" read as a person's). AND_JOIN
            # opens with blanks, then "and", "et" or "&": asked only where the first
            # character after the blanks that follow the previous name is a, e or &.
            gap = prev.end
            while gap < n and text[gap] != "\n" and text[gap].isspace():
                gap += 1
            if gap < n and text[gap] in "ae&" and \
                    AND_JOIN.fullmatch(text, prev.end, m.start) and \
                    prev.text.split()[-1].lower().rstrip(".") not in LEGAL_FORMS and (
                    {w.lower() for w in m.text.split()} & ORG_WORDS) and \
                    (len(prev.text.split()) > 1 or _field_before_a_body(text, prev, m)):
                out[-1] = new_mention(text[prev.start:m.end], prev.start, m.end,
                                      "organization", prev.titled, prev.after_preposition)
                continue
        out.append(m)
    return out


cdef list _people_named(list mentions):
    """name_kinds._people_named, its two passes over the person mentions in one."""
    cdef set surnames = set()
    cdef dict firsts = {}
    cdef list out = []
    cdef str name
    for m in mentions:
        if m.type == "person":
            name = m.text
            surnames.add(name.split()[-1])
            if " " in name:
                firsts.setdefault(name.split(None, 1)[0], set()).add(name)
    for m in mentions:
        name = m.text
        if m.type != "person" and " " not in name and (
                name in surnames or (len(firsts.get(name, ())) == 1 and _first_name(name)
                                     and fold(name) not in places())):
            out.append(new_mention(name, m.start, m.end, "person", m.titled,
                                   m.after_preposition))
        else:
            out.append(m)
    return out


def canonical_names(list mentions, str text=""):
    """name_forms.python_canonical_names."""
    cdef dict last_person, fullest, out, spelled
    cdef Py_ssize_t length, best_length
    # Each person's name once, in order, with its last mention: a name met again cannot
    # displace the fullest form (only a strictly fuller one does), and the last mention of a
    # name sets its entry below. A name is mentioned about twice on average.
    last_person = {}
    for m in mentions:
        if m.type == "person":
            last_person[m.text] = m
    fullest = {}
    for m in last_person.values():
        key = _fold(m.text.split()[-1])
        best = fullest.get(key)
        # "Rémy X" and "Remy X" are one person: the accented spelling is the careful one.
        if best is None:
            fullest[key] = m.text
            continue
        # (words, accents) compared in that order; the accents are counted on a tie only.
        length, best_length = len(m.text.split()), len(best.split())
        if length > best_length or (length == best_length and _accents(m.text) > _accents(best)):
            fullest[key] = m.text
    out = {}
    # "BECTA" stands for the organisation whose initials it spells.
    spelled = {}
    for m in mentions:
        if m.type != "organization":
            continue
        if " " in m.text:
            if m.text.count(" ") > 1:
                spelled[_initials(m.text)] = m.text
        elif sum(map(str.isupper, m.text)) > 2 and not is_acronym(m.text):
            spelled[_initials(m.text)] = m.text
    for before, m in zip(mentions, mentions[1:], strict=False):
        # "the Movement for … Delta (MEND)": the acronym stands for the name before it.
        if is_acronym(m.text) and before.type == "organization" and " " in before.text \
                and text[before.end:m.start] == " (" and text[m.end:m.end + 1] == ")":
            spelled.setdefault(m.text, before.text)
    for m in mentions:
        if m.type == "organization" and is_acronym(m.text) and m.text in spelled:
            out[m.text] = spelled[m.text]
    for m in last_person.values():
        full = fullest[_fold(m.text.split()[-1])]
        if full == m.text and " " not in m.text and m.titled:
            # "Dame Mary", "Sir Ian": a title before a first name.
            firsts = {f for f in fullest.values() if f.split()[0] == m.text and " " in f}
            full = firsts.pop() if len(firsts) == 1 else full
        # "Mory Koivogui" is not "Barrêt Koivogui": only a shorter form of it is expanded.
        folded = _fold(m.text)
        # "Al Qadiri" opening a sentence is "Rania al Qadiri": a particle's capital is the
        # sentence's.
        out[m.text] = full if " " not in m.text or _fold(full) == folded or \
            _fold(full).lower().endswith(" " + folded.lower()) else m.text
    return out


def shared_surnames(list mentions):
    """Start of each bare surname that several named people share -> the full name it
    stands for, which its text alone cannot tell (canonical_names gives the others).

    It stands for the one the article names most often (news style gives relatives and
    namesakes their first names: "Joe Castellano" is "Castellano", his wife stays "Sue
    Castellano"); between people named equally often ("Harvey and Bob Lindell"), for the
    one named last before it, else first after it."""
    cdef dict full_mentions = {}, out
    for m in mentions:
        if m.type == "person" and " " in m.text:
            full_mentions.setdefault(_fold(m.text.split()[-1]), []).append(m)
    out = {}
    for m in mentions:
        if m.type != "person" or " " in m.text:
            continue
        fulls = full_mentions.get(_fold(m.text), [])
        if len(fulls) < 2:
            continue  # one full mention names one person (most surnames)
        counts = Counter(_fold(f.text) for f in fulls)
        if len(counts) < 2:
            continue
        most = max(counts.values())
        fulls = [f for f in fulls if counts[_fold(f.text)] == most]
        before = [f for f in fulls if f.start < m.start]
        out[m.start] = (before[-1] if before else fulls[0]).text
    return out
