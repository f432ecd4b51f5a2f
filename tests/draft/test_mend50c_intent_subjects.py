"""Whose wish a « il / elle souhaite … » tells (mend50c, made-up sentences): the pronoun takes
the speaker found before it only when its gender fits that speaker and no other person (a
name, a person noun) is written between; otherwise the wish stays unread. The rule is French
only: an English wish after another person is never given to the speaker either."""

from __future__ import annotations

from quizapp.draft import analyze

SAID = "Au conseil\n\nLe maire Jean Dupont a déclaré que la piscine fermera."


def _found(text: str, language: str = "fr") -> list[tuple[str, str]]:
    found = analyze(text, language).attributions
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in found]


def test_a_feminine_pronoun_after_another_named_woman_stays_unread() -> None:
    text = (
        "Rénovation\n\nLe maire Jean Dupont a déclaré : « Les travaux commenceront en mai. » "
        "L'adjointe Marie Durand était présente. Elle souhaite rénover aussi le gymnase."
    )
    assert [f[0] for f in _found(text)] == ["Les travaux commenceront en mai."]


def test_a_wish_after_a_person_noun_is_not_the_speakers() -> None:
    text = SAID + " Son fils vit à Paris depuis dix ans. Il souhaite devenir médecin."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_a_pronoun_of_the_other_gender_stays_unread() -> None:
    text = SAID + " Elle souhaite aussi rénover le gymnase."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_a_name_between_the_speech_and_the_pronoun_stops_it() -> None:
    text = SAID + " Paul Roux était absent. Il souhaite aussi rénover le gymnase."
    assert [f[0] for f in _found(text)] == ["la piscine fermera"]


def test_a_feminine_speakers_own_wish_is_still_hers() -> None:
    text = (
        "Au conseil\n\nLa préfète Marie Roux a déclaré que la piscine fermera. Elle souhaite "
        "aussi rénover le gymnase."
    )
    assert _found(text)[1] == ("rénover le gymnase", "Marie Roux")


def test_an_english_wish_after_another_person_is_not_the_speakers() -> None:
    text = (
        "Pool\n\nMayor John Smith said the pool would close. His daughter lives in Paris. "
        "She wants to become a doctor."
    )
    assert "to become a doctor" not in [f[0] for f in _found(text, "en")]


def test_the_speakers_apposition_and_a_plural_between_leave_the_wish_his() -> None:
    text = (
        "Usine\n\n« Nous voulons un repreneur », lance Paul Roux, délégué syndical. Comme les "
        "élus, il souhaite organiser des réunions avec la direction."
    )
    assert _found(text)[1] == ("organiser des réunions avec la direction", "Paul Roux")
