"""A quotation a colon opens after a clause that starts on a connective (anaphora32, made-up
sentences): « Mais le maire reste inquiet : « … » » is the mayor's words. The clause reader
took the article after « Mais » for a clitic, found no subject, and the quotation went to
the last speaker (the prefect here)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_BEFORE = (
    "Titre\n\nLe maire Jean Martin a reçu les riverains lundi. Le préfet Paul Durand a "
    "présenté le projet mardi soir. « Les travaux commenceront en mars », a-t-il déclaré.\n\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "Mais le maire reste inquiet",
        "Et le maire se montre sceptique",
        "Pourtant le maire n'est pas rassuré",
    ],
)
def test_the_subject_after_a_connective_speaks(lead: str) -> None:
    text = _BEFORE + f"{lead} : « Si la circulation ne baisse pas, nous aurons des bouchons. »"
    assert speaker_of(text, "Si la circulation ne baisse pas") == "Jean Martin"


def test_a_clause_with_no_connective_reads_as_before() -> None:
    """Counter-case, the same on both codes."""
    text = _BEFORE + "Le maire reste inquiet : « Si la circulation ne baisse pas, rien ne va. »"
    assert speaker_of(text, "Si la circulation ne baisse pas") == "Jean Martin"
