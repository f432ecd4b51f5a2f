"""A person named by a periphrasis (made-up sentences): « « … », a commenté sur la RTS celui
que le quotidien suisse le Temps a surnommé le "Punk à vaches" » is the man the article is
about, not the outlet inside the relative; « celle qui était encore maire en 2020 » the
woman. A relative that tells what someone did (« celui qui a découvert le corps ») is someone
new."""

from __future__ import annotations

from quizapp.draft import analyze

_DEFEAT = "Ce n'est pas une défaite amère"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr", headline="Titre").attributions]


def _article(name: str, other: str, cue: str, phrase: str) -> str:
    return (
        f"Titre\n\nLe texte était soumis aux électeurs à l'initiative de {name}. Il a été "
        f"rejeté, selon la RTS. « C'est un choix clair », a déclaré {other}.\n\n"
        f"« {_DEFEAT} », {cue} {phrase}."
    )


def test_a_periphrasis_takes_up_the_person_of_its_gender() -> None:
    for name, other, cue, phrase in (
        ("Armin Capaul", "Maud Ferrand", "a commenté sur la RTS",
         'celui que le quotidien suisse le Temps a surnommé le "Punk à vaches"'),
        ("Odile Marchal", "Paul Verdier", "a réagi dimanche",
         "celle que la presse locale appelle « la dame du bocage »"),
        ("Claire Vannier", "Paul Verdier", "estimait",
         "celle qui était encore maire de Brenon en 2020"),
    ):  # fmt: skip
        assert _speakers(_article(name, other, cue, phrase))[-1] == name, phrase


def test_a_relative_of_what_someone_did_is_someone_new() -> None:
    text = (
        "Titre\n\nMarc Keller a été entendu mardi.\n\n« Ce n'est pas une défaite amère », a "
        "témoigné celui qui a découvert le corps."
    )
    assert _speakers(text)[-1] != "Marc Keller"


def test_with_nobody_before_the_periphrasis_is_its_own_speaker() -> None:
    text = (
        "Titre\n\n« Ce n'est pas une défaite », a déclaré celle que tout le monde appelle "
        "la patronne."
    )
    assert _speakers(text) == ["celle que tout le monde appelle la patronne"]
