"""French quotations between single marks ('…', ‘…’, ‹…›), as Swiss and Belgian outlets write
them: read like « », with the same offsets (recall10). An elided apostrophe (l'avocate,
aujourd’hui) and a single quotation nested in a double one are no quotation marks."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.text.sentence.single_quotes import as_french_double_quotes
from tests.draft.readings import content_speaker_kind as found


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "'Vraiment, on n'a jamais vu ça ?', a lancé Me Hayat.",
            "Vraiment, on n'a jamais vu ça ?",
            "Me Hayat",
        ),
        (
            "'La perpétuité, on la proclame à la légère', a renchéri l'avocate Anne Morel.",
            "La perpétuité, on la proclame à la légère",
            "Anne Morel",
        ),
        (
            "‘Nous n’irons pas plus loin’, affirment les syndicats.",
            "Nous n’irons pas plus loin",
            "les syndicats",
        ),
        ("‹ Je n'ai rien à cacher ›, dit Paul Morel.", "Je n'ai rien à cacher", "Paul Morel"),
        (
            "Le maire Jean Roux a déclaré : 'Le budget est bouclé'.",
            "Le budget est bouclé",
            "Jean Roux",
        ),
    ],
)
def test_a_quotation_between_single_marks_is_read_like_one_in_guillemets(
    text: str, content: str, speaker: str
) -> None:
    assert found(text) == [(content, speaker, "direct")]


def test_the_offsets_are_those_of_the_article_as_written() -> None:
    text = "'Je n'ai jamais vu ça', a relevé Me Hayat."
    analysis = analyze(text, "fr")
    assert analysis.text == text
    assert [analysis.passage(a.content) for a in analysis.attributions] == ["Je n'ai jamais vu ça"]


@pytest.mark.parametrize(
    "text",
    [
        "L'avocate l'a dit aujourd'hui à l'audience.",
        "L’avocate l’a dit aujourd’hui à l’audience.",
        "« Il m'a dit 'non' hier », raconte Paul Morel.",
        "Les années '80 ont vu naître le club.",
    ],
)
def test_apostrophes_and_nested_single_quotations_are_left_alone(text: str) -> None:
    assert as_french_double_quotes(text) == text


def test_a_quotation_going_on_after_its_speaker_keeps_the_speaker() -> None:
    text = (
        "'Je n'ai jamais vu une affaire pareille', a relevé Me Yaël Hayat. "
        "L'avocate estime que la peine est trop lourde. 'Ce n'est pas un crime à froid'."
    )
    assert found(text)[-1] == ("Ce n'est pas un crime à froid", "Me Yaël Hayat", "direct")
