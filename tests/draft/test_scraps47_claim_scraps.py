"""What follows an attribution in its sentence and has no clause of its own is no claim
(scraps47): the cue's complement, the speaker's apposition, a relative clause on the speaker.
A clause after the attribution with a verb of its own is still judged as a claim."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def claims(analysis: Analysis) -> list[str]:
    """The passages of the unattributed claims, in text order."""
    return [analysis.passage(c.span) for c in analysis.unattributed]


def test_the_cues_complement_after_the_speaker_is_no_claim() -> None:
    text = "« Nos enfants méritent mieux », a déclaré la maire, Anne Morel, à la fin de la séance."
    assert claims(analyze(text, "fr")) == []


def test_the_speakers_apposition_is_no_claim() -> None:
    text = "« Le budget est faux », a lancé Paul Roux, chef de file du groupe Avenir Commun."
    assert claims(analyze(text, "fr")) == []


def test_a_relative_clause_on_the_speaker_is_no_claim() -> None:
    text = "« Ça finit par compter », confie une mère d'élève, qui a souhaité garder l'anonymat."
    assert claims(analyze(text, "fr")) == []


def test_an_english_relative_on_the_speaker_is_no_claim() -> None:
    text = '"We will appeal," said one official, who asked not to be named.'
    assert claims(analyze(text, "en")) == []


def test_an_english_complement_of_the_cue_is_no_claim() -> None:
    text = '"The plant will close in May," the company said in an email sent to its staff.'
    assert claims(analyze(text, "en")) == []


def test_a_clause_of_its_own_after_the_attribution_is_still_a_claim() -> None:
    text = "« Nous voterons contre », a dit Paul Roux, mais le budget a été adopté par 19 voix."
    assert claims(analyze(text, "fr")) == ["mais le budget a été adopté par 19 voix."]


def test_a_verbless_sentence_without_an_attribution_is_still_judged() -> None:
    text = "Une hausse de 35 centimes par repas pour les familles de la commune."
    assert claims(analyze(text, "fr")) == [text]


def test_a_long_remainder_tells_an_event_of_its_own() -> None:
    text = (
        "« Nous gagnerons », a lancé Paul Roux, lors d'un meeting devant quelque 800 personnes "
        "réunies au palais des sports."
    )
    assert len(claims(analyze(text, "fr"))) == 1


def test_a_remainder_opening_on_a_conjunction_is_still_a_claim() -> None:
    """« alors que la loi l'exige »: a verb the lexicon does not know, in a clause of its own."""
    text = "« Nous ne publierons rien », a dit Paul Roux, alors que la loi l'exige."
    assert claims(analyze(text, "fr")) == ["alors que la loi l'exige."]


def test_an_english_remainder_opening_on_as_is_still_a_claim() -> None:
    text = '"We will appeal," said Mark Hill, as the city works to rebuild its stadium.'
    assert claims(analyze(text, "en")) == ["as the city works to rebuild its stadium."]


def test_an_exclamation_after_the_attribution_is_still_the_outlets() -> None:
    text = "« Nous avons gagné », a lancé Paul Roux devant des parents très fiers de leur coup !"
    assert [c.label for c in analyze(text, "fr").unattributed] == ["author"]
