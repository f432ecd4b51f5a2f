"""Speaker names kept whole: a date, an elided article inside a place name, a capitalised
title of a publication or a missing accent do not cut or split who speaks.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze
from tests.draft.readings import speakers


def test_a_date_between_the_cue_and_its_subject_is_no_part_of_the_speaker() -> None:
    text = (
        "« Le pont sera rouvert », a annoncé samedi 14 octobre Hélène Garnier. « Rien ne presse »,"
        " a répondu le 3 mars dernier le préfet."
    )
    assert speakers(text) == ["Hélène Garnier", "le préfet"]


def test_a_dated_document_is_not_written_by_its_date() -> None:
    text = "Selon un rapport du 2 février, la digue a cédé."
    assert speakers(text) == ["un rapport du 2 février"]


def test_a_place_with_an_elided_article_inside_its_hyphens_stays_whole() -> None:
    text = "Le maire de Saint-Jean-d'Angle a regretté que la route reste fermée."
    assert speakers(text) == ["Le maire de Saint-Jean-d'Angle"]


def test_a_capitalised_document_noun_is_the_title_of_a_publication() -> None:
    text = (
        "Selon La Lettre du littoral, le port sera vendu. La Lettre du littoral affirme que "
        "l'acheteur est étranger."
    )
    assert speakers(text) == ["La Lettre du littoral", "La Lettre du littoral"]


def test_a_name_written_with_and_without_its_accent_and_article_is_one_speaker() -> None:
    text = (
        "L'Élysée a affirmé qu'aucune rencontre n'avait eu lieu. « Rien n'était prévu », "
        "a insisté l'Elysée dans la soirée."
    )
    found = analyze(text, "fr")
    assert [a.speaker for a in found.attributions] == ["L'Élysée", "L'Élysée"]
    assert [a.label for a in found.attributions] == ["named", "named"]
    assert len(found.speakers) == 1


def test_a_quotation_mark_taken_for_a_subject_is_no_speaker() -> None:
    text = (
        "Lors de l’entretien, le ministre a notamment estimé que le maire Paul Roux, qui s’en "
        "était pris à un agent, «s’est fait piéger» et, sur le fond, a qualifié Marc Blin "
        "d’«habile»."
    )
    assert all(any(c.isalpha() for c in speaker) for speaker in speakers(text))


def test_a_description_between_commas_after_the_opening_name_is_that_persons() -> None:
    text = (
        "Thierry Vidal, 54 ans, éleveur à Caussade, explique que la récolte est perdue. Le "
        "maire Paul Simon a reçu les éleveurs. Vidal, l'un des plus anciens du canton, a "
        "affirmé que le projet était mort."
    )
    assert speakers(text) == ["Thierry Vidal", "Thierry Vidal"]


def test_an_opening_adverb_or_a_group_is_no_apposed_name() -> None:
    text = "Vendredi, les supporters du club ont affirmé que l'entraîneur devait partir."
    assert speakers(text) == ["les supporters du club"]


def test_an_english_apposition_after_the_name_keeps_the_name_as_speaker() -> None:
    text = (
        "Tom Rennie lives by the car park. Mr Rennie, 77, a volunteer driver for a charity, "
        "said the bins were a problem."
    )
    assert [a.speaker for a in analyze(text, "en").attributions] == ["Tom Rennie"]
