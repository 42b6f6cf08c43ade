"""French speakers: roles, institutions, media and unnamed sources as French news writes them
(issue 14, item 3), on texts written for these tests."""

from __future__ import annotations

from pressclip import find_quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "fr")]


def kinds(text: str) -> list[str]:
    return [q.speaker_kind for q in find_quotes(text, "fr")]


def test_role_with_an_elided_complement_goes_to_the_holder_introduced_with_it():
    text = ("Le ministre de l'Économie Jean Moreau était à Rennes mardi. Le ministre de "
            "l'Agriculture Paul Mercadier l'accompagnait. « Les prix vont encore monter cet "
            "hiver », a indiqué le ministre de l'Économie.")
    assert speakers(text) == ["Jean Moreau"]


def test_role_with_adjectives_and_an_elided_complement_goes_to_its_holder():
    text = ("Le secrétaire général adjoint de l'ONU, Jean Moreau, était à Genève mardi. Il a "
            "rencontré des délégués. « Les négociations reprendront la semaine prochaine », a "
            "indiqué le secrétaire général adjoint de l'ONU.")
    assert speakers(text) == ["Jean Moreau"]


def test_unnamed_source_description_stops_at_a_french_preposition():
    text = ("« Les vents vont se renforcer dans la nuit », a déclaré un diplomate européen sous "
            "couvert d'anonymat.")
    assert speakers(text) == ["diplomate européen"]
    assert kinds(text) == ["anonymous"]


def test_institution_with_an_adjective_before_its_complement_is_the_speaker():
    text = ("« Les vents vont se renforcer dans la nuit », a indiqué le ministère grec de la "
            "Protection civile.")
    assert speakers(text) == ["le ministère grec de la Protection civile"]
    assert kinds(text) == ["organization"]


def test_bare_institution_noun_goes_to_the_institution_as_described_with_its_adjectives():
    text = ("Le ministère grec de la Protection civile a publié un bulletin mardi. « Les vents "
            "vont se renforcer dans la nuit », a précisé le ministère.")
    assert speakers(text) == ["ministère grec de la Protection civile"]


def test_french_public_office_and_elided_institution_speak_as_organisations():
    text = ("« Les routes resteront fermées jusqu'à lundi », a indiqué la préfecture du Rhône.\n\n"
            "« Aucun cas n'a été signalé », a précisé l'office fédéral de la Santé publique.")
    assert kinds(text) == ["organization", "organization"]


def test_pronoun_after_a_sentence_opened_by_an_institution_is_the_institution():
    text = ("Le ministère grec de la Protection civile a appelé à la prudence mardi. « Les vents "
            "vont se renforcer dans la nuit », a-t-il indiqué.")
    assert speakers(text) == ["ministère grec de la Protection civile"]


def test_pronoun_of_the_other_gender_skips_the_institution():
    text = ("La préfecture du Rhône a fermé les routes mardi. « Les vents vont se renforcer "
            "dans la nuit », a-t-il indiqué.")
    assert speakers(text) == [None]


def test_pronoun_after_a_role_with_its_complement_opening_the_sentence_is_that_role():
    text = ("Le porte-parole adjoint du gouvernement a été clair mardi. « Les routes resteront "
            "fermées », a-t-il dit.")
    assert speakers(text) == ["Le porte-parole adjoint du gouvernement"]


def test_role_opening_the_sentence_goes_to_the_holder_introduced_with_its_complement():
    text = ("La secrétaire générale du SNTF, Claire Dumont, était à Lyon mardi. La dirigeante "
            "du SNTF a rencontré le ministre. « Nous ne lâcherons rien », a-t-elle dit.")
    assert speakers(text) == ["Claire Dumont"]


def test_medium_named_after_its_word_and_an_adjective_is_the_medium():
    text = "« Les ventes ont reculé de 4 % », selon le quotidien économique La Tribune du Nord."
    assert speakers(text) == ["La Tribune du Nord"]


def test_deputy_spokesperson_of_a_ministry_speaks_for_the_ministry():
    text = ("« Les discussions continuent », a déclaré le porte-parole adjoint du ministère de "
            "l'Intérieur.")
    assert speakers(text) == ["ministère de l'Intérieur"]


