"""Discourse fillers next to a subject (« quant à lui », « de leur côté », « elle aussi », « à
son tour », lexicon ``discourse_fillers``) are never the speaker nor part of it, before or after
the verb, in every gender and number; they set the speaker against or beside the one heard
before, so a description beside them is not taken for that one. Made-up sentences, each kind
with a counter-case."""

from __future__ import annotations

from tests.draft.readings import speakers

_COUNCIL = "Le conseil s'est réuni lundi. Le maire, Paul Girard, a ouvert la séance. "


def test_a_filler_between_an_inverted_verb_and_its_subject() -> None:
    for filler in ("quant à lui", "pour sa part", "lui aussi", "à son tour"):
        text = _COUNCIL + f"« Les débats sont vifs », estime {filler} le maire."
        assert speakers(text) == ["Paul Girard"], filler
    text = "« Les débats sont vifs », ont estimé quant à eux les élus."
    assert speakers(text) == ["les élus"]


def test_a_filler_after_an_inverted_subject() -> None:
    text = _COUNCIL + "« Les débats sont vifs », juge le maire quant à lui."
    assert speakers(text) == ["Paul Girard"]


def test_a_filler_between_the_subject_and_its_verb() -> None:
    for filler in ("pour leur part", "quant à elles", "elles aussi", "de leur côté"):
        text = f"Les infirmières, {filler}, jugent que les gardes sont trop longues."
        assert speakers(text) == ["Les infirmières"], filler
    text = "Le syndic quant à lui juge que les travaux sont trop chers."
    assert speakers(text) == ["Le syndic"]


def test_a_pronoun_and_its_filler_opening_the_sentence() -> None:
    text = "La ministre Anne Roche a visité l'usine. Elle aussi juge que les délais sont tenus."
    assert speakers(text) == ["Anne Roche"]


def test_a_filler_sets_the_speaker_against_the_last_one() -> None:
    text = (
        "« Le projet coûte trop cher », déplore Marc Dutertre. "
        "« Le projet est financé », répond de son côté le maire. "
        "Ce dernier ajoute que les travaux commenceront en mai."
    )
    assert speakers(text) == ["Marc Dutertre", "le maire", "le maire"]


def test_without_a_filler_the_description_may_take_up_the_last_one() -> None:
    # counter-case: no filler, the description keeps its usual reading (the person just heard)
    text = (
        "« Le projet coûte trop cher », déplore Marc Dutertre. "
        "« Il faut revoir le budget », insiste le maire."
    )
    assert speakers(text) == ["Marc Dutertre", "Marc Dutertre"]


def test_words_that_only_look_like_a_filler() -> None:
    # « de son côté de la rue » is a place in the subject, not a filler at its end
    text = "Les voisins de son côté de la rue affirment que le bruit a cessé."
    assert speakers(text) == ["Les voisins de son côté de la rue"]
