"""Inserted cues after a quotation and the subjects before a verb (recall6): the family of
verbs of manner, agreement and feeling a journalist puts after a quotation (« acquiesce X »,
« s'emballe X », « jubile X », « scandent les manifestants »), which report only in that
shape; a name with its bare office in apposition before a verb (« X, PDG d'EDF, a confirmé
un accord… »); « saluer » with a noun of stance; two quotations of two speakers in a row
(« A. » « B », acquiesce Y); a past infinitive after « après » (« après avoir reproché au
maire de… »). Made-up sentences, each with counter-cases that must stay silent."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("verb", "speaker"),
    [
        ("acquiesce", "Paul Martin"),
        ("s'emballe", "Paul Martin"),
        ("s'enflamme", "Paul Martin"),
        ("jubile", "Paul Martin"),
        ("surenchérit", "Paul Martin"),
        ("vitupère", "Paul Martin"),
        ("s'impatiente", "Paul Martin"),
        ("se récrie", "Paul Martin"),
        ("s'époumone", "Paul Martin"),
        ("bredouille", "Paul Martin"),
        ("scandent", "les manifestants"),
        ("hurlent", "les manifestants"),
    ],
)
def test_a_verb_of_manner_after_a_quotation_is_its_cue(verb: str, speaker: str) -> None:
    text = f"« Nous ne lâcherons rien sur les salaires », {verb} {speaker}."
    assert found(analyze(text, "fr")) == [("Nous ne lâcherons rien sur les salaires", speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Depuis lundi, le marché de l'immobilier s'emballe dans toute la région.",
        "Les sirènes hurlent toute la nuit dans les rues du centre-ville.",
        "L'équipe savoure sa victoire face au champion en titre.",
        "Le transporteur a livré les colis avec deux jours de retard.",
        "Le public s'enflamme dès les premières notes du concert.",
        "Elon Musk s'était «largement emballé» en passant sa journée à travailler sur le projet.",
    ],
)
def test_the_same_verbs_without_a_quotation_report_nothing(text: str) -> None:
    assert found(analyze(text, "fr")) == []


def test_a_name_with_its_bare_office_is_the_subject_not_what_is_said() -> None:
    text = "Luc Martin, PDG du groupe, a confirmé un accord important pour les salariés."
    assert found(analyze(text, "fr")) == [("un accord important pour les salariés", "Luc Martin")]


def test_a_clause_before_a_final_cue_is_still_what_is_said() -> None:
    text = "La route sera rouverte lundi, a confirmé Paul Martin, maire de la commune."
    assert [c for c, _ in found(analyze(text, "fr"))] == ["La route sera rouverte lundi"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Luc Martin, PDG du groupe, a salué un accord "important" et "exigeant".',
         'un accord "important" et "exigeant"'),
        ("La maire a salué la décision du gouvernement de rouvrir la ligne.",
         "la décision du gouvernement de rouvrir la ligne"),
        ("« C'est une bonne nouvelle », salue la maire de Lille.", "C'est une bonne nouvelle"),
    ],
)  # fmt: skip
def test_saluer_reports_a_stance_on_a_decision(text: str, content: str) -> None:
    assert [c for c, _ in found(analyze(text, "fr"))] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a salué la foule massée devant la mairie.",
        "Les joueurs ont salué leurs supporters après le match.",
    ],
)
def test_saluer_someone_is_a_greeting(text: str) -> None:
    assert found(analyze(text, "fr")) == []


def test_two_quotations_in_a_row_keep_each_its_own_speaker() -> None:
    text = (
        "Paul Martin enchaîne : « Les prix montent. Les éleveurs paient. » "
        "« On nous a déjà fait le coup », acquiesce Marie Roy."
    )
    assert found(analyze(text, "fr")) == [
        ("Les prix montent. Les éleveurs paient.", "Paul Martin"),
        ("On nous a déjà fait le coup", "Marie Roy"),
    ]


def test_a_past_infinitive_after_apres_is_a_statement_of_the_same_speaker() -> None:
    text = (
        "Marie Roy est venue. « Sans commerces, pas de centre-ville ! », tonne-t-elle après "
        "avoir reproché au maire de ne pas avoir tenu sa promesse. « Ne prenez pas nos places ! »"
    )
    assert found(analyze(text, "fr")) == [
        ("Sans commerces, pas de centre-ville !", "Marie Roy"),
        ("au maire de ne pas avoir tenu sa promesse", "Marie Roy"),
        ("Ne prenez pas nos places !", "Marie Roy"),
    ]


def test_an_opening_past_infinitive_ends_at_its_comma() -> None:
    text = "Après avoir dénoncé la fermeture de l'usine, le maire a rencontré les salariés."
    assert found(analyze(text, "fr")) == [("la fermeture de l'usine", "le maire")]


def test_a_past_infinitive_of_another_verb_reports_nothing() -> None:
    text = "Après avoir visité l'usine, le maire a rencontré les salariés de l'entreprise."
    assert found(analyze(text, "fr")) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La Hongrie ouvre une brèche puisque Budapest se dit prête à payer en roubles.",
         "Budapest"),
        # the source is « il », which takes up the body opening the sentence (anaphora20)
        ("Le club recrute lorsqu'il se dit prêt à payer le prix fort.", "Le club"),
    ],
)  # fmt: skip
def test_a_subordinating_word_opens_the_clause_of_the_subject(text: str, speaker: str) -> None:
    assert [s for _, s in found(analyze(text, "fr"))] == [speaker]


def test_an_adjective_after_se_dit_is_never_the_speaker() -> None:
    text = (
        "Après de longues semaines de négociations très difficiles entre les deux capitales "
        "et leurs alliés historiques le gouvernement se dit prêt à signer l'accord."
    )
    assert "prêt" not in [s for _, s in found(analyze(text, "fr"))]


def test_an_inserted_cue_before_a_first_person_clause_cuts_what_is_said() -> None:
    text = (
        "Le maire Paul Martin a écrit au recteur. Face à ce silence méprisant, poursuit l'élu "
        "dans son courrier, je me vois dans l'obligation de fermer les locaux."
    )
    assert found(analyze(text, "fr")) == [
        (
            "Face à ce silence méprisant, poursuit l'élu dans son courrier, je me vois dans "
            "l'obligation de fermer les locaux",
            "Paul Martin",
        )
    ]


def test_an_inserted_cue_before_narration_in_the_third_person_is_no_cut() -> None:
    text = "Face à ce silence, poursuit le journal, il faudra attendre la rentrée."
    assert all("rentrée" not in content for content, _ in found(analyze(text, "fr")))


def test_quotations_written_one_after_the_other_are_one_run() -> None:
    text = (
        "« Nous resterons ouverts ! », lance Marie Roy. Florilège : « Non à la fermeture ! » "
        "« Rendez-nous nos heures ! » « Pas de classe sans maître ! » La séance commence."
    )
    contents = [c for c, _ in found(analyze(text, "fr"))]
    assert contents[-1] == (
        "Non à la fermeture ! » « Rendez-nous nos heures ! » « Pas de classe sans maître !"
    )
    assert len(contents) == 2
