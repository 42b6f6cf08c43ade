"""Byline labels: the words that introduce an author's name, in many languages.

"By Jane Doe", "Texte : Marie Dupont", "Текст: Иван Петров", "Publicado por: Ana Souza",
"Von Max Muster", "Autorin/Autor Max Muster". No maintained data set lists these (CLDR has
month and day names, not bylines), so the table is written here, one short line a language
family, and shared by the byline reader (which finds the line) and the author cleaner (which
cuts the label off).
"""

from __future__ import annotations

import re
import unicodedata

from ..alternation import alternatives
from .prefiltered import Prefiltered

# A verb of writing or publishing that may stand before the preposition: "Publicado por".
_VERBS = (
    "written posted reported published posté postée publié publiée rédigé rédigée écrit écrite "
    "geschrieben verfasst escrito escrita publicado publicada scritto scritta pubblicato "
    "pubblicata napisał napisała geschreven gepubliceerd skrevet skrivet publicerad "
    "написал написала опубликовал опубликовала erstellt erstellte eingestellt "
    # Spanish, Portuguese and Italian "drawn up" ("Redactado por X"), Romanian "written"
    # ("Scris de X"), Swedish "skriven av".
    "redactado redactada redigido redigida redatto redatta scris scrisă skriven "
    # Nouns that stand before "by"/"von" the same way: "Artikel von: X", "Recipe by X",
    # "Text von X", "Ein Kommentar von X", "Analysis by X", "Propos recueillis par X",
    # "Blog Beitrag von X", "Guest post by X".
    "artikel beitrag article story recipe rezept text texte texto testo kommentar kolumne "
    "blog blogbeitrag blogpost post guest "
    "gastbeitrag pressemitteilung analyse analysis commentary opinion column review "
    "chronique tribune propos recueilli recueillie recueillis recueillies columna opinión "
    "análisis bericht reporting reportaje reportagem words "
    # The article before such a noun: "Ein Kommentar von", "Une chronique par", "Un
    # article de".
    "ein eine une un"
).split()
# Prepositions: followed by a name with no colon ("By X", "Von X", "Por X", "Av X").
# Indonesian and Malay "oleh", Arabic "بقلم" (by the pen of), Hebrew "מאת", Thai "เขียนโดย"
# and Vietnamese "Viết bởi" (written by).
_PREPOSITIONS = ("by par von vom por di da door av af przez od від от oleh بقلم מאת เขียนโดย "
                 "viết\\s+bởi").split()
# Those that open sentences too ("Da sich …", "От редакции …") introduce no visible byline;
# "da" after the verb does: Italian "Scritto da X", "Redatto da X".
_LINE_PREPOSITIONS = ("by par von por di door av af przez oleh بقلم מאת เขียนโดย "
                      "viết\\s+bởi scritto\\s+da scritta\\s+da redatto\\s+da redatta\\s+da").split()
