"""Who speaks (speakers25b, made-up sentences): the subject a French relative « qui » stands
for when the main clause's verb is no reporting verb; a body backed or led by someone speaks
itself; an agent that opens on its own determiner or quantifier gets no article glued on."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label


def _said(text: str, word: str) -> list[str]:
    found = content_speaker_label("Titre\n\nLa séance a duré deux heures.\n\n" + text, "fr")
    return [speaker for content, speaker, _ in found if word in content]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le préfet ne cède rien aux opposants comme Julie Martin, qui dénonce un gâchis d'eau.",
        "Le préfet ne répond pas à Julie Martin, qui dénonce un gâchis d'eau.",
        "Le préfet n'écoute guère les riverains comme Julie Martin, qui dénonce un gâchis d'eau.",
    ],
)
def test_the_relative_after_a_main_clause_speaks_for_its_antecedent(sentence: str) -> None:
    """« ne cède », « n'écoute »: a negated verb no reporting verb list holds is still the main
    clause's verb, so « X, qui dénonce » is no subject set off by commas before it."""
    assert _said(sentence, "gâchis") == ["Julie Martin"]


def test_a_subject_set_off_by_a_relative_still_speaks() -> None:
    """Counter-case: a noun phrase with no verb before « , qui … , » is the subject."""
    sentence = "La fédération des riverains, qui suit le dossier, dénonce un gâchis d'eau."
    assert _said(sentence, "gâchis") == ["La fédération des riverains"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Les associations soutenues par des élus exigent que le moratoire passe.", "associations"),
        ("Le syndicat soutenu par trois partis réclame que le moratoire passe.", "syndicat"),
    ],
)
def test_a_body_backed_by_someone_speaks_itself(sentence: str, speaker: str) -> None:
    """Not the agent of the participle (« plusieurs élus »): the body's own phrase."""
    found = _said(sentence, "moratoire")
    assert len(found) == 1 and found[0].split()[1] == speaker


def test_a_work_still_speaks_for_its_agent_without_an_article_glued_on() -> None:
    """A report made by some people still speaks for them (the body rule leaves a work
    alone), as « plusieurs élus », never « le plusieurs élus » (an article glued on before a
    quantifier)."""
    sentence = "Un rapport rédigé par plusieurs élus affirme que le moratoire est utile."
    assert _said(sentence, "moratoire") == ["plusieurs élus"]
