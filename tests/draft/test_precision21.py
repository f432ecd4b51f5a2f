"""French findings no key holds, mended as shapes (precision21, made-up sentences)."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speaker_of


@pytest.mark.parametrize(
    "text",
    [
        "La directrice de l'école, Claire Martin, a décrit la situation de l'établissement avec "
        "inquiétude.",
        "Les syndicats ont dit leur colère dans un communiqué publié lundi.",
        "Le préfet a détaillé les progrès de l'enquête sur l'incendie.",
        "La gérante évoque sa situation, ses contraintes et ses projets.",
        "La commune avait demandé des explications à la société au début de l'été.",
    ],
)
def test_a_shell_object_of_a_verb_of_telling_reports_nothing(text: str) -> None:
    assert said(text, "fr") == []


def test_the_quotation_after_a_shell_object_is_told_by_its_subject() -> None:
    text = (
        "Titre\n\nJeudi, la procureure de Lyon, Anne Durand, a détaillé les progrès dans "
        "l'enquête sur l'incendie. Il en ressort que le suspect semble avoir “préparé son geste "
        "plusieurs semaines avant de passer à l'acte”."
    )
    assert speaker_of(text, "préparé son geste") == "Anne Durand"


def test_the_quotation_after_the_colon_of_a_shell_object_keeps_its_speaker() -> None:
    text = "Les organisateurs ont annoncé la mauvaise nouvelle : « Nous annulons la fête. »"
    assert said(text, "fr") == [("Nous annulons la fête.", "")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le maire a dénoncé cette décision.", "cette décision"),  # a verb that judges
        ("La ministre a annoncé son intention de démissionner.", "son intention de démissionner"),
        ("Le syndicat a annoncé la fermeture du site de Lyon.", "la fermeture du site de Lyon"),
        ("Paul Martin a expliqué que la situation était grave.", "la situation était grave"),
    ],
)
def test_an_object_with_content_still_reports(text: str, content: str) -> None:
    assert [c for c, _ in said(text, "fr")] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "La députée a expliqué la convergence des objectifs : « Mon objectif était le même que "
        "celui du gouvernement. »",
        "Le client leur a raconté toute l'affaire : « Je n'ai jamais reçu de réponse du service. »",
    ],
)
def test_a_noun_phrase_before_a_colon_and_its_quotation_is_a_shell(text: str) -> None:
    assert [c for c, _ in said(text, "fr")] == [text.split("« ")[1].rstrip(" »")]


def test_an_object_that_reports_by_itself_before_a_colon_stays() -> None:
    text = (
        "Le maire a reconnu une défaillance : « Nous aurions dû prévenir les habitants plus tôt. »"
    )
    assert [c for c, _ in said(text, "fr")] == [
        "une défaillance",
        "Nous aurions dû prévenir les habitants plus tôt.",
    ]


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Les loyers restent chers, prévoit l'institut dans sa dernière note de conjoncture, "
            "publiée jeudi.",
            ["l'institut"],
        ),
        ("Peu de studios se libèrent. Et chaque nouvelle annonce est prise d'assaut.", []),
        ("Les résidences gèrent à flux tendu la très forte demande et l'offre insuffisante.", []),
        ("Les résidences gèrent à flux tendu la plus forte demande et l'offre insuffisante.", []),
    ],
)
def test_a_word_after_a_determiner_and_an_adjective_is_a_noun(text: str, sources: list) -> None:
    assert [s for _, s in said(text, "fr")] == sources


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Cette dernière estime que le projet est trop cher.", "Cette dernière"),
        ("L'autre affirme que rien n'a changé depuis des mois.", "L'autre"),
        ("La nouvelle directrice annonce une réorganisation du service.", "La nouvelle directrice"),
    ],
)
def test_a_pronoun_or_a_noun_before_the_verb_keeps_it_a_verb(text: str, source: str) -> None:
    assert [s for _, s in said(text, "fr")] == [source]


@pytest.mark.parametrize("verb", ["a demandé 6.000", "a réclamé 6 000"])
def test_a_participle_aside_after_the_subject_is_no_reported_clause(verb: str) -> None:
    text = (
        "Son avocat Me Paul Durand, estimant que les propos du maire ne relevaient pas de la "
        f"diffamation, {verb} euros pour procédure abusive."
    )
    found = said(text, "fr")
    assert found[1] == (
        verb.split(" ", 2)[2] + " euros pour procédure abusive",
        "Son avocat Me Paul Durand",
    )


def test_a_participle_after_a_clause_leaves_the_final_cue_its_clause() -> None:
    text = "Les loyers augmentent encore, confirmant la tendance de l'an dernier, constate l'INSEE."
    assert said(text, "fr")[0] == (
        "Les loyers augmentent encore, confirmant la tendance de l'an dernier",
        "l'INSEE",
    )


def test_an_empty_quotation_is_no_statement() -> None:
    text = (
        "La ministre avait placé la fédération face à ses responsabilités, appelant à un sport "
        'plus "nettoyé": " "Comme vous, je suis assez impatiente que tout ça se traite. Ça fait '
        "un peu longtemps que beaucoup de choses traînent."
    )
    assert all(content.strip() for content, _ in said(text, "fr"))
