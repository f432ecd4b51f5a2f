"""A body named in full, then by its acronym alone (made-up sentences): « l'Agence Régionale
Des Forêts » then « selon l'ARF » is one speaker written with both, « Agence Régionale des
Forêts (ARF) », as when the article joins them itself: a reader, and a key, may name it
either way. Two letters (« US ») and a description spelled by chance stay as they were."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, language: str = "fr") -> list[str]:
    return [a.speaker for a in analyze(text, language, headline="Title").attributions]


def test_the_acronym_met_later_is_written_after_the_name() -> None:
    text = (
        "Title\n\nLa fermeture du massif a été décidée mardi par l'Agence Régionale des "
        "Forêts.\n\nSelon l'ARF, les coupes reprendront au printemps."
    )
    assert _speakers(text) == ["Agence Régionale des Forêts (ARF)"]
    text = (
        "Title\n\nThe closure was ordered by the Regional Forest Agency on Tuesday.\n\n"
        "The RFA said the paths would reopen in spring."
    )
    assert _speakers(text, "en") == ["Regional Forest Agency (RFA)"]


def test_two_letters_and_descriptions_stay_as_they_were() -> None:
    text = (
        "Title\n\nThe talks were led by the United Kingdom on Tuesday.\n\n"
        "The UK said the paths would reopen in spring."
    )
    assert _speakers(text, "en") == ["United Kingdom"]
