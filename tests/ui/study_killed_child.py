"""The app's window in a child process that the test kills with SIGKILL in the middle of a quiz.

It opens the results database the way ``quizapp.app.run`` does, starts the set given, and
answers through the widgets, printing each question id once its answer has been checked (the
answer is committed by then). After ``stop_after`` answers it either waits to be killed
(``wait``) or carries on answering as fast as it can (``race``), so the kill may land while an
answer is being written.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from quizapp.app import application, attach_study
from quizapp.engine import State
from quizapp.engine.keys import correct_response, wrong_response
from quizapp.sets.loader import load_set
from quizapp.ui.shell.main_window import MainWindow


def main(set_file: Path, data_dir: Path, stop_after: int, how: str) -> None:
    app = application()
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, load_set)
    entry = window.open_path(set_file)
    study = attach_study(window, settings, data_dir)
    assert entry is not None and study is not None
    window.show()
    view = window.start_quiz(entry, seed=99)
    given = 0
    while view.session.state is not State.FINISHED:
        question = view.session.current.question
        make = correct_response if given % 2 == 0 else wrong_response
        view.page.answer_widget.set_response(make(question, view.session.quiz))
        view.check_button.click()
        print("committed", question.id, flush=True)
        given += 1
        if given == stop_after and how == "wait":
            print("waiting", flush=True)
            while True:
                app.processEvents()
                time.sleep(0.05)
        view.next_button.click()
        app.processEvents()
    print("finished", flush=True)
    time.sleep(60)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
