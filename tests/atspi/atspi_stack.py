"""The Linux accessibility stack a screen reader uses, started privately for one test run.

An X display (Xvfb), a D-Bus session bus of our own, the AT-SPI bus it activates
(at-spi-bus-launcher, then at-spi2-registryd on that bus), the app under test in the
project's Python with Qt's accessibility on, and the tree walker in the system Python that
has pyatspi. Every process is ours and is stopped at the end; nothing touches the desktop
session of whoever runs the tests (a private XDG_RUNTIME_DIR keeps the AT-SPI socket apart).
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHERS = ("/usr/libexec/at-spi-bus-launcher", "/usr/lib/at-spi2-core/at-spi-bus-launcher")
REPLY_TIMEOUT = 60.0


class StackUnavailable(Exception):
    """The stack cannot start here; the message says what is missing and how to get it."""


def missing_parts() -> list[str]:
    """What this machine lacks to run the stack, in words for a skip message."""
    missing = [
        f"{tool} (Debian package {package})"
        for tool, package in (("Xvfb", "xvfb"), ("dbus-daemon", "dbus"), ("dbus-send", "dbus"))
        if shutil.which(tool) is None
    ]
    if not any(Path(path).exists() for path in BUS_LAUNCHERS):
        missing.append("at-spi-bus-launcher (Debian package at-spi2-core)")
    probe = [SYSTEM_PYTHON, "-c", "import pyatspi"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(probe, capture_output=True).returncode:
        missing.append("pyatspi for /usr/bin/python3 (Debian package python3-pyatspi)")
    return missing


class JsonLineProcess:
    """A child that answers one JSON line per request; its stdout is read on a thread."""

    def __init__(self, command: list[str], env: dict[str, str], log: Path) -> None:
        self._log = log.open("w")
        self.process = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
            bufsize=1,
        )
        self._lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.log_path = log

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.put(line)
        self._lines.put(None)

    def receive(self) -> object:
        """The next reply, or an error that quotes the child's log."""
        try:
            line = self._lines.get(timeout=REPLY_TIMEOUT)
        except queue.Empty:
            line = None
        if line is None:
            raise RuntimeError(f"{self.log_path.name} stopped answering:\n{self.log_tail()}")
        reply = json.loads(line)
        if "error" in reply:
            raise RuntimeError(reply["error"])
        return reply["ok"]

    def ask(self, request: dict) -> object:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return self.receive()

    def log_tail(self) -> str:
        self._log.flush()
        return self.log_path.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


class AtspiStack:
    """Display + session bus + AT-SPI bus, then the app and the walker on them."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="quizapp-atspi-"))
        self.runtime = self.folder / "runtime"
        self.runtime.mkdir(mode=0o700)
        self._daemons: list[subprocess.Popen] = []
        self.env: dict[str, str] = {}
        self.app: JsonLineProcess | None = None
        self.walker: JsonLineProcess | None = None
        self.app_pid = 0
        self._focus_count = 0

    def start(self) -> None:
        missing = missing_parts()
        if missing:
            raise StackUnavailable("missing " + ", ".join(missing))
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("QT_", "DBUS_", "AT_SPI", "DISPLAY", "WAYLAND"))
        }
        env |= {"XDG_RUNTIME_DIR": str(self.runtime), "XDG_CACHE_HOME": str(self.folder)}
        env["DISPLAY"] = self._start_display()
        env["DBUS_SESSION_BUS_ADDRESS"] = self._start_session_bus(env)
        self.env = env
        self._start_accessibility_bus()

    def _start_display(self) -> str:
        read_end, write_end = os.pipe()
        command = ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24"]
        command += ["-nolisten", "tcp"]
        xvfb = subprocess.Popen(command, pass_fds=(write_end,), stderr=subprocess.DEVNULL)
        self._daemons.append(xvfb)
        os.close(write_end)
        with os.fdopen(read_end) as stream:
            number = stream.readline().strip()
        if not number.isdigit():
            raise StackUnavailable("Xvfb did not start (no display number)")
        return f":{number}"

    def _start_session_bus(self, env: dict[str, str]) -> str:
        command = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]
        bus = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
        )
        self._daemons.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            raise StackUnavailable("the D-Bus session bus did not start")
        return address

    def _start_accessibility_bus(self) -> None:
        """Ask the session bus for the AT-SPI bus: it starts at-spi-bus-launcher for us."""
        command = ["dbus-send", "--session", "--dest=org.a11y.Bus", "--print-reply"]
        command += ["/org/a11y/bus", "org.a11y.Bus.GetAddress"]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            done = subprocess.run(command, env=self.env, capture_output=True, text=True)
            if done.returncode == 0 and "unix:" in done.stdout:
                return
            time.sleep(0.2)
        raise StackUnavailable("the AT-SPI bus did not start: " + done.stderr.strip())

    def start_app(self, script: str = "atspi_app.py", count_all: bool = False) -> dict:
        """The app's driver ``script`` (the student's app, or the teacher's editor) on the
        stack, with the walker listening before it shows anything; ``count_all``: to every
        event, as a screen reader does, counted (``read("counts")``)."""
        env = self.env | {
            "QT_QPA_PLATFORM": "xcb",
            "QT_ACCESSIBILITY": "1",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "LANGUAGE": "en",
            "LC_ALL": "C.UTF-8",
        }
        walker_env = self.env | ({"QUIZAPP_ATSPI_COUNT_ALL": "1"} if count_all else {})
        self.walker = JsonLineProcess(
            [SYSTEM_PYTHON, str(HERE / "atspi_walker.py")], walker_env, self.folder / "walker.log"
        )
        self.walker.receive()  # ready: listening before the app shows anything
        command = [sys.executable, str(HERE / script)]
        self.app = JsonLineProcess(command, env, self.folder / "app.log")
        state = self.app.receive()
        assert isinstance(state, dict)
        self.app_pid = int(state["pid"])
        return state

    def do(self, action: str, **args: object) -> dict | list:
        """Have the app take one step; the reply is its state afterwards (or what was asked)."""
        assert self.app is not None
        reply = self.app.ask({"do": action, "args": args})
        assert isinstance(reply, dict | list)
        return reply

    def read(self, what: str) -> object:
        """Ask the walker: ``tree`` or ``events`` of the app."""
        assert self.walker is not None
        return self.walker.ask({"do": what, "pid": self.app_pid})

    def focused(self, moved: bool = False, expect: str | None = None) -> dict | None:
        """The focused node; with ``moved``, the one after the focus event the last step caused;
        with ``expect``, once the focus has that name (what the app says it focused)."""
        assert self.walker is not None
        after = self._focus_count if moved else -1
        request = {"do": "focused", "pid": self.app_pid, "after": after, "expect": expect}
        reply = self.walker.ask(request)
        assert isinstance(reply, dict)
        self._focus_count = reply["count"]
        return reply["node"]

    def stop(self) -> None:
        for client in (self.app, self.walker):
            if client is not None:
                client.stop()
        for daemon in reversed(self._daemons):
            daemon.terminate()
            try:
                daemon.wait(timeout=10)
            except subprocess.TimeoutExpired:
                daemon.kill()
                daemon.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
