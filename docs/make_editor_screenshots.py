"""Render the set editor's screens to docs/screenshots/<en|fr>/editor-*.png, offscreen.

Run from the repository: ``python docs/make_editor_screenshots.py``. It writes a small set the
way a teacher would in the editor (the article pasted, questions made from selections, fields
filled in), in English and in French, and takes a picture at each step the authoring guides
show: the article and the set's details, a question with its evidence highlighted, a claim to
classify, a problem shown at its field, and the drafter's proposals under review.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from quizapp.app import application  # noqa: E402
from quizapp.sets import catalog  # noqa: E402
from quizapp.sets.editing.commands import InsertItem, SetValue  # noqa: E402
from quizapp.ui.draft.draft_review import DraftReviewDialog  # noqa: E402
from quizapp.ui.editor.entry import open_new_editor  # noqa: E402
from quizapp.ui.shell import i18n  # noqa: E402

SCREENSHOTS = REPO / "docs" / "screenshots"
SIZE = (1400, 860)
ARTICLE = {
    "fr": (
        "Piste cyclable : le projet divise Belleville\n\n"
        "Le conseil municipal a voté mardi soir la création d'une piste cyclable sur l'avenue "
        "du Lac.\n\n"
        "« Nous tenons enfin une promesse faite aux familles », a déclaré la maire, Claire "
        "Martin.\n\n"
        "Selon un agent des services techniques, le chantier coûtera deux fois plus que "
        "prévu.\n\n"
        "Certains commerçants craignent de perdre leurs clients.\n\n"
        "Une décision bien trop précipitée ?"
    ),
    "en": (
        "Cycle lane: the plan splits Belleville\n\n"
        "The town council voted on Tuesday evening to build a cycle lane on Lake Avenue.\n\n"
        '"We are finally keeping a promise made to families," said the mayor, Claire Martin.\n\n'
        "According to an official of the technical services, the works will cost twice as "
        "much as planned.\n\n"
        "Some shopkeepers fear losing their customers.\n\n"
        "A decision taken far too quickly?"
    ),
}
WORDS = {
    "fr": {
        "title": "Piste cyclable : qui dit quoi ?",
        "headline": "Piste cyclable : le projet divise Belleville",
        "outlet": "Le Courrier de Belleville",
        "quote": "« Nous tenons enfin une promesse faite aux familles »",
        "options": ["La maire, Claire Martin", "Un agent des services techniques", "Un commerçant"],
        "evidence": "a déclaré la maire, Claire Martin",
        "claim": "Certains commerçants craignent de perdre leurs clients.",
        "explanation": "La citation est suivie du nom et de la fonction de la maire.",
    },
    "en": {
        "title": "Cycle lane: who says what?",
        "headline": "Cycle lane: the plan splits Belleville",
        "outlet": "The Belleville Courier",
        "quote": '"We are finally keeping a promise made to families,"',
        "options": [
            "The mayor, Claire Martin",
            "An official of the technical services",
            "A shopkeeper",
        ],
        "evidence": "said the mayor, Claire Martin",
        "claim": "Some shopkeepers fear losing their customers.",
        "explanation": "The quote is followed by the mayor's name and office.",
    },
}


def select(window: QWidget, passage: str) -> None:
    text = window.article.text.toPlainText()
    start = text.index(passage)
    cursor = window.article.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(passage), QTextCursor.MoveMode.KeepAnchor)
    window.article.text.setTextCursor(cursor)
    QApplication.processEvents()


def shoot(window: QWidget, folder: Path, name: str) -> None:
    window.checker.check_now()
    QApplication.processEvents()
    window.grab().save(str(folder / f"editor-{name}.png"))


def build(language: str, data_dir: Path) -> None:
    i18n.install_language(language)
    catalog.set_language(language)
    folder = SCREENSHOTS / language
    folder.mkdir(parents=True, exist_ok=True)
    words = WORDS[language]
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = open_new_editor(settings, data_dir / language, language=language)
    window.hide()
    window.resize(*SIZE)
    window._shown_once = False
    window.show()
    QApplication.processEvents()
    shoot(window, folder, "new")
    window.article.text.setPlainText(ARTICLE[language])
    draft = window.draft
    for path, value in (
        (("title",), words["title"]),
        (("article", "title"), words["headline"]),
        (("article", "outlet"), words["outlet"]),
    ):
        draft.apply(SetValue(path, value))
    window.form.propose_id()
    QApplication.processEvents()
    shoot(window, folder, "article")
    select(window, words["quote"])
    window.article.use_selection("who")
    for index, text in enumerate(words["options"]):
        if index >= 2:  # the form's "Add an answer"
            draft.apply(InsertItem(("questions", 0, "options"), index, {"text": ""}))
        draft.apply(SetValue(("questions", 0, "options", index, "text"), text))
    draft.apply(SetValue(("questions", 0, "explanation"), words["explanation"]))
    select(window, words["evidence"])
    window.article.use_selection("evidence")
    window.show_form(rebuild=True)
    shoot(window, folder, "question")
    select(window, words["claim"])
    window.article.use_selection("classify")
    window.show_form(rebuild=True)
    shoot(window, folder, "classify")
    window.actions.actions["add_true_false"].trigger()
    window.reveal_problems()  # as after Save or Try: every problem at its field
    window.questions.select_question(2)  # the new true/false question: its statement to write
    QApplication.processEvents()
    shoot(window, folder, "problems")
    shoot_draft_review(window, folder, words["headline"])
    draft.mark_saved()
    window.close()


def shoot_draft_review(window: QWidget, folder: Path, headline: str) -> None:
    """Draft from the article: the findings highlighted, the first proposal open to correct."""
    dialog = DraftReviewDialog(window.article.text.toPlainText(), window.draft.get(("language",),
                               "fr"), headline, None, window)  # fmt: skip
    dialog.resize(*SIZE)
    dialog.show()
    for _ in range(500):  # the analysis runs off the GUI thread; wait for it
        QApplication.processEvents()
        if dialog.is_ready():
            break
        time.sleep(0.01)
    dialog._findings.setCurrentRow(0)
    dialog._questions.setCurrentRow(0)
    dialog.accept_current()
    QApplication.processEvents()
    dialog.grab().save(str(folder / "editor-draft-review.png"))
    dialog.reject()


def main() -> None:
    application()
    QMessageBox.question = lambda *args, **kwargs: QMessageBox.StandardButton.No
    with tempfile.TemporaryDirectory(prefix="quizapp-shots-") as name:
        for language in ("en", "fr"):
            build(language, Path(name))
    print(f"editor screenshots written to {SCREENSHOTS}/<en|fr>/editor-*.png")


if __name__ == "__main__":
    main()
