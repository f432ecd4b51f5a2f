"""Speakers of French attributions (speakers14 pass, issue 15): the constructions the
thirteenth round's unseen batches got wrong. Made-up sentences, several forms each, and
counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_AINSI_QUE = [
    (
        "Il faut éviter de partir seul, ainsi que l'a rappelé l'adjudant Paul Morel.",
        "Il faut éviter de partir seul",
        "Paul Morel",
    ),
    (
        "La route restera fermée, ainsi que l'a annoncé la préfète Anne Roux mardi.",
        "La route restera fermée",
        "Anne Roux",
    ),
    (
        "Le projet est abandonné, ainsi que le confirme le maire Jean Dupont.",
        "Le projet est abandonné",
        "Jean Dupont",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _AINSI_QUE)
def test_ainsi_que_opens_a_clause_whose_subject_follows_its_verb(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_pronoun_before_the_clitic_still_speaks() -> None:
    text = "Paul Morel a parlé. La route restera fermée, comme il l'a annoncé mardi."
    assert speaker_of(text, "La route restera fermée") == "Paul Morel"


_NO_NOUN_PHRASE = [
    (  # an adverb set before the subject is not the participle's subject
        "Déjà, après l'affaire, Paul Morel avait pesté contre la décision, souhaitant des « "
        "gens loyaux ».",
        "gens loyaux",
        "Paul Morel",
    ),
    (
        "Ainsi, dans la foulée, Anne Roux a quitté la salle, affirmant que le vote était truqué.",
        "le vote était truqué",
        "Anne Roux",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _NO_NOUN_PHRASE)
def test_a_word_that_opens_no_noun_phrase_is_no_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_pronoun_or_a_quantifier_alone_is_still_a_subject() -> None:
    text = "Paul Morel est venu. Il affirme que le vote était truqué."
    assert speaker_of(text, "le vote était truqué") == "Paul Morel"
    text = "Les élus sont divisés. Certains estiment que le vote était truqué."
    assert speaker_of(text, "le vote était truqué") == "Certains"
