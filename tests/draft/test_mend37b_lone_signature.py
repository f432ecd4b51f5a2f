"""A name alone on a line signs the block above it only when that block is a speaker's own
words with no one else's cue in it (made-up sentences, mend37b after review37): a cued finding
keeps its speaker, narration with « on » or « nos » or a question is nobody's, a place or a
feast is no name, a role that holds a verb makes a sentence, and a surname written with a
capital inside is read whole."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_TOP = "La mairie a présenté le calendrier des travaux du centre-ville.\n\n"
_AFTER = "\n\nLa suite du programme"
_SPEECH = "Nous avons attendu longtemps, et je crois que le quartier le mérite.\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker, a.kind) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("block", "said"),
    [
        ("Selon la préfète, nous devrons attendre la fin de l'été.", "nous devrons"),
        ("Nous n'avons pas le choix, a déclaré le préfet lundi.", "Nous n'avons pas le choix"),
        ("Le maire a expliqué à nos confrères que je devais attendre un an.", "je devais"),
    ],
)
def test_a_cued_finding_stays_as_the_reader_found_it(block: str, said: str) -> None:
    found = _found(_TOP + block + "\n\nPaul Martin" + _AFTER)
    assert found and all(content.startswith(said) for content, _, _ in found)


def test_a_cued_finding_keeps_its_speaker() -> None:
    block = "Selon la préfète, nous devrons attendre la fin de l'été."
    assert [s for _, s, _ in _found(_TOP + block + "\n\nPaul Martin" + _AFTER)] == ["la préfète"]


@pytest.mark.parametrize(
    "block",
    [
        "On attend désormais la décision du conseil municipal, prévue en juin.",
        "Pourquoi nos élus ne disent-ils rien ?",
        "Pourquoi je devrais encore attendre ?",
    ],
)
def test_narration_or_a_question_is_nobodys(block: str) -> None:
    assert _found(_TOP + block + "\n\nMarie Dupont" + _AFTER) == []


@pytest.mark.parametrize(
    "line",
    [
        "Lyon, une rentrée sous tension",
        "Noël, une fête sous contrainte",
        "Rennes, un nul frustrant",
        "Marcel, un voisin arrive",
    ],
)
def test_a_place_a_feast_or_a_sentence_signs_nothing(line: str) -> None:
    assert _found(_TOP + _SPEECH + line + _AFTER) == []


@pytest.mark.parametrize("name", ["Pierre MacGregor", "Julie LeBlanc", "Paul McDonald"])
def test_a_capital_inside_a_surname_keeps_it_whole(name: str) -> None:
    assert [s for _, s, _ in _found(_TOP + _SPEECH + name + _AFTER)] == [name]


@pytest.mark.parametrize("line", ["Mme Lucie Fabre", "Eric Fabre", "Marcel, un voisin du marché"])
def test_a_title_an_unaccented_first_name_or_a_complement_still_signs(line: str) -> None:
    assert len(_found(_TOP + _SPEECH + line + _AFTER)) == 1


def test_testimonies_headed_by_their_names_are_not_signed_by_the_next_name() -> None:
    text = (
        "Deux habitants racontent leur quartier.\n\n"
        "Marie Dupont\n\n"
        "Je suis arrivée ici en 1990 et je n'en suis jamais partie.\n\n"
        "Paul Martin\n\n"
        "J'ai toujours vécu dans cette rue, comme mon père." + _AFTER
    )
    assert all(s != "Paul Martin" or not c.startswith("Je suis") for c, s, _ in _found(text))
