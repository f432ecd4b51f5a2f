"""An age set off after a name before a relative clause (« selon M. Vaills, 63 ans, qui
estime que… »): the relative is about the person named, not about « 63 ans » (teacher16: a
vague source « ans » was the right answer of three drafted questions)."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le départ était attendu, selon M. Vaills, 63 ans, qui estime qu'environ 25 "
            "employés ont démissionné.",
            "environ 25 employés ont démissionné",
            "M. Vaills",
        ),
        (
            "La salle s'est vidée. Le maire, Jean Dupont, 58 ans, qui affirme que le projet "
            "est abandonné, a quitté la réunion.",
            "le projet est abandonné",
            "Jean Dupont",
        ),
        (
            "Les élus ont reçu Julie Marchand, 17 ans, qui assurait que le lycée serait fermé "
            "lundi.",
            "le lycée serait fermé lundi",
            "Julie Marchand",
        ),
        (
            "Rien n'a changé, selon Marie, 42 ans, qui a expliqué que la ville n'avait pas "
            "répondu.",
            "la ville n'avait pas répondu",
            "Marie",
        ),
    ],
)
def test_the_person_before_the_age_says_it(text: str, content: str, speaker: str) -> None:
    found = [(s, label) for c, s, label in content_speaker_label(text, "fr") if content in c]
    assert found == [(speaker, "named")], content_speaker_label(text, "fr")


def test_a_count_of_people_before_a_relative_is_still_the_subject() -> None:
    """No name before the number: « 63 élus, qui estiment… » keeps its reading."""
    text = "Le texte a été rejeté par 63 élus, qui estiment que la réforme est injuste."
    found = {c: s for c, s, _ in content_speaker_label(text, "fr")}
    assert found["la réforme est injuste"] == "élus", found


@pytest.mark.parametrize(
    "sentence",
    [
        "Son départ était attendu, selon M. Vaills, 63 ans, qui estime que 25 employés sont "
        "partis.",
        "Son départ était attendu, selon M. Vaills, qui estime que 25 employés sont partis.",
        "Le départ a été annoncé par M. Vaills, qui a ajouté que 25 employés étaient partis.",
    ],
)
def test_a_title_with_a_period_before_the_antecedent_is_the_same_person(sentence: str) -> None:
    """« M. Vaills, qui estime… » read back from « qui » stopped at the period of « M. »:
    « Vaills » was a speaker apart from the Serge Vaills of the sentence before."""
    text = "Titre\n\n« Tout va mal », affirme Serge Vaills.\n\n" + sentence
    assert speaker_of(text, "25 employés", "fr") == "Serge Vaills"
