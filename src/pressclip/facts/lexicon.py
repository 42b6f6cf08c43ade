"""Word lists shared by the quote, entity and date finders (French and English).

The reporting verbs live in one module per language (lexicon_fr.py, lexicon_en.py); the
lists below still mix both languages.

Everything here is an immutable module-level constant built once at import.
"""

from __future__ import annotations

import re

# Reporting verbs, one module per language.
from .lexicon_en import (
    EN_CAPITAL_STOPWORDS,
    EN_CHARGE_LEADS,
    EN_FORMS,
    EN_INDEFINITE_ARTICLES,
    EN_LINK_OPENERS,
    EN_NOUN_DETERMINERS,
    EN_OBJECT_PRONOUNS,
    EN_PERSON_NOUNS,
    EN_SPEECH_NOUNS,
    EN_STEMS,
)
from .lexicon_fr import (
    FR_CAPITAL_STOPWORDS,
    FR_CHARGE_LEADS,
    FR_ER_ENDINGS,
    FR_ER_STEMS,
    FR_FORMS,
    FR_INDEFINITE_ARTICLES,
    FR_INFINITIVES,
    FR_LINK_OPENERS,
    FR_MODALS,
    FR_NOT_CUES,
    FR_NOUN_DETERMINERS,
    FR_OFFICE_NOUNS,
    FR_PASSIVE_AUXILIARIES,
    FR_PERSON_NOUNS,
    FR_PLURAL_INDEFINITE,
    FR_PREPOSITIONS,
    FR_SPEECH_NOUNS,
)

AUXILIARIES = (
    "a avait ont avaient aurait auraient has have had was were is will would also "
    "a-t-il a-t-elle ont-ils ont-elles avait-il avait-elle"
).split()
PRONOUNS = {
    "fr": {"il", "elle", "ils", "elles", "lui", "celui-ci", "celle-ci"},
    "en": {"he", "she", "they", "him", "her"},
}
# Cues of a question put to somebody: the words quoted next are the answer of the one asked.
ASKING = {"asked", "asks", "questioned", "interrogé", "interrogée", "interroge", "demandé",
          "demande"}
SPEECH_NOUNS = frozenset(FR_SPEECH_NOUNS) | frozenset(EN_SPEECH_NOUNS)
CHARGE_LEADS = frozenset(FR_CHARGE_LEADS + EN_CHARGE_LEADS)  # two words each
NOUN_DETERMINERS = frozenset(FR_NOUN_DETERMINERS) | frozenset(EN_NOUN_DETERMINERS)
# Pronouns that are never a verb's subject (English only: French "lui" may be one).
OBJECT_PRONOUNS = EN_OBJECT_PRONOUNS
PASSIVE_AUXILIARIES = frozenset(FR_PASSIVE_AUXILIARIES)
FRENCH_PREPOSITIONS = frozenset(FR_PREPOSITIONS)
OFFICE_NOUNS = frozenset(FR_OFFICE_NOUNS)
PLURAL_INDEFINITE = frozenset(FR_PLURAL_INDEFINITE)
# "Lire aussi : …", "Read more. …": a link paragraph, then a mark that is not a letter.
LINK_PARAGRAPH = re.compile(r"\s*(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in FR_LINK_OPENERS + EN_LINK_OPENERS)
    + r")\s*[.:\-–—]", re.IGNORECASE)
# Per language: French "a" is the verb avoir ("Jean Dupont a été élu"), never an article.
INDEFINITE_ARTICLES = {"fr": FR_INDEFINITE_ARTICLES, "en": EN_INDEFINITE_ARTICLES}

