"""A quotation set out as a paragraph of its own, with no cue, whose words a later finding
quotes again inside its own (made-up sentences): the later finding's speaker said it, not the
one heard before it nor a body the narration named (cueless30). Words not quoted again, too
few of them, or quoted again only in the narration leave it as it was."""

from __future__ import annotations

import pytest

from tests.draft.readings import speakers

_HEARD = (
    "Le maire Paul Dubreuil a annoncé des restrictions. « Nous allons couper l'eau des "
    "piscines », a-t-il déclaré.\n\n"
)


@pytest.mark.parametrize(
    ("set_out", "later", "speaker"),
    [
        (
            "« On ne sait plus comment nourrir nos bêtes cet été ! »",
            "Et Hervé Lamarque, éleveur à Lunel, confirme : « Depuis juin, on ne sait plus "
            "comment nourrir nos bêtes cet été, le foin manque. »",
            "Hervé Lamarque",
        ),
        (
            "« Les nappes sont au plus bas depuis vingt ans. »",
            "« Ici, les nappes sont au plus bas depuis vingt ans et rien ne change », "
            "constate Marion Texier, maraîchère.",
            "Marion Texier",
        ),
    ],
)
def test_words_quoted_again_later_are_the_later_speakers(
    set_out: str, later: str, speaker: str
) -> None:
    found = speakers(_HEARD + set_out + "\n\n" + later)
    assert found[1] == speaker


@pytest.mark.parametrize(
    ("set_out", "later"),
    [
        (  # the later quotation says something else
            "« On ne sait plus comment nourrir nos bêtes cet été ! »",
            "Et Hervé Lamarque, éleveur à Lunel, confirme : « Le foin manque depuis juin. »",
        ),
        (  # the words come again in the narration only
            "« On ne sait plus comment nourrir nos bêtes cet été ! »",
            "Dans le canton, on ne sait plus comment nourrir nos bêtes cet été sans acheter "
            "du foin à prix d'or.",
        ),
    ],
)
def test_words_not_quoted_again_stay_with_the_last_speaker(set_out: str, later: str) -> None:
    assert speakers(_HEARD + set_out + "\n\n" + later)[1] == "Paul Dubreuil"


def test_a_quotation_inside_narration_is_not_set_out() -> None:
    """« … du mildiou, qui « pourrait causer des pertes importantes ». »: a few quoted words
    in the narration's sentence; the same words quoted again later by someone else leave
    them to whoever the sentence gave them."""
    text = (
        _HEARD + "La récolte baisse à cause du gel, qui « pourrait causer des pertes "
        "importantes ».\n\n« Le gel pourrait causer des pertes importantes cette année », "
        "craint Marion Texier, maraîchère."
    )
    assert speakers(text)[1] != "Marion Texier"


def test_english_reads_the_same() -> None:
    text = (
        "Mayor Paul Dubreuil announced restrictions. “We will cut water to pools,” he said.\n\n"
        "“We cannot feed our cattle this summer!”\n\n"
        "Tom Becker, a farmer, agreed: “Since June we cannot feed our cattle this summer, "
        "the hay is gone.”"
    )
    assert speakers(text, "en")[1] == "Tom Becker"
