"""find_quotes on sentences written for these tests (French and English), bad input."""

from __future__ import annotations

import time

import pytest

from pressclip import find_quotes
from pressclip.facts.marks import pair_marks, paragraph_bounds


def only(text: str, language: str | None = None):
    quotes = find_quotes(text, language)
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_french_direct_quote_with_trailing_attribution_and_fullest_name():
    text = ("La ministre Claire Dubois a visité l'usine lundi.\n\n"
            "« Nous allons tenir nos engagements envers les salariés », a déclaré Mme Dubois "
            "devant la presse.")
    q = only(text, "fr")
    assert q.quote == "Nous allons tenir nos engagements envers les salariés"
    assert text[q.start:q.end] == q.quote
    assert (q.speaker, q.kind, q.cue) == ("Claire Dubois", "direct", "a déclaré")


def test_french_incise_inside_the_marks_gives_two_quotes_of_one_speaker():
    text = ("Marie Lenoir dirige le refuge depuis dix ans. « Nous manquons de bénévoles, "
            "affirme-t-elle. Sans eux, les chiens resteraient enfermés toute la journée. »")
    quotes = find_quotes(text, "fr")
    assert [q.quote for q in quotes] == [
        "Nous manquons de bénévoles",
        "Sans eux, les chiens resteraient enfermés toute la journée.",
    ]
    assert {q.speaker for q in quotes} == {"Marie Lenoir"}
    assert all("affirme" not in q.quote for q in quotes)


def test_french_incise_set_off_by_dashes_is_cut_out_of_the_quotation():
    # French typography sets an incise off by spaced dashes as well as by commas.
    text = ("Marie Lenoir dirige le refuge depuis dix ans. « Nous manquons de bénévoles "
            "– affirme-t-elle – mais les dons arrivent. » Le refuge rouvre en mai. "
            "« Les chiens vont mieux — explique la vétérinaire Anne Colin — depuis "
            "l'été. »")
    quotes = find_quotes(text, "fr")
    assert [q.quote for q in quotes] == [
        "Nous manquons de bénévoles", "mais les dons arrivent.",
        "Les chiens vont mieux", "depuis l'été.",
    ]
    assert [q.speaker for q in quotes] == ["Marie Lenoir"] * 2 + ["Anne Colin"] * 2
    assert [q.cue for q in quotes] == ["affirme-t-elle"] * 2 + ["explique"] * 2


def test_a_dash_ends_the_speaker_phrase_of_an_incise():
    text = ("Le marché a rouvert mardi. « Les prix baissent — estime la fédération des "
            "éleveurs — depuis l'été. »")
    quotes = find_quotes(text, "fr")
    assert [q.speaker for q in quotes] == ["la fédération des éleveurs"] * 2


def test_french_comment_inside_a_quote_asks_how_and_cuts_no_incise():
    # "comment" is the English cue "comment" spelt like the French "how".
    text = ("Karim Haddad vit à Gaza avec ses enfants. « Je peux vous décrire ce que je "
            "vois, comment on fouille les décombres, mais pas ce qu'on ressent. »")
    q = only(text, "fr")
    assert q.quote.startswith("Je peux vous décrire") and q.quote.endswith("ressent.")


def test_french_incise_with_a_named_speaker_and_apposition():
    text = ("« Le chantier a pris du retard, explique Paul Girard, directeur des travaux. "
            "Nous finirons en juin. »")
    quotes = find_quotes(text, "fr")
    assert [q.quote for q in quotes] == ["Le chantier a pris du retard", "Nous finirons en juin."]
    assert {q.speaker for q in quotes} == {"Paul Girard"}


def test_french_partial_quote_inside_the_writers_sentence():
    text = ("Le maire Jean Morel a estimé que la situation était « très préoccupante » "
            "après les orages de la nuit.")
    q = only(text, "fr")
    assert (q.quote, q.speaker, q.kind) == ("très préoccupante", "Jean Morel", "partial")


def test_french_pronoun_incise_resolves_to_the_subject_of_the_previous_sentence():
    text = ("Le sénateur Louis Martin a rencontré les agriculteurs avec Mme Petit. "
            "« Il faut simplifier les règles pour les petites exploitations », a-t-il déclaré.")
    q = only(text, "fr")
    assert q.speaker == "Louis Martin"
    assert q.cue == "a-t-il déclaré"


def test_french_selon_and_institution_as_speaker():
    text = ("Selon le ministère de la Santé, « la vaccination reste le meilleur moyen de se "
            "protéger cet hiver ».")
    q = only(text, "fr")
    assert q.speaker == "le ministère de la Santé"
    assert q.cue == "Selon"


