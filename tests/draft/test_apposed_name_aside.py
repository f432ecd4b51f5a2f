"""A description, a comma, then the name it describes with a short aside in brackets (a
party, an age: « a affirmé la députée-maire de la commune, Anne Morel (LR). ») is one source,
and the name is its fullest mention (apposed29, made-up sentences). Without the bracket the
apposed name was already read; with it the source stopped at the description. Counter-cases:
a place with its county in brackets, a relative after the description, a setting after it."""

from __future__ import annotations

from quizapp.draft import analyze

_SAID = "Les petites communes ne doivent pas tout payer"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr", headline="Titre").attributions]


def _article(sentence: str) -> str:
    return f"Titre\n\nLe conseil s'est réuni.\n\n{sentence}"


def test_the_name_with_an_aside_after_the_description_speaks() -> None:
    for subject, name in (
        ("la députée-maire de la commune, Anne Morel", "Anne Morel"),
        ("le porte-parole de la Ville, Dominic Lenoir", "Dominic Lenoir"),
        ("la conseillère-présidente du syndicat, Julie Marchand", "Julie Marchand"),
    ):  # fmt: skip
        for aside in ("(Les Républicains)", "(LR)", "(57 ans)"):
            for verb in ("a affirmé", "a ajouté", "estime"):
                text = _article(f"« {_SAID} », {verb} {subject} {aside}.")
                assert _speakers(text) == [name], (subject, aside, verb)


def test_the_name_with_an_aside_after_selon() -> None:
    per = "Selon la députée-maire de la commune, Anne Morel (LR), le projet coûtera cher."
    assert _speakers(_article(per)) == ["Anne Morel"]


def test_a_place_or_a_clause_after_the_description_names_no_one() -> None:
    for rest, speaker in (
        (", Vireville (Marne).", "la députée-maire de la commune"),
        (", qui a refusé de commenter (lundi).", "la députée-maire de la commune"),
        (", lundi (à la mairie).", "la députée-maire de la commune"),
        (" de Vireville, dans la Marne.", "la députée-maire de la commune de Vireville"),
    ):  # fmt: skip
        text = _article(f"« {_SAID} », a affirmé la députée-maire de la commune{rest}")
        assert _speakers(text) == [speaker], rest
