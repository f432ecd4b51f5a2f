"""Entry script of the PyInstaller bundle: the same ``main`` as the ``quizapp`` command.

PyInstaller runs its script as ``__main__`` outside any package, so it needs a script of its
own rather than ``quizapp/__main__.py``; everything else is found from this import.
"""

import sys

from quizapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
