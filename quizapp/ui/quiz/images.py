"""Reading a question's image safely: only from inside the set's folder, and never too big.

A question file is untrusted: its image path could point at a huge file, out of its folder
through a symbolic link, at a named pipe, at an SVG that loads other files, or at a
decompression bomb. Each of these is refused quietly (the question still works without its
picture); the decoder is named from the file's first bytes, so Qt never guesses SVG.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QImageReader, QPixmap

from quizapp.sets.files.set_files import RASTER_KINDS, file_inside, image_kind, read_regular

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_DECODED_MEGABYTES = 64


def load_image(set_dir: Path, relative: str, max_bytes: int = MAX_IMAGE_BYTES) -> QPixmap | None:
    """The question's picture, or None when it is missing, outside, too big or unreadable."""
    path, _ = file_inside(set_dir, relative)
    if path is None:
        return None
    try:
        kind = image_kind(path)  # raster only: an SVG may load other files or draw for minutes
        data = read_regular(path, max_bytes) if kind in RASTER_KINDS else b""
    except OSError:  # unreadable (permissions, a failing disk), or a pipe or a device
        return None
    if not data or len(data) > max_bytes:
        return None
    QImageReader.setAllocationLimit(MAX_DECODED_MEGABYTES)
    image = QImage.fromData(QByteArray(data), kind.lower())  # type: ignore[arg-type]
    return None if image.isNull() else QPixmap.fromImage(image)
