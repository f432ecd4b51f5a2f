"""A listed party written as a title before a first name and a surname (speakers47, made-up
sentences): « le PS Marc Roux » is Marc Roux, described by his party; the party is no name of
its own for a source the sentence reads loosely to take. A party before a word that is no
first name (« la CGT Renault ») is read as before."""

from __future__ import annotations

from tests.draft.readings import speaker_label


def _said(text: str) -> list[tuple[str, str]]:
    return speaker_label("Titre\n\n" + text)


def test_the_party_before_a_first_name_is_no_speaker() -> None:
    """« le PS Marc Roux le redit quand même : » is Marc Roux's claim, not the party's."""
    text = (
        "Deux candidats se présentent. Si tout semble dit, le PS Marc Roux le redit quand "
        "même : s'il s'engage, c'est qu'il est d'ici."
    )
    assert _said(text) == [("Marc Roux", "named")]


def test_a_party_before_a_word_that_is_no_first_name_stays() -> None:
    """« la CGT Renault »: a union's section, read as before."""
    text = "La CGT Renault estime que la cadence est intenable."
    assert _said(text) == [("CGT Renault", "named")]
