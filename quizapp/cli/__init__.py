"""The command line: ``quizapp validate|schema|new|import|export|results ...`` and the window.

File commands never load Qt: ``main`` starts the window (``quizapp.app``) only when asked to.
The CLI may import every non-UI package of the project, never ``quizapp.ui``.
"""

from quizapp.cli.main import main

__all__ = ["main"]
