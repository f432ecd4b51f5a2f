"""Speakers of attributions (speakers18 pass, issue 15), from the seventeenth round's unseen
batches. Made-up sentences, several forms each, and counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import said, speaker_of

_RELAY_THEN_SUBJECT = [
    (  # « confie au Quotidien l'édile »: the outlet told, then the inverted subject
        "Le maire de Brenon, Paul Durand, est sous le choc. « Nous avions tout fait pour "
        "le garder », confie au Quotidien l'édile.",
        "Nous avions tout fait pour le garder",
        "Paul Durand",
    ),
    (  # « à » and a name of two words
        "La maire de Rully, Anne Fabre, regrette le départ du médecin. « Le village se vide », "
        "explique à Radio Bleue la maire.",
        "Le village se vide",
        "Anne Fabre",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _RELAY_THEN_SUBJECT)
def test_a_description_after_the_outlet_told_is_no_title_of_the_outlet(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_title_set_apart_by_a_comma_after_a_complement_is_still_a_title() -> None:
    text = (
        "Le projet a été présenté à Paul Durand, maire de Brenon. Le maire a affirmé que "
        "les travaux commenceraient en mai."
    )
    assert speaker_of(text, "les travaux commenceraient en mai") == "Paul Durand"


_HEARD_FAR_BACK = [
    (  # a demonstrative with a complement, four sentences of narration between
        "« Les naissances sont arrivées tard », se félicite Paul Durand, fondateur du zoo. "
        "Le livret s'est enrichi d'un ourson. Les soigneurs veillent. Le froid a aidé. "
        "« Un hiver sec élimine les virus », explique ce spécialiste de la faune.",
        "Un hiver sec élimine les virus",
        "Paul Durand",
    ),
    (  # a definite trade, nothing else written of her, a man named since
        "« Nous voulions résister », concède Anne Fabre. Anne Fabre et Marc Fabre tenaient "
        "aussi un dépôt. La liquidation était la solution. Le tribunal a tranché lundi. "
        "« On s'est battus jusqu'au bout », martèle la boulangère.",
        "On s'est battus jusqu'au bout",
        "Anne Fabre",
    ),
    (  # an office as subject, three sentences on
        "Le Conseil fédéral veut des économies, a déclaré lundi Viola Amherd. Les tables "
        "rondes ont eu lieu. Plusieurs ministres y ont participé. Un rapport a été présenté. "
        "« Nous voulons informer », a précisé la présidente de la Confédération.",
        "Nous voulons informer",
        "Viola Amherd",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _HEARD_FAR_BACK)
def test_a_description_takes_up_the_one_heard_when_nobody_was_named_since(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


_SOMEONE_NEW_FAR_BACK = [
    (  # another woman named since
        "« Nous voulions résister », concède Anne Fabre. Julie Morin tenait aussi un dépôt. "
        "La liquidation était la solution. Le tribunal a tranché lundi. « On s'est battus "
        "jusqu'au bout », martèle cette boulangère de quartier.",
        "On s'est battus jusqu'au bout",
        "cette boulangère de quartier",
    ),
    (  # a definite office, the one heard written with another noun
        "« La salle est trop petite », a dit Paul Morel, un habitant. La salle date de 1950. "
        "Elle accueille cent personnes. Le chantier attendra. « Nous en construirons une "
        "autre », a répondu le maire.",
        "Nous en construirons une autre",
        "le maire",
    ),
    (  # another gender
        "« Les naissances sont arrivées tard », se félicite Anne Roux. Le livret s'est "
        "enrichi d'un ourson. Les soigneurs veillent. Le froid a aidé. « Un hiver sec élimine "
        "les virus », explique ce spécialiste de la faune.",
        "Un hiver sec élimine les virus",
        "ce spécialiste de la faune",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _SOMEONE_NEW_FAR_BACK)
def test_a_description_far_back_past_someone_named_or_another_noun_is_someone_new(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # a first name alone, feminine
            "« Nous voulions résister », concède Christelle. La liquidation était la "
            "solution. Le tribunal a tranché lundi. Le dépôt a fermé mardi. « On s'est battus "
            "jusqu'au bout », martèle la boulangère.",
            "On s'est battus jusqu'au bout",
            "Christelle",
        ),
        (  # masculine
            "« Je ne comprends pas », confie Gurvan. Le loyer a doublé. Le bail court encore. "
            "La banque a refusé mardi. « On va partir », ajoute cet étudiant.",
            "On va partir",
            "Gurvan",
        ),
    ],
)
def test_a_common_first_name_alone_names_a_person_of_its_gender(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


_ELIDED_NAMED_BODY = [
    (  # « l'Autorité … » after another body met: a name of its own, its article elided
        "Le comité regroupe les fédérations FNTR et OTRE. En 2014, la ministre Anne Roux "
        "avait réagi après un rapport de l'Autorité de la concurrence qui faisait état "
        "d'une rente des sociétés.",
        "d'une rente des sociétés",
        "l'Autorité de la concurrence",
    ),
    (  # « l'Office … »
        "Le comité regroupe les fédérations FNTR et OTRE. En 2020, le ministre Paul Roux "
        "avait réagi après une note de l'Office fédéral de la statistique qui faisait état "
        "d'une baisse des salaires.",
        "d'une baisse des salaires",
        "l'Office fédéral de la statistique",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _ELIDED_NAMED_BODY)
def test_a_capitalised_body_after_an_elided_article_is_no_generic_description(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_generic_body_noun_in_lower_case_still_takes_up_the_body_met() -> None:
    text = (
        "« Les chiffres sont stables », a indiqué le Statec. L'institut statistique précise "
        "que le chômage recule."
    )
    assert speaker_of(text, "le chômage recule") == "Statec"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # the compound opens the subject
            "The Howard Trust think tank said thousands of patients are waiting.",
            "thousands of patients are waiting",
            "The Howard Trust think tank",
        ),
        (  # inside an apposition
            "But Siva Patel, chief analyst at the Lorne Fund think tank, said the promises "
            "will ring hollow.",
            "the promises will ring hollow",
            "Siva Patel",
        ),
        (  # plural
            "Two think tanks said the cuts went too far.",
            "the cuts went too far",
            "Two think tanks",
        ),
    ],
)
def test_a_think_tank_is_a_noun_not_a_verb_of_thinking(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content, "en") == speaker


def test_think_before_that_still_reports() -> None:
    assert said("Most residents think the tank should be moved.") == [
        ("the tank should be moved", "Most residents")
    ]
