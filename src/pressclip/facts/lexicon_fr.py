"""French words of the facts pass: the reporting verbs a quotation's cue is made of, and
the nouns of somebody's spoken account.

First-group stems take the regular endings; the other forms are listed whole. lexicon.py
joins them with the English ones (lexicon_en.py) into the cue forms.
"""

from __future__ import annotations

FR_ER_STEMS = (
    "déclar affirm ajout expliqu estim soulign précis indiqu assur rappel racont confi "
    "lanc répliqu avou annonc insist confirm dénonc déplor regrett jug not observ plaid "
    "concéd constat étonn réjou remémor résum point témoign martel gliss tranch comment "
    "tweet twitt interrog demand ironis avanc relev accus qualifi critiqu menac jur "
    "réclam exig appel argument détaill nuanc prévoi souffl murmur cri tonn fustig "
    "salu ajout poursuiv conclu résum précis mentionn signal reconnaîtr prédi promett "
    "rétorqu objet protest pest s'inquiét inquiét félicit compar révél suggér répét "
    "tempér justifi exclam évoqu parl revendiqu assum souhait refus invit exhort "
    "reproch alarm alert rassur raill balay insurg offusqu agac espér conseill assén analys "
    "interpell ordonn rapport soupir condamn"
).split()
FR_FORMS = (
    "dit dis disait disent dira dire déclare écrit écrivait écrivent répond répondu "
    "répondait reconnaît reconnu reconnaissait admet admis conclut conclu poursuit "
    "poursuivi poursuivait soutient soutenu promet promis décrit décrivait prévient prévenu "
    "avertit averti avertissait réagit réagi reprend repris selon d'après d’après "
    "s'étonne s’étonne s'inquiète s’inquiète s'interroge s’interroge renchérit renchéri "
    "maintient maintenu rappelle rappellent interpelle lâche lâché "
    "martèle martèlent soulève relève achève défend défendent défendu défendait "
    "souvient souviennent souvenait veut veulent voulait s'alarme s’alarme s'insurge "
    "s’insurge s'agace s’agace appelle appellent valoir réjoui réjouie réjouit dément "
    "démenti démentait"
).split() + (
    # The other persons and tenses of the irregular verbs above that a narrative uses: the
    # imperfect, plural, past historic and conditional ("soutenait", "soutiennent",
    # "répondit", "dirait").
    "disaient dirait diraient dirent écrivaient écrivit écrirait répondent répondaient "
    "répondit répondirent reconnaissent reconnut admettait admettent admit concluait "
    "concluent poursuivent poursuivit soutenait soutiennent soutint promettait promettent "
    "promit décrivent décrivit prévenait préviennent prévint avertissent avertissait "
    "réagissait réagissent reprenait reprennent reprit renchérissait maintenait "
    "maintiennent démentent démentit"
).split()
FR_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ait", "aient", "ant", "era", "eront", "erait",
                 "eraient", "a", "èrent")
# Words opening a paragraph that links to another article ("Lire aussi : …"), which may
# stand inside a testimony quoted paragraph after paragraph.
FR_LINK_OPENERS = ("lire aussi", "à lire aussi", "lire également", "à lire également",
                   "voir aussi", "à voir aussi")
