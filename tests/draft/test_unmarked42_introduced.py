"""A paragraph with no quotation marks that a colon closing the paragraph before introduces,
in the first person, is its introducer's direct words (unmarked42, made-up articles): the
speaker of the finding closing the introduction (« …, explique le maire : », « Pour X, … : »),
the subject of the clause before the colon (« Anne Roy ne cache pas sa colère : »). A list or
a report so introduced, a paragraph in no first person, one with marks of its own, and English
stay as they were. mend42b narrowed it: the finding must close the introduction, the subject's
verb must report or show an attitude, « on » and possessives are no first person here, and a
pronoun opening the introduction no longer stands for the speaker."""

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
        ("Mais le maire Paul Durand reste inquiet :", "Paul Durand"),
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
         "Nous avons tout essayé pour garder ce bassin ouvert, cette fois sans succès."),
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


_SAID = "Nous avons tout essayé pour garder ce bassin ouvert. Je regrette cette issue."


@pytest.mark.parametrize(
    ("intro", "words", "speaker"),
    [
        ("Selon le préfet Jean Roux, la décision est légale, mais la conseillère Anne Roy "
         "conteste :", "Je saisirai le tribunal administratif dès demain.", "Anne Roy"),
        ("Interrogé mardi, le maire Paul Durand se montre amer :", _SAID, "Paul Durand"),
    ],
)  # fmt: skip
def test_the_clause_closing_the_introduction_gives_the_speaker(
    intro: str, words: str, speaker: str
) -> None:
    """mend42b: a finding the introduction goes on past is not the speaker's; a participle
    phrase fronted before the subject is not the subject."""
    assert _direct(intro, words) == [(speaker, "direct")]


@pytest.mark.parametrize(
    ("intro", "words"),
    [
        ("Selon le préfet Jean Roux, la décision est légale, mais l'opposante Anne Roy conteste :",
         "Je saisirai le tribunal administratif dès demain."),
        ("Le journaliste Marc Blanc a interrogé le maire Paul Durand :",
         "Je n'avais pas le choix, nous devions fermer ce bassin."),
        ("Les usagers ont reçu un courrier de la mairie :",
         "Mesdames, Messieurs, nous avons le regret de vous annoncer la fermeture du bassin."),
        ("Le conseil municipal a tranché :",
         "On fermera la piscine le 1er septembre, a-t-il été décidé."),
        ("Les usagers ont trois demandes :",
         "Des horaires élargis, un tarif réduit et des navettes vers nos communes voisines."),
        ("La conseillère municipale Anne Roy, présidente du club de natation, est arrivée en "
         "colère à la séance. Elle voulait du concret :", _SAID),
    ],
)  # fmt: skip
def test_an_asker_a_receiver_on_a_possessive_or_a_pronoun_introduces_nobody(
    intro: str, words: str
) -> None:
    """mend42b (review of round 42): none of these is the introducer's speech; the first
    keeps Jean Roux out (« l'opposante » is no person word the clause reader knows)."""
    assert _direct(intro, words) == []
