"""recall18: French constructions the seventeenth round's unseen articles (blind17a, blind17b and
blind17d, now heldout) missed, each written out in made-up sentences over word orders and
source kinds, with the counter-cases that must stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speaker_of


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


# ----- a final cue with no comma before a name, or with the people told after the comma -----
@pytest.mark.parametrize(
    ("text", "content", "source"),
    [
        (
            "La route a été coupée toute la journée raconte Paul Martin.",
            "La route a été coupée toute la journée",
            "Paul Martin",
        ),
        (
            "Un salarié a été malmené sur un parking explique Marie Lenoir, déléguée CFDT.",
            "Un salarié a été malmené sur un parking",
            "Marie Lenoir",
        ),
        (
            "Les cas les plus graves seront admis aux urgences, nous apprend Sud Ouest.",
            "Les cas les plus graves seront admis aux urgences",
            "Sud Ouest",
        ),
        (
            "Le chantier reprendra en septembre, me confie Paul Martin.",
            "Le chantier reprendra en septembre",
            "Paul Martin",
        ),
    ],
)
def test_a_final_cue_reports_the_clause_before_it_without_its_comma(
    text: str, content: str, source: str
) -> None:
    assert (content, source) in said(text, "fr")


def test_a_cue_without_a_comma_before_a_name_and_a_colon_gives_both_to_the_name() -> None:
    text = (
        "Titre\n\nL'histoire a marqué les esprits : un salarié a été malmené sur un parking "
        "raconte Paul Martin, délégué CFDT : « Il avait son badge dans la voiture. Quelqu'un "
        "est venu l'agresser. »\n"
    )
    assert speaker_of(text, "un salarié a été malmené") == "Paul Martin"
    assert speaker_of(text, "Il avait son badge") == "Paul Martin"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Les salariés de l'usine dénoncent Emmanuel Macron.", "Les salariés de l'usine"),
        (
            "Le maire a reçu les salariés et dénonce Emmanuel Macron.",
            "Le maire a reçu les salariés",
        ),
        ("Le syndicat des salariés qui dénonce Emmanuel Macron.", "Le syndicat des salariés"),
    ],
)
def test_a_subject_before_its_verb_is_not_what_a_name_after_it_says(
    text: str, subject: str
) -> None:
    assert not any(c.startswith(subject) for c, _ in said(text, "fr"))


# ----- « …, selon X, OFFICE… »: a bare office after the name describes the source -----
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "La principale du collège fait partie des victimes, selon Bernard Pontac, policier "
            "municipal à Auch, contacté par Le Figaro.",
            "La principale du collège fait partie des victimes",
        ),
        (
            "Le mouvement doit durer 24 heures au moins, selon Daniel Roux, président de la FDPL.",
            "Le mouvement doit durer 24 heures au moins",
        ),
    ],
)
def test_a_bare_office_after_the_name_closing_a_selon_is_the_source(
    text: str, content: str
) -> None:
    assert [c for c, _ in said(text, "fr")] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "En tout, selon Libération, près de trente laboratoires sont concernés.",
            "près de trente laboratoires sont concernés",
        ),
        (
            "Le site a fermé, selon Paul Roux, directeur du musée, qui a refusé tout commentaire.",
            "Le site a fermé",
        ),
    ],
)
def test_a_clause_after_a_selon_stays_the_claim(text: str, content: str) -> None:
    assert [c for c, _ in said(text, "fr")][:1] == [content]
