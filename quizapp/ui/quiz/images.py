"""Reading a question's image safely: only from inside the set's folder, and never too big.

A question file is untrusted: its image path could point at a huge file, out of its folder
through a symbolic link, or at a decompression bomb. Each of these is refused quietly (the
question still works without its picture).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QImage, QImageReader, QPixmap

from quizapp.sets.set_files import file_inside

MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_DECODED_MEGABYTES = 64


def load_image(set_dir: Path, relative: str, max_bytes: int = MAX_IMAGE_BYTES) -> QPixmap | None:
    """The question's picture, or None when it is missing, outside, too big or unreadable."""
    path, _ = file_inside(set_dir, relative)
    if path is None:
        return None
    try:
        with path.open("rb") as stream:
            data = stream.read(max_bytes + 1)
    except OSError:  # unreadable (permissions, a failing disk)
        return None
    if len(data) > max_bytes:
        return None
    QImageReader.setAllocationLimit(MAX_DECODED_MEGABYTES)
    image = QImage.fromData(QByteArray(data))
    return None if image.isNull() else QPixmap.fromImage(image)
