"""The modification time the reader sees: a <time> marked as an update.

Marked by its own or its parent's class, id or itemprop ("updated", "date-modified",
itemprop="dateModified"), or by the word just before it ("Updated", "Aktualisiert",
"Mis à jour", "Actualizado", "Обновлено", "更新"). Only <time> elements with a machine
datetime are read: the page's few <time> elements, found in C.
"""

from __future__ import annotations

import re

from lxml import etree

from .dates import parse_machine_date

_MARKED = re.compile(r"updat|modif|aktualis|mise-a-jour|maj\b|actualiz|aggiorn|edited")
# "Updated" in the languages of the month table's main locales, as a label before the time.
_WORDS = (
    r"updated|update|modified|last\s+modified|aktualisiert|geändert|mis\s+à\s+jour|modifié|"
    r"actualizado|actualizada|actualización|atualizado|aggiornato|aggiornamento|bijgewerkt|"
    r"gewijzigd|zaktualizowano|aktualizacja|aktualizováno|aktualizované|oppdatert|uppdaterad|"
    r"opdateret|päivitetty|güncellendi|güncelleme|frissítve|actualitzat|обновлено|обновлён|"
    r"оновлено|更新|수정"
)
_UPDATE_WORDS = re.compile(r"(?:" + _WORDS + r")\s*(?:on|am|le|el|em|il|op|:)?\s*:?\s*$", re.I)
# The same words, and the nouns of "last change", opening a line of text that holds the date:
# "Updated: 5 July 2025", "Letzte Änderung: 31.10.2023", "Dernière mise à jour le 5 juillet".
_UPDATE_LINE = re.compile(
    r"^\W*(?:(?:last|zuletzt|letzte|dernière|última|ultima|laatst)\s+)?(?:" + _WORDS
    + r"|änderung|mise\s+à\s+jour|modification|modificación|modifica|wijziging)(?![^\W\d_])",
    re.I,
)
LABEL_CHARS = 40


def _label(element: etree._Element) -> str:
    return " ".join(filter(None, (element.get("class"), element.get("id"),
                                  element.get("itemprop")))).lower()


def _text_before(element: etree._Element) -> str:
    previous = element.getprevious()
    if previous is not None:
        text = previous.tail or ""
        if not text.strip():
            text = "".join(previous.itertext())
    else:
        parent = element.getparent()
        text = (parent.text or "") if parent is not None else ""
    return text.strip()[-LABEL_CHARS:]


def visible_update(tree: etree._Element,
                   times: list[etree._Element] | None = None) -> str | None:
    """The first <time> the page marks as an update, as parse_machine_date gives it;
    `times` are the page's <time> elements where the caller found them already (the
    metadata's compiled walk of the page)."""
    # iter() filters by tag in C: cheaper than the XPath "//time[@datetime]".
    for element in times if times is not None else tree.iter("time"):
        if not element.get("datetime"):
            continue
        parent = element.getparent()
        marked = (_MARKED.search(_label(element))
                  or (parent is not None and _MARKED.search(_label(parent)))
                  or _UPDATE_WORDS.search(_text_before(element)))
        if marked:
            day = parse_machine_date(element.get("datetime") or "")
            if day:
                return day
    return None


def is_update_line(text: str) -> bool:
    """Whether a line of text that holds a date opens with a word that says the date is an
    update's, not the publication's."""
    return bool(_UPDATE_LINE.match(text))
