"""``quizapp draft``: a valid drafted set from a .txt article, the analysis JSON, no overwrite."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.draft.drafting.questions import DRAFT_TAG
from quizapp.sets.loader import load_set
from quizapp.sets.set_title import header_title

ARTICLE = (
    "Le maire sous pression\n\n"
    "Un proche du maire a confié à l'AFP que la démission était «imminente». "
    "«Je resterai», a déclaré le maire, Jean Morel, mardi.\n\n"
    "Certains élus estiment que la ville est paralysée."
)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_draft_writes_a_valid_set_and_the_analysis(article: Path, capsys) -> None:
    output, analysis = article.with_name("d.quiz.yaml"), article.with_name("a.json")
    code = main(["draft", str(article), "-o", str(output), "--analysis", str(analysis)])
    assert code == 0, capsys.readouterr().err
    quiz = load_set(output)
    assert quiz.questions and all(q.id.startswith("draft-") for q in quiz.questions)
    assert quiz.article is not None and quiz.article.title == "Le maire sous pression"
    data = json.loads(analysis.read_text(encoding="utf-8"))
    assert data["language"] == "fr"
    labels = {a["label"] for a in data["attributions"]}
    assert labels == {"named", "anonymous", "vague"}
    text = quiz.article.text
    for found in data["attributions"]:
        start, end = found["content"]
        assert text[start:end].strip()
    headline = [
        c for c in data["unattributed"] if text[slice(*c["span"])] == "Le maire sous pression"
    ]
    assert headline and headline[0]["label"] == "author"
    assert "draft questions" in capsys.readouterr().out


def test_draft_refuses_to_overwrite_without_force(article: Path, capsys) -> None:
    output = article.with_name("d.quiz.yaml")
    output.write_text("mine", encoding="utf-8")
    assert main(["draft", str(article), "-o", str(output)]) == 2
    assert output.read_text(encoding="utf-8") == "mine"
    assert "--force" in capsys.readouterr().err
    assert main(["draft", str(article), "-o", str(output), "--force", "--language", "fr"]) == 0


def test_draft_reports_an_unreadable_article(tmp_path: Path, capsys) -> None:
    code = main(["draft", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "d.quiz.yaml")])
    assert code == 1
    assert "missing.txt" in capsys.readouterr().err


def test_draft_never_imports_qt(article: Path) -> None:
    output = str(article.with_name("q.quiz.yaml"))
    script = (
        "import sys; from quizapp.cli import main; "
        f"code = main(['draft', {str(article)!r}, '-o', {output!r}]); "
        "assert code == 0; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'"
    )
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True)


def test_draft_report_counts_questions_by_kind_and_statements_by_label(article, capsys) -> None:
    """teacher16 read « sources 4 (nommées 7, …) »: speakers before the brackets, statements
    in them. The report says each count of what it names, the questions by kind too."""
    output = article.with_name("d.quiz.yaml")
    assert main(["draft", str(article), "-o", str(output), "--language", "fr"]) == 0
    lines = capsys.readouterr().out.splitlines()
    quiz = load_set(output)
    kinds = re.search(r"who said it (\d+), true or false (\d+), classify (\d+), match (\d+), "
                      r"locate (\d+); to check (\d+)", lines[1])  # fmt: skip
    assert kinds is not None and sum(map(int, kinds.groups()[:5])) == len(quiz.questions)
    assert int(kinds[6]) <= len(quiz.questions)
    found = re.search(r"attributed statements (\d+) \(named (\d+), anonymous (\d+), vague "
                      r"(\d+)\) from (\d+) speakers", lines[2])  # fmt: skip
    assert found is not None
    statements, named, anonymous, vague, speakers = map(int, found.groups())
    assert statements == named + anonymous + vague == 3 and speakers == 3


def test_a_drafted_set_is_titled_as_the_editor_titles_one(article: Path, capsys) -> None:
    """tidy34: the command titled its set « Brouillon : <headline> » and the editor « <headline>
    : qui dit quoi ? »; both follow set_title now, so the quiz's header shows the task alone
    and not the headline the article beside it shows already. Each question stays a draft."""
    output = article.with_name("d.quiz.yaml")
    assert main(["draft", str(article), "-o", str(output), "--language", "fr"]) == 0
    quiz = load_set(output)
    assert quiz.title == "Le maire sous pression\u00a0: qui dit quoi\u00a0?"
    assert header_title(quiz) == "Qui dit quoi\u00a0?"
    assert all(q.id.startswith("draft-") and DRAFT_TAG in q.tags for q in quiz.questions)
    assert quiz.id.endswith("-draft")


def test_an_english_drafted_set_is_titled_in_english(tmp_path: Path, capsys) -> None:
    path = tmp_path / "story.txt"
    path.write_text(
        "Mayor under pressure\n\n"
        '"I will stay," the mayor, John Moore, said on Tuesday.\n\n'
        "An aide to the mayor told Reuters that the resignation was imminent.",
        encoding="utf-8",
    )
    output = tmp_path / "d.quiz.yaml"
    assert main(["draft", str(path), "-o", str(output), "--language", "en"]) == 0
    quiz = load_set(output)
    assert quiz.title == "Mayor under pressure: who says what?"
    assert header_title(quiz) == "Who says what?"
