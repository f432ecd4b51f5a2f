"""quizapp: a desktop quiz that trains readers to ask who says so in a news article."""

__version__ = "0.1.0"
