"""A paragraph with no quotation marks that a colon closing the paragraph before introduces,
in the first person, is its introducer's direct words (unmarked42, made-up articles): the
speaker of the finding closing the introduction (« …, explique le maire : », « Pour X, … : »),
the subject of the clause before the colon (« Anne Roy ne cache pas sa colère : ») or a
pronoun opening it (« Elle voulait du concret : »). A list or a report so introduced, a
paragraph in no first person, one with marks of its own, and English stay as they were."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_LEAD = (
    "Piscine : la fermeture votée\n\n"
    "Le conseil municipal a voté mardi soir la fermeture de la piscine municipale, faute de "
    "moyens pour la rénover avant l'été.\n\n"
)


def _direct(intro: str, words: str, language: str = "fr") -> list[tuple[str, str]]:
    """The speaker and kind of each finding whose content is ``words``."""
    text = f"{_LEAD}{intro}\n\n{words}\n"
    found = analyze(text, language).attributions
    return [(a.speaker, a.kind) for a in found if text[a.content[0] : a.content[1]] == words]


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        ("La décision passe mal auprès des usagers, explique le maire de la commune, "
         "Paul Durand :", "Paul Durand"),
        ("Pour Marie Dupont, présidente de l'association des usagers, la situation est "
         "grave :", "Marie Dupont"),
        ("La conseillère municipale Anne Roy ne cache pas sa colère :", "Anne Roy"),
        ("La conseillère municipale Anne Roy, présidente du club de natation, est arrivée en "
         "colère à la séance. Elle voulait du concret :", "Anne Roy"),
    ],
)  # fmt: skip
def test_a_first_person_paragraph_after_a_colon_is_the_introducers(
    intro: str, speaker: str
) -> None:
    words = "Nous avons tout essayé pour garder ce bassin ouvert. Je regrette cette issue."
    assert _direct(intro, words) == [(speaker, "direct")]


@pytest.mark.parametrize(
    ("intro", "words"),
    [
        ("Le cahier des charges de la nouvelle piscine est lourd. Il faut notamment :",
         "un bassin couvert de trois couloirs et un vestiaire chauffé pour les clubs."),
        ("La conseillère municipale Anne Roy ne cache pas sa colère :",
         "La piscine accueillait deux cents nageurs chaque semaine depuis son ouverture."),
        ("La décision passe mal auprès des usagers, a expliqué le maire de la commune.",
         "Nous avons tout essayé pour garder ce bassin ouvert. Je regrette cette issue."),
    ],
)  # fmt: skip
def test_a_list_narration_or_a_paragraph_no_colon_introduces_is_nobodys(
    intro: str, words: str
) -> None:
    assert _direct(intro, words) == []


def test_english_is_left_as_it_was() -> None:
    intro = "The mayor, Paul Durand, did not hide his anger:"
    words = "We tried everything to keep the pool open. I regret this outcome."
    assert _direct(intro, words, "en") == []
