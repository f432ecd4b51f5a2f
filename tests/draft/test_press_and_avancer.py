"""« la presse » written as a common noun is many outlets nobody names: a vague source; an
outlet whose name holds the word (« Presse Océan », « l'Agence France-Presse ») stays named.
« avancer » reports only a figure or a hypothesis (lexicon restricted_objects)."""

from __future__ import annotations

from quizapp.draft import analyze


def _labels(sentence: str) -> list[tuple[str, str]]:
    analysis = analyze("Titre\n\n" + sentence, "fr")
    return [(found.speaker, found.label) for found in analysis.attributions]


def test_the_press_as_a_common_noun_is_a_vague_source() -> None:
    assert _labels("Selon la presse régionale, le festival est annulé.") == [
        ("la presse régionale", "vague")
    ]


def test_an_outlet_named_with_the_word_press_stays_named() -> None:
    assert _labels("Selon Presse Océan, le festival est annulé.") == [("Presse Océan", "named")]
    assert _labels("L'Agence France-Presse rapporte que le festival est annulé.") == [
        ("Agence France-Presse", "named")
    ]


def _said(sentence: str) -> list[str]:
    analysis = analyze("Titre\n\n" + sentence, "fr")
    return [analysis.passage(found.content) for found in analysis.attributions]


def test_avancer_reports_a_figure_or_a_hypothesis_as_its_object() -> None:
    assert _said("La préfecture avance un bilan de trois blessés.") == ["un bilan de trois blessés"]
    assert _said("Les enquêteurs avancent l'hypothèse d'un incendie criminel.") == [
        "l'hypothèse d'un incendie criminel"
    ]


def test_avancer_with_any_other_object_reports_nothing() -> None:
    assert _said("Les travaux avancent lentement depuis le printemps.") == []
    assert _said("Le cortège avance vers la place centrale.") == []
    assert _said("Le club avance ses pions avant le mercato.") == []
