"""A document taken up after the sentence that introduced it, and « Ce dernier est formel : »
(made-up sentences): « X a pris un arrêté. Le texte dénonce… » is X's, not the last speaker's;
« ce dernier » before a colon of certainty is the latest person met. A document another
person sent (« a reçu une lettre de la ministre Y ») is Y's; with no second person met,
« ce dernier » is the speaker going on."""

from __future__ import annotations

from tests.draft.readings import speaker_of as _speaker_of

_FIRST = "Titre\n\n« Nous sommes abandonnés », explique à l'AFP le maire de Lunel, Marc Dufresne. "
_DENOUNCED = "la mise en danger de la vie d'autrui"


def test_a_document_introduced_the_sentence_before_is_its_issuers() -> None:
    for intro, said in (
        ("Comme de nombreux édiles, Jany Siméon, maire de Sarlac, a pris un arrêté.", "Le texte"),
        ("Jany Siméon a signé une lettre ouverte au ministre.", "La lettre dénonçait"),
        ("Mardi, Jany Siméon a publié un communiqué.", "Le communiqué dénonce"),
    ):
        text = f"{_FIRST}{intro} {said} dénonce {_DENOUNCED}."
        assert _speaker_of(text, _DENOUNCED) == "Jany Siméon", intro


def test_a_document_received_from_someone_is_the_senders() -> None:
    text = f"{_FIRST}Odile Marchal a reçu mardi une lettre de la ministre Claire Vannier. "
    text += f"La lettre dénonce {_DENOUNCED}."
    assert _speaker_of(text, _DENOUNCED) == "Claire Vannier"


def test_ce_dernier_before_a_colon_of_certainty_is_the_latest_person() -> None:
    said = "« On ne s'interdit pas de porter plainte »."
    for intro, lead, name in (
        ("Jany Siméon, maire de Sarlac, a réuni son conseil.", "Ce dernier est formel", "Jany"),
        ("Mardi, Odile Marchal a écrit au préfet.", "Cette dernière est formelle", "Odile"),
        ("Paul Verdier a réuni son conseil.", "Celui-ci est catégorique", "Paul"),
    ):
        text = f"{_FIRST}{intro} {lead} : {said}"
        assert _speaker_of(text, "On ne s'interdit").startswith(name), intro


def test_with_nobody_met_since_ce_dernier_is_the_speaker() -> None:
    text = f"{_FIRST}La réunion a duré deux heures. Ce dernier est formel : « On ne cédera pas »."
    assert _speaker_of(text, "On ne cédera") == "Marc Dufresne"
