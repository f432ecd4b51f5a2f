"""Shapes of reported speech added for unseen articles (quizapp/draft/shapes/detect/): one short
hand-made case per construction, asserting the analysis (content, speaker, label), none taken
from the corpus."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(content, speaker, label) of every attribution."""
    return [(analysis.passage(a.content), a.speaker, a.label) for a in analysis.attributions]


# ----- a reporting clause inside the quotation marks (French typography) -----
def test_inserted_clause_inside_the_marks_then_a_new_sentence() -> None:
    text = (
        "« La situation est grave, confie un conseiller du ministre. Nous n'avons plus de marge. »"
    )
    analysis = analyze(text, "fr")
    assert found(analysis) == [
        (
            "La situation est grave, confie un conseiller du ministre. Nous n'avons plus de marge.",
            "un conseiller du ministre",
            "anonymous",
        )
    ]
    assert analysis.passage(analysis.attributions[0].cue) == "confie"


def test_inverted_pronoun_clause_inside_the_marks() -> None:
    text = (
        "Jean Dupont a quitté la salle. "
        "« Je ne démissionnerai pas, a-t-il déclaré, car le travail n'est pas fini. »"
    )
    assert found(analyze(text, "fr")) == [
        (
            "Je ne démissionnerai pas, a-t-il déclaré, car le travail n'est pas fini.",
            "Jean Dupont",
            "named",
        )
    ]


def test_a_quoted_sentence_that_reports_speech_itself_is_not_cut() -> None:
    text = (
        "« Le gouvernement a déclaré, lundi, que la réforme serait retirée », "
        "a rappelé le syndicat."
    )
    assert found(analyze(text, "fr")) == [
        ("Le gouvernement a déclaré, lundi, que la réforme serait retirée", "le syndicat", "named")
    ]


# ----- the subject after the verb: object relatives and comme-clauses -----
def test_object_relative_with_the_subject_after_the_verb() -> None:
    text = "C'est une version des faits que dément fermement le gouvernement."
    assert found(analyze(text, "fr")) == [
        ("C'est une version des faits", "le gouvernement", "named")
    ]


def test_object_relative_inside_a_subject_is_no_attribution() -> None:
    for text in (
        "Les mesures qu'annonce le gouvernement ne suffiront pas.",
        "C'est ce qu'a affirmé le ministre devant les députés.",
    ):
        assert analyze(text, "fr").attributions == (), text


def test_comme_clause_after_and_before_what_is_said() -> None:
    after = "La dette atteint un niveau record, comme l'a rappelé la Cour des comptes mardi."
    before = "Comme le souligne la Cour des comptes, la dette atteint un niveau record."
    expected = [("La dette atteint un niveau record", "la Cour des comptes", "named")]
    assert found(analyze(after, "fr")) == expected
    assert [(c.lower(), s, lab) for c, s, lab in found(analyze(before, "fr"))] == [
        ("la dette atteint un niveau record", "la Cour des comptes", "named")
    ]


# ----- passives: the agent after "par" speaks; with no agent, an impersonal voice -----
def test_qualifying_passive_gives_each_agent_its_word() -> None:
    text = (
        "Rencontre qualifiée d'« entretien » par le ministère "
        "et de « convocation » par la présidence."
    )
    assert found(analyze(text, "fr")) == [
        ("« entretien »", "le ministère", "named"),
        ("« convocation »", "la présidence", "named"),
    ]


def test_passive_of_a_reporting_verb_with_its_agent() -> None:
    text = "La fermeture de l'usine a été annoncée mardi par la direction du groupe."
    assert found(analyze(text, "fr")) == [
        ("La fermeture de l'usine", "la direction du groupe", "named")
    ]


def test_accusation_with_and_without_an_agent() -> None:
    with_agent = "Le directeur est accusé par ses salariés d'avoir dissimulé les pertes."
    without = "La France est accusée de favoriser sur le terrain le camp du maréchal."
    assert found(analyze(with_agent, "fr")) == [
        ("d'avoir dissimulé les pertes", "ses salariés", "vague")
    ]
    assert found(analyze(without, "fr")) == [  # no agent: nobody (speakers30, the keys 5 to 1)
        ("de favoriser sur le terrain le camp du maréchal", "", "vague")
    ]


