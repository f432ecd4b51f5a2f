"""« il » / « elle » after a person met only inside a complement, with nobody heard yet or a
named person of the other gender heard last (made-up sentences): « Les barrières ont été
posées devant la boulangerie de Nathalie X. […] Elle constate… » is Nathalie X, not an
unresolved « Elle ». A nearer woman, or a woman who spoke last, stays the antecedent."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr", headline="Titre").attributions]


_SHOP = "Titre\n\nLes barrières ont été posées le 9 mai devant la boulangerie de {}. "
_HEADING = "Les travaux dureront deux ans.\n\nBaisse de la fréquentation\n\n"


def test_the_person_of_a_complement_is_the_pronoun_after_a_subhead() -> None:
    said = 'Elle constate une baisse de la fréquentation, "entre moins dix et cinq pour cent".'
    assert _speakers(_SHOP.format("Nathalie Lalonde") + _HEADING + said) == ["Nathalie Lalonde"]
    said = "Il a constaté une baisse, « entre moins dix et moins cinq pour cent »."
    assert _speakers(_SHOP.format("Marc Keller") + _HEADING + said) == ["Marc Keller"]


def test_after_a_man_spoke_elle_is_the_woman_of_the_complement() -> None:
    text = (
        _SHOP.format("Odile Marchal")
        + "« Tout le monde galère », a déclaré Paul Verdier, le gérant du tabac.\n\n"
        + "Elle regrettait une baisse, « entre moins dix et moins cinq pour cent »."
    )
    assert _speakers(text)[-1] == "Odile Marchal"


def test_a_nearer_woman_or_a_woman_heard_last_stays_the_antecedent() -> None:
    said = "Elle constate une baisse, « entre moins dix et moins cinq pour cent »."
    text = _SHOP.format("Nathalie Lalonde") + "Claire Vannier, sa voisine, tient la pharmacie. "
    assert _speakers(text + said) == ["Claire Vannier"]
    spoke = "« C'est dur », a déclaré Claire Vannier, sa voisine.\n\n"
    assert _speakers(_SHOP.format("Nathalie Lalonde") + spoke + said)[-1] == "Claire Vannier"
