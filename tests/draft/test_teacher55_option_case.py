"""An option opening on an elided article takes its capital as the others do (teacher55).

« l'Académie d'Aix-Marseille » was left in small letters beside « L'inspection académique »,
« Une source au rectorat » and « Karim Mansouri »: its capital past the apostrophe read as a
brand's ("eBay"), and the one option in small letters stood apart from the others.
"""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.options import capitalised
from quizapp.draft.drafting.questions import draft_questions

ARTICLE = (
    "Des parents bloquent l'école des Pins\n\n"
    "Selon l'inspection académique, l'école compte 212 élèves cette année. "
    "« Nous sommes là pour l'avenir de nos enfants », a lancé Karim Mansouri, délégué des "
    "parents.\n\n"
    "Contactée, l'Académie d'Aix-Marseille indique qu'un inspecteur se rendra sur place jeudi "
    "pour recompter les élèves. Selon une source au rectorat, une ouverture de classe reste "
    "« possible mais pas avant janvier »."
)


def test_an_elided_article_before_a_capital_is_no_brand() -> None:
    assert capitalised("l'Académie d'Aix-Marseille") == "L'Académie d'Aix-Marseille"
    assert capitalised("l’UFC-Que Choisir") == "L’UFC-Que Choisir"
    assert capitalised("eBay") == "eBay"


def test_every_drafted_option_opens_on_a_capital() -> None:
    questions = draft_questions(analyze(ARTICLE, "fr", headline=ARTICLE.partition("\n")[0]))
    options = [o["text"] for q in questions if q["type"] == "single_choice" for o in q["options"]]
    assert any("Académie d'Aix-Marseille" in text for text in options)
    assert all(text[:1].isupper() for text in options), options
