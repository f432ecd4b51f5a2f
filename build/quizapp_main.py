"""Entry script of the PyInstaller bundle: the same ``main`` as the ``quizapp`` command.

PyInstaller runs its script as ``__main__`` outside any package, so it needs a script of its
own rather than ``quizapp/__main__.py``.

The window's non-Qt modules (models, engine, loader: pydantic and ruamel.yaml underneath) are
imported here, before anything imports PySide6. Once PySide6 is loaded, its import hook looks
at every later import for ``__feature__`` use; importing these ~200 modules first spares them
that check, which measured about 5 % of the bundle's start-up (docs/packaging.md). The file
commands (``quizapp validate``...) need the loader anyway.
"""

import sys

# Imported before PySide6 on purpose (see above).
import quizapp.engine
import quizapp.engine.keys
import quizapp.store.loader  # noqa: F401
from quizapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
