"""The editor's own wording of problems (a field to fill in, a claim's kind of source to
choose, field names instead of the file's keys) is in the interface's language: a French
teacher reads French at every field, never an English sentence among French ones."""

from __future__ import annotations

from quizapp.sets.editing.commands import SetValue
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import ARTICLE, paste_article, select_in_article


def test_problems_worded_by_the_editor_are_french_in_french(
    qtbot, settings, tmp_path, no_dialogs, in_french
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language="fr")
    qtbot.addWidget(window)
    paste_article(window, ARTICLE)
    window.draft.apply(SetValue(("article", "title"), ""))  # the pasted headline cleared
    select_in_article(window, "Certains commerçants craignent de perdre leurs clients.")
    window.article.use_selection("classify")
    index = window.current_question()
    window.reveal_problems()
    messages = {p.path: p.message for p in window.checker.check_now()}
    assert messages[("questions", index, "items", 0, "label")] == (
        "Choisissez le type de source de cette affirmation."
    )
    assert messages[("article", "title")] == "Remplissez «\u00a0Titre de l’article\u00a0»."
    assert messages[("article", "outlet")] == "Remplissez «\u00a0Média\u00a0»."
    window.actions.actions["add_true_false"].trigger()
    statement = {p.path: p.message for p in window.checker.check_now()}
    assert statement[("questions", index + 1, "prompt")] == (
        "Remplissez «\u00a0Affirmation à juger\u00a0»."  # the form's own name for it
    )
    english = ("Fill in", "Choose the", "Headline", "Outlet")
    assert not [m for m in messages.values() if any(word in m for word in english)]
