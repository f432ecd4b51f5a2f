"""What a set takes in when its article or a picture is brought in from a file: a title and
an id from the article's headline when the teacher gave none, and a picture copied into the
set's folder so the file names it by a relative path. Plain functions, no widget: moved out of
``file_actions`` (tidy23), which passed 300 lines.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from quizapp.sets.editing.commands import SetValue, slug_from
from quizapp.sets.set_title import article_set_title


def set_names_from(data: dict, headline: str, language: str = "") -> list[SetValue]:
    """A set with no title yet is named after its article's headline and what the student
    does with it (``set_title.article_set_title``), and its id after the headline (the teacher
    renames them at will): saving then leaves no "Fill in Title" and "Fill in Identifier" to
    a teacher who never named a file's id."""
    if str(data.get("title") or "").strip() or not headline.strip():
        return []
    names = [SetValue(("title",), article_set_title(headline, language))]
    if not str(data.get("id") or "").strip() and slug_from(headline):
        names.append(SetValue(("id",), slug_from(headline)))
    return names


def copy_into_set_folder(picture: Path, folder: Path) -> str:
    """Copy ``picture`` into ``folder/images`` (a new name if taken); its path for the file."""
    if picture.resolve().is_relative_to(folder.resolve()):
        return picture.resolve().relative_to(folder.resolve()).as_posix()
    images = folder / "images"
    images.mkdir(exist_ok=True)
    target = images / picture.name
    number = 2
    while target.exists():
        target = images / f"{picture.stem}-{number}{picture.suffix}"
        number += 1
    shutil.copyfile(picture, target)
    return target.relative_to(folder).as_posix()
