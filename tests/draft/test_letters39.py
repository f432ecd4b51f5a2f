"""A title given in a predicate, and an office French writes with « le » for a woman
(letters39, made-up sentences): « X a été réélu maire de Y » gives X the title, so a later
« le tavana » finds X, and « Anne X a été élue maire » lets a later « le maire » be Anne."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers_of(text: str, words: str, language: str = "fr") -> list[str]:
    analysis = analyze("Titre\n\n" + text, language)
    return [a.speaker for a in analysis.attributions if words in analysis.passage(a.content)]


def test_title_given_by_a_predicate_is_kept_for_a_general_word() -> None:
    """« X a été réélu maire de la capitale »: « le tavana » (a word for the mayor) is X
    (fails before: the title was only read beside a name)."""
    text = (
        "Paul Garnier a été réélu mardi maire de la capitale. « Vous aurez beaucoup de "
        "travail », a prévenu le tavana devant ses adjoints."
    )
    assert _speakers_of(text, "beaucoup de") == ["Paul Garnier"]


def test_masculine_office_may_stand_for_the_woman_elected() -> None:
    """« Anne X a été élue maire … Le maire a évoqué … »: Anne (fails before: « le » read
    as a man only)."""
    text = (
        "Anne Garnier a été élue maire de Lunel mardi soir. Le maire a évoqué son envie "
        "de rénover les écoles."
    )
    assert _speakers_of(text, "rénover les écoles") == ["Anne Garnier"]


def test_masculine_office_prefers_a_man_who_fits() -> None:
    """« le maire » after a named man still goes to him (passes before and after)."""
    text = (
        "Paul Garnier a été élu maire de Lunel mardi soir. Sa voisine Anne Roux a applaudi. "
        "« Je serai le maire de tous », a promis le maire."
    )
    assert _speakers_of(text, "maire de tous") == ["Paul Garnier"]


def test_appointment_by_someone_gives_no_title() -> None:
    """« nommée par le maire »: the mayor appointed her; she is not the mayor."""
    text = (
        "Anne Garnier a été nommée par le maire à la tête du centre social. « Je connais "
        "bien le quartier », a expliqué le maire."
    )
    assert _speakers_of(text, "connais bien") != ["Anne Garnier"]
