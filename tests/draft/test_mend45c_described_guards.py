"""The review's sentences for described45's rule (made-up): a lone quotation after a sentence
opened by a person described without a name stays the last speaker's when that description is
a share of a population (« Un habitant sur deux »), when its subject received something
(« a reçu une lettre ») or underwent the act (« a été blessé »): the mayor's words, or the
letter's, follow, not the subject's (mend45c)."""

from __future__ import annotations

import pytest

from quizapp.draft.text.segment import tokens
from quizapp.draft.uncued.rules.lone_quotes.described_before import described_person
from quizapp.draft.words.lexicon import load
from tests.draft.readings import speaker_label

_MAYOR = "« Le dossier avance », assure le maire Paul Durand.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Un habitant sur deux a plus de 70 ans. « Il faut des médecins ici. »",
        "Un médecin sur deux partira à la retraite d'ici cinq ans. « Il faut en attirer de "
        "nouveaux. »",
        "Un élève sur 10 arrive en retard. « Il faut revoir les horaires du bus. »",
        "Un enfant a été blessé lundi. « Nous allons sécuriser ce carrefour très vite. »",
        "Des cyclistes ont été renversés au rond-point. « Une piste cyclable sera créée. »",
        "La victime a reçu une lettre de la mairie en janvier. « Votre logement sera démoli en "
        "mars. »",
        "Une habitante a reçu un courrier recommandé lundi. « Vous devez quitter les lieux "
        "avant juin. »",
        "Des familles recevront bientôt une aide. « Le chèque couvrira le chauffage. »",
    ],
)
def test_a_share_a_receiver_or_a_passive_subject_leaves_the_last_speaker(sentence: str) -> None:
    assert speaker_label(_MAYOR + sentence)[-1] == ("Paul Durand", "named")


@pytest.mark.parametrize(
    "sentence",
    ["Un habitant sur deux a plus de 70 ans.", "Une infirmière sur trois manque à l'appel."],
)
def test_a_share_of_a_population_is_no_described_person(sentence: str) -> None:
    assert described_person(tokens(sentence, (0, len(sentence)), "fr"), load("fr")) is None


def test_the_one_who_acted_still_speaks() -> None:
    text = _MAYOR + (
        "Un agriculteur du village a perdu sa récolte. « Je ne sais pas comment je vais tenir. »"
    )
    assert speaker_label(text)[-1] == ("Un agriculteur du village", "anonymous")
