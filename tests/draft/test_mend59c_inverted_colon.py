"""mend59c (made-up sentences): the faults review59a found in quotes59's indefinite inverted
subject before a colon (« C, témoigne un membre du gouvernement : « … » »). The clause before
the comma and the quotation after the colon are one speaker's, that speaker named when a name
is set after the role, whatever the quotation's length and whether the clause holds a verb
that can report (« Le chantier avance »)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_content


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Rien n'a changé, déplore un des habitants : « On attend toujours. »", "un des habitants"),
        (
            "Le climat est lourd à la mairie, assurent des riverains : "
            "« Nous resterons vigilants. »",
            "des riverains",
        ),
        ("Rien n'a changé, déplore le maire : « On attend toujours. »", "le maire"),
    ],
)
def test_a_short_quotation_after_the_colon_follows_the_subject(text: str, speaker: str) -> None:
    clause, said = text.split(",")[0], text.split("« ")[1].split(" »")[0]
    assert speaker_content(text) == [(speaker, clause), (speaker, said)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le chantier avance, témoigne un membre du gouvernement : "
            "« On nous a livré les cartons depuis hier. »",
            "un membre du gouvernement",
        ),
        ("Le dossier avance, assure un syndicat : « Nous resterons vigilants. »", "un syndicat"),
    ],
)
def test_a_verb_in_the_clause_leaves_the_colon_to_the_inverted_cue(text: str, speaker: str) -> None:
    clause, said = text.split(",")[0], text.split("« ")[1].split(" »")[0]
    assert speaker_content(text) == [(speaker, clause), (speaker, said)]


def test_a_name_set_after_an_indefinite_role_speaks() -> None:
    text = "La séance a été houleuse, résume un élu, Paul Roy : « Le budget a été adopté. »"
    assert speaker_content(text) == [
        ("Paul Roy", "La séance a été houleuse"),
        ("Paul Roy", "Le budget a été adopté."),
    ]


@pytest.mark.parametrize("subject", ["un adjoint", "l'adjoint", "des adjoints"])
def test_a_deputy_before_the_colon_speaks(subject: str) -> None:
    verb = "témoignent" if subject.endswith("s") else "témoigne"
    text = f"Le climat est lourd à la mairie, {verb} {subject} : « Personne ne se parle plus. »"
    assert speaker_content(text) == [
        (subject, "Le climat est lourd à la mairie"),
        (subject, "Personne ne se parle plus."),
    ]
