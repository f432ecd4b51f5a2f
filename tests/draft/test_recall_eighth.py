"""Kinds of French attribution the drafter missed on articles it had never seen (recall8),
one made-up case each with a counter-case: a quotation opened by a colon after the
sentence's attribution, left outside it."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis: Analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


# ----- a quotation after a colon, outside the attribution found before the colon -----
def test_a_quotation_after_an_inverted_cue_and_a_colon_is_the_same_speakers() -> None:
    text = (
        "La récolte sera maigre, estime Paul Martin, viticulteur à Nîmes : "
        "« Les vignes ont souffert de la chaleur tout l'été. »"
    )
    assert found(text) == [
        ("La récolte sera maigre", "Paul Martin", "indirect"),
        ("Les vignes ont souffert de la chaleur tout l'été.", "Paul Martin", "direct"),
    ]


def test_a_quotation_after_selon_and_a_colon_is_the_sources() -> None:
    text = (
        "Le barrage n'est pas menacé selon la préfète de l'Aude : "
        "« Les ouvrages sont surveillés jour et nuit par nos équipes. »"
    )
    assert found(text)[1] == (
        "Les ouvrages sont surveillés jour et nuit par nos équipes.",
        "la préfète de l'Aude",
        "direct",
    )


def test_a_quotation_after_aux_yeux_de_and_a_relative_clause() -> None:
    text = (
        "Une réponse trop courte aux yeux de Samir, qui veut saisir la justice : "
        "« On ne m'a rien expliqué sur la fermeture de l'école. »"
    )
    assert found(text)[1] == (
        "On ne m'a rien expliqué sur la fermeture de l'école.",
        "Samir",
        "direct",
    )


def test_a_quotation_after_a_colon_with_no_attribution_before_it_stays_unattributed() -> None:
    text = "Le stade affichait une banderole : « Tous ensemble pour la victoire finale »."
    assert found(text) == []


def test_a_short_quoted_word_after_the_colon_is_not_a_second_statement() -> None:
    text = "La récolte sera maigre, estime Paul Martin : « Dur »."
    assert found(text) == [("La récolte sera maigre", "Paul Martin", "indirect")]
