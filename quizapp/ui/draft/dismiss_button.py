"""The review's « Not a claim » button: the teacher says a highlighted passage is no claim at
all, and its highlight goes with the proposals resting on it alone (teacher47: changing its
kind of source was all the review let her do). Pressed again on a dismissed finding, it takes
the dismissal back, as choosing a label again takes a label back.

Alt+N from anywhere in the review, Delete in the findings list (the dialog's key filter), as
D drops the selected proposal. Its words are its own (this class's translation context).
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget


class DismissButton(QPushButton):
    """Off until a finding is selected; its words say what pressing it will do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoDefault(False)  # Enter in the speaker's name must not press it
        self._dismissed = False
        self.follow(None)

    def follow(self, dismissed: bool | None) -> None:
        """The selected finding: None when there is none, else whether it is dismissed."""
        self.setEnabled(dismissed is not None)
        self._dismissed = bool(dismissed)
        self.retranslate()

    def said(self, dismissed: bool, withdrawn: int, rebuilt: int = 0, too_few: int = 0) -> str:
        """What a screen reader hears after pressing it, as the proposals list shows it: the
        proposals withdrawn because they rested on the passage alone, those withdrawn because
        too little is left without it, and those rebuilt without it (review48: a classify
        withdrawn for too little left was counted twice, and as resting on it alone); taken
        back, those back to decide and those rebuilt with it again. Each proposal once.
        None withdrawn is said in words, never « 0 question withdrawn » (teacher49)."""
        if dismissed:
            said = [self._gone_words(withdrawn)]
            if too_few:
                said.append(self.tr("%n question(s) withdrawn: too little is left without it.",
                                    "", too_few))  # fmt: skip
            more = self.tr("%n question(s) rebuilt without it.", "", rebuilt)
        else:
            said = [self._back_words(withdrawn)]
            more = self.tr("%n question(s) rebuilt with it again.", "", rebuilt)
        return " ".join(said + ([more] if rebuilt else []))

    def _gone_words(self, withdrawn: int) -> str:
        if not withdrawn:
            return self.tr("Not a claim: its highlight is gone; no proposed question rested on "
                           "it alone.")  # fmt: skip
        return self.tr("Not a claim: its highlight is gone and %n proposed question(s) resting "
                       "on it alone withdrawn.", "", withdrawn)  # fmt: skip

    def _back_words(self, withdrawn: int) -> str:
        if not withdrawn:
            return self.tr("Highlighted again.")
        return self.tr("Highlighted again: %n proposed question(s) back to decide.", "",
                       withdrawn)  # fmt: skip

    def retranslate(self) -> None:
        if self._dismissed:
            self.setText(self.tr("U&ndo “not a claim”"))
        else:
            self.setText(self.tr("&Not a claim"))
        self.setAccessibleName(self.text().replace("&", ""))
        self.setToolTip(self.tr(
            "The selected passage is no claim: its highlight goes, the proposed questions "
            "resting on it alone are withdrawn and those also resting on other passages are "
            "rebuilt without it (Alt+N, or Delete in the findings list). Press again to take "
            "it back."
        ))  # fmt: skip
        self.setAccessibleDescription(self.toolTip())
