"""mend56e (review56a of speakers56): two people one letter apart stay two people when the
letter is in a first name, when one sentence names both or when each has its own role; a
counted pair (« les deux élus ») is the last two people only when named together and fitting
its noun. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, language: str = "fr") -> list[str]:
    return [a.speaker for a in analyze(text, language).attributions]


def test_a_first_name_one_letter_longer_is_another_person() -> None:
    text = (
        "Lucie Ferrand garde la pharmacie du bourg. Son frère Lucien Ferrand élève des "
        "chèvres. « Je ne changerai pas de métier », assure Lucien Ferrand."
    )
    assert _speakers(text) == ["Lucien Ferrand"]


def test_a_first_name_with_another_last_letter_is_another_person() -> None:
    text = (
        "Marie Costa tient le café depuis 2012. Mario Costa, son cousin, l'a rejointe. "
        "« Le quartier a changé », raconte Mario Costa."
    )
    assert _speakers(text) == ["Mario Costa"]


def test_an_english_first_name_one_letter_apart_is_another_person() -> None:
    text = (
        "Diane Harlow owns the shop. Her sister Diana Harlow keeps the books. "
        '"We will stay open," said Diana Harlow.'
    )
    assert _speakers(text, "en") == ["Diana Harlow"]


def test_two_surnames_one_letter_apart_in_one_sentence_are_two_people() -> None:
    text = (
        "Henri Lambard, le directeur, a reçu Henri Lambart, le syndicaliste. "
        "« Nous avons parlé des horaires », a dit Henri Lambart."
    )
    assert _speakers(text) == ["Henri Lambart"]


def test_two_elected_are_not_a_pair_with_the_architect() -> None:
    text = (
        "La maire Claire Roussel et son adjoint Marc Vial ont visité l'école avec "
        "l'architecte Denis Forgeat. « Les travaux avancent », assurent les deux élus."
    )
    assert _speakers(text) != ["Marc Vial et Denis Forgeat"]


def test_two_people_named_in_two_sentences_are_not_the_pair() -> None:
    text = (
        "La maire Claire Roussel a reçu le député Denis Forgeat. Son adjoint Marc Vial était "
        "absent. « Le budget est voté », annoncent les deux élus."
    )
    assert _speakers(text) != ["Denis Forgeat et Marc Vial"]


def test_two_men_are_never_a_woman() -> None:
    text = (
        "Léon Barrière et Claire Roussel tiennent le marché, et Marc Vial le garage. "
        "« Nous voulons une halle », expliquent les deux hommes."
    )
    assert "Claire Roussel" not in _speakers(text)[0]
