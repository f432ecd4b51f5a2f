"""Kinds of French attribution the drafter missed on unseen articles in the seventh round
(recall7), one made-up case each with a counter-case: an agentless announcement in the
passive, an aside between an auxiliary and its participle, a stance participle after a noun,
« pointer du doigt »."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text."""
    analysis: Analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


# ----- an announcement in the passive with nobody named: an impersonal voice -----
def test_an_agentless_announcement_reports_its_clause() -> None:
    text = "Seul un bus sur deux roulera, alors que le service est annoncé « normal » en ville."
    assert found(text) == [("le service est annoncé « normal » en ville", "on")]


def test_an_agentless_announcement_in_the_compound_past_and_the_plural() -> None:
    text = "Les coupures les plus longues ont été annoncées dans les quartiers du nord."
    assert found(text) == [
        ("Les coupures les plus longues ont été annoncées dans les quartiers du nord", "on")
    ]


def test_an_announcement_before_a_colon_reports_what_follows_it() -> None:
    text = "Le plan a été annoncé et plusieurs fois répété : la gare fermera cet été."
    assert found(text) == [("la gare fermera cet été", "on")]


def test_a_reflexive_announcement_is_no_passive() -> None:
    assert found("Une vingtaine de familles s'étaient annoncées présentes pour la fête.") == []


def test_an_announcement_with_an_agent_keeps_its_agent() -> None:
    text = "La fermeture du site a été annoncée mardi par la direction."
    assert found(text) == [("La fermeture du site", "la direction")]


# ----- an aside set off by commas between the auxiliary and the participle -----
def test_an_aside_between_auxiliary_and_participle() -> None:
    text = "La porte-parole a, dans une note publiée jeudi soir, estimé que le projet était mort."
    assert found(text) == [("le projet était mort", "La porte-parole")]


def test_an_aside_before_a_participle_that_reports_nothing() -> None:
    assert found("Le club a, lui aussi, bénéficié de subventions pour son stade.") == []


# ----- a stance participle after a noun, its agent after « par » -----
def test_a_stance_participle_after_a_noun_with_an_aside_before_par() -> None:
    text = "Une proposition saluée, à l'époque, par le syndicat des enseignants."
    assert found(text) == [("Une proposition", "le syndicat des enseignants")]


def test_a_shared_opinion_is_a_stance() -> None:
    text = "Un constat partagé par les associations de parents."
    assert found(text) == [("Un constat", "les associations de parents")]


def test_a_shared_thing_is_no_stance() -> None:
    assert found("Une vidéo partagée par le club a fait le tour des réseaux.") == []
    assert found("La vidéo a été partagée par le club sur les réseaux.") == []


# ----- « pointer du doigt » -----
def test_pointing_a_finger_at_a_thing_reports_a_stance() -> None:
    text = "Un autre coureur a également pointé du doigt ce genre de pratiques."
    assert found(text) == [("ce genre de pratiques", "Un autre coureur")]


def test_pointing_at_a_thing_with_a_finger_is_no_cue() -> None:
    assert found("Il pointe la carte du doigt.") == []


# ----- an inserted cue after an auxiliary or a modal: the clause goes on after it -----
def test_an_inserted_cue_after_a_modal_reports_the_whole_clause() -> None:
    text = "Son avocate va, dit-elle, déposer deux recours devant le tribunal."
    assert found(text) == [(text[:-1], "elle")]


def test_an_inserted_cue_after_a_finished_clause_reports_that_clause() -> None:
    text = "Les travaux sont finis, dit-il, et la route rouvre demain."
    assert found(text) == [("Les travaux sont finis", "il")]


# ----- « crier à » and a noun -----
def test_crying_out_at_a_thing_reports_a_stance() -> None:
    text = "Les riverains ont crié au scandale après le vote du conseil."
    assert found(text) == [("au scandale après le vote du conseil", "Les riverains")]


def test_crying_out_a_feeling_is_no_cue() -> None:
    assert found("Le supporter crie sa joie dans les tribunes.") == []


# ----- « condamner », « exclure »: a stance on a listed kind of object, never a passive -----
def test_condemning_an_attack_is_a_stance_even_quoted() -> None:
    text = "La ministre « condamne » les tirs contre le poste de police."
    assert found(text) == [("les tirs contre le poste de police", "La ministre")]


