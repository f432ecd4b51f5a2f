"""GIFT import as Moodle reads it, GIFT export, and the round trip between them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from interchange_helpers import DATA, moodle_view

from quizapp.interchange.convert import export_set, import_file, set_to_yaml
from quizapp.interchange.gift import read_gift
from quizapp.model import QuizSet
from quizapp.sets.builtin import builtin_set_paths
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set


def _by_id(quizset: QuizSet) -> dict:
    return {question.id: question for question in quizset.questions}


def test_moodle_fixture_imports_as_moodle_reads_it() -> None:
    result = import_file(DATA / "moodle-fixture.gift.txt")
    questions = _by_id(result.quizset)
    assert list(questions) == ["moodle-activities", "q2", "colours", "q1", "2-08-tsl", "2-08-tsl-2"]
    match = questions["moodle-activities"]
    assert match.prompt == "Match the activity to the description."
    assert (match.pairs[0].left, match.pairs[0].right) == (
        "An activity supporting asynchronous discussions.",
        "Forum",
    )
    assert [p.right for p in match.pairs] == ["Forum", "Choice", "Database", "Wiki"]
    assert match.distractors == ["Chat"]
    q2 = questions["q2"]
    assert q2.type == "single_choice"
    assert [(o.text, o.correct, o.feedback) for o in q2.options] == [
        ("yellow", True, "right; good!"),
        ("red", False, "wrong, it's yellow"),
        ("blue", False, "wrong, it's yellow"),
    ]
    colours = questions["colours"]
    assert colours.type == "multiple_choice"
    assert [o.text for o in colours.options if o.correct] == ["yellow", "off-beige"]
    assert questions["q1"].answer is False
    assert questions["q1"].explanation.startswith("42 is the Ultimate Answer.")
    assert "Hitchiker's Guide" in questions["q1"].explanation
    assert questions["2-08-tsl"].answer is True and questions["2-08-tsl-2"].answer is True


def test_moodle_fixture_names_every_unsupported_question() -> None:
    report = import_file(DATA / "moodle-fixture.gift.txt").report
    skipped = {(item.name.split(" (")[0], item.kind) for item in report.skipped}
    assert skipped == {('"Q8"', "essay"), ('"Q5"', "numerical"), ('"Shortanswer"', "short answer")}
    text = "\n".join(report.lines())
    assert "6 question(s) imported, 3 skipped" in text
    assert "ignored '\";' after the closing brace" in text


def test_imported_set_is_written_as_yaml_that_loads(tmp_path: Path) -> None:
    result = import_file(DATA / "teacher.gift", language="fr")
    target = tmp_path / "teacher.quiz.yaml"
    target.write_text(set_to_yaml(result.quizset), encoding="utf-8")
    assert load_set(target) == result.quizset


def test_teacher_file_with_bom_crlf_accents_and_curly_quotes() -> None:
    result = import_file(DATA / "teacher.gift", language="fr")
    questions = _by_id(result.quizset)
    assert result.quizset.language == "fr"
    who = questions["qui-parle"]
    assert who.prompt == "Dans l’article, qui affirme que le projet est « une erreur » ?"
    assert who.explanation == "Une citation entre « guillemets » suivie d’un nom : source nommée."
    assert who.tags == ["sources"]
    vague = questions["sources-vagues"]
    assert vague.prompt == "Parmi ces formules,\nlesquelles désignent une source vague ?"
    assert [o.correct for o in vague.options] == [True, True, False]
    assert vague.options[2].feedback == "Elle est nommée !"


def test_escapes_html_markers_and_missing_words() -> None:
    questions = _by_id(import_file(DATA / "teacher.gift").quizset)
    escaped = questions["echappements"]
    assert escaped.prompt == "Que vaut l’expression 2 = 1 \\+ 1 {vrai} : ~ note #1 ?"
    assert escaped.options[0].text == "Une égalité ~ juste"
    assert questions["qui-dit-quoi"].prompt == "Associez chaque propos à sa source\u00a0:"
    assert questions["qui-dit-quoi"].distractors == ["Le préfet"]
    blank = questions["mot-manquant"]
    assert blank.prompt == "Une source qui n’est pas nommée est dite _____ par les journalistes."
    assert [o.text for o in blank.options if o.correct] == ["anonyme"]
    tf = questions["fait-ou-opinion"]
    assert tf.answer is True and tf.explanation == "Relisez : c’est un événement public."
    assert questions["fait-ou-opinion-2"].answer is False


def test_broken_file_names_each_line() -> None:
    with pytest.raises(LoadError) as caught:
        import_file(DATA / "broken.gift")
    where = [(problem.line, problem.col) for problem in caught.value.problems]
    assert where == [(4, 48), (10, 4), (13, 26)]
    assert "never closed" in caught.value.problems[0].message
    assert str(caught.value).splitlines()[1].startswith(f"{DATA / 'broken.gift'}:10:4: ")


def _gift_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bank.gift"
    path.write_text(text, encoding="utf-8")
    return path


def test_lowercase_true_is_a_short_answer_with_a_hint(tmp_path: Path) -> None:
    path = _gift_file(tmp_path, "::a::Vrai ?{true}\n\n::b::Faux ?{FALSE}\n")
    report = import_file(path).report
    assert report.imported == ["b"]
    assert "write TRUE in capitals" in report.skipped[0].reason


def test_single_answer_with_two_full_marks_is_skipped_with_the_reason(tmp_path: Path) -> None:
    path = _gift_file(tmp_path, "::two::Lequel ?{=a =b ~c}\n\n::one::Lequel ?{=a ~b}\n")
    report = import_file(path).report
    assert report.imported == ["one"]
    assert "exactly one option" in report.skipped[0].reason


def test_text_after_the_braces_is_a_missing_word_sentence(tmp_path: Path) -> None:
    path = _gift_file(tmp_path, "::mw::Grant est enterré {=ici ~là}.\n")
    assert import_file(path).quizset.questions[0].prompt == "Grant est enterré _____."


def test_a_file_without_usable_questions_is_an_error(tmp_path: Path) -> None:
    path = _gift_file(tmp_path, "// rien\n::essai::Racontez.{}\n")
    with pytest.raises(LoadError, match="no question quizapp can use"):
        import_file(path)


def _round_trip(quizset: QuizSet, file_format: str, tmp_path: Path) -> QuizSet:
    text, report = export_set(quizset, file_format)
    suffix = ".gift" if file_format == "gift" else ".xml"
    path = tmp_path / f"export{suffix}"
    path.write_text(text, encoding="utf-8")
    back = import_file(path, language=quizset.language).quizset
    assert [q.id for q in back.questions] == report.exported
    return back


@pytest.mark.parametrize("file_format", ["gift", "moodle-xml"])
def test_round_trip_keeps_every_supported_question(
    small_quiz: QuizSet, file_format: str, tmp_path: Path
) -> None:
    _, report = export_set(small_quiz, file_format)
    assert [skipped.question_id for skipped in report.skipped] == ["where"]
    back = _round_trip(small_quiz, file_format, tmp_path)
    originals = [q for q in small_quiz.questions if q.type != "locate"]
    assert [moodle_view(back, q) for q in back.questions] == [
        moodle_view(small_quiz, q) for q in originals
    ]


@pytest.mark.parametrize("file_format", ["gift", "moodle-xml"])
def test_round_trip_of_the_builtin_sets(file_format: str, tmp_path: Path) -> None:
    paths = builtin_set_paths()
    assert paths, "the built-in sets are missing"
    for path in paths:
        original = load_set(path)
        back = _round_trip(original, file_format, tmp_path)
        kept = [q for q in original.questions if q.type != "locate"]
        assert len(back.questions) == len(kept)
        for before, after in zip(kept, back.questions, strict=True):
            assert moodle_view(back, after) == moodle_view(original, before), before.id


_GIFT_TOKENS = [*"ab é«»’{}=~#:\\[]-><%&;/", "[html]", "->", "####", "&amp;", "<b>", "\\n"]
_GIFT_HOSTILE = st.lists(st.sampled_from(_GIFT_TOKENS), min_size=1, max_size=15).map(
    lambda tokens: " ".join("".join(tokens).split())
)


@settings(max_examples=150, deadline=None)
@given(prompt=_GIFT_HOSTILE, right=_GIFT_HOSTILE, wrong=_GIFT_HOSTILE)
def test_gift_export_escapes_any_text(prompt: str, right: str, wrong: str) -> None:
    """Whatever a teacher typed comes back unchanged (spaces folded), however GIFT-like it is."""
    if not (prompt and right and wrong) or right == wrong:
        return
    data = {
        "schema_version": 1,
        "id": "t",
        "title": "t",
        "language": "fr",
        "questions": [
            {
                "id": "q",
                "type": "single_choice",
                "prompt": prompt,
                "options": [{"text": right, "correct": True}, {"text": wrong}],
            }
        ],
    }
    quizset = QuizSet.model_validate(data)
    text, _ = export_set(quizset, "gift")
    draft = read_gift(text, Path("t.gift")).drafts[0]
    assert draft.data["prompt"] == prompt
    assert [o["text"] for o in draft.data["options"]] == [right, wrong]


@settings(max_examples=100, deadline=None)
@given(lefts=st.lists(_GIFT_HOSTILE, min_size=2, max_size=4, unique=True), right=_GIFT_HOSTILE)
def test_gift_export_of_matching_and_true_false(lefts: list[str], right: str) -> None:
    """Pairs and a true/false explanation come back unchanged, or the report says why not."""
    if not right or not all(lefts):
        return
    pairs = [{"left": left, "right": f"{right} {n}"} for n, left in enumerate(lefts)]
    questions = [
        {"id": "m", "type": "match", "prompt": "Qui ?", "pairs": pairs},
        {"id": "t", "type": "true_false", "prompt": right, "answer": True, "explanation": right},
    ]
    data = {"schema_version": 1, "id": "t", "title": "t", "language": "fr", "questions": questions}
    text, report = export_set(QuizSet.model_validate(data), "gift")
    if any("->" in left for left in lefts):
        assert any("contains '->'" in str(note) for note in report.notes)
        return
    match, true_false = read_gift(text, Path("t.gift")).drafts
    assert match.data["pairs"] == pairs
    assert (true_false.data["prompt"], true_false.data["explanation"]) == (right, right)
    assert true_false.data["answer"] is True


def test_option_text_that_starts_like_a_weight_survives_the_round_trip(tmp_path: Path) -> None:
    quizset = QuizSet.model_validate(
        {
            "schema_version": 1, "id": "rt", "title": "Round trip", "language": "fr",
            "questions": [{
                "id": "q1", "type": "single_choice", "prompt": "Which?",
                "options": [{"text": "%50%wrong"}, {"text": "%right", "correct": True}],
            }],
        }
    )  # fmt: skip
    back = _round_trip(quizset, "gift", tmp_path)
    options = back.questions[0].options  # type: ignore[union-attr]
    assert [(o.text, o.correct) for o in options] == [("%50%wrong", False), ("%right", True)]
