"""Render ``assets/quizapp.svg`` into the raster icons each platform wants, with Qt alone.

The SVG is the one source drawing; the PNG sizes (Linux icon themes and the window icon),
the Windows ``.ico`` and the macOS ``.icns`` are generated from it, so they never drift apart.
The app itself reads only the PNGs: the bundle then needs neither QtSvg nor the SVG plugins.
Run it after editing the SVG:  python build/make_icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ASSETS = Path(__file__).resolve().parent.parent / "assets"
SVG = ASSETS / "quizapp.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest size an .ico entry can hold
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The drawing at ``size`` x ``size`` pixels on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """An .ico with PNG-compressed entries (read by Windows Vista and later)."""
    sizes = [size for size in ICO_SIZES if size in images]
    payloads = [png_bytes(images[size]) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(sizes)
    directory = b""
    for size, payload in zip(sizes, payloads, strict=True):
        side = size % 256  # 0 stands for 256
        # width, height, palette size, reserved, colour planes, bits per pixel, bytes, offset
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(payload), offset)
        offset += len(payload)
    return header + directory + b"".join(payloads)


def icns_bytes(images: dict[int, QImage]) -> bytes:
    """An .icns holding PNG images under the type codes macOS expects for each size."""
    chunks = b""
    for size, kind in ICNS_TYPES.items():
        payload = png_bytes(images[size])
        chunks += kind + struct.pack(">I", len(payload) + 8) + payload
    return b"icns" + struct.pack(">I", len(chunks) + 8) + chunks


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        writer = QImageWriter(str(ASSETS / f"quizapp-{size}.png"), b"png")
        if not writer.write(image):
            print(f"cannot write the {size} px icon: {writer.errorString()}", file=sys.stderr)
            return 1
    (ASSETS / "quizapp.ico").write_bytes(ico_bytes(images))
    (ASSETS / "quizapp.icns").write_bytes(icns_bytes(images))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
