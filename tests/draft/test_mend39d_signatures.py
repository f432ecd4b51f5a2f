"""mend39d: the signatures round 39 widened, checked on made-up sentences (review39 items 9
and 11)."""

from __future__ import annotations

from tests.draft.readings import content_speaker_label, speakers

_ARTICLE = (
    "Titre\n\nLe club a perdu son terrain d'entraînement. « On repart de zéro », soupire "
    "Marc Olivier, un entraîneur.\n\n{signed}\n\nLa saison reprendra en septembre.\n"
)


def test_a_body_named_after_its_noun_signs_nothing() -> None:
    """« — présidente de l'association Les Amis de Lyon »: the name is the body's, so no
    person signs (before: « Amis de Lyon », named)."""
    signed = "« Il faudra trouver un autre stade. » — présidente de l'association Les Amis de Lyon"
    assert speakers(_ARTICLE.format(signed=signed)) == ["Marc Olivier"]


def test_a_club_named_after_its_noun_signs_nothing() -> None:
    signed = "« Il faudra trouver un autre stade. » — présidente du club Les Aiglons de Nantes"
    assert speakers(_ARTICLE.format(signed=signed)) == ["Marc Olivier"]


def test_a_person_named_after_a_body_noun_still_signs() -> None:
    """A known first name after the body's noun is a person's name."""
    signed = "« Il faudra trouver un autre stade. » — présidente de l'association Anne Durand"
    assert speakers(_ARTICLE.format(signed=signed)) == ["Marc Olivier", "Anne Durand"]


_LETTER = (
    "Titre court\n\nLe conseil municipal s'est réuni lundi soir.\n\n« Nous irons jusqu'au bout, "
    "a promis le maire Paul Roux devant nous. Nous voulons le croire. » — Lucie Marchand\n"
)


def test_a_speaker_quoted_with_an_incise_in_a_signed_letter_keeps_his_words() -> None:
    """The mayor's promise stays his; only the sentence after the incise is the signer's
    (before: the whole quotation went to Lucie Marchand)."""
    found = content_speaker_label(_LETTER)
    assert found == [
        ("Nous irons jusqu'au bout, a promis le maire Paul Roux devant nous", "Paul Roux", "named"),
        ("Nous voulons le croire", "Lucie Marchand", "named"),
    ]


def test_a_quotation_ending_on_its_incise_stays_the_speakers() -> None:
    letter = _LETTER.replace(" Nous voulons le croire.", "")
    assert speakers(letter) == ["Paul Roux"]
