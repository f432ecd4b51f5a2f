"""A reply answers only a question (mend41a, made-up sentences): after a speaker who asked
nothing (no « ? », no « demande »), « répond l'élu » or « réplique le responsable » is read as
any description is, and here takes up the person heard, as before nearby41. After a question
the reply is still someone new (tests/draft/test_nearby41.py)."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_MINISTER = "Titre\n\n« Nous ne céderons pas », a déclaré Paul Martin, ministre du Travail. "
_PRESIDENT = "Titre\n\n« Nous irons au bout », assure Anne Vidal, présidente de l'association. "
_DEPUTY = (
    "Titre\n\nLors du conseil, « nous irons au bout », a assuré Paul Martin, adjoint aux finances. "
)


def test_the_elected_man_goes_on_after_a_statement() -> None:
    text = _MINISTER + "« Il n'y en aura pas », répond l'élu, sûr de lui."
    assert speaker_of(text, "Il n'y en aura pas") == "Paul Martin"


def test_the_association_head_answers_the_press() -> None:
    text = (
        _PRESIDENT + "« Le procès aura lieu », répond la responsable associative aux journalistes."
    )
    assert speaker_of(text, "Le procès aura lieu") == "Anne Vidal"


def test_the_activist_retorts_to_the_councillors() -> None:
    text = _PRESIDENT + "« Le procès aura lieu », rétorque la militante aux élus."
    assert speaker_of(text, "Le procès aura lieu") == "Anne Vidal"


def test_the_finance_head_answers_the_opposition() -> None:
    text = (
        _DEPUTY + "« Les chiffres sont là », a répondu le responsable des finances à l'opposition."
    )
    assert speaker_of(text, "Les chiffres sont là") == "Paul Martin"


def test_the_one_in_charge_replies() -> None:
    text = _DEPUTY + "« Les chiffres sont là », réplique le responsable."
    assert speaker_of(text, "Les chiffres sont là") == "Paul Martin"


def test_a_reply_to_a_request_is_someone_new() -> None:
    """« demande » asks even without « ? »: the reply is not the one who asked."""
    text = (
        "Titre\n\n« Nous voulons une date », demande Anne Vidal, présidente de l'association. "
        "« Elle viendra », répond la responsable associative."
    )
    assert speaker_of(text, "Elle viendra") == "la responsable associative"


def test_a_reply_to_a_question_mark_is_someone_new() -> None:
    text = _MINISTER.replace("Nous ne céderons pas", "Qui paiera ?") + (
        "« Pas nous », répond l'élu, sûr de lui."
    )
    assert speaker_of(text, "Pas nous") == "l'élu"