# The newsroom: a label ("Redaktion: X"), and the credit where no person signs.
DESKS = "redaktion redakcja rédaction redacción redazione"
# The nouns that name the writer: a byline may set them without a colon before a capitalised
# name ("Autoren Jelko Brandt und Jutta Keller", "Author Jane Doe"), where "Text of the law"
# or "Interview with" open no byline. The verbs of writing that stand so too: Czech and
# Slovak "Napsal", Croatian, Serbian and Bosnian "Napisao", "Piše", Slovenian "Napisal",
# Finnish "Kirjoittanut", Hungarian "Írta", Polish "Napisał(a)" (wrote, writes), Spanish
# "Escribe", Portuguese
# "Escreve", Italian "Scrive" (writes).
_WRITER_NOUNS = (
    "author authors auteur auteure auteurs autor autora autorin autore autori autoren autorzy "
    "forfatter författare skribent kirjoittaja szerző autorius autors yazar penulis автор "
    "авторы авторка avtor avtorica muhabir "
    # The feminine nouns: French and Italian "autrice", Polish, Czech and Slovak "autorka",
    # Croatian "autorica", Romanian "autoare"; Serbian "аутор", "ауторка".
    "autrice autorka autorki autorica autoare аутор ауторка "
    "napsal napsala napísal napísala napisao napisala napisal napisał napisała piše "
    "kirjoittanut írta "
    "escribe escriben escreve escrevem scrive scrivono"
).split()
# Nouns: a label, usually followed by a colon ("Text: X", "Autor: X", "Текст: X").
_NOUNS = _WRITER_NOUNS + (
    "text texte texto testo tekst teksti texti текст тэкст "
    "yazan συντάκτης κείμενο γράφει نویسنده लेखक szöveg haber tác\\s+giả words "
    "reporter reportage reportagem reportaje interview interviews entrevista intervista "
    + DESKS + " "
    "journalist journaliste periodista giornalista dziennikarz журналист "
    # Chinese and Japanese: author, reporter, editor in charge ("责任编辑：X").
    "作者 记者 記者 责任编辑 責任編輯 編集 "
    # Arabic "wrote" (he, she) and "prepared by" before a colon: "كتب: X".
    "كتب كتبت إعداد "
    "written\\s+by reported\\s+by"
).split()
# "Autorin/Autor", "Text/Foto", "Text und Fotos": a label may pair two of these.
# A noun may carry the German gender ending: "Autor*innen", "Redakteur:innen", "AutorInnen",
# "Autor/in", "AUTOR:IN" (not the first letters of a name glued to a colon: "Autor:Inga").
_GENDER_ENDING = r"(?:[*:_/]?innen|[*:_/]in(?![^\W\d_]))?"
# Each word list becomes its pattern through alternatives(): the plain alternation's
# matches, grouped by first letter so that a match costs a fraction (pressclip/alternation.py).
# A noun may name what it wrote: "Author of the article:", "Autor des Artikels:", "Auteur de
# l'article :", "Autor del artículo:", "Autore dell'articolo:", "Autor do artigo:".
_OF_THE_ARTICLE = (r"(?:\s+(?:of\s+the\s+(?:article|story|post)|des\s+(?:artikels|beitrags)"
                   r"|de\s+l['’]article|del\s+art[ií]culo|dell['’]articolo|do\s+artigo))?")
_NOUN = alternatives(sorted(_NOUNS, key=len, reverse=True)) + _GENDER_ENDING + _OF_THE_ARTICLE
_WRITER_NOUN = alternatives(_WRITER_NOUNS)
# Joined by "and" of English, German, French, Spanish, Portuguese and Italian, Russian, the
# Scandinavian languages, Dutch, Polish and Croatian "i", Czech "a", Finnish "ja"; the
# pictures' nouns of these: "Text och foto", "Tekst og bilder", "Tekst i zdjęcia",
# "Teksti ja kuvat".
_PAIRED_NOUN = (
    rf"{_NOUN}(?:\s*(?:/|&|und|and|et|y|e|и|og|och|en|i|a|ja)\s*"
    rf"(?:{_NOUN}|fotos?|photos?|bilder?|billeder|фото|zdjęci[ae]|kuvat?))?")
_PREPOSITION = alternatives(_PREPOSITIONS)
_LINE_PREPOSITION = alternatives(_LINE_PREPOSITIONS)
_VERB = alternatives(_VERBS)

# The label at the start of a byline, with what separates it from the name.
# Up to two: an article and a noun, or a noun and a verb ("Propos recueillis par").
_VERBS_BEFORE = rf"(?:{_VERB}\s+){{0,2}}"
# Romance "de" (of) opens too many phrases to be a label alone; after a writer's noun or
# verb, before a capitalised word, it introduces the name: "Reportagem de X", "Un article de
# X", "Texto de X".
_NOUN_THEN_OF = rf"(?:{_VERB}\s+){{1,2}}de(?=\s+(?-i:[A-ZÀ-ÖØ-Þ]))"
# The paper's own writer, named by the job after "our": "From our correspondent X", "De notre
# envoyé spécial à Kyiv, X", "Von unserem Korrespondenten X", "Dal nostro inviato X", "De
# nuestro corresponsal X", "Do nosso correspondente X", "Van onze correspondent X", "Fra vår
# korrespondent X", "Od naszego korespondenta X", "От нашего корреспондента X": the
# preposition, "our" in the case it governs, the job and the place it files from before a
# comma.
_FROM_WORDS = "from by von vom par de du door van dal del da do por fra från af od от".split()
_FROM = alternatives(_FROM_WORDS)
_OUR = ("(?:our|unserem|unserer|unseren|unserm|notre|nos|nuestro|nuestra|nuestros|nostro|"
        "nostra|nostri|nosso|nossa|nossos|onze|ons|vår|vårt|våre|vores|naszego|naszej|"
        "naszych|нашего|нашей|наших)")
