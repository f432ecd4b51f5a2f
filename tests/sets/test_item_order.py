"""A comment written above a question (or a kind of source) moves with it when the editor
reorders the list, whatever the YAML library attached it to: the value before it, a list of
options, a literal block, the list itself for the first item."""

from __future__ import annotations

from pathlib import Path

from quizapp.sets.editing.commands import InsertItem, MoveItem, RemoveItem, SetValue
from quizapp.sets.editing.item_order import in_new_order
from quizapp.sets.editing.new_questions import blank_question
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.sets.editing.writer import set_text
from quizapp.sets.safe_yaml.reader import read_yaml

HAND_WRITTEN = """\
schema_version: 1
id: s
title: T
language: fr
article:
  text: |
    Un texte.
labels:
  # the people quoted
  - id: named
    name: Source nommée
  # nobody named
  - id: vague
    name: Groupe vague
questions:

  # ----- first section -----

  - id: a
    type: single_choice
    prompt: A
    options:
      - text: oui
        correct: true
      - text: non

  # about B, after a list of options and a blank line
  - id: b
    type: true_false
    prompt: |
      B, written
      on two lines
    answer: true
    # a note ending B, indented under it
  # about C, after a literal block
  - id: c
    type: true_false
    prompt: C
    tags: [x, y]
  # about D, after a flow list
  - id: d
    type: true_false
    prompt: D  # what D asks
    answer: false
# the end of the questions
"""


def _moved(*moves: tuple[int, int], key: str = "questions") -> tuple[SetDraft, str]:
    draft = SetDraft(read_yaml(HAND_WRITTEN)[0])
    for source, target in moves:
        draft.apply(MoveItem((key,), source, target))
    text = set_text(draft.data, HAND_WRITTEN)
    assert read_yaml(text)[0] == draft.data
    return draft, text


def _just_above(text: str, comment: str, item: str) -> None:
    """``comment`` stands above the item ``- id: item``, with only blank lines or other
    comments between them."""
    lines = text.splitlines()
    at = next(n for n, line in enumerate(lines) if line.strip() == f"- id: {item}")
    above = []
    for line in reversed(lines[:at]):
        if line.strip() and not line.strip().startswith("#"):
            break
        above.append(line.strip())
    assert comment in above, f"{comment!r} not above {item!r}:\n{text}"


def test_each_comment_moves_with_its_question() -> None:
    _draft, text = _moved((3, 0), (2, 1))  # d a b c, then b moves up: d b a c
    assert [line.strip()[6:] for line in text.splitlines() if "- id: " in line][2:] == [
        "d",
        "b",
        "a",
        "c",
    ]
    _just_above(text, "# about D, after a flow list", "d")
    _just_above(text, "# about C, after a literal block", "c")
    _just_above(text, "# ----- first section -----", "a")
    _just_above(text, "# about B, after a list of options and a blank line", "b")
    assert text.index("prompt: D  # what D asks") > text.index("- id: d")
    assert text.rstrip().endswith("# the end of the questions"), "the list's last comment stays"


def test_a_note_indented_under_a_question_stays_with_it() -> None:
    _draft, text = _moved((1, 3))  # b goes last
    b_starts = text.index("- id: b")
    assert text.index("# a note ending B, indented under it") > b_starts
    _just_above(text, "# about C, after a literal block", "c")


def test_kinds_of_source_reordered_keep_their_comments() -> None:
    _draft, text = _moved((1, 0), key="labels")
    _just_above(text, "# nobody named", "vague")
    _just_above(text, "# the people quoted", "named")
    assert text.index("id: vague") < text.index("id: named")


def test_a_reorder_with_other_edits_keeps_every_comment_in_place() -> None:
    draft = SetDraft(read_yaml(HAND_WRITTEN)[0])
    draft.apply(MoveItem(("questions",), 0, 3))
    draft.apply(SetValue(("questions", 0, "prompt"), "B changed"))
    draft.apply(InsertItem(("questions",), 1, blank_question(draft.data, "true_false", "New")))
    draft.apply(RemoveItem(("questions",), 2))  # c, with its comment
    text = set_text(draft.data, HAND_WRITTEN)
    assert read_yaml(text)[0] == draft.data
    _just_above(text, "# ----- first section -----", "a")
    _just_above(text, "# about D, after a flow list", "d")
    assert text.index("- id: d") < text.index("- id: a")


def test_nothing_moved_or_no_ids_leaves_the_text_as_it_is() -> None:
    def never(_item: object, _path: tuple) -> str:
        raise AssertionError("no item to write")

    data = read_yaml(HAND_WRITTEN)[0]
    assert in_new_order(HAND_WRITTEN, data, never) == HAND_WRITTEN
    without_ids = "questions:\n  - type: true_false\n  - type: true_false\n"
    assert in_new_order(without_ids, {"questions": [{"type": "x"}]}, never) == without_ids


def test_an_added_question_takes_no_comment_from_its_neighbours() -> None:
    draft = SetDraft(read_yaml(HAND_WRITTEN)[0])
    draft.apply(InsertItem(("questions",), 3, blank_question(draft.data, "true_false", "New")))
    draft.apply(InsertItem(("questions",), 0, blank_question(draft.data, "true_false", "First")))
    text = set_text(draft.data, HAND_WRITTEN)
    assert read_yaml(text)[0] == draft.data
    _just_above(text, "# about D, after a flow list", "d")
    _just_above(text, "# about C, after a literal block", "c")
    _just_above(text, "# ----- first section -----", "a")
    assert text.index("prompt: First") < text.index("# ----- first section -----")


def test_the_builtin_sets_section_comments_follow_their_first_question() -> None:
    path = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"
    original = path.read_text(encoding="utf-8")
    draft = SetDraft(read_yaml(original)[0])
    ids = [q["id"] for q in draft.data["questions"]]
    first_of_section = ids.index("stargate-companies")
    draft.apply(MoveItem(("questions",), first_of_section, 0))
    text = set_text(draft.data, original)
    assert read_yaml(text)[0] == draft.data
    _just_above(
        text,
        "# ----- Stargate : qui en fait partie, selon l'article ? -----",
        ids[1 - 1 + first_of_section],
    )
    _just_above(text, "# ----- Qui a dit quoi ? -----", ids[0])
