"""The codes of the item-writing warnings and the one helper that makes each of them."""

from __future__ import annotations

from quizapp.model import Problem

WARNING_CODES = {
    "W01": "warn_true_false_unbalanced",
    "W02": "warn_right_often_longest",
    "W03": "warn_right_much_longer",
    "W04": "warn_classify_one_label",
    "W05": "warn_every_option_right",
    "W06": "warn_all_or_none",
    "W07": "warn_duplicate_prompt",
    "W08": "warn_duplicate_option",
    "W09": "warn_stem_word_clue",
    "W10": "warn_no_evidence",
    "W11": "warn_no_explanation",
}


def warning(
    loc: tuple[str | int, ...], code: str, template: str, variant: str = "", **values: object
) -> Problem:
    """A warning as a located problem; its catalog key (its French words) comes from its code.

    ``template`` is the warning's words alone: the lead that names the code and the question
    (« warning W11 [q-id]: ») is ``checking``'s, which keeps both as fields (ui37).

    ``variant`` tells apart two wordings of one code; ``values`` must hold the question's
    ``id``: the editor lists warnings by question.
    """
    return Problem.of(loc, WARNING_CODES[code] + variant, template, code=code, **values)
