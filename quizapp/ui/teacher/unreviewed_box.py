"""The question an export asks when the set still holds drafted questions no one reviewed.

Before ui39 the window and the command exported them silently: a teacher who drafted a set,
reviewed a few questions and exported it gave her class the rest unread. The box says how
many are left and which, in the question list's numbers; « Review them » (the default, so
Enter goes there) takes her to the first one, « Export anyway » goes on, Escape cancels.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget


class Choice(Enum):
    """What the teacher answered."""

    REVIEW = "review"
    EXPORT = "export"
    CANCEL = "cancel"


class UnreviewedBox(QObject):
    """Asks, over ``parent``, what to do with the questions still to review."""

    def text(self, numbers: list[int], total: int) -> tuple[str, str]:
        """The box's words: how many of how many, then which and why it matters."""
        head = self.tr(
            "%n question(s) of the {0} in this set still marked « to review »: drafted, "
            "not reviewed.",
            "",
            len(numbers),
        ).format(total)
        which = self.tr("To review: questions {0}.").format(", ".join(map(str, numbers)))
        why = self.tr("Exported now, they reach your students as the drafter wrote them.")
        return head, f"{which} {why}"

    def ask(self, parent: QWidget, title: str, numbers: list[int], total: int) -> Choice:
        """What to do with the unreviewed questions ``numbers`` (1 for the first)."""
        head, details = self.text(numbers, total)
        box = QMessageBox(QMessageBox.Icon.Warning, title, head,
                          QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
        box.setInformativeText(details)
        box.setAccessibleName(title)
        box.setAccessibleDescription(f"{head} {details}")
        review = box.addButton(self.tr("&Review them"), QMessageBox.ButtonRole.AcceptRole)
        anyway = box.addButton(self.tr("E&xport anyway"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        go_to = self.tr("Go to question {0} in the editor").format(numbers[0])
        review.setAccessibleDescription(go_to)
        box.setDefaultButton(review)
        box.setEscapeButton(cancel)
        box.exec()
        answers = {id(review): Choice.REVIEW, id(anyway): Choice.EXPORT}
        return answers.get(id(box.clickedButton()), Choice.CANCEL)


def ask_unreviewed(parent: QWidget, title: str, numbers: list[int], total: int) -> Choice:
    """Ask what to do with the unreviewed questions ``numbers`` (1 for the first)."""
    return UnreviewedBox(parent).ask(parent, title, numbers, total)
