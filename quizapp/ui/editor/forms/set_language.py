"""The set's language: shown by its name, taken from the article, and followed by the five
kinds of source while they are still the defaults.

A teacher who opens a French article in a new set made in an English interface must get a
French set: the drafter reads an article in the set's language (an English reading of French
text finds one question where a French reading finds fourteen), and a French learner must read
« Source nommée », not "Named source". Kinds of source the teacher named herself are never
replaced.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from quizapp.draft.drafting.questions import label_definitions
from quizapp.model import DEFAULT_LABELS
from quizapp.model.quizset import primary
from quizapp.sets.editing.commands import SetValue

translate = QCoreApplication.translate
DRAFTED_LANGUAGES = ("fr", "en")  # the languages the drafter reads and names labels in


def default_labels() -> list[dict[str, str]]:
    """The five default kinds of source, named in the interface's language."""
    names = {
        "named": (
            translate("EditorEntry", "Named source"),
            translate(
                "EditorEntry", "An identified person or organisation, quoted or paraphrased."
            ),
        ),
        "anonymous": (
            translate("EditorEntry", "Anonymous source"),
            translate("EditorEntry", "A specific source the article describes but does not name."),
        ),
        "vague": (
            translate("EditorEntry", "Vague group"),
            translate("EditorEntry", "An unidentifiable group or an impersonal voice."),
        ),
        "author": (
            translate("EditorEntry", "The outlet itself"),
            translate(
                "EditorEntry",
                "The outlet's own assertion, framing or loaded words, with no source.",
            ),
        ),
        "fact": (
            translate("EditorEntry", "Plain fact"),
            translate(
                "EditorEntry", "A public, checkable fact stated without a source, in neutral words."
            ),
        ),
    }
    return [
        {"id": label.id, "name": names[label.id][0], "description": names[label.id][1]}
        for label in DEFAULT_LABELS
    ]


def language_name(code: str) -> str:
    """« Français (fr) », "English (en)": a teacher who never saw a language code knows her
    language by its name; the code stays, as the file and the library show it."""
    locale = QLocale(code)
    name, plain = locale.nativeLanguageName(), QLocale.languageToString(locale.language())
    # The language, not the territory's form of it: "American English", "español de España"
    name = plain if plain in name else name.split(" ")[0]
    return f"{name[:1].upper()}{name[1:]} ({code})" if name else code


def language_commands(data: dict, language: str) -> list[SetValue]:
    """The changes that make ``language`` the set's: the language, and the five kinds of source
    named in it when the set still has the five defaults named in another language."""
    if data.get("language") == language:
        return []
    commands = [SetValue(("language",), language, merge=False)]
    labels = data.get("labels")
    new = _defaults_in(primary(language), _ui_language())
    if new is not None and labels != new and _are_defaults(labels):
        commands.append(SetValue(("labels",), new, merge=False))
    return commands


def _ui_language() -> str:
    from quizapp.ui.shell import i18n

    return i18n.current_language() or ""


def _defaults_in(language: str, ui_language: str) -> list[dict[str, str]] | None:
    """The default kinds of source in ``language``: those a new set gets when it is the
    interface's language, else the drafter's; None for a language the drafter cannot name."""
    if language and language == ui_language:
        return default_labels()
    return label_definitions(language) if language in DRAFTED_LANGUAGES else None


def _are_defaults(labels: Any) -> bool:
    """The five kinds of source exactly as a new or a drafted set has them, in any language."""
    if not isinstance(labels, list):
        return False
    known = [default_labels(), *(label_definitions(code) for code in DRAFTED_LANGUAGES)]
    return any(labels == defaults for defaults in known)
