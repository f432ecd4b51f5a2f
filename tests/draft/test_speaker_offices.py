"""An office that speaks before its holder is named: the holder written with a bare title
(« Le maire, X ») is the one a fuller description (« le maire de Y ») meant; a name met for
the first time as a speaker, with no title, right after a nameless office spoke, is that
office's holder; « son porte-parole » is not the person named next (whose spokesperson).

Short made-up cases, none a sentence of the evaluation corpus.
"""

from __future__ import annotations

from tests.draft.readings import speakers


def test_a_bare_title_fits_a_description_with_a_complement() -> None:
    text = (
        "Le maire de Saint-Paul-d'Aubrac reconnaît que la station est saturée. "
        "Le maire, Michel Garnier, ajoute que des travaux sont prévus."
    )
    assert speakers(text) == ["Michel Garnier", "Michel Garnier"]


def test_a_title_with_another_complement_does_not_fit() -> None:
    """Counter-case: the mayor of another town is someone else."""
    text = (
        "Le maire de Lyon estime que le tramway arrivera en 2030. "
        "Jean Roux, maire de Villeurbanne, affirme que rien n'est signé."
    )
    assert speakers(text) == ["Le maire de Lyon", "Jean Roux"]


def test_a_name_first_met_as_a_speaker_holds_the_office_that_just_spoke() -> None:
    text = (
        "Le porte-parole du ministère a affirmé que le projet était abandonné.\n\n"
        "« Ce n'est plus une priorité », a déclaré Paul Lenoir devant la presse."
    )
    assert speakers(text) == ["Paul Lenoir", "Paul Lenoir"]


def test_a_name_with_its_own_title_is_someone_else() -> None:
    """Counter-case: a newcomer introduced by a title of his own does not take the office."""
    text = (
        "Le porte-parole du ministère a affirmé que le projet était abandonné.\n\n"
        "« C'est une erreur », a réagi Paul Lenoir, député de l'opposition."
    )
    assert speakers(text) == ["Le porte-parole du ministère", "Paul Lenoir"]


def test_a_name_of_the_other_gender_is_someone_else() -> None:
    text = (
        "Le ministre a affirmé que le projet était abandonné.\n\n"
        "« C'est une erreur », a réagi Sophie Lenoir."
    )
    assert speakers(text) == ["Le ministre", "Sophie Lenoir"]


def test_a_spokesperson_is_not_the_principal_named_next() -> None:
    text = (
        "Le président de la fédération « regrette » la décision, a indiqué son porte-parole.\n\n"
        "Georges Lambert « espère un dialogue rapide », a ajouté Luc Perrin."
    )
    assert speakers(text) == ["Luc Perrin", "Luc Perrin"]
