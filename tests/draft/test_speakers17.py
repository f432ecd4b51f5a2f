"""Speakers of attributions (speakers17 pass, issue 15), from the sixteenth round's unseen
batches: a participle used as a noun is no event the person underwent, a trade of a place
speaks as the person, an English object clause is no inverted subject. Made-up sentences,
several forms each, and counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_COUNTED_PARTICIPLE = [
    (  # « dont deux blessés »: the sheep were hurt, not the farmer
        "Agriculteur à Brenon, Marc Delorme avait dix moutons. Il n'en reste que six, dont "
        "deux blessés. « Je n'avais jamais vu ça », témoigne cet agriculteur.",
        "Je n'avais jamais vu ça",
        "Marc Delorme",
    ),
    (  # a figure, then the participle
        "Éleveuse à Rully, Anne Fabre a perdu une génisse. On compte 3 blessées dans le "
        "troupeau. « Le loup est revenu », assure cette éleveuse.",
        "Le loup est revenu",
        "Anne Fabre",
    ),
    (  # a determiner
        "Paul Girard dirige la clinique depuis dix ans. Les blessés ont été soignés sur place. "
        "Le médecin a affirmé que tout était sous contrôle.",
        "tout était sous contrôle",
        "Paul Girard",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _COUNTED_PARTICIPLE)
def test_a_participle_used_as_a_noun_is_no_event_the_person_underwent(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content) == speaker


def test_a_person_who_was_hurt_is_still_not_the_office_that_speaks() -> None:
    text = (
        "Jean Morel a été blessé mardi soir. Le procureur de la République affirme que "
        "l'enquête avançait."
    )
    assert speaker_of(text, "l'enquête avançait") != "Jean Morel"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a trade and a village, after its cue
            "Marc Delorme élève des moutons. « Il y a de gros dégâts », déplore l'agriculteur "
            "de Brenon.",
            "Il y a de gros dégâts",
        ),
        (  # a trade and a town with a determiner, before its cue
            "Marc Delorme a ouvert sa boutique en mai. Le boulanger du Puy affirme que les "
            "prix vont monter.",
            "les prix vont monter",
        ),
    ],
)
def test_a_trade_of_a_place_speaks_as_a_person_never_as_the_place(text: str, content: str) -> None:
    found = speaker_of(text, content)
    assert found not in ("Brenon", "Puy", "Le Puy", "")


def test_a_name_after_the_trade_of_a_place_is_the_person_own() -> None:
    text = "« Il y a de gros dégâts », déplore l'agriculteur de Brenon Marc Delorme."
    assert speaker_of(text, "Il y a de gros dégâts") == "Marc Delorme"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Vanessa catches the train every day and says that if she was told to come in, "
            "it would be near impossible.",
            "it would be near impossible",
            "Vanessa",
        ),
        (
            "Tom Baker runs a bakery and says the rents are too high.",
            "the rents are too high",
            "Tom Baker",
        ),
        (
            "The mayor visited the site on Monday and says that it would be near impossible.",
            "it would be near impossible",
            "The mayor",
        ),
    ],
)
def test_an_english_object_clause_is_no_inverted_subject(
    text: str, content: str, speaker: str
) -> None:
    assert speaker_of(text, content, "en") == speaker


def test_an_english_inverted_subject_after_a_quotation_still_speaks() -> None:
    text = '"The rents are too high," says Tom Baker, who runs a bakery.'
    assert speaker_of(text, "The rents are too high", "en") == "Tom Baker"


def test_eux_reads_as_a_plural_pronoun() -> None:
    from quizapp.draft.sources.reading import read_source
    from quizapp.draft.words.lexicon import load

    lex = load("fr")
    assert read_source("eux", lex, False).gender == "p"
    assert read_source("elles-mêmes", lex, False).gender == "p"
    assert read_source("lui", lex, False).gender == "m"
    assert read_source("elle-même", lex, False).gender == "f"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (  # a named body spoke, then « selon eux »
            "La CGT a dénoncé un plan social. Selon eux, l'usine fermera en mars.",
            "l'usine fermera en mars",
            "CGT",
        ),
        (  # a group spoke, « pour eux »
            "Les habitants du quartier affirment que le bruit est permanent. Pour eux, la "
            "mairie doit agir vite.",
            "la mairie doit agir vite",
            "Les habitants du quartier",
        ),
    ],
)
def test_selon_eux_after_a_group_spoke_is_that_group(text: str, content: str, speaker: str) -> None:
    assert speaker in speaker_of(text, content)


def test_selon_eux_is_never_one_woman_described() -> None:
    text = (
        "La mère a appelé l'enseignante de son fils, qui a indiqué qu'elle traiterait le "
        "problème. La réponse a laissé la famille perplexe. Selon eux, l'école refuse d'agir."
    )
    assert speaker_of(text, "l'école refuse d'agir") != "l'enseignante de son fils"


def test_ils_goes_to_the_body_heard_before_not_the_one_person_heard_since() -> None:
    text = (
        "Le collectif Vélo Ville a salué la décision du maire. « C'est un premier pas », a "
        "réagi Paul Durand, un habitant. Ils demandent la gratuité des bus."
    )
    assert speaker_of(text, "la gratuité des bus") == "Vélo Ville"


def test_ils_with_no_group_heard_stays_with_the_last_speaker() -> None:
    text = (
        "« C'est un premier pas », a réagi Paul Durand, un habitant. Ils demandent la "
        "gratuité des bus."
    )
    assert speaker_of(text, "la gratuité des bus") == "Paul Durand"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The union spoke first. Ms Whyley called for “a substantial offer from the Welsh "
            "government”.",
            "a substantial offer from the Welsh government",
        ),
        (
            "The union spoke first. Helen Whyley called for 'a fair deal for every nurse'.",
            "a fair deal for every nurse",
        ),
    ],
)
def test_an_english_demand_may_quote_its_object(text: str, content: str) -> None:
    assert "Whyley" in speaker_of(text, content, "en")


def test_an_english_demand_with_a_short_quoted_object_is_still_no_cue() -> None:
    text = "The union spoke first. Ms Whyley called for “help”."
    assert speaker_of(text, "help", "en") == ""