def test_role_description_resolves_to_the_person_introduced_with_it():
    text = ("Le ministre de la Santé, Henri Vallet, a présenté son plan mardi.\n\n"
            "« Nous ouvrirons vingt centres de soins avant l'été », a précisé le ministre.")
    q = only(text, "fr")
    assert q.speaker == "Henri Vallet"


def test_english_direct_quote_said_after_with_surname_expanded():
    text = ('City council member Laura Chen voted against the plan.\n'
            '"This budget leaves the libraries with nothing at all," Chen said on Tuesday.')
    q = only(text, "en")
    assert q.quote == "This budget leaves the libraries with nothing at all"
    assert (q.speaker, q.kind, q.cue) == ("Laura Chen", "direct", "said")


def test_english_said_before_with_title_and_apposition():
    text = ('"We expect the bridge to reopen by Friday," said Mark Howard, a spokesman for '
            'the transport department.')
    assert only(text, "en").speaker == "Mark Howard"


def test_english_he_said_and_the_spokesman():
    text = ('Police spokesman Tom Reyes gave few details. "The investigation is still at an '
            'early stage and we ask for patience," he said.\n\n'
            '"Nobody was hurt in the second fire," the spokesman added.')
    quotes = find_quotes(text, "en")
    assert [q.speaker for q in quotes] == ["Tom Reyes", "Tom Reyes"]


def test_english_curly_quotes_and_according_to():
    text = ("The factory will close in March, according to Anna Berg, who called the decision "
            "“a painful but unavoidable step for the whole region.”")
    q = only(text, "en")
    assert q.quote.startswith("a painful but unavoidable step")
    assert q.speaker == "Anna Berg"


def test_quote_over_several_paragraphs_with_repeated_opening_marks():
    text = ('Judge Ellen Park read her ruling aloud.\n\n'
            '"The evidence shows a clear pattern of neglect over several years.\n\n'
            '"The company knew of the risks and chose to ignore them," Park said.')
    q = only(text, "en")
    assert q.quote.startswith("The evidence shows")
    assert q.quote.endswith("chose to ignore them")
    assert q.speaker == "Ellen Park"
    assert '"' not in q.quote


def test_colon_introduces_a_direct_quote():
    text = 'Le président Marc Leroy a conclu : « Le club ne sera pas vendu. »'
    q = only(text, "fr")
    assert (q.speaker, q.kind) == ("Marc Leroy", "direct")


@pytest.mark.parametrize("text", [
    "Le film « Les Enfants du Paradis » ressort en salle cette semaine.",
    "Elle a lu « Guerre et Paix » pendant les vacances.",
    'The so-called "experts" were nowhere to be seen.',
    'He joined the "Friday Night Club" in 2010.',
    "Ce quartier, surnommé « la petite Venise », attire les touristes.",
    'Her novel "The Long Winter Road" sold well.',
    "« Les amis du vieux port » dénonce depuis des mois la hausse des loyers du quartier.",
])
def test_scare_quotes_titles_and_names_are_not_quotations(text):
    assert find_quotes(text) == []


def test_unbalanced_and_never_closing_marks_stay_sensible():
    text = ("« Nous reviendrons, a promis Jean Dupuis. Et nous gagnerons.\n\n"
            "Le public a applaudi » longuement. Un « seul mot.")
    quotes = find_quotes(text, "fr")
    for q in quotes:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.quote
    assert quotes[0].speaker == "Jean Dupuis"


def test_nested_quotes_stay_inside_the_outer_quote():
    text = ('"I was never told about "Project Blue" by anyone at the agency," '
            'Sarah Kim said.')
    q = only(text, "en")
    assert q.quote.startswith("I was never told") and q.quote.endswith("at the agency")
    assert q.speaker == "Sarah Kim"


def test_a_guillemet_never_closed_ends_before_the_guillemets_opened_inside_it():
    # The writer forgot the first closing mark: French nests “ ” inside « », so the « « »
    # after it are quotes of their own, not the rest of one running to the paragraph's end.
    text = ("Le collectif des locataires exige des « loyers plafonnés […] et la fin des « baux "
            "précaires », puis l'arrêt de « la hausse des charges dans tous les immeubles du "
            "quartier ».\n\nLe bailleur n'a pas répondu.")
    spans = pair_marks(text, paragraph_bounds(text))
    assert [text[s.start:s.end].strip() for s in spans] == [
        "loyers plafonnés […] et la fin des", "baux précaires",
        "la hausse des charges dans tous les immeubles du quartier"]
    # Closed, the outer quote keeps what is quoted inside it.
    text = "Le maire a dit : « Nous lirons « Le Petit Prince » aux enfants du quartier »."
    spans = pair_marks(text, paragraph_bounds(text))
    assert [text[s.start:s.end].strip() for s in spans] == [
        "Nous lirons « Le Petit Prince » aux enfants du quartier"]


