"""The mentions' spans set right before the vote: a name cut where its case or a link
says two names meet, joined to the adjectives and nouns French writes with it, read inside
headlines in capitals (entity_types.py votes on what these give; _votes.pyx holds the
compiled twins)."""

from __future__ import annotations

from .entity_cues import (
    ADJECTIVES_MAX,
    AND_ADJECTIVE,
    BODY_NOUN_BEFORE,
    BODY_NOUNS,
    COMPANY_ENDINGS,
    FOR_JOIN,
    FRENCH_ADJECTIVES,
    FRENCH_COMPLEMENT,
    HEADLINE_SPAN,
    LINK_BEFORE_NAME,
    NAMED_SUFFIXES_OR_TITLES,
    NAMED_THINGS,
    PARTY_STATE,
    PLACE_KIND_AFTER,
    PLACE_NOUN_BEFORE,
    PLACE_PREPOSITION_BEFORE,
    TITLE_VERBS,
    TOWN_ENDINGS,
    WORD_IN_RUN,
)
from .entity_words import all_capitals, given_name, nationality, word_in_capitals
from .lexicon import ORG_WORDS
from .name_context import lower_words as names_lower_words
from .names import Mention, find_mentions, sentence_starts
from .places import fold, major_cities, places

SPLIT_WORD = 4


def named_complement(mentions: list[Mention], text: str, end: int) -> Mention | None:
    """The name that completes a body's noun and adjectives ending at `end` after a French
    link: "École nationale supérieure" + "de Chimie de Paris". Not a person's ("la Banque
    centrale européenne de Christine X": a given name or a title opens it) nor a known
    place's ("Parlement européen de Strasbourg", the body's seat as often as its name)."""
    link = LINK_BEFORE_NAME.match(text, end)
    if link is None:
        return None
    after = next((o for o in mentions if o.start == link.end()), None)
    if after is None or after.titled or given_name(after.text.split()[0]) or \
            places().get(fold(after.text)):
        return None
    return after


def with_adjectives(mentions: list[Mention], text: str) -> list[Mention]:
    """French institutions and regions with the adjectives that complete their names, and
    the name after them that completes a body's (named_complement)."""
    out = []
    joined: set[int] = set()
    for m in mentions:
        last = m.text.split()[-1].lower()
        # Not after an acronym ("la CGT appelle", a verb in -elle).
        if m.type != "person" and not (" " not in m.text and m.text.isupper()) and (
                m.type == "organization" or last in ORG_WORDS or places().get(fold(m.text))):
            # A nationality after a proper name describes it ("le Hezbollah libanais"); after
            # a common noun it names the body ("Parlement européen", "Union européenne").
            proper = last not in ORG_WORDS and not places().get(fold(m.text))
            end = m.end
            if last in ORG_WORDS and m.type == "organization":
                # "Conseil de sécurité", "Cour des comptes": the complement that names it.
                found = FRENCH_COMPLEMENT.match(text, end)
                end = found.end() if found is not None else end
            for _ in range(ADJECTIVES_MAX):
                found = FRENCH_ADJECTIVES.match(text, end)
                if found is None or (proper and nationality(found.group(1))):
                    break
                end = found.end()
            if end > m.end:
                # "Union populaire écologique et sociale": a last adjective after "et".
                found = AND_ADJECTIVE.match(text, end)
                end = found.end() if found is not None else end
            if end > m.end:
                # A place with its adjectives is a part of it ("Suisse romande",
                # "Allemagne fédérale"); a body with them, the body.
                kind = "place" if places().get(fold(m.text)) else m.type
                after = named_complement(mentions, text, end) \
                    if kind == "organization" and last in ORG_WORDS else None
                if after is not None:
                    end = after.end
                    joined.add(after.start)
                m = Mention(text[m.start:end], m.start, end, kind, m.titled,
                            m.after_preposition)
        out.append(m)
    return [m for m in out if m.start not in joined] if joined else out


