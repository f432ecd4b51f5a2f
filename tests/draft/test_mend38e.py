"""mend38e: review38 items 6, 7 and 14, on made-up sentences that failed before the mend."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


@pytest.mark.parametrize(
    "signed",
    [
        "« Merci patron ! », un documentaire de François Ruffin.",
        "« Allez les Bleus », un chant de supporters.",
        "« Tous au marché » — le slogan de la foire.",
    ],
)
def test_a_work_described_after_its_title_signs_nothing(signed: str) -> None:
    """Item 6: a documentary, a chant or a slogan after a quoted title describes the work;
    it is no signer, so the title is nobody's quotation (only a person's or a body's noun
    signs)."""
    text = f"Titre\n\nLe film sort mercredi au cinéma du bourg.\n\n{signed}\n"
    assert not analyze(text, "fr", headline="Titre").attributions


def test_a_person_described_after_a_quotation_still_signs() -> None:
    """The counter-case: a described person after the comma signs the quotation."""
    text = "Titre\n\nLe marché ferme.\n\n« Nous resterons », une commerçante de la halle.\n"
    found = analyze(text, "fr", headline="Titre").attributions
    assert [(a.speaker, a.label) for a in found] == [("une commerçante de la halle", "anonymous")]


def test_one_helper_says_whether_words_open_on_que() -> None:
    """Item 14: ``_opens_on_that`` reads quotations and, not ``quoted_only``, reported words
    too (it was written twice, ``Phrasing._opens_on_que``)."""
    from quizapp.draft.drafting.wording import phrasing

    that = ["que ", "qu'"]
    assert phrasing._opens_on_that("« qu'un maire… »", that)
    assert not phrasing._opens_on_that("que le risque zéro n'existe pas", that)
    assert phrasing._opens_on_that("que le risque zéro n'existe pas", that, quoted_only=False)
    assert phrasing._opens_on_that("qu’il pleut", that, quoted_only=False)
    assert not hasattr(phrasing.Phrasing, "_opens_on_que")


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", "Vaillant a quitté le club vendredi"),
        ("fr", "Petit a rejoint le club de Lorient"),
        ("fr", "Ensemble a obtenu trois sièges"),
        ("en", "Kettering has the most empty shops in the county"),
        ("en", "Reading has the most empty shops in the county"),
        ("en", "May said the plan was sound"),
    ],
)
def test_a_name_that_is_also_a_common_word_keeps_its_capital(language: str, words: str) -> None:
    """Item 7: a name written once that is also a common word (listed by a lexicon, or ending
    as a participle or a gerund) opens its sentence as the subject, its verb next: it keeps
    its capital after « que » / "that"."""
    from quizapp.draft.drafting.wording.sentence_case import CommonWords, after_that

    article = f"Titre\n\n{words}, selon la presse."
    assert after_that(words, article, frozenset(), CommonWords(language)) == words


def test_a_common_word_before_a_preposition_still_goes_to_lower_case() -> None:
    """The counter-case: a participle before its complement is no name."""
    from quizapp.draft.drafting.wording.sentence_case import CommonWords, after_that

    words = "Trouvant cette réponse trop courte, les parents protestent"
    article = f"Le club ferme.\n\n{words}."
    assert after_that(words, article, frozenset(), CommonWords("fr")).startswith("trouvant cette")
