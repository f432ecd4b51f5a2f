"""Live checking of a large set runs in a child process (``quizapp _check-server``) and gives
the same problems as in the editor's own process; the server answers line by line."""

from __future__ import annotations

import io
import json
from pathlib import Path

from quizapp.sets.editing.check_server import answer, from_rows, serve
from quizapp.sets.editing.live_check import check_set
from quizapp.sets.editing.writer import set_text
from quizapp.ui.editor.checking import checker
from quizapp.ui.editor.entry import open_editor_on_file
from tests.conftest import small_set_data


def _broken_data() -> dict:
    data = small_set_data()
    data["questions"][0]["evidence"] = ["not in the article"]
    data["questions"][1]["prompt"] = ""
    return data


def test_the_server_answers_each_line_as_the_checks_do(tmp_path: Path) -> None:
    data = _broken_data()
    request = {
        "data": data,
        "path": str(tmp_path / "s.quiz.yaml"),
        "images": False,
        "language": "en",
    }
    sink = io.StringIO()
    serve(io.StringIO(json.dumps(request) + "\n\nnot json\n"), sink)
    first, second = sink.getvalue().splitlines()
    expected = check_set(data, tmp_path / "s.quiz.yaml", images=False)
    assert from_rows(json.loads(first)) == expected and expected
    assert "error" in json.loads(second)
    assert from_rows(answer(request)) == expected


def test_a_large_set_is_checked_in_a_child_process(
    qtbot, settings, tmp_path, no_dialogs, monkeypatch
) -> None:
    monkeypatch.setattr(checker, "PROCESS_FROM_QUESTIONS", 1)
    path = tmp_path / "s.quiz.yaml"
    path.write_text(set_text(_broken_data()), encoding="utf-8")
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.checker.check_soon()
    child = window.checker._child
    assert child is not None and child.usable
    with qtbot.waitSignal(window.checker.checked, timeout=30_000):
        pass
    from quizapp.ui.editor.checking.wording import in_teacher_words

    expected = [in_teacher_words(p, window.draft.data) for p in check_set(window.draft.data, path)]
    assert window.checker.problems == expected and expected
    assert child.usable  # the answer came from the child
    window.checker.stop()
    assert not child.usable
