"""The tidy article text and the way back to the file's own characters (drafter offsets)."""

from __future__ import annotations

import random
import re

from quizapp.sets.articles.text import _piece_ranges, file_line_ends, map_span, tidy_paragraphs


def _reference_tidy(text: str) -> str:
    """The tidying as first written (before positions were kept), to compare against, on
    the paragraphs text.py finds (paste50 decides them from the lines' shapes:
    test_paste50_line_shapes.py tests where they end)."""
    pieces = [text[start:end] for start, end in _piece_ranges(text)]
    pieces = [" ".join(piece.split("\n")) for piece in pieces]
    tidy = [re.sub(r"[ \t]{2,}", " ", piece).strip() for piece in pieces]
    return "\n\n".join(piece for piece in tidy if piece)


def _random_texts(count: int) -> list[str]:
    alphabet = ["a", "é", "b", " ", " ", "\t", "\n", "\n", "\u00a0", "«", "."]
    chooser = random.Random(7)
    return ["".join(chooser.choices(alphabet, k=chooser.randint(0, 40))) for _ in range(count)]


def test_tidy_text_is_the_same_as_before_positions_were_kept() -> None:
    for text in _random_texts(3000):
        assert tidy_paragraphs(text)[0] == _reference_tidy(text), repr(text)


def test_every_kept_character_points_at_itself_in_the_file() -> None:
    for text in _random_texts(3000):
        tidy, positions = tidy_paragraphs(text)
        assert len(positions) == len(tidy)
        assert positions == sorted(positions)
        for char, at in zip(tidy, positions, strict=True):
            assert char == text[at] or (char in " \n" and text[at].isspace()), repr(text)


def test_a_span_of_the_tidy_text_covers_the_same_words_in_the_file() -> None:
    file_text = file_line_ends("Titre\r\n\r\nIl a dit\r\nque   tout allait bien.\r\n\r\n\r\nFin.")
    tidy, positions = tidy_paragraphs(file_text)
    assert tidy == "Titre\n\nIl a dit que tout allait bien.\n\nFin."
    start = tidy.index("que")
    span = map_span(positions, (start, start + len("que tout allait bien")))
    assert file_text[span[0] : span[1]] == "que   tout allait bien"
    one_line_paragraphs = "Titre\nUn.\nDeux."
    tidy, positions = tidy_paragraphs(one_line_paragraphs)
    span = map_span(positions, (tidy.index("Deux"), len(tidy)))
    assert one_line_paragraphs[span[0] : span[1]] == "Deux."