# French words that an English cue form spells, and that are far more often the French word:
# "…, comment on fouille les décombres" asks how, it reports nothing.
FR_NOT_CUES = ("comment",)
# Verbs that take a reporting verb's infinitive after "de"/"à": "tente d'expliquer X",
# "a tenu à préciser X".
FR_MODALS = (
    "tente tentait tenté tient tenait tenu veut voulait voulu souhaite souhaitait souhaité "
    "préfère préférait préféré"
).split()
# Infinitives of the reporting verbs that are not first-group stems + "er".
FR_INFINITIVES = (
    "dire écrire répondre reconnaître admettre conclure prévenir avertir soutenir "
    "promettre décrire réagir reprendre maintenir défendre"
).split()
# Words before "pour" that bring a legal charge, which a text quotes as the law words it
# and nobody says: "poursuivi pour « apologie du terrorisme »", "plainte pour « … »".
FR_CHARGE_LEADS = tuple(f"{word} pour" for word in (
    "poursuivi poursuivie poursuivis poursuivies examen plainte plaintes condamné condamnée "
    "condamnés condamnées inculpé inculpée inculpés inculpées jugé jugée jugés jugées "
    "écroué écrouée écroués écrouées"
).split())
# The forms of être that make a past participle passive: "La parole est menacée par …"
# reports nobody's words ("s'est exclamé" is one token, reflexive, and still reports).
FR_PASSIVE_AUXILIARIES = (
    "est sont était étaient sera seront serait seraient fut furent été être soit soient"
).split()
# Determiners after which a cue form is a noun: "nos invités", "une alerte", "des
# démentis" ("le", "la", "les" and "leur" are also pronouns before a verb: "comme le
# souligne X", "leur a dit").
FR_NOUN_DETERMINERS = (
    "un une des mon ma mes ton ta tes son sa ses notre nos votre vos leurs"
).split()
# The definite articles and demonstratives: with the above, every determiner, which opens
# the object after a verb and is never an adjective ("Le sociologue compare les loyers").
FR_DEFINITE_DETERMINERS = ("le", "la", "les", "ce", "cet", "cette", "ces")
# Indefinite articles, which introduce an unnamed source ("un haut responsable").
FR_INDEFINITE_ARTICLES = ("un", "une")
# Nouns of somebody's spoken account: "d'après le récit qu'elle livre", "selon ses propos",
# "selon le témoignage de X" give the words to whoever gave the account.
FR_SPEECH_NOUNS = (
    "récit propos témoignage témoignages paroles confidences explications version"
).split()
# Prepositions, which end a noun phrase's description: "un diplomate européen sous couvert
# d'anonymat" describes a "diplomate européen".
FR_PREPOSITIONS = (
    "à au aux avec chez contre dans depuis durant en entre envers hors lors malgré par parmi "
    "pendant pour sans selon sous sur vers via après avant"
).split()
# Nouns of French public offices, which speak as institutions ("le parquet national
# financier", "la préfecture du Rhône"), not as people.
FR_OFFICE_NOUNS = (
    "parquet préfecture sous-préfecture mairie ambassade consulat gendarmerie rectorat "
    "municipalité"
).split()
# Determiners of an indefinite plural, which introduce unnamed sources ("selon des sources
# sécuritaires", "deux hauts responsables", "de hauts fonctionnaires").
FR_PLURAL_INDEFINITE = (
    "des de plusieurs quelques certains certaines deux trois quatre cinq six sept huit neuf dix"
).split()
# French adjective endings (participles in -é, -ique, -al, -ien, -ais, -if, -eux, -aire …): a
# publication's title keeps capitals on its article and first noun only, so a lower-case word
# with one of these endings closing "Le Xxx" is the title's adjective ("Le Xxx libéré").
FR_ADJECTIVE_ENDINGS = ("é", "ée", "és", "ées", "ique", "iques", "al", "ale", "aux", "ales",
                        "el", "elle", "ien", "ienne", "ais", "aise", "ois", "oise", "ain",
                        "aine", "if", "ive", "eux", "euse", "aire", "iste")
# Nouns that describe an unnamed person by sex or age alone: « un jeune homme » names its
# source as « un haut responsable » does.
FR_PERSON_NOUNS = "homme femme garçon adolescent adolescente".split()
# French words that start sentences or name days and months, never a name by themselves
# in French text (an English text reads EN_CAPITAL_STOPWORDS: "Durant" is a surname there).
FR_CAPITAL_STOPWORDS = frozenset(
    "le la les l' un une des de du d' et ou mais donc or ni car en dans pour par sur "
    "avec sans sous chez vers après avant depuis pendant selon d'après lors alors outre "
    "ce cet cette ces il elle ils elles on nous vous je tu ça cela celui celle "
    "son sa ses leur leurs mon ma mes quand si comme que qui quoi où dont même aussi "
    "comment pourquoi combien quel quelle quels quelles "
    "pourtant cependant ainsi enfin puis toutefois certes bien voici voilà oui non "
    "entre contre parmi malgré dès durant envers vis-à-vis notre nos votre vos "
    "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai "
    "juin juillet août septembre octobre novembre décembre aujourd'hui hier demain "
    "à au aux est sont était sera a ont avait m. mme quelques plusieurs certains certaines "
    "tous toutes chaque".split())
