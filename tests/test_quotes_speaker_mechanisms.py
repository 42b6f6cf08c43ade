"""Quotations and their speakers by the mechanism that decides them (sessions 31 and 32),
on texts written for these tests: a naming word only names a quote of its own sentence,
a capitalised reporting word inside a name is no cue, a question asked right before its
quote is the asker's, not the answer's, a surname that reads like a people's word is
still its person's, the main clause's subject after a fronted phrase speaks, and a pronoun
stands for the one who reports, not for a name inside what he reports; a reporting clause
closing the sentence past a partial quote attributes it, a document to its issuer; and a
surname alone expands to a full name that ends with it before a generation's suffix;
a work's noun names only a quote that opens with a capital; a name a line break splits is
one name, and a shared surname is the namesake introduced before it (session 34)."""

from __future__ import annotations

from pressclip import find_quotes


def test_a_naming_word_ending_the_sentence_before_does_not_make_a_title():
    text = ("Board members said they wanted the figures on paper, not in a slide show.\n\n"
            "“We believe the plan answers every question the members raised in June,” "
            "Mr. Okafor said.")
    assert [(q.quote[:10], q.speaker) for q in find_quotes(text, "en")] == [
        ("We believe", "Okafor")]
    # In its own sentence the same word still names what follows it.
    titled = "Members watched the show “A Night Over the Bay” before the vote."
    assert find_quotes(titled, "en") == []


def test_a_capitalised_reporting_word_inside_a_title_is_no_cue():
    # "State" is a reporting verb in lower case; here it opens a title, and the sentence
    # has no cue: the quote is nobody's it names, not the storm's before the title.
    text = ("When Hurricane Ida hit the coast last May, revenues fell and State Treasurer "
            "Ann Cole blamed it on \u201cthe worst weather this state has seen in a hundred "
            "years\u201d.")
    assert [(q.speaker, q.cue) for q in find_quotes(text, "en")] == [(None, None)]


def test_a_question_asked_right_before_its_quote_is_the_askers():
    text = ("The council met on Tuesday. After board member Ruth Adeyemi asked on Monday "
            "\u201cWhy has this taken five months when the staff said it would be ready in "
            "May?\u201d Mr. Lindqvist responded that \u201cthe review took longer than anyone "
            "at the department had planned for.\u201d")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Ruth Adeyemi", "Lindqvist"]
    # Signed by an incise after it, the quote is the incise's.
    signed = ("After the vote, board member Ruth Adeyemi asked: \u201cWhy now?\u201d "
              "\u201cBecause the money is there,\u201d Mr. Lindqvist said.")
    assert [q.speaker for q in find_quotes(signed, "en")] == ["Ruth Adeyemi", "Lindqvist"]


def test_a_document_from_its_issuer_after_according_to_speaks_for_the_issuer():
    text = ("\u201cWe regret the decision and will support every employee affected,\u201d "
            "according to a statement from Kelvar Corp.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Kelvar Corp"]
    report = ("The river is \u201cpolluted well beyond what any of the region's towns can "
              "treat\u201d, according to a report by the Harlow Institute.")
    assert [q.speaker for q in find_quotes(report, "en")] == ["the Harlow Institute"]
    # A document with nobody named still leaves the quote to no one.
    unnamed = ("\u201cWe regret the decision and will support every employee affected,\u201d "
               "according to a statement.")
    assert [q.speaker for q in find_quotes(unnamed, "en")] == [None]


def test_the_n_year_old_is_the_person_given_that_age():
    text = ("Paul Verne, 45, and his neighbour Ada Holt, 61, were arrested on Friday. "
            "\u201cI did nothing wrong and I will prove it in court,\u201d the 45-year-old "
            "said. \u201cThis is a misunderstanding and nothing more than that,\u201d the "
            "61-year-old said.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Paul Verne", "Ada Holt"]
    before = ("The 38-year-old nurse Lena Ford has worked nights for ten years. "
              "\u201cYou never get used to it, you just learn to cope,\u201d the 38-year-old "
              "said.")
    assert [q.speaker for q in find_quotes(before, "en")] == ["Lena Ford"]


