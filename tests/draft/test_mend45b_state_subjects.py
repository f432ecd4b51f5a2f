"""An office's adjective before a verb of state or a negation (mend45b, made-up sentences,
the reviewer's included): « Le délégué syndical reste inquiet : « … » » and « Le délégué
syndical n'est pas optimiste : « … » » give the quotation to « Le délégué syndical », the
adjective being part of the subject, as before « est » (leftover45)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers_holding(text: str, word: str) -> list[str]:
    found = analyze(text, "fr", headline=text.split("\n")[0]).attributions
    return [a.speaker for a in found if word in text[a.content[0] : a.content[1]]]


@pytest.mark.parametrize(
    "state",
    ["reste inquiet", "n'est pas optimiste", "demeure prudent", "ne paraît pas convaincu"],
)
def test_the_delegate_and_his_adjective_say_the_colon_quotation(state: str) -> None:
    text = (
        "Usine\n\nLa direction prépare un plan de départs volontaires. "
        f"Le délégué syndical {state} : « Personne ne partira de son plein gré cette fois ». "
        "La réunion reprendra lundi."
    )
    assert _speakers_holding(text, "plein gré") == ["Le délégué syndical"]
