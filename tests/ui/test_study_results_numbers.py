"""Points on the results screen: at most one decimal, in the learner's locale, no trailing zero."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from quizapp.ui.quiz.results.results_view import format_points

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.mark.parametrize(
    ("value", "english", "french"),
    [
        (19.7857, "19.8", "19,8"),
        (4.67143, "4.7", "4,7"),
        (17.0, "17", "17"),
        (0.04, "0", "0"),
        (2.96, "3", "3"),
        (1234.5, "1234.5", "1234,5"),
    ],
)
def test_points_have_at_most_one_decimal(value: float, english: str, french: str) -> None:
    assert format_points(value, ENGLISH) == english
    assert format_points(value, FRENCH) == french
