"""Short forms of attribution (recall6): « parle de « chantage » » (a verb that reports with
its preposition and a quotation, the quotation being a single word of the speaker's), and
« Pour l'UE cette demande constitue… » (« pour » and a name opening the sentence with no
comma before the claim), and a quotation inside narration before a sentence-final cue (« …
coupées car « les sols sont gorgés d'eau », poursuit X »: the whole sentence, mixed).
Made-up sentences, each with counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_single_quoted_word_after_parler_de_is_said() -> None:
    text = "La Commission dénonce cette décision et parle de « chantage »."
    assert found(analyze(text, "fr")) == [
        ("cette décision", "Commission"),
        ("de « chantage »", "Commission"),
    ]


def test_parler_de_without_a_quotation_reports_nothing() -> None:
    assert found(analyze("Le ministre a parlé de la réforme devant les élus.", "fr")) == []


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Pour l'UE cette demande constitue une violation des sanctions.",
         "cette demande constitue une violation des sanctions", "UE"),
        ("Pour Paul Martin la réforme est une erreur historique.",
         "la réforme est une erreur historique", "Paul Martin"),
    ],
)  # fmt: skip
def test_pour_and_a_name_with_no_comma_open_a_claim(text: str, content: str, speaker: str) -> None:
    assert found(analyze(text, "fr")) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Pour Noël les enfants recevront des cadeaux de la mairie.",
        "Pour Paris il faudra attendre encore deux ans avant les travaux.",
        "Pour la première fois le club a gagné le titre national.",
    ],
)
def test_pour_before_a_date_a_place_or_an_adverbial_names_no_one(text: str) -> None:
    assert found(analyze(text, "fr")) == []


def kinds(text: str) -> list[tuple[str, str]]:
    """(content, kind) of every attribution."""
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.kind) for a in analysis.attributions]


def test_a_quotation_inside_narration_before_a_final_cue_is_a_mixed_sentence() -> None:
    text = (
        "Six familles ont été évacuées, tandis que des routes ont été coupées car "
        "« les sols sont gorgés d'eau », poursuit la préfecture."
    )
    assert kinds(text) == [
        (
            "Six familles ont été évacuées, tandis que des routes ont été coupées car "
            "« les sols sont gorgés d'eau",
            "mixed",
        )
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("« Les sols sont gorgés d'eau », poursuit la préfecture.", "Les sols sont gorgés d'eau"),
        ("Le ministre a émis des regrets : « Je ne le referais pas », a-t-il déclaré.",
         "Je ne le referais pas"),
        ("Et puis « les sols sont gorgés d'eau », poursuit la préfecture.",
         "les sols sont gorgés d'eau"),
    ],
)  # fmt: skip
def test_a_quotation_opening_its_clause_stays_direct(text: str, content: str) -> None:
    assert kinds(text) == [(content, "direct")]


def test_a_quoted_adverb_between_auxiliary_and_participle() -> None:
    text = "Le directeur, qui a « catégoriquement » démenti avoir parlé aux journalistes, part."
    assert [c for c, _ in found(analyze(text, "fr"))] == ["avoir parlé aux journalistes"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Les syndicats ont rencontré le ministre, lui faisant remarquer que les écoles "
         "manquent de moyens.", "les écoles manquent de moyens", "Les syndicats"),
        ("Le syndicat a écrit au préfet, mettant en garde contre une fermeture de l'usine.",
         "contre une fermeture de l'usine", "Le syndicat"),
        ("Face à ces critiques, le maire a présenté son budget, faisant valoir que les impôts "
         "ne bougeront pas.", "les impôts ne bougeront pas", "le maire"),
    ],
)  # fmt: skip
def test_a_participle_of_a_set_phrase_shares_the_subject_before_the_verb(
    text: str, content: str, speaker: str
) -> None:
    assert found(analyze(text, "fr"))[-1] == (content, speaker)


def test_a_participle_after_an_inverted_cue_keeps_that_cue_s_subject() -> None:
    text = "La route rouvrira lundi, a déclaré le maire, ajoutant que les travaux sont finis."
    assert found(analyze(text, "fr")) == [
        ("La route rouvrira lundi", "le maire"),
        ("les travaux sont finis", "le maire"),
    ]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Le ministre n'a pas manqué de rappeler que la loi s'applique à tous.",
         "la loi s'applique à tous", "Le ministre"),
        ("Le ministre ne manque pas de souligner que la loi s'applique à tous.",
         "la loi s'applique à tous", "Le ministre"),
        ("La maire n'hésite pas à dénoncer l'inaction de l'Etat dans ce dossier.",
         "l'inaction de l'Etat dans ce dossier", "La maire"),
        ("Le ministre a pris soin de préciser que la loi s'applique à tous.",
         "la loi s'applique à tous", "Le ministre"),
    ],
)  # fmt: skip
def test_a_negated_verb_of_omission_says_it_was_said(text: str, content: str, speaker: str) -> None:
    assert found(analyze(text, "fr")) == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Le ministre n'a pas dit que la loi s'applique à tous.",
        "Le ministre n'a pas voulu rappeler que la loi s'applique à tous.",
        "Le ministre n'a pas manqué la réunion de mardi avec les syndicats.",
    ],
)
def test_a_negated_reporting_verb_reports_nothing(text: str) -> None:
    assert found(analyze(text, "fr")) == []


def test_a_participle_after_selon_x_adds_to_the_claim_before_it() -> None:
    text = (
        "L'application est devenue la plus téléchargée en 2018, selon une étude du cabinet "
        "Sensor Tower, passant même devant Facebook et Instagram."
    )
    assert [c for c, _ in found(analyze(text, "fr"))] == [
        "L'application est devenue la plus téléchargée en 2018"
    ]


def test_a_preposition_ending_in_ant_after_selon_x_opens_the_claim() -> None:
    text = (
        "Au premier trimestre, selon le cabinet Sensor Tower, pendant les vacances scolaires "
        "les téléchargements ont doublé."
    )
    assert [c for c, _ in found(analyze(text, "fr"))] == [
        "pendant les vacances scolaires les téléchargements ont doublé"
    ]
