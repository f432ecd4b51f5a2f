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
    from quizapp.draft.wording import phrasing

    that = ["que ", "qu'"]
    assert phrasing._opens_on_that("« qu'un maire… »", that)
    assert not phrasing._opens_on_that("que le risque zéro n'existe pas", that)
    assert phrasing._opens_on_that("que le risque zéro n'existe pas", that, quoted_only=False)
    assert phrasing._opens_on_that("qu’il pleut", that, quoted_only=False)
    assert not hasattr(phrasing.Phrasing, "_opens_on_que")
