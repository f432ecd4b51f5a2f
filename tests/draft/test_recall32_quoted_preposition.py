"""A verb that reports only with its preposition and a quotation (« parle de « … » »), when
the quotation opens before the preposition (« parle « d'un gâchis » »): the speaker's own
words, a direct attribution since kinds49 (mixed before; recall32, made-up sentences). An
impersonal « on » that opens the clause another cue reports, with only such a quoted word
after it, is no one's: the quoted word stays the outer speaker's."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "L'association des riverains du port parle « d'un gâchis d'argent public ».",
            "d'un gâchis d'argent public",
            "L'association des riverains du port",
        ),
        (
            "Après la réunion, le syndicat des infirmiers parle « de mépris ».",
            "de mépris",
            "le syndicat des infirmiers",
        ),
    ],
)
def test_a_quotation_opening_before_the_preposition_reports(
    text: str, content: str, speaker: str
) -> None:
    assert (content, speaker, "direct") in _found(text)


def test_an_impersonal_on_under_another_cue_is_no_speaker() -> None:
    found = _found("La directrice refuse que l'on parle « de fermeture ».")
    assert found == [("l'on parle « de fermeture »", "La directrice", "mixed")]


def test_an_on_with_a_clitic_object_is_an_accusation_made() -> None:
    """review32: « qu'on l'accuse « d'avoir… » »: an object between « on » and its verb,
    so someone made the accusation; the inner finding stays (mend32c)."""
    found = _found("La directrice s'indigne qu'on la soupçonne « d'avoir caché le rapport ».")
    assert ("d'avoir caché le rapport", "on", "direct") in found
