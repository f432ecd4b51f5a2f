"""Speech nested in an outlet's report: the outer statement is the outlet's, the inner one is
the people it quotes, with the outlet as their relay.

One short hand-made case; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def test_people_quoted_inside_an_outlets_report_have_the_outlet_as_relay() -> None:
    text = (
        "Selon le quotidien Le Monde, des élus bretons estiment que la ligne sera fermée en 2027."
    )
    found = [(a.speaker, a.via) for a in analyze(text, "fr").attributions]
    assert found == [("Le Monde", None), ("des élus bretons", "Le Monde")]


def test_the_people_an_outlet_cites_after_its_statement_speak_through_it() -> None:
    text = "L'usine fermera en mars, a rapporté Le Parisien, citant des cadres de la direction."
    found = [(a.speaker, a.via) for a in analyze(text, "fr").attributions]
    assert found == [("des cadres de la direction", "Le Parisien")]
