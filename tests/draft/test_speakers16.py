"""Speakers of French attributions (speakers16 pass, issue 15): a definite or demonstrative
description standing for the person the article has just named (speakers/redescribed.py).
Made-up sentences, several forms each (office, trade, role, epithet; with or without a
complement; before or after its cue; definite or demonstrative), and counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_TAKES_UP_THE_ONE_NAMED = [
    (  # an office with a complement, the sentence after the name
        "Le projet « n'est pas enterré », a assuré lundi Marie Dufresne. Interrogée à la "
        "radio, la ministre de l'Agriculture et de la Forêt a affirmé que les aides seraient "
        "versées en mars.",
        "les aides seraient versées en mars",
        "Marie Dufresne",
    ),
    (  # an office after its cue, a sentence of narration between
        "Le budget sera voté en juin, a déclaré mardi Hélène Vautrin devant la presse. Deux "
        "tables rondes ont eu lieu. « Nous voulons informer sur le processus », a précisé la "
        "présidente de la Confédération.",
        "Nous voulons informer sur le processus",
        "Hélène Vautrin",
    ),
    (  # a demonstrative and a role with a classifying complement
        "Bernard Koffi trie les fèves au soleil. Ce responsable de coopérative constate que "
        "les acheteurs tardent à payer.",
        "les acheteurs tardent à payer",
        "Bernard Koffi",
    ),
    (  # a trade with an age, after its cue
        "« Je suis contre cet accord », a expliqué Julien Marchal, céréalier dans l'Oise. "
        "« Ça va être très dur », anticipe cet exploitant de 39 ans.",
        "Ça va être très dur",
        "Julien Marchal",
    ),
    (  # an epithet, another name in a participle clause before it: the one who spoke
        "« Rien ne bouge », a regretté Paul Lestrade, le président de l'association. Citant "
        "Victor Hugo devant la foule, le défenseur des baleines a déclaré : « La mer se "
        "meurt ».",
        "La mer se meurt",
        "Paul Lestrade",
    ),
    (  # a demonstrative, feminine, after a sentence that named a man and a woman
        "Le maire de Brest a rencontré Julie Caron. Cette responsable associative a affirmé "
        "que le local ouvrirait.",
        "le local ouvrirait",
        "Julie Caron",
    ),
    (  # after « Selon », not opening its sentence
        "Paul Durand a visité l'usine. Selon le ministre de l'Industrie, le site doit rouvrir.",
        "le site doit rouvrir",
        "Paul Durand",
    ),
    (  # a kin noun with a classifying complement: she herself, not her mother
        "C'est le cas d'Élodie. Ses enfants sont malades. « J'ai peur de me tromper dans les "
        "doses », confie la mère de famille.",
        "J'ai peur de me tromper dans les doses",
        "Élodie",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _TAKES_UP_THE_ONE_NAMED)
def test_a_description_takes_up_the_one_person_just_named(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


_STAYS_ITS_OWN = [
    (  # a tie to the one named: his spokesman, never him
        "Jean Morel a été entendu mardi. Ce porte-parole a affirmé que le dossier était vide.",
        "le dossier était vide",
        "Jean Morel",
    ),
    (  # two named people met, neither heard: the description says not which
        "Paul Lestrade a rencontré Victor Hugo devant la foule. Le défenseur des baleines a "
        "déclaré : « La mer se meurt ».",
        "La mer se meurt",
        "Paul Lestrade",
    ),
    (  # the complement names someone else
        "Michel Durand a parlé le premier. La fille de la victime a affirmé que rien "
        "n'avait changé.",
        "rien n'avait changé",
        "Michel Durand",
    ),
    (  # two named people, one of another gender: the description says not which
        "Paul Durand et Anne Roux ont visité l'usine. Le ministre de l'Industrie estime que "
        "le site doit rouvrir.",
        "le site doit rouvrir",
        "Paul Durand",
    ),
    (  # two named people of the gender the description shows
        "Paul Girard a rencontré Marc Lenoir mardi. Le ministre de l'Intérieur a affirmé que "
        "la réforme attendrait.",
        "la réforme attendrait",
        "Paul Girard",
    ),
    (  # a plural description
        "Pierre Lamy a parlé devant l'usine. Les délégués du personnel ont affirmé que la "
        "grève continuerait.",
        "la grève continuerait",
        "Pierre Lamy",
    ),
    (  # another part of a case: the lawyer named is not the prosecutor
        "Me Anne Rivière, avocate de la famille, a plaidé l'acquittement. La procureure a "
        "affirmé que les faits étaient établis.",
        "les faits étaient établis",
        "Anne Rivière",
    ),
    (  # someone written with another office, the description an office of a named body
        "La ministre de la Culture Sophie Marchand a parlé lundi. « Il était temps », réagit "
        "la directrice du musée des Beaux-Arts de Nancy.",
        "Il était temps",
        "Sophie Marchand",
    ),
    (  # a participle presents someone met there
        "« Les places coûtent trop cher », a déploré Hugo Berthier. « On reviendra », assure "
        "cet enseignant venu de Tournai.",
        "On reviendra",
        "Hugo Berthier",
    ),
    (  # set against the one heard last
        "« Ils nous insultent », menace Hugo Berthier. « Les débats sont tendus », estime "
        "quant à lui le maire.",
        "Les débats sont tendus",
        "Hugo Berthier",
    ),
]


@pytest.mark.parametrize(("text", "content", "not_speaker"), _STAYS_ITS_OWN)
def test_a_description_that_cannot_be_the_one_named_stays_its_own(
    text: str, content: str, not_speaker: str
) -> None:
    found = speaker_of(text, content)
    assert found and found != not_speaker


def test_a_description_with_nobody_named_before_stays_anonymous() -> None:
    text = "Le marché ouvre tôt. Ce responsable de coopérative constate que les prix baissent."
    assert speaker_of(text, "les prix baissent") == "Ce responsable de coopérative"


def test_a_person_named_long_before_is_not_taken_up_past_another_named_since() -> None:
    # speakers18: with nobody named since, the one heard is taken up (the corpus keys
    # « Ce métallier de formation » six sentences on as the man named, fr-ledauphine-…)
    text = (
        "Frédéric Marin comparaissait mardi. Il a reconnu les faits. Le car a quitté la "
        "route. Paul Girard, un témoin, était à bord. Une fillette était présente. Le "
        "tribunal a siégé tard. Ce chauffeur de formation jure ne plus jamais conduire."
    )
    assert speaker_of(text, "ne plus jamais conduire") == "Ce chauffeur de formation"


_OFFICE_OF_A_PLACE = [
    (
        "Les écoles rouvriront lundi, a annoncé la rectrice de l'académie de Dijon.",
        "Les écoles rouvriront lundi",
        "la rectrice de l'académie de Dijon",
    ),
    (
        "Selon le gouverneur de Labé, le calme est revenu.",
        "le calme est revenu",
        "le gouverneur de Labé",
    ),
    (
        "Le représentant des livreurs de Bordeaux affirme que les primes ont baissé.",
        "les primes ont baissé",
        "Le représentant des livreurs de Bordeaux",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _OFFICE_OF_A_PLACE)
def test_an_office_of_a_place_is_its_holder_not_the_place(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Le ministre de la Santé Olivier Véran a affirmé que les lits manquaient.",
            "les lits manquaient",
            "Olivier Véran",
        ),
        (
            "Selon la région Centre-Val de Loire, le projet avance.",
            "le projet avance",
            "Centre-Val de Loire",
        ),
    ],
)
def test_a_name_after_the_office_or_a_body_of_a_place_stays_the_speaker(
    text: str, content: str, speaker: str
) -> None:
    assert speaker in speaker_of(text, content)
