"""Listen to the app through Orca: one question of each type, keys pressed as a blind learner.

Not a test (Orca's wording changes between releases); a tool to hear the app:

    .venv/bin/python tests/atspi/orca_listen.py speech.txt

It starts the same private stack as the AT-SPI tests, the app, and Orca with its debug log,
presses real keys through the X server (xdotool: Tab, a number, Ctrl+Enter...), and writes
what Orca said (its "SPEECH OUTPUT" lines), with the key pressed before each group. Needs
the Debian packages orca and xdotool besides the stack's (see atspi_stack.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from atspi_stack import AtspiStack

SPOKEN = re.compile(r"^(\d\d:\d\d:\d\d\.\d+) - SPEECH OUTPUT: '(.*?)'(?: voice=\S+)?(?:\{.*)?$")
DRAIN = 20.0  # seconds for Orca to catch up after the driver skipped questions
PAUSE = float(os.environ.get("ORCA_PAUSE", "2.5"))  # seconds for Orca to speak after a key
# (it is slow on a busy machine: the review's keys need 8 or more when others run)
# Orca with no speech server: it still logs every SPEECH OUTPUT. With speech-dispatcher
# installed and no sound device, Orca logged its first lines, then nothing until it stopped
# (a11y44).
QUIET = {"enableSpeech": False}
QUIET_SETTINGS = {
    "general": QUIET,
    "profiles": {"default": {"profile": ["Default", "default"], **QUIET}},
    "pronunciations": {},
    "keybindings": {},
}


class Listener:
    """Orca running on the stack; keys go to the X display, speech comes from its debug log.

    Orca does not flush its log as it goes, so each key's time is noted and, once Orca has
    stopped, every spoken line is filed under the last key pressed before it.
    """

    def __init__(self, stack: AtspiStack) -> None:
        self.stack = stack
        self.log = stack.folder / "orca-debug.out"
        prefs = stack.folder / "orca-prefs"
        prefs.mkdir()
        (prefs / "user-settings.conf").write_text(json.dumps(QUIET_SETTINGS), encoding="utf-8")
        command = ["orca", "--replace", "-u", str(prefs), "--debug-file", str(self.log)]
        self.orca = subprocess.Popen(
            command, env=stack.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.marks: list[tuple[str, str]] = []  # (time as Orca writes it, what happened)
        self.mark("(Orca starts)")
        time.sleep(6)  # Orca reads the desktop and the app's tree before it speaks

    def mark(self, what: str) -> None:
        self.marks.append((datetime.now().strftime("%H:%M:%S.%f"), what))

    def key(self, *keys: str) -> None:
        for key in keys:
            self.mark(key)
            subprocess.run(["xdotool", "key", "--clearmodifiers", key], env=self.stack.env)
            time.sleep(PAUSE)

    def stop(self) -> list[str]:
        """Stop Orca and say what it said, under each key."""
        time.sleep(DRAIN)  # Orca may still be working through the last keys' events
        self.orca.terminate()
        try:
            self.orca.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.orca.kill()
        lines = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        if os.environ.get("ORCA_LOG_KEEP"):  # Orca's whole log, to see why it said nothing
            shutil.copy(self.log, os.environ["ORCA_LOG_KEEP"])
        spoken = [m.groups() for line in lines if (m := SPOKEN.match(line))]
        heard: list[str] = []
        for index, (when, what) in enumerate(self.marks):
            until = self.marks[index + 1][0] if index + 1 < len(self.marks) else "99"
            said = [text for at, text in spoken if when <= at < until and text.strip()]
            heard.append(what if what.startswith("=") else f"[{what}]")
            heard += [f"    {text}" for text in said]
        return heard


def question(listener: Listener, stack: AtspiStack, kind: str) -> None:
    """Go to the first ``kind`` question, pick the first entry, check, Tab through feedback."""
    stack.do("skip_to", kind=kind)
    time.sleep(DRAIN)  # the questions skipped on the way made Orca talk: let it finish
    listener.mark(f"===== {kind} =====")
    listener.key("shift+Tab", "Tab")  # the prompt, then back to the first control
    if kind == "locate":
        listener.key("ctrl+Home", "shift+ctrl+Right", "shift+ctrl+Right", "ctrl+u")
    else:
        listener.key("1")
    if kind in ("classify", "match"):
        listener.key("Tab", "2", "Tab", "3")
    listener.key("ctrl+Return", "Tab", "Down", "Down", "Tab", "shift+Tab", "shift+Tab")
    listener.mark("(the app moves to the next question)")
    stack.do("next")


def run_tour(out: Path, app: str, tour: Callable[[Listener, AtspiStack], None]) -> int:
    """The tools' common frame: check for Orca and xdotool, start the stack with this tree's
    quizapp, the app's driver ``app`` and Orca, run ``tour``, write what Orca said to ``out``
    and stop everything, whatever happened (the student's and the teacher's tools, mend44d)."""
    if shutil.which("orca") is None or shutil.which("xdotool") is None:
        print("needs the Debian packages orca and xdotool", file=sys.stderr)
        return 2
    os.environ["PYTHONPATH"] = str(
        Path(__file__).resolve().parents[2]
    )  # this tree's quizapp, not the one installed
    stack = AtspiStack()
    stack.start()
    listener = None
    try:
        stack.start_app(app)
        listener = Listener(stack)
        tour(listener, stack)
    finally:
        if listener is not None:
            out.write_text("\n".join(listener.stop()) + "\n", encoding="utf-8")
        stack.stop()
    return 0


def student_tour(listener: Listener, stack: AtspiStack) -> None:
    """The library, one question of each type (those named on the command line, if any), the
    results."""
    listener.mark("===== library =====")
    listener.key("Down", "Up", "Tab", "Tab")
    listener.mark("(the app starts the quiz)")
    stack.do("start")
    time.sleep(PAUSE)
    kinds = list(dict.fromkeys(stack.do("types")))
    for kind in [k for k in kinds if k in sys.argv[2:]] or kinds:  # those named, in order
        question(listener, stack, kind)
    listener.mark("===== results =====")
    stack.do("finish")
    time.sleep(PAUSE)
    listener.key("Tab", "Tab", "Tab", "Tab", "Tab", "Tab")


def main(out: Path) -> int:
    return run_tour(out, "atspi_app.py", student_tour)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "orca-speech.txt")))
