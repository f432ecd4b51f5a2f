"""words47: the feedback of a classify or match question counted its rows in one string,
« 2 juste(s), 0 faux, 0 manqué(s) »; each count now has its plural forms (Qt's numerus forms,
in both languages). And the drafter's review called a finding « trouvaille » (a lucky find)
where the rest of the French interface says « repérage »: one word throughout."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from quizapp.engine import Mark
from quizapp.ui.quiz.answers.row_marks import RowMarks
from quizapp.ui.shell import i18n

FRENCH = Path(__file__).parents[2] / "quizapp/ui/translations/quizapp_fr.ts"


@pytest.mark.parametrize(
    ("language", "marks", "said"),
    [
        ("fr", [Mark.RIGHT, Mark.RIGHT], "2\u00a0réponses justes, 0\u00a0fausse, 0\u00a0oubliée"),
        (
            "fr",
            [Mark.RIGHT, Mark.WRONG, Mark.MISSED, Mark.MISSED],
            "1 réponse juste, 1 fausse, 2 oubliées",
        ),
        ("en", [Mark.RIGHT, Mark.WRONG, Mark.WRONG], "1 right answer, 2 wrong, 0 missed"),
        ("en", [Mark.RIGHT, Mark.RIGHT, Mark.MISSED], "2 right answers, 0 wrong, 1 missed"),
    ],
)
def test_each_count_takes_its_plural_form(qapp, language, marks, said) -> None:
    i18n.install_language(language)
    try:
        tally = RowMarks().tally(marks).replace("\u00a0", " ")
    finally:
        i18n.install_language("en")
    assert tally.startswith(said.replace("\u00a0", " ")), tally
    assert "(s)" not in tally


def test_a_finding_is_a_reperage_throughout_the_french_interface() -> None:
    for message in ET.parse(FRENCH).iter("message"):
        source = message.findtext("source") or ""
        texts = [t.text or "" for t in message.iter() if t.tag in ("translation", "numerusform")]
        french = " ".join(texts).lower()
        assert "trouvaille" not in french, source
        if "finding" in source.lower():
            assert "repérage" in french, source
