"""The words that tell a person's name from a job's, a desk's or a wire's.

Tables authors.py (and the byline readers) compare a name's words with: conjunctions that
join names, job titles and role words in many languages, name particles, desks,
placeholders, degrees, legal forms and a date's words; and the tests built on them alone:
a name's normal form, a desk's name, a wire's credit.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..credits import canonical_agency
from .labels import DESKS

_SPACES = re.compile(r"\s+")
_PUNCTUATION = re.compile(r"[^\w\s]")

# "And" between two names, in lower case: English, French, German, Spanish, Portuguese and
# Italian, Catalan and Croatian "i", Norwegian and Danish, Swedish, Dutch, Polish "oraz",
# Russian, Bulgarian and Serbian "и", Ukrainian "і", "й" and "та", Finnish and Estonian "ja",
# Hungarian "és", Turkish "ve", Indonesian and Malay "dan", Romanian "și" (with its cedilla
# form), Greek "και", Lithuanian "ir". Not Czech "a", Slovene "in" or Latvian "un": words of
# other languages' bylines too ("Jane Doe in Berlin"). Then "with" in a few languages.
CONJUNCTIONS = (
    "and et und y e i og och en sowie oraz и і й та ja és ve dan și şi και ir".split())
WITH = "with avec mit con".split()
# Reporters, correspondents, editors, columnists and journalists in English, German,
# French, Spanish, Portuguese, Italian, Dutch, the Scandinavian languages, Polish, Czech,
# Russian and Ukrainian.
TITLES = frozenset(
    """reporter correspondent editor columnist journalist photographer writer chefredakteur
    chefredakteurin redakteur redakteurin korrespondent korrespondentin journaliste
    rédacteur rédactrice periodista giornalista
    repórter reportero reportera correspondente corresponsal corrispondente inviato inviata
    enviado enviada jornalista redator redatora redactor redactora redattore redattrice
    colunista columnista cronista editorialista verslaggever redacteur redaktør redaktör
    redaktor redaktorka dziennikarz dziennikarka korespondent korespondentka zpravodaj
    zpravodajka корреспондент кореспондент журналист журналіст журналістка редактор
    редакторка обозреватель оглядач editor-in-chief editor-at-large""".split()
)
# Words that name a job or an organisation, never a person (several languages).
ROLE_WORDS = frozenset(
    """staff writer writers reporter reporters correspondent correspondents editor editors
    contributor contributors columnist columnists journalist journalists photographer
    photographers senior chief deputy managing associate contributing special political
    economics business science health technology sports culture desk team staff
    newsroom admin administrator guest author authors updated posted published comments
    ceo cfo cto coo founder cofounder gründer gründerin fondateur fondatrice fundador
    beiträge posts artikel articles
    übersetzt übersetzung translated translation traduit traduction traducido traducción
    tradotto traduzione
    comment share follow email twitter facebook rédaction rédacteur rédactrice journaliste
    correspondant correspondante envoyé envoyée spécial spéciale chroniqueur chroniqueuse
    reporteur photographe publié redaktion redakteur redakteurin korrespondent
    korrespondentin autor autorin aktualisiert veröffentlicht redacción redactor
    redactora corresponsal periodista actualizado redazione giornalista corrispondente
    news press media agency agence agentur group groupe verlag online magazine magazin
    chefredakteur chefredakteurin chefredaktion photo photos foto fotos фото newspaper
    journal zeitung tribune gazette radio tv edition editions ausgabe édition edición
    edizione
    television télévision fernsehen inc ltd llc gmbh corp company""".split()
) | TITLES
# A person's job title after the name ("신현주 기자", "山田太郎 記者", "Christoph Hahn
# Chefredakteur") is cut off, where another role word means the whole part is no name.
# A Korean, Japanese or Chinese name is one word; elsewhere two words must stay.
CJK_TITLES = frozenset(
    "기자 특파원 선임기자 논설위원 편집위원 記者 特派員 编辑 记者 特派员".split()
)
# A line of names in a script without capitals, each followed by its job and maybe its
# e-mail address, is a byline though no label opens it: "홍길동 기자", "순천, 광양 홍길동 기자
# hong@example.kr", "山田太郎 記者", "김철수 기자 kim@example.kr 이영희 기자 lee@example.kr".
# Its words are all Hangul, Kana or CJK ideographs: a caption's "[사진 = 홍길동 기자]" or a
# sentence's punctuation is none.
MAX_CJK_BYLINE_WORDS = 12
_ADDRESS = re.compile(r"\S+@\S+")
_CJK_WORD = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]+")
# A follow button's word beside the name in a visible byline box: "Jane Doe Follow",
# "Folge Oliver Brandl auf Facebook", "Suivre Marie Dupont". It goes; the name stays.
FOLLOW_WORDS = frozenset(
    "follow folgen folge suivre seguir sigue segui volg volgen følg följ obserwuj".split()
)
# Lower-case words inside people's names: "Ursula von der Leyen", "Luiz Inácio da Silva".
NAME_PARTICLES = frozenset(
    "von vom zu zum van der den ter ten de del della dei degli di da das dos du la le les lo "
    "y e i bin ibn al el ben bint af av".split()
)
# A desk's name alone ("Redaktion") is the credit where no person signs, never a person.
DESK_NAMES = frozenset(DESKS.split())
# Words that make a name a newsroom's: "IN-Redaktion", "MND Staff", "PETA-Team".
DESK_WORDS = DESK_NAMES | frozenset("staff team desk newsroom editorial".split())
# "Anonymous" in the languages of the sets and their neighbours, and CMS accounts' default
# names ("super user"), are no one's name.
PLACEHOLDERS = frozenset(("admin", "administrator", "webmaster", "no author", "unknown",
                          "anonymous", "anonym", "anonyme", "anónimo", "anonimo", "anônimo",
                          "anoniem", "anonim", "аноним", "анонім", "匿名", "super user",
                          "guest", "gast", "гость", "invité", "invitado",
                          "user", "root", "editor", "author", "autor", "publisher"))
# Degrees a byline sets after the name, as the name's part after a comma: "Jane Doe, MA".
DEGREES = frozenset("ma ms msc bsc ba md phd mba mph rn dds".split())
LEGAL_FORMS = frozenset("gmbh inc ltd llc corp ag sa sarl srl bv nv plc kg ohg ug".split())
# Words that announce a byline's date after the names, and its prepositions.
DATE_WORDS = frozenset(
    """published publiziert veröffentlicht aktualisiert updated posted stand publié publiée
    publicado publicada actualizado pubblicato aggiornato gepubliceerd bijgewerkt
    am on le el il den op em um at à i w в last""".split()
)


# The site's names are compared with every candidate a page's readers clean (a dozen calls a
# page on the same few strings).
@lru_cache(maxsize=4096)
def normal_name(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _PUNCTUATION.sub(" ", text)).strip()


def bare(word: str) -> str:
    """A word of a name compared with the word lists: case-folded, edge punctuation off (a
    cheaper normal_name for one word)."""
    return word.casefold().strip(".,:;'\"()")


# The words after a wire's name that name its desk or its writers.
WIRE_STAFF_WORDS = DESK_WORDS | frozenset(
    "editorial writer writers sports business political economics science health".split())


def is_desk(name: str) -> bool:
    """The name is a newsroom's ("Redaktion", "Sport Desk"), not a person's or a label's."""
    return any(word in DESK_WORDS for word in normal_name(name).split())


