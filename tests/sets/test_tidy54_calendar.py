"""A teacher's typed date and a pasted article's date go through one calendar check
(``dating/date_shapes.calendar_iso_date``, tidy54): a day the calendar lacks is no date."""

from __future__ import annotations

from quizapp.sets.articles.dating.date_shapes import calendar_iso_date, read_date
from quizapp.sets.editing.dates import typed_iso_date


def test_one_calendar_for_typed_and_pasted_dates() -> None:
    assert calendar_iso_date(2028, 2, 29) == "2028-02-29"
    assert calendar_iso_date(2027, 2, 29) == ""
    assert typed_iso_date("29/02/2028") == "2028-02-29"
    assert typed_iso_date("29/02/2027") is None
    assert read_date("Publié le 29 février 2027") == ""
    assert read_date("Publié le 29 février 2028") == "2028-02-29"