# Words that stand before a name as a title, never part of it ("Coun", "Cllr": a
# councillor's, in British papers).
TITLES = {
    "m.", "mm.", "mme", "mme.", "mlle", "mademoiselle", "mr", "mr.", "mrs", "mrs.", "ms",
    "ms.", "dr", "dr.",
    "pr", "pr.", "me", "prof.", "sgt.", "sgt", "lt.", "gen.", "col.", "capt.", "gov.",
    "sen.", "rep.", "st.", "sir", "dame", "lord", "monsieur", "madame", "président",
    "présidente", "president", "minister", "ministre", "chancelier", "chancellor",
    "secretary", "secrétaire", "judge", "juge", "general", "général", "mayor", "maire",
    "prince", "princess", "king", "queen", "roi", "reine", "pope", "pape", "father",
    "saint", "sainte", "officer", "detective", "sergeant", "captain", "colonel",
    "senator", "sénateur", "governor", "gouverneur", "premier", "chief", "coach",
    "professor", "professeur", "docteur", "maître", "abbé", "cardinal", "bishop",
    "évêque", "rabbi", "imam", "justice", "prime", "chairman", "chairwoman", "chairperson",
    "commissioner", "ambassador", "councillor", "coun", "cllr", "councilman", "councilwoman",
    "congressman", "congresswoman", "vice", "deputy", "pastor", "reverend", "rev.",
    "lieutenant", "admiral", "whip", "speaker", "sheriff", "treasurer", "superintendent",
    "representative", "commandant", "brigadier", "assemblyman", "assemblywoman",
    # English abbreviations of offices, written in capitals before the holder's name
    # ("Bangladesh PM Quorin Talvik", "Labour MP Quorin Talvik").
    "pm", "mp", "mep", "mla",
}
# Nationality nouns that stand before a name like a title ("Dutchman Robin Visser", "le
# Français Jo-Wilfried Tsonga") and stand for the person alone ("the Spaniard said").
# Only words that are never the first word of another name: "American" (Airlines),
# "Swiss" (Re) and the French country names ("Suisse", "Argentine") are left out.
DEMONYM_NOUNS = set(
    (
        "briton scot welshman welshwoman englishman englishwoman irishman irishwoman "
        "frenchman frenchwoman dutchman dutchwoman spaniard swede dane finn pole kiwi "
        "français française américain américaine britannique espagnol espagnole allemand "
        "allemande italien italienne néerlandais néerlandaise belge russe ukrainien "
        "ukrainienne brésilien brésilienne canadien canadienne japonais japonaise chinois "
        "chinoise australien australienne serbe croate polonais polonaise portugais "
        "portugaise suédois suédoise danois danoise norvégien norvégienne autrichien "
        "autrichienne tchèque"
    ).split()
)
TITLES |= DEMONYM_NOUNS
# Adjectives of a part of the world, capitalised in English as a people's word is: they
# describe an unnamed source ("a Western diplomat") as a nationality does, naming nobody.
REGION_ADJECTIVES = frozenset("western eastern northern southern occidental oriental".split())
# Nouns naming a person by their role ("le porte-parole", "the spokesman").
ROLE_NOUNS = {
    "porte-parole", "spokesman", "spokeswoman", "spokesperson", "maire", "mayor", "élu",
    "élue", "ministre", "minister", "président", "présidente", "president", "magistrat",
    "magistrate", "procureur", "procureure", "prosecutor", "avocat", "avocate", "lawyer",
    "attorney", "juge", "judge", "directeur", "directrice", "director", "official",
    "responsable", "officer", "chef", "chief", "leader", "dirigeant", "dirigeante",
    "professeur", "professor", "chercheur", "chercheuse", "researcher", "expert",
    "experte", "secrétaire", "secretary", "chancelier", "chancellor", "imam", "prêtre",
    "député", "députée", "sénateur", "sénatrice", "senator", "governor", "gouverneur",
    "premier", "sergent", "sergeant", "captain", "capitaine", "coach", "entraîneur",
    "fondateur", "fondatrice", "founder", "analyste", "analyst", "économiste",
    "economist", "diplomate", "diplomat", "candidat", "candidate", "manager", "ceo",
    "patron", "patronne", "commissaire", "commissioner", "policier", "détective",
    "actor", "acteur", "actrice", "actress", "star", "chanteur", "chanteuse", "singer",
    "ambassadeur", "ambassador", "auteur", "author", "writer", "écrivain", "témoin",
    "witness", "victime", "victim", "mère", "père", "mother", "father",
    # Ages, of either gender: "le sexagénaire", "l'octogénaire".
    "trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire",
    "octogénaire", "nonagénaire", "quarantenaire", "cinquantenaire",
    "militant", "militante", "activist", "médecin", "doctor", "infirmière", "nurse",
    "primatologist", "primatologue", "scientist", "scientifique", "ingénieur", "engineer",
    "journaliste", "journalist", "correspondent", "correspondant", "président-directeur",
    "recteur", "rectrice", "rector", "préfet", "préfète", "prefect", "conseiller",
    "conseillère", "adviser", "advisor", "adjoint", "adjointe", "sélectionneur",
    "spécialiste", "specialist", "historien", "historienne", "historian", "sociologue",
    "sociologist", "politologue", "anthropologue", "anthropologist", "habitant",
    "habitante", "resident", "agriculteur",
    "agricultrice", "farmer", "enseignant", "enseignante", "teacher", "étudiant",
    "étudiante", "student", "bâtonnier", "substitut", "executive", "exec", "assistant",
    "assistante", "lieutenant", "commandant", "consultant", "consultante", "pdg",
    "syndicaliste", "unionist", "colistier", "colistière",
    # Broadcasting: "the talk show host", "la présentatrice du journal".
    "host", "presenter", "anchor", "présentateur", "présentatrice", "animateur",
    "animatrice",
    # Sport: "Linebacker Joey Porter", "l'attaquant X".
    "player", "joueur", "joueuse", "linebacker", "quarterback", "cornerback", "receiver",
    "goalkeeper", "gardien", "striker", "attaquant", "midfielder", "defender", "défenseur",
    "winger", "ailier", "pitcher", "batsman", "bowler", "jockey", "cyclist", "cycliste",
    "sprinter", "sprinteur", "golfer", "golfeur", "boxer", "boxeur", "pilote",
    "finalist", "finaliste", "champion", "championne", "winner", "vainqueur", "veteran",
    "vétéran", "runner-up", "semifinalist", "demi-finaliste", "skipper",
}
DETERMINERS = {
    "le", "la", "les", "l'", "l’", "the", "un", "une", "des", "a", "an", "ce", "cette",
    "son", "sa", "ses", "his", "her", "their", "its", "leur", "du", "de",
}
# Nouns for an unnamed source that are no roles: "a source close to", "un témoin".
SOURCE_NOUNS = {"source", "aide", "insider", "witness", "témoin", "resident", "habitant",
                "habitante", "employee", "employé", "employée", "salarié", "salariée",
                "negotiator", "négociateur", "négociatrice", "proche", "conseiller",
                "conseillère", "adviser", "advisor", "member", "membre", "ténor", "cadre",
                "observateur", "observatrice", "observer", "collaborateur",
                "collaboratrice", "staffer", "participant", "participante", "connaisseur"}
