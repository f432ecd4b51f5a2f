"""What a widgets-only quizapp bundle keeps of Qt, shared by the app's spec and the benchmark's.

PyInstaller's PySide6 hooks collect every plugin type and translation a Qt module *might* use:
for QtGui that is a dozen image formats, eglfs/vnc/linuxfb platforms, evdev input, the
virtual keyboard and forty languages. The window needs far less, so the specs filter the
Analysis tables through ``keep_entry``. The benchmark's minimal app is filtered by the same
rules, so the size and start-up ratios compare the app with a window built exactly the same way.

Rules are by destination path inside the bundle (``PySide6/Qt/plugins/<type>/<file>``), which is
the same on every platform apart from the file suffix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import PurePosixPath

TocEntry = tuple[str, str, str]  # (path inside the bundle, source, kind) as PyInstaller lists them
# Folders where PyInstaller puts shared libraries it collected because something links to them.
_LIBRARY_DIRS = frozenset({"", "PySide6", "PySide6/Qt/lib", "shiboken6"})
_SHARED_LIBRARY = re.compile(r"\.(so(\.\d+)*|dll|dylib)$")

# Python modules never imported by a widgets-only app; excluding them also stops their hooks
# from pulling their Qt libraries, plugins and QML files into the bundle.
EXCLUDED_MODULES = (
    "tkinter",
    "hypothesis",  # pydantic's optional plugin; a test tool, never used at run time
    "pytest",
    "_pytest",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtPrintSupport",
    "PySide6.QtConcurrent",
    # lxml parts the article reader (trafilatura, python-docx) never imports
    "lxml.objectify",
    "lxml.isoschematron",
)

# Plugin types kept whole or in part; any other type is dropped.
KEPT_PLATFORMS = re.compile(r"^(lib)?q(xcb|offscreen|wayland[\w-]*|windows|cocoa)\.(so|dll|dylib)$")
KEPT_IMAGE_FORMATS = re.compile(r"^(lib)?qjpeg\.(so|dll|dylib)$")  # PNG is built into QtGui
KEPT_INPUT_CONTEXTS = re.compile(r"^lib(compose|ibus)platforminputcontextplugin\.so$")
# Under Wayland a widgets window needs the xdg-shell and one client-side decoration; the
# graphics-integration plugins all need QtOpenGL, and "adwaita" needs QtSvg.
KEPT_WAYLAND = {
    "wayland-shell-integration": re.compile(r"^libxdg-shell\.so$"),
    "wayland-decoration-client": re.compile(r"^libbradient\.so$"),
}
# The XDG portal theme gives native file dialogs (and works in Flatpak); the GTK3 theme is left
# out: it would drag in cairo, pango and gdk-pixbuf, yet still need the system's GTK.
KEPT_THEMES = re.compile(r"^(lib)?qxdgdesktopportal\.so$")
KEPT_WHOLE_PLUGIN_TYPES = frozenset({"styles"})  # the Windows 11 and macOS native styles
# Qt's own message catalogues: only the languages the UI speaks.
UI_LANGUAGES = ("en", "fr")
_QT_TRANSLATION = re.compile(r"^(qt|qtbase)_(?P<lang>[a-z]{2,3})(_[A-Za-z]+)?\.qm$")

# Libraries of Qt modules the app never loads, reached only through dropped plugins.
_UNUSED_QT_LIBRARY = re.compile(
    r"(^|/)(lib)?Qt6(Network|Qml\w*|Quick\w*|Pdf\w*|Sql|Test|OpenGL\w*|Svg\w*|VirtualKeyboard\w*"
    r"|Designer\w*|Help|Xml|PrintSupport|Concurrent|WaylandCompositor\w*|LabsStyleKit\w*"
    r"|EglFS\w*|EglFs\w*|WlShellIntegration)"
    r"\.(so|dll|dylib)"
)


def keep_plugin(plugin_type: str, file_name: str) -> bool:
    """Whether a Qt plugin of ``plugin_type`` is one the widgets app can ever load."""
    if plugin_type == "platforms":
        return bool(KEPT_PLATFORMS.match(file_name))
    if plugin_type == "imageformats":
        return bool(KEPT_IMAGE_FORMATS.match(file_name))
    if plugin_type == "platforminputcontexts":
        return bool(KEPT_INPUT_CONTEXTS.match(file_name))
    if plugin_type == "platformthemes":
        return bool(KEPT_THEMES.match(file_name))
    if plugin_type in KEPT_WAYLAND:
        return bool(KEPT_WAYLAND[plugin_type].match(file_name))
    return plugin_type in KEPT_WHOLE_PLUGIN_TYPES


def _is_qt_plugin(parts: tuple[str, ...]) -> bool:
    """``.../Qt/plugins/<type>/<file>``: the layout of PySide6's plugins in the bundle."""
    return len(parts) >= 4 and parts[-3] == "plugins" and parts[-4] == "Qt"


