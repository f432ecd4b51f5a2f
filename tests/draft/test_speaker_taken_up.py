"""A person taken up again by a description: a name set after « l'un des … » names that
person; a description after a cue that goes on (« a encore expliqué le fondateur de … »)
is the person who was speaking; the same definite description written again later means
whom it meant before.

Short made-up cases, none a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, "fr").attributions]


def test_a_name_after_one_of_a_group_names_the_speaker() -> None:
    text = (
        "Le club a licencié son entraîneur, a-t-on appris auprès de l'un des dirigeants, "
        "Paul Garnier."
    )
    assert found(text) == [("Paul Garnier", "named")]


def test_one_of_a_group_without_a_name_stays_anonymous() -> None:
    text = "Le club a licencié son entraîneur, a-t-on appris auprès de l'un des dirigeants."
    assert found(text)[0][1] == "anonymous"


def test_a_description_after_a_continuing_cue_is_the_one_who_was_speaking() -> None:
    text = (
        "« Le projet est mort », affirme Jean Roux. Paul Martin n'a pas répondu. "
        "« Nous irons en justice », a encore expliqué le fondateur de l'association."
    )
    assert [s for s, _ in found(text)] == ["Jean Roux", "Jean Roux"]


def test_without_a_continuing_cue_the_description_is_someone_else() -> None:
    text = (
        "« Le projet est mort », affirme Jean Roux. Paul Martin n'a pas répondu. "
        "« Nous irons en justice », a expliqué le fondateur de l'association."
    )
    assert [s for s, _ in found(text)] == ["Jean Roux", "le fondateur de l'association"]


def test_a_document_going_on_is_not_the_last_speaker() -> None:
    text = (
        "« Le projet est mort », affirme Jean Roux. "
        "« Nous irons en justice », poursuit le communiqué de l'association."
    )
    assert found(text)[1][0] != "Jean Roux"


def test_the_same_description_written_again_means_the_same_person() -> None:
    text = (
        "La présentatrice du journal Claire Fabre a été licenciée vendredi.\n\n"
        "« Je suis sous le choc », écrit la journaliste dans une lettre.\n\n"
        "M. Jean Morin a confirmé la décision. Il a parlé d'un désaccord. "
        "Le conseil se réunira lundi. Les salariés attendent.\n\n"
        "La journaliste, qui n'a pas répondu, estime que la décision est injuste."
    )
    speakers = [s for s, _ in found(text)]
    assert speakers[0] == "Claire Fabre"
    assert speakers[-1] == "Claire Fabre"
