"""A name that answers or opposes the description before it is someone else (mend54d,
names54's review; made-up sentences): « Le maire de Lunel a estimé… » then « Paul X, lui,
conteste ce choix », « Face à Paul X, il… », « Paul X a répliqué… », « Mais Paul X… »,
« Paul X, son adversaire, … ». The description keeps its findings; a name that simply goes
on (« Paul X attend encore… », « … commente le député-maire. Paul X refuse… ») is still the
description's (names54's Melle and Tulle shapes)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.test_names54 import _renamed

_MAYOR = (
    "Le maire de Lunel a estimé mardi soir que le projet était nécessaire pour la commune."
    "\n\n« Nous n'avons pas d'autre choix si nous voulons garder nos marchés. »\n\n"
)


def _speakers(text: str) -> list[str]:
    return [found.speaker for found in analyze(text, "fr").attributions]


def test_a_contrastive_pronoun_after_the_name() -> None:
    """« Paul X, lui, conteste ce choix »: the mayor's two findings stay the mayor's."""
    text = _MAYOR + "Paul Martin, lui, conteste ce choix et réclame un référendum."
    assert _speakers(text)[:2] == ["Le maire de Lunel", "Le maire de Lunel"]


def test_facing_the_name() -> None:
    """« Face à Paul X, il n'a pas cédé »: the one faced is not the mayor."""
    text = _MAYOR + "Face à Paul Martin, il n'a pas cédé sur le calendrier."
    assert _speakers(text) == ["Le maire de Lunel", "Le maire de Lunel"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Paul Martin a répliqué que la commune pouvait attendre.",
        "Mais Paul Martin conteste ce choix et réclame un référendum.",
        "Paul Martin, son adversaire, réclame un référendum.",
        "Paul Martin, principal opposant de la majorité, réclame un référendum.",
        "Paul Martin, de son côté, réclame un référendum.",
        "Paul Martin estime quant à lui que rien ne presse.",
        "Paul Martin rétorque que rien ne presse.",
    ],
)
def test_a_reply_or_a_contrast_links_nothing(sentence: str) -> None:
    """On the rule's own reading: a name that answers the mayor is not the mayor."""
    assert _renamed(_MAYOR + sentence, "Le maire de Lunel", ["Paul Martin"]) == {}


def test_a_name_going_on_is_still_the_description() -> None:
    """names54's Melle shape, through the whole drafter."""
    text = (
        "Le maire de Lunel fera savoir jeudi s'il autorise la fête, a-t-il indiqué. "
        "Paul Martin attend encore des changements du dispositif."
    )
    assert _speakers(text) == ["Paul Martin"]


def test_a_name_after_an_inverted_cue_is_still_the_description() -> None:
    """names54's Tulle shape: « …, commente le député-maire. Paul X refuse… »."""
    text = (
        "« Ce n'est pas une punition pour la ville », commente le député-maire. "
        "Paul Martin refuse d'y voir une sanction et attend la suite."
    )
    assert _speakers(text) == ["Paul Martin"]
