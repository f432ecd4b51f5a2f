"""An ordinal before a French noun is no office of its own (made-up people): « le premier
adjoint », « le premier syndicat étudiant » are no Premier ministre and do not take up the
mayor just heard; « le Premier ministre » still takes up the one named with that title."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_PM = "Le Premier ministre Paul Vernet a annoncé une hausse des frais. "
_MAYOR = "Le maire Jean Roux a annoncé une hausse des impôts. "


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


@pytest.mark.parametrize("before", [_PM, _MAYOR])
@pytest.mark.parametrize(
    "said",
    [
        "« Ce n'est pas juste », a estimé le premier adjoint.",
        "« Ce n'est pas juste », s'indigne le premier syndicat étudiant.",
        "Le premier adjoint a estimé que ce n'était pas juste.",
        "« Ce n'est pas juste », a jugé la première adjointe.",
        "« Ce n'est pas juste », a regretté le dernier syndicat reçu.",
    ],
)
def test_an_ordinal_description_is_its_own_speaker(before: str, said: str) -> None:
    speakers = _speakers(before + said)
    assert speakers[-1] not in ("Paul Vernet", "Jean Roux")


def test_the_premier_ministre_is_still_the_one_named() -> None:
    said = "« Ce n'est pas juste », a estimé le Premier ministre."
    assert _speakers(_PM + said)[-1] == "Paul Vernet"
    said = "« Ce n'est pas juste », a estimé la Première ministre."
    before = "La Première ministre Anne Roy a annoncé une hausse. "
    assert _speakers(before + said)[-1] == "Anne Roy"


def test_the_rank_and_noun_of_the_title_written_beside_the_name() -> None:
    said = (
        "« C'est la première fois », détaille Paul Roux, premier adjoint et président de séance. "
        "« Pas avant décembre », précise le premier adjoint."
    )
    assert _speakers(_PM + said)[-2:] == ["Paul Roux", "Paul Roux"]
