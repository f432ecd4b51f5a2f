"""The real app, in a real X display, driven step by step for the AT-SPI test.

Run by the project's Python (``python atspi_app.py``) with the buses and display of the test.
It builds the window the way ``quizapp`` does (built-in sets, results database) and then obeys
JSON lines on stdin: start a quiz, answer, check, press a key, go on. Each reply carries what
the screen should expose (the question's prompt, claims, explanation...) taken from the model,
so the test can compare it with what AT-SPI shows.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import tempfile
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from quizapp import app as quizapp_app
from quizapp.engine import State
from quizapp.engine.keys import correct_response, wrong_response

SETTLE_MS = 100  # a first pause for the bridge; the walker then waits for quiet itself

KEYS = {
    "Tab": Qt.Key.Key_Tab,
    "Backtab": Qt.Key.Key_Backtab,
    "Down": Qt.Key.Key_Down,
    "Up": Qt.Key.Key_Up,
    "Space": Qt.Key.Key_Space,
    "Return": Qt.Key.Key_Return,
    "1": Qt.Key.Key_1,
    "2": Qt.Key.Key_2,
    "3": Qt.Key.Key_3,
    "F3": Qt.Key.Key_F3,  # next highlighted passage in the article
}


class Driver:
    """Holds the window and turns requests into the clicks and keys a learner would give."""

    def __init__(self, folder: Path) -> None:
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        loader = quizapp_app._default_loader()
        self.window = quizapp_app.MainWindow(settings, loader)
        self.study = quizapp_app.attach_study(self.window, settings, folder / "data")
        entries, failures = quizapp_app.load_builtin(loader)
        if failures:
            raise RuntimeError("\n".join(failures))
        self.window.add_builtin(entries)
        self.entries = entries
        self.window.resize(1200, 900)
        self.window.show()
        self.window.activateWindow()
        self.view = None

    def run(self, request: dict) -> object:
        action = getattr(self, "do_" + request["do"])
        return action(**request.get("args", {}))

    def view_session(self):
        if self.view is None:
            raise RuntimeError("no quiz started")
        return self.view.session

    def do_state(self) -> dict:
        screen = type(self.window.stack.currentWidget()).__name__
        state: dict = {"screen": screen, "pid": QApplication.applicationPid()}
        if self.view is not None and self.view.session.state is not State.FINISHED:
            state["question"] = self.question_facts()
        focus = QApplication.focusWidget()
        state["qt_focus"] = type(focus).__name__ if focus is not None else None
        interface = QAccessible.queryAccessibleInterface(focus) if focus is not None else None
        # what AT-SPI should soon report as focused: the walker waits for it
        state["qt_focus_name"] = interface.text(QAccessible.Text.Name) if interface else ""
        return state

    def question_facts(self) -> dict:
        session = self.view_session()
        presented = session.current
        question = presented.question
        rows = [item.claim for item in getattr(question, "items", [])]
        rows += [pair.left for pair in getattr(question, "pairs", [])]
        return {
            "id": question.id,
            "type": question.type,
            "prompt": question.prompt,
            "explanation": question.explanation,
            "rule": question.rule or "",
            "rows": rows,
            "options": [option.text for option in getattr(question, "options", [])],
            "evidence": self.passages(question),
            "article_start": (session.quiz.article.text[:80] if session.quiz.article else ""),
            "position": presented.position + 1,
            "total": session.total,
            "state": session.state.name,
            "verdict": self.verdict_facts(question.id),
        }

    @staticmethod
    def passages(question) -> list[str]:
        """Every passage the feedback should list: the question's, its rows', a locate answer."""
        found = list(question.evidence)
        for item in getattr(question, "items", []):
            found += list(item.evidence)
        if question.type == "locate":
            found += list(question.answer)
        return list(dict.fromkeys(found))

    def verdict_facts(self, question_id: str) -> dict | None:
        verdict = self.view_session().verdict_for(question_id)
        if verdict is None:
            return None
        return {"correct": verdict.correct, "fraction": verdict.fraction}

    def do_start(self, seed: int = 0) -> dict:
        self.view = self.window.start_quiz(self.entries[0], seed=seed)
        return self.do_state()

    def do_answer(self, how: str = "wrong") -> dict:
        session = self.view_session()
        question = session.current.question
        make = correct_response if how == "right" else wrong_response
        self.view.page.answer_widget.set_response(make(question, session.quiz))
        return self.do_state()

    def do_check(self) -> dict:
        self.view.check_button.click()
        return self.do_state()

    def do_next(self) -> dict:
        self.view.next_button.click()
        return self.do_state()

    def do_types(self) -> list[str]:
        """The question types of the running quiz, in the order they come."""
        return [shown.question.type for shown in self.view_session().presented()]

    def do_skip_to(self, kind: str) -> dict:
        """Answer (wrongly) and go on until the current question is of type ``kind``."""
        session = self.view_session()
        while session.state is not State.FINISHED and session.current.question.type != kind:
            self.do_answer("wrong")
            self.do_check()
            self.do_next()
        if session.state is State.FINISHED:
            raise RuntimeError(f"no {kind} question left")
        return self.do_state()

    def do_finish(self) -> dict:
        """Answer the remaining questions wrongly: the results screen shows."""
        session = self.view_session()
        while session.state is not State.FINISHED:
            self.do_answer("wrong")
            self.do_check()
            self.do_next()
        return self.do_state()

    def do_choose_first(self) -> dict:
        """Focus the first answer control and press 1, as a keyboard learner picks an answer."""
        self.view.page.focus_first()
        QApplication.processEvents()
        return self.do_key("1")

    def do_key(self, key: str) -> dict:
        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, KEYS[key])
        return self.do_state()

    def do_press(self, combo: str) -> dict:
        """A key with its modifiers, written as for xdotool ("shift+ctrl+Right", "ctrl+u"):
        the student's flood count presses the keys Orca's tour does (a11y46)."""
        pressed = QKeySequence(combo)[0]
        target = QApplication.focusWidget() or self.window
        QTest.keyClick(target, pressed.key(), pressed.keyboardModifiers())
        return self.do_state()

    def do_focus_answer(self) -> dict:
        self.view.page.focus_first()
        return self.do_state()

    def do_review(self) -> dict:
        """The review of the first missed question, from the results (its explanation too)."""
        missed = self.view_session().results().missed
        view = self.window.show_review(missed[0])
        question = next(q for q in self.view_session().quiz.questions if q.id == missed[0])
        state = self.do_state()
        state["reviewed"] = {"prompt": question.prompt, "explanation": question.explanation}
        view.page.prompt_label.setFocus()
        return state

    def do_library(self) -> dict:
        self.window.show_library()
        return self.do_state()

    def close(self) -> None:
        """The results database is written on a thread: wait for it, then close it."""
        if self.study is not None:
            self.study.wait()
            self.study.controller.db.close()

    def do_quit(self) -> dict:
        QTimer.singleShot(0, QApplication.quit)
        return {}


def read_requests(requests: queue.Queue) -> None:
    for line in sys.stdin:
        requests.put(line)
    requests.put(None)


def serve(make_driver) -> int:
    """Run the app: ``make_driver(folder)`` builds the window, then JSON requests drive it
    (shared with the teacher's driver, atspi_teacher_app.py)."""
    app = quizapp_app.application()
    from quizapp.ui.shell.i18n import install_language

    install_language(os.environ.get("QUIZAPP_ATSPI_LANGUAGE", "en"))  # fr: a11y49's Orca runs
    with tempfile.TemporaryDirectory() as folder:
        driver = make_driver(Path(folder))
        requests: queue.Queue = queue.Queue()
        threading.Thread(target=read_requests, args=(requests,), daemon=True).start()
        pending: list[str] = []

        def reply(message: dict) -> None:
            sys.stdout.write(json.dumps(message) + "\n")
            sys.stdout.flush()

        def poll() -> None:
            if pending:
                return
            try:
                line = requests.get_nowait()
            except queue.Empty:
                return
            if line is None:
                app.quit()
                return
            try:
                result = {"ok": driver.run(json.loads(line))}
            except Exception:
                result = {"error": traceback.format_exc()}
            pending.append("settling")
            QTimer.singleShot(SETTLE_MS, lambda: (pending.clear(), reply(settled(result))))

        def settled(result: dict) -> dict:
            """A step's state is read once its events (keys, focus) have been handled."""
            answer = result.get("ok")
            if isinstance(answer, dict) and "screen" in answer:
                try:
                    return {"ok": answer | driver.do_state()}  # fresh state, extra facts kept
                except Exception:
                    return {"error": traceback.format_exc()}
            return result

        timer = QTimer()
        timer.timeout.connect(poll)
        timer.start(20)
        QTimer.singleShot(SETTLE_MS, lambda: reply({"ok": driver.do_state()}))
        code = app.exec()
        driver.close()
        return code


def main() -> int:
    return serve(Driver)


if __name__ == "__main__":
    sys.exit(main())
