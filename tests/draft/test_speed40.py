"""speed40: a sentence cut into tokens again, and names sought again, reuse what was built
the first time; what a caller gets must not change."""

from quizapp.draft.speakers.met import mentions_after_space
from quizapp.draft.text.segment import tokens


def test_tokens_cut_again_are_a_fresh_list_of_the_same_tokens() -> None:
    text = "Le maire a dit : « Nous verrons. »"
    first = tokens(text, (0, len(text)), "fr")
    first.append(first[0])  # a caller changing its list
    again = tokens(text, (0, len(text)), "fr")
    assert again is not first
    assert [t.text for t in again] == [
        "Le",
        "maire",
        "a",
        "dit",
        ":",
        "«",
        "Nous",
        "verrons",
        ".",
        "»",
    ]


def test_tokens_of_another_language_or_span_are_cut_anew() -> None:
    text = "He said it. She did not."
    assert [t.text for t in tokens(text, (12, len(text)), "en")] == ["She", "did", "not", "."]
    assert tokens(text, (0, 11), "en")[-1].end == 11


def test_names_sought_again_in_another_text_are_found_there() -> None:
    names = ["Paul Martin", "Anne"]
    assert mentions_after_space(" Paul Martin et anne", names) == {"Paul Martin": [1], "Anne": [16]}
    assert mentions_after_space(" Anne puis Paul Martin", names) == {
        "Paul Martin": [11],
        "Anne": [1],
    }
