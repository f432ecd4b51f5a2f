"""A quoted subhead in no person, five words or more, whose words a finding below quotes
again (made-up sentences): the one who says them below said it, as for a subhead in the first
person; one not said again below, or shorter, stays the outlet's framing (cueless30)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


def _under_subhead(subhead: str, quoted: str) -> str:
    return (
        "Titre\n\nLes salariés de l'usine ont cessé le travail mardi.\n\n"
        f"« {subhead} »\n\n"
        "« La direction ne répond plus depuis des semaines », a déclaré Paul Durand, délégué "
        f"syndical. Marie Lenoir, ouvrière depuis vingt ans, a ajouté : « {quoted}, voilà ce "
        "que tout le monde constate ce soir devant l'usine. »\n"
    )


@pytest.mark.parametrize(
    "subhead",
    ["Une situation jamais vue dans la vallée", "Plus de salaire, plus rien du tout"],
)
def test_a_subhead_quoted_again_below_is_that_speakers(subhead: str) -> None:
    assert speaker_of(_under_subhead(subhead, subhead), subhead) == "Marie Lenoir"


@pytest.mark.parametrize(
    ("subhead", "quoted"),
    [
        ("Une situation jamais vue dans la vallée", "Rien à voir avec l'an dernier"),
        ("Une situation catastrophique", "Une situation catastrophique"),  # four words
    ],
)
def test_a_subhead_not_quoted_again_stays_framing(subhead: str, quoted: str) -> None:
    assert speaker_of(_under_subhead(subhead, quoted), subhead) == ""
