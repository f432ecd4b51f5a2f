"""mend42a (round 42's review of ui42): figures of what they count speak for the one named past
what they count (« les statistiques de la délinquance du ministère de l'Intérieur », « … de la
fréquentation publiés par la mairie »), and no figures finding repeats an « according to »
that names their author. Made-up articles; the reviewer's sentences included."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_ARTICLE = (
    "Vernac : la piscine municipale fermera en septembre\n\n"
    "La piscine municipale de Vernac fermera ses portes le 1er septembre.\n\n"
    "« Nous n'avons plus les moyens de chauffer les bassins », a déclaré le maire, Jean Roux.\n\n"
    "{}\n\n"
    "« C'est une catastrophe pour les enfants du quartier », a regretté Claire Moreau, une "
    "mère de famille.\n"
)
_QUOTED = {"Jean Roux", "Claire Moreau"}


def _found(sentence: str) -> list[tuple[str, str, str]]:
    text = _ARTICLE.format(sentence)
    analysis = analyze(text, "fr", headline=text.split("\n", 1)[0])
    return [(f.speaker, f.label, f.kind) for f in analysis.attributions if f.speaker not in _QUOTED]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Les statistiques de la délinquance du ministère de l'Intérieur montrent une "
            "hausse des vols.",
            "le ministère de l'Intérieur",
        ),
        ("Les chiffres de la fréquentation de la mairie montrent une baisse de 30 %.", "la mairie"),
        (
            "Les chiffres de la fréquentation publiés par la mairie montrent une baisse de 30 %.",
            "la mairie",
        ),
        (
            "Les données de l'affluence publiées par la préfecture montrent une baisse de 30 %.",
            "la préfecture",
        ),
    ],
)
def test_the_author_named_past_what_is_counted_speaks(sentence: str, speaker: str) -> None:
    assert _found(sentence) == [(speaker, "named", "indirect")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les chiffres de la fréquentation montrent une baisse de 30 % en cinq ans.",
        "Les chiffres de la hausse du chômage montrent une baisse de 30 %.",
        "Les estimations de la hausse du prix de l'essence montrent une baisse de 30 %.",
    ],
)
def test_figures_naming_no_author_past_what_they_count_stay_the_source(sentence: str) -> None:
    """« du chômage », « du prix » name what is counted, no one who speaks."""
    assert [speaker for speaker, _, _ in _found(sentence)] == [sentence.split(" montrent")[0]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les chiffres de la hausse des prix, selon l'Insee, montrent une inflation de 5 %.",
        "Selon l'Insee, les chiffres de la hausse des prix montrent une inflation de 5 %.",
        "Les chiffres de la fréquentation montrent une baisse de 30 %, selon l'Insee.",
    ],
)
def test_counted_figures_do_not_repeat_an_according_to(sentence: str) -> None:
    assert _found(sentence) == [("Insee", "named", "according_to")]


def test_figures_of_an_author_beside_an_according_to_keep_both() -> None:
    """Only figures naming no author give way: « les chiffres de la mairie » still speak."""
    sentence = "Les chiffres de la mairie, selon l'Insee, montrent une inflation de 5 %."
    assert {speaker for speaker, _, _ in _found(sentence)} == {"Insee", "la mairie"}
