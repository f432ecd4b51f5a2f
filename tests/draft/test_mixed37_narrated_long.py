"""A partial quotation of seven words or more inside the outlet's narration, with no cue and
no finding in its sentence (mixed37): someone's words three times in four, given at low
confidence to the person in focus: the last speaker heard, else the nearest name. A
quoted name after a determiner and a shorter quotation stay nobody's."""

from __future__ import annotations

from quizapp.draft import analyze

HEARD = "« Nous avons besoin de bras », a déclaré Paule Vernier. "
LONG = "« rendre la halle aux habitants avant la fin de l'hiver prochain »"


def _read(text: str) -> list[tuple[str, str | None, float]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.confidence) for a in analysis.attributions]


def test_the_last_speaker_keeps_a_long_quotation_in_narration() -> None:
    text = HEARD + (
        "Le chantier lancé mardi par la commune après deux ans d'études et de débats doit "
        f"permettre de {LONG} sans fermer la rue principale."
    )
    assert _read(text)[1:] == [
        ("rendre la halle aux habitants avant la fin de l'hiver prochain", "Paule Vernier", 0.4)
    ]


def test_with_nobody_heard_the_nearest_name_speaks() -> None:
    text = (
        "Jean Morel, le maire, a lancé le chantier mardi. Le projet voté après deux ans "
        f"d'études et de débats doit permettre de {LONG} sans fermer la rue principale."
    )
    assert [speaker for _, speaker, _ in _read(text)] == ["Jean Morel"]


def test_a_quoted_name_after_a_determiner_is_nobody_s() -> None:
    text = HEARD + (
        "Le dossier sera examiné en mars prochain par les élus de la « commission des travaux "
        "publics et des marchés de la ville » après un long débat public sur le coût des travaux."
    )
    assert len(_read(text)) == 1


def test_a_short_quotation_in_narration_stays_a_scare_quote() -> None:
    text = HEARD + (
        "Le chantier lancé mardi par la commune après deux ans d'études et de débats doit "
        "permettre de « rendre la halle » aux habitants du quartier."
    )
    assert len(_read(text)) == 1


def test_english_is_left_as_it_was() -> None:
    text = (
        '"We need more hands," said Paula Vern. The works launched on Tuesday by the council '
        'after two years of studies are meant to "give the hall back to the residents before '
        'the end of next winter" without closing the main street.'
    )
    assert len(analyze(text, "en").attributions) == 1
