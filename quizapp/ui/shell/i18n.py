"""The UI language: the app's own catalogue, Qt's catalogue, and the validator's messages.

Three things speak to the user and must agree: our widgets (``quizapp_<lang>.qm``, compiled
from ``translations/quizapp_<lang>.ts``), Qt's own dialogs and buttons (``qtbase_<lang>.qm``
from Qt's translations folder, so a file dialog or a message box's buttons follow), and the
store's messages about a broken question file (``quizapp.sets.catalog``, Qt-free). Installing
a language sends every widget a LanguageChange event; each screen then re-sets its strings.

The language follows the system locale until the learner picks one in the Language menu;
that choice is kept in QSettings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from quizapp.sets import catalog

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("en", "fr")
SYSTEM = "system"  # the Language menu's "follow the system" choice
# Each language is named in itself, so a learner finds theirs whatever the UI speaks now.
ENDONYMS = {"en": "English", "fr": "Français"}
TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "translations"  # quizapp/ui/translations

_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators
_loaded: list[str] = []  # their names, for the self-test


def system_language() -> str:
    """The first UI language of the system locale that the app speaks; English otherwise."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_language(settings: QSettings) -> str:
    """The learner's choice if they made one, else the system's language."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else system_language()


def chosen_language(settings: QSettings) -> str:
    """What the Language menu shows checked: a language, or ``SYSTEM`` when none was picked."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else SYSTEM


def current_language() -> str:
    """The language installed last (the store's catalogue keeps it too)."""
    return catalog.current_language()


def qt_translations_dirs() -> list[Path]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's answer, then PySide6's folder (a bundle)."""
    import PySide6

    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return [reported, Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    for folder in folders:
        translator = QTranslator()
        if translator.load(name, str(folder)):
            return translator
    return None


def install_language(language: str) -> list[str]:
    """Make ``language`` the UI language now; returns the catalogues that were found.

    The previous translators are removed first, so switching back and forth never stacks
    them; Qt then posts LanguageChange to every widget.
    """
    language = language if language in LANGUAGES else "en"
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    found = []
    for name, folders in ((f"qtbase_{language}", qt_translations_dirs()),
                          (f"quizapp_{language}", [TRANSLATIONS_DIR])):  # fmt: skip
        translator = _load(name, folders)
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
            found.append(name)
    _loaded[:] = found
    catalog.set_language(language)
    # numbers as the language writes them ("19,8" in French), in the learner's own country
    code = QLocale.Language.French if language == "fr" else QLocale.Language.English
    QLocale.setDefault(QLocale(code, QLocale.system().territory()))
    return found


def loaded_catalogues() -> list[str]:
    """The catalogues installed last, such as ``["qtbase_fr", "quizapp_fr"]``."""
    return list(_loaded)


def choose_language(settings: QSettings, language: str) -> None:
    """The Language menu: remember the choice and switch to it at once.

    ``SYSTEM`` forgets any choice: the app follows the system's language again.
    """
    if language == SYSTEM:
        settings.remove(LANGUAGE_KEY)
        install_language(system_language())
        return
    settings.setValue(LANGUAGE_KEY, language)
    install_language(language)
