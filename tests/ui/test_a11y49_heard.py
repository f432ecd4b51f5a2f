"""a11y49: teacher49's screens heard through Orca, and two of its leftovers.

The « Advanced » fold said nothing when Space opened or folded it (its description changed,
which Orca 43 does not speak); the review named the locate kind « Repérer » / "Locate", the
editor and the export « Trouver le passage dans l'article »; « and » wrapped apart from their
words in the student's article and the review's explanations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.model import Article
from quizapp.ui.editor.forms.advanced import Disclosure
from quizapp.ui.editor.forms.question_form import type_names
from quizapp.ui.marks_kept import NO_BREAK, marks_kept
from quizapp.ui.quiz.article_pane import ArticlePane
from quizapp.ui.spoken_notice import SpokenNotice
from tests.ui.review_helpers import open_review

FRENCH = (
    "Le lavoir rouvrira en mai\n\n"
    "« Nous avons enfin trouvé les fonds », a déclaré la maire, Claire Dubois. Selon un "
    "conseiller municipal, les travaux ont coûté « bien plus que prévu ». Certains habitants "
    "dénoncent une méthode « brutale ». « Les enfants pourront venir pendant les vacances », "
    "a ajouté Paul Martin, adjoint au maire. Le chantier a duré huit mois.\n"
)
ENGLISH = (
    "Council approves new bike lane\n\n"
    "The city council voted on Tuesday to build a bike lane on Lake Avenue.\n\n"
    "“We are finally keeping a promise made to families,” said the mayor, Claire Martin.\n\n"
    "According to an official in the works department, the project will cost twice as much "
    "as planned.\n\n"
    "Some shopkeepers say they fear losing customers.\n\n"
    "The lane will open in March."
)


pytestmark = pytest.mark.usefixtures("fresh_review")


def test_the_fold_says_it_opened_and_folded(qtbot: QtBot) -> None:
    """Each press is said as a notice with the new state, the focus staying on the button."""
    fold = Disclosure("Advanced: the set's name in the file", "The file names the set.")
    qtbot.addWidget(fold)
    fold.show()
    assert fold.findChild(SpokenNotice) is None  # nothing to say before a press
    fold.button.setFocus()
    qtbot.keyClick(fold.button, Qt.Key.Key_Space)
    notice = fold.findChild(SpokenNotice)
    assert notice.accessibleName() == "Shown: press Space to fold it away."
    assert notice.isVisible()
    qtbot.keyClick(fold.button, Qt.Key.Key_Space)
    assert notice.accessibleName() == "Folded away: press Space to show it."


def _locate_rows(dialog: object) -> list[str]:
    rows = [dialog._questions.item(n).text() for n in range(dialog._questions.count())]
    return [
        row for row, draft in zip(rows, dialog._drafts, strict=True) if draft["type"] == "locate"
    ]


@pytest.mark.usefixtures("in_french")
def test_the_review_names_locate_as_the_editor_does(qtbot: QtBot) -> None:
    dialog = open_review(qtbot, FRENCH)
    rows = _locate_rows(dialog)
    assert rows, "the drafter proposes a locate question on this article"
    name = type_names(dialog)["locate"]
    assert name == "Trouver le passage dans l’article"
    assert all(f"— {name}" in row for row in rows)
    assert not any("Repérer" in row for row in rows)


def test_the_english_review_names_locate_as_the_editor_does(qtbot: QtBot) -> None:
    dialog = open_review(qtbot, ENGLISH, language="en")
    rows = _locate_rows(dialog)
    assert rows and all("— Find the passage in the article:" in row for row in rows)


def test_marks_kept_keeps_the_length() -> None:
    text = "une méthode « brutale » et « ceci »."
    shown = marks_kept(text)
    assert len(shown) == len(text)
    assert shown == f"une méthode «{NO_BREAK}brutale{NO_BREAK}» et «{NO_BREAK}ceci{NO_BREAK}»."
    assert shown.replace(NO_BREAK, " ") == text  # nothing else changes
    assert marks_kept("“plain” words") == "“plain” words"


def test_the_student_article_keeps_marks_with_words(qtbot: QtBot) -> None:
    """The view holds the article through the mapping: same length, so offsets stay."""
    pane = ArticlePane(Article(title="Le lavoir", outlet="La Gazette", text=FRENCH))
    qtbot.addWidget(pane)
    shown = pane._view.document().toRawText().replace("\u2029", "\n")
    assert shown == marks_kept(FRENCH)
    assert "« brutale »" not in shown and f"«{NO_BREAK}brutale{NO_BREAK}»" in shown
    assert pane._view.toPlainText() == FRENCH  # Qt gives the plain spaces back


@pytest.mark.usefixtures("in_french")
def test_the_review_explanation_keeps_marks_with_words(qtbot: QtBot) -> None:
    dialog = open_review(qtbot, FRENCH)
    article = dialog._article.document().toRawText().replace("\u2029", "\n")
    assert article == marks_kept(dialog._text)
    form = dialog._preview
    row = next(
        n for n, draft in enumerate(dialog._drafts) if "« " in draft.get("explanation", "")
    )  # fmt: skip
    dialog._questions.setCurrentRow(row)
    given = dialog._drafts[row]["explanation"]
    shown = form.explanation_field.document().toRawText()
    assert shown == marks_kept(given) and " »" not in shown
    assert form.draft()["explanation"] == given  # shown differently, not edited


@pytest.mark.usefixtures("in_french")
def test_the_fold_says_it_in_french(qtbot: QtBot) -> None:
    fold = Disclosure("Avancé : le nom de la série dans le fichier", "Le fichier nomme la série.")
    qtbot.addWidget(fold)
    fold.show()
    fold.button.click()
    said = fold.findChild(SpokenNotice).accessibleName().replace("\xa0", " ")
    assert said == "Affiché : appuyez sur Espace pour le replier."
