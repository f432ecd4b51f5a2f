"""The writer: readable YAML for new sets, hand-written files kept as they were, never a
different set than the one edited."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.checking import check_text
from quizapp.sets.editing.commands import InsertItem, MoveItem, RemoveItem, SetValue
from quizapp.sets.editing.new_questions import blank_question
from quizapp.sets.editing.set_draft import SetDraft
from quizapp.sets.editing.writer import SCHEMA_LINE, guess_indent, set_text
from quizapp.sets.loader import load_set
from quizapp.sets.safe_yaml.reader import read_yaml
from quizapp.sets.template import TEMPLATE
from tests.conftest import small_set_data

DOCS = Path(__file__).resolve().parents[2] / "docs"
_YAML_BLOCK = re.compile(r"```yaml\n(.*?)```", re.S)


def load_text(text: str, path: Path):
    """The set ``text`` loads to, through the validator's own path."""
    return check_text(text, path, images=False).quiz


def _builtin() -> Path:
    return next(path for path in builtin_set_paths() if "stargate" in path.name)


def test_a_new_set_is_written_as_a_teacher_would() -> None:
    data = small_set_data()
    data["article"]["date"] = "2026-01-31"
    text = set_text(data)
    assert text.startswith(f"# {SCHEMA_LINE}\n")
    assert "\n  text: |" in text  # the article as a literal block
    assert "\n  date: 2026-01-31\n" in text  # no quotes where none are needed
    assert "{" not in text.split("text: |")[0]  # block style
    assert "\n  - id: " in text
    assert load_text(text, Path("x.quiz.yaml")) == load_text(set_text(data), Path("y.quiz.yaml"))


TRICKY = ["Qui dit : « oui » ?", '"quoted" start', "yes", "42", "- dash", "# hash", "a: b",
          "trailing ", "line\nbreak", "null", "1e3"]  # fmt: skip


@pytest.mark.parametrize("tricky", TRICKY)
def test_any_text_reads_back_as_itself(tricky: str) -> None:
    data = small_set_data()
    data["title"] = tricky
    data["questions"][0]["prompt"] = tricky
    assert read_yaml(set_text(data))[0] == data


def test_the_builtin_set_saved_unchanged_is_the_same_file() -> None:
    original = _builtin().read_text(encoding="utf-8")
    data = read_yaml(original)[0]
    assert set_text(data, original) == original
    fresh = set_text(data)
    assert load_text(fresh, _builtin()) == load_set(_builtin())


def test_the_template_and_the_guides_examples_round_trip(tmp_path: Path) -> None:
    data = read_yaml(TEMPLATE)[0]
    assert set_text(data, TEMPLATE) == TEMPLATE
    assert load_text(set_text(data), tmp_path / "t.quiz.yaml") == load_text(
        TEMPLATE, tmp_path / "t.quiz.yaml"
    )
    builtin = read_yaml(_builtin().read_text(encoding="utf-8"))[0]
    for guide in ("authoring.md", "authoring.en.md"):
        blocks = _YAML_BLOCK.findall((DOCS / guide).read_text(encoding="utf-8"))
        questions = [
            read_yaml(b)[0][0] for b in blocks if b.startswith("- id:") and "\n  prompt:" in b
        ]
        data = {**builtin, "questions": questions}
        assert len(questions) == 6
        assert load_text(set_text(data), _builtin()) == load_text(
            set_text(data, set_text(data)), _builtin()
        )


def test_the_mistakes_examples_saved_unchanged_stay_as_they_are() -> None:
    for path in sorted((DOCS / "mistakes").glob("*.quiz.yaml")):
        text = path.read_text(encoding="utf-8")
        try:
            data = read_yaml(text)[0]
        except Exception:  # a YAML syntax mistake: the editor cannot open it as a form
            continue
        assert set_text(data, text) == text, path.name


def test_an_edit_keeps_the_comments_and_key_order() -> None:
    original = _builtin().read_text(encoding="utf-8")
    draft = SetDraft(read_yaml(original)[0])
    draft.apply(SetValue(("questions", 0, "prompt"), "Qui dit : « emballé » ?"))
    draft.apply(SetValue(("article", "date"), "2026-01-31"))
    draft.apply(InsertItem(("questions",), 1, blank_question(draft.data, "true_false", "Vrai ?")))
    draft.apply(MoveItem(("questions",), 5, 3))
    draft.apply(RemoveItem(("questions",), 7))
    text = set_text(draft.data, original)
    comments = [line.strip() for line in original.splitlines() if line.strip().startswith("#")]
    kept = [line.strip() for line in text.splitlines() if line.strip().startswith("#")]
    removed = [c for c in comments if c not in kept]
    assert len(removed) <= 1 and len(kept) >= len(comments) - 1  # one may go with the deleted one
    assert text.index("# Built-in set") < text.index("schema_version")
    assert read_yaml(text)[0] == draft.data
    assert '  title: "TENSIONS' in text  # the author's quotes are kept
    keys = [line.split(":")[0] for line in text.splitlines() if re.match(r"^[a-z_]+:", line)]
    assert keys == [
        line.split(":")[0] for line in original.splitlines() if re.match(r"^[a-z_]+:", line)
    ]


def test_comments_survive_a_reorder() -> None:
    """A comment above a question moves with it (tests/sets/test_item_order.py has the
    harder layouts); none is lost."""
    original = (
        "schema_version: 1\nid: s\ntitle: T\nlanguage: fr\nquestions:\n"
        "  # about A\n  - id: a\n    type: true_false\n    prompt: A\n    answer: true\n"
        "  # about B\n  - id: b\n    type: true_false\n    prompt: B\n    answer: false\n"
    )
    draft = SetDraft(read_yaml(original)[0])
    draft.apply(MoveItem(("questions",), 1, 0))
    text = set_text(draft.data, original)
    assert "# about A" in text and "# about B" in text
    assert text.index("# about B") < text.index("id: b") < text.index("# about A")
    assert text.index("# about A") < text.index("id: a")
    assert read_yaml(text)[0] == draft.data


def test_indentation_of_a_hand_written_file_is_kept() -> None:
    assert guess_indent("a:\n    b: 1\nl:\n- x\n") == (4, 0)
    assert guess_indent("a:\n  b: 1\nl:\n  - x\n") == (2, 2)
    original = (
        "schema_version: 1\nid: s\ntitle: T\nlanguage: fr\nquestions:\n"
        "- id: a\n  type: true_false\n  prompt: A\n  answer: true\n"
    )
    data = read_yaml(original)[0]
    data["title"] = "U"
    assert set_text(data, original) == original.replace("title: T", "title: U")


def test_json_sets_are_written_as_json() -> None:
    import json

    data = small_set_data()
    assert json.loads(set_text(data, as_json=True)) == data