def test_a_man_described_by_where_he_comes_from_is_not_that_place():
    text = ("The striker Sam Otto, who joined from Leeds in March, scored twice on Sunday. "
            "\u201cI will enjoy this one for a long time,\u201d the former Leeds man said.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Sam Otto"]


def test_a_document_after_a_possessive_speaks_for_its_owner():
    text = ("Kelvar Corp cut 300 jobs on Monday. Kelvar Corp's statement said the cuts were "
            "\u201ca painful decision taken after months of talks with the unions\u201d.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Kelvar Corp"]
    ruling = ("The court's ruling said the law was \u201cplainly incompatible with the "
              "constitution of the state\u201d.")
    assert [q.speaker for q in find_quotes(ruling, "en")] == ["The court"]


def test_the_one_asked_in_a_fronted_clause_answers():
    text = ("Asked about the bridge on Monday, Mayor Ann Lee was blunt: \u201cWe will rebuild "
            "it before winter, whatever it costs the city.\u201d")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Ann Lee"]
    french = ("Interrogée sur le pont lundi, la maire Anne Leroy a été claire : « Nous le "
              "reconstruirons avant l'hiver, quoi qu'il en coûte à la ville. »")
    assert [q.speaker for q in find_quotes(french, "fr")] == ["Anne Leroy"]


def test_a_label_line_before_a_colon_names_nobody():
    # A capitalised common noun or a short label opening its line ("Photo:", "Read more:",
    # "Lire aussi :") sets the quote off but is no speaker, on its line or ending the
    # paragraph before.
    lead = "Maria Lopez runs the clinic in Harbor Falls, which may close next month.\n\n"
    for label in ("Studies:", "Reporter:", "Update:", "Read more:", "Key points:\n\n"):
        text = lead + label + " \u201cThe clinic will not close its doors before the winter.\u201d"
        assert [q.speaker for q in find_quotes(text, "en")] == [None], label
    french = "Marie Dupont dirige la clinique de Villeneuve, qui pourrait fermer.\n\n"
    for label in ("Photo :", "Lire aussi :", "\u00c0 noter :"):
        text = french + label + " \u00ab La clinique ne fermera pas avant l'hiver. \u00bb"
        assert [q.speaker for q in find_quotes(text, "fr")] == [None], label


def test_a_name_or_a_determined_noun_before_a_colon_still_speaks():
    lead = "Maria Lopez runs the clinic in Harbor Falls, which may close next month.\n\n"
    quote = " \u201cThe clinic will not close its doors before the winter.\u201d"
    assert [q.speaker for q in find_quotes(lead + "Lopez:" + quote, "en")] == ["Maria Lopez"]
    # A determiner makes the noun somebody the text speaks of, not a label.
    assert [q.speaker for q in find_quotes(lead + "The director:" + quote, "en")] == [
        "Maria Lopez"]
    # A label's words after a name's: "Anna Berg" capitalises both.
    named = lead + "Anna Berg:" + quote
    assert [q.speaker for q in find_quotes(named, "en")] == ["Anna Berg"]


def test_a_surname_that_reads_like_a_peoples_word_is_its_persons():
    # "Albanese" ends like a people's word of a country ("Alba-" of Albania, "-ese"); the
    # text gives it as a person's surname, so "Albanese said" is that person, by full name.
    text = ("Sen. Mara Albanese ruled out a run for governor on Monday, saying she would "
            "stay in the chamber.\n"
            "\u201cI was elected two years ago and that is where I will stay,\u201d "
            "Albanese said.\n"
            "\u201cThe budget is stuck and we need people who can work across the "
            "aisle,\u201d Albanese then added.")
    assert [(q.speaker, q.cue) for q in find_quotes(text, "en")] == [
        ("Mara Albanese", "said"), ("Mara Albanese", "added")]


