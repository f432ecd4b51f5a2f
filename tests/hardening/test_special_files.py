"""Class 1: a file that is not a regular file (a named pipe, a device) is refused at once with a
located message wherever the app opens a file, and question images are raster pictures only."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from quizapp.interchange.convert import import_file
from quizapp.results.handin.class_results import merge_files
from quizapp.sets.errors import LoadError
from quizapp.sets.loader import load_set
from tests.conftest import small_set_data
from tests.hardening.conftest import answer_record, attempt_record, results_file


def _png_1x1() -> bytes:
    """A valid one-pixel PNG, made here so that no binary file is needed."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PNG_1X1 = _png_1x1()
SVG_NESTED_USE = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
    '<defs><g id="a-1"><rect width="1" height="1"/></g>'
    + "".join(f'<g id="a{i}">' + f'<use xlink:href="#a{i - 1}"/>' * 10 + "</g>" for i in range(9))
    + '</defs><use xlink:href="#a8"/></svg>'
)


def _set_with_image(folder: Path, image: str) -> Path:
    data = small_set_data()
    data["questions"][0]["image"] = image
    path = folder / "set.quiz.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _message(path: Path) -> str:
    with pytest.raises(LoadError) as caught:
        load_set(path)
    return str(caught.value)


def test_a_named_pipe_as_the_set_file_is_refused_at_once(tmp_path: Path, make_fifo) -> None:
    fifo = make_fifo(tmp_path / "pipe.quiz.yaml")
    message = _message(fifo)
    assert f"{fifo}:1:1:" in message and "not a regular file" in message


def test_a_device_as_the_set_file_is_refused(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    assert "not a regular file" in _message(Path("/dev/zero"))


def test_a_named_pipe_as_an_image_is_a_located_problem(tmp_path: Path, make_fifo) -> None:
    (tmp_path / "images").mkdir()
    make_fifo(tmp_path / "images" / "pic.png")
    message = _message(_set_with_image(tmp_path, "images/pic.png"))
    assert "not a regular file" in message and "images/pic.png" in message


@pytest.mark.parametrize("name", ["pic.svg", "pic.png"])  # an SVG is refused by its content
def test_an_svg_image_is_refused_with_the_way_out(tmp_path: Path, name: str) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / name).write_text(SVG_NESTED_USE, encoding="utf-8")
    message = _message(_set_with_image(tmp_path, f"images/{name}"))
    assert "SVG" in message and "convert it to PNG" in message


def test_a_text_file_as_an_image_is_refused(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "pic.png").write_text("not a picture", encoding="utf-8")
    assert "PNG, JPEG, GIF or WebP" in _message(_set_with_image(tmp_path, "images/pic.png"))


def test_a_png_image_still_loads(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "pic.png").write_bytes(PNG_1X1)
    assert load_set(_set_with_image(tmp_path, "images/pic.png")).questions[0].image


def test_validate_says_what_is_wrong_with_an_svg(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "pic.svg").write_text(SVG_NESTED_USE, encoding="utf-8")
    path = _set_with_image(tmp_path, "images/pic.svg")
    done = subprocess.run(
        [sys.executable, "-m", "quizapp", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"LANG": "en_US.UTF-8", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1 and "convert it to PNG" in done.stderr


def test_a_named_pipe_to_import_is_refused_at_once(tmp_path: Path, make_fifo) -> None:
    fifo = make_fifo(tmp_path / "bank.gift")
    with pytest.raises(LoadError) as caught:
        import_file(fifo)
    assert "not a regular file" in str(caught.value)


def test_a_named_pipe_among_results_files_is_named_and_the_rest_merges(
    tmp_path: Path, make_fifo
) -> None:
    good = tmp_path / "alice.json"
    attempt = attempt_record("u1", "Alice", [answer_record()])
    good.write_text(json.dumps(results_file("Alice", [attempt])), encoding="utf-8")
    fifo = make_fifo(tmp_path / "bruno.json")
    results = merge_files([fifo, good])
    assert results.files_read == 1 and len(results.students) == 1
    assert any("not a regular file" in problem for problem in results.problems)


def test_every_command_refuses_a_named_pipe_at_once(
    tmp_path: Path, make_fifo, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizapp.cli.main import main

    fifo = make_fifo(tmp_path / "pipe.quiz.yaml")
    out = tmp_path / "out"
    for command in (
        ["validate", str(fifo)],
        ["import", str(fifo), "-o", f"{out}.quiz.yaml"],
        ["export", str(fifo), "--to", "gift", "-o", f"{out}.gift"],
        ["results", "merge", str(fifo), "-o", f"{out}.csv"],
    ):
        assert main(command) == 1
        said = capsys.readouterr().err
        assert "not a regular file" in said and "internal error" not in said, command
