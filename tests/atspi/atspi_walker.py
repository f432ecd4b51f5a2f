"""Reads the app's accessible tree over AT-SPI, as a screen reader does; run by the system Python.

pyatspi is a Debian package built for /usr/bin/python3, not for the project's virtual
environment, so the test runs this file as a separate process and talks to it in JSON lines:
a request ``{"do": "tree" | "focused" | "events", "pid": N}`` on stdin, one JSON answer on
stdout. Events (focus, name and description changes, text selection) are recorded
from the moment the walker starts, so the test can ask what a screen reader was told.
"""

from __future__ import annotations

import json
import os
import sys
import time
import traceback

import pyatspi
from gi.repository import Atspi, GLib

WATCHED_EVENTS = (
    "object:state-changed:focused",
    "object:state-changed:checked",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-selection-changed",
    "object:text-caret-moved",
    "object:announcement",
    "object:state-changed:showing",  # a notification that shows: what Orca 43 speaks
)
COUNT_ALL = "QUIZAPP_ATSPI_COUNT_ALL"  # set: the walker listens to every event and counts them
MAX_NODES = 20000
FOCUS_WAIT = 5.0  # seconds to wait for the focus event a key press or a new screen causes
QUIET = 0.15  # seconds without an event after which a step's events are taken to be all in


def text_of(node) -> str | None:
    """The whole text of a node with a text interface (what Orca reads line by line)."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return None
    return text.getText(0, -1)


def selections_of(node) -> list[str]:
    """The selected passages of a text node: how a selection is seen through AT-SPI."""
    try:
        text = node.queryText()
    except NotImplementedError:
        return []
    found = []
    for index in range(text.getNSelections()):
        start, end = text.getSelection(index)
        found.append(text.getText(start, end))
    return found


def relations_of(node) -> dict[str, list[str]]:
    """Relation type -> the names of its targets (labelled-by, described-by...)."""
    found: dict[str, list[str]] = {}
    for relation in node.getRelationSet():
        kind = pyatspi.relationToString(relation.getRelationType()).lower()
        targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
        found[kind] = [describe_target(target) for target in targets]
    return found


def describe_target(target) -> str:
    """A relation's target said as its name, or its text when it has no name."""
    return target.name or text_of(target) or ""


def keys_of(node) -> list[str]:
    """The key bindings of a node's actions (a button's mnemonic: what Orca says after it)."""
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getKeyBinding(i) for i in range(action.nActions) if action.getKeyBinding(i)]


def node_info(node, depth: int) -> dict:
    states = node.getState()
    return {
        "depth": depth,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "text": text_of(node),
        "selections": selections_of(node),
        "relations": relations_of(node),
        "keys": keys_of(node),
        "states": sorted(pyatspi.stateToString(s) for s in states.getStates()),
    }


def walk(node, depth: int = 0, found: list | None = None) -> list[dict]:
    """Every node under ``node``, depth first: the order a screen reader's review walks."""
    found = [] if found is None else found
    if node is None or len(found) >= MAX_NODES:
        return found
    try:
        found.append(node_info(node, depth))
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
    except Exception as error:  # a node gone while walking: say so, walk on
        found.append({"depth": depth, "role": "gone", "error": str(error)})
        return found
    for child in children:
        walk(child, depth + 1, found)
    return found


def application(pid: int):
    """The app's root, read afresh: nothing cached, so a screen that changed is seen changed."""
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        try:
            if app is not None and app.get_process_id() == pid:
                app.set_cache_mask(Atspi.Cache.NONE)
                app.clear_cache()
                return app
        except Exception:
            continue
    return None


