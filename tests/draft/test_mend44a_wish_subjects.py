"""Verbs of wishing reviewed (mend44a, made-up sentences, the reviewer's included): a thing
or idea wanting (« La tradition veut que… », « Le hasard a voulu que… ») is no speaker; a
question (« Le maire veut-il que… ? ») and a relative clause between commas (« Les
habitants, qui veulent que…, ont manifesté ») report no wish; a wish that follows its
« que » clause with a subject still reports it (recall44's tests)."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each attribution found in ``text``."""
    return [
        (a.speaker, text[a.content[0] : a.content[1]]) for a in analyze(text, "fr").attributions
    ]


def test_a_thing_wanting_is_no_speaker() -> None:
    for text in (
        "La tradition veut que le président prononce un discours chaque année.",
        "La loi veut que chaque commune dispose d'un plan de secours.",
        "La logique voudrait que les prix baissent dès cet été.",
        "Le hasard a voulu que les deux hommes se croisent à Lyon.",
    ):
        assert _found(text) == [], text


def test_a_question_reports_no_wish() -> None:
    for text in (
        "Le maire veut-il que la commune paie pour les autres ?",
        "Pourquoi le préfet voudrait-il que la route ferme plus tôt ?",
    ):
        assert _found(text) == [], text


def test_a_relative_wish_between_commas_reports_nothing() -> None:
    text = "Les habitants, qui veulent que la route soit fermée, ont manifesté devant la mairie."
    assert _found(text) == []


def test_a_person_wanting_still_reports() -> None:
    text = "La ministre veut que chaque commune dispose d'un plan de secours."
    assert _found(text) == [("La ministre", "chaque commune dispose d'un plan de secours")]