def agency(name: str) -> str | None:
    """The wire a credit names, its desk's or its writers' words after it too: "Reuters
    Editorial", "AFP Staff", "dpa Redaktion", "Associated Press Writer", "AP Sports
    Writer", "AP Entertainment Writer"."""
    credit = wire_credit(name)
    return credit[1] if credit else None


def wire_credit(name: str) -> tuple[str, str] | None:
    """The wire's name as the credit writes it, without its desk's or writers' words, and
    the wire: ("The Associated Press", "Associated Press") for "The Associated Press
    Writer"."""
    agency = canonical_agency(name)
    if agency is not None:
        return name, agency
    words = name.split()
    if len(words) > 1 and (bare(words[-1]) in WIRE_STAFF_WORDS or bare(words[-1]) in TITLES):
        # The wire's name, then its beat, its desk or its writers: "AP Entertainment Writer".
        for end in range(len(words) - 1, 0, -1):
            written = " ".join(words[:end])
            if agency := canonical_agency(written):
                return written, agency
    return None


def cjk_byline(text: str) -> bool:
    """The text is names, each followed by its job (CJK_TITLES), in scripts without capitals:
    "홍길동 기자", "김철수 기자 kim@example.kr 이영희 기자 lee@example.kr"."""
    # Most texts hold no such job: a substring test a job is cheaper than any pattern.
    if not any(title in text for title in CJK_TITLES):
        return False
    words = _ADDRESS.sub(" ", text).replace(",", " ").replace("、", " ").split()
    return (1 < len(words) <= MAX_CJK_BYLINE_WORDS and words[-1] in CJK_TITLES
            and words[0] not in CJK_TITLES and all(_CJK_WORD.fullmatch(w) for w in words))
