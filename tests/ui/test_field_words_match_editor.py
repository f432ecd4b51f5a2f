"""The command line names a field with the editor's own words (teacher13): the Qt-free table
``sets/explain/field_words`` and the editor's translated names (``ui/editor/wording``) say
the same thing, in English and in French, for every field."""

from __future__ import annotations

from quizapp.sets.explain.field_words import FIELD_WORDS, field_words
from quizapp.ui.editor.checking.wording import field_name


def test_every_field_has_the_editor_s_words_on_the_command_line(qapp, language) -> None:
    for keys in FIELD_WORDS:
        path = ("questions", 0, *keys[1:]) if keys[0] == "questions" else keys
        assert field_words(path) == field_name(path), keys
    assert field_words(("questions", 0, "true_false", "prompt")) == (
        "Affirmation à juger" if language == "fr" else "Statement to judge"
    )
