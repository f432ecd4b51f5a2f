"""recall18: French constructions the seventeenth round's unseen articles (blind17a, blind17b and
blind17d, now heldout) missed, each written out in made-up sentences over word orders and
source kinds, with the counter-cases that must stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of


# ----- a quoted subhead in the first person is someone's statement -----
def _under_subhead(subhead: str, body: str) -> str:
    opening = "Titre\n\nLes salariés de l'usine ont cessé le travail mardi.\n\n"
    return f"{opening}« {subhead} »\n\n{body}\n"


_TWO_SPEAKERS = (
    "« La direction ne répond plus depuis des semaines », a déclaré Paul Durand, délégué "
    "syndical. Marie Lenoir, ouvrière depuis vingt ans, a ajouté : « {quoted}, voilà ce que "
    "je ressens ce soir devant l'usine. »"
)


@pytest.mark.parametrize(
    "subhead",
    [
        "Je commençais à être très mal",
        "On aimerait bien comprendre cette décision",
        "J'ai peur de perdre mon travail",
        "Personne ne nous a prévenus",
    ],
)
def test_a_quoted_subhead_in_the_first_person_is_the_next_speakers(subhead: str) -> None:
    """Not only « nous » opening it: any word of the first person makes it speech."""
    text = _under_subhead(subhead, _TWO_SPEAKERS.format(quoted="Rien à voir"))
    assert speaker_of(text, subhead) == "Paul Durand"


@pytest.mark.parametrize(
    "subhead", ["Je commençais à être très mal", "On ne nous a pas donné les moyens"]
)
def test_a_quoted_subhead_quoted_again_below_is_that_speakers(subhead: str) -> None:
    """The pull quote's words said again further down: the one who says them, not the first
    speaker under the subhead."""
    text = _under_subhead(subhead, _TWO_SPEAKERS.format(quoted=subhead))
    assert speaker_of(text, subhead) == "Marie Lenoir"


@pytest.mark.parametrize(
    "subhead", ["C'est assez stressant", "Une situation catastrophique", "Pas loin du burn-out"]
)
def test_a_quoted_subhead_with_no_first_person_stays_framing(subhead: str) -> None:
    text = _under_subhead(subhead, _TWO_SPEAKERS.format(quoted="Rien à voir"))
    assert speaker_of(text, subhead) == ""


# ----- a headline opening on a first-person quotation, then a colon -----
_HEADLINE_BODY = (
    "\n\nLa boulangerie du village a fermé ses portes samedi après quarante ans.\n\n"
    "« Les factures ont triplé en un an », a expliqué Julien Martin, le boulanger. "
    "Sa voisine Odile Roux a ajouté : « {quoted}, c'est ce qu'il répète depuis des mois. »\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "« L'État me laisse tomber » : la boulangerie du village ferme",
        'Témoignages "Je ne m\'en sortais plus" : la boulangerie du village ferme',
    ],
)
def test_a_headline_quotation_in_the_first_person_is_the_first_speakers(headline: str) -> None:
    said = headline.split("»")[0].split("« ")[-1] if "«" in headline else headline.split('"')[1]
    text = headline + _HEADLINE_BODY.format(quoted="Rien ne va plus")
    assert speaker_of(text, said) == "Julien Martin"


def test_a_headline_quotation_quoted_again_in_the_body_is_that_speakers() -> None:
    headline = "« On n'ose plus sortir » : la boulangerie du village ferme"
    text = headline + _HEADLINE_BODY.format(quoted="On n'ose plus sortir")
    assert speaker_of(text, "On n'ose plus sortir") == "Odile Roux"


@pytest.mark.parametrize(
    "headline",
    [
        "« Une situation catastrophique » : la boulangerie du village ferme",
        "Boulangerie : « la fin d'une époque » pour le village",
    ],
)
def test_other_headline_quotations_stay_framing(headline: str) -> None:
    said = headline.split("« ")[1].split(" »")[0]
    text = headline + _HEADLINE_BODY.format(quoted="Rien ne va plus")
    assert speaker_of(text, said) == ""


# ----- a statement signed by a name and a role after it -----
_SIGNED_OPENING = (
    "Titre\n\nLa grève a commencé lundi à l'usine. « Nous irons jusqu'au bout », a déclaré "
    "Paul Durand, délégué syndical.\n\n"
)


@pytest.mark.parametrize(
    "signed",
    [
        "« Nous voulons une réouverture rapide du site » Marie Lenoir, conseillère d'Etat",
        "On ne nous a rien dit de ce plan, on l'a appris par la presse.Marie Lenoir, ouvrière",
        "Je ne comprends pas cette décision, elle arrive bien trop tard.\n\n"
        "Marie Lenoir, ouvrière depuis vingt ans, via les réseaux sociaux",
    ],
)
def test_a_passage_signed_by_a_name_and_a_role_is_that_persons(signed: str) -> None:
    """The name signs the quotation or the first-person passage (a block quotation whose
    marks were lost) right before it, not the last speaker."""
    said = signed.split("»")[0].lstrip("« ").strip() if "»" in signed else signed[:30]
    assert speaker_of(_SIGNED_OPENING + signed + "\n", said) == "Marie Lenoir"


@pytest.mark.parametrize(
    "narration",
    [
        "Les syndicats ont été reçus mardi par la direction.\n\nMarie Lenoir, ouvrière",
        "La direction a reçu mardi les représentants, dont Marie Lenoir, ouvrière",
    ],
)
def test_narration_before_a_name_and_a_role_stays_nobodys(narration: str) -> None:
    """No quotation and no first person: a sentence of the outlet, or a name ending it."""
    assert speaker_of(_SIGNED_OPENING + narration + "\n", narration[:30]) == ""
