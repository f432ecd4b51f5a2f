"""The editor as a teacher finds it on a school laptop: the form column usable in French and
English, zoomed or not, the window within a 1366x768 screen, and Delete / Duplicate ready as
soon as a question is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from quizapp.ui.editor.entry import open_editor_on_file
from quizapp.ui.shell import i18n, zoom

BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"


@pytest.fixture
def builtin_copy(qtbot, settings, tmp_path, no_dialogs):
    def open_in(language: str):
        i18n.install_language(language)
        window = open_editor_on_file(settings, tmp_path / "data", BUILTIN, as_copy=True)
        qtbot.addWidget(window)
        return window

    yield open_in
    i18n.install_language("en")
    zoom.apply_level(zoom.DEFAULT_LEVEL)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("level", [100, 150])
def test_the_form_keeps_its_width_whatever_the_language_and_zoom(
    builtin_copy, language, level
) -> None:
    zoom.apply_level(level)
    window = builtin_copy(language)
    window.resize(1366, 740)
    window._shown_once = False
    window.show()
    for row in (1, 45):  # one right answer with its option rows; claims to classify
        window.questions.setCurrentRow(row)
        QApplication.processEvents()
        form_needs = window.form.minimumSizeHint().width()
        assert window.form.width() >= form_needs, "the form is cut off on the right"
    article_room = window.article.minimumSizeHint().width()
    assert article_room < window.width() * 40 // 100, "the article's buttons widen its pane"
    assert window.minimumSizeHint().height() <= 700
    assert window.minimumSizeHint().width() <= 1366


def test_the_selection_buttons_say_it_in_short_with_the_whole_sentence_in_a_tooltip(
    builtin_copy,
) -> None:
    window = builtin_copy("fr")
    for number, button in enumerate(window.article.action_buttons.values(), start=1):
        assert len(button.text()) < 30
        assert button.accessibleName() in button.toolTip()
        assert f"Ctrl+{number}" in button.toolTip()
        assert "&" not in button.text(), "no mnemonic to clash with the Edit menu's Alt+E"


def test_the_splitter_can_give_the_form_more_room(builtin_copy) -> None:
    window = builtin_copy("fr")
    window.resize(1366, 740)
    window.show()
    QApplication.processEvents()
    before = window.splitter.sizes()
    window.splitter.moveSplitter(before[0] + 100, 1)
    assert window.splitter.sizes()[0] > before[0]
    window.splitter.moveSplitter(before[0], 1)
    assert window.splitter.sizes()[0] == before[0]
    list_and_form = window.splitter.sizes()[1] + window.splitter.sizes()[0]
    window.splitter.moveSplitter(list_and_form - 100, 2)
    assert window.splitter.sizes()[2] > before[2], "the form can take the list's room"


def test_the_window_is_no_taller_than_the_screen(builtin_copy) -> None:
    window = builtin_copy("en")
    room = window.screen().availableGeometry()
    assert window.height() <= room.height() and window.width() <= room.width()


def test_problems_coming_and_going_never_move_the_fields(builtin_copy) -> None:
    from quizapp.sets.editing.commands import SetValue

    window = builtin_copy("fr")
    window.resize(1366, 740)
    window.show()
    window.questions.setCurrentRow(1)
    settle(window.form)
    form = window.form
    fields = [w for w in form.findChildren(QWidget) if w.property("quizapp_path")]
    places = [w.mapTo(form, w.rect().topLeft()) for w in fields]
    strip_height = window.notices.height()
    id_path = ("questions", 0, "id")
    for wrong in ("Pas un id !", "qui-parle", "Pas un id !"):  # the first remark included
        window.draft.apply(SetValue(id_path, wrong))
        window.checker.check_now()
        settle(form)
        assert window.form is form
        assert [w.mapTo(form, w.rect().topLeft()) for w in fields] == places
        assert window.notices.height() == strip_height
    assert window.notices.text()  # the remark is said in words under the form


def test_a_long_remark_wraps_in_the_strip_and_is_never_cut(builtin_copy) -> None:
    from quizapp.sets.editing.live_check import FieldProblem

    window = builtin_copy("fr")
    window.resize(1366, 740)
    window.show()
    window.questions.setCurrentRow(1)
    settle(window.form)
    window.checker.stop()  # no late check of a loaded machine replaces the remark put here
    settle(window.form)  # a check done before the stop delivers its (queued) result first
    words = "Une remarque très longue qui ne tient pas sur une seule ligne du formulaire. " * 4
    remark = FieldProblem(("questions", 0, "prompt"), 1, 1, words, warning=True)
    window.checker.problems = [remark]
    window.reveal_problems()
    settle(window.form)
    strip = window.notices  # one row a remark since ui37, wrapped
    row = strip.item(0)
    assert strip.wordWrap() and words.strip() in row.text().replace("\n", " ")
    assert row.text().startswith("\u2139 Question")  # after the name of its field
    assert strip.visualItemRect(row).height() > strip.fontMetrics().height() * 1.5


def settle(form: QWidget) -> None:
    """Let the nested layouts of the form place their widgets (one event round each)."""
    for _ in range(4):
        QApplication.processEvents()
        form.layout().activate()


def test_delete_and_duplicate_work_as_soon_as_a_question_is_clicked(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    from PySide6.QtCore import Qt

    path = tmp_path / "mine.quiz.yaml"
    path.write_bytes(BUILTIN.read_bytes())
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    actions = window.actions
    assert not actions.actions["delete"].isEnabled()  # the set's own row is chosen
    count = len(window.draft.data["questions"])
    for row in (2, 10):
        rect = window.questions.visualItemRect(window.questions.item(row))
        qtbot.mouseClick(window.questions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.questions.currentRow() == row
        assert actions.actions["delete"].isEnabled() and actions.actions["duplicate"].isEnabled()
        assert all(button.isEnabled() for button in actions.row_buttons)
    window.questions.setFocus()
    qtbot.keyClick(window.questions, Qt.Key.Key_Delete)
    assert len(window.draft.data["questions"]) == count - 1
    qtbot.keyClick(window.questions, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.draft.data["questions"]) == count


def test_a_set_saved_in_the_editor_joins_the_library(
    qtbot, settings, tmp_path, no_dialogs, loader, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from quizapp.ui.editor.entry import open_editor_on_file
    from quizapp.ui.shell.main_window import MainWindow

    main = MainWindow(settings, loader)
    qtbot.addWidget(main)
    main.show()
    target = tmp_path / "sets" / "mine.quiz.yaml"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window = open_editor_on_file(settings, tmp_path / "data", BUILTIN, main, as_copy=True)
    qtbot.addWidget(window)
    assert window.actions.files.save()
    paths = [entry.path.resolve() for entry in main.library.entries()]
    assert target.resolve() in paths
    assert main.recent_files()[0] == target.resolve()
    from quizapp.sets.editing.commands import SetValue

    window.draft.apply(SetValue(("title",), "Ma série à moi"))
    assert window.actions.files.save()  # saved again: the library shows the new title
    titles = [e.quiz.title for e in main.library.entries() if e.path.resolve() == target.resolve()]
    assert titles == ["Ma série à moi"]


def test_a_french_date_is_kept_as_an_iso_date(qtbot, settings, tmp_path, no_dialogs) -> None:
    from quizapp.ui.editor.entry import open_new_editor
    from tests.ui.editor_helpers import type_into

    window = open_new_editor(settings, tmp_path / "data")
    qtbot.addWidget(window)
    date = window.article.fields["date"]
    for written in ("30/11/2026", "30.11.2026"):
        type_into(qtbot, date, written)
        assert window.draft.get(("article", "date")) == "2026-11-30"
        assert date.text() == "2026-11-30"
        window.actions.actions["undo"].trigger()  # back to what was typed, then to nothing
        assert window.draft.get(("article", "date")) == written
        window.actions.actions["undo"].trigger()
        assert window.draft.get(("article", "date")) is None


def test_ctrl_z_in_a_field_is_the_editors_undo_and_clears_the_unsaved_mark(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    from PySide6.QtCore import Qt

    path = tmp_path / "mine.quiz.yaml"
    path.write_bytes(BUILTIN.read_bytes())
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    title = window.form.title
    before = window.draft.get(("title",))
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " !")
    assert window.draft.get(("title",)) == before + " !"
    assert window.windowTitle().endswith("*")
    title.editingFinished.emit()
    window.questions.setFocus()
    window.questions.setCurrentRow(0)
    window.form.title.setFocus()
    qtbot.keyClick(window.form.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.draft.get(("title",)) == before
    assert not window.draft.modified and not window.windowTitle().endswith("*")
    mods = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.form.title, Qt.Key.Key_Z, mods)
    assert window.draft.get(("title",)) == before + " !"
    assert window.windowTitle().endswith("*")
    window.draft.undo()
    window.draft.redo()
    window.draft.undo()
    assert not window.draft.modified, "undo/redo back to the saved state is not a change"


def test_the_recovery_time_is_local_and_in_words() -> None:
    from PySide6.QtCore import QDateTime, Qt

    from quizapp.ui.editor.entry import local_time_in_words

    kept = "2026-11-30T13:08:44+00:00"
    words = local_time_in_words(kept)
    local = QDateTime.fromString(kept, Qt.DateFormat.ISODate).toLocalTime()
    assert "T13" not in words and "+00:00" not in words
    assert "2026" in words and local.time().toString("m") in words


def test_switching_language_redraws_the_list_and_the_status_line(builtin_copy) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    window = builtin_copy("fr")
    window.checker.check_now()
    french = (window.questions.item(1).text(), window.summary.text())
    i18n.install_language("en")
    QCoreApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))
    english = (window.questions.item(1).text(), window.summary.text())
    assert english[0] != french[0] and " — One right answer" in english[0]
    assert english[1] != french[1]


def test_a_claim_from_a_selection_waits_for_its_label_and_problems_use_the_forms_words(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    from quizapp.ui.editor.entry import open_new_editor
    from tests.ui.editor_helpers import ARTICLE, paste_article, select_in_article

    window = open_new_editor(settings, tmp_path / "data")
    qtbot.addWidget(window)
    paste_article(window, ARTICLE)
    select_in_article(window, "Certains commerçants craignent de perdre leurs clients.")
    window.article.use_selection("classify")
    index = window.current_question()
    assert window.draft.get(("questions", index, "items", 0, "label")) == ""
    combo = next(c for c in window.form.findChildren(QComboBox) if "source" in c.accessibleName())
    assert combo.currentIndex() == -1 and combo.placeholderText()
    window.reveal_problems()
    problems = window.checker.check_now()
    messages = {p.path: p.message for p in problems}
    assert messages[("questions", index, "items", 0, "label")] == (
        "Choose the kind of source of this claim."
    )
    assert messages[("article", "outlet")] == "Fill in “News outlet”."  # the headline was pasted
    assert all("'title'" not in m and "'outlet'" not in m for m in messages.values())


def test_a_skill_typed_by_name_becomes_a_named_skill_of_the_set(
    qtbot, settings, tmp_path, no_dialogs
) -> None:
    from tests.ui.editor_helpers import type_into

    path = tmp_path / "mine.quiz.yaml"
    path.write_bytes(BUILTIN.read_bytes())
    window = open_editor_on_file(settings, tmp_path / "data", path)
    qtbot.addWidget(window)
    window.questions.setCurrentRow(1)
    QApplication.processEvents()
    field = next(w for w in window.form.findChildren(QWidget) if w.accessibleName() == "Tags")
    type_into(qtbot, field, "attribution, source anonyme vue en classe")
    tags = window.draft.get(("questions", 0, "tags"))
    assert tags == ["attribution", "source-anonyme-vue-en-classe"]
    named = window.draft.get(("tags",))
    assert named["source-anonyme-vue-en-classe"] == {"name": "source anonyme vue en classe"}
    problems = window.checker.check_now()
    assert not [p for p in problems if "tags" in p.path]
