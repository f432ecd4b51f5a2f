"""Titles and names written together: a body's name run on into a person's (« le président de
l'Académie des … du Jura Alain X ») ends where a listed first name starts; a source phrase
holding a body and a person speaks for the person with a first name; a title whose
complement is a capitalised body (« l'entraîneur du Racing Club de X, Y ») is still a title;
a journalists' synonym (« le coach » for « l'entraîneur ») and an adjective of place
(« strasbourgeois » for Strasbourg) take up that title.

Short made-up cases, none a sentence of the evaluation corpus.
"""

from __future__ import annotations

from tests.draft.readings import speakers


def test_a_first_name_after_a_body_starts_a_person() -> None:
    text = (
        "Le président de l'Académie des Sciences et Lettres du Jura Alain Perrot a promis que "
        "le prix serait remis en mai."
    )
    assert speakers(text) == ["Alain Perrot"]


def test_a_first_name_after_another_stays_in_the_name() -> None:
    """Counter-case: « Jean Marie Dupont » is one person."""
    assert speakers("Jean Marie Dupont a promis que le prix serait remis.") == ["Jean Marie Dupont"]


def test_an_english_title_run_keeps_its_name() -> None:
    """Counter-case: a title before the first name is no body ("House Speaker X")."""
    text = "House Speaker Dennis Carter said the vote would wait."
    assert speakers(text, "en") == ["House Speaker Dennis Carter"]


def test_the_person_with_a_first_name_speaks_for_a_phrase_with_a_body() -> None:
    text = "“Demand is strong,” said Morgan Stanley analyst Keith Weiss."
    assert speakers(text, "en") == ["Keith Weiss"]


def test_a_synonym_and_an_adjective_of_place_take_up_a_title_written_later() -> None:
    text = (
        "« Nous sommes prêts », a assuré le coach strasbourgeois.\n\n"
        "Le club a perdu trois matchs. L'entraîneur du Racing Club de Strasbourg, Paul Lenoir, "
        "a présenté son équipe."
    )
    assert speakers(text) == ["Paul Lenoir"]


def test_an_adjective_of_another_place_does_not() -> None:
    text = (
        "« Nous sommes prêts », a assuré le coach lyonnais.\n\n"
        "Le club a perdu trois matchs. L'entraîneur du Racing Club de Strasbourg, Paul Lenoir, "
        "a présenté son équipe."
    )
    assert speakers(text) == ["le coach lyonnais"]
