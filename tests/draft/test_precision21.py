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
