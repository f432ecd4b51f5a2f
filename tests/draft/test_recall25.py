"""French statements the drafter did not find (recall25): an elided « qu' » before a quotation
mark is one word (« précise qu'« à ce stade », … ») and opens that quotation rather than closing
one; « ainsi » right after a verb taking « que » is an adverb, not the head of « ainsi que »
(« L'autorité précise ainsi que… »); a cue inserted after one or two quoted words is taken out
of the quotation (« « Et là, raconte un témoin, … » »); an adverb right after a verb in a simple
tense is no part of its object (« regrette déjà la fermeture »); a quotation after « car »,
« parce que » or « puisque » is its clause's subject's reason. Short made-up sentences, each
with a counter-case."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_an_elided_que_before_french_quotation_marks() -> None:
    text = "Le préfet précise qu’« à ce stade », la course aura bien lieu."
    assert found(analyze(text, "fr")) == [("« à ce stade », la course aura bien lieu", "Le préfet")]


def test_an_elided_que_before_straight_quotation_marks() -> None:
    text = 'La mairie a indiqué qu\'"en juin", le marché sera déplacé.'
    assert found(analyze(text, "fr")) == [('"en juin", le marché sera déplacé', "La mairie")]


def test_an_elided_que_a_space_before_the_quotation() -> None:
    text = "Le club estime qu’ « aucun joueur » ne partira cet été."
    assert found(analyze(text, "fr")) == [("« aucun joueur » ne partira cet été", "Le club")]


def test_an_elided_article_before_a_quotation_is_one_word() -> None:
    from quizapp.draft.text.segment import tokens

    text = "Il parle d’« une erreur »."
    assert [t.text for t in tokens(text, (0, len(text)), "fr")][:3] == ["Il", "parle", "d’"]


def test_ainsi_right_after_the_verb_is_an_adverb() -> None:
    text = "La préfecture précise ainsi que la route restera fermée jusqu'à lundi."
    assert found(analyze(text, "fr")) == [
        ("la route restera fermée jusqu'à lundi", "La préfecture")
    ]


def test_ainsi_after_a_compound_past() -> None:
    text = "Le syndicat a rappelé ainsi qu'aucune classe ne fermerait."
    assert found(analyze(text, "fr")) == [("aucune classe ne fermerait", "Le syndicat")]


def test_ainsi_que_after_an_object_joins_two_nouns() -> None:
    text = "Le maire a salué les pompiers ainsi que les bénévoles du village."
    assert found(analyze(text, "fr")) == []


def test_ainsi_que_after_a_subject_joins_two_nouns() -> None:
    text = "Le maire ainsi que ses adjoints ont visité le chantier mardi."
    assert found(analyze(text, "fr")) == []


def test_a_cue_inserted_after_two_quoted_words() -> None:
    text = "« Et là, raconte un témoin, ils l’ont arrêté à la sortie du métro. »"
    assert found(analyze(text, "fr")) == [
        ("Et là, raconte un témoin, ils l’ont arrêté à la sortie du métro.", "un témoin")
    ]


def test_a_cue_inserted_after_one_quoted_word() -> None:
    text = "« Déçus, confie une habitante. Nous attendions mieux de la mairie. »"
    assert found(analyze(text, "fr")) == [
        ("Déçus, confie une habitante. Nous attendions mieux de la mairie.", "une habitante")
    ]


def test_a_pronoun_cue_inserted_after_two_quoted_words() -> None:
    text = "Le maire a visité le chantier. « Nous sommes, dit-il, très déçus du retard. »"
    assert found(analyze(text, "fr")) == [
        ("Nous sommes, dit-il, très déçus du retard.", "Le maire")
    ]


def test_two_quoted_words_and_a_comma_with_no_cue() -> None:
    text = "« Et là, le métro était fermé depuis une heure. »"
    assert found(analyze(text, "fr")) == []


def test_an_adverb_after_a_simple_tense_is_no_part_of_the_object() -> None:
    text = "La maire regrette déjà la fermeture de la poste du village."
    assert found(analyze(text, "fr")) == [("la fermeture de la poste du village", "La maire")]


def test_an_elided_adverb_after_a_simple_tense() -> None:
    text = "Le syndicat dénonce d'ailleurs la vétusté des logements étudiants."
    assert found(analyze(text, "fr")) == [("la vétusté des logements étudiants", "Le syndicat")]


def test_a_verb_and_its_adverb_alone_report_nothing() -> None:
    assert found(analyze("La maire regrette déjà.", "fr")) == []


def test_a_quotation_after_car_is_the_subject_s_reason() -> None:
    text = "Jeanne approuve déjà la future ligne car « il y aura moins de bouchons en ville »."
    assert found(analyze(text, "fr")) == [("il y aura moins de bouchons en ville", "Jeanne")]


def test_a_quotation_after_parce_que_with_a_described_subject() -> None:
    text = (
        "Le préfet du Gard, Paul Martin, a prolongé l'arrêté parce que « les nappes restent "
        "très basses »."
    )
    assert found(analyze(text, "fr")) == [("les nappes restent très basses", "Paul Martin")]


def test_a_quotation_after_an_elided_puisque_and_a_pronoun() -> None:
    text = (
        "Léa vit à Nantes depuis un an. Elle loue une chambre puisqu'« un studio coûte bien "
        "trop cher »."
    )
    assert found(analyze(text, "fr"))[-1] == ("un studio coûte bien trop cher", "Léa")


def test_a_quotation_after_car_with_a_thing_as_subject_has_no_speaker() -> None:
    text = "Les routes sont fermées car « la neige tombe encore »."
    assert found(analyze(text, "fr")) == []


def test_two_quoted_words_after_car_are_no_statement() -> None:
    text = "Paul Martin a quitté la salle car « trop tard »."
    assert found(analyze(text, "fr")) == []


def test_a_mark_after_an_elided_que_opens_a_quotation() -> None:
    text = "Le ministre a assuré qu’« aucune école ne fermera cette année »."
    assert found(analyze(text, "fr")) == [("aucune école ne fermera cette année", "Le ministre")]


def test_a_mark_after_an_elided_article_opens_a_quotation() -> None:
    from quizapp.draft.text.quotation_marks import quotations
    from quizapp.draft.text.segment import paragraphs

    text = "Le maire parle d’« une erreur grave » du préfet."
    assert quotations(text, paragraphs(text)) == [(17, 37)]


def test_a_mark_glued_to_a_word_still_closes_one() -> None:
    from quizapp.draft.text.quotation_marks import quotations
    from quizapp.draft.text.segment import paragraphs

    text = "Il annonce un « reconfinement imminent« . Puis il part."
    assert quotations(text, paragraphs(text)) == [(14, 39)]


def test_a_que_clause_ends_at_a_colon_before_a_quotation() -> None:
    text = "Le maire espère que la ligne changera le quartier : « les gens vont venir au marché »."
    assert found(analyze(text, "fr")) == [
        ("la ligne changera le quartier", "Le maire"),
        ("les gens vont venir au marché", "Le maire"),
    ]


def test_a_que_clause_with_a_plural_verb_ends_at_the_colon() -> None:
    text = (
        "La directrice admet que les moyens manquent encore : « nous recrutons deux infirmières »."
    )
    assert found(analyze(text, "fr")) == [
        ("les moyens manquent encore", "La directrice"),
        ("nous recrutons deux infirmières", "La directrice"),
    ]


def test_a_copula_and_an_adjective_of_feeling_before_que() -> None:
    text = "Les commerçants sont déçus que le marché ne revienne pas sur la place."
    assert found(analyze(text, "fr")) == [
        ("le marché ne revienne pas sur la place", "Les commerçants")
    ]


def test_a_copula_a_degree_and_an_adjective_of_certainty_before_que() -> None:
    text = "La directrice était très consciente que les parents manquaient de places."
    assert found(analyze(text, "fr")) == [("les parents manquaient de places", "La directrice")]


def test_an_impersonal_copula_before_que_is_nobody_s_stance() -> None:
    assert found(analyze("Il est certain que la route fermera en mai.", "fr")) == []


def test_a_comparison_with_que_is_no_stance() -> None:
    assert found(analyze("Le nouveau pont est aussi long que l'ancien.", "fr")) == []


def test_a_negated_feeling_before_que_is_no_stance() -> None:
    assert found(analyze("Le maire n'est pas sûr que la route ferme en mai.", "fr")) == []
