"""A quotation a colon opens after a clause whose subject is a determiner and a noun for a
person (anaphora32, made-up sentences): « L'accusé reste muet : « … » » is the defendant's
words. The clause reader knew only the anonymous and vague heads and the offices, found no
subject, and the quotation went to the last speaker (the judge here)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_BEFORE = (
    "Titre\n\nLe juge Paul Durand a ouvert l'audience. « Vous étiez ivre ce soir-là ? », "
    "a demandé le juge.\n\n"
)


@pytest.mark.parametrize(
    ("lead", "speaker"),
    [
        ("La voisine est formelle", "La voisine"),
        ("La victime n'a pas porté plainte", "La victime"),
        ("L'accusé reste muet", "L'accusé"),
    ],
)
def test_the_person_noun_before_the_colon_speaks(lead: str, speaker: str) -> None:
    text = _BEFORE + f"{lead} : « Je n'ai rien à dire à ce tribunal. »"
    assert speaker_of(text, "Je n'ai rien à dire") == speaker


def test_a_long_run_before_the_colon_is_no_subject() -> None:
    """Counter-case, the same on both codes: the clause reader's run is past four words."""
    text = _BEFORE + "Le garçon de neuf ans subit la chaleur : « Je n'ai rien à dire. »"
    assert speaker_of(text, "Je n'ai rien à dire") == "Paul Durand"