def test_passives_that_report_nothing() -> None:
    for text in (
        "Le dossier a été transmis par courrier au parquet.",
        "Les chiffres annoncés par le gouvernement sont contestés.",
        "Il a été qualifié pour la finale par son entraîneur.",
    ):
        assert analyze(text, "fr").attributions == (), text


# ----- sentence-final cues -----
def test_final_cue_whose_subject_has_a_participial_apposition() -> None:
    text = (
        "L'agence « ne validera pas » un traitement s'il n'est pas sûr, a affirmé vendredi "
        "Marie Curie, interrogée sur les inquiétudes des patients."
    )
    assert found(analyze(text, "fr")) == [
        ("L'agence « ne validera pas » un traitement s'il n'est pas sûr", "Marie Curie", "named")
    ]


def test_reported_speech_nested_in_a_final_cue() -> None:
    text = (
        "Le suspect a reconnu appartenir au groupe, mais a nié avoir tiré, "
        "a annoncé une source proche de l'enquête."
    )
    analysis = found(analyze(text, "fr"))
    assert analysis[0] == (
        "Le suspect a reconnu appartenir au groupe, mais a nié avoir tiré",
        "une source proche de l'enquête",
        "anonymous",
    )
    assert ("appartenir au groupe", "Le suspect", "anonymous") in analysis[1:]


def test_inverted_cue_without_a_comma_after_a_whole_clause() -> None:
    text = (
        "Le témoin a l'air d'un homme épuisé raconte une source policière, "
        "un homme qui n'attend plus rien."
    )
    assert found(analyze(text, "fr")) == [(text[:-1], "une source policière", "anonymous")]
    assert analyze("Le ministre dénonce une source de conflits.", "fr").attributions[0].speaker == (
        "Le ministre"
    )


# ----- cue then object -----
def test_purpose_infinitives_take_the_subject_of_the_sentence() -> None:
    text = (
        "Jean Dupont a parlé mardi. Il a réuni la presse pour démentir les écrits du magazine "
        "et annoncer des poursuites contre le journal."
    )
    assert found(analyze(text, "fr")) == [
        ("les écrits du magazine", "Jean Dupont", "named"),
        ("des poursuites contre le journal", "Jean Dupont", "named"),
    ]


def test_a_denial_of_accusations_is_what_is_said() -> None:
    text = "Le ministre a démenti les accusations portées à son encontre."
    assert found(analyze(text, "fr")) == [
        ("les accusations portées à son encontre", "Le ministre", "named")
    ]


# ----- clefts: "c'est X qui le dit", "C'est ce qu'a dit X" -----
def test_cleft_after_the_clause_it_reports() -> None:
    text = "L'ambiance est glaciale au ministère, c'est le Parisien qui nous le raconte ce matin."
    assert found(analyze(text, "fr")) == [
        ("L'ambiance est glaciale au ministère", "Parisien", "named")
    ]


def test_cleft_reporting_the_sentence_before() -> None:
    for text in (
        "Le projet sera abandonné avant l'été. C'est le ministre lui-même qui l'a annoncé mardi.",
        "Le projet sera abandonné avant l'été. C'est ce qu'a affirmé mardi le ministre.",
    ):
        analysis = analyze(text, "fr")
        assert [analysis.passage(a.content) for a in analysis.attributions] == [
            "Le projet sera abandonné avant l'été"
        ], text


# ----- selon at the end of what is said -----
def test_selon_followed_by_an_afterthought() -> None:
    text = "Il aurait eu une crise cette nuit-là, selon une source proche, sans plus de précisions."
    assert found(analyze(text, "fr")) == [
        ("Il aurait eu une crise cette nuit-là", "une source proche", "anonymous")
    ]


def test_selon_before_reported_speech_nested_in_it() -> None:
    text = (
        "Selon ses sources, le conseiller Jean Dupont a confié à des amis qu'il songeait à partir."
    )
    contents = [c for c, _, _ in found(analyze(text, "fr"))]
    assert contents == [
        "le conseiller Jean Dupont a confié à des amis qu'il songeait à partir",
        "il songeait à partir",
    ]


