"""Benchmark: with garbage collected from the GUI thread's timer only (quizapp/ui/collector.py),
memory stays bounded over a long session and no collection stalls the window.

A scripted session, as app.run sets it up (collector started, start-up objects frozen): each
round plays a built-in set to its results, opens and closes the settings and the export
dialogs, and opens the draft review from the set editor and cancels it. Every ``--every``
rounds it prints the resident memory, the number of objects the collector tracks and the
dialogs still alive. At the end it times a full collection (``gc.collect()``) on that heap,
as the timer runs it (frozen start-up objects skipped) and with every object walked; and, for
every collection the timer ran in the session, its generation, thread, longest and median
duration (wall clock, and the thread's processor time, which a loaded machine does not
lengthen) and the objects it freed; and the resident memory each round added after the first.

    python benchmarks/bench_gc_session.py [--rounds 200] [--every 25]
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from quizapp import app as quizapp_app
from quizapp.engine import State
from quizapp.engine.keys import correct_response
from quizapp.ui.collector import collection_on_gui_thread

ARTICLE = Path(__file__).resolve().parent.parent / "tests/data/draft/fr-20min-stargate.txt"


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def settle(app: QApplication, ms: int = 30) -> None:
    """Let timers (the collector's too), deferred deletions and worker outcomes run."""
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.002)


def play(app: QApplication, window, entry) -> None:
    view = window.start_quiz(entry)
    session = view.session
    while session.state is not State.FINISHED:
        view.page.answer_widget.set_response(
            correct_response(session.current.question, session.quiz)
        )
        view.check_button.click()
        if session.state is State.FEEDBACK:
            view.next_button.click()
        app.processEvents()
    window.show_results()


def dialogs(window, study) -> None:
    for dialog in (study.open_settings(), study.open_export()):
        dialog.reject()


def draft_review(app: QApplication, editor) -> None:
    """The review opened from the editor, cancelled once it has read the article."""
    from quizapp.ui.draft.draft_review import DraftReviewDialog

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, DraftReviewDialog) and box.is_ready():
            box.reject()
        else:
            QTimer.singleShot(20, cancel)

    QTimer.singleShot(0, cancel)
    editor.actions.draft_questions()


def report(app: QApplication, round_: int, started: float) -> float:
    settle(app, 1500)  # a full collection may be due at most once a minute: young ones here
    alive = [w for w in app.allWidgets() if isinstance(w, QDialog)]
    rss = rss_mb()
    print(
        f"round {round_:4d}: rss {rss:6.1f} MB, tracked objects {len(gc.get_objects()):7d}, "
        f"dialogs alive {len(alive):3d}, widgets {len(app.allWidgets()):5d}, "
        f"{time.monotonic() - started:5.0f} s",
        flush=True,
    )
    return rss


Runs = dict[tuple[int, str], list[tuple[float, float, int]]]  # (wall ms, processor ms, freed)


def print_runs(runs: Runs) -> None:
    """Per generation and thread: how many, the longest and median pause, objects freed."""
    for (generation, thread), done in sorted(runs.items()):
        wall, cpu = sorted(run[0] for run in done), sorted(run[1] for run in done)
        freed = [run[2] for run in done]
        middle = len(done) // 2
        print(
            f"generation {generation} collections in {thread}: {len(done)}, "
            f"longest {wall[-1]:.1f} ms (processor {cpu[-1]:.1f}), "
            f"median {wall[middle]:.1f} ms (processor {cpu[middle]:.1f}); "
            f"objects freed: mean {sum(freed) / len(freed):.0f}, most {max(freed)}"
        )


def full_collection_ms(repeat: int = 5) -> tuple[float, float]:
    def best() -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            gc.collect()
            times.append((time.perf_counter() - start) * 1000)
        return min(times)

    frozen = best()
    gc.unfreeze()
    walked = best()
    return frozen, walked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--every", type=int, default=25)
    options = parser.parse_args()
    app = quizapp_app.application()
    runs: Runs = {}
    began: list[tuple[float, float]] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            began.append((time.perf_counter(), time.thread_time()))
        elif began:
            key = (info["generation"], threading.current_thread().name)
            wall, cpu = began.pop()
            wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
            runs.setdefault(key, []).append((wall * 1000, cpu * 1000, info["collected"]))

    with tempfile.TemporaryDirectory() as folder, collection_on_gui_thread(app):
        from quizapp.ui.editor.entry import open_new_editor
        from quizapp.ui.shell.main_window import MainWindow

        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, quizapp_app._default_loader())
        study = quizapp_app.attach_study(window, settings, Path(folder) / "data")
        entries, _ = quizapp_app.load_builtin(quizapp_app._default_loader())
        window.add_builtin(entries)
        window.show()
        editor = open_new_editor(settings, Path(folder) / "data", language="fr")
        QApplication.clipboard().setText(ARTICLE.read_text(encoding="utf-8"))
        editor.article.text.setFocus()
        editor.article.text.paste()
        gc.freeze()
        gc.callbacks.append(note)
        started = time.monotonic()
        first = last = 0.0
        for round_ in range(1, options.rounds + 1):
            play(app, window, entries[round_ % len(entries)])
            dialogs(window, study)
            draft_review(app, editor)
            settle(app)
            if round_ == 1 or round_ % options.every == 0:
                last = report(app, round_, started)
                first = first or last
        gc.callbacks.remove(note)
        print_runs(runs)
        if options.rounds > 1:
            print(f"rss per round after the first: {(last - first) * 1024 / (round_ - 1):.0f} kB")
        frozen, walked = full_collection_ms()
        print(
            f"full collection: {frozen:.1f} ms (start-up frozen, as the app runs), "
            f"{walked:.1f} ms (every object walked); {len(gc.get_objects())} tracked objects"
        )
        study.wait()
        study.controller.db.close()
        editor.actions.files.ask_to_save = lambda: True  # the pasted article: discarded, not asked
        editor.close()
        window.close()


if __name__ == "__main__":
    main()
