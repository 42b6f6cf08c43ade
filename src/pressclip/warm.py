"""Imported by the forkserver of children.py before it forks any child: one extraction of a
small page, facts included, loads what every child would otherwise load on its first page
(the language model, the locator's model, the place table of the entity typer: about 1 s
of CPU), once, shared copy-on-write by every child. The page names no real site; it only
holds what the passes need to run: a headline, sentences in English and French, a quote,
names of people and places."""

from __future__ import annotations

from .core import extract

_PAGE = """<html lang="en"><head><title>Council votes the budget</title></head><body><article>
<h1>Council votes the budget</h1><p>By Anna Berg</p>
<p>The council of Lyon voted the budget on Monday. "We kept every school open," said the
mayor, Paul Martin, who met the ministers in Paris and Berlin last week.</p>
<p>« Nous avons tenu parole », a déclaré Claire Dubois, adjointe au maire de Marseille.</p>
</article></body></html>"""

extract(_PAGE, facts=True)
