"""Guillemets typed the wrong way round, » … « (headlines36, made-up sentences): the passage
between them is a quotation, its cue's after it; marks typed the right way keep their pairs."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.text.quotation_marks import turned_guillemets


def test_turned_marks_are_written_the_right_way_round() -> None:
    text = "Le club :  » Nous jouerons la finale à domicile cette année « , a dit Marc Petit."
    turned = turned_guillemets(text)
    assert turned == text.replace("»", "§").replace("«", "»").replace("§", "«")
    assert len(turned) == len(text)


def test_marks_the_right_way_round_are_left_alone() -> None:
    for text in (
        "« Nous partons » a dit Marc Petit « . »",
        "« Nous partons » et « nous restons ».",
        "« Oui » dit-il, puis le maire « ! »",
    ):
        assert turned_guillemets(text) == text


def test_a_turned_quotation_is_reported_with_its_speaker() -> None:
    text = (
        "Le stade sera agrandi\n\nLe conseil a voté le projet lundi soir.\n\n"
        " » Ce jour restera dans l'histoire du club, nous l'attendions depuis dix ans « , a "
        "lancé Marc Petit, le président, à la sortie de la séance.\n"
    )
    found = analyze(text, "fr", headline="Le stade sera agrandi").attributions
    said = [a for a in found if "histoire" in text[a.content[0] : a.content[1]]]
    assert [(a.speaker, a.kind) for a in said] == [("Marc Petit", "direct")]
    assert text[said[0].content[0] : said[0].content[1]].startswith("Ce jour")
