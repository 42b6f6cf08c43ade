"""Line features of text mode: what they see in a page shaped like a comment thread."""

from __future__ import annotations

import math

from pressclip.textmode.features import FEATURE_NAMES, line_matrix

PROSE = ("The council said on Tuesday that the old bridge would be repaired before the winter, "
         "and that the work would be paid for by the region.")


def column(lines: list[str], name: str) -> list[float]:
    return line_matrix(lines)[:, FEATURE_NAMES.index(name)].tolist()


def test_repeated_templates_are_seen_whatever_the_names_and_numbers() -> None:
    comments = []
    for number, name in enumerate(["Ann", "Bob", "Chloe", "Dev"]):
        comments += [f"Posted by: {name} at 9:{10 + number} PM", f"I agree with point {number}."]
    lines = [PROSE, PROSE.replace("Tuesday", "Monday"), *comments]
    templated = column(lines, "templated")
    assert templated[:2] == [0.0, 0.0]
    assert templated[2::2] == [1.0] * 4  # the "Posted by: … PM" lines
    assert column(lines, "page_templated_share")[0] > 0


def test_markers_count_the_thread_that_follows_the_article_in_any_language() -> None:
    article = [PROSE, PROSE.replace("Tuesday", "Monday"), "Short remark under the article."]
    thread = []
    for number, name in enumerate(["Anna", "Jörg", "Chloé", "Dev"]):
        thread += [f"Verfasst von {name} am {number + 3}. Mai um 9:{10 + number}",
                   f"Kommentar {number}: das sehe ich ganz anders, weil die Brücke schon "
                   "seit Jahren marode ist und niemand etwas getan hat."]
    lines = [*article, *thread]
    marker = column(lines, "marker")
    assert marker[:3] == [0.0, 0.0, 0.0]
    assert marker[3::2] == [1.0] * 4  # each "Verfasst von … um …" line over its comment
    assert marker[4::2] == [0.0] * 4
    before = column(lines, "markers_before")
    assert before[:4] == [0.0] * 4  # the article and the first marker have none before them
    assert before[4:] == sorted(before[4:]) and before[-1] > before[4] > 0
    share = column(lines, "marker_share_before")
    assert share[-1] == 1.0 and share[0] == 0.0
    assert column(lines, "markers_after")[0] > 0 == column(lines, "markers_after")[-1]


def test_sentence_ends_allow_closing_quotes_and_brackets() -> None:
    lines = ['He said: "we will."', "(see the map below)", "Fin de l’article.»", "Menu",
             "» ) ”", "Done!)]"]
    assert column(lines, "sentence_end") == [1.0, 0.0, 1.0, 0.0, 0.0, 1.0]


def test_counts_are_per_line_and_ignore_layout() -> None:
    lines = ["Home | News | Sport", PROSE, "© 2025 example.org", "Read more:"]
    x = line_matrix(lines)
    names = {name: FEATURE_NAMES.index(name) for name in
             ("log_tokens", "sentence_end", "menu_marks", "link_like", "colon_end",
              "function_ratio")}
    assert x[1, names["sentence_end"]] == 1.0 and x[0, names["sentence_end"]] == 0.0
    assert x[0, names["menu_marks"]] > 0 and x[1, names["menu_marks"]] == 0
    assert x[:, names["link_like"]].tolist() == [0.0, 0.0, 1.0, 0.0]
    assert x[:, names["colon_end"]].tolist() == [0.0, 0.0, 0.0, 1.0]
    assert x[1, names["function_ratio"]] > 0.3 > x[0, names["function_ratio"]]
    # A line's own columns do not depend on the lines around it being there or not.
    alone = line_matrix([PROSE])[0]
    assert alone[names["log_tokens"]] == x[1, names["log_tokens"]]


def test_empty_and_odd_lines() -> None:
    assert line_matrix([]).shape == (0, len(FEATURE_NAMES))
    x = line_matrix(["é", "\U0001d400 maths", "a\ud800b", "x" * 100_000])
    assert x.shape == (4, len(FEATURE_NAMES))
    assert (x == x).all()  # no NaN


