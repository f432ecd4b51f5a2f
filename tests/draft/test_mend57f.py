"""mend57f: faults review57a found in places57 and speakers57. A subject written in its own
sentence is never swapped for a person of another paragraph; a place's lone quotation passes
only to a voice that can speak for the place; a place's name is matched as whole words; « Celui
qui / Celle qui » whose relative takes the person before up as its object, with an apposed
name, is that name, not the subject before. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.speakers.speaker_checks.passed_places import holds_place


def _speakers(text: str) -> list[str]:
    head = text.partition("\n")[0]
    return [f.speaker for f in analyze(text, "fr", headline=head).attributions]


def test_a_subject_written_in_its_sentence_is_not_a_person_of_another_paragraph() -> None:
    text = (
        "Le maire sortant Hubert Lamarre se représente. Il a dit qu'il voulait finir les "
        "travaux.\n\nL'église Saint-Martin de Valbourg sera restaurée. Saint-Martin a annoncé "
        "que les travaux commenceraient en mai.\n"
    )
    speakers = _speakers(text)
    assert speakers and "Hubert Lamarre" not in speakers[-1:]


def test_a_place_is_matched_as_whole_words() -> None:
    # main matched by substring: "Ham" was held by "Graham Smith", who lost her voice
    assert not holds_place("Graham Smith", "Ham")
    assert holds_place("Thoissey L'", "Thoissey")


def test_a_lone_quotation_of_a_place_does_not_pass_to_a_voice_paragraphs_away() -> None:
    text = (
        "Deux listes pour Valbourg\n\nFrançoise Grolet, conseillère d'opposition, a dénoncé "
        "le projet. « C'est trop cher », a-t-elle affirmé.\n\nLe marché aura lieu le samedi. "
        "Les forains viendront nombreux. La fête durera trois jours.\n\nValbourg abrite 450 "
        "habitants, mais un million de touristes visitent chaque année la basilique "
        "Saint-Firmin de Valbourg. L'autre point important : la rénovation des espaces publics "
        "de Valbourg. « Durant le mandat précédent, nous avons lancé une étude. »\n"
    )
    assert _speakers(text)[-1] != "Françoise Grolet"


def test_celui_qui_with_an_object_pronoun_and_an_apposed_name_is_that_name() -> None:
    text = (
        "Paul Dufour a porté plainte lundi. Celui qui l'a agressé, Marc Petit, a été arrêté "
        "mardi.\n\n« Je regrette mon geste », a-t-il déclaré.\n"
    )
    assert _speakers(text)[-1] == "Marc Petit"


def test_celle_qui_with_an_object_pronoun_is_not_the_subject_before() -> None:
    text = (
        "Anne Roux est candidate. Celle qui la soutient, Marie Petit, est maire de Lunel."
        "\n\n« Elle fera une bonne élue », assure-t-elle.\n"
    )
    assert _speakers(text)[-1] == "Marie Petit"
