"""No file in tests/data reaches ``internal error``: every command on every file ends in a result
or in located messages (issue 11). New test data is covered as soon as it is added."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli.main import main

DATA = Path(__file__).resolve().parent / "data"
FILES = sorted(path for path in DATA.rglob("*") if path.is_file())
FOLDERS = sorted({path.parent for path in FILES})


def _commands(path: Path, out: Path) -> list[list[str]]:
    return [
        ["validate", str(path)],
        ["import", str(path), "-o", str(out / "imported.quiz.yaml"), "--force"],
        ["export", str(path), "--to", "gift", "-o", str(out / "set.gift"), "--force"],
        ["export", str(path), "--to", "moodle-xml", "-o", str(out / "set.xml"), "--force"],
        ["results", "merge", str(path), "-o", str(out / "class.csv"), "--force"],
    ]


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(DATA)) for p in FILES])
def test_every_command_ends_in_a_result_or_a_message(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in _commands(path, tmp_path):
        code = main(command)
        said = capsys.readouterr()
        assert "internal error" not in said.err + said.out, (command, said.err[-500:])
        assert code in (0, 1), (command, code)
        assert "\x1b" not in said.err + said.out, command


def test_validate_and_merge_whole_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert len(FILES) > 150
    files = [str(path) for path in FILES]
    for command in (
        ["validate", *map(str, FOLDERS)],
        ["results", "merge", *files, "-o", str(tmp_path / "class.csv")],
    ):
        assert main(command) in (0, 1)
        said = capsys.readouterr()
        assert "internal error" not in said.err + said.out
