"""Item-writing warnings: flaws that let a learner who knows nothing beat chance.

The item-writing guidelines most test writers use (Haladyna, Downing & Rodriguez, 2002) name
them: answers that lean one way, a right option that gives itself away by its length or by
repeating the prompt's words, "all of the above", duplicates, and feedback that teaches nothing.
A set with these flaws is valid, so they are warnings, not errors: each says its code, the
question, why it matters and how to fix it, in the user's language (``catalog_fr``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from quizapp.model import (
    Classify,
    Locate,
    MultipleChoice,
    Option,
    Problem,
    Question,
    QuizSet,
    SingleChoice,
)
from quizapp.model.wording import shorten
from quizapp.sets.item_checks.balance import balance_warnings
from quizapp.sets.item_checks.codes import WARNING_CODES, warning
from quizapp.sets.item_checks.words import content_words, folded, is_all_or_none_option


def item_warnings(quiz: QuizSet) -> list[Problem]:
    """Every item-writing warning of a valid set, each at the question (or option) it is about."""
    warnings = balance_warnings(quiz.questions)
    warnings += _duplicate_prompts(quiz.questions)
    has_article = quiz.article is not None
    for index, question in enumerate(quiz.questions):
        here = ("questions", index)
        warnings += _question_warnings(here, question, has_article)
    return warnings


def _question_warnings(here: tuple, question: Question, has_article: bool) -> list[Problem]:
    found: list[Problem] = []
    if isinstance(question, SingleChoice | MultipleChoice):
        found += _option_warnings(here, question)
    if isinstance(question, Classify):
        found += _classify_warnings(here, question, has_article)
    elif has_article and not question.evidence and not isinstance(question, Locate):
        found.append(_no_evidence(here, question.id))
    if not question.explanation.strip():
        found.append(_no_explanation(here, question.id))
    return found


def _option_warnings(here: tuple, question: SingleChoice | MultipleChoice) -> list[Problem]:
    found = list(_all_or_none(here, question))
    texts = [option.text for option in question.options]
    found += _duplicates(here, question.id, texts, ("options", "text"))
    if isinstance(question, MultipleChoice) and all(o.correct for o in question.options):
        found.append(
            warning(
                (*here, "options"),
                "W05",
                "every option is right: ticking them all scores full "
                "marks, so the question tests nothing. Add wrong options a learner could believe.",
                id=question.id,
            )
        )
    clue = _stem_word_clue(question.prompt, question.options)
    if clue is not None:
        word, option_index = clue
        found.append(
            warning(
                (*here, "options", option_index, "text"),
                "W09",
                "the prompt's word '{word}' comes back in the right option "
                "only: a learner can match words instead of understanding. Use the word in a "
                "wrong option too, or in none.",
                id=question.id,
                word=word,
            )
        )
    return found


def _all_or_none(here: tuple, question: SingleChoice | MultipleChoice) -> Iterator[Problem]:
    for index, option in enumerate(question.options):
        if is_all_or_none_option(option.text):
            yield warning(
                (*here, "options", index, "text"),
                "W06",
                "'{text}' is an 'all/none of the above' option: spotting "
                "one right or wrong option answers it, and it loses its sense when options are "
                "shuffled. Replace it with a real answer.",
                id=question.id,
                text=shorten(option.text),
            )


def _duplicates(
    here: tuple, question_id: str, texts: Sequence[str], field: tuple[str, str]
) -> Iterator[Problem]:
    """Texts offered twice; ``field`` names where they are: ("options", "text")..."""
    seen: set[str] = set()
    for index, text in enumerate(texts):
        key = folded(text)
        if key in seen:
            yield warning(
                (*here, field[0], index, field[1]),
                "W08",
                "'{text}' is offered twice: the learner cannot tell the two "
                "apart and the scoring treats them differently. Remove or reword one.",
                id=question_id,
                text=shorten(text),
            )
        seen.add(key)


def _duplicate_prompts(questions: Sequence[Question]) -> list[Problem]:
    first_with: dict[str, str] = {}
    found = []
    for index, question in enumerate(questions):
        key = folded(question.prompt)
        if key in first_with:
            found.append(
                warning(
                    ("questions", index, "prompt"),
                    "W07",
                    "same prompt as question '{other}': the learner meets "
                    "the same question twice and the results cannot tell them apart. Reword "
                    "one or remove it.",
                    id=question.id,
                    other=first_with[key],
                )
            )
        first_with.setdefault(key, question.id)
    return found


def _stem_word_clue(prompt: str, options: Sequence[Option]) -> tuple[str, int] | None:
    """A prompt word found in some right option and in no wrong one, and that option's index."""
    prompt_words = content_words(prompt)
    wrong_words: set[str] = set()
    for option in options:
        if not option.correct:
            wrong_words |= content_words(option.text)
    for index, option in enumerate(options):
        if option.correct:
            clues = (content_words(option.text) & prompt_words) - wrong_words
            if clues:
                return sorted(clues)[0], index
    return None


def _classify_warnings(here: tuple, question: Classify, has_article: bool) -> list[Problem]:
    labels = {item.label for item in question.items}
    found = []
    if len(question.items) > 1 and len(labels) == 1:
        found.append(
            warning(
                (*here, "items"),
                "W04",
                "all {count} claims have the label '{label}': choosing it "
                "for every claim scores full marks. Add claims that deserve other labels.",
                id=question.id,
                count=len(question.items),
                label=next(iter(labels)),
            )
        )
    claims = [item.claim for item in question.items]
    found += _duplicates(here, question.id, claims, ("items", "claim"))
    if has_article:
        found += [
            _no_evidence((*here, "items", index), question.id, number=index + 1)
            for index, item in enumerate(question.items)
            if not item.evidence
        ]
    return found


def _no_evidence(loc: tuple, question_id: str, number: int = 0) -> Problem:
    if number:
        return warning(
            loc,
            "W10",
            "claim {number} has no evidence although the set has an "
            "article: after answering, the learner cannot see where the article says it. Add "
            "evidence: the passage, copied from the article.",
            variant="_item",
            id=question_id,
            number=number,
        )
    return warning(
        (*loc, "id"),
        "W10",
        "no evidence although the set has an article: after answering, the "
        "learner cannot see where the article says it. Add evidence: the passage, copied from "
        "the article.",
        id=question_id,
    )


def _no_explanation(here: tuple, question_id: str) -> Problem:
    return warning(
        (*here, "id"),
        "W11",
        "no explanation: a learner who got it wrong does not learn why. Add "
        "an explanation that says why the right answer is right.",
        id=question_id,
    )


__all__ = ["WARNING_CODES", "item_warnings", "warning"]
