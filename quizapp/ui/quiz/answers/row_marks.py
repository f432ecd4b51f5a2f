"""The words of the feedback's tally of a classify or match question: how many rows were right,
wrong, missed. Its own module (review47: it pushed ``row_widgets`` over 300 lines) and its own
class, because lupdate gives a count its plural forms only in ``self.tr``."""

from __future__ import annotations

from PySide6.QtCore import QObject

from quizapp.engine import Mark

_TALLIED = (Mark.RIGHT, Mark.WRONG, Mark.MISSED)  # the feedback's tally, in its words' order


class RowMarks(QObject):
    """The words of the feedback's tally, one context for classify and match."""

    def tally(self, marks: list[Mark]) -> str:
        """How many rows of each mark, each count with its plural form (words47: the
        feedback said « 2 juste(s), 0 faux, 0 manqué(s) »)."""
        right, wrong, missed = (marks.count(mark) for mark in _TALLIED)
        return self.tr("{0}, {1}, {2}: each row's mark and why are under it.").format(
            self.tr("%n right answer(s)", "", right),
            self.tr("%n wrong", "", wrong),
            self.tr("%n missed", "", missed),
        )
