"""« …les parents qui, de concert, réclament des réponses »: a verb after a relative pronoun and
an aside set off by commas is the relative's own verb; the comma before it closes the aside,
so the words before are no clause it reports after it, and its subject is the antecedent
(made-up sentences, recall39)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("text", "antecedent"),
    [
        (  # mend39c (review39 item 7) found nothing here before: the xfail is gone
            "La directrice a rencontré les familles qui, toutes ensemble, exigent des garanties "
            "écrites de la part du rectorat.",
            "les familles",
        ),
        (
            "Le préfet a écouté les éleveurs qui, une fois de plus, réclament des aides directes "
            "pour leurs exploitations.",
            "les éleveurs",
        ),
    ],
)
def test_the_words_before_the_aside_are_not_reported(text: str, antecedent: str) -> None:
    """What is reported is the antecedent's object, not the main clause and the aside: the
    test asks for a finding (mend39d: ``all`` over the findings passed on none)."""
    found = _found(text)
    assert [speaker for _, speaker in found] == [antecedent]
    assert not found[0][0].startswith(text[:12])


def test_the_antecedent_says_the_object() -> None:
    text = (
        "La directrice a rencontré les familles qui, depuis la rentrée, réclament des réponses "
        "concrètes de la part du rectorat."
    )
    assert _found(text) == [("des réponses concrètes de la part du rectorat", "les familles")]


def test_a_final_cue_after_a_plain_clause_still_reports() -> None:
    text = "La cantine rouvrira en septembre, assurent les familles."
    assert _found(text) == [("La cantine rouvrira en septembre", "les familles")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le préfet a cité Lucie Blanc qui, cette semaine encore, dénonce la fermeture "
            "de la maternité.",
            "Lucie Blanc",
        ),
        (
            "Le maire a reçu les riverains qui, tous ensemble, ont réclamé des garanties "
            "écrites sur le chantier.",
            "les riverains",
        ),
    ],
)
def test_the_antecedent_before_the_aside_speaks(text: str, speaker: str) -> None:
    """mend39c (review39 item 7): the noun phrase right before « qui » is the subject of the
    verb after the aside, even when the main verb is a cue (« a cité ») or an auxiliary
    stands after the aside."""
    assert [a.speaker for a in analyze(text, "fr").attributions] == [speaker]
