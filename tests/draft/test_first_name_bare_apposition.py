"""A first name alone, then a short apposition with no article and no office word, set off by
commas before the verb (« Solène, jeune maman, se réjouit », « Bastien, agriculteur,
explique »): the name speaks and is named; the apposition alone is no anonymous source
(made-up people; labels27, after the keys labelled « Prénom, description » named in every
batch). A date or a connective before a comma is no name."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_label


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Solène, jeune maman, se réjouit aussi : « Le car passe enfin. »", "Solène"),
        ("Bastien, agriculteur, explique que la récolte est perdue.", "Bastien"),
        ("Ludivine, mère de trois enfants, raconte que la crèche a fermé.", "Ludivine"),
        ("À Vierzon, Gaspard, cuisinier de 38 ans, affirme qu'il manque du monde.", "Gaspard"),
        ("Ludivine, bénévole, confie : « On manque de bras. »", "Ludivine"),
    ],
)
def test_the_first_name_before_its_bare_apposition_speaks(text: str, speaker: str) -> None:
    assert speaker_label(text) == [(speaker, "named")]


def test_an_apposition_after_the_verb_was_already_read_with_its_name() -> None:
    text = "« On manque de bras », confie Ludivine, bénévole."
    assert speaker_label(text) == [("Ludivine", "named")]


def test_a_date_or_a_connective_before_the_comma_is_no_name() -> None:
    text = "Mardi, jour de marché, les commerçants ont expliqué que tout allait bien."
    assert speaker_label(text) == [("les commerçants", "vague")]
    text = "Toutefois, président du club, il a assuré que rien ne changerait."
    assert [label for _, label in speaker_label(text)] == ["named"]
    assert speaker_label(text)[0][0] != "Toutefois"
