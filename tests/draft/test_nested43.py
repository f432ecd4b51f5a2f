"""A third party's statement reported inside a quotation (nested43, made-up sentences): the
quotation may belong to a mixed or an according-to finding, the third party may be a name, an
adverb in -ment may stand by the verb, and the telling may follow a conjunction of cause."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Bernard Dupont répond, « la police nous dit qu'il n'y a pas plus de vols en ville ».",
            "il n'y a pas plus de vols en ville",
            "la police",
        ),
        (
            "Selon Marie Roux, « l'opposition a voté contre. Le maire a annoncé que sa majorité"
            " ne votait pas ».",
            "sa majorité ne votait pas",
            "Le maire",
        ),
        (
            "« J'ai des doutes. La tutelle nous a confirmé verbalement que le prêt était"
            " possible », explique Paul Martin.",
            "le prêt était possible",
            "La tutelle",
        ),
        (
            "« Il ne sait pas, puisque la société nous a dit qu'elle en avait posé une dizaine »,"
            " explique Paul Martin.",
            "elle en avait posé une dizaine",
            "la société",
        ),
        (
            "« Puisque la société nous a dit qu'elle en avait posé dix, il ne sait pas »,"
            " explique Paul Martin.",
            "elle en avait posé dix, il ne sait pas",
            "la société",
        ),
        (
            "« En 2012, Jean-Marie Cheval avait clairement annoncé qu'il voulait ses adjoints"
            " présents », explique Paul Martin.",
            "il voulait ses adjoints présents",
            "Jean-Marie Cheval",
        ),
    ],
)
def test_a_third_party_telling_inside_the_quotation_speaks_its_clause(
    text: str, content: str, speaker: str
) -> None:
    found = analyze(text, "fr").attributions
    inner = [a for a in found if text[a.content[0] : a.content[1]] == content]
    assert len(found) == 2 and inner and inner[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "« On se dit que la saison sera longue », confie Marie Roux.",
        "« Je pense sincèrement que le projet était mauvais », assure Paul Martin.",
        "« Puisque on dit que le quartier change, il faut agir », explique Paul Martin.",
    ],
)
def test_the_quoted_speakers_own_words_stay_one_finding(text: str) -> None:
    assert len(analyze(text, "fr").attributions) == 1
