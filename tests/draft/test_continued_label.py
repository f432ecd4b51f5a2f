"""A quotation with no cue that continues the last attribution's speaker takes that
speaker's label, not the label of another speaker the registry heard before (precision18,
rules/lone_quotes/alone: « X a craint pour sa maison. « … » Évacué, il … « … » » gave X's second
quotation the label of the group heard before X)."""

from __future__ import annotations

from tests.draft.readings import content_speaker_label

_ARTICLE = """« Nous sommes très inquiets pour la suite », confient les salariés.

Marc Dupuis, dont la maison jouxte l'usine, a craint pour sa maison. « On ne tenait pas sur \
la terrasse tellement il faisait chaud. » Évacué pour la nuit, il a pu retrouver ce matin sa \
maison. « Je peux vous dire que l'on n'a pas dormi tranquille cette nuit-là. »"""


def test_a_continued_quotation_keeps_its_speakers_label() -> None:
    assert content_speaker_label(_ARTICLE) == [
        ("Nous sommes très inquiets pour la suite", "les salariés", "vague"),
        ("On ne tenait pas sur la terrasse tellement il faisait chaud.", "Marc Dupuis", "named"),
        (
            "Je peux vous dire que l'on n'a pas dormi tranquille cette nuit-là.",
            "Marc Dupuis",
            "named",
        ),
    ]


def test_a_quotation_after_the_group_keeps_the_groups_label() -> None:
    """Counter-case: a quotation continuing the group that spoke last is the group's, vague."""
    text = (
        "« Nous sommes très inquiets pour la suite », confient les salariés. « Personne ne "
        "nous a prévenus de rien avant la fermeture. »"
    )
    assert content_speaker_label(text)[-1][1:] == ("les salariés", "vague")