# Nouns of a person by sex or age alone ("man", "femme").
PERSON_NOUNS = frozenset(EN_PERSON_NOUNS) | frozenset(FR_PERSON_NOUNS)
SOURCE_NOUNS |= PERSON_NOUNS
INDEFINITE = {"un", "une", "des", "d'", "d’", "a", "an", "some", "plusieurs", "several",
              "certains", "certaines", "many", "de", "quelques", "deux", "trois", "quatre",
              "cinq", "dix", "two", "three", "four", "five", "ten", "dozens", "dizaines"}
# Writings, not somebody: "le rapport décrit « … »" quotes a document, whose author the text
# may not name.
DOCUMENT_WORDS = set(
    (
        "rapport texte étude communiqué document lettre note décret loi article arrêté "
        "attendus courrier message tweet publication enquête sondage plainte motion "
        "résolution projet report study statement letter memo law bill text survey poll "
        "complaint resolution draft paper ruling judgment"
    ).split()
)
# Capitalised words that start sentences or name months/days, never a name by themselves,
# in a text of either language (capital_stopwords gives the list a text reads).
CAPITAL_STOPWORDS = set(EN_CAPITAL_STOPWORDS | FR_CAPITAL_STOPWORDS)
# English text reads the English list alone: French function words are surnames there
# ("Durant", "Pendant", "Car"). French text reads both, as French news quotes English
# titles, slogans and bodies ("The Lancet", "Thank You") and English function words are
# not French names.
_STOPWORDS_BY_LANGUAGE = {"en": EN_CAPITAL_STOPWORDS}


def capital_stopwords(language: str | None) -> frozenset[str] | set[str]:
    """The capitalised words that are no names in a text of `language` ("en", "fr", None
    when not known)."""
    return _STOPWORDS_BY_LANGUAGE.get(language, CAPITAL_STOPWORDS)


