"""Moodle XML import (parsed safely), export, and what Moodle cannot hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from interchange_helpers import DATA

from quizapp.interchange.convert import export_set, import_file
from quizapp.interchange.moodle_xml import read_moodle_xml
from quizapp.model import QuizSet
from quizapp.sets.errors import LoadError


def _questions(path: Path) -> dict:
    return {q.id: q for q in import_file(path, language="fr").quizset.questions}


def test_teacher_bank_with_bom_crlf_html_and_entities() -> None:
    questions = _questions(DATA / "teacher.xml")
    assert list(questions) == ["qui-parle", "sources-vagues", "fait-ou-opinion", "qui-dit-quoi"]
    who = questions["qui-parle"]
    assert who.prompt == "Qui affirme que le projet est «\u00a0une erreur\u00a0» ?"
    assert who.explanation == "Une citation suivie d’un nom : source nommée."
    assert who.points == 2
    assert who.tags == ["attribution", "sources-anonymes", "sources-citations"]
    assert [(o.text, o.correct) for o in who.options] == [
        ("Le ministre, cité nommément", True),
        ("Un conseiller <anonyme>", False),
        ("Le journal lui-même", False),
    ]
    assert who.options[0].feedback == "Oui\u202f: il est nommé."


def test_multiple_response_true_false_and_matching() -> None:
    questions = _questions(DATA / "teacher.xml")
    vague = questions["sources-vagues"]
    assert vague.type == "multiple_choice"
    assert vague.prompt == "Parmi ces formules,\nlesquelles désignent une source vague ?"
    assert [o.correct for o in vague.options] == [True, True, False]
    tf = questions["fait-ou-opinion"]
    assert tf.answer is True
    assert tf.explanation == "Relisez : c’est un événement public."
    match = questions["qui-dit-quoi"]
    assert [(p.left, p.right) for p in match.pairs] == [
        ("« Nous avons tenu parole »", "La maire"),
        ("Le chantier coûtera plus cher", "Un agent anonyme"),
    ]
    assert match.distractors == ["Le préfet"] and match.points == 3


def test_unsupported_types_are_named_and_losses_noted() -> None:
    report = import_file(DATA / "teacher.xml").report
    assert [(s.name, s.kind) for s in report.skipped] == [
        ('"Réflexion"', "essay"),
        ('"Combien ?"', "numerical"),
        ('"Texte à trous"', "cloze (embedded answers)"),
        ('"Réponse courte"', "short answer"),
        ('"Consignes"', "description"),
    ]
    notes = "\n".join(report.notes)
    assert "qui-parle: 1 embedded image(s) dropped" in notes
    assert "'Exact.'" in notes


def _xml(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "bank.xml"
    path.write_text(body, encoding="utf-8")
    return path


def test_malformed_xml_names_its_line(tmp_path: Path) -> None:
    path = _xml(tmp_path, "<quiz>\n  <question type='truefalse'>\n  </quiz>\n")
    with pytest.raises(LoadError) as caught:
        import_file(path)
    problem = caught.value.problems[0]
    assert (problem.line, problem.message.split(":")[0]) == (3, "not well-formed XML")


def test_entity_expansion_is_refused(tmp_path: Path) -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<quiz>&b;</quiz>\n'
    )
    with pytest.raises(LoadError, match="refused for safety"):
        import_file(_xml(tmp_path, bomb))


def test_other_xml_is_not_taken_for_a_bank(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="root element is <html>"):
        import_file(_xml(tmp_path, "<html><body/></html>"))


def test_export_weights_and_classify_as_matching(small_quiz: QuizSet) -> None:
    text, report = export_set(small_quiz, "moodle-xml")
    assert report.exported == ["who", "partners", "tf", "labels", "pairs"]
    assert str(report.skipped[0]).startswith("where: locate questions")
    assert text.count('fraction="33.33333"') == 3 and 'fraction="-33.33333"' in text
    assert "<text>Anonymous source</text>" in text
    assert "<text>The outlet itself</text>" in text  # unused label offered as an extra choice
    assert "<tags>\n      <tag>\n        <text>attribution</text>" in text


def test_gift_export_uses_moodle_syntax(small_quiz: QuizSet) -> None:
    text, _ = export_set(small_quiz, "gift")
    assert "::who::Qui dit que Musk s'était emballé ?{" in text
    assert "\t~%33.33333%OpenAI" in text and "\t~%-33.33333%Tesla" in text
    assert "\t= -> Donald Trump" in text
    assert "::tf::Altman est cité nommément.{\n\tTRUE\n}" in text
    assert "::where::" not in text and "::labels::" in text


_XML_TOKENS = [*"ab é«»’<>&;\"'", "]]>", "<b>", "&amp;", "<!--", "\x0b", "\n"]
_XML_HOSTILE = st.lists(st.sampled_from(_XML_TOKENS), min_size=1, max_size=15).map("".join)


@settings(max_examples=150, deadline=None)
@given(prompt=_XML_HOSTILE, left=_XML_HOSTILE)
def test_xml_export_carries_any_text(prompt: str, left: str) -> None:
    """Markup-like text comes back as the same plain text (spaces folded, control chars gone)."""
    expected_prompt = _folded(prompt)
    expected_left = _folded(left)
    if not expected_prompt or not expected_left or expected_left == "x":
        return
    pairs = [{"left": left, "right": "A"}, {"left": "x", "right": "B"}]
    question = {"id": "q", "type": "match", "prompt": prompt, "pairs": pairs}
    data = {"schema_version": 1, "id": "t", "title": "t", "language": "fr", "questions": [question]}
    text, _ = export_set(QuizSet.model_validate(data), "moodle-xml")
    draft = read_moodle_xml(text.encode("utf-8"), Path("t.xml")).drafts[0]
    assert draft.data["prompt"] == expected_prompt
    assert draft.data["pairs"][0]["left"] == expected_left


def _folded(text: str) -> str:
    lines = [" ".join(line.replace("\x0b", "").split()) for line in text.split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    return "\n".join(kept).strip()


def test_an_unknown_encoding_is_a_located_message_not_a_crash(tmp_path: Path) -> None:
    from quizapp.interchange.moodle_xml import read_moodle_xml

    data = b'<?xml version="1.0" encoding="bogus"?><quiz/>'
    with pytest.raises(LoadError, match="cannot be decoded: unknown encoding: bogus"):
        read_moodle_xml(data, tmp_path / "bank.xml")
