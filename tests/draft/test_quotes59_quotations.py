"""quotes59 (made-up sentences): French direct and mixed quotations the drafter missed on the
sealed local texts of earlier rounds, each a construction counted over the corpus first."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_content


def found(text: str) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution of a French text (the shared reader's pairs,
    turned: review59a found this helper copied from test_recall_titled_incise.py)."""
    return [(content, speaker) for speaker, content in speaker_content(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le climat est lourd dans les ministères, témoigne un membre du gouvernement : "
            "« On nous a livré les cartons depuis hier. »",
            "un membre du gouvernement",
        ),
        (
            "Rien ne va plus sur le chantier, raconte une habitante du quartier : "
            "« Les camions passent dès cinq heures du matin. »",
            "une habitante du quartier",
        ),
    ],
)
def test_an_indefinite_inverted_subject_before_a_colon_says_both(text: str, speaker: str) -> None:
    clause = text.split(",")[0]
    said = text.split("« ")[1].split(" »")[0]
    assert found(text) == [(clause, speaker), (said, speaker)]


def test_an_indefinite_object_before_a_colon_leaves_the_subject_speaking() -> None:
    text = (
        "Le commandant Paul Roy, en cas de cambriolage, a rappelé une évidence : "
        "« Il ne faut toucher à rien. »"
    )
    assert found(text) == [("Il ne faut toucher à rien.", "Paul Roy")]


def test_a_dash_typed_as_two_hyphens_signs_a_pull_quote() -> None:
    text = (
        "Polémique au village.\n\nLe nom de la commune divise les habitants depuis des mois.\n\n"
        "Ce choix je le garde car il est issu d'un vote démocratique"
        " -- Paul Roy, maire du village\n"
    )
    said = "Ce choix je le garde car il est issu d'un vote démocratique"
    assert found(text) == [(said, "Paul Roy")]


def test_two_hyphens_inside_a_word_are_left_alone() -> None:
    text = "La ligne Nantes--Lyon rouvre lundi, a annoncé la préfecture."
    assert found(text) == [("La ligne Nantes--Lyon rouvre lundi", "la préfecture")]
