"""A passage written alone, without its list (format v1 allows ``evidence: "…"`` as well as a
list), reads and edits as a list of one: indexing the string gave the editor its first letter as
the passage, and adding, removing or moving a passage failed on it."""

from __future__ import annotations

from quizapp.sets.editing.commands import (
    MISSING,
    InsertItem,
    MoveItem,
    RemoveItem,
    SetValue,
    get_at,
)
from quizapp.sets.editing.set_draft import SetDraft

PASSAGE = "Un fonctionnaire de la Maison-Blanche a confié à Politico"
PATH = ("questions", 0, "evidence")


def _draft() -> SetDraft:
    return SetDraft({"questions": [{"id": "q", "evidence": PASSAGE}]})


def test_a_lone_passage_reads_as_the_first_and_only_item() -> None:
    draft = _draft()
    assert draft.get((*PATH, 0)) == PASSAGE  # not its first letter
    assert get_at(draft.data, (*PATH, 1)) is MISSING
    assert draft.get(PATH) == PASSAGE  # the field itself is left as written until edited


def test_editing_a_lone_passage_makes_it_its_list_and_undoes() -> None:
    draft = _draft()
    draft.apply(SetValue((*PATH, 0), "a confié à Politico"))
    assert draft.get(PATH) == ["a confié à Politico"]
    draft.undo()
    assert draft.get((*PATH, 0)) == PASSAGE


def test_adding_removing_and_moving_passages_work_on_a_lone_one() -> None:
    draft = _draft()
    draft.apply(InsertItem(PATH, 1, "Politico"))
    assert draft.get(PATH) == [PASSAGE, "Politico"]
    draft.apply(MoveItem(PATH, 1, 0))
    assert draft.get(PATH) == ["Politico", PASSAGE]
    draft.undo()
    draft.undo()
    assert draft.get(PATH) == [PASSAGE]
    other = _draft()
    other.apply(RemoveItem(PATH, 0))
    assert other.get(PATH) == []
