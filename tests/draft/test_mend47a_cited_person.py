"""« citer » with an object that names a person (made-up sentences, mend47a): the person is
the one whose words are cited, never what is said. « Le maire cite Victor Hugo : « … » »
gives the quotation to Victor Hugo, with no finding whose content is the name; « le député
cite Jean Jaurès et rend hommage… » reports nothing. A thing cited (« cite l'exemple d'un
élève… ») is still what the subject says."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


def test_a_person_cited_before_a_quotation_is_its_speaker() -> None:
    text = "Le maire cite Victor Hugo : « Ceux qui vivent sont ceux qui luttent. »"
    assert _found(text) == [("Ceux qui vivent sont ceux qui luttent.", "Victor Hugo", "direct")]


def test_a_person_cited_with_nothing_quoted_is_no_finding() -> None:
    text = "Dans son discours, le député cite Jean Jaurès et rend hommage aux anciens."
    assert _found(text) == []


def test_a_thing_cited_is_still_what_is_said() -> None:
    text = "Le proviseur cite l'exemple d'un élève qui a trouvé un emploi grâce au stage."
    assert [speaker for _, speaker, _ in _found(text)] == ["Le proviseur"]
