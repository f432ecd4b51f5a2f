"""Listen to the teacher's side through Orca: the set editor, « Draft questions… », the review.

A tool like orca_listen.py (whose Listener and run_tour it uses), for the teacher: the editor
opens on the short article of atspi_teacher_app.py, then real keys through the X server draft
the questions, go through the proposals, accept one (A), drop one (D), read the counts and the
findings, dismiss one (Delete: « Not a claim »), try to accept the proposal it withdrew (A),
take the dismissal back (Alt+N), accept all (Alt+L; Return answers « Only the sure ones » in
its box), add the accepted questions (Alt+A) and save the set (Ctrl+S, a path typed in the
file dialog). It writes what Orca said under each key:

    .venv/bin/python tests/atspi/orca_teacher_listen.py teacher-speech.txt
    .venv/bin/python tests/atspi/orca_teacher_listen.py kinds-speech.txt kinds  # the set's kinds
    .venv/bin/python tests/atspi/orca_teacher_listen.py why.txt reasons  # two reasons (a11y49)

``QUIZAPP_ATSPI_LANGUAGE=fr`` runs the app in French, ``QUIZAPP_ATSPI_ARTICLE=FILE`` drafts
from another article, ``ORCA_FINDING=WORDS`` picks the finding ``reasons`` dismisses.

Without Orca or xdotool it says so and stops (CI has neither). One Orca run at a time: Orca's
``--replace`` stops any other Orca of the same user, on whatever bus. On a loaded machine Orca
lags behind the review's events: give it time with ``ORCA_PAUSE=8`` (seconds after each key).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from atspi_stack import AtspiStack
from orca_listen import PAUSE, Listener, run_tour

READY_WAIT = 60.0  # seconds for the drafter's work to show in the review


def wait_for_review(stack: AtspiStack) -> None:
    deadline = time.monotonic() + READY_WAIT
    while not stack.do("review_ready")["ready"]:
        if time.monotonic() > deadline:
            raise RuntimeError("the draft review did not show the drafter's work")
        time.sleep(0.5)
    time.sleep(PAUSE)


def type_text(listener: Listener, text: str) -> None:
    listener.mark(f"(types {text})")
    subprocess.run(["xdotool", "type", "--delay", "20", text], env=listener.stack.env)
    time.sleep(PAUSE)


def tour(listener: Listener, stack: AtspiStack) -> None:
    """The teacher's keys, each group marked in the transcript."""
    listener.mark("===== editor =====")
    listener.key("Tab", "Tab", "shift+Tab", "shift+Tab")
    listener.mark("===== draft =====")
    listener.key("alt+d")
    wait_for_review(stack)
    listener.mark("===== review: proposals =====")
    listener.key("Down", "Up", "a", "d", "shift+Tab", "Tab")
    listener.mark("===== review: findings =====")
    listener.key("alt+f", "Down", "Down")
    listener.mark("===== review: not a claim =====")
    # Up: the shopkeepers' claim, which one proposal rests on alone; Delete dismisses it,
    # Down three times reaches that proposal, A on it is refused, Alt+N takes it all back
    listener.key("Up", "Delete", "alt+q", "Down", "Down", "Down", "a", "alt+f", "alt+n")
    listener.mark("===== review: accept all, add =====")
    listener.key("alt+q", "alt+l", "Return", "alt+a")  # Return: « Only the sure ones »
    listener.mark("===== save =====")
    listener.key("ctrl+s", "ctrl+a")
    type_text(listener, str(stack.folder / "bike-lane.quiz.yaml"))
    listener.key("Return")


def kinds_tour(listener: Listener, stack: AtspiStack) -> None:
    """The kinds of source on the set's form (``kinds`` on the command line, a11y48): the
    first kind's name and meaning, then from the last kind's name to the fold of the codes
    (« Advanced »), opened with Space, and the first codes."""
    listener.mark("===== set's form: kinds of source =====")
    listener.mark("(the app focuses the first kind's name)")
    stack.do("focus_kind", row=0)
    time.sleep(PAUSE)
    listener.key("shift+Tab", "Tab", "Tab")
    listener.mark("(the app focuses the last kind's name)")
    stack.do("focus_kind", row=-1)
    time.sleep(PAUSE)
    listener.key("Tab", "Tab", "Tab", "Tab", "Tab", "space", "space", "space", "Tab", "Tab")


def reasons_tour(listener: Listener, stack: AtspiStack) -> None:
    """« Not a claim » withdrawing for two reasons (``reasons``, a11y49): the article given by
    ``QUIZAPP_ATSPI_ARTICLE``, each finding holding one of ``ORCA_FINDING``'s words (``|``
    between them) dismissed with Delete, the counts read by Shift+Tab from the proposals, the
    dismissal taken back with Alt+N."""
    french = os.environ.get("QUIZAPP_ATSPI_LANGUAGE") == "fr"  # « Proposer », « Repérages »
    draft, findings = ("alt+p", "alt+r") if french else ("alt+d", "alt+f")
    listener.key(draft)
    wait_for_review(stack)
    for words in os.environ.get("ORCA_FINDING", "shopkeepers").split("|"):
        listener.mark(f"===== review: not a claim on « {words} » =====")
        listener.key(findings)
        listener.mark("(the app selects the finding)")
        stack.do("focus_finding", words=words)
        time.sleep(PAUSE)
        listener.key("Delete", "alt+q", "shift+Tab", "Tab", findings, "alt+n")
    time.sleep(PAUSE)  # Orca's last words before it stops


def main(out: Path) -> int:
    tours = {"kinds": kinds_tour, "reasons": reasons_tour}
    chosen = tours.get(sys.argv[2], tour) if sys.argv[2:] else tour
    return run_tour(out, "atspi_teacher_app.py", chosen)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "orca-teacher-speech.txt")))
