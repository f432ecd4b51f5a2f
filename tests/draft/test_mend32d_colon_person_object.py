"""A colon closing the last clause of a sentence whose verb has a person for object (made-up
sentences, mend32d after review32 item 3, rules/colon_quotes._person_object): the quotation
may be the object's words as well as the subject's, so it goes to neither; a thing for object
(« tape du poing », « pousse un coup de gueule ») still leaves it the subject's."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind

_BEFORE = "La ministre Claire Bonnet a visité le chantier. Au portail, "


def test_a_person_met_may_have_said_it() -> None:
    for clause in (
        "la conseillère croise une infirmière",
        "Julien Morel aperçoit une habitante du quartier",
        "le directeur rencontre des voisins",
    ):
        text = _BEFORE + clause + " : « Quelle honte, vraiment ! »"
        assert content_speaker_kind(text) == [], clause


def test_a_thing_for_object_leaves_the_subject_the_speaker() -> None:
    text = _BEFORE + "le maire pousse un coup de gueule : « Quelle honte, vraiment ! »"
    assert content_speaker_kind(text) == [("Quelle honte, vraiment !", "le maire", "direct")]
