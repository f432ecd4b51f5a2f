"""`quizapp new`: the template validates as it is, shows every type, and never overwrites."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.model import QUESTION_TYPES
from quizapp.sets.loader import load_set
from quizapp.sets.template import TEMPLATE, write_template


def test_template_validates_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "mon-jeu.quiz.yaml"
    write_template(path)
    quizset = load_set(path)
    assert sorted(q.type for q in quizset.questions) == sorted(QUESTION_TYPES)
    assert quizset.article is not None and quizset.settings.feedback == "immediate"


def test_template_starts_with_the_schema_comment_and_explains_in_two_languages() -> None:
    first, *rest = TEMPLATE.splitlines()
    assert first == "# yaml-language-server: $schema=quiz.schema.json"
    comments = "\n".join(line for line in rest if line.lstrip().startswith("#"))
    assert "Check it with" in comments and "Vérifiez-le avec" in comments


def test_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "existing.quiz.yaml"
    path.write_text("my work\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_template(path)
    assert path.read_text(encoding="utf-8") == "my work\n"


def test_template_has_no_item_writing_warning_and_names_its_skills(tmp_path: Path) -> None:
    """Teachers copy the template: it must not teach the flaws ``validate`` warns about."""
    from quizapp.sets.checking import check_file

    path = tmp_path / "mon-jeu.quiz.yaml"
    write_template(path)
    checked = check_file(path)
    assert checked.warnings == ()
    used = {tag for question in checked.quiz.questions for tag in question.tags}
    assert used == set(checked.quiz.tags)
