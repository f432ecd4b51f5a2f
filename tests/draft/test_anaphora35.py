"""A bare title or trade after a speaker's quotations (anaphora35, made-up sentences): « la
bourgmestre a souligné », « ajoute le conseiller » some sentences after the named person spoke
take up that person, still in focus, when nobody else was named since; never when another
person was named between them, nor when the noun is the written title of someone else."""

from __future__ import annotations

import inspect

import pytest

from quizapp.draft import analyze
from quizapp.draft.anaphora.descriptions.bare_descriptions import BareDescriptions
from tests.draft.readings import finding_holding

_OPENING = (
    "Sophie Lambert a ouvert la séance du conseil communal. « Nous devons reconstruire vite », "
    "a-t-elle affirmé. « Chaque rue sera visitée. » Les dégâts sont considérables. Plus de cent "
    "maisons ont été touchées par les eaux. Les routes restent coupées. "
)


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


@pytest.mark.parametrize(
    "closing",
    [
        "La bourgmestre a souligné que l'aide des provinces arriverait lundi.",
        "L'aide des provinces arrivera lundi, a souligné la bourgmestre.",
    ],
)
def test_the_speaker_in_focus_is_the_title(closing: str) -> None:
    """Nobody was named since Sophie Lambert spoke: « la bourgmestre » is she."""
    assert _speaker_of(_OPENING + closing, "provinces") == "Sophie Lambert"


def test_someone_named_since_keeps_the_title_apart() -> None:
    """A woman named after the speaker may be the one the title describes: not Sophie Lambert."""
    text = _OPENING + (
        "Julie Mercier a visité les quartiers sinistrés. "
        "La bourgmestre a souligné que l'aide des provinces arriverait lundi."
    )
    assert _speaker_of(text, "provinces") != "Sophie Lambert"


def test_a_man_does_not_take_a_feminine_title() -> None:
    """The speaker in focus is a man: « la bourgmestre » is not him."""
    text = _OPENING.replace("Sophie", "Marc").replace("a-t-elle", "a-t-il") + (
        "La bourgmestre a souligné que l'aide des provinces arriverait lundi."
    )
    assert _speaker_of(text, "provinces") != "Marc Lambert"


def test_a_quotation_closed_by_another_mark_is_over() -> None:
    """mend35e (review35 item 14): “… " closes its quotation (the article's quotation reading
    pairs a curly opening with a straight closing), so the title after it is in narration and
    takes up the speaker in focus; a count of marks of its own left it inside."""
    text = _OPENING + '\n\n“Nous tiendrons bon", a répété la bourgmestre.'
    assert _speaker_of(text, "tiendrons") == "Sophie Lambert"


def test_a_title_inside_a_quotation_reopened_is_not_the_speaker() -> None:
    """The quotation goes on in the next paragraph: « la bourgmestre » there is someone the
    speaker speaks of, never the speaker in focus."""
    text = "Titre\n\n" + _OPENING + "\n\n« Nous tiendrons.\n\n« La bourgmestre a dit que "
    text += "l'aide des provinces arriverait lundi. »"
    found = {text[a.content[0] : a.content[1]]: a.speaker for a in analyze(text, "fr").attributions}
    assert found["l'aide des provinces arriverait lundi"] == "La bourgmestre"


def test_the_bare_description_reader_keeps_to_its_size() -> None:
    """mend35e (review35 item 15): anaphora35 grew ``_described`` to 34 lines; the office
    noun outside the person descriptions, the recent subjects and the filters of a noun that
    names no one near are functions of their own, so it stays about 20 lines."""
    assert len(inspect.getsource(BareDescriptions._described).splitlines()) <= 22
