"""Two people joined by « et » whom a first name tells, not the subject of their sentence
(speakers48, made-up sentences): set off after a plural description or after a rubric and a
colon, they are still who a following « ils » takes up, under both their names. A pair
after a verb (its object) is read as before."""

from __future__ import annotations

from tests.draft.readings import speaker_label


def _said(text: str) -> list[tuple[str, str]]:
    return speaker_label("Titre\n\n" + text)


def test_a_pair_set_off_after_a_plural_description() -> None:
    """« les chefs de groupe…, Fatima X et Simon Y, ont siégé… Ils déploraient »."""
    text = (
        "D'entrée de jeu, les chefs de groupe d'opposition, Fatima Hallouche et Simon "
        "Varasse, ont siégé toute la soirée. Ils déploraient cependant l'absence "
        "totale de dialogue avec l'opposition."
    )
    assert _said(text) == [("Fatima Hallouche et Simon Varasse", "named")]


def test_a_pair_after_a_rubric_and_a_colon() -> None:
    """« Canton de X : Roselyne Y et Hugues Z ont décidé… Ils invitent »."""
    text = (
        "Canton de Guiry : Roselyne Caille et Hugues Cauchet ont décidé de parler idées. "
        "Ils invitent les habitants à venir les rencontrer lors de trois réunions."
    )
    assert _said(text) == [("Roselyne Caille et Hugues Cauchet", "named")]


def test_a_subject_pair_is_read_as_before() -> None:
    """« Léa Roux et Marc Petit vivent ici. Ils confient… »: the subject pair, as before."""
    text = (
        "Léa Roux et Marc Petit vivent ici depuis vingt ans. Ils confient que le quartier a changé."
    )
    assert _said(text) == [("Léa Roux et Marc Petit", "named")]


def test_a_pair_after_a_verb_is_no_apposition() -> None:
    """« Les syndicats ont rencontré Léa X et Marc Y. Ils estiment… »: the pair is the
    verb's object; « ils » takes up the plural subject, as before."""
    text = (
        "Les syndicats ont rencontré Léa Roux et Marc Petit hier. Ils estiment que la "
        "rencontre a été utile."
    )
    assert _said(text) == [("Les syndicats", "vague")]


def test_a_pair_after_an_adverbial_set_off_is_the_object() -> None:
    """« Les syndicats ont reçu, hier, Léa X et Marc Y. Ils… »: the comma before the pair
    closes an adverbial, the pair is the verb's object (mend48a)."""
    text = (
        "Les syndicats ont reçu, hier, Léa Martin et Marc Durand. Ils réclament une hausse "
        "des salaires de 5 % pour tous les agents."
    )
    assert _said(text) == [("Les syndicats", "vague")]


def test_a_pair_after_an_adverbial_set_off_in_english() -> None:
    """ "The union leaders met, on Monday, Mary Smith and John Brown. They said…": the
    speakers are the union leaders (mend48a)."""
    text = (
        "The union leaders met, on Monday, Mary Smith and John Brown. They said the talks "
        "had failed."
    )
    assert speaker_label("Title\n\n" + text, "en") != [("Mary Smith and John Brown", "named")]
