"""Round 40's review of ui40's walk-through (mend40d): the student's list of passages shows
no two marks side by side, the review form names the source of reported words as such, and
the editor's « who said this? » options open on a capital as the drafter's do, a brand kept."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from quizapp.ui.editor.drafting import who_said_options
from quizapp.ui.quiz.paired_marks import in_marks
from tests.ui.review_helpers import open_review

ARTICLE = (
    "Saint-Aubin : la piscine municipale fermera en juin\n\n"
    "Le maire, Paul Kervella, a confirmé que les travaux dureraient deux ans.\n"
    "« Nous n'avons pas le choix, le bâtiment est vétuste », a déclaré Paul Kervella.\n"
    "L'opposition estime que la ville aurait dû anticiper ces travaux depuis longtemps.\n"
)


pytestmark = pytest.mark.usefixtures("fresh_review")


@pytest.mark.parametrize(
    ("passage", "shown"),
    [
        ("« On ferme d'abord », a lancé Anne Ruel", "« On ferme d'abord », a lancé Anne Ruel"),
        ("“We close first,” said Ann Reel", "“We close first,” said Ann Reel"),
        ("La maire a dit : « Oui »", "La maire a dit : « Oui »"),
        ("Il a dit « non » hier", "« Il a dit « non » hier »"),
        ("« Nous partirons, a-t-elle dit", "« « Nous partirons, a-t-elle dit »"),
    ],
)
def test_a_passage_opening_or_closing_on_its_own_pair_is_not_wrapped_again(
    passage: str, shown: str
) -> None:
    assert in_marks(passage) == shown


def _source_title(qtbot: QtBot, prompt_words: str) -> str:
    dialog = open_review(qtbot, ARTICLE)
    row = next(r for r, d in enumerate(dialog._drafts)
               if d["type"] == "true_false" and prompt_words in d["prompt"])  # fmt: skip
    dialog._questions.setCurrentRow(row)
    return dialog._preview.source_combo.accessibleName()


def test_the_source_of_reported_words_is_not_called_a_quotation_s(qtbot: QtBot) -> None:
    assert _source_title(qtbot, "l'opposition est") == "Kind of source of the reported words"


def test_the_source_of_a_quotation_keeps_its_name(qtbot: QtBot) -> None:
    assert _source_title(qtbot, "Paul Kervella est") == "Kind of source of the quotation"


def test_the_editors_options_open_on_a_capital_and_keep_a_brands_case() -> None:
    options = who_said_options("eBay", ["eBay", "la mairie", "iPhone users", "Anne Ruel"])
    assert [o["text"] for o in options] == ["eBay", "La mairie", "iPhone users", "Anne Ruel"]
    assert [o["correct"] for o in options] == [True, False, False, False]
