"""cues19: « nier » takes a noun-phrase object as « démentir » does (the denial family of
short_object_verbs); before, being in needs_speech_shape too, it reported only after a
quotation or before an infinitive. Made-up sentences, several forms, and counter-cases."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "fr").attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Le maire nie sa participation à la réunion de mardi.", "Le maire",
         "sa participation à la réunion de mardi"),
        ("Les deux prévenus nient toute implication dans le trafic.", "Les deux prévenus",
         "toute implication dans le trafic"),
        ("L'entraîneur niait alors les difficultés du club.", "L'entraîneur",
         "les difficultés du club"),
        ("Le suspect a toujours nié sa présence sur les lieux.", "Le suspect",
         "sa présence sur les lieux"),
    ],
)  # fmt: skip
def test_a_denial_s_object_is_what_the_subject_denies(
    text: str, speaker: str, content: str
) -> None:
    assert _found(text) == [(speaker, content)]


def test_a_denial_with_no_object_or_negated_reports_nothing() -> None:
    assert _found("Le ministre a nié.") == []
    assert _found("Le maire ne nie pas la difficulté du dossier.") == []


def test_the_other_shapes_of_a_denial_are_kept() -> None:
    assert _found("« Je n'ai rien fait », nie le suspect.") == [("le suspect", "Je n'ai rien fait")]
    assert _found("Le suspect nie avoir frappé la victime.") == [
        ("Le suspect", "avoir frappé la victime")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Une enquête de l'Insee montre que les loyers ont augmenté de 4 % en un an.",
         "Insee", "les loyers ont augmenté de 4 % en un an"),  # its author (anaphora21)
        ("Les chiffres du ministère montrent que les inscriptions reculent depuis trois ans.",
         "le ministère", "les inscriptions reculent depuis trois ans"),
        ("Le rapport de la commission a démontré que le chantier coûtait trop cher.",
         "la commission", "le chantier coûtait trop cher"),
        ("Les résultats de l'analyse prouvent que l'eau du puits est polluée.",
         "Les résultats de l'analyse", "l'eau du puits est polluée"),
    ],
)  # fmt: skip
def test_a_document_or_figures_speak_by_showing(text: str, speaker: str, content: str) -> None:
    """cues19: « montrer, démontrer, prouver » (lexicon evidence_verbs) report through a
    document, a study or figures: the keys hold them so 3 times in 4, in 3 batches."""
    assert _found(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Le nuage de fumée montre que le feu n'est pas éteint.",
        "Le cycliste montre que la route est dangereuse.",
        "Le maire a montré l'exemple en venant à vélo.",
        "Les manifestants étaient venus pour montrer leur colère au préfet.",
    ],
)
def test_anything_else_that_shows_says_nothing(text: str) -> None:
    assert _found(text) == []


def test_a_passive_of_blame_is_kept() -> None:
    text = "Les ondes étaient montrées du doigt par les associations."
    assert _found(text) == [("les associations", "Les ondes")]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("« Rien n'est encore décidé », grommellent les élus.", "les élus", "grommellent"),
        ("« Rien n'est encore décidé », grommelle le maire.", "le maire", "grommelle"),
        ("« Rien n'est décidé », tempèrent les élus.", "les élus", "tempèrent"),
        ("« Rien n'est décidé », énumèrent les élus.", "les élus", "énumèrent"),
    ],
)
def test_a_present_written_out_has_its_plural(text: str, speaker: str, cue: str) -> None:
    """cues19: the lexicon writes an irregular present's singular (« tempère »); its plural
    (« tempèrent ») is built from it, no longer left to the regular « tempérent »."""
    found = analyze(text, "fr").attributions
    assert [(a.speaker, text[a.cue[0] : a.cue[1]]) for a in found] == [(speaker, cue)]


def test_agreement_before_a_colon_says_what_follows() -> None:
    text = "Les riverains sont unanimes : la route est devenue trop dangereuse pour les enfants."
    assert _found(text) == [
        ("Les riverains", "la route est devenue trop dangereuse pour les enfants")
    ]
    assert _found("Les riverains sont unanimes.") == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Dans le quartier, les riverains sont formels : la route est devenue trop dangereuse.",
         "les riverains"),
        ("Sur la place du marché, les commerçants sont catégoriques : la fréquentation a chuté.",
         "les commerçants"),
    ],
)  # fmt: skip
def test_a_setting_s_article_is_no_clitic_before_a_colon_stance(text: str, speaker: str) -> None:
    """cues19: « le / la / l' » after a preposition opens a setting's noun, not the clitic of
    a predicate (« Il l'a dit : »): the subject after the setting's comma is read."""
    assert [s for s, _ in _found(text)] == [speaker]


def test_a_clitic_after_a_subject_still_opens_its_predicate() -> None:
    text = "Le maire l'a répété devant les habitants : « Nous ne céderons rien sur ce dossier »."
    assert _found(text) == [("Le maire", "Nous ne céderons rien sur ce dossier")]
