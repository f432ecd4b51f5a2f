"""The words people read for the ids that results keep: question prompts and skill names.

Results (the database, the files a student hands in, class.csv) keep ids, so that renaming a
skill or rewording a prompt never breaks them; screens and exports show these words instead,
taken from the set when the app knows it, or from the results file that carried them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from quizapp.model.base import Frozen
from quizapp.model.quizset import QuizSet


class SetWords(Frozen):
    """One set's prompts by question id and skill names by tag id (named tags only)."""

    prompts: dict[str, str] = {}
    tag_names: dict[str, str] = {}

    @classmethod
    def of(cls, quiz: QuizSet) -> SetWords:
        return cls(
            prompts={question.id: question.prompt for question in quiz.questions},
            tag_names={tag: named.name for tag, named in quiz.tags.items()},
        )

    def prompt(self, question_id: str) -> str:
        """The question's prompt, or "" when it is not known."""
        return self.prompts.get(question_id, "")

    def tag_name(self, tag: str) -> str:
        """The skill's name, or its id when it has none."""
        return self.tag_names.get(tag) or tag

    def joined(self, other: SetWords) -> SetWords:
        """These words, completed by ``other``'s where these lack one."""
        return SetWords(
            prompts={**other.prompts, **self.prompts},
            tag_names={**other.tag_names, **self.tag_names},
        )


NO_WORDS = SetWords()


def words_by_set(quizzes: Iterable[QuizSet]) -> dict[str, SetWords]:
    """The words of each set, by set id (a later set with the same id completes an earlier)."""
    found: dict[str, SetWords] = {}
    for quiz in quizzes:
        found[quiz.id] = found.get(quiz.id, NO_WORDS).joined(SetWords.of(quiz))
    return found


def words_for(words: Mapping[str, SetWords], set_id: str) -> SetWords:
    return words.get(set_id, NO_WORDS)
