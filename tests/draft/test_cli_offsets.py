"""`quizapp draft --analysis` as an outside reader uses it: offsets into the file as it is.

The drafter reads a tidied copy of a .txt (paragraphs joined, spaces made one); whoever reads
the JSON opens the file itself, so every span must point at the same words in the file's own
text (UTF-8, line ends as \\n) and text_sha256 must be that text's.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from quizapp.cli import main

WRAPPED = (
    "Le maire sous pression\r\n\r\n"
    "Un proche du maire a confié à l'AFP que la démission\r\n"
    "était   «imminente». «Je resterai», a déclaré\r\nle maire, Jean Morel.\r\n\r\n\r\n"
    "Certains élus estiment que la ville est paralysée.\r\n"
)
ONE_LINE_PARAGRAPHS = (
    "Le maire sous pression\n"
    "«Je resterai», a déclaré le maire, Jean Morel.\n"
    "Certains élus estiment que la ville est paralysée.\n"
)


def _analysis(tmp_path: Path, text: str) -> tuple[str, dict]:
    article = tmp_path / "article.txt"
    article.write_bytes(text.encode("utf-8"))
    out = tmp_path / "a.json"
    main(["draft", str(article), "-o", str(tmp_path / "d.quiz.yaml"), "--analysis", str(out)])
    file_text = article.read_text(encoding="utf-8")  # universal newlines, as a reader has it
    return file_text, json.loads(out.read_text(encoding="utf-8"))


def _words(passage: str) -> list[str]:
    return passage.split()


def test_spans_point_at_the_same_words_in_a_hard_wrapped_windows_file(tmp_path: Path) -> None:
    file_text, found = _analysis(tmp_path, WRAPPED)
    assert found["text_sha256"] == hashlib.sha256(file_text.encode("utf-8")).hexdigest()
    contents = [file_text[slice(*a["content"])] for a in found["attributions"]]
    assert ["Je", "resterai"] in [_words(c) for c in contents]
    assert any(_words(c) == ["la", "démission", "était", "«imminente»"] for c in contents)
    for attribution in found["attributions"]:
        start, end = attribution["speaker_mention"] or attribution["content"]
        assert file_text[start:end].strip() == file_text[start:end]


def test_spans_fit_a_file_whose_paragraphs_are_single_lines(tmp_path: Path) -> None:
    file_text, found = _analysis(tmp_path, ONE_LINE_PARAGRAPHS)
    contents = {file_text[slice(*a["content"])] for a in found["attributions"]}
    assert "Je resterai" in contents
    assert "la ville est paralysée" in contents
    for claim in found["unattributed"]:
        assert file_text[slice(*claim["span"])].strip()


def test_the_analysis_is_written_even_when_no_question_can_be_drafted(tmp_path: Path) -> None:
    article = tmp_path / "short.txt"
    article.write_text("Il pleut.", encoding="utf-8")
    out = tmp_path / "a.json"
    code = main(
        ["draft", str(article), "-o", str(tmp_path / "d.quiz.yaml"), "--analysis", str(out)]
    )
    assert code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["attributions"] == []
    assert not (tmp_path / "d.quiz.yaml").exists()
