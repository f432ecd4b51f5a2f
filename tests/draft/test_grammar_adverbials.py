"""The slot between an auxiliary and its participle holds any adverbial the grammar allows
(cue_forms/verb_forms.py): counted adverbials (« à plusieurs reprises », « une nouvelle fois »,
« une fois de plus », « pour la deuxième fois », « trois fois »), a preposition with a bare noun
(« sans détour », « en privé »), in every compound tense and with an inverted subject.
Counter-cases: an auxiliary with a noun phrase and a participle that is no compound tense, a verb
that reports nothing, a negated verb. Made-up sentences."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


CLAIM = "la piscine rouvrira en juin"


@pytest.mark.parametrize(
    "slot",
    [
        "à plusieurs reprises",
        "à maintes reprises",
        "à de nombreuses reprises",
        "une nouvelle fois",
        "une fois de plus",
        "pour la deuxième fois",
        "pour la 3e fois",
        "trois fois",
        "maintes fois",
        "sans détour",
        "en privé",
        "d'ailleurs une nouvelle fois",
    ],
)
@pytest.mark.parametrize("auxiliary", ["a", "avait", "aurait", "ont"])
def test_a_counted_or_bare_adverbial_opens_the_compound_tense(slot: str, auxiliary: str) -> None:
    subject = "Les maîtres nageurs" if auxiliary == "ont" else "Marc Tessier"
    text = f"{subject} {auxiliary} {slot} assuré que {CLAIM}."
    assert found(analyze(text, "fr")) == [(CLAIM, subject)]


def test_the_slot_also_opens_an_inverted_cue() -> None:
    text = "« Le bassin est prêt », a une fois de plus expliqué Marc Tessier."
    assert found(analyze(text, "fr")) == [("Le bassin est prêt", "Marc Tessier")]


def test_a_noun_phrase_after_the_auxiliary_is_no_slot() -> None:
    text = "La commune a deux bassins annoncés pour le printemps."
    assert found(analyze(text, "fr")) == []


def test_a_counted_adverbial_before_a_verb_of_no_speech_reports_nothing() -> None:
    text = "Marc Tessier a plusieurs fois vendu la piscine municipale."
    assert found(analyze(text, "fr")) == []


def test_a_negated_verb_with_a_counted_adverbial_reports_nothing() -> None:
    text = f"Marc Tessier n'a pas une nouvelle fois assuré que {CLAIM}."
    assert found(analyze(text, "fr")) == []