def test_setting_words_between_a_cue_and_its_object() -> None:
    text = "Le gouvernement a annoncé mercredi dans un communiqué avoir arrêté trois suspects."
    assert found(analyze(text, "fr")) == [
        ("avoir arrêté trois suspects", "Le gouvernement", "named")
    ]


# ----- verbs that report only with their preposition, fixed phrases -----
def test_verbs_that_report_only_with_their_preposition() -> None:
    said = {
        "Les autorités sanitaires ont appelé mardi à « la plus grande prudence ».": (
            "à « la plus grande prudence »"
        ),
        "La Russie a déjà proposé de réunir les pays concernés.": ("de réunir les pays concernés"),
        "Le député parle d'un « incident » qu'il « ne prend pas à la légère ».": (
            "d'un « incident » qu'il « ne prend pas à la légère »"
        ),
    }
    for text, content in said.items():
        analysis = analyze(text, "fr")
        assert [analysis.passage(a.content) for a in analysis.attributions] == [content], text
    for text in (
        "Le directeur a appelé son fils avant de partir en vacances.",
        "Le syndicat appelle à la grève dans les collèges le 8 septembre.",
        "L'entreprise propose des services de nettoyage aux particuliers.",
        "Le ministre parle de la réforme des retraites devant les députés.",
    ):
        assert analyze(text, "fr").attributions == (), text


def test_fixed_phrases_of_reporting() -> None:
    for text, content in (
        ("Le maire a mis en cause « la mafia de la drogue ».", "la mafia de la drogue"),
        ("Le préfet a fait état de trois blessés légers.", "de trois blessés légers"),
    ):
        analysis = analyze(text, "fr")
        assert [analysis.passage(a.content) for a in analysis.attributions] == [content], text


def test_a_speech_only_verb_with_an_infinitive_reports_it() -> None:
    text = "Jean Dupont a parlé mardi, ajoutant n'avoir pas voulu annuler la fête."
    assert ("n'avoir pas voulu annuler la fête", "Jean Dupont", "named") in found(
        analyze(text, "fr")
    )


def test_a_compound_conjunction_is_no_reported_clause() -> None:
    text = "Plusieurs sources ont confirmé cette information, bien que les versions varient."
    contents = [c for c, _, _ in found(analyze(text, "fr"))]
    assert "les versions varient" not in contents


def test_selon_then_a_relative_that_adds_more() -> None:
    text = (
        "Il s'agit du seul cas connu en France, selon l'agence, "
        "qui ajoute que le patient est guéri."
    )
    assert [c for c, _, _ in found(analyze(text, "fr"))] == [
        "Il s'agit du seul cas connu en France",
        "le patient est guéri",
    ]


def test_a_quotation_followed_by_words_before_the_final_cue() -> None:
    text = "« Il faut renforcer la vigilance » pour lutter contre ces maladies, explique l'agence."
    assert found(analyze(text, "fr")) == [
        ("« Il faut renforcer la vigilance » pour lutter contre ces maladies", "l'agence", "named")
    ]


# ----- possessive nominal cues: "À ses yeux", "A l'en croire", "In her view" -----
def test_possessive_nominal_cues_take_the_previous_person() -> None:
    text = "Jean Dupont a défendu son projet. À ses yeux, la réforme est indispensable."
    assert found(analyze(text, "fr")) == [("la réforme est indispensable", "Jean Dupont", "named")]
    text = (
        "Jean Dupont a parlé mardi. A l'en croire, le magazine avance que l'affaire est ancienne."
    )
    assert found(analyze(text, "fr"))[0][1:] == ("Jean Dupont", "named")
    text = "Mary Smith spoke on Monday. In her view, the plan will fail within a year."
    assert found(analyze(text, "en")) == [
        ("the plan will fail within a year", "Mary Smith", "named")
    ]


def test_a_participle_after_according_words_is_no_possessive() -> None:
    text = "Outlets citing unnamed officials had already revealed the facts."
    assert analyze(text, "en").attributions == ()


