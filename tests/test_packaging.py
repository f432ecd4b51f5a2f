"""Packaging checks that need no build: the spec's choices, the pruning rules, icons, .desktop.

The spec is executed with stand-ins for PyInstaller's build steps, so these tests read what it
would really ask PyInstaller for (excludes, data, strip, one-file switch) without the minute
a build takes. The bundle itself is built and self-tested by ``.ci/run``.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import types
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "build"))

from bundle_rules import EXCLUDED_MODULES, keep_entry, without_orphans  # noqa: E402

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PLUGINS = "PySide6/Qt/plugins"


class _Step:
    """Stand-in for Analysis, PYZ, EXE, COLLECT and BUNDLE: remembers how it was called."""

    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append((type(self).__name__, args, kwargs))
        self.binaries = [("PySide6/Qt/plugins/platforms/libqvnc.so", "/x/libqvnc.so", "BINARY")]
        self.datas = [("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA")]
        self.pure, self.scripts = [], []


def run_spec(monkeypatch: pytest.MonkeyPatch, onefile: bool) -> dict[str, dict[str, Any]]:
    """Execute build/quizapp.spec as PyInstaller would; return each step's keyword arguments."""
    calls: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []
    steps = {name: type(name, (_Step,), {"calls": calls}) for name in
             ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}  # fmt: skip
    fake_bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    fake_bindepend.get_imports = lambda filename: set()  # type: ignore[attr-defined]
    fake_hooks = types.ModuleType("PyInstaller.utils.hooks")
    fake_hooks.collect_data_files = lambda package: [(f"<data of {package}>", package)]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.depend", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", fake_bindepend)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", fake_hooks)
    monkeypatch.setenv("QUIZAPP_ONEFILE", "1" if onefile else "")
    spec = REPO / "build" / "quizapp.spec"
    namespace = {"SPECPATH": str(spec.parent), "__file__": str(spec), **steps}
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return {name: kwargs | {"_args": args} for name, args, kwargs in calls} | {
        "_namespace": namespace
    }


def test_spec_excludes_unused_qt_modules_and_strips(monkeypatch: pytest.MonkeyPatch) -> None:
    steps = run_spec(monkeypatch, onefile=False)
    excludes = set(steps["Analysis"]["excludes"])
    for module in ("QtNetwork", "QtQml", "QtQuick", "QtPdf", "QtSvg", "QtOpenGL"):
        assert f"PySide6.{module}" in excludes
    assert "tkinter" in excludes
    assert steps["EXE"]["strip"] is True and steps["COLLECT"]["strip"] is True
    assert steps["EXE"]["upx"] is False and steps["EXE"]["name"] == "quizapp"
    analysis = steps["_namespace"]["a"]
    assert analysis.binaries == [] and analysis.datas == []  # the vnc plugin and German left out


def test_spec_carries_sets_assets_and_translations(monkeypatch: pytest.MonkeyPatch) -> None:
    datas = dict(run_spec(monkeypatch, onefile=False)["Analysis"]["datas"])
    assert datas[str(REPO / "questions")] == "quizapp/questions"
    assert datas[str(REPO / "assets")] == "quizapp/assets"
    assert (
        datas[str(REPO / "quizapp" / "draft" / "words" / "lexicons")]
        == "quizapp/draft/words/lexicons"
    )
    words = REPO / "quizapp" / "sets" / "articles" / "words.json"  # the article reader's (mend49a)
    assert datas[str(words)] == "quizapp/sets/articles"
    for catalogue in (REPO / "quizapp").rglob("*.qm"):
        assert datas[str(catalogue)] == catalogue.parent.relative_to(REPO).as_posix()
    for package in ("trafilatura", "justext"):  # the editor's article reader reads them
        assert datas[f"<data of {package}>"] == package


def test_onefile_switch_packs_everything_into_the_executable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    steps = run_spec(monkeypatch, onefile=True)
    assert "COLLECT" not in steps and len(steps["EXE"]["_args"]) == 5
    folder = run_spec(monkeypatch, onefile=False)
    assert folder["EXE"]["exclude_binaries"] is True and "COLLECT" in folder


