"""A quotation right after « comme » that closes the object of a person's verb: the attribute
that person gives the object, its words however short (made-up sentences, narration34,
rules/seen_as.characterised, out of rules/narrated since tidy36); the subject may open a
clause « si » or an object relative « que » opens. Never when the subject underwent the
view (« est perçu comme »), denied it or is a thing seen by others (« Le tracé, vu comme
« … » par… »)."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind

_BEFORE = "« Le vote aura lieu ce soir », a annoncé le président, Marc Olivier. "


def _second(sentence: str) -> list[tuple[str, str, str]]:
    """The findings after the lead's quotation."""
    return content_speaker_kind(_BEFORE + sentence)[1:]


def test_the_subject_of_an_opening_si_clause_gives_the_object_its_attribute() -> None:
    sentence = (
        "Si la présidente de Région Anne Morel vit cette réforme comme « une gifle aux "
        "communes », elle votera quand même."
    )
    assert _second(sentence) == [
        ("vit cette réforme comme « une gifle aux communes »", "Anne Morel", "mixed")
    ]


def test_a_counted_subject_with_an_object_pronoun_before_its_auxiliary() -> None:
    sentence = (
        "Les 12 élus de l'opposition l'ont vécu comme une « provocation » et ont quitté la salle."
    )
    assert _second(sentence) == [
        ("l'ont vécu comme une « provocation »", "Les 12 élus de l'opposition", "mixed")
    ]


def test_no_attribute_from_a_passive_a_denial_or_a_thing_seen_by_others() -> None:
    for sentence in (
        "Le maire est perçu comme « un homme de dossiers » par ses adjoints.",
        "Les opposants ne voient pas ce projet comme « une chance ».",
        "Le tracé, vu comme « une erreur » par les riverains, sera revu.",
    ):
        speakers = [speaker for _, speaker, _ in _second(sentence)]
        assert "Les opposants" not in speakers and "Le maire" not in speakers
        assert "Le tracé" not in speakers


def test_no_attribute_after_a_verb_of_doing_or_a_denied_view() -> None:
    """mend34d: « comme » after a verb that judges or perceives nothing (« travaille comme »,
    « a rejoint l'équipe comme »: in the role of), or in a sentence that says the subject
    keeps the view to itself, gives the subject no words."""
    for sentence in (
        "Claire Morel travaille comme « aide-soignante de nuit » depuis 2015.",
        "Paul Garnier a rejoint l'équipe comme « ailier gauche » en mars.",
        "Si la directrice Anne Morel vit cette fermeture comme « un échec », elle ne le dit pas.",
    ):
        speakers = [speaker for _, speaker, _ in _second(sentence)]
        assert "Claire Morel" not in speakers and "Paul Garnier" not in speakers
        assert "Anne Morel" not in speakers