def with_place_nouns(mentions: list[Mention], text: str) -> list[Mention]:
    """French streets, squares, seas and districts with the noun that names them ("rue de
    Lausanne", "avenue Kléber", "quai d'Orsay", "mer Noire", "quartier Saint-François"):
    French writes the noun in lower case before the name, and the place is the whole."""
    out = []
    for m in mentions:
        # The noun's last letters or its link's before the name: most names have neither.
        tail = text[max(0, m.start - 3):m.start]
        if tail.endswith((" ", "'", "’")):
            noun = PLACE_NOUN_BEFORE.search(text, max(0, m.start - 24), m.start)
            linked = noun is not None and noun.end(1) + 1 != m.start
            if noun is not None and (noun.group(1) != "place" or not linked) and (
                    linked or places().get(fold(m.text)) is None):
                # "place Fédérale", not "la place de la Suisse"; "lac de Neuchâtel" (the
                # lake, not the town), but "mer Méditerranée" is the sea's name alone
                m = Mention(text[noun.start(1):m.end], noun.start(1), m.end, "place", False,
                            m.after_preposition)
        out.append(m)
    return out


def with_kind_after(mentions: list[Mention], text: str) -> list[Mention]:
    """English counties, rivers and streets with the kind word written in lower case after
    their name ("Wayne county", "Coosa river"): the place is the whole (with_place_nouns
    reads French, which writes its noun before the name). Not a person's name after a
    title ("Mr. Brown county": his office follows)."""
    out = []
    for m in mentions:
        if text[m.end:m.end + 1] == " " and not m.titled:
            kind = PLACE_KIND_AFTER.match(text, m.end)
            if kind is not None:
                m = Mention(text[m.start:kind.end()], m.start, kind.end(), "place", False,
                            m.after_preposition)
        out.append(m)
    return out


def with_body_nouns(mentions: list[Mention], text: str) -> list[Mention]:
    """French universities and ministries with the lower-case noun before their name
    ("université de Vienne", "ministère des Affaires étrangères"): the body is the whole
    (with_place_nouns does the same for streets and seas)."""
    if not any(noun in text for noun in BODY_NOUNS):  # most texts: nothing to read
        return mentions
    out = []
    for m in mentions:
        noun = BODY_NOUN_BEFORE.search(text, max(0, m.start - 20), m.start) \
            if text[m.start - 1:m.start] in (" ", "'", "’") else None
        if noun is not None:
            m = Mention(text[noun.start(1):m.end], noun.start(1), m.end, "organization", False,
                        m.after_preposition)
        out.append(m)
    return out


def case_parts(mentions: list[Mention], text: str, lower_words: set[str]) -> list[Mention]:
    """Words in capitals run into words in mixed case are a headline or a banner glued to
    the text beside it ("SUISSE Chambres fédérales", "PASCAL HOFER Assise", "Kellogg
    PARIS"): each part is read as a text of its own, when the part in capitals has two
    words or more, or one word of SPLIT_WORD letters or more that is a place or a word the
    text writes in lower case (not an acronym naming a body: "NATO Secretary", "US
    Marines"; nor a given name styled in capitals: "REBECCA Cooke")."""
    out: list[Mention] = []
    for m in mentions:
        words = m.text.split()
        if len(words) < 2:  # most names: no parts to read
            out.append(m)
            continue
        caps = [word_in_capitals(w) for w in words]
        if all(caps) or not any(caps) or (caps[0] == caps[-1]):
            out.append(m)
            continue
        cut = caps.index(not caps[0])  # the first word of the second part
        block = words[:cut] if caps[0] else words[cut:]
        if len(block) == 1:
            word = block[0]
            if len(word) < SPLIT_WORD or (fold(word) not in places()
                                          and fold(word) not in lower_words):
                out.append(m)
                continue
        tokens = list(WORD_IN_RUN.finditer(text, m.start, m.end))
        if len(tokens) != len(words):
            out.append(m)
            continue
        for start, end in ((m.start, tokens[cut - 1].end()), (tokens[cut].start(), m.end)):
            out += [Mention(p.text, p.start + start, p.end + start, p.type, p.titled,
                            p.after_preposition) for p in find_mentions(text[start:end])]
    return out