# Words inside a capitalised sequence that make it an organisation.
ORG_WORDS = set(
    (
        "université university ministère ministry bureau office board council conseil "
        "court cour tribunal commission comité committee association party parti inc "
        "department pentagon pentagone kremlin élysée matignon "
        "inc. corp corp. company compagnie group groupe agency agence department "
        "département institute institut fondation foundation bank banque union "
        "federation fédération organisation organization news times journal post press "
        "presse radio tv television télévision police army armée gouvernement government "
        "school école college collège hospital hôpital society société club league ligue "
        "church église assembly assemblée senate sénat parliament parlement congress "
        "administration "
        "congrès authority autorité service services network réseau international "
        "internationale ong ngo fund fonds institution centre center conference conférence "
        "corps marines ltd llc plc sa ag gmbh forum"
    ).split()
)
# Common nouns that stand for an organisation already named ("the firm said", "le groupe");
# "the government", "the ministry" name institutions by themselves.
ORG_DESCRIPTIONS = set(
    (
        "firm company group organisation organization campaign carrier maker retailer "
        "militants rebels entreprise société groupe firme organisation mouvement collectif "
        "giant conglomerate manufacturer producer broadcaster insurer lender géant "
        "constructeur équipementier conglomérat fabricant producteur assureur syndicat "
        "airline contractor provider supplier bank club chain startup "
        "carmaker automaker drugmaker chipmaker planemaker steelmaker "
        "compagnie banque enseigne fournisseur prestataire start-up"
    ).split()
)
# People who speak for an organisation: "a spokesman for the firm" is the firm speaking.
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "porte-parole", "representative",
                "représentant", "représentante"}
# Words that introduce a place name ("à Paris", "in Berlin"), in French and English;
# French "jusqu'à" (as far as), "derrière" (behind), "devant" (in front of) too.
PLACE_PREPOSITIONS = {"à", "en", "au", "aux", "in", "at", "from", "near", "de", "vers",
                      "to", "jusqu'à", "jusqu’à", "jusqu'au", "jusqu’au", "derrière", "devant"}
PLACE_WORDS = set(
    (
        "rue street avenue boulevard place square city ville village county comté "
        "province région region state état river rivière fleuve mount mont lake lac "
        "island île bay baie port valley vallée sea seas mer ocean océan islands isles îles "
        "gulf golfe strait détroit peninsula péninsule desert désert mountains "
        "nord sud ouest nord-est nord-ouest sud-est sud-ouest"
    ).split()
)
# Nouns of works and operations: the quoted span right after one is its title, which
# opens with a capital in English and French ("the film "Jaws"", « le livre « Les … »").
WORK_NOUNS = frozenset(
    (
        "film livre book album show émission série series magazine journal revue "
        "chanson song opération operation programme program documentaire documentary"
    ).split()
)
# Words before a quoted span that make it a name or a title, not somebody's words.
NAMING_WORDS = set(
    (
        "intitulé intitulée intitulés baptisé baptisée surnommé surnommée appelé appelée "
        "nommé nommée dénommé dit dite titre titled entitled named dubbed nicknamed "
        "so-called known called mot terme word term expression slogan hashtag"
    ).split()
) | WORK_NOUNS


def _cue_forms() -> frozenset[str]:
    forms = set(FR_FORMS) | set(EN_FORMS)
    for stem in FR_ER_STEMS:
        for ending in FR_ER_ENDINGS:
            forms.add(stem + ending)
        # "concéder" -> "il concède": the last é of the stem opens before a mute ending.
        grave = re.sub(r"é([^aeiouéèêy]+)$", r"è\1", stem)
        if grave != stem:
            forms.update(grave + ending for ending in ("e", "es", "ent"))
        # "annoncer" -> "annonçait", "interroger" -> "interrogeant": c and g stay soft
        # before a and o.
        soft = stem[:-1] + "ç" if stem.endswith("c") else stem + "e" if stem.endswith("g") \
            else None
        if soft:
            forms.update(soft + ending for ending in FR_ER_ENDINGS if ending[0] in "ao")
    for stem in EN_STEMS:
        base = stem[:-1] if stem.endswith("e") else stem
        forms.update({stem, stem + "s", base + "ed", base + "ing"})
        if stem.endswith("y"):
            forms.update({stem[:-1] + "ied", stem[:-1] + "ies"})
    return frozenset(forms) - frozenset(FR_NOT_CUES)


CUE_FORMS = _cue_forms()
MODALS = frozenset(FR_MODALS)
CUE_INFINITIVES = frozenset(FR_INFINITIVES) | {stem + "er" for stem in FR_ER_STEMS
                                              if not stem.endswith("e")}
WORD = re.compile(r"[\w’'.-]+|[^\w\s]", re.UNICODE)


# "affirme-t-elle", "poursuit-il": the pronoun after an inverted verb (compiled once).
INVERTED_CUE = re.compile(r"(-t)?-(il|elle|ils|elles|on)$")


