"""« il » / « elle » that nothing else takes up (speakers31, made-up sentences): « Une
habitante attend le bus. « … », soupire-t-elle », « Le maire Marchand est rassuré…, mais il
constate que… »: the person or body opening the pronoun's sentence or the one before speaks;
the pronoun stayed unresolved. A sentence opened by no one (« La réunion a duré… ») keeps
the pronoun as before."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Une habitante attend le bus depuis une heure. « Il ne passe jamais à l'heure », "
         "soupire-t-elle.", "Il ne passe jamais", "Une habitante"),
        ("Un agriculteur inspecte ses champs. « Tout est sec », constate-t-il.",
         "Tout est sec", "Un agriculteur"),
        ("Une jeune femme frappe à la porte du cinéma. « Reste-t-il des places ? », "
         "s'enquiert-elle.", "Reste-t-il des places", "Une jeune femme"),
        ("Le maire Marchand est rassuré par les explications du ministre, mais il constate "
         "que le dossier traîne.", "le dossier traîne", "Marchand"),
    ],
)  # fmt: skip
def test_the_one_opening_the_sentence_speaks(text: str, content: str, speaker: str) -> None:
    assert speaker_of(f"Titre\n\n{text}", content) == speaker


def test_a_sentence_opened_by_no_one_leaves_the_pronoun() -> None:
    """Counter-case, the same on both codes: « la réunion » is no one."""
    text = "Titre\n\nLa réunion a duré deux heures. Il affirme que le projet avance."
    assert speaker_of(text, "le projet avance") == "Il"
