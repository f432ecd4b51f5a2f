"""A list with too few entries is named as the form names it (teacher10's walk-through): a
'Who said this?' made from a quotation of an article with one speaker has one answer, and the
strip said « 'options' needs at least 2 item(s) », a word of the file the teacher never sees."""

from __future__ import annotations

import pytest

from quizapp.sets.editing.commands import SetValue
from quizapp.ui.editor.entry import open_new_editor
from tests.ui.editor_helpers import ARTICLE, add_question, paste_article


@pytest.mark.parametrize(
    ("kind", "key", "one", "names"),
    [
        ("single_choice", "options", {"text": "Anne Roux", "correct": True},
         {"en": "“Answers”", "fr": "«\u00a0Réponses\u00a0»"}),
        ("match", "pairs", {"left": "« Tout va bien »", "right": "Anne Roux"},
         {"en": "“Pairs”", "fr": "«\u00a0Paires\u00a0»"}),
    ],
)  # fmt: skip
def test_too_few_entries_are_named_as_the_form_names_them(
    qtbot, settings, tmp_path, no_dialogs, language, kind, key, one, names
) -> None:
    window = open_new_editor(settings, tmp_path / "data", language=language)
    qtbot.addWidget(window)
    paste_article(window, ARTICLE)
    add_question(window, kind)
    index = window.current_question()
    window.draft.apply(SetValue(("questions", index, key), [one]))
    window.reveal_problems()
    said = [p.message for p in window.checker.check_now() if p.path[-1:] == (key,)]
    assert said and all(f"'{key}'" not in m and key not in m for m in said), said
    assert all(names[language] in m for m in said), said
