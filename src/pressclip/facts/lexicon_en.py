"""English words of the facts pass: the reporting verbs a quotation's cue is made of, and
the nouns of somebody's spoken account.

Stems take -s/-ed/-ing; irregular forms are listed whole. lexicon.py joins them with the
French ones (lexicon_fr.py) into the cue forms.
"""

from __future__ import annotations

EN_STEMS = (
    "say tell add declare write ask insist warn explain note state claim argue recall "
    "acknowledge admit announce reply respond tweet shout yell suggest continue conclude "
    "comment observe report urge complain predict promise vow confirm deny stress "
    "emphasize emphasise quip joke agree testify recount describe concede caution "
    "contend maintain reiterate counter exclaim whisper scream plead muse reason "
    "boast remark assert allege point call quote accuse compare pledge hail criticize "
    "criticise praise label dismiss characterize characterise defend demand welcome repeat "
    "condemn lament reckon underscore"
).split()
EN_FORMS = (
    "said says saying told tells telling wrote written writes writing according "
    "replied replies denied denies testified testifies referred referring labelled "
    "slammed slamming slams dismisses admitted admitting quipped quipping"
).split()
# Words that bring a legal charge, which a text quotes as the law words it and nobody
# says: 'charged with "criminal mischief"'.
EN_CHARGE_LEADS = ("charged with", "convicted of", "indicted on", "indicted for",
                   "guilty of", "charges of", "count of", "counts of")
# Words opening a paragraph that links to another article ("Read more: …").
EN_LINK_OPENERS = ("read more", "read also", "also read", "see also")
# Determiners after which a cue form is a noun: "their claims", "an alert" ("a" is also
# French avoir, "her" an object pronoun: "heard her say").
EN_NOUN_DETERMINERS = "an my your his its our their".split()
# English object pronouns: never the subject of the verb after them ("blew him kisses and
# whispered"). Not "her", also a possessive that mostly stands for the subject ("she ended
# her stint with a farewell:").
EN_OBJECT_PRONOUNS = frozenset({"him"})
# Indefinite articles, which introduce an unnamed source ("a senior official").
EN_INDEFINITE_ARTICLES = ("a", "an")
# Nouns of somebody's spoken account: "according to his account", "according to the
# testimony of X".
EN_SPEECH_NOUNS = "account testimony remarks recollection".split()
# Nouns that describe an unnamed person by sex or age alone: 'says a young man wearing a
# mask' names its source by them as 'a senior official' does.
EN_PERSON_NOUNS = "man woman boy girl teenager".split()
# English month names that are also given names ("April Ryan", "June Carter", "August
# Wilson"): before a surname they open a person's name, not a date.
EN_MONTH_GIVEN_NAMES = frozenset({"april", "may", "june", "august"})
# English words that start sentences or name days and months, never a name by themselves
# in English text (a French text reads FR_CAPITAL_STOPWORDS: "Durant" is a surname here).
EN_CAPITAL_STOPWORDS = frozenset(
    "the a an and or but so for in on at to of by with from as if when while after "
    "before since during under over this that these those it he she they we you i "
    "his her their its my our your there here what which who why how not no yes "
    "also then still yet however although though meanwhile despite through among once "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday tomorrow "
    "according mr mrs ms dr some many most several few all both each every".split())