def test_the_page_as_a_whole_places_each_line_against_its_prose() -> None:
    # A headline, two paragraphs, a caption, then what follows the article: a related
    # story and a sign-up box, in German (the columns know no language's words).
    prose = ["Der Gemeinderat hat am Dienstag beschlossen, die alte Brücke über den Fluss "
             "noch vor dem Winter zu reparieren, und die Region zahlt die Arbeiten.",
             "Die Arbeiten an der Brücke beginnen im Oktober, sagte der Bürgermeister, "
             "und der Fluss bleibt für Boote während der ganzen Zeit offen."]
    lines = ["Gemeinderat repariert die alte Brücke", *prose, "Foto: Brücke am Fluss",
             "Weitere Nachrichten: Neues Stadion für den Fußballverein",
             "Jetzt den kostenlosen Newsletter abonnieren"]
    vocabulary = column(lines, "article_vocabulary")
    assert vocabulary[0] > 0.5 and vocabulary[3] > 0.5  # headline and caption: the subject
    assert vocabulary[4] < 0.2 and vocabulary[5] == 0.0  # other stories, sign-up box
    assert column(lines, "label") == [0.0, 0.0, 0.0, 1.0, 1.0, 0.0]
    assert column(lines, "before_first_long") == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert column(lines, "after_last_long") == [0.0, 0.0, 0.0, 1.0, 1.0, 1.0]
    mass = column(lines, "long_mass_before")  # share of the prose's tokens before the line
    assert mass[:2] == [0.0, 0.0] and 0.4 < mass[2] < 0.6 and mass[3:] == [1.0, 1.0, 1.0]
    headline_like = column(lines, "headline_like")
    assert headline_like[0] == 1.0 and headline_like[1:3] == [0.0, 0.0]


def test_the_main_block_and_the_headline_before_it() -> None:
    # Menus, a related story, then the headline, a byline and four paragraphs with a
    # subheading between them, then a list of other stories: in Spanish, no word of which
    # the columns know.
    prose = ["El ayuntamiento aprobó el martes la reparación del viejo puente sobre el río "
             "antes del invierno, y la región pagará todas las obras del puente.",
             "Las obras del puente empezarán en octubre, dijo el alcalde, y el río seguirá "
             "abierto a los barcos durante todo el tiempo que duren las obras."]
    menus = ["Inicio", "Noticias", "Deportes", "Otra noticia sobre el nuevo estadio del club"]
    lines = [*menus, "El ayuntamiento repara el viejo puente del río", "Por Ana Ejemplo",
             prose[0], prose[1], "Qué pasará con el río", prose[0].replace("martes", "lunes"),
             prose[1].replace("octubre", "noviembre"), "Más noticias", "Un concierto en la plaza",
             "Nuevo horario de autobuses"]
    block = column(lines, "main_block")
    assert block == [0.0] * 6 + [1.0] * 5 + [0.0] * 3  # the subheading lies inside it
    distance = column(lines, "lines_to_main_block")
    assert distance[5] < 0 and distance[6:11] == [0.0] * 5 and distance[11] > 0
    assert distance[:6] == sorted(distance[:6]) and distance[11:] == sorted(distance[11:])
    assert column(lines, "title_candidate") == [0.0] * 4 + [1.0] + [0.0] * 9
    from_title = column(lines, "lines_from_title")
    assert from_title[4] == 0.0 and from_title[3] < 0 < from_title[5] < from_title[6]
    assert column(lines, "main_block_share")[0] == 1.0


def test_a_page_without_paragraphs_has_no_main_block_and_no_headline() -> None:
    lines = ["Inicio", "Noticias", "Otra noticia sobre el nuevo estadio del club"]
    for name in ("main_block", "title_candidate", "lines_from_title", "main_block_share"):
        assert column(lines, name) == [0.0] * 3


def test_a_paragraph_in_a_script_without_spaces_is_long_and_a_menu_item_short() -> None:
    # A Japanese paragraph is a few runs of letters between commas: read as tokens, as
    # short as a menu. Its letters count towards its length (WIDE_CHARS_PER_TOKEN).
    paragraph = ("東京都は四日、新たに百人の感染を確認したと発表した。都の担当者は、年末年始の"
                 "人の移動が影響した可能性があるとして、引き続き注意を呼びかけている。")
    lines = ["ニュース", paragraph, "ข่าว", PROSE]
    assert column(lines, "long") == [0.0, 1.0, 0.0, 1.0]
    assert column(lines, "short") == [1.0, 0.0, 1.0, 0.0]
    # Latin text is counted by tokens, as before.
    assert column([PROSE], "log_tokens") == [math.log1p(len(PROSE.split()))]
