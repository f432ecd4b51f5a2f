"""The corpus benchmarks score what `quizapp draft` finds in a .txt file: the tidied text (a
paragraph's hard-wrapped lines joined), its findings mapped back onto the file's own text where
the key's offsets are. Scoring the raw file analysed another text than the command reads."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from draft_eval import Article, KeyAttribution, analysed_as_cli, score

WRAPPED = (
    "Le hameau vit un enfer\n\n"
    "Les riverains dénoncent une situation dangereuse.\n\n"
    "Du bruit et de la pollution. « Il faut être très prudent au rond-point »,\n"
    "dénonce une retraitée. Il faut dire que 16.000 véhicules passent.\n"
)
SAID = "Il faut être très prudent au rond-point"


def _article() -> Article:
    start = WRAPPED.index(SAID)
    said = KeyAttribution((start, start + len(SAID)), "une retraitée", "anonymous", "direct", None)
    return Article("wrapped", "fr", "dev", WRAPPED, [said], [])


def test_a_cue_after_a_line_break_inside_a_paragraph_is_read_as_the_command_reads_it() -> None:
    article = _article()
    analysis, findings = analysed_as_cli(article)
    assert "\n" not in analysis.text.split("\n\n")[-1]  # the paragraph's lines were joined
    tally = score(article, findings, 0.3)
    assert (tally.matched, tally.speaker_right, tally.label_right) == (1, 1, 1)
    assert tally.found == 2  # the raw file made « une retraitée » a third, wrong finding


def test_the_findings_point_into_the_file_text_not_the_tidied_one() -> None:
    spans = [found.content for found in analysed_as_cli(_article())[1].attributions]
    assert any(SAID in WRAPPED[start:end] for start, end in spans)
    assert all(WRAPPED[start:end].strip() for start, end in spans)