def test_the_main_clause_after_a_fronted_phrase_has_the_subject():
    # A name inside the phrase that opens the sentence ("at a Harbour Trust lunch") and a
    # sentence-opening word the name finder may take for a name ("Moments") are not the
    # subject a participle after a comma shares.
    text = ("Sen. Dana Whitlock spent the day at campaign stops across the state.\n"
            "In May, at a Harbour Trust lunch, Whitlock also seemed to rule out a run for "
            "governor, saying at the time, \u201cI am better suited to stay where I am.\u201d\n"
            "Moments later, the senator repeated the point, telling a reporter, \u201cI will "
            "help the campaign all I can, but I will stay in the Senate.\u201d")
    assert [(q.speaker, q.cue) for q in find_quotes(text, "en")] == [
        ("Dana Whitlock", "saying"), ("Dana Whitlock", "telling")]
    # A person opening the sentence keeps it: the comma opens an apposition.
    apposed = ("Paul Brandt, a former chairman of the club, said the vote had \u201cput a "
               "cloud over the whole season.\u201d")
    assert [q.speaker for q in find_quotes(apposed, "en")] == ["Paul Brandt"]


def test_a_pronoun_skips_a_name_inside_the_clause_a_reporting_verb_opens():
    # "explains that, right now, Tom Reyes …" reads like a fronted phrase before Reyes;
    # Reyes is inside what Marsh explains, and "he says" is Marsh.
    text = ("Kelvar co-founder and CEO Dan Marsh explains that, right now, Tom Reyes only "
            "writes code for the web version. \u201cMobile apps need a backend before anyone "
            "can build them,\u201d he says.")
    assert [(q.speaker, q.cue) for q in find_quotes(text, "en")] == [("Dan Marsh", "says")]
    # A fronted clause that no reporting verb opens still leaves the subject after it.
    fronted = ("Despite rumours that Tom Reyes was leaving, Dan Marsh stayed calm. \u201cWe "
               "will keep the team together,\u201d he said.")
    assert [q.speaker for q in find_quotes(fronted, "en")] == ["Dan Marsh"]


def test_a_reporting_clause_closing_the_sentence_attributes_its_partial_quote():
    # The clause after the sentence's last comma ("…, the study says.") is the quote's
    # attribution though words stand between; the study speaks for who published it.
    text = ("A study published by Dr. Ines Varga and her colleagues maps the river's delta. "
            "About two million people live on land the study calls \u201cthe most "
            "flood-prone farmland on the continent,\u201d and most of them farm rice, the "
            "study says.")
    assert [(q.speaker, q.cue) for q in find_quotes(text, "en")] == [("Ines Varga", "says")]
    # A sentence closing with no reporting clause leaves the quote's own cue.
    called = ("The council called the plan \u201ca slow disaster for the town and its "
              "farms\u201d and then voted, and the meeting ended late, as it often does.")
    assert [(q.speaker, q.cue) for q in find_quotes(called, "en")] == [
        ("The council", "called")]


def test_a_surname_alone_expands_to_the_name_it_ends_before_a_suffix():
    # "III" is the full name's last word, so the surname alone found no fuller name.
    text = ("President Ramon T. Alcaraz III met fishermen in the port on Monday. \u201cNobody "
            "will take these waters from the people who have fished them for centuries,"
            "\u201d Alcaraz said.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Ramon T. Alcaraz III"]
    # Two such names leave the surname as it stands.
    two = ("Ramon T. Alcaraz III and his cousin Luis Alcaraz Jr. met fishermen on Monday. "
           "\u201cNobody will take these waters from us,\u201d Alcaraz said.")
    assert [q.speaker for q in find_quotes(two, "en")] == ["Alcaraz"]


def test_a_pronoun_after_a_spokesman_of_a_named_body_speaks_for_the_body():
    # The unnamed subject of the sentence before is the spokeswoman; she speaks for the
    # body named before her noun, not for a place named further back.
    text = ("Crews were sent east of Millbrook Falls on Sunday.\n\n"
            "A Forestry Board spokeswoman said the road was closed again on Monday.\n\n"
            "\u201cWe have crews on the northern edge of the fire,\u201d she said.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Forestry Board"]
    # A spokesman of the other gender is not who "she" stands for.
    other = text.replace("spokeswoman", "spokesman")
    assert [q.speaker for q in find_quotes(other, "en")] != ["Forestry Board"]


def test_an_acronym_speaks_as_the_name_it_is_spelt_out_with():
    text = ("Traffic moved in convoys under Department of Parks and Wildlife (DPW) escort "
            "until the road reopened.\n\n"
            "\u201cWe have crews on the northern edge of the fire,\u201d a DPW spokeswoman "
            "said.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Department of Parks and Wildlife"]
    # Letters the words before the bracket do not spell keep the acronym as written.
    unspelt = text.replace("(DPW)", "(DPX)").replace("a DPW", "a DPX")
    assert [q.speaker for q in find_quotes(unspelt, "en")] == ["DPX"]


