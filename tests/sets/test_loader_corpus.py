"""Every kind of mistake a teacher (or an attacker) can make, each with its exact located line."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set

BAD = Path(__file__).parent.parent / "data" / "bad"

# file name -> (line, column, the start of the message)
EXPECTED = {
    "two-correct.quiz.yaml": (12, 5, "a single_choice question needs exactly one option"),
    "none-correct.quiz.yaml": (12, 5, "a multiple_choice question needs at least one option"),
    "duplicate-id.quiz.yaml": (16, 9, "question id 'q1' is already used by question 1"),
    "unknown-label.quiz.yaml": (16, 41, "label 'vage' is not in the set's labels"),
    "evidence-not-verbatim.quiz.yaml": (16, 15, "passage not found in the article text"),
    "locate-not-verbatim.quiz.yaml": (15, 14, "passage not found in the article text"),
    "image-outside.quiz.yaml": (16, 12, "the image must stay inside the set's folder"),
    "yes-is-text.quiz.yaml": (
        15,
        13,
        "'answer' must be yes/no (true or false), not the text 'yes'",
    ),
    "answer-text.quiz.json": (6, 63, "'answer' must be yes/no (true or false), not the text 'no'"),
    "missing-prompt.quiz.yaml": (12, 5, "missing required field 'prompt'"),
    "misspelt-field.quiz.yaml": (14, 5, "unknown field 'promt' (did you mean 'prompt'?)"),
    "unknown-type.quiz.yaml": (13, 11, "unknown question type 'vrai_faux'"),
    "python-tag.quiz.yaml": (14, 13, "the tag '!!python/object/apply:os.system' is not allowed"),
    "duplicate-key.quiz.yaml": (15, 5, "key 'prompt' appears twice in the same mapping"),
    "french-colon.quiz.yaml": (14, 22, "unexpected ':' in a text value: put the text in quotes"),
    "tab-indent.quiz.yaml": (13, 1, "this line is indented with a tab: indent with spaces only"),
    "newer-version.quiz.yaml": (1, 17, "this set is made for a newer quizapp (format version 2)"),
    "latin1.quiz.yaml": (3, 12, "the file is not UTF-8 (byte 0xE9 cannot be read)"),
    "utf16.quiz.yaml": (1, 1, "the file is saved as UTF-16; save it as UTF-8"),
    "syntax.quiz.json": (3, 15, "a field name in double quotes is expected here"),
    "top-level-list.quiz.yaml": (1, 1, "the file must hold one question set"),
    "empty.quiz.yaml": (1, 1, "the file is empty"),
    "two-documents.quiz.yaml": (13, 1, "the file holds more than one YAML document"),
}


def test_every_file_of_the_corpus_has_an_expectation() -> None:
    assert sorted(path.name for path in BAD.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_gets_its_located_message(name: str) -> None:
    line, col, message = EXPECTED[name]
    with pytest.raises(LoadError) as caught:
        load_set(BAD / name)
    first = caught.value.problems[0]
    assert (first.line, first.col) == (line, col), str(caught.value)
    assert first.message.startswith(message), str(caught.value)
    assert str(first) == f"{BAD / name}:{line}:{col}: {first.message}"
    assert "\n" not in first.message


def test_all_problems_of_a_file_are_reported_at_once(tmp_path: Path) -> None:
    text = (BAD / "two-correct.quiz.yaml").read_text(encoding="utf-8")
    text = text.replace("id: bad-set", "id: Bad Set").replace("language: fr", "language: 12")
    text += "  - {id: q2, type: locate, prompt: Trouvez., answer: [absent du texte]}\n"
    path = tmp_path / "many.quiz.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        load_set(path)
    lines = str(caught.value).splitlines()
    assert [problem.line for problem in caught.value.problems] == [2, 4, 12, 18]
    assert len(lines) == 4
    assert "passage not found" in lines[3]