def in_headlines(mentions: list[Mention], text: str) -> list[Mention]:
    """A run of words in capitals that is no name as a whole is a headline or a banner: the
    countries, the places of several words and the names the text writes elsewhere in mixed
    case inside it are its names ("SOCCER - JAPAN GET LUCKY WIN": Japan; "AGASSI BEATS
    SAMPRAS" after "Andre Agassi": Agassi)."""
    # A name that opens with a letter, then a lower-case one, is not in capitals.
    if not any(" " in m.text and not (m.text[:1].isalpha() and m.text[1:2].islower())
               and all_capitals(m.text.split()) for m in mentions):
        return mentions  # most texts have no run in capitals: nothing to look up
    gazetteer = places()
    lowered = names_lower_words(text)
    known: dict[str, str] = {}
    # Whether each mention is in capitals, asked twice below; a name that opens with a
    # letter, then a lower-case one, is not (the shortcut spares most names the split).
    capitals = [not (m.text[:1].isalpha() and m.text[1:2].islower())
                and all_capitals(m.text.split()) for m in mentions]
    for m, in_capitals in zip(mentions, capitals, strict=True):
        if not in_capitals:
            known.setdefault(fold(m.text), m.type)
            if m.type == "person" and " " in m.text:
                known.setdefault(fold(m.text.split()[-1]), "person")
            elif " " in m.text and m.text.split()[-1].lower().rstrip(".") in COMPANY_ENDINGS:
                # "HALVORSEN SHIPPING" after "Halvorsen Shipping Ltd": headlines leave a
                # company's legal form out.
                known.setdefault(fold(m.text.rsplit(None, 1)[0]), "organization")
    out: list[Mention] = []
    for m, in_capitals in zip(mentions, capitals, strict=True):
        if not in_capitals:
            out.append(m)
            continue
        words = m.text.split()
        key = fold(m.text)
        if len(words) < 2 or key in gazetteer or key in known:
            out.append(m)
            continue
        tokens = list(WORD_IN_RUN.finditer(text, m.start, m.end))
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            for n in range(min(HEADLINE_SPAN, len(tokens) - i), 0, -1):
                start, end = tokens[i].start(), tokens[i + n - 1].end()
                part = fold(text[start:end])
                place = gazetteer.get(part)
                if place == "country" or (n > 1 and place) or part in known or (
                        place and part not in lowered
                        and PLACE_PREPOSITION_BEFORE.search(text, max(0, start - 6), start)):
                    # "… IN DUBLIN" (not "FOR THE REST", "ROBERT HAMILTON"); a name the
                    # text gives elsewhere keeps its reading there ("HAMILTON WINS" after
                    # "Lewis Hamilton"), unless a country's
                    kind = "place" if place == "country" or part not in known else known[part]
                    found.append(Mention(text[start:end], start, end, kind, False, False))
                    i += n
                    break
            else:
                i += 1
        if found or not _headline_line(text, m.start):
            out += found or [m]
        # else a run in a headline with nothing known inside: "PREMIER LEAGUE RESULTS"
    return out


def _headline_line(text: str, pos: int) -> bool:
    """The line around `pos` is written in capitals (a wire headline or a banner)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    return line.upper() == line


def _before_a_country(m: Mention, text: str, gazetteer: dict[str, str]) -> Mention:
    """ "Holders Egypt maintain …", "Hosts France": a word opening a sentence glued to a
    country's (or a major city's) name that follows it; the name is the country's."""
    words = m.text.split()
    if len(words) < 2 or fold(m.text) in gazetteer or m.titled or given_name(words[0]) or \
            words[-1].lower() in NAMED_THINGS:  # "Jhongye Island" ("Island": Iceland)
        return m
    tail = " ".join(words[1:])
    if (gazetteer.get(fold(tail)) != "country" and fold(tail) not in major_cities()) or not (
            # Only a common word, a role's plural or one the text writes in lower case
            # ("Hosts Madrid", "Holders Egypt"), not a name's first word ("Dynamo Moscow",
            # "Bayern Munich", "Air Canada").
            words[0].endswith("s") or words[0].lower() in names_lower_words(text)):
        return m
    if not sentence_starts(text)(m.start):
        return m
    start = m.end - len(tail)
    return Mention(tail, start, m.end, "place", False, m.after_preposition)