def test_a_sentence_of_a_court_is_no_stance() -> None:
    assert found("Le tribunal a condamné la société à une lourde amende.") == []
    assert found("L'ancien maire a été condamné par le tribunal à deux ans de prison.") == []


def test_ruling_out_a_merger_is_a_stance_after_an_opening_adverb() -> None:
    text = "D'emblée, le patron du groupe exclut un rapprochement avec son rival."
    assert found(text) == [("un rapprochement avec son rival", "le patron du groupe")]


def test_leaving_a_player_out_is_no_stance() -> None:
    assert found("L'entraîneur exclut le joueur du groupe pour le match de samedi.") == []
    assert found("Le joueur a été exclu par l'arbitre à la dernière minute.") == []


# ----- a headline whose verb is in quotation marks: the speaker's own word -----
def _in_headline(headline: str) -> list[tuple[str, str]]:
    text = headline + "\n\nLa ministre s'est exprimée mardi devant les élus."
    analysis = analyze(text, "fr", headline=headline)
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_headline_with_a_quoted_verb_is_an_attribution() -> None:
    headline = "La ministre « condamne » les violences contre les pompiers"
    assert _in_headline(headline) == [("les violences contre les pompiers", "La ministre")]


def test_a_headline_with_a_plain_verb_stays_the_outlets_framing() -> None:
    assert _in_headline("La ministre condamne les violences contre les pompiers") == []


# ----- a subject, a setting between commas, then its verb: no inverted cue -----
def test_a_setting_between_subject_and_verb_is_no_inverted_cue() -> None:
    text = "Le syndicat, dans un tract diffusé lundi, dénonce une réforme injuste."
    assert found(text) == [("une réforme injuste", "Le syndicat")]


def test_a_clause_before_a_setting_and_a_final_cue_is_still_reported() -> None:
    text = "Le bilan est lourd, dans le nord du pays, craignent les secours."
    assert found(text) == [("Le bilan est lourd, dans le nord du pays", "les secours")]


# ----- a quotation, a colon, then a clause whose subject is a person's name -----
def test_a_quotation_before_a_colon_and_a_first_name() -> None:
    text = "Les loyers montent. « Tout a augmenté, c'est trop cher » : Josiane compte chaque euro."
    assert found(text) == [("Tout a augmenté, c'est trop cher", "Josiane")]


def test_a_quotation_before_a_colon_and_a_place() -> None:
    assert found("« On n'ose plus sortir » : Bordeaux se vide de ses habitants.") == []


# ----- a date set off by commas between a verb and its object -----
def test_a_date_between_verb_and_object() -> None:
    text = "La députée avait plaidé, en mars 2019, pour la création d'une agence unique."
    assert found(text) == [("pour la création d'une agence unique", "La députée")]


def test_an_adverb_set_off_by_commas_is_no_date() -> None:
    assert found("Le maire a dénoncé, en effet, une décision du préfet.") == []


# ----- a reflexive infinitive after a participle of speech -----
def test_a_participle_of_speech_before_a_reflexive_infinitive() -> None:
    text = "Le coureur a quitté la course, tout en assurant s'être soumis au contrôle."
    assert found(text) == [("s'être soumis au contrôle", "Le coureur")]


def test_a_participle_of_speech_before_a_noun_is_no_report() -> None:
    assert found("Le coureur a quitté la course, ajoutant une ligne à son palmarès.") == []


# ----- « pour » and a described person with no comma before the claim -----
def test_pour_a_described_person_without_a_comma() -> None:
    text = "A l'inverse, pour la syndicaliste cette mesure va alourdir le travail des agents."
    assert found(text) == [("cette mesure va alourdir le travail des agents", "la syndicaliste")]


def test_pour_a_time_without_a_comma_names_nobody() -> None:
    assert found("Pour la rentrée cette mesure va alourdir le travail des agents.") == []


# ----- « appeler à » a conduct: no quotation needed -----
def test_calling_for_calm_after_an_adverb_is_a_report() -> None:
    text = "Les secouristes appellent tout de même à la vigilance."
    assert found(text) == [("tout de même à la vigilance", "Les secouristes")]


def test_calling_for_a_strike_needs_a_quotation() -> None:
    assert found("Le collectif appelle à une grève le 8 septembre.") == []
