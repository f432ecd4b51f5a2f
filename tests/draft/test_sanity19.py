"""sanity19: plain bugs the drafter showed on fresh articles read as a teacher would, each
checked on made-up sentences in several forms and a counter-case.

- A title written with its period ("Sgt.", "Capt.", "Det.", lexicon ``titles``) ended the
  sentence: "…, said Sgt. Jane Roe" spoke as "Sgt", and "…, Capt. Jane Roe said." was lost.
- Titles stacked ("Lt. Gen. Jane Roe") were read as the name "Lt. Gen".
- "the Rev. Jane Roe", a name after "the", was read as a body's, so "he" or "she" after it
  went to someone else.
- A subject cut before its time kept the time's determiner: « une mère rencontrée ce lundi »
  spoke as « une mère rencontrée ce ».
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _found(text: str, language: str) -> list[tuple[str, str]]:
    found = analyze(text, language).attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The bridge was closed at noon, said Sgt. Ann Varley, a spokeswoman for the police.",
            "Sgt. Ann Varley",
            "The bridge was closed at noon",
        ),
        (
            "The ferry left an hour late because of the fog, Capt. Tom Ridley said.",
            "Capt. Tom Ridley",
            "The ferry left an hour late because of the fog",
        ),
        (
            "Nobody was hurt in the blaze, Det. Maria Olsen told reporters on Friday.",
            "Det. Maria Olsen",
            "Nobody was hurt in the blaze",
        ),
        (
            "Supt. Ian Brook said the road would reopen on Monday.",
            "Supt. Ian Brook",
            "the road would reopen on Monday",
        ),
    ],
)
def test_a_title_and_its_period_end_no_sentence(text: str, speaker: str, content: str) -> None:
    assert _found(text, "en") == [(speaker, content)]


def test_a_sentence_still_ends_after_a_word_that_is_no_title() -> None:
    text = "The vote was close in the end. Capt. Tom Ridley said the crew was safe."
    assert _found(text, "en") == [("Capt. Tom Ridley", "the crew was safe")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The base was ready, the commander, Lt. Gen. Ruth Amory, said.", "Lt. Gen. Ruth Amory"),
        ("The troops will stay, Maj. Gen. Paul Odin said.", "Maj. Gen. Paul Odin"),
    ],
)
def test_stacked_titles_belong_to_the_name(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text, "en")] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The chairman, the Rev. Paul Amory, said the hall would stay open. "
            "He said volunteers were welcome.",
            "Rev. Paul Amory",
        ),
        (
            "Board member the Rev. Jane Holt said the budget was tight. She said cuts were likely.",
            "Rev. Jane Holt",
        ),
    ],
)
def test_a_titled_name_after_the_is_a_person_taken_up_by_a_pronoun(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text, "en")] == [speaker, speaker]


def test_a_body_named_after_the_is_still_no_person() -> None:
    text = "The Harbor Commission said the pier was unsafe. It said repairs would start soon."
    assert [s for s, _ in _found(text, "en")] == ["Harbor Commission", "Harbor Commission"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "« Nous sommes inquiets », explique une mère de famille rencontrée ce lundi.",
            "une mère de famille rencontrée",
        ),
        (
            "« La route est coupée », nous raconte l'un des riverains mobilisés ce jeudi matin.",
            "l'un des riverains mobilisés",
        ),
        (
            "« Le marché est calme », a déclaré un commerçant interrogé ce mardi soir.",
            "un commerçant interrogé",
        ),
    ],
)
def test_a_subject_does_not_end_on_the_determiner_of_its_time(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text, "fr")] == [speaker]


def test_a_subject_ending_on_a_name_keeps_it() -> None:
    text = "« Le marché est calme », a déclaré ce lundi le maire de Lens."
    assert [s for s, _ in _found(text, "fr")] == ["le maire de Lens"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La sous-préfecture de Cholet a annoncé que la route était fermée.",
            "La sous-préfecture de Cholet",
        ),
        (
            "Le club de football de Vierzon a indiqué que le match était reporté.",
            "Le club de football de Vierzon",
        ),
        (
            "La caisse d'allocations familiales de Vannes a fait savoir que les aides baissaient.",
            "La caisse d'allocations familiales de Vannes",
        ),
        ("Le quai de Conti a précisé que la séance était reportée.", "Le quai de Conti"),
    ],
)
def test_a_body_of_a_place_speaks_as_itself_not_as_the_place(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text, "fr")] == [speaker]


def test_a_body_of_a_place_is_not_the_one_of_the_same_kind_named_before() -> None:
    text = (
        "La station de Morzine a annoncé que les pistes fermaient. "
        "La station de Lélex a déploré que la neige manque."
    )
    assert [s for s, _ in _found(text, "fr")] == ["La station de Morzine", "La station de Lélex"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le maire de Cholet a annoncé que la route était fermée.", "Le maire de Cholet"),
        ("Selon le rapport de la Cour des comptes, la dette augmente.", "la Cour des comptes"),
        (
            "L'avocat de Paul Dupont a affirmé que son client était innocent.",
            "L'avocat de Paul Dupont",
        ),
    ],
)
def test_an_office_a_document_and_a_tie_keep_their_speakers(text: str, speaker: str) -> None:
    assert [s for s, _ in _found(text, "fr")] == [speaker]


@pytest.mark.parametrize(
    ("text", "language", "content"),
    [
        (
            "CHICAGO (WLS) -- Five firefighters were hurt in a crash, the fire department said.",
            "en",
            "Five firefighters were hurt in a crash",
        ),
        (
            "SALEM, Ore. (AP) — Twenty people fell ill, health officials said.",
            "en",
            "Twenty people fell ill",
        ),
        (
            "TEHRAN – The ministers met in Baghdad on Sunday, the ministry said.",
            "en",
            "The ministers met in Baghdad on Sunday",
        ),
        (
            "CONAKRY, 17 octobre (Reuters) - Le président a été réélu, a annoncé la commission.",
            "fr",
            "Le président a été réélu",
        ),
    ],
)
def test_a_dateline_is_no_part_of_what_was_said(text: str, language: str, content: str) -> None:
    assert [c for _, c in _found(text, language)] == [content]


def test_capitals_and_a_dash_before_no_new_sentence_are_no_dateline() -> None:
    text = "NASA - and only NASA - will decide on the launch, the director said."
    assert [c for _, c in _found(text, "en")] == [
        "NASA - and only NASA - will decide on the launch"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "A fire truck responded to an alarm at 6:50 p.m. when it hit a car, said Dave Ross.",
        "The crew answered a call around 11:15 when the roof fell in, Chief Dave Ross said.",
    ],
)
def test_a_time_is_no_colon_after_a_cue(text: str) -> None:
    assert [s for s, _ in _found(text, "en")] == ["Dave Ross"]


def test_a_colon_after_a_cue_still_opens_what_is_said() -> None:
    text = "The chief told reporters: the crew was safe."
    assert _found(text, "en") == [("The chief", "the crew was safe")]