def test_unnamed_sources_in_the_plural_are_named_by_their_description():
    text = ("« Aucun accord ne sera signé cette semaine », selon des sources diplomatiques.\n\n"
            "« Les routes resteront fermées jusqu'à lundi », ont affirmé deux responsables "
            "locaux.")
    assert speakers(text) == ["sources diplomatiques", "responsables locaux"]
    assert kinds(text) == ["anonymous", "anonymous"]



def test_institution_name_capitalised_on_its_first_word_only_is_read_whole():
    text = ("« Aucun lot n'est concerné à ce jour », a indiqué l'Agence nationale de sécurité "
            "du médicament.")
    assert speakers(text) == ["Agence nationale de sécurité du médicament"]
    assert kinds(text) == ["organization"]


def test_a_description_stops_before_its_verb_and_the_verbs_object():
    # "compare" is the sentence's verb, "les" the article of its object: neither is an
    # adjective of "sociologue".
    from pressclip.facts.institutions import described_subject

    text = "Le sociologue compare les loyers des quartiers."
    assert described_subject(text, 0, len(text))[0] == "sociologue"
    text = "Le ministère grec annonce les mesures."
    assert described_subject(text, 0, len(text))[0] == "ministère grec"


def test_a_pronoun_after_a_bare_role_subject_is_the_person_named_in_passing_before():
    # A sentence opening with a bare role ("L'anthropologue …") is about the one the text
    # named before, in passing ("le livre de X"), not about an older subject.
    text = ("Le conseiller du maire juge le projet prêt.\n\n"
            "Les éditions Noroît rééditent le livre de Marc Vidal sur la ville.\n\n"
            "L'anthropologue compare les loyers des quartiers depuis vingt ans. « Les "
            "chiffres ne mentent pas, note-t-il. Ils parlent d'eux-mêmes. »")
    assert speakers(text) == ["Marc Vidal", "Marc Vidal"]


def test_a_bare_role_subject_goes_to_the_holder_introduced_with_the_role():
    text = ("Le sociologue Marc Vidal a publié un livre. Le maire Paul Roux l'a reçu lundi.\n\n"
            "Le sociologue décrit ensuite les quartiers. « Les chiffres disent tout, "
            "note-t-il. Il suffit de les lire. »")
    assert speakers(text) == ["Marc Vidal", "Marc Vidal"]


def test_a_french_title_keeps_its_lower_case_adjective():
    # French titles capitalise the article and first noun only: the adjective after them is
    # the title's when it closes the phrase; a reporting verb there is the cue.
    text = ("« Le chantier a commencé sans permis », écrit Le Héron déchaîné. Le journal "
            "ajoute que « rien n'a été déclaré ». « Tout est en règle », explique Le Matin.")
    assert speakers(text) == ["Le Héron déchaîné", "Le Héron déchaîné", "Le Matin"]



def _run(middle: str) -> str:
    return ("Dans son essai, Lucien Varenne souligne le poids des mots creux dans les "
            f"bureaux.\n\n{middle}\n\nD'où « la nécessité de parler enfin simplement à ceux "
            "qui travaillent avec nous ».")


def test_a_quote_with_no_cue_goes_to_the_person_its_paragraphs_report():
    # Nothing near the quote says who speaks: its run of paragraphs reports one person
    # (the subject of a reporting verb) and names nobody else.
    assert speakers(_run("Les réunions se suivent et se ressemblent.")) == ["Lucien Varenne"]


def test_a_quote_with_no_cue_stays_unattributed_when_the_run_names_two_people():
    assert speakers(_run("Les réunions de Margot Ledru se suivent.")) == [None]


def test_a_quote_with_no_cue_stays_unattributed_when_its_person_only_acts():
    text = ("Lucien Varenne publie un essai sur les mots creux des bureaux.\n\nD'où « la "
            "nécessité de parler enfin simplement à ceux qui travaillent avec nous ».")
    assert speakers(text) == [None]


def test_a_short_quote_takes_the_inverted_cue_that_signs_its_sentence_s_last_quote():
    # An inverted verb is only ever an incise: it signs the sentence's quotes as a comma
    # and a verb would.
    text = ("Le prix revient à Paul Martin.\n\nLe ton sera clinique et factuel. « Tout est "
            "parti d'un coup, sans réfléchir » en réaction « à l'inaction des grands médias » "
            "raconte-t-il.")
    assert speakers(text) == ["Paul Martin", "Paul Martin"]