def split_runs(mentions: list[Mention], text: str) -> list[Mention]:
    """Two runs names.py joins into one name, cut apart:
    - "Bob Lee Maddux Is Home Again", "Jane Doe Says Taxes Will Rise": a headline in title
      case runs a name into its verb; the name ends before the verb (never its first word:
      "Will Smith");
    - "D-Ill.", "R-Texas": a party's initial and a member's state, one word for names.py;
    - "in Chicago for the Democratic National Convention": names.py joins capitalised words
      across "for (the)" ("Movement for the Emancipation of …"); where the words before it
      are a known place (or a town by its ending: "Brenkeville for Oberhausenburg"), the
      place and what follows are two names."""
    out = []
    for m in mentions:
        if " " not in m.text:
            if m.text[1:2] == "-" and m.text[:1] in "DRI":
                state = PARTY_STATE.match(text, m.start)
                if state is not None:
                    # "Lowell, D-Ill., said", "R-Texas": a party's initial glued to the
                    # member's state; the state is the name, with its abbreviation's stop.
                    m = Mention(state.group(1), state.start(1), state.end(1), "place", False,
                                False)
            out.append(m)  # most names
            continue
        words = m.text.split(" ")
        if not TITLE_VERBS.isdisjoint(words[1:]):
            cut = next(i for i in range(1, len(words)) if words[i] in TITLE_VERBS)
            name = " ".join(words[:cut])
            m = Mention(name, m.start, m.start + len(name), m.type, m.titled,
                        m.after_preposition)
        joined = FOR_JOIN.search(m.text) if " for " in m.text else None
        if joined is not None:
            head = fold(m.text[:joined.start()])
            if places().get(head) or (" " not in head and head.endswith(TOWN_ENDINGS)):
                out.append(Mention(m.text[:joined.start()], m.start, m.start + joined.start(),
                                   "place", m.titled, m.after_preposition))
                m = Mention(m.text[joined.end():], m.start + joined.end(), m.end, m.type,
                            False, True)
        out.append(m)
    return out


def opening_of(mentions: list[Mention], text: str) -> list[Mention]:
    """ "Thousands of US troops", "Results of English league matches": a common word
    opening a sentence, then "of": the name is what follows "of" (not "Bank of England",
    "University of Georgia", "Martyrs of Aleppo" that the text writes mid-sentence too)."""
    gazetteer = places()
    # A name of one word (most) is its own; a name without "of" has no common word before it.
    mentions = [_before_a_country(m, text, gazetteer) if " " in m.text or not
                m.text.isprintable() else m for m in mentions]
    if not any("of" in m.text and m.text.split()[1:2] == ["of"] for m in mentions):
        return mentions
    opens_sentence = sentence_starts(text)  # the mention finder asked it of most starts
    inside = {w for m in mentions if not opens_sentence(m.start) for w in m.text.split()}
    out = []
    for m in mentions:
        words = m.text.split()
        if len(words) >= 3 and words[1] == "of" and words[0] not in inside and \
                words[0].lower() not in NAMED_SUFFIXES_OR_TITLES and \
                fold(m.text) not in gazetteer and opens_sentence(m.start):
            rest = words[3:] if words[2] == "the" and len(words) > 3 else words[2:]
            start = text.index(rest[0], m.start + len(words[0]))
            m = Mention(text[start:m.end], start, m.end, m.type, m.titled, True)
        out.append(m)
    return out
