"""A person the article never names, only describes (« l'épouse du maire », « l'actrice »):
the description opening a sentence is its subject, and a later « elle » or « -t-elle » is
that person, not a pronoun left alone nor someone named in the description's complement.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "fr").attributions]


def test_a_pronoun_after_a_described_subject_is_that_person() -> None:
    text = (
        "L'épouse du gérant de la scierie a été entendue par les gendarmes. Elle a affirmé que "
        "son mari était rentré tard. « Il était très nerveux », a-t-elle ajouté."
    )
    assert found(text) == [("L'épouse du gérant de la scierie", "anonymous")] * 2


def test_the_person_named_in_the_complement_is_not_the_one_described() -> None:
    text = (
        "La sœur de Julien Morel a été reçue par le juge mardi. Elle a assuré que son frère "
        "n'avait jamais quitté Grenoble."
    )
    assert found(text) == [("La sœur de Julien Morel", "anonymous")]


def test_a_description_with_its_name_in_apposition_leaves_the_name_as_subject() -> None:
    text = (
        "La victime, Léa Martin, a été hospitalisée. Elle a raconté que l'homme l'avait "
        "suivie depuis la gare."
    )
    assert found(text) == [("Léa Martin", "named")]


def test_an_unnamed_office_opening_a_sentence_is_taken_up_by_its_pronoun() -> None:
    text = (
        "L'actrice a publié un long message dimanche soir. Elle y assure qu'elle n'a "
        "jamais rencontré le producteur."
    )
    assert [speaker for speaker, _ in found(text)] == ["L'actrice"]


def test_an_inhabitant_after_the_cue_is_the_person_just_heard() -> None:
    text = (
        "Louise fait ses courses au marché couvert. « On n'a qu'une vie », sourit la "
        "Lorientaise en remplissant son panier."
    )
    assert [speaker for speaker, _ in found(text)] == ["Louise"]


def test_a_body_or_a_country_after_the_cue_is_no_inhabitant() -> None:
    """« le Kremlin », « l'Argentine » end like « Toulousain » or « Lorientaise » but name a
    body or a country: they speak for themselves, not for the person met before."""
    before = "Le journaliste Paul Martin était là. "
    kremlin = before + "« Nous ne céderons pas », a déclaré le Kremlin."
    country = before + "« Nous voulons un accord », a indiqué l'Argentine."
    assert [speaker for speaker, _ in found(kremlin)] == ["Kremlin"]
    assert [speaker for speaker, _ in found(country)] == ["Argentine"]
