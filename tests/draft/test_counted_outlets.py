"""Outlets counted together (made-up sentences): « selon les deux journaux » after
« confirmant des informations du Point et des Echos » is those two outlets, named — not a
vague group of papers. When the count does not match the outlets named together (three
named, « les deux journaux »), the description stays itself, vague."""

from __future__ import annotations

from quizapp.draft import analyze

_NIEL = "Xavier Niel pourrait également investir"


def _last(text: str) -> tuple[str, str]:
    found = analyze(text, "fr", headline="Titre").attributions[-1]
    return found.speaker, found.label


def test_the_count_takes_up_the_outlets_named_together() -> None:
    for written, name, said in (
        ("du Point et des Echos", "Le Point et Les Echos", f"{_NIEL}, selon les deux journaux."),
        ("du Monde et du Figaro", "Le Monde et Le Figaro", f"« {_NIEL} », ont dit les 2 titres."),
    ):  # fmt: skip
        text = (
            "Titre\n\nLa start-up va lever 100 millions d'euros, a indiqué à l'AFP l'un de ses "
            f"investisseurs, confirmant des informations {written}.\n\n{said}"
        )
        assert _last(text) == (name, "named"), written


def test_a_count_that_does_not_match_stays_a_vague_group() -> None:
    text = (
        "Titre\n\nLa levée a été révélée par Le Monde, Le Figaro et Libération.\n\n"
        f"{_NIEL}, selon les deux journaux."
    )
    assert _last(text) == ("les deux journaux", "vague")
