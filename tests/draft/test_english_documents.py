"""A document standing for whoever issued it (made-up articles): "a statement said" with no
author written is the named speaker or body that just spoke or acted; an outlet is not."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(a.speaker, a.label) for a in analyze(text, language).attributions]


def test_an_unsigned_statement_is_the_body_that_just_spoke() -> None:
    text = (
        "The Transport Ministry said on Monday that rail fares would rise.\n\n"
        "The rise will take effect in April, a statement said.\n\n"
        '"Passengers will be consulted," the statement said.'
    )
    assert _speakers(text) == [("Transport Ministry", "named")] * 3


def test_an_unsigned_statement_after_an_act_is_its_subject() -> None:
    """Nobody spoke yet: the named subject of the sentence before issued it."""
    text = "Harbor Bank announced the merger. The deal will close in March, a statement said."
    assert _speakers(text) == [("Harbor Bank", "named")]


def test_a_person_who_just_spoke_issues_a_statement() -> None:
    text = (
        "Jane Moss said on Monday she would step down. "
        '"I am proud of what we built," a brief statement said.'
    )
    assert _speakers(text) == [("Jane Moss", "named")] * 2


def test_a_statement_after_an_outlet_is_not_the_outlet() -> None:
    """Counter-case: an outlet reports statements; it does not issue them."""
    text = "Reuters reported that the talks had failed. The deal is off, a statement said."
    assert _speakers(text) == [("Reuters", "named"), ("a statement", "anonymous")]


def test_a_statement_far_from_any_speaker_keeps_its_own_words() -> None:
    """Counter-case: nobody named spoke or acted in the last sentences."""
    text = (
        "Jane Moss met the board on Monday. Later that week, the weather changed. "
        "Heavy rain fell. The river will flood, a statement said."
    )
    assert _speakers(text) == [("a statement", "anonymous")]


def test_a_signed_statement_is_its_author() -> None:
    """Counter-case: the author written in the phrase wins over the last speaker."""
    text = (
        "The Transport Ministry said that fares would rise. "
        "Fares are already too high, a statement from Rail Watch said."
    )
    assert _speakers(text)[1][0] == "Rail Watch"


def test_un_communique_is_the_body_that_just_spoke() -> None:
    """The same in French: « précise un communiqué » after the prefecture's announcement."""
    text = (
        "La préfecture a annoncé la fermeture de la route. "
        "Les travaux dureront trois mois, précise un communiqué."
    )
    assert _speakers(text, "fr")[-1] == ("La préfecture", "named")


def test_an_outlet_named_before_its_description_is_named() -> None:
    """ "Xinhua news agency reported": the outlet is the named speaker, not its relay."""
    analysis = analyze("Xinhua news agency reported that the minister would visit.", "en")
    [found] = analysis.attributions
    assert (found.speaker, found.label, found.via) == ("Xinhua", "named", None)


def test_a_lawsuit_or_a_motion_is_the_party_that_filed_it() -> None:
    """A party's court papers (lexicon issued_documents: lawsuit, motion, petition…) speak
    for the party named just before."""
    sued = "Acme Corp sued the state on Monday. “The state failed to act,” the lawsuit said."
    moved = "The Harbour Trust filed a motion in court. The motion argues that the sale was void."
    assert _speakers(sued) == [("Acme Corp", "named")]
    assert _speakers(moved) == [("Harbour Trust", "named")]


def test_a_lawsuit_with_nobody_named_before_stays_itself() -> None:
    """Counter-case: no party named, no issuer."""
    text = "A lawsuit was filed on Monday. “The state failed to act,” the lawsuit said."
    assert [speaker for speaker, _label in _speakers(text)] == ["the lawsuit"]


def test_a_document_set_off_with_its_signer_is_the_signer_s() -> None:
    """ "The letter, signed by X, says…": the agent of the document's making speaks (lexicon
    document_agent_participles), whether the subject is read as the document or as its
    participle."""
    signed = "The letter, signed by Mayor Jane Roe, says the road is unsafe."
    written = "The report, written by Professor Ann Lee, said the river was polluted."
    assert _speakers(signed) == [("Jane Roe", "named")]
    assert _speakers(written) == [("Ann Lee", "named")]


def test_a_body_set_off_with_its_backer_still_speaks() -> None:
    """Counter-case: no document, no agent: "Police, backed by the army, said…"."""
    assert _speakers("Police, backed by the army, said the road was unsafe.")[0][0] == "Police"