def test_a_relative_clause_set_off_by_commas_ends_its_content() -> None:
    text = "Les grands médias, qui ont tous confirmé le transfert du joueur, se sont trompés."
    assert [c for c, _, _ in found(analyze(text, "fr"))] == ["le transfert du joueur"]


# ----- more French shapes: "l'une parle", a seeming verb, "pas question pour X de" -----
def test_l_une_is_a_subject_not_an_article() -> None:
    text = "Deux versions circulent. L'une parle d'« agression verbale » au ministère."
    assert found(analyze(text, "fr")) == [
        ("d'« agression verbale » au ministère", "L'une", "anonymous")
    ]


def test_a_seeming_verb_before_a_reporting_infinitive() -> None:
    text = "Le ministre Jean Dupont a semblé considérer jeudi que la commune était perdue."
    assert found(analyze(text, "fr")) == [("la commune était perdue", "Jean Dupont", "named")]


def test_pas_question_pour_x_de() -> None:
    text = "Mais pour l'heure, pas question pour le ministère de « commenter les rumeurs »."
    assert found(analyze(text, "fr")) == [
        ("pas question pour le ministère de « commenter les rumeurs »", "le ministère", "named")
    ]


# ----- English: a sentence-final cue followed by its setting -----
def test_english_final_cue_followed_by_where_it_was_said() -> None:
    text = (
        "Many patients were taking the drug too often, the agency said in a statement on Thursday."
    )
    analysis = analyze(text, "en")
    assert [analysis.passage(a.content) for a in analysis.attributions] == [
        "Many patients were taking the drug too often"
    ]
    assert analysis.passage(analysis.attributions[0].source) == "the agency"


def test_english_found_that() -> None:
    text = "The watchdog found that the council did not do enough to investigate."
    assert [c for c, _, _ in found(analyze(text, "en"))] == [
        "the council did not do enough to investigate"
    ]


def test_declarer_with_a_plain_object_is_no_speech() -> None:
    text = "Deux patients ont contracté la maladie, déclarant la maladie au retour d'un voyage."
    assert analyze(text, "fr").attributions == ()


# ----- English: inserted cue and its day, subject with a relative or a participle, as -----
def test_english_inserted_cue_followed_by_a_day() -> None:
    text = "The plan, the minister said on Monday, will be delayed until next year."
    assert found(analyze(text, "en")) == [(text[:-1], "the minister", "named")]


def test_english_subject_before_a_relative_or_a_participle() -> None:
    relative = (
        "Officials in Washington, who spoke on condition of anonymity, said the talks stalled."
    )
    participle = "The agency, citing internal documents, said the program had been cancelled."
    assert analyze(relative, "en").passage(analyze(relative, "en").attributions[0].source) == (
        "Officials in Washington"
    )
    analysis = analyze(participle, "en")
    assert analysis.passage(analysis.attributions[0].source) == "The agency"


def test_english_as_clauses() -> None:
    for text, content in (
        (
            "As the minister noted on Tuesday, the economy is slowing down.",
            "the economy is slowing down",
        ),
        (
            "The economy is slowing down, as the central bank warned last month.",
            "The economy is slowing down",
        ),
    ):
        analysis = analyze(text, "en")
        assert [analysis.passage(a.content) for a in analysis.attributions] == [content], text


# ----- "on" is a subject in French, not the English preposition -----
def test_impersonal_on_before_a_reporting_verb() -> None:
    analysis = analyze("On assure que rien n'a été décidé.", "fr")
    assert [(analysis.passage(a.content), a.label) for a in analysis.attributions] == [
        ("rien n'a été décidé", "vague")
    ]


def test_pour_before_a_described_and_named_person() -> None:
    text = "Pour le sociologue Jean Viard, « la crise révèle des fractures anciennes »."
    assert found(analyze(text, "fr")) == [
        ("la crise révèle des fractures anciennes", "Jean Viard", "named")
    ]


