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


_EARLIER = "Paul Durand, le porte-parole, a présenté le projet. « C'est une étape », a-t-il dit."


def _last_speaker(sentence: str) -> str:
    text = f"Titre\n\n{_EARLIER}\n\n{sentence}"
    return analyze(text, "fr", headline="Titre").attributions[-1].speaker


def test_the_name_closing_an_office_of_a_body_speaks_not_the_last_holder() -> None:
    for subject in ("le porte-parole de la Ville, Dominic Lenoir",
                    "le porte-parole de la Région, Dominic Lenoir (PS)",
                    "le porte-parole du Conseil départemental, Dominic Lenoir"):  # fmt: skip
        for verb in ("a ajouté", "a précisé"):
            said = f"« {_SAID} », {verb} {subject}."
            assert _last_speaker(said) == "Dominic Lenoir", (subject, verb)


def test_the_name_closing_a_description_wins_over_a_body_named_in_it() -> None:
    for subject, name in (
        ("l'avocate du comité de Vire Sport, Me Julie Marchand", "Me Julie Marchand"),
        ("l'avocate de Vire Sport, Me Julie Marchand (45 ans)", "Me Julie Marchand"),
        ("le délégué du syndicat chez Norbat Industries, Me Luc Perrin", "Me Luc Perrin"),
    ):  # fmt: skip
        assert _speakers(_article(f"« {_SAID} », a déclaré {subject}.")) == [name], subject


def test_a_description_with_no_name_closing_it_stays_as_it_was() -> None:
    for said, speaker in (
        (f"« {_SAID} », a ajouté le porte-parole, qui a refusé de commenter.", "Paul Durand"),
        (f"« {_SAID} », a ajouté le porte-parole de la Ville.", "Paul Durand"),
        (f"« {_SAID} », a ajouté le porte-parole de la Ville, à Vireville.", "Paul Durand"),
    ):  # fmt: skip
        assert _last_speaker(said) == speaker, said
