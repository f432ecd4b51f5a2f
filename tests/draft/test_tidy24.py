"""tidy24: one reading of a quoted name inside a noun phrase serves recall23v's apposed subject
and recall23s's closing cue (``sentence/apposition.QUOTED_NAME``)."""

from __future__ import annotations

import re

import pytest

from quizapp.draft.text.sentence.apposition import QUOTED_NAME, quoted_names_out
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    "rest",
    [
        " a souligné Paul Morel, du collectif « Non à la mine de sel ici ».",  # seven words
        " précise Anne Roy, présidente de l'association « Les Amis du vieux lavoir ».",
        " ajoute Luc Petit, membre du collectif “Halte au bruit”.",
    ],
)
def test_a_quoted_name_after_a_determiner_is_blanked_out(rest: str) -> None:
    blanked = quoted_names_out(rest, load("fr"))
    assert "«" not in blanked and "“" not in blanked
    assert len(blanked) == len(rest)


@pytest.mark.parametrize(
    "rest",
    [
        " ajoute Luc Petit, du collectif « Non, merci ».",  # a comma: words said, not a name
        " dit Léa Dubois, « Nous irons jusqu'au bout de ce combat pour nos enfants ».",
        " dit Léa Dubois, du comité « nous resterons » ici.",  # a small letter opens it
    ],
)
def test_words_said_are_no_quoted_name(rest: str) -> None:
    assert quoted_names_out(rest, load("fr")) == rest


def test_the_apposed_subject_reads_the_same_quoted_name() -> None:
    name = re.compile(QUOTED_NAME)
    assert name.fullmatch("« Non à la mine de sel ici »")
    assert not name.fullmatch("« Non, merci »")
    assert not name.fullmatch(
        "« " + "Nous irons jusqu'au bout de ce combat pour nos enfants" + " »"
    )
