"""French statements the drafter did not find (recall26): « Avant de » opening a sentence
before a reporting infinitive and what is said (a colon, « que », a quotation mark) goes on
with the last speaker, as « Et de » does (« Avant de poursuivre : « … » »); a time clause
(« Avant de répondre aux questions, il… ») reports nothing. Short made-up sentences, each with
a counter-case."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


LEAD = "L'adjoint Marc Leroy a critiqué le budget lundi soir. "


def test_avant_de_and_a_colon_continue_the_last_speaker() -> None:
    text = LEAD + "Avant de poursuivre : « Vous foncez droit dans le mur. »"
    assert ("Vous foncez droit dans le mur.", "Marc Leroy") in found(analyze(text, "fr"))


def test_avant_d_and_que_continue_the_last_speaker() -> None:
    text = LEAD + "Avant d'ajouter que la ville devait réduire sa dette."
    assert found(analyze(text, "fr")) == [("la ville devait réduire sa dette", "Marc Leroy")]


def test_avant_de_and_a_quotation_with_no_colon() -> None:
    text = LEAD + "Avant de conclure « Nous voterons contre ce texte. »"
    said = [speaker for content, speaker in found(analyze(text, "fr")) if "voterons" in content]
    assert said == ["Marc Leroy"]


def test_a_time_clause_opened_by_avant_de_reports_nothing() -> None:
    text = "Le maire Paul Martin a visité l'école. Avant de répondre aux questions, il a salué."
    assert found(analyze(text, "fr")) == []


def test_avant_de_inside_a_sentence_is_no_narrative_infinitive() -> None:
    text = "Le maire a pris le temps de visiter l'école avant de conclure la réunion."
    assert found(analyze(text, "fr")) == []