def test_reflexive_verb_of_another_group_after_a_quotation() -> None:
    text = "« C'est une victoire », se réjouit la présidente de l'association, Anne Roux."
    assert found(analyze(text, "fr")) == [("C'est une victoire", "Anne Roux", "named")]


# ----- English passives and an age after a name -----
def test_english_passives_with_their_agent() -> None:
    said = {
        'The company was described as "reckless" by regulators in a report.': '"reckless"',
        # mend35a: one shape of the charge with or without an agent, "of" left out
        "The mayor was accused by critics of hiding the losses.": "hiding the losses",
    }
    for text, content in said.items():
        analysis = analyze(text, "en")
        assert [analysis.passage(a.content) for a in analysis.attributions] == [content], text
    for text in (
        # precision37: a bare subject done to by the agent is an act (0 of 6 keyed, corpus)
        "The decision was announced on Friday by the Department of Justice.",
        "The letter was sent by email to the council.",
        "The figures announced by the government were questioned.",
        "Their existence was first reported by the New York Times.",
    ):
        assert analyze(text, "en").attributions == (), text


def test_english_age_after_a_name_is_no_subject() -> None:
    analysis = analyze("Smith, 45, said he had no regrets.", "en")
    assert analysis.passage(analysis.attributions[0].source) == "Smith"


def test_a_subject_with_an_apposed_name_before_its_verb() -> None:
    text = (
        "Jeudi, le procureur de Paris, François Molins, a détaillé les résultats de l'enquête, "
        "qui avance vite."
    )  # not « les progrès de l'enquête »: a shell object that reports nothing (precision21)
    assert found(analyze(text, "fr")) == [
        ("les résultats de l'enquête", "François Molins", "named")
    ]


def test_english_clause_opened_by_a_conjunction_is_no_final_cue() -> None:
    text = "Analysts expect the bank to raise rates, though some warn of a recession."
    analysis = analyze(text, "en")  # the analysts' expectation is theirs; "warn" ends nothing
    assert [analysis.passage(a.cue) for a in analysis.attributions] in ([], ["expect"])


def test_a_participle_before_a_colon_keeps_the_speaker() -> None:
    text = '"I\'m not worried," Mary Smith said, before adding: "We have a plan."'
    assert [s for _, s, _ in found(analyze(text, "en"))] == ["Mary Smith", "Mary Smith"]


def test_an_adjective_after_a_verb_is_no_inverted_subject() -> None:
    text = "Les habitants, eux, se disent abandonnés par les pouvoirs publics."
    assert found(analyze(text, "fr")) == [
        ("abandonnés par les pouvoirs publics", "Les habitants", "vague")
    ]


# ----- a clitic taking up the sentence before -----
def test_a_clitic_takes_up_the_sentence_before() -> None:
    for text, content in (
        ("Jean Dupont a été entendu mardi. Le vol ? Il le nie en bloc.", "Le vol"),
        ("Le site fermera en juin. Le maire l'a confirmé mardi.", "Le site fermera en juin"),
    ):
        analysis = analyze(text, "fr")
        assert [analysis.passage(a.content) for a in analysis.attributions] == [content], text
    text = "Le site fermera. Le maire le dit depuis des mois à qui veut l'entendre."
    assert analyze(text, "fr").attributions == ()


def test_pour_x_after_a_connector_or_an_opening_adverbial() -> None:
    for text in (
        "En revanche, pour la syndicaliste Anne Roux, cette réforme compliquera la tâche.",
        "Mais pour Anne Roux, cette réforme compliquera la tâche.",
    ):
        assert found(analyze(text, "fr")) == [
            ("cette réforme compliquera la tâche", "Anne Roux", "named")
        ], text
    assert analyze("Mais pour la première fois, la réforme est votée.", "fr").attributions == ()


def test_rumour_verbs_with_an_impersonal_subject() -> None:
    text = "Le maire a présenté son budget. On murmure dans les couloirs qu'il pourrait partir."
    analysis = analyze(text, "fr")
    assert [(analysis.passage(a.content), a.label) for a in analysis.attributions] == [
        ("il pourrait partir", "vague")
    ]
    assert analyze("Il murmure une chanson dans les couloirs du lycée.", "fr").attributions == ()
