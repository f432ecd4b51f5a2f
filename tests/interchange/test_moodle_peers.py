"""Files written by a real Moodle 4.5, and what quizapp writes for it, without surprises.

The peers' files (tests/data/interchange/moodle-4.5, see its README) must import with every
difference named in the report; quizapp's exports must not hold what makes Moodle refuse or
alter a file, and what Moodle cannot keep is said in the export report.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.interchange.convert import export_set, import_file
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set, validate_data

DATA = Path(__file__).resolve().parent.parent / "data" / "interchange"
PEERS = DATA / "moodle-4.5"
BUILTIN = Path(__file__).resolve().parents[2] / "questions" / "stargate-musk.fr.quiz.yaml"
SKIPPED = ["Description", "Rédaction", "Numérique", "Réponse courte"]


@pytest.mark.parametrize("name", ["native.xml", "native.gift"])
def test_moodle_native_questions_come_in_with_every_difference_named(name: str) -> None:
    result = import_file(PEERS / name, "fr")
    report = "\n".join(result.report.lines())
    assert len(result.quizset.questions) == 7
    assert [item.name.split(" (")[0].strip('"') for item in result.report.skipped] == SKIPPED
    assert "mc-plusieurs-poids-inegaux: Moodle's weights (66.6667%, 33.3333%, -100%, 0%)" in report
    assert "partial credit (50%) of 'Réponse\xa0D à moitié' dropped" in report
    rich = next(q for q in result.quizset.questions if q.id == "mc-html-riche")
    assert "\n• point un\n• point deux\n" in rich.prompt  # lists keep their bullets
    assert "lien (https://example.org)" in rich.prompt  # links keep their address
    assert set(rich.tags) >= {"natif", "html"}  # GIFT reads Moodle 4.5's // [tag:...] lines


def test_moodle_xml_settings_quizapp_has_not_are_named() -> None:
    report = "\n".join(import_file(PEERS / "native.xml", "fr").report.lines())
    assert (
        "mc-html-riche: the combined feedback (correctfeedback, partiallycorrectfeedback" in report
    )
    assert "mc-html-riche: 2 hint(s) left out: quizapp has no hints" in report
    assert "mc-plusieurs-poids-inegaux: Moodle keeps this question's answers in order" in report


def test_both_moodle_exports_of_one_bank_import_alike() -> None:
    from_xml = import_file(PEERS / "stargate-roundtrip.xml", "fr")
    from_gift = import_file(PEERS / "stargate-roundtrip.gift", "fr")
    for result in (from_xml, from_gift):
        assert len(result.quizset.questions) == 37
        assert result.report.skipped == [] and result.report.notes == []
    points = {q.id: q.points for q in from_xml.quizset.questions}
    assert points["classify-paragraph-1"] == 2  # Moodle XML keeps points, GIFT cannot
    for xml_question, gift_question in zip(
        from_xml.quizset.questions, from_gift.quizset.questions, strict=True
    ):
        assert xml_question.model_dump(exclude={"points"}) == gift_question.model_dump(
            exclude={"points"}
        )


def test_an_answer_whose_text_starts_like_a_weight_keeps_the_weight_of_the_xml(
    tmp_path: Path,
) -> None:
    bank = tmp_path / "soldes.xml"
    bank.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><quiz><question type="multichoice">'
        "<name><text>Soldes</text></name><questiontext><text>Quelle offre ?</text>"
        "</questiontext><single>true</single>"
        '<answer fraction="100"><text>Aucune</text></answer>'
        '<answer fraction="0"><text>%50% de réduction</text></answer></question></quiz>',
        encoding="utf-8",
    )
    result = import_file(bank, "fr")
    options = result.quizset.questions[0].options
    assert [(o.text, o.correct) for o in options] == [
        ("Aucune", True),
        ("%50% de réduction", False),
    ]
    assert result.report.notes == []
    gift, _ = export_set(result.quizset, "gift")
    assert "~%0%%50% de réduction" in gift  # and Moodle reads it back at 0 %


def test_gift_export_writes_the_category_as_moodle_reads_it_and_tags_both_ways(
    tmp_path: Path,
) -> None:
    quiz = load_set(BUILTIN)
    data = quiz.model_dump(mode="json")
    data["title"] = "Musk / Trump : qui dit quoi ?"
    gift, report = export_set(validate_data(data, BUILTIN), "gift")
    assert gift.startswith("$CATEGORY: $course$/top/Musk // Trump : qui dit quoi ?\n")
    assert "// [tag:attribution] [tag:anonymous-source]" in gift
    path = tmp_path / "back.gift"
    path.write_text(gift, encoding="utf-8")
    back = {q.id: q for q in import_file(path, "fr").quizset.questions}
    for question in quiz.questions:
        if question.id in back:
            assert set(question.tags) <= set(back[question.id].tags), question.id
    assert "musk-trump-qui-dit-quoi" in back["who-emballe"].tags  # '//' is not a sub-category
    xml, _ = export_set(validate_data(data, BUILTIN), "moodle-xml")
    assert "<text>$course$/top/Musk // Trump : qui dit quoi ?</text>" in xml
    notes = "\n".join(report.lines())
    assert "GIFT has no place for points: Moodle will give it 1 point, not 2" in notes
    assert "Moodle shuffles all the options; 'pin: true' of" in notes
    assert "the claims' own explanations are not exported" in notes


def _set_with(tmp_path: Path, questions: str, title: str = "Refus") -> Path:
    path = tmp_path / "refus.quiz.yaml"
    path.write_text(
        f'schema_version: 1\nid: refus\ntitle: "{title}"\nlanguage: fr\nquestions:\n{questions}',
        encoding="utf-8",
    )
    return path


def test_what_moodle_refuses_is_caught_at_export_with_its_line(tmp_path: Path) -> None:
    options = "".join(f"      - {{text: o{n}, correct: true}}\n" for n in range(11))
    long_right = "r" * 256
    path = _set_with(
        tmp_path,
        "  - id: onze\n    type: multiple_choice\n    prompt: Cochez tout\n    options:\n"
        + options
        + f"  - id: paires\n    type: match\n    prompt: Associez\n    pairs:\n"
        f"      - {{left: a, right: {long_right}}}\n      - {{left: b, right: c}}\n",
        title="t" * 256,
    )
    with pytest.raises(LoadError) as caught:
        export_set(load_set(path), "moodle-xml", source=path)
    said = [(p.line, p.col, p.message[:40]) for p in caught.value.problems]
    assert said == [
        (3, 8, "Moodle stores at most 255 characters her"),
        (10, 7, "11 right options make each one worth 9.0"),
        (25, 26, "Moodle stores at most 255 characters her"),
    ]


def test_what_moodle_alters_is_named_at_its_line(tmp_path: Path) -> None:
    path = _set_with(
        tmp_path,
        "  - id: paires\n    type: match\n    prompt: Associez\n    pairs:\n"
        '      - {left: a, right: "<b>X</b>"}\n      - {left: b, right: "A & <B"}\n',
    )
    _, report = export_set(load_set(path), "moodle-xml", source=path)
    assert report.notes == [
        f"{path}:10:26: Moodle removes '<b>' from a matching question's right-hand text when "
        "it shows it: write it without < >",
        f"{path}:11:26: Moodle drops the space in '& <' (between two characters its XML "
        "writes as codes): add a word between them or remove the space",
    ]