def test_the_app_imports_no_excluded_qt_module() -> None:
    imported = set()
    for source in (REPO / "quizapp").rglob("*.py"):
        imported |= set(re.findall(r"^\s*(?:from|import) (PySide6\.\w+)", source.read_text(), re.M))
    assert imported, "the app's Qt imports were not found"
    assert not imported & set(EXCLUDED_MODULES)


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{PLUGINS}/platforms/libqxcb.so", True),
        (f"{PLUGINS}/platforms/libqwayland.so", True),
        (f"{PLUGINS}/platforms/libqoffscreen.so", True),
        (f"{PLUGINS}/platforms/qwindows.dll", True),
        (f"{PLUGINS}/platforms/libqeglfs.so", False),
        (f"{PLUGINS}/platforms/libqvnc.so", False),
        (f"{PLUGINS}/platforms/libqlinuxfb.so", False),
        (f"{PLUGINS}/imageformats/libqjpeg.so", True),
        (f"{PLUGINS}/imageformats/libqsvg.so", False),
        (f"{PLUGINS}/imageformats/libqwebp.so", False),
        (f"{PLUGINS}/imageformats/libqpdf.so", False),
        (f"{PLUGINS}/platformthemes/libqgtk3.so", False),
        (f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so", True),
        (f"{PLUGINS}/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        (f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        (f"{PLUGINS}/wayland-shell-integration/libxdg-shell.so", True),
        (f"{PLUGINS}/wayland-shell-integration/libivi-shell.so", False),
        (f"{PLUGINS}/tls/libqopensslbackend.so", False),
        (f"{PLUGINS}/networkinformation/libqglib.so", False),
        (f"{PLUGINS}/xcbglintegrations/libqxcb-glx-integration.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qt_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_zh_CN.qm", False),
        ("PySide6/Qt/translations/qt_help_fr.qm", False),
        ("quizapp/ui/translations/quizapp_de.qm", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libicudata.so.73", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6QuickWidgets.so.6", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/qml/QtQuick/Controls/qmldir", False),
        ("quizapp/questions/stargate-musk.fr.quiz.yaml", True),
        ("babel/locale-data/fr.dat", True),
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/de_CH.dat", False),
        ("babel/global.dat", True),
        ("trafilatura/settings.cfg", True),
    ],
)
def test_pruning_rules(dest: str, kept: bool) -> None:
    assert keep_entry(dest) is kept


def test_libraries_only_a_dropped_plugin_needed_are_dropped_too() -> None:
    entries = [
        (f"{PLUGINS}/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/src/libQt6Gui.so.6", "BINARY"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("libglib-2.0.so.0", "/usr/lib/libglib-2.0.so.0", "BINARY"),
        ("libcairo.so.2", "/usr/lib/libcairo.so.2", "BINARY"),  # was the GTK theme's
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/QtCore.abi3.so", "/src/QtCore.abi3.so", "EXTENSION"),
    ]
    links = {"/src/libqxcb.so": ["libQt6Gui.so.6"], "/src/libQt6Gui.so.6": ["libglib-2.0.so.0"]}
    kept = without_orphans(entries, lambda source: links.get(source, []))
    assert [entry[0] for entry in kept] == [
        f"{PLUGINS}/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libQt6Gui.so.6",
        "libglib-2.0.so.0",
        "libpython3.11.so.1.0",
        "PySide6/QtCore.abi3.so",
    ]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_icons_exist_in_every_size() -> None:
    for size in ICON_SIZES:
        assert png_size(REPO / "assets" / f"quizapp-{size}.png") == (size, size)
    svg = ElementTree.parse(REPO / "assets" / "quizapp.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 512 512"
    ico = (REPO / "assets" / "quizapp.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    icns = (REPO / "assets" / "quizapp.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def read_desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(REPO / "assets" / "quizapp.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_matches_the_app() -> None:
    from quizapp.app import APP_NAME, DESKTOP_FILE_NAME

    entry = read_desktop_entry()
    assert entry["Type"] == "Application" and entry["Name"]
    assert entry["Exec"].split()[0] == "quizapp" and entry["Terminal"] == "false"
    assert (REPO / "assets" / f"{entry['Icon']}.svg").is_file()
    assert entry["Categories"].endswith(";") and "Education" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == APP_NAME and DESKTOP_FILE_NAME == "quizapp"


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(REPO / "assets" / "quizapp.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_window_icon_has_every_size(qapp: Any) -> None:
    from quizapp.app import application_icon

    sizes = {size.width() for size in application_icon().availableSizes()}
    assert sizes == set(ICON_SIZES)


def test_exit_when_shown_quits_after_the_window_shows(tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "QUIZAPP_EXIT_WHEN_SHOWN": "1"}
    env |= {"QUIZAPP_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "quizapp"], cwd=REPO, env=env, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines() == ["quizapp: window shown"]


def test_work_folder_is_ignored_and_ci_builds_and_self_tests() -> None:
    ignored = subprocess.run(["git", "check-ignore", "-q", "build/work/x"], cwd=REPO)
    assert ignored.returncode == 0
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "--workpath build/work --distpath dist build/quizapp.spec" in ci
    assert "dist/quizapp/quizapp --self-test" in ci


def test_packaging_doc_gives_the_ci_command_and_the_hidden_xcb_packages() -> None:
    doc = (REPO / "docs" / "packaging.md").read_text(encoding="utf-8")
    command = (
        "pyinstaller --clean --noconfirm --workpath build/work --distpath dist build/quizapp.spec"
    )
    assert command in doc and command in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for needed in ("libxcb-icccm4", "libxcb-keysyms1", "QUIZAPP_ONEFILE=1", "QT_DEBUG_PLUGINS=1"):
        assert needed in doc
    for platform_word in (".ico", ".icns", "quizapp.exe", "codesign", "glibc"):
        assert platform_word in doc
