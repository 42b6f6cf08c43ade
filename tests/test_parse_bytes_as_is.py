"""Page bytes that decode as UTF-8 as they stand are handed to the parser themselves
(parse/encoding.decode_as_is, html.read_page), instead of being encoded again from their
text: the same text and the same tree as before, on real pages and on written ones whose
bytes must not be handed on (a byte-order mark, a legacy encoding, a NUL byte)."""

from __future__ import annotations

import codecs

import pytest
from lxml import etree

from bench import datasets
from pressclip.parse import html
from pressclip.parse.encoding import decode, decode_as_is

_PAGE = ("<html><head><meta charset='{charset}'><title>Été</title></head><body><article>"
         "<h1>Le café du port rouvre</h1><p>Après deux ans de travaux, le café « Le Môle » "
         "rouvre ses portes samedi.{extra}</p></article></body></html>")


def _same_read(data: bytes) -> None:
    """read_page on the bytes gives what it gave before: page_text's text, parsed anew."""
    text, tree = html.read_page(data)
    assert text == decode(data)[0]
    assert etree.tostring(tree) == etree.tostring(html.parse_text(text))


@pytest.mark.parametrize("data, as_is", [
    (_PAGE.format(charset="utf-8", extra="").encode("utf-8"), True),
    # A wrong declaration does not matter: valid UTF-8 beyond ASCII is read as UTF-8.
    (_PAGE.format(charset="iso-8859-1", extra="").encode("utf-8"), True),
    # The byte-order mark is not the text's: the bytes without it would be.
    (codecs.BOM_UTF8 + _PAGE.format(charset="utf-8", extra="").encode("utf-8"), False),
    (_PAGE.format(charset="windows-1252", extra="").encode("cp1252"), False),
    (b"<html><body><p>Plain ASCII, whatever the page declares.</p></body></html>", False),
    # A NUL byte is dropped before parsing, so the bytes handed on are not these.
    (_PAGE.format(charset="utf-8", extra=" \x00Fin.").encode("utf-8"), True),
])
def test_bytes_are_handed_on_only_where_they_are_the_texts_utf8(data: bytes, as_is: bool
                                                                 ) -> None:
    text, _, handed_on = decode_as_is(data)
    assert handed_on is as_is
    if handed_on:
        assert text.encode("utf-8") == data
    _same_read(data)


def test_real_pages_as_served_read_as_before() -> None:
    if not datasets.available():
        pytest.skip("../shared/data is absent")
    seen = 0
    for row in datasets.rows("fundus_dev", limit=40):
        data = row["html"].encode("utf-8")
        seen += decode_as_is(data)[2]
        _same_read(data)
    assert seen >= 30  # most modern pages hold a character beyond ASCII
