"""A sentence of narration holding the last speaker's words in quotation marks, with no cue of
its own, right after that speaker was heard: a mixed statement of theirs (recall10). A quoted
noun (« des « attestations de retard » »), a question, a subhead, or a sentence after one of
plain narration are not."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind as found

SPOKE = "« Nous avons perdu neuf emplois cette année », a déclaré Franck Bizet, délégué CGT. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Si trois des salariés licenciés en mars « ont retrouvé un travail », les autres "
        "restent sans emploi",
        "Par ailleurs, des machines sont toujours dans l'atelier, notamment « des presses "
        "anciennes »",
        "Le plan social n'entrerait en vigueur « probablement qu'en mai »",
        "La direction pourrait investir « pour un montant modeste » dans le site",
        "Les ouvriers attendaient depuis des mois « un vrai plan de reprise »",
    ],
)
def test_a_quoted_phrase_in_the_next_sentence_is_the_speaker_going_on(sentence: str) -> None:
    text = SPOKE + sentence + "."
    assert found(text)[-1] == (sentence, "Franck Bizet", "mixed")


def test_in_the_next_paragraph_too() -> None:
    text = SPOKE + "\n\nLes salariés restent « dans une situation difficile » depuis mars."
    assert found(text)[-1] == (
        "Les salariés restent « dans une situation difficile » depuis mars",
        "Franck Bizet",
        "mixed",
    )


@pytest.mark.parametrize(
    "after",
    [
        "La SNCF a mis à disposition des « attestations de retard » en gare.",
        "Une « gelée noire » a touché les vignes en avril.",
        "Les salariés sont-ils « dans une impasse » ?",
        "L'usine a fermé en mars. Depuis, les salariés de l'atelier de montage restent « dans "
        "une situation difficile ».",
        "Le site emploie encore cent salariés.",
    ],
)
def test_no_quoted_phrase_right_after_a_speaker_is_no_statement(after: str) -> None:
    assert len(found(SPOKE + after)) == 1


def test_a_subhead_is_no_statement() -> None:
    text = SPOKE + "\n\nDes salariés « en détresse »\n\nLe site emploie encore cent salariés."
    assert len(found(text)) == 1
