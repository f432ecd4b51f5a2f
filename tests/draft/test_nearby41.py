"""A reply is never the voice it answers (nearby41, made-up sentences): after « …, lance le
président », a description answering (« répond », « réplique », « rétorque ») is someone
new, not the last speaker heard in its sentence or the one before. Farther back a question
of the narration's may stand between, and the last speaker may well be the one answering."""

from __future__ import annotations

from tests.draft.readings import speaker_of


def test_the_accused_answers_the_judge() -> None:
    """« …, lance le président. « … », réplique l'accusé »: the accused, not the judge."""
    text = (
        "Titre\n\n"
        "L'audience a repris mardi. « Vous aviez bu ce soir-là ? », lance le président. "
        "« Un peu, comme tout le monde », réplique sans hésiter l'accusé."
    )
    assert speaker_of(text, "comme tout le monde") == "l'accusé"


def test_the_defendant_retorts_to_the_judge() -> None:
    """« « … », demande le juge. « … », rétorque le prévenu »: the defendant answers."""
    text = (
        "Titre\n\n"
        "« Pourquoi êtes-vous revenu ? », demande le juge. "
        "« Je voulais voir mes enfants », rétorque le prévenu."
    )
    assert speaker_of(text, "voir mes enfants") == "le prévenu"


def test_the_suspect_answers_the_investigator() -> None:
    """« « Où étiez-vous ? », demande l'enquêteur. « … », répond le suspect »."""
    text = "Titre\n\n« Où étiez-vous ? », demande l'enquêteur. « À la maison », répond le suspect."
    assert speaker_of(text, "la maison") == "le suspect"


def test_a_pronoun_answering_is_left_to_the_pronoun_reader() -> None:
    """« …, a-t-il déclaré. À la question …, il répond : « … » »: the pronoun still takes up
    the man heard the sentence before (only descriptions are read here)."""
    text = (
        "Titre\n\n"
        "Alan Roy se maintient au second tour. « C'est une satisfaction », a-t-il déclaré. "
        "À la question de la campagne, il répond : « Nous allons nous adapter. »"
    )
    assert speaker_of(text, "nous adapter") == "Alan Roy"


def test_a_reply_after_the_narration_asked_keeps_the_speaker() -> None:
    """A question of the narration's between: the mayor heard two sentences back answers it
    himself (« répond l'élu » is Paul Martin, as before)."""
    text = (
        "Titre\n\n"
        "« Les commerces doivent rouvrir », observe Paul Martin, maire de Lunel. Les élus "
        "seront-ils entendus par le gouvernement ? « Je le pense », répond l'élu."
    )
    assert speaker_of(text, "Je le pense") == "Paul Martin"
