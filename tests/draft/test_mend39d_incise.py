"""mend39d: a reporting clause inside the marks is not cut out of a quotation that has its own
speaker after the closing mark, nor read through a participle with its complement (review39
item 4, made-up sentences)."""

from __future__ import annotations

from tests.draft.readings import content_speaker_label

_LEAD = "Titre\n\nLa réunion a eu lieu lundi. "


def test_a_quotation_cued_after_its_mark_is_its_speakers_whole() -> None:
    """« « Ce budget, dit le rapport…, reste insuffisant », a estimé Marie Dupont. »: Marie
    Dupont quotes the report; one finding, hers (before: a mixed half and « Ce budget » for
    the cabinet)."""
    text = _LEAD + (
        "« Ce budget, dit le rapport du cabinet d'audit, reste insuffisant », a estimé "
        "Marie Dupont."
    )
    assert content_speaker_label(text) == [
        ("Ce budget, dit le rapport du cabinet d'audit, reste insuffisant", "Marie Dupont", "named")
    ]


def test_a_participle_and_its_complement_are_no_inverted_subject() -> None:
    """« explique la lettre envoyée chaque année à… »: no subject, so nothing is cut (before:
    « Le projet » given to « la lettre envoyée chaque année »)."""
    text = _LEAD + (
        "« Le projet, explique la lettre envoyée chaque année à tous les habitants de la "
        "commune de Rennes, reste fragile. »"
    )
    assert all(found[0] != "Le projet" for found in content_speaker_label(text))


def test_a_person_noun_in_the_participles_ending_still_speaks() -> None:
    """« la députée de la Gironde »: a noun of a person, not a participle."""
    text = _LEAD + (
        "« Nous attendons des réponses, a expliqué la députée de la Gironde. Nous ne "
        "lâcherons rien. »"
    )
    assert [found[1] for found in content_speaker_label(text)] == ["la députée de la Gironde"]