def is_cue(word: str) -> bool:
    """A reporting verb form, or 'selon'/'according', in either language."""
    w = word.lower()
    if w in CUE_FORMS:
        return True
    if "-" not in w:
        return False
    # Inverted French forms: "affirme-t-elle", "poursuit-il", "a-t-il".
    base = INVERTED_CUE.sub("", w)
    return base != w and (base in CUE_FORMS or base in {"a", "avait", "ont"})

# Grammatical gender of the words that stand before or beside a name (titles, roles,
# family words), for matching "il"/"elle", "he"/"she" to a person.
FEMININE = set(
    (
        "mme mme. madame mlle mademoiselle mrs mrs. ms ms. miss dame lady queen reine "
        "princess princesse sœur sister mère mother fille daughter épouse wife veuve widow "
        "grand-mère grandmother tante aunt présidente avocate directrice procureure députée "
        "sénatrice chercheuse experte dirigeante fondatrice patronne militante infirmière "
        "actrice actress chanteuse spokeswoman businesswoman congresswoman chairwoman "
        "policière conseillère ambassadrice écrivaine autrice auteure élue candidate "
        "magistrate adjointe enseignante institutrice agricultrice maraîchère commerçante "
        "habitante "
        "retraitée étudiante lycéenne salariée ouvrière employée infirmière jeune-femme "
        "femme woman girl welshwoman englishwoman irishwoman frenchwoman dutchwoman "
        "française américaine espagnole allemande italienne néerlandaise ukrainienne "
        "brésilienne canadienne japonaise chinoise australienne polonaise portugaise "
        "suédoise danoise norvégienne autrichienne"
    ).split()
)
MASCULINE = set(
    (
        "m. monsieur mr mr. sir lord king roi prince frère brother père father fils son "
        "époux husband mari veuf widower grand-père grandfather oncle uncle président "
        "avocat directeur procureur député sénateur chercheur dirigeant fondateur patron "
        "militant infirmier acteur actor chanteur spokesman businessman congressman "
        "chairman policier conseiller ambassadeur écrivain élu candidat enseignant adjoint "
        "instituteur agriculteur maraîcher commerçant habitant retraité étudiant lycéen "
        "salarié ouvrier employé homme man boy welshman englishman irishman frenchman "
        "dutchman"
    ).split()
)
# Pronouns of one gender ("-t-il", "elle", "she").
PRONOUN_GENDER = {"il": "m", "he": "m", "him": "m", "his": "m", "celui-ci": "m", "lui": "m",
                  "elle": "f", "she": "f", "her": "f", "celle-ci": "f"}
