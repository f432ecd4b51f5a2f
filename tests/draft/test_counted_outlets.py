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


def test_any_count_of_the_lexicon_and_an_adjective_before_the_noun() -> None:
    """The count is read as for named groups (tidy10): any number of ``number_words``
    (« cinq »), and an adjective may stand before the plural noun (« les deux grands
    quotidiens »); a plural without a count (« les quotidiens ») stays a vague group."""
    intro = (
        "Titre\n\nLa start-up va lever 100 millions d'euros, a indiqué à l'AFP l'un de ses "
        "investisseurs, confirmant des informations "
    )
    five = "du Monde, du Figaro, de Libération, des Echos et du Point"
    text = f"{intro}{five}.\n\n{_NIEL}, selon les cinq journaux."
    assert _last(text) == ("Le Monde, Le Figaro, Libération, Les Echos et Le Point", "named")
    two = f"{intro}du Point et des Echos.\n\n{_NIEL}, selon "
    assert _last(two + "les deux grands quotidiens.") == ("Le Point et Les Echos", "named")
    assert _last(two + "les quotidiens.") == ("les quotidiens", "vague")
