"""Shapes of attribution the drafter missed on unseen French articles (recall), one short
made-up case each: quotations over paragraphs, a cue closing the quotation inside its marks,
an inverted cue with no comma before it."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str, bool]]:
    """(content, speaker, has a cue) of every attribution."""
    return [
        (analysis.passage(a.content), a.speaker, a.cue is not None) for a in analysis.attributions
    ]


# ----- quotations over several paragraphs -----
def test_a_quotation_over_two_paragraphs_after_a_sentence_about_its_speaker() -> None:
    text = (
        "Le maire Jean Dupont a réagi mardi. « Nous allons porter plainte contre l'Etat.\n\n"
        "« Les habitants ne peuvent plus attendre et nous le savons tous. »"
    )
    assert found(analyze(text, "fr")) == [
        ("Nous allons porter plainte contre l'Etat.", "Jean Dupont", False),
        ("Les habitants ne peuvent plus attendre et nous le savons tous.", "Jean Dupont", False),
    ]


def test_each_paragraph_of_a_long_quotation_is_one_attribution_of_its_speaker() -> None:
    text = (
        "La ministre Anne Durand a déclaré : « Nous ne reculerons pas sur ce texte.\n\n"
        "« Les chiffres sont mauvais depuis des années et tout le monde le sait. »"
    )
    assert found(analyze(text, "fr")) == [
        ("Nous ne reculerons pas sur ce texte.", "Anne Durand", True),
        (
            "Les chiffres sont mauvais depuis des années et tout le monde le sait.",
            "Anne Durand",
            False,
        ),
    ]


def test_a_quotation_paragraph_after_a_pronoun_sentence_goes_to_the_person_before() -> None:
    text = (
        "La ministre Anne Durand a reçu les syndicats mardi. Elle leur a présenté son plan.\n\n"
        "« Nous ne pouvons plus attendre, les chiffres sont mauvais depuis des années. »"
    )
    assert found(analyze(text, "fr")) == [
        ("Nous ne pouvons plus attendre, les chiffres sont mauvais depuis des années.",
         "Anne Durand", False),
    ]  # fmt: skip


def test_a_quotation_going_on_to_its_cue_in_the_next_paragraph_waits_for_it() -> None:
    text = (
        "Le préfet Marc Leroy a visité le site. « Le pont sera rouvert en juin.\n\n"
        "« Les travaux avancent vite », a assuré l'ingénieur Paul Morel."
    )
    speakers = {a.speaker for a in analyze(text, "fr").attributions}
    assert speakers == {"Paul Morel"}


# ----- a cue inside the quotation marks -----
def test_a_cue_closing_the_quotation_inside_its_marks() -> None:
    text = "« Les trains circuleront normalement demain, assure la SNCF. »"
    assert found(analyze(text, "fr")) == [
        ("Les trains circuleront normalement demain", "SNCF", True)
    ]


# ----- an inverted cue with no comma before it -----
def test_an_inverted_cue_without_comma_after_a_clause_then_a_body() -> None:
    text = "Le trafic reprendra demain explique la Préfecture, mais des retards sont à prévoir."
    [(content, speaker, cue)] = found(analyze(text, "fr"))
    assert content.startswith("Le trafic reprendra demain") and speaker == "Préfecture" and cue


def test_an_inverted_cue_without_comma_before_where_it_was_said() -> None:
    text = "Il n'y aura pas de fermeture explique le maire dans un communiqué."
    assert found(analyze(text, "fr")) == [("Il n'y aura pas de fermeture", "le maire", True)]


def test_a_verb_and_its_object_after_a_subject_are_no_inverted_cue() -> None:
    text = "Le ministre explique la réforme aux députés de la majorité."
    assert [a.speaker for a in analyze(text, "fr").attributions] != ["la réforme"]


# ----- « A », cue. « B » -----
def test_a_quotation_whose_cue_sits_between_two_of_its_sentences_is_two() -> None:
    """The French keys count a new sentence after the cue as a new statement (recall17)."""
    text = "« Le feu a pris très vite », raconte Thierry. « Nous sommes sortis en pyjama. »"
    assert found(analyze(text, "fr")) == [
        ("Le feu a pris très vite", "Thierry", True),
        ("Nous sommes sortis en pyjama.", "Thierry", False),
    ]


def test_a_second_quotation_with_its_own_cue_stays_apart() -> None:
    text = (
        "« Le feu a pris très vite », raconte Thierry. "
        "« Nous sommes sortis en pyjama », ajoute-t-il."
    )
    assert len(analyze(text, "fr").attributions) == 2


# ----- participles, passives, colons, nominal objects -----
def test_a_participle_cue_shares_the_subject_of_the_sentence() -> None:
    text = "La police a publié un communiqué faisant état de trois blessés légers."
    assert found(analyze(text, "fr")) == [("de trois blessés légers", "La police", True)]


def test_tout_en_sachant_que_is_the_subject_s_belief() -> None:
    text = "Les parents ont accepté le compromis, tout en sachant que la réforme reviendra."
    assert found(analyze(text, "fr")) == [("la réforme reviendra", "Les parents", True)]


def test_a_purpose_infinitive_is_not_given_the_subject_of_the_sentence() -> None:
    text = "Les enquêteurs travaillent pour expliquer la présence de la voiture sur le parking."
    assert "Les enquêteurs" not in [a.speaker for a in analyze(text, "fr").attributions]


def test_mis_en_cause_par_x_pour_is_x_s_accusation() -> None:
    text = "Le maire est mis en cause par l'opposition pour sa gestion du budget."
    assert found(analyze(text, "fr")) == [("pour sa gestion du budget", "l'opposition", True)]


def test_an_accusation_whose_agent_comes_after_its_complement() -> None:
    text = "La direction est accusée de négligence par les syndicats."
    assert found(analyze(text, "fr")) == [("de négligence", "les syndicats", True)]


def test_mis_en_examen_is_no_accusation_by_anyone() -> None:
    assert analyze("Le suspect a été mis en examen pour meurtre.", "fr").attributions == ()


def test_a_colon_after_a_predicate_of_certainty_gives_what_follows() -> None:
    text = "Le syndicat est formel : les salaires n'ont pas augmenté depuis trois ans."
    assert found(analyze(text, "fr")) == [
        ("les salaires n'ont pas augmenté depuis trois ans", "Le syndicat", True)
    ]


def test_a_colon_after_a_plain_description_gives_nothing() -> None:
    assert analyze("Le bilan est lourd : trois morts et dix blessés.", "fr").attributions == ()


def test_defendre_reports_a_stance_not_a_title() -> None:
    text = "Le recteur a défendu la sélection des étudiants. Le champion défend son titre."
    assert found(analyze(text, "fr")) == [("la sélection des étudiants", "Le recteur", True)]


# ----- beliefs and feelings of groups -----
def test_beliefs_of_groups() -> None:
    text = (
        "Les agriculteurs doutent que l'aide arrive avant l'hiver. "
        "Les parents sont convaincus que l'école restera fermée. "
        "L'opposition y voit une manœuvre électorale."
    )
    assert [c for c, _, _ in found(analyze(text, "fr"))] == [
        "l'aide arrive avant l'hiver",
        "l'école restera fermée",
        "une manœuvre électorale",
    ]


def test_a_noun_after_sans_or_aucun_is_no_verb() -> None:
    text = "Le gouverneur n'a aucun doute sur la suite. Il viendra sans doute demain."
    assert analyze(text, "fr").attributions == ()


def test_nombre_d_with_elision_is_a_vague_group() -> None:
    text = "Nombre d'observateurs estiment que la crise va durer."
    assert found(analyze(text, "fr")) == [("la crise va durer", "Nombre d'observateurs", True)]
    assert analyze(text, "fr").attributions[0].label == "vague"


# ----- English -----
def test_english_beliefs_without_that() -> None:
    for text, said, speaker in (
        ("Critics fear the plan will raise prices.", "the plan will raise prices", "Critics"),
        ("The mayor hopes the bridge will reopen.", "the bridge will reopen", "The mayor"),
    ):
        assert found(analyze(text, "en")) == [(said, speaker, True)]


def test_an_adverb_before_an_active_english_verb_is_no_passive() -> None:
    text = "The company previously reported ten deaths connected to the drug."
    assert found(analyze(text, "en")) == [("ten deaths connected to the drug", "The company", True)]


def test_agreed_to_is_an_act_not_words() -> None:
    text = "The talks went on, as the countries previously agreed to deliver a framework."
    assert analyze(text, "en").attributions == ()


def test_an_english_passive_criticism_keeps_its_reason() -> None:
    text = "The agency was criticized by lawmakers for its slow response."
    [(content, speaker, _)] = found(analyze(text, "en"))
    assert content.endswith("for its slow response") and speaker == "lawmakers"


# ----- inserted cues of memory and manner, content spans -----
def test_cues_of_memory_and_manner_after_a_quotation() -> None:
    for cue in ("se souvient-il", "sourit Paul Martin", "enchaîne-t-elle", "s'amuse-t-il"):
        text = f"« Le quartier a beaucoup changé depuis dix ans », {cue}."
        assert [c for c, _, _ in found(analyze(text, "fr"))] == [
            "Le quartier a beaucoup changé depuis dix ans"
        ]


def test_verbs_of_manner_report_nothing_without_a_quotation() -> None:
    text = "La grève continue la semaine prochaine. Le tribunal reprend l'audience mardi."
    assert analyze(text, "fr").attributions == ()


def test_a_short_quotation_after_a_quoted_sentence_and_its_cue_is_paul_s_too() -> None:
    text = "« La dame était pensionnée depuis peu », soupire Paul. « C'est dramatique. »"
    assert found(analyze(text, "fr")) == [
        ("La dame était pensionnée depuis peu", "Paul", True),
        ("C'est dramatique.", "Paul", False),
    ]


def test_what_is_said_after_a_colon_opens_with_the_verb_s_object() -> None:
    text = "Le ministre accuse cette version d'exagérer : il n'y a pas eu de bagarre."
    [(content, _, _)] = found(analyze(text, "fr"))
    assert content == "cette version d'exagérer : il n'y a pas eu de bagarre"


def test_a_relay_before_a_colon_is_no_part_of_what_is_said() -> None:
    text = "Le maire a déclaré à l'AFP : la réforme sera votée avant l'été."
    [(content, _, _)] = found(analyze(text, "fr"))
    assert content == "la réforme sera votée avant l'été"


def test_an_object_relative_opens_with_the_noun_it_takes_up() -> None:
    text = "C'est un moratoire qu'elle demande à la ministre."
    [(content, _, _)] = found(analyze(text, "fr"))
    assert content == "un moratoire qu'elle demande à la ministre"


def test_english_saying_nested_in_a_report() -> None:
    text = "Several outlets reported that U.S. officials said the attack was planned."
    assert [(c, s) for c, s, _ in found(analyze(text, "en"))] == [
        ("U.S. officials said the attack was planned", "Several outlets"),
        ("the attack was planned", "U.S. officials"),
    ]


def test_english_praise_for_something_is_a_stance() -> None:
    text = "Residents have praised the council for acting quickly."
    assert found(analyze(text, "en")) == [("the council for acting quickly", "Residents", True)]


def test_the_short_second_half_of_a_quotation_cut_by_its_cue() -> None:
    text = "« Nous n'avons rien à cacher, affirme le directeur Paul Martin. Tout sera publié. »"
    assert [c for c, _, _ in found(analyze(text, "fr"))] == [
        "Nous n'avons rien à cacher, affirme le directeur Paul Martin. Tout sera publié."
    ]


# ----- gerunds, coordinated participles, appositions, legal demands -----
def test_a_gerund_reports_for_the_subject() -> None:
    text = "Les supporters ont manifesté en demandant la démission de l'entraîneur."
    assert found(analyze(text, "fr")) == [("la démission de l'entraîneur", "Les supporters", True)]


def test_a_participle_coordinated_with_an_earlier_auxiliary() -> None:
    text = "Le conseil a invalidé des bulletins et proclamé la victoire du président sortant."
    assert found(analyze(text, "fr")) == [("la victoire du président sortant", "Le conseil", True)]


def test_a_participle_in_apposition_reports_up_to_its_comma() -> None:
    text = "Le conseil, invoquant des fraudes dans le Nord, a invalidé des bulletins."
    assert found(analyze(text, "fr")) == [("des fraudes dans le Nord", "Le conseil", True)]


def test_a_prosecutor_s_demand_and_hope_are_statements() -> None:
    text = (
        "Le ministère public a requis six ans de prison contre l'accusé. "
        "Le procureur est allé jusqu'à demander dix ans de prison. "
        "Le maire a bon espoir de maintenir l'effectif actuel."
    )
    assert [c for c, _, _ in found(analyze(text, "fr"))] == [
        "six ans de prison contre l'accusé",
        "dix ans de prison",
        "de maintenir l'effectif actuel",
    ]


def test_an_aside_between_the_verb_and_its_infinitive() -> None:
    text = (
        "Les astronomes ont dit, lors d'une conférence de presse, ne pas connaître sa température."
    )
    assert found(analyze(text, "fr")) == [
        ("ne pas connaître sa température", "Les astronomes", True)
    ]


def test_a_long_subject_after_a_final_cue() -> None:
    text = (
        "La planète passe tout près de son étoile, précisent les auteurs de cette étude "
        "parue dans la revue américaine Science."
    )
    [(content, speaker, _)] = found(analyze(text, "fr"))
    assert content == "La planète passe tout près de son étoile"
    assert speaker.startswith("les auteurs de cette étude")


def test_a_name_and_its_apposition_before_a_verb_are_no_statement() -> None:
    text = "Le maréchal Haftar, l'homme fort de l'Est, poursuit son offensive vers la capitale."
    assert analyze(text, "fr").attributions == ()


def test_pour_les_parents_gives_the_parents_view() -> None:
    text = "Pour les parents, la suppression d'une classe va nuire aux élèves."
    assert found(analyze(text, "fr")) == [
        ("la suppression d'une classe va nuire aux élèves", "les parents", True)
    ]


def test_a_quotation_opening_its_paragraph_goes_to_the_narration_s_subject() -> None:
    text = (
        "« Nous n'irons pas plus loin ! Nous voulons la vérité. » "
        "Le maire Jean Dupont ne décolère pas depuis mardi."
    )
    assert found(analyze(text, "fr")) == [
        ("Nous n'irons pas plus loin ! Nous voulons la vérité.", "Jean Dupont", False)
    ]


def test_requis_reports_a_sentence_not_anonymity() -> None:
    text = (
        "Un élu, qui a requis l'anonymat auprès du journal, a déclaré que le texte passerait. "
        "Le parquet a requis six ans de prison contre l'accusé."
    )
    assert [c for c, _, _ in found(analyze(text, "fr"))] == [
        "le texte passerait",
        "six ans de prison contre l'accusé",
    ]


def test_a_two_word_object_of_a_claim_or_denial_is_what_is_said() -> None:
    text = "Les talibans ont rapidement revendiqué l'attaque. Le club a démenti cette rumeur."
    assert [(c, s) for c, s, _ in found(analyze(text, "fr"))] == [
        ("l'attaque", "Les talibans"),
        ("cette rumeur", "Le club"),
    ]


def test_a_subjunctive_passive_with_its_agent() -> None:
    text = "Il a fallu attendre que ce transfert soit démenti par le ministre des Sports."
    [(content, speaker, _)] = found(analyze(text, "fr"))
    assert content == "ce transfert" and speaker.startswith("le ministre")
