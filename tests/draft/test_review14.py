"""The fourteenth round's review (issue 15): near misses and forms of this round's rules that
their own tests did not try. Made-up sentences, with counter-cases."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_COMMON_ADJECTIVE_AFTER_THE_HEAD = [
    (
        "Air France a annoncé que 500 postes seraient supprimés. La compagnie aérienne affirme "
        "que les vols seront maintenus.",
        "les vols seront maintenus",
        "Air France",
    ),
    (
        "Selon la FIDL, la réforme est injuste. L'organisation lycéenne affirme que les "
        "élèves manifesteront jeudi.",
        "les élèves manifesteront",
        "FIDL",
    ),
    (
        "Les vols de nuit reprendront, a annoncé EasyJet lundi. Selon la compagnie "
        "aérienne, la demande reste forte.",
        "la demande reste forte",
        "EasyJet",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), _COMMON_ADJECTIVE_AFTER_THE_HEAD)
def test_a_common_adjective_ending_like_a_nationality_keeps_the_body_met(
    text: str, content: str, speaker: str
) -> None:
    """« aérienne », « lycéenne » end like « italienne » but name no country."""
    assert speaker_of(text, content) == speaker


@pytest.mark.parametrize(
    "adjective", ["anglaise", "italienne", "européenne", "lyonnaise", "américaines"]
)
def test_an_adjective_of_nationality_still_makes_another_body(adjective: str) -> None:
    text = (
        "Air France a annoncé que 500 postes seraient supprimés. La compagnie "
        f"{adjective} affirme que les vols seront maintenus."
    )
    assert speaker_of(text, "les vols seront maintenus") != "Air France"


_OFFICE_OF_SOMEONE_ELSE = [
    (  # the man arrested is not the prosecutor
        "Jean Dupont a été interpellé mardi. Le procureur de la République affirme que "
        "l'enquête avance.",
        "l'enquête avance",
    ),
    (  # the man who died is not the mayor
        "Paul Morel est mort mardi. Le maire de Lyon affirme que la ville est en deuil.",
        "la ville est en deuil",
    ),
    (  # the injured player is not the club's doctor
        "Kylian Mbappé s'est blessé dimanche. Le médecin du club affirme que la saison est finie.",
        "la saison est finie",
    ),
]


@pytest.mark.parametrize(("text", "content"), _OFFICE_OF_SOMEONE_ELSE)
def test_an_office_after_someone_who_underwent_the_event_is_someone_else(
    text: str, content: str
) -> None:
    named = text.split(" ", 2)[:2]
    assert speaker_of(text, content) != " ".join(named)


@pytest.mark.parametrize(
    "before",
    [
        "Jean Dupont a été élu maire de Lyon en mars.",  # taking an office is no event undergone
        "Jean Dupont, en voyage à Tunis, a dû rentrer en urgence.",
    ],
)
def test_an_office_after_someone_who_acted_still_takes_them_up(before: str) -> None:
    text = f"{before} Le maire de Lyon affirme que la ville est prête."
    assert speaker_of(text, "la ville est prête") == "Jean Dupont"
