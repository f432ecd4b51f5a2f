"""What is wrong with a set's image files on disk: outside the set's folder, missing, not a
regular file, not a raster picture. The loader says where each problem stands in the file;
this module only looks at the files (moved out of loader.py, which passed 300 lines: ui37).
"""

from __future__ import annotations

from pathlib import Path

from quizapp.model import Problem, QuizSet
from quizapp.sets.files.set_files import MISSING, NOT_REGULAR, OUTSIDE, file_inside, image_kind


def image_problems(quiz: QuizSet, folder: Path) -> list[Problem]:
    """One problem per question whose image is not a usable picture inside ``folder``."""
    problems = []
    for index, question in enumerate(quiz.questions):
        if question.image is not None:
            problem = _image_problem(folder, question.image, ("questions", index, "image"))
            if problem is not None:
                problems.append(problem)
    return problems


def _image_problem(folder: Path, image: str, loc: tuple) -> Problem | None:
    """What is wrong with one question's image file, if anything."""
    found, where = file_inside(folder, image)
    if where == OUTSIDE:
        return Problem.of(
            loc, "image_link_outside", "the image leads outside the set's folder (through a link)"
        )
    if where == MISSING:
        return Problem.of(loc, "image_missing", "image file not found: {path}", path=image)
    if where == NOT_REGULAR or found is None:
        return Problem.of(
            loc,
            "image_not_regular",
            "the image is not a regular file (a pipe, a device or a socket): {path}",
            path=image,
        )
    return _image_kind_problem(found, image, loc)


def _image_kind_problem(found: Path, image: str, loc: tuple) -> Problem | None:
    """Only raster pictures: an SVG can load other files and take unbounded time to draw."""
    try:
        kind = image_kind(found)
    except OSError:
        return Problem.of(loc, "image_missing", "image file not found: {path}", path=image)
    if kind == "SVG":
        return Problem.of(
            loc,
            "image_svg",
            "SVG images are not supported (they can load other files and take long to draw): "
            "convert it to PNG: {path}",
            path=image,
        )
    if not kind:
        return Problem.of(
            loc,
            "image_not_raster",
            "the image is not a PNG, JPEG, GIF or WebP picture; convert it to PNG: {path}",
            path=image,
        )
    return None