def test_thousands_of_marks_stay_near_linear():
    # Ten times the marks may cost about ten times the time, never a hundred: CPU time, best of
    # three (one wall-clock timing failed under load).
    unit = '« ab » " cd " “ ef ” » « " '
    small, large = unit * 200, unit * 2000

    def cost(text: str) -> float:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            find_quotes(text)
            best = min(best, time.process_time() - t0)
        return best

    assert cost(large) < max(0.5, 30 * cost(small))
    quotes = find_quotes(large)
    assert all(0 <= q.start <= q.end <= len(large) for q in quotes)


def test_attribution_of_many_short_quotes_grows_linearly():
    # Each quote's attribution looks at a bounded window: doubling the quotes about doubles
    # the time (quadratic work would quadruple it). CPU time, best of five, the two sizes
    # measured in turn after a warm-up run: at a few ms a call, a lone run's noise on a
    # loaded machine reached the bound (600 against 1,200 quotes gave ratios 1.6-3.3).
    texts = {n: "“yes” (" * n for n in (1500, 3000)}
    find_quotes(texts[1500], "en")
    best = dict.fromkeys(texts, float("inf"))
    for _ in range(5):
        for n, text in texts.items():
            t0 = time.process_time()
            find_quotes(text, "en")
            best[n] = min(best[n], time.process_time() - t0)
    assert best[3000] < 3 * best[1500]


@pytest.mark.parametrize("start_shift", [0, 3])
@pytest.mark.parametrize("end_shift", [0, -2])
def test_line_windows_give_the_tokens_of_their_text(start_shift, end_shift):
    # The per-line token cache gives what tokenising each window's text would, cut words
    # at either end and quoted words left out.
    from pressclip.facts.attribution_before import _may_attribute, _window
    from pressclip.facts.speaker_words import tokens_of
    from pressclip.facts.speakers import Resolver

    text = ('Le ministre, selon l’AFP, a déclaré « nous partirons », puis « rien », '
            'ajoutant que Marie Dupont, directrice, avait expliqué la suite.')
    quoted = [(text.index("nous"), text.index(" »")), (text.index("rien"),
                                                       text.index("rien") + 4)]
    resolver = Resolver(text, "fr", quoted)
    for end in range(10, len(text), 7):
        start = max(0, end - 40 + start_shift)
        window_end = end + end_shift
        tokens, marked = _window(text, start, window_end, resolver)
        expected = [t for t in tokens_of(text[start:window_end], start)
                    if not resolver.in_quote(t[1])]
        assert tokens == expected
        assert marked == [i for i, t in enumerate(expected) if _may_attribute(t[0])]


def test_other_language_and_empty_input():
    assert find_quotes("") == []
    assert find_quotes("Keine Anführungszeichen hier.") == []
    german = ('„Wir werden das Werk nicht schließen“, sagte Anna Schmidt am Montag in Berlin '
              'vor den versammelten Mitarbeitern.')
    for q in find_quotes(german):
        assert german[q.start:q.end] == q.quote


def test_time_words_and_the_interviewer_before_the_speaker_are_skipped():
    text = ("« Les travaux reprendront à l'automne », a indiqué mardi à l'AFP Sophie Marchand, "
            "adjointe chargée de l'urbanisme.")
    assert only(text, "fr").speaker == "Sophie Marchand"
    text = '"The plant will stay open," Governor Ann Lee told reporters on Monday.'
    assert only(text, "en").speaker == "Ann Lee"


def test_pour_x_introduces_the_source_of_a_partial_quote():
    text = ("L'économiste Hélène Garnier suit ce dossier depuis des années. Pour Hélène Garnier, "
            "cette réforme reste « une occasion manquée pour les jeunes ».")
    q = only(text, "fr")
    assert (q.speaker, q.kind) == ("Hélène Garnier", "partial")


