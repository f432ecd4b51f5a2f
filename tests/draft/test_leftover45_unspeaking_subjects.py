"""A rule, a custom or chance that demands is no speaker (leftover45, made-up sentences):
mend44a left the « que » clause of a wishing verb after such a head unsaid (« La tradition
veut que »); a verb of demanding after it (« La tradition exige que », « La réglementation
exige un permis ») reports nothing either. A rule that states (« La loi stipule que ») is a
text the keys give as the speaker, and keeps its finding. The head counts only after a
determiner: a surname that is also such a noun (« Michel Raison ») still speaks."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_content


@pytest.mark.parametrize(
    "text",
    [
        "La tradition exige que le maire prononce un discours chaque année.",
        "Les chasseurs tiraient près des maisons, alors que la réglementation exige une "
        "distance de 200 mètres.",
        "Le règlement impose que les élus votent à main levée.",
    ],
)
def test_a_rule_demanding_is_no_speaker(text: str) -> None:
    assert speaker_content(text) == []


def test_a_law_stating_keeps_its_finding() -> None:
    """A guard: the keys give « La loi » as the speaker of what it stipulates (blind29)."""
    text = "La loi stipule que le conseil se réunit une fois par trimestre."
    assert speaker_content(text) == [("La loi", "le conseil se réunit une fois par trimestre")]


@pytest.mark.parametrize("verb", ["veut", "estime"])
def test_a_surname_that_is_such_a_noun_still_speaks(verb: str) -> None:
    """« Michel Raison » is a name, not « la raison »: no determiner before it."""
    text = f"Michel Raison {verb} que la base aérienne doit rester ouverte."
    assert speaker_content(text) == [("Michel Raison", "la base aérienne doit rester ouverte")]