def test_one_before_a_description_is_its_article_and_as_opens_no_subject():
    after = ("The talks stalled again.\n\n\u201cThese shows are a blip for us,\u201d one "
             "network executive said.")
    assert [q.speaker for q in find_quotes(after, "en")] == ["network executive"]
    aside = ("The talks stalled again. But as one network executive pointed out, "
             "\u201cThese shows are a blip for us.\u201d")
    assert [q.speaker for q in find_quotes(aside, "en")] == ["network executive"]
    # "as" before a name still leaves the name to speak.
    named = aside.replace("one network executive", "Ms. Ferreira")
    assert [q.speaker for q in find_quotes(named, "en")] == ["Ferreira"]


def test_a_bare_role_naming_nobody_is_the_source_the_text_leaves_unnamed():
    # Nobody of the role's gender was named before: the mother is an unnamed source, not
    # the man she told.
    text = ("When the boy could go no further, his mother saw that he needed a group home. "
            "\u201cWe had worked so hard to make it work,\u201d the mother told Mr. Okoro.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["mother"]
    # A woman named before is who the bare role stands for.
    named = "Ruth Adeyemi raised three sons. " + text
    assert [q.speaker for q in find_quotes(named, "en")] == ["Ruth Adeyemi"]


def test_a_bracketed_sentence_ends_where_its_stop_and_bracket_do():
    # ". (If …)" and ".) Name": the sentence in brackets is one of its own, so the pronoun
    # after the quote stands for the subject of the sentence that holds it.
    text = ("Writer Tom Ashby posts two maps. (If you prefer, you can view a third map.) "
            "Neil Bell attempted to sum up the night: \u201cThere is a 90 percent chance "
            "this caps the best month of his life,\u201d he wrote.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Neil Bell"]


def test_a_work_noun_names_only_a_quote_that_opens_with_a_capital():
    # What somebody says of a book is quoted after "the book is" or "calling the book".
    said = ("The lawyer, Bertram Okafor, said on Monday that the book is \u201cabsolutely "
            "loaded with false statements\u201d and should be withdrawn.")
    assert [(q.quote, q.speaker) for q in find_quotes(said, "en")] == [
        ("absolutely loaded with false statements", "Bertram Okafor")]
    calling = ("The church answered with a long statement, Ruth Adeyemi said, calling the "
               "book \u201ca bigoted assault replete with lies\u201d on Tuesday.")
    assert [q.quote for q in find_quotes(calling, "en")] == [
        "a bigoted assault replete with lies"]
    # A title opens with a capital: it stays a title, however short.
    title = ("Ruth Adeyemi said she had read the book \u201cStolen moments at sea\u201d "
             "twice.")
    assert find_quotes(title, "en") == []


def test_a_name_split_by_a_line_break_is_one_name():
    # Hard-wrapped text: the given name ends one line and the surname opens the next.
    text = ("The mission's top representative here, Tom\nKoenigs, said he was leaving. "
            "\u201cThe country is moving towards a better future for its people,\u201d "
            "Koenigs said.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Tom Koenigs"]


def test_a_shared_surname_stands_for_the_namesake_introduced_before_it():
    # The brother is named twice, but only after the quote: the surname before is the
    # commander the text has introduced.
    text = ("Also on Sunday, commander Mansoor Dadullah said the report was false. "
            "\u201cNobody told me to leave the movement at any time,\u201d Dadullah said. "
            "Mansoor rose in the ranks after his brother, Mullah Dadullah, was killed in "
            "May. Mullah Dadullah had led the fighters in the south.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Mansoor Dadullah"]


def test_a_participle_after_a_bodys_definite_noun_is_that_bodys():
    # Nobody is named in the sentence: "The church … , calling" is the church the text
    # named before, not nobody.
    text = ("The actor holds no rank in the Church of Valoria, the author says. The church "
            "has responded with a long statement, calling the book \u201ca bigoted assault "
            "replete with lies\u201d on Tuesday.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Church of Valoria"]
    # A person's description before the participle is left to the roles' own rules.
    woman = text.replace("The church has", "The woman has")
    assert [q.speaker for q in find_quotes(woman, "en")] != ["Church of Valoria"]


def test_a_participle_joined_by_and_shares_the_speaker_of_the_quote_before():
    text = ("The actor holds no rank in the Church of Valoria, the author says. The church "
            "has responded with a long statement, calling the book \u201ca bigoted assault "
            "replete with lies\u201d and saying the actor \u201cis a member and holds no "
            "office in the church.\u201d")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Church of Valoria"] * 2
    # In a sentence of its own, "And saying" has no quote before it to share a speaker with.
    apart = text.replace("\u201d and saying the actor", "\u201d. And saying the actor")
    assert [q.speaker for q in find_quotes(apart, "en")][1] is None


def test_a_short_lower_case_word_other_than_a_titles_makes_a_sentence_not_a_title():
    text = ("The talk was full of phones and screens.\n\u201cYou are not RoboCop or The "
            "Terminator,\u201d Amber Osei continues.")
    assert [(q.quote, q.speaker) for q in find_quotes(text, "en")] == [
        ("You are not RoboCop or The Terminator", "Amber Osei")]
    # Its articles and short prepositions alone in lower case: a title.
    title = text.replace("You are not RoboCop or The Terminator", "Return of the Terminator")
    assert find_quotes(title, "en") == []


def test_a_few_words_left_open_do_not_carry_into_the_next_paragraphs_quote():
    text = ("The acronym has been named this year's \"Word of the Year.\n\"It gained "
            "traction as a verb, not just a noun,\" Katherine Osei, head of the dictionary, "
            "said.")
    assert [(q.quote, q.speaker) for q in find_quotes(text, "en")] == [
        ("It gained traction as a verb, not just a noun", "Katherine Osei")]
    # A sentence left open still runs on into the next paragraph's quote.
    run_on = ("Katherine Osei said: \"The word gained traction as a verb this year.\n\"It is "
              "not just a noun any more.\"")
    assert len(find_quotes(run_on, "en")) == 1


def test_a_surname_takes_the_name_from_the_given_name_the_entity_pass_glued_to_a_body():
    # "Bray & Holloway CIO Dana Whitcombe" is one organisation's mention to the entity
    # pass; the surname alone is the person named from her given name on.
    text = ("Data will split firms into winners and losers, according to Bray & Holloway "
            "CIO Dana Whitcombe. She has run the firm's systems for nine years.\n"
            "\"Your data is going to double next year and double again after that,\" "
            "Whitcombe says.")
    assert [q.speaker for q in find_quotes(text, "en")] == ["Dana Whitcombe"]
    # A name opening with two given names keeps both.
    both = text.replace("CIO Dana Whitcombe", "CIO Mary Ann Whitcombe")
    assert [q.speaker for q in find_quotes(both, "en")] == ["Mary Ann Whitcombe"]


def test_a_civilitys_name_running_into_of_and_a_body_is_the_person():
    # The entity pass types "Okonkwo of the U.W.C." an organisation whole; after "Dr." the
    # words before "of" are the person a later "he" stands for, though his full name was
    # last seen past the pronoun's reach.
    far = " ".join(["The hospitals counted patients who smoked in each of the wards."] * 25)
    text = ("\u201cClinics were full of smoke in those years,\u201d writes Dr. Peter K. "
            f"Okonkwo, a professor of medicine, in an editorial.\n{far}\n"
            "\u201cThis is a lasting problem,\u201d said Susan Reyes, an author of the study.\n"
            "In his editorial, Dr. Okonkwo of the U.W.C. acknowledged the value of the "
            "programs.\n"
            "\u201cGiven the trend,\u201d he wrote, \u201cwe will see more such patients.\u201d")
    assert [q.speaker for q in find_quotes(text, "en")] == [
        "Peter K. Okonkwo", "Susan Reyes", "Peter K. Okonkwo", "Peter K. Okonkwo"]
    # Without a civility, "Bank of the North" stays one body's name.
    body = text.replace("Dr. Okonkwo of the U.W.C.", "the Bank of the North")
    assert [q.speaker for q in find_quotes(body, "en")][2] != "Bank"
