"""mend52d (round 52 read): « nous » before an auxiliary in an incise inside the quotation
(« …, nous a confié une habitante. … ») is the reporter, as « nous dit » is: the incise names the
speaker again; « m' » and « me » (the speaker's own listener) still keep the quotation the
speaker's. Short made-up texts.
"""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_MAYOR = "Titre\n\n« Le budget est bouclé », assure Paul Girard, le maire.\n\n"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            _MAYOR + "« On a tout perdu, nous a confié une habitante. La maison est à refaire. »",
            "refaire",
            "une habitante",
        ),
        (
            _MAYOR + "« Le pont est fermé, nous a raconté un voisin. On fait le détour. »",
            "détour",
            "un voisin",
        ),
        (
            _MAYOR + "« Rien ne bouge, me répète un commerçant. Les clients ne viennent plus. »",
            "clients",
            "Paul Girard",
        ),
        (
            _MAYOR + "« Revenez lundi, m'a dit une employée. Je suis revenue lundi. »",
            "revenue",
            "Paul Girard",
        ),
    ],
)
def test_nous_after_an_auxiliary_is_the_reporter(text: str, words: str, speaker: str) -> None:
    """« nous a confié une habitante » gives the speaker; « m'a dit » keeps the one before."""
    assert finding_holding(text, words).speaker == speaker
