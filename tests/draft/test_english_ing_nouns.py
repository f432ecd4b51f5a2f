"""An English -ing form that closes a noun phrase opened by a determiner, followed by a
preposition that only a noun takes there (lexicon ing_noun_followers), is that phrase's noun,
not a participle that reports (made-up sentences, precision17): "issued a major tsunami
warning for the coast", "an emergency warning as of Sunday"."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_warning_issued_is_a_noun() -> None:
    text = "The agency issued a major tsunami warning for the northern coast of the island."
    assert said(text) == []


def test_a_warning_as_of_a_time_is_a_noun() -> None:
    text = "The fire is the only one in the state with an emergency warning as of Sunday."
    assert said(text) == []


def test_a_final_written_warning_is_a_noun() -> None:
    text = (
        "A police officer has been dismissed and another issued a final written warning "
        "for gross misconduct."
    )
    assert said(text) == []


def test_a_participle_after_a_noun_of_speech_still_reports() -> None:
    """Counter-cases: a clause or "that" after the -ing form, or "in part" (not listed)."""
    assert said("The firm sent a letter saying she would be laid off.") == [
        ("she would be laid off", "The firm")
    ]
    found = said("The council issued a statement warning that the bridge would close.")
    assert [content for content, _source in found] == ["the bridge would close"]
    found = said("The club released a statement saying in part that the coach had resigned.")
    assert any("the coach had resigned" in content for content, _source in found)
