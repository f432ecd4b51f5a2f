"""An office described apart from its holder's name is that holder (holder42, made-up
sentences): among several people a description could fit, the one written with its own head
noun and narrowing words (« l'élu opposition » is not the mayor that « élu » also covers);
« leur directeur » is narrowed by no possessive; « le premier édile » is the mayor."""

from __future__ import annotations

from tests.draft.readings import speaker_of


def test_the_opposition_member_not_the_mayor() -> None:
    """The mayor and an opposition member both fit « l'élu »; only one is written « élu
    opposition »."""
    text = (
        "Titre\n\n"
        "Le maire Paul Roche a remercié les habitants. Les débats ont été vifs. "
        "L'élu opposition, Marc Denis, peut en témoigner : « Le lendemain, j'étais chez mon "
        "médecin et tout le monde en parlait. »"
    )
    assert speaker_of(text, "chez mon") == "Marc Denis"


def test_their_director_is_the_director_named_later() -> None:
    """« leur directeur » before « le directeur du site, X »: the possessive narrows nothing."""
    text = (
        "Titre\n\n"
        "Les salariés ont bloqué l'usine mardi, tandis que leur directeur confirmait le plan "
        "social. « Il y a un projet de fermeture de l'usine », a expliqué leur directeur. "
        "Le syndicaliste Luc Martin a dénoncé un choc. « Nous vous accompagnerons », est venu "
        "dire devant le portail le directeur du site, Paul Roche."
    )
    assert speaker_of(text, "projet de fermeture") == "Paul Roche"


def test_the_first_edile_is_the_mayor() -> None:
    """« le premier édile » after « Le maire de Bellac, X »: the mayor, whatever « premier »."""
    text = (
        "Le maire de Bellac appelle à l'aide\n\n"
        "La ville de Bellac compte sur ses voisines. Le maire de Bellac, Paul Roche, a donc "
        "écrit à ses homologues, en leur expliquant qu'il ne peut plus payer seul.\n\n"
        "Les communes alentour profitent de la piscine, explique le maire. Cela pèse lourd "
        "selon Paul Roche. « Chaque élève coûte 1.000 euros à la ville. »\n\n"
        "Des déficits anciens\n\n"
        "La situation est aujourd'hui intenable selon le premier édile, car les recettes ont "
        "fondu. « Nous étions 5.000 habitants, c'était plus facile. » Paul Roche estime ainsi "
        "que la pauvreté a grandi."
    )
    assert speaker_of(text, "intenable") == "Paul Roche"
