"""A quotation opening the article with no cue, then a sentence whose subject is neuter
(made-up sentences): « "…". Et ce ne sont pas ces gouttes qui vont rassurer X. » — « ce »
is nobody; the one person that sentence names said the quotation. No person, or two, and
the quotation gets no speaker rather than « ce »; a person as subject is, as before, the one."""

from __future__ import annotations

from quizapp.draft import analyze

_QUOTE = "Titre\n\n\"Nous allons manquer d'eau cet été, c'est certain\". "


def _speakers(after: str) -> list[str]:
    return [a.speaker for a in analyze(_QUOTE + after, "fr", headline="Titre").attributions]


def test_the_one_person_of_a_neuter_sentence_said_the_opening_quotation() -> None:
    after = "Et ce ne sont pas les gouttes de mardi qui vont rassurer Nicolas Garcia."
    assert _speakers(after) == ["Nicolas Garcia"]
    after = "Mais ça ne rassure pas du tout Odile Ferrand, maire de Brenon."
    assert _speakers(after)[:1] == ["Odile Ferrand"]
    after = "Et ce n'est pas la pluie de la semaine qui va rassurer Paul Arnaud."
    assert _speakers(after) == ["Paul Arnaud"]


def test_no_person_or_two_leave_no_speaker_and_a_person_subject_keeps_it() -> None:
    assert _speakers("Et ce ne sont pas les orages qui changeront la donne.") == []
    after = "Et ce ne sont pas les orages qui vont rassurer Paul Arnaud et Odile Ferrand."
    assert _speakers(after) == []
    assert _speakers("Odile Ferrand ne décolère pas depuis lundi.") == ["Odile Ferrand"]
