"""« chacun » as the people a verb of calling asks to act (recall53a, made-up sentences):
« Le préfet a appelé chacun à ne pas organiser de fête » reports the call, as « appelle la
population à rester chez elle » does; before, only a determiner or a capital could open the
object before « à » (both corpus rows it adds are keyed)."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_content


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "Le préfet a appelé chacun à ne pas organiser de fête pendant les vacances.",
            ("Le préfet", "chacun à ne pas organiser de fête pendant les vacances"),
        ),
        (
            "La maire a invité chacun à donner son avis sur le projet de piscine.",
            ("La maire", "chacun à donner son avis sur le projet de piscine"),
        ),
    ],
)
def test_a_call_to_everyone_is_said(sentence: str, found: tuple[str, str]) -> None:
    assert speaker_content("Titre\n\n" + sentence) == [found]


def test_calling_everyone_by_name_says_nothing() -> None:
    assert speaker_content("Titre\n\nLe maire a appelé chacun par son prénom à la fin.") == []
