"""What opens a sentence and names no one, known by its form rather than by a list: an adverb
in -ment or -ly set off by a comma, and a capitalised common word opening the headline that a
later « le syndicat » / "the union" must not take up. Made-up sentences, with counter-cases
(first names that end like adverbs, companies that open the headline)."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, language: str) -> list[str | None]:
    headline = text.split("\n")[0]
    return [a.speaker for a in analyze(text, language, headline=headline).attributions]


def test_an_opening_adverb_in_ment_is_no_speaker() -> None:
    text = "Titre\n\nParallèlement, les écologistes craignent une pollution de la baie.\n"
    assert _speakers(text, "fr") == ["les écologistes"]
    text = "Titre\n\nÉgalement, le syndicat estime que le projet est mort.\n"
    assert _speakers(text, "fr") == ["le syndicat"]


def test_an_opening_adverb_in_ly_is_no_speaker() -> None:
    text = "Harbour plan\n\nAdditionally, critics said the harbour plan was dead.\n"
    assert _speakers(text, "en") == ["critics"]


def test_first_names_that_end_like_adverbs_still_speak() -> None:
    text = "Titre\n\nClément, un habitant, estime que le projet est mort.\n"
    assert _speakers(text, "fr") == ["Clément"]
    text = "Harbour plan\n\nKimberly, a nurse, said the harbour plan was dead.\n"
    assert _speakers(text, "en") == ["Kimberly"]


def test_a_common_word_opening_the_headline_is_no_body() -> None:
    text = "Pénurie dans les pharmacies\n\nLe syndicat a affirmé que les rayons resteront vides.\n"
    assert _speakers(text, "fr") == ["Le syndicat"]
    text = "Pharmacies in crisis\n\nThe union said that the shelves will stay empty.\n"
    assert _speakers(text, "en") == ["The union"]


def test_a_company_opening_the_headline_is_still_taken_up() -> None:
    text = "Renault ferme son usine\n\nLe groupe a indiqué que les salariés seront reclassés.\n"
    assert _speakers(text, "fr") == ["Renault"]
    text = "Orange a gagné des clients\n\nLe groupe a indiqué que les prix resteront stables.\n"
    assert _speakers(text, "fr") == ["Orange"]
    text = "Tesco closes stores\n\nThe company said that staff would be moved.\n"
    assert _speakers(text, "en") == ["Tesco"]