_FILED_AT = r"(?:\s+(?:in|à|au|aux|a|en|em|im|in\s+der|aus|at|w|в|desde)\s+[^,]{2,40}?,\s*)?"
# The job's stem in those languages, and "special" before or after it ("envoyé spécial").
_OUR_JOB = (r"(?:special\s+|senior\s+)?(?:correspond|korrespondent|korespondent|corrispondent|"
            r"corresponsal|корреспондент|envoy|enviad|inviat|redakt|redact|rédact|reporter|"
            r"verslaggever|journalist|giornalist|periodist|editor|mitarbeiter|staff)[^\W\d_]*"
            r"(?:\s+(?:spécia|especia|specia)[^\W\d_]*)?")
_OUR_WRITER = rf"{_FROM}\s+{_OUR}\s+{_OUR_JOB}{_FILED_AT}"
# Chinese and Japanese "text" (the writing, beside the pictures' credit), set off by a slash,
# a middle dot, a bar or an equals sign as often as by a colon: "文/张三", "文・山田太郎",
# "取材・文：山田太郎" (reporting and text).
_CJK_TEXT = r"(?:取材\s*[・、]\s*)?文\s*[/／・|｜丨=＝:：]"
LABEL = (rf"(?:{_CJK_TEXT}|{_OUR_WRITER}|{_VERBS_BEFORE}{_PREPOSITION}|{_NOUN_THEN_OF}"
         rf"|{_PAIRED_NOUN})")
# What may stand before a label: "---- by X", "— Von X", "| By X" (a bar or a dot after the
# section's or the date's item before it).
_LEAD = r"[\s\-–—|·•]*"
# Every label opens with one of these words, after _LEAD's marks.
_OPENING_WORDS = tuple(sorted({w.split("\\")[0].lower()
                               for w in (*_VERBS, *_PREPOSITIONS, *_NOUNS, *_FROM_WORDS)}))
_DIGIT = re.compile(r"\d")
# _LEAD's characters in ASCII (its spaces are Python's: "\x1c" is one).
_ASCII_LEAD = "".join(c for c in map(chr, range(128)) if re.fullmatch(_LEAD, c))


def may_open_with_label(text: str) -> bool:
    """False only where no label can open the text: in ASCII, where ignoring case is
    lower-casing, the text after its leading marks opens with no label's word. Most author
    strings are a plain name ("Jane Doe"), which the labels' patterns need not read."""
    return (not text.isascii()
            or text.lstrip(_ASCII_LEAD).lower().startswith(_OPENING_WORDS))


def _holds_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


# A label with nothing after it stays: "Redaktion" alone is a desk's credit.
LABEL_PREFIX = Prefiltered(
    re.compile(rf"^{_LEAD}(?:{_VERB}\s+)?{LABEL}\b\s*[:：.\-–—]?\s*(?=\S)", re.I),
    may_open_with_label)
# A line that opens with a label then a name: "By X", "Text: X" (a noun needs its colon, or
# "Text of the law" would be a byline).
BYLINE_START = re.compile(
    rf"^{_LEAD}(?:{_CJK_TEXT}\s*|{_OUR_WRITER}\s*|{_VERBS_BEFORE}{_LINE_PREPOSITION}(?:\s*:\s*|\s+)"
    rf"|{_NOUN_THEN_OF}\s+"
    rf"|{_PAIRED_NOUN}\s*[:：]\s*)\w",
    re.I,
)
# Two forms of the noun may stand together, a slash between: "Autorin/Autor Jane Doe".
_WRITER_NOUN_THEN_NAME = re.compile(
    rf"^{_LEAD}{_WRITER_NOUN}{_GENDER_ENDING}(?:\s*/\s*{_WRITER_NOUN}{_GENDER_ENDING})?"
    rf"\s+(?=\w)",
    re.I,
)


