"""A body named by a phrase of common words after its kind (made-up sentences): « l'association
À bas le béton », then « avance l'association », « selon l'association »: that body, not the
place named in between (« la préfecture du Loir-et-Cher »). A name in capitals (« l'association
Greenpeace ») stays as it was read; a verb or a relative closes the phrase."""

from __future__ import annotations

from quizapp.draft import analyze

_OPENING = "Titre\n\nLa préfecture du Loir-et-Cher vient d'autoriser un entrepôt à Mer. "
_STORED = "28 000 tonnes de produits combustibles y seraient stockées"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr", headline="Titre").attributions]


def test_the_anaphor_takes_up_the_body_named_by_a_phrase() -> None:
    for body, says in (
        ("l'association À bas le béton", f"{_STORED}, avance l'association."),
        ("l'association Sauvons nos haies", f"Selon l'association, {_STORED}."),
        ("la fédération Touche pas à ma forêt", f"La fédération affirme que {_STORED}."),
    ):
        text = f"{_OPENING}C'est l'entrepôt de trop pour {body}. La commune de Mer l'a validé.\n\n"
        assert _speakers(text + says) == [body], body


def test_a_verb_or_a_relative_closes_the_phrase() -> None:
    text = (
        f"{_OPENING}L'association Sauvons nos haies a déposé un recours. La commune de Mer "
        f"l'a validé.\n\n{_STORED}, avance l'association."
    )
    assert _speakers(text) == ["L'association Sauvons nos haies"]
    text = text.replace("a déposé", "qui a déposé").replace("recours.", "recours s'inquiète.")
    assert _speakers(text)[-1] == "L'association Sauvons nos haies"


def test_a_name_in_capitals_stays_that_name() -> None:
    text = (
        f"{_OPENING}C'est l'entrepôt de trop pour l'association Greenpeace.\n\n"
        f"{_STORED}, avance l'association."
    )
    assert _speakers(text) == ["Greenpeace"]