class Walker:
    """Answers requests on stdin while the GLib loop delivers AT-SPI events."""

    def __init__(self) -> None:
        self.events: list[dict] = []
        self.focus = None  # the source of the last focus event: where a screen reader is
        self.focus_count = 0  # focus events so far: a caller waits for the one its key caused
        self.received = 0
        self.counts: dict[str, int] = {}  # every event of the app by type, when all are heard

    def focus_name(self) -> str | None:
        try:
            return self.focus.name if self.focus is not None else None
        except Exception:
            return None

    def pump(self) -> None:
        """Deliver the events already on their way."""
        GLib.MainContext.default().iteration(False)
        time.sleep(0.01)

    def settle(self) -> None:
        """Wait until the app has been quiet for a moment: its last step's events are in."""
        deadline = time.monotonic() + FOCUS_WAIT
        seen, quiet_since = self.received, time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - quiet_since < QUIET:
            self.pump()
            if self.received != seen:
                seen, quiet_since = self.received, time.monotonic()

    def on_event(self, event) -> None:
        self.received += 1
        try:
            source = event.source
            if event.type.startswith("object:state-changed:focused") and event.detail1:
                self.focus = source
                self.focus_count += 1
            self.events.append(
                {
                    "type": event.type,
                    "detail1": event.detail1,
                    "value": event.any_data if isinstance(event.any_data, str) else None,
                    "role": source.getRoleName() if source is not None else "",
                    "name": (source.name or "") if source is not None else "",
                    "description": (source.description or "") if source is not None else "",
                }
            )
        except Exception as error:
            self.events.append({"type": event.type, "error": str(error)})

    def on_any(self, event) -> None:
        """Counts every event (what a screen reader registered for everything is sent): the
        review's flood is measured in these (a11y45)."""
        self.received += 1
        kind = ":".join(event.type.split(":")[:3])
        self.counts[kind] = self.counts.get(kind, 0) + 1

    def answer(self, request: dict) -> object:
        pid = int(request.get("pid", 0))
        what = request["do"]
        if what == "tree":
            self.settle()
            app = application(pid)
            return walk(app) if app is not None else None
        if what == "focused":
            return self.focused(pid, int(request.get("after", -1)), request.get("expect"))
        if what == "events":
            self.settle()
            events, self.events = self.events, []
            return events
        if what == "counts":
            self.settle()
            counts, self.counts = self.counts, {}
            return counts
        if what == "ping":
            return "pong"
        raise ValueError(f"unknown request {what!r}")

    @staticmethod
    def focused_in_tree(pid: int, name: str) -> dict | None:
        app = application(pid)
        nodes = walk(app) if app is not None else []
        return next(
            (n for n in nodes if n.get("name") == name and "focused" in n.get("states", [])), None
        )

    def focused(self, pid: int, after: int, expect: str | None) -> dict:
        """The focused node once more than ``after`` focus events came and, when the app said
        what it focused, once that name is the focus's (events lag on a busy machine); read
        afresh. Its ``count`` is the number to wait past next time."""
        deadline = time.monotonic() + FOCUS_WAIT
        while time.monotonic() < deadline and (
            self.focus_count <= after or (expect and self.focus_name() != expect)
        ):
            self.pump()
        if expect and self.focus_name() != expect:  # said in the log: where the wait was spent
            print(f"focus is {self.focus_name()!r}, the app said {expect!r}", file=sys.stderr)
            # no event for it (the widget had the focus already): its "focused" state says it
            found = self.focused_in_tree(pid, expect)
            if found is not None:
                return {"node": found, "count": self.focus_count}
        self.settle()
        info = None
        if self.focus is not None:
            try:
                self.focus.clear_cache()  # its words are read afresh
                info = node_info(self.focus, 0)
            except Exception:  # gone with the screen it was on
                info = None
        return {"node": info, "count": self.focus_count}

    def on_stdin(self, channel, condition) -> bool:
        line = sys.stdin.readline()
        if not line:
            pyatspi.Registry.stop()
            return False
        try:
            reply = {"ok": self.answer(json.loads(line))}
        except Exception:
            reply = {"error": traceback.format_exc()}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()
        return True


def main() -> None:
    walker = Walker()
    for event in WATCHED_EVENTS:
        pyatspi.Registry.registerEventListener(walker.on_event, event)
    if os.environ.get(COUNT_ALL):  # as Orca does: every object and window event is sent
        for family in ("object:", "window:", "focus:"):
            pyatspi.Registry.registerEventListener(walker.on_any, family)
    GLib.io_add_watch(sys.stdin, GLib.IO_IN | GLib.IO_HUP, walker.on_stdin)
    sys.stdout.write(json.dumps({"ok": "ready"}) + "\n")
    sys.stdout.flush()
    pyatspi.Registry.start()


if __name__ == "__main__":
    main()