def test_circumstances_and_a_translation_between_the_quote_and_its_speaker():
    text = ("« Une décision de principe », rappelle en préambule la présidente du tribunal, "
            "Claire Morin.")
    assert only(text, "fr").speaker == "Claire Morin"
    text = ("« Alea jacta est » (le sort en est jeté), lance le procureur Paul Ravel devant "
            "la cour.")
    assert only(text, "fr").speaker == "Paul Ravel"


def test_first_name_only_and_pour_sa_part():
    text = ("Sur le marché, les clients se font rares. « On vend deux fois moins qu'avant », "
            "confie Nadia, 34 ans, maraîchère.")
    assert only(text, "fr").speaker == "Nadia"
    text = ("Le maire Paul Girard a défendu le projet. « Le budget sera tenu », estime pour sa "
            "part Lucie Bernard, conseillère d'opposition.")
    assert only(text, "fr").speaker == "Lucie Bernard"


def test_interviewed_role_resolves_to_the_person_introduced_with_it():
    text = ("Le ministre de l'Agriculture, Marc Fontaine, a reçu les syndicats mardi. "
            "Interrogé par la presse, le ministre a affirmé que les aides seraient versées "
            "« avant la fin du mois de juin ».")
    assert only(text, "fr").speaker == "Marc Fontaine"


def test_words_after_an_incise_ending_with_a_full_stop_stay_a_quotation():
    text = ("« Nous avons perdu trois mètres de plage, constate Hélène Roux, la maire de la "
            "commune. C'est grave. »")
    quotes = find_quotes(text, "fr")
    assert [q.quote for q in quotes] == ["Nous avons perdu trois mètres de plage", "C'est grave."]
    assert {q.speaker for q in quotes} == {"Hélène Roux"}


def test_il_dit_avoir_reports_while_dit_after_a_name_still_names():
    text = ("L'entraîneur Marc Lebrun a quitté le club. Il dit avoir « toujours respecté les "
            "joueurs ». Son adjoint, Jean, dit « le Sage », reste en place.")
    q = only(text, "fr")
    assert (q.quote, q.speaker) == ("toujours respecté les joueurs", "Marc Lebrun")


def test_gerund_after_an_incise_keeps_the_speaker_of_the_clause():
    text = ("Claire Vidal dirige l'association. « Les dons baissent », déplore-t-elle, en "
            "rappelant les « quatre cents familles aidées chaque hiver ».")
    quotes = find_quotes(text, "fr")
    assert [q.speaker for q in quotes] == ["Claire Vidal", "Claire Vidal"]
    english = ('Tom Hale runs the shelter. "Donations are down," he said, while noting the '
               '"four hundred families helped every winter."')
    assert [q.speaker for q in find_quotes(english, "en")] == ["Tom Hale", "Tom Hale"]


def test_mais_pour_x_names_the_source_of_partial_quotes():
    text = ("Mais pour Sophie Marchal, avocate des familles, le prévenu est un homme "
            "« qui savait ce qu'il faisait » et un « danger public ».")
    quotes = find_quotes(text, "fr")
    assert [q.speaker for q in quotes] == ["Sophie Marchal", "Sophie Marchal"]


def test_lone_first_name_with_an_apposition_is_the_speaker_after_a_colon():
    text = ("Karim, boulanger du quartier, raconte la matinée. Nadia, infirmière retraitée, "
            "a assisté à la réunion : « On nous a promis des travaux depuis dix ans. » Elle "
            "n'a « jamais vu un élu sur place ».")
    quotes = find_quotes(text, "fr")
    assert [q.speaker for q in quotes] == ["Nadia", "Nadia"]


def test_a_new_sentence_after_a_quote_is_not_its_attribution():
    text = ('"We played hard," Porter said. "They got to run a little faster. Coaches got to '
            'coach louder." Some players would later claim they noticed nothing.')
    quotes = find_quotes(text, "en")
    assert [q.speaker for q in quotes] == ["Porter", "Porter"]


def test_coordinated_verb_and_apposition_keep_the_first_subject():
    text = ('Board spokesman Raj Mehta quoted Pawar and said: "The two boards will stay '
            'friends after this tour." Later, Anita Rao, an analyst at the firm Lodestar '
            'Partners said: "Sponsors will not walk away from the team."')
    quotes = find_quotes(text, "en")
    assert [q.speaker for q in quotes] == ["Raj Mehta", "Anita Rao"]


def test_agency_acronym_and_it_resolve_to_the_organisation():
    text = ("The Northern Schools Communications and Technology Agency (NSCTA) published "
            'its report on Monday. "There is no strong case for an upgrade," NSCTA said. '
            '"The costs are not offset by any benefit," it said. Schools should wait, the '
            'agency said, because "the savings are not proven in any classroom."')
    quotes = find_quotes(text, "en")
    full = "Northern Schools Communications and Technology Agency"
    assert [q.speaker for q in quotes] == [full, full, full]


