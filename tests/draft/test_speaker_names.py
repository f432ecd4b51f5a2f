"""Speaker names kept whole: a date, an elided article inside a place name, a capitalised
title of a publication or a missing accent do not cut or split who speaks.

One short hand-made case per rule; none is a sentence of the evaluation corpus.
"""

from __future__ import annotations

from quizapp.draft import analyze


def speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


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
