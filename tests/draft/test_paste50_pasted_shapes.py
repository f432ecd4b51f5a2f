"""What the drafter finds on a pasted article with no blank line (paste50): the text goes
through the reading the editor's paste and ``quizapp draft`` use, and a hard-wrapped one
keeps its quotation, its cue and its speaker whole, as the same text with blank lines does."""

from __future__ import annotations

from quizapp.cli.draft import analysis_json
from quizapp.draft import analyze
from quizapp.sets.articles.reading import article_from_text

WRAPPED = (
    "Le maire défend son budget\n"
    "Le conseil municipal a voté mardi soir un budget en hausse de 4 %, malgré\n"
    "l'opposition. Le maire, Jean Lemoine, a défendu son projet. « Nous\n"
    "investissons dans les écoles et les transports, parce que la ville en a besoin »,\n"
    "a-t-il déclaré à l'issue de la séance.\n"
    "Le vote définitif aura lieu en mars."
)


def _found(text: str) -> tuple[str, list[tuple[str, str, str]]]:
    article = article_from_text(text)
    analysis = analyze(article.text, "fr")
    rows = [
        (a.kind, a.speaker, article.text[a.content[0] : a.content[1]])
        for a in analysis.attributions
    ]
    return article.text, rows


def test_a_wrapped_quotation_keeps_its_cue_and_speaker() -> None:
    _, rows = _found(WRAPPED)
    quoted = "Nous investissons dans les écoles et les transports, parce que la ville en a besoin"
    assert ("direct", "Jean Lemoine", quoted) in rows


def test_a_wrapped_paste_reads_as_the_text_with_blank_lines() -> None:
    lines = WRAPPED.split("\n")
    well = "\n\n".join([lines[0], " ".join(lines[1:5]), lines[5]])
    assert _found(WRAPPED) == _found(well)


def test_the_analysis_offsets_are_into_the_pasted_text() -> None:
    article = article_from_text(WRAPPED)
    found = analysis_json(analyze(article.text, "fr"), article.file_text)
    contents = [WRAPPED[a["content"][0] : a["content"][1]] for a in found["attributions"]]
    assert any(c.startswith("Nous\ninvestissons") and c.endswith("besoin") for c in contents)
