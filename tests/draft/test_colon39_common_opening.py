"""A quotation after a colon whose sentence opens on a word capitalised only because it opens
the sentence (colon39, made-up sentences): a verb of an inversion (« Vient le tour de X : »)
or an adverb (« Aujourd'hui, … : ») is no name, so it is never the speaker."""

from __future__ import annotations

from tests.draft.readings import speaker_of


def test_an_inverted_verb_opening_the_sentence_does_not_speak() -> None:
    """« Vient le tour de X : « … » »: the verb is not the speaker."""
    text = (
        "Titre\n\nLe conseil a voté lundi. Vient le tour de Marc Durand, élu du quartier : « Nous "
        "attendons toujours une réponse claire. »"
    )
    assert speaker_of(text, "Nous attendons") not in {"Vient", "Vient ensuite"}


def test_an_adverb_opening_the_sentence_does_not_speak() -> None:
    """« Aujourd'hui, …, la seule aide reste la voisine : « … » »: no « Aujourd' » speaker."""
    text = (
        "Titre\n\nPaul Martin élève des chèvres. Aujourd'hui, quand les bêtes sortent, la seule "
        "aide reste la chienne : « Elle fait tout le travail à notre place. »"
    )
    assert not speaker_of(text, "Elle fait tout").startswith("Aujourd")