# A generic role word names a person introduced with any of these more precise roles
# ("le magistrat" after "le juge X", "the official" after "X, a spokeswoman").
# Roles named by what they head, and the role and complement their holder is introduced
# with: "le chef de l'Etat" is the person introduced as "le président X".
ROLE_EQUIVALENTS = {
    "chef de l'état": (("président", ()), ("présidente", ())),
    "chef de l'etat": (("président", ()), ("présidente", ())),
    "chef d'état": (("président", ()), ("présidente", ())),
    "head of state": (("president", ()),),
    "chef du gouvernement": (("ministre", ("premier",)), ("ministre", ("première",))),
    "head of government": (("minister", ("prime",)),),
    "chef de la diplomatie": (("ministre", ("affaires", "étrangères")),),
    "top diplomat": (("minister", ("foreign",)), ("secretary", ("state",))),
}
ROLE_KINDS = {
    "magistrat": {"juge", "judge", "procureur", "procureure", "magistrate", "présidente",
                  "président", "substitut", "juge d'instruction"},
    "official": {"spokesman", "spokeswoman", "spokesperson", "minister", "secretary",
                 "officer", "director", "chief", "commissioner", "ambassador", "diplomat",
                 "administrator", "adviser", "advisor", "undersecretary", "deputy", "aide"},
    "responsable": {"directeur", "directrice", "ministre", "porte-parole", "secrétaire",
                    "chef", "président", "présidente", "dirigeant", "dirigeante",
                    "conseiller", "conseillère", "commissaire", "préfet", "préfète"},
    "élu": {"maire", "député", "sénateur", "conseiller", "adjoint", "président",
            "ministre"},
    "lawmaker": {"senator", "congressman", "congresswoman", "representative", "rep.",
                 "sen.", "deputy", "mp"},
    "avocat": {"conseil", "défenseur", "avocate", "bâtonnier"},
    "lawyer": {"attorney", "counsel", "solicitor", "barrister"},
    "spokesperson": {"spokesman", "spokeswoman"},
    "porte-parole": {"spokesman", "spokeswoman", "spokesperson"},
    "chercheur": {"chercheuse", "scientifique", "professeur", "professeure", "expert",
                  "experte", "spécialiste", "économiste", "historien", "historienne",
                  "sociologue", "politologue", "analyste", "directeur de recherche"},
    "researcher": {"scientist", "professor", "expert", "economist", "analyst",
                   "historian", "sociologist", "specialist"},
    "expert": {"spécialiste", "specialist", "analyste", "analyst", "chercheur",
               "chercheuse", "researcher", "professeur", "professor", "économiste",
               "economist"},
    "entraîneur": {"sélectionneur", "coach", "technicien"},
    "coach": {"manager", "trainer", "head coach"},
}
# Nouns that name a newspaper, a broadcaster or a news agency ("écrit le quotidien").
MEDIA_WORDS = set(
    (
        "journal quotidien hebdomadaire mensuel magazine média site chaîne radio agence "
        "newspaper paper daily weekly tabloid broadcaster network outlet agency"
    ).split()
)
# Frequent first names of one gender in French and English news (names used for both,
# like Dominique, Camille, Claude, Jean or Alex, are left out).
FEMININE_FIRST_NAMES = set(
    (
        "marie anne sophie isabelle catherine nathalie sylvie christine véronique valérie "
        "sandrine céline julie aurélie émilie caroline claire hélène françoise monique "
        "martine brigitte nicole chantal patricia laurence élisabeth elisabeth ségolène "
        "rachida marine marion pauline laura léa chloé manon emma inès sarah "
        "charlotte juliette louise alice lucie mathilde margaux agnès florence delphine "
        "virginie stéphanie karine audrey élodie fatima aïcha amélie jeanne odile colette "
        "mary patricia jennifer linda barbara susan jessica margaret lisa nancy karen betty "
        "helen sandra donna carol ruth sharon michelle laura kimberly deborah amy angela "
        "melissa rebecca anna emily elizabeth hillary nancy kamala ursula angela theresa "
        "victoria kate katherine catherine rachel hannah olivia sophia grace julia diana "
        "maria ana carmen rosa claudia giorgia christine ann jane ellen emma megan nicola "
        "liz elise eva irene esther judith naomi natalie lauren amanda stephanie heather"
    ).split()
)
MASCULINE_FIRST_NAMES = set(
    (
        "jean-pierre jean-luc jean-claude jean-michel jean-marc jean-paul jean-louis pierre "
        "michel philippe alain patrick nicolas christophe daniel françois laurent frédéric "
        "éric eric olivier thierry stéphane david julien sébastien pascal bernard jacques "
        "gérard marc thomas antoine paul louis henri bruno vincent emmanuel benoît benjamin "
        "gabriel hugo lucas mathieu matthieu maxime romain alexandre guillaume yves serge "
        "didier denis gilles franck fabien arnaud jérôme rémi raphaël mohamed mohammed "
        "ahmed karim rachid mehdi édouard gérald xavier bruno lionel "
        "james john robert michael william richard joseph charles christopher matthew "
        "anthony mark donald steven kenneth joshua kevin brian george edward ronald timothy "
        "jason jeffrey ryan jacob gary larry justin scott brandon frank gregory raymond "
        "samuel patrick jack dennis jerry tyler aaron henry adam douglas nathan peter "
        "zachary kyle walter harold carl arthur roger joe barack joe vladimir volodymyr "
        "boris olaf rishi keir justin benjamin recep xi narendra tom tim bill mike steve "
        "dave jim bob andrew alan ian neil simon martin hans klaus friedrich giuseppe marco "
        "luigi carlos juan pedro josé miguel luis antonio sergei dmitri ivan ali omar hassan"
    ).split()
)
# Korean family names, the most frequent, as English and French news romanise them ("Moon
# Jae-in", "Ban Ki-moon"): written first, before a given name of two hyphened syllables.
KOREAN_FAMILY_NAMES = frozenset(
    (
        "kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang "
        "lim im han oh seo suh shin kwon hwang ahn an song jeon yoo ryu ko hong moon yang son "
        "bae baek heo nam noh roh ha kwak sung cha joo woo min na jin ji uhm ban"
    ).split()
)
