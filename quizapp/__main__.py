"""``python -m quizapp`` runs the same entry point as the ``quizapp`` command."""

import sys

from quizapp.cli import main

sys.exit(main())
