"""A clause opener before a source is no part of who speaks (speakers40, made-up sentences):
« Voilà pourquoi le maire », « Ce à quoi le maire », « Contrairement à de nombreux élus »,
and « Même » or « Si » right before a determiner (« Même le Conseil économique ») are set
aside with the opening connectives; « Même » before a bare noun (« Même incompréhension
du côté des commerçants ») is the noun's adjective and stays."""

from __future__ import annotations

from quizapp.draft.findings import Attribution
from tests.draft.readings import finding_holding


def _finding(text: str, word: str) -> Attribution:
    return finding_holding("Titre\n\n" + text, word)


def test_voila_pourquoi_is_no_part_of_the_mayor() -> None:
    """« Voilà pourquoi le maire plaide »: the office, linked to the mayor just named."""
    text = (
        "Paul Martin est maire de Lunel depuis 2014. Les digues ont cédé deux fois cet hiver. "
        "Voilà pourquoi le maire plaide pour une solution définitive : « Il faut reconstruire "
        "la digue. »"
    )
    assert _finding(text, "reconstruire la digue").speaker == "Paul Martin"


def test_meme_before_a_determiner_is_set_aside() -> None:
    """« Même le Conseil économique et social a salué »: the council speaks, named."""
    text = (
        "La région a voté son budget mardi. Même le Conseil économique et social a salué la "
        "capacité d'autofinancement de la collectivité."
    )
    found = _finding(text, "autofinancement")
    assert found.speaker == "le Conseil économique et social"
    assert found.label == "named"


def test_contrairement_a_is_set_aside() -> None:
    """« Contrairement à de nombreux élus qui se disent découragés »: the elected officials
    are a vague group, not an anonymous phrase opening on the preposition."""
    text = (
        "Le maire de Saint-Yrieix se représente. Contrairement à de nombreux élus qui se "
        "disent découragés, il ne renonce pas."
    )
    found = _finding(text, "découragés")
    assert found.speaker == "de nombreux élus"
    assert found.label == "vague"


def test_ce_a_quoi_is_set_aside() -> None:
    """« Ce à quoi le maire a répondu que … »: the mayor answers."""
    text = (
        "Les habitants ont interpellé le maire sur les travaux. Ce à quoi le maire a répondu "
        "que le chantier finirait en juin."
    )
    assert _finding(text, "finirait en juin").speaker == "le maire"


def test_meme_before_a_bare_noun_stays() -> None:
    """« Même incompréhension du côté des commerçants »: « même » qualifies the noun, no
    determiner follows it, the phrase is read as before (passes before and after)."""
    text = (
        "Le débat a été vif. Même incompréhension du côté des commerçants, qui estiment que "
        "la mairie les a oubliés."
    )
    assert _finding(text, "les a oubliés").speaker.startswith("Même")