def test_french_named_incise_closed_by_a_comma_splits_the_quotation():
    text = ("« Nous faisons de notre mieux pour limiter les dégâts, jure Daniel Hagari, mais "
            "la façon dont les tunnels ont été construits nous pose un grand défi. »")
    quotes = find_quotes(text, "fr")
    assert [q.quote for q in quotes] == [
        "Nous faisons de notre mieux pour limiter les dégâts",
        "mais la façon dont les tunnels ont été construits nous pose un grand défi."]
    assert {q.speaker for q in quotes} == {"Daniel Hagari"}


def test_strings_of_a_script_left_in_the_text_are_not_quotations():
    text = ('Le canton a interdit le pesticide vendredi.\n'
            '$("#maj-51").each(function(){ ShowTime(d, "Mis à jour il y a 1 minute", '
            '"Mis à jour il y a [minute] minutes"); });\n'
            '« Cette interdiction arrive bien trop tard pour les nappes », a déclaré Anne Roux.')
    assert [q.speaker for q in find_quotes(text, "fr")] == ["Anne Roux"]


def test_every_quote_says_what_kind_of_speaker_it_has():
    text = ('"We will win this fight and we will win it soon," Maria Lopez told the BBC. '
            '"The plan is ready and it will work for everyone," the Pentagon said in a '
            'statement.')
    kinds = {q.quote[:12]: (q.speaker, q.speaker_kind) for q in find_quotes(text, "en")}
    assert kinds["We will win "] == ("Maria Lopez", "person")
    assert kinds["The plan is "] == ("Pentagon", "organization")
    unnamed = find_quotes('The day ended.\n\n"This is the end of an era for all of us in the '
                          'valley and beyond the river, and nobody can change it."', "en")
    assert [(q.speaker, q.speaker_kind) for q in unnamed] == [(None, "none")]


def test_legal_charges_are_the_law_words_not_somebodys():
    # The charges quote the law, and nobody says them; the lawyer's words stay a quote.
    french = ("Jean Dupont, 32 ans, était poursuivi pour « menaces de mort réitérées "
              "à l'encontre d'un agent public », et pour « diffamation publique envers un "
              "particulier ». Son trésorier est mis en examen pour « abus de confiance "
              "aggravé » et « recel d'abus de confiance ». « Mon client regrette "
              "profondément ce qu'il a écrit ce jour-là », a déclaré son avocate, Marie Martin.")
    english = ('John Smith was charged with "criminal mischief in the third degree" on Monday. '
               '"He is sorry for what he did that night," his lawyer, Mary Jones, said.')
    assert [(q.quote[:14], q.speaker) for q in find_quotes(french, "fr")] == [
        ("Mon client reg", "Marie Martin")]
    assert [(q.quote[:14], q.speaker) for q in find_quotes(english, "en")] == [
        ("He is sorry fo", "Mary Jones")]


def test_a_long_quote_glued_to_its_closing_mark_before_the_cue_is_a_quotation():
    # "«Les voix des Femmes» appelle …" is a name before a verb; a sentence of many words
    # closed without a space before its cue is somebody's words.
    text = ("« Le maintien de l'ordre est une histoire professionnelle. » insiste Paul Martin. "
            "« Il faut bien comprendre que la légitimité de la victime fait l'illégitimité de "
            "la force» explique Anne Durand, doctorante en sciences politiques.")
    name = "Le collectif «Les Voix des Femmes» appelle à manifester samedi devant la mairie."
    assert [(q.quote[:12], q.speaker) for q in find_quotes(text, "fr")] == [
        ("Le maintien ", "Paul Martin"), ("Il faut bien", "Anne Durand")]
    assert find_quotes(name, "fr") == []


def test_a_modal_and_a_reporting_infinitive_after_the_quote_are_its_cue():
    lead = "Françoise Martin a démissionné mardi. "
    short = lead + "Une « négligence », tente d'expliquer la ministre."
    named = lead + "« C'était une simple négligence », a tenu à préciser Paul Durand."
    assert [(q.quote, q.speaker, q.cue) for q in find_quotes(short, "fr")] == [
        ("négligence", "Françoise Martin", "tente d'expliquer")]
    assert [(q.speaker, q.cue) for q in find_quotes(named, "fr")] == [
        ("Paul Durand", "a tenu à préciser")]