def writer_noun_then_name(text: str) -> bool:
    """The text opens with a writer's noun and, without a colon, a capitalised word:
    "Autoren Jelko Brandt", "Autorin/Autor Jane Doe", not "Autor des Monats"."""
    match = _WRITER_NOUN_THEN_NAME.match(text)
    return match is not None and text[match.end()].isupper()


# A label after a date in one line: "Veröffentlicht am 8. Februar 2022 von X", "Datum:
# 19.11.2021 Autor: X", "Thursday, 4 May 2023 by X". The name follows the label; a
# writer's noun needs no colon there either: "Stand: 02.03.2022 Autorin Jane Doe",
# "Publicado el 3 de mayo, Escribe Ana Souza" (the cleaner reads what follows as a name).
# A text without a digit holds no date: the pattern is not tried on it.
LABEL_AFTER_DATE = Prefiltered(re.compile(
    rf"\d.*?\s(?:{_VERBS_BEFORE}{_LINE_PREPOSITION}\s*:?\s+|{_PAIRED_NOUN}\s*[:：]\s*"
    rf"|{_WRITER_NOUN}{_GENDER_ENDING}\s+)(?=\w)",
    re.I,
), _holds_digit)
# An element holding the label alone, the name in the text after it:
# "<strong>Autorin/Autor</strong> Roman Goncharenko".
LABEL_ONLY = re.compile(rf"^{_LEAD}{LABEL}\s*[:：]?\s*$", re.I)

# A picture's credit, never the article's byline, whatever element holds it: "Foto: X",
# "Photo by X", "Image: X", "Bild: X", "사진=X". It takes no byline's place.
PICTURE_CREDIT = re.compile(
    r"^\W*(?:fotos?|photos?|photographs?|photography|bilder?|pictures?|images?|imagen|"
    r"immagine|kuva|zdjęcie|фото|credits?|crédits?|crédito|illustrations?|grafik|사진|写真|"
    r"图片|圖片)\s*(?:[:：/©|=]|(?:by|von|de|par|di|por|av)\s)",
    re.I,
)
# An element holding a date label alone, the date in the text after it:
# "<strong>Datum</strong> 28.04.2023", "<span>Publié le</span> 5 juillet 2025".
_DATE_LABEL = (
    r"^\s*(?:date|datum|fecha|data|dato|päivämäärä|дата|published(?:\s+on)?|publié\s+le|"
    r"veröffentlicht(?:\s+am)?|publicado(?:\s+el|\s+em)?|pubblicato(?:\s+il)?|"
    r"gepubliceerd(?:\s+op)?|publicerad|opublikowano|опубликовано)\s*:?"
)
DATE_LABEL_ONLY = re.compile(rf"{_DATE_LABEL}\s*$", re.I)
# A text that opens with a date label, whatever follows: "Veröffentlicht am <span>…".
DATE_LABEL_START = re.compile(rf"{_DATE_LABEL}(?!\w)", re.I)

_DATE_WORDS = ("date datum fecha data dato päivämäärä дата published publié veröffentlicht "
               "publicado pubblicato gepubliceerd publicerad opublikowano опубликовано").split()
# Every label above opens with one of these words: a set lookup of a text's first word
# spares the patterns on the hundreds of texts near a headline that open otherwise.
FIRST_WORDS = frozenset(
    w.split("\\")[0].casefold()
    for w in (*_VERBS, *_PREPOSITIONS, *_NOUNS, *_DATE_WORDS, *_FROM_WORDS, "文", "取材")
)
_LEAD_ONLY = re.compile(_LEAD)


def opens_with_label(text: str) -> bool:
    """True when the text's first word can open a byline or a date label. A word is its
    letters and the marks that combine with them: the vowel signs of Devanagari, Thai and
    other scripts are no letters ("लेखक", "เขียนโดย")."""
    start = _LEAD_ONLY.match(text).end()
    end = start
    while end < len(text) and (text[end].isalpha() or (
            end > start and unicodedata.category(text[end])[0] == "M")):
        end += 1
    return end > start and text[start:end].casefold() in FIRST_WORDS
