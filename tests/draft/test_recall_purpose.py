"""Statements told as the purpose of an act, seen missed on unseen French articles: « a
publié un communiqué pour démentir cette information » (a two-word object is enough after the
infinitive of a denial or a claim, as after its finite forms), two purposes in a row, an aside
on the channel before the object, « protester contre ». One short made-up case each and the
counter-cases that must stay silent."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_denial_as_the_purpose_of_a_statement_has_a_two_word_object() -> None:
    text = "L'entraîneur Paul Martin a publié un communiqué mardi pour démentir cette rumeur."
    assert found(analyze(text, "fr")) == [("cette rumeur", "Paul Martin")]


def test_a_claim_as_the_purpose_of_an_act_has_a_two_word_object() -> None:
    text = "Le maire Paul Martin a réuni la presse pour contester la décision."
    assert found(analyze(text, "fr")) == [("la décision", "Paul Martin")]


def test_a_purpose_that_is_no_speech_stays_silent() -> None:
    text = "Le Racing Club a recruté un attaquant pour gagner le championnat."
    assert found(analyze(text, "fr")) == []


def test_a_one_word_object_after_the_infinitive_is_still_too_short() -> None:
    text = "Le Racing Club a publié un communiqué pour démentir tout."
    assert found(analyze(text, "fr")) == []


def test_two_coordinated_purposes_report_one_object_each() -> None:
    text = (
        "Le maire Paul Martin a réuni la presse pour dénoncer les coupes et pour exiger que "
        "l'Etat paie."
    )
    assert [c for c, _ in found(analyze(text, "fr"))] == ["les coupes", "l'Etat paie"]


def test_a_second_purpose_far_after_the_first_is_still_its_own_claim() -> None:
    text = (
        "Le maire Paul Martin a réuni la presse pour démentir les écrits du magazine « Le Petit "
        "Courrier » repris par le journal « La Gazette », et annoncer une plainte contre eux."
    )
    assert [c for c, _ in found(analyze(text, "fr"))] == [
        "les écrits du magazine « Le Petit Courrier » repris par le journal « La Gazette »",
        "une plainte contre eux",
    ]


def test_an_aside_on_the_channel_between_the_verb_and_its_object() -> None:
    text = "Le maire Paul Martin a dénoncé, via un message sur son site, un « scandale d'Etat »."
    assert found(analyze(text, "fr")) == [("un « scandale d'Etat »", "Paul Martin")]


def test_a_protest_against_something_reports_what_it_is_against() -> None:
    text = (
        "Les parents d'élèves ont organisé une action pour protester contre la réforme du collège."
    )
    assert [c for c, _ in found(analyze(text, "fr"))] == ["contre la réforme du collège"]


def test_a_protest_without_its_object_stays_silent() -> None:
    for text in (
        "Les salariés protestent depuis mardi devant l'usine.",
        "Les habitants ont manifesté pour protester.",
    ):
        assert found(analyze(text, "fr")) == []


# ----- who speaks in an infinitive of purpose -----
def test_the_subject_of_the_sentence_denounces_not_the_person_met_before() -> None:
    text = (
        "Jean Dupont a parlé mardi. L'UDC a rebondi sur cette séance pour dénoncer, via des "
        "encarts dans la presse, un « plan secret »."
    )
    assert found(analyze(text, "fr"))[-1] == ("un « plan secret »", "L'UDC")


def test_the_subject_after_a_time_phrase_opened_by_a_conjunction() -> None:
    text = (
        "Jean Dupont a parlé mardi. Et ce matin, le Racing Club a publié un communiqué pour "
        "démentir cette information."
    )
    assert found(analyze(text, "fr"))[-1] == ("cette information", "Racing Club")


def test_the_subject_of_a_sentence_with_etre_protests() -> None:
    text = (
        "Jean Dupont a parlé mardi. Les parents d'élèves étaient réunis devant le collège, "
        "jeudi au matin, pour protester contre la fermeture d'une classe."
    )
    analysis = analyze(text, "fr")
    assert found(analysis)[-1] == ("contre la fermeture d'une classe", "Les parents d'élèves")
    assert analysis.attributions[-1].label == "vague"
