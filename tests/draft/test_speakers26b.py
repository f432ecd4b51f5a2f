"""French speakers and labels (speakers26b, made-up sentences): a spokesperson whose
complement is a definite body (« un porte-parole du lycée », « de l'établissement ») speaks
for a body the article knows, so is named, as the issue says; one of a group or a family
(« du collectif », « de la famille ») keeps the label its article gives."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


def _label_of(text: str, word: str) -> str:
    found = content_speaker_label("Titre\n\n" + text)
    return next(label for content, _, label in found if word in content)


@pytest.mark.parametrize(
    "source",
    [
        "un porte-parole du lycée",
        "une porte-parole de l'établissement",
        "un porte-parole du distributeur français",
        "une porte-parole de la fédération",
    ],
)
def test_a_spokesperson_of_a_definite_body_is_named(source: str) -> None:
    text = f"Le lycée Jean-Moulin a fermé mardi. « Nous rouvrirons lundi », a indiqué {source}."
    assert _label_of(text, "rouvrirons") == "named"


@pytest.mark.parametrize(
    "source", ["une porte-parole du collectif", "un porte-parole de la famille"]
)
def test_a_spokesperson_of_no_body_keeps_its_article(source: str) -> None:
    text = f"Les voisins ont manifesté mardi. « Nous sommes inquiets », a dit {source}."
    assert _label_of(text, "inquiets") == "anonymous"


def test_an_english_spokesperson_is_unchanged() -> None:
    found = content_speaker_label(
        'Title\n\nThe school closed. "We reopen Monday," said a spokesperson for the school. '
        '"It is sad," said a spokesman for the family.',
        "en",
    )
    assert [label for *_, label in found] == ["named", "anonymous"]
