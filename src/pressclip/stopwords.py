"""Function words per language: the most frequent short words of running prose.

Prose is full of them and menus, tags and buttons are not, in every language; that is why
the share of function words separates article text from boilerplate without knowing the
page's language (the idea behind jusText). The lists are short on purpose: the top words
carry almost all of the signal and keep the lookup cheap.
"""

from __future__ import annotations

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        """the of and to a in is that for it was on with as he be by at his are this had
        not but from have they which an or has were their its been who would will there
        she her we more one than said after about into also when them can no what all""".split()
    ),
    "fr": frozenset(
        """le la les de des du un une et en est que qui dans pour pas sur au aux par il
        elle ne se ce sont avec plus a ont été son sa ses leur leurs mais ou comme on nous
        vous cette ces lui y été être fait tout aussi dont où selon après""".split()
    ),
    "de": frozenset(
        """der die das und in den von zu mit ist des dem nicht sich auf für ein eine einen
        als auch es an er hat werden wird sie aus bei nach wie im um noch war so zum zur
        über dass oder aber wurde vor nur sind einem einer""".split()
    ),
    "es": frozenset(
        """el la los las de del y en que a un una es por con para se no su sus al lo como
        más pero fue ha han o este esta son entre también ya desde sobre cuando muy sin
        hay porque donde""".split()
    ),
    "it": frozenset(
        """il lo la i gli le di del della dei e in che un una è per con non si da al alla
        sono ha come più anche ma nel nella questo questa o se dopo sul tra stato hanno
        essere""".split()
    ),
    "pt": frozenset(
        """o a os as de do da dos das e em que um uma é para com não se por no na ao mais
        como mas foi ou seu sua são também ser está pelo pela entre quando sobre até""".split()
    ),
    "nl": frozenset(
        """de het een en van in is dat op te zijn voor met niet die aan er ook als om bij
        maar door worden wordt was naar uit dan nog heeft hij ze we zich al tot""".split()
    ),
    "pl": frozenset(
        """i w na z do się że nie to jest o jak po a od za przez jego ale co tak dla są
        jej być już tylko oraz jako może które który która było jednak""".split()
    ),
}

# One set for all languages: a page's language is unknown when its blocks are scored.
ALL_FUNCTION_WORDS: frozenset[str] = frozenset().union(*FUNCTION_WORDS.values())
