"""recall20: French constructions the nineteenth round's unseen articles (blind19a, blind19b and
blind19d, now heldout) missed and the whole corpus holds in more than one batch, each written
out in made-up sentences over word orders and source kinds, with the counter-cases that must
stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind

_ARTICLE = "Titre\n\nLa chaleur a frappé le village toute la semaine.\n\n{sentence}\n"


# ----- a quotation after a colon whose lead names one person -----
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Une matinée difficile pour le boulanger, Lucien Marchal : « Le four est tombé en "
            "panne à cinq heures du matin. »",
            "Lucien Marchal",
        ),
        (
            "Une journée difficile pour Odile Brun, maraîchère à Cléon : « Toutes mes salades "
            "ont brûlé en deux jours. »",
            "Odile Brun",
        ),
        (
            "Le fils de Martine, huit ans, en subit les effets : « Il dort mal et il est fatigué "
            "toute la journée. »",
            "Martine",
        ),
        (
            "Comme le lui a conseillé le médecin, sa mère, Martine, gardera l'enfant à la maison "
            "mardi pour qu'il reste au frais : « C'est la première fois que ça arrive, il fait "
            "trop chaud. »",
            "Martine",
        ),
        (
            "Et la maire du village, Odile Brun, qui décide d'en appeler au préfet, sans se "
            "faire trop d'illusion : « La loi, c'est la loi, voilà ce qu'on va me répondre. »",
            "Odile Brun",
        ),
    ],
)
def test_a_colon_quotation_goes_to_the_one_person_its_lead_names(
    sentence: str, speaker: str
) -> None:
    """« Une matinée difficile pour le boulanger, X : « … » »: no subject the continuation
    rule reads before the colon, but one named person: the quotation is theirs."""
    found = content_speaker_kind(_ARTICLE.format(sentence=sentence))
    quoted = sentence.split("« ", 1)[1].rstrip(" »")
    assert found == [(quoted, speaker, "direct")]


@pytest.mark.parametrize(
    "sentence",
    [
        # two people named before the colon: whose words they are is not said
        "Le fils de Martine rend visite à Lucien Marchal mardi : « Il dort mal et il est "
        "fatigué toute la journée. »",
        # nobody named
        "Les orages ont frappé le village mardi : « Tout a été détruit en dix minutes. »",
        # a title, not words said
        "Un cadeau pour Odile Brun, la libraire du village : « Le Petit Prince ».",
    ],
)
def test_a_colon_quotation_with_no_one_person_named_stays_unsaid(sentence: str) -> None:
    """Two people, none, or a quotation too short to be words said: nothing is found."""
    assert content_speaker_kind(_ARTICLE.format(sentence=sentence)) == []