# Babel's locale data (35 MB, one file per language) comes with trafilatura's URL helper, which
# only reads it to filter pages by language; the editor never asks it to. The UI's languages
# and the root locale stay, so anything that does look one up still finds it.
_BABEL_LOCALE = re.compile(r"^babel/locale-data/(?P<name>[^/]+)\.dat$")
KEPT_BABEL_LOCALES = frozenset({"root", *UI_LANGUAGES})


def keep_entry(dest_name: str) -> bool:
    """Whether a file collected at ``dest_name`` (path inside the bundle) stays in it."""
    path = PurePosixPath(dest_name.replace("\\", "/"))
    parts = path.parts
    babel = _BABEL_LOCALE.match(path.as_posix())
    if babel:
        return babel["name"] in KEPT_BABEL_LOCALES
    if _is_qt_plugin(parts):
        return keep_plugin(parts[-2], parts[-1])
    if parts[-3:-1] == ("Qt", "translations"):
        match = _QT_TRANSLATION.match(path.name)
        return bool(match) and match["lang"] in UI_LANGUAGES
    if "Qt" in parts and "qml" in parts[parts.index("Qt") :]:
        return False
    return not _UNUSED_QT_LIBRARY.search(path.as_posix())


def pruned(entries: Iterable[TocEntry]) -> list[TocEntry]:
    """The Analysis TOC entries (dest, source, kind) that ``keep_entry`` keeps, in order."""
    return [entry for entry in entries if keep_entry(entry[0])]


def _is_linked_library(entry: TocEntry) -> bool:
    """A shared library that is only there because some other binary links to it.

    The Python library is the exception: the bootloader loads it by name, nothing links to it.
    """
    dest, _source, kind = entry
    path = PurePosixPath(dest.replace("\\", "/"))
    if kind not in ("BINARY", "SYMLINK") or path.name.startswith(("libpython", "python3")):
        return False
    return str(path.parent).strip(".") in _LIBRARY_DIRS and bool(_SHARED_LIBRARY.search(path.name))


def without_orphans(
    entries: list[TocEntry], imports_of: Callable[[str], Iterable[str]]
) -> list[TocEntry]:
    """Drop the linked libraries that no kept binary needs any more.

    PyInstaller adds a plugin's dependencies before the spec can filter the plugin out (the GTK
    theme alone brings cairo, pango and gdk-pixbuf), so the spec walks the link graph again from
    what it kept. ``imports_of(source)`` names the libraries a binary links to.
    """
    by_name: dict[str, list[TocEntry]] = {}
    by_dest = {entry[0]: entry for entry in entries}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0]).name, []).append(entry)
    reached: set[TocEntry] = set()
    frontier = [entry for entry in entries if not _is_linked_library(entry)]
    while frontier:
        entry = frontier.pop()
        if entry in reached:
            continue
        reached.add(entry)
        if entry[2] == "SYMLINK":
            frontier += [by_dest[entry[1]]] if entry[1] in by_dest else []
            continue
        for name in imports_of(entry[1]):
            frontier += by_name.get(PurePosixPath(name).name, [])
    return [entry for entry in entries if entry in reached]
