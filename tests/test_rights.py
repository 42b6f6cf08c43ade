"""A kept block that is a copyright line or a caption closing on a © credit leaves; a
paragraph that mentions copyright in passing, an agency's credit line (credits.py reads
it), a table's cell and a page of rights lines alone stay."""

import re
from types import SimpleNamespace

import numpy as np

from pressclip.locate import rights
from pressclip.locate.blocks import tag_flag
from pressclip.locate.rights import closes_on_reserved, drop_rights_lines, is_rights_line


def test_rights_lines_in_several_languages():
    assert is_rights_line("© 2024 Harbour Lane Media. All rights reserved.")
    assert is_rights_line("Copyright 2011 by Tomas Velk")
    assert is_rights_line("Nordhafener Tagblatt 2023. Alle Rechte vorbehalten.")
    assert is_rights_line("Le Courrier des Landes — Tous droits réservés")
    assert is_rights_line("Diario del Valle. Todos los derechos reservados")


def test_a_caption_closing_on_a_credit_is_a_rights_line():
    assert is_rights_line("The new ferry at the pier on Monday. © Port Authority / Lina Brod")
    assert is_rights_line("Die Brücke bei Nacht. © Stadtwerke Nordhafen")
    assert is_rights_line("Symbolbild:© Lina Brod - Bilddienst Nord")
    assert is_rights_line("3/12 photos © Harbour Lane Media")


def test_copyright_in_passing_is_no_rights_line():
    assert not is_rights_line("The band said the song was still under copyright.")
    assert not is_rights_line("The label held the © on the record. It sued the shop in 2019 "
                              "and won the case two years later.")
    assert not is_rights_line("All rights reserved, the clerk said, were to stay with the "
                              "town.")
    assert not is_rights_line("Copyright and trademarks")
    assert not is_rights_line("The song was written in 2019 and registered © Velk Music")


def test_a_credit_glued_to_the_first_sentence_is_no_rights_line():
    assert not is_rights_line("© Harbour Lane Media The council voted on Monday to close the "
                              "old pier for a year while the ferry terminal is rebuilt.")


def test_an_agency_s_credit_line_stays_for_credits():
    assert not is_rights_line("© dpa-infocom, dpa:240101-99-123456/2")


def _block(text: str, bits: int = 0) -> SimpleNamespace:
    return SimpleNamespace(text=text, container=SimpleNamespace(bits=bits))


def test_rights_lines_leave_the_selection_but_not_a_table_s_cells():
    raw = [_block("The mayor opened the new bridge today."),
           _block("© 2009 Tomas Velk", tag_flag("table")),
           _block("© 2024 Harbour Lane Media. All rights reserved.")]
    keep = np.ones(len(raw), dtype=bool)
    assert drop_rights_lines(raw, keep).tolist() == [True, True, False]


def test_a_selection_of_rights_lines_alone_stays():
    raw = [_block("© 2024 Harbour Lane Media"), _block("All rights reserved.")]
    keep = np.ones(len(raw), dtype=bool)
    assert drop_rights_lines(raw, keep).tolist() == [True, True]


def test_the_backward_match_closes_where_the_forward_search_does():
    """closes_on_reserved reads the block backwards: it answers as the search of the
    phrases followed by non-word characters to the end does, on invented lines."""
    forward = re.compile(rf"(?:{rights._RESERVED})\W*$", re.I)
    lines = [
        "Harbour Lane Media. All rights reserved.", "ALL  RIGHTS\tRESERVED !!!",
        "all rights reserved and more", "All rights reserved. All rights",
        "Tous droits réservés", "TOUS DROITS RÉSERVÉS —", "tous droits reserves",
        "Nordhafener Tagblatt. Alle Rechte vorbehalten.\n", "alle rechten voorbehouden :)",
        "Wszelkie prawa zastrzeżone.", "Alla rättigheter förbehållna", "all rights reserved_",
        "Not all rights reservedly", "rights reserved", "ALL RIGHTS RESERVED" + "." * 40,
        "all rights reſerved", "", "…", "Todos los derechos reservados 2024",
    ]
    for line in lines:
        assert closes_on_reserved(line) == (forward.search(line) is not None), line
