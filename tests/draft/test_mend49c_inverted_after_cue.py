"""nobody48's reading of the name right after a cue as its inverted subject (« … », résume
Jérôme ») is French: in English, the capitalised words after « said » within its reach are
the content's (mend49c). Short hand-made case; not a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def test_an_english_name_inside_the_content_is_not_the_speaker() -> None:
    text = (
        "The council met on Monday.\n\nObjections made on this point said the school had "
        "been “badly managed” as part of the Dwy Afon (Two Rivers) federation."
    )
    assert "Two Rivers" not in [a.speaker for a in analyze(text, "en").attributions]
