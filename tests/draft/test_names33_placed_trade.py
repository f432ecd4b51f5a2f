"""A trade with the place where the person works or lives, « l'agricultrice de Saint-Amour »,
takes up the person just shown, as the bare trade does (names33, made-up sentences). The
complement « de » + a capitalised word made the description look like an office of the place
(« le maire de X »), a speaker of its own, named. Mended after review (mend33d): the word after
« de » must be marked as a place by the article (after « à » / « en », or before a département
in brackets), and the person taken up holds no title of another noun."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_LEAD = (
    "La sécheresse inquiète\n\nDans sa ferme, Claire Martin voit la terre se fendre chaque été. "
)
_QUOTE = "« Le sol est dur comme de la pierre », constate "


@pytest.mark.parametrize(
    ("lead", "description"),
    [
        (_LEAD, "l'agricultrice de Saint-Amour (Jura)"),
        (
            _LEAD.replace("Dans sa ferme", "Dans sa ferme à Saint-Amour"),
            "l'agricultrice de Saint-Amour",
        ),
        (_LEAD.replace("Dans sa ferme", "En Lozère"), "l'éleveuse de Lozère"),
    ],
)
def test_a_trade_and_its_place_take_up_the_person_just_shown(lead: str, description: str) -> None:
    text = lead + _QUOTE + description + "."
    assert speaker_of(text, "Le sol est dur") == "Claire Martin"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_LEAD + _QUOTE + "la fermière de Julie.", "Julie"),
        # a person met bears the name (« Marc Vienne »): whose, though Vienne is a place too
        (
            "Sécheresse\n\nMarc Vienne a vendu ses vignes à Vienne. Dans sa ferme, Claire Martin"
            " voit la terre se fendre. " + _QUOTE + "la fermière de Vienne.",
            "la fermière de Vienne",
        ),
    ],
)
def test_a_trade_and_a_person_is_someone_else(text: str, speaker: str) -> None:
    """Counter-cases: « de Julie », « de Vienne » after « Marc Vienne » say whose."""
    assert speaker_of(text, "Le sol est dur") == speaker


@pytest.mark.parametrize(
    "lead",
    [
        "Le ministre Paul Girard a reçu les syndicats mardi. ",
        "Le chanteur Paul Girard prépare un nouvel album. ",
    ],
)
@pytest.mark.parametrize("description", ["le gérant de Carrefour", "le producteur de Stromae"])
def test_a_capitalised_word_not_marked_as_a_place_says_whose(lead: str, description: str) -> None:
    """A company or a person not yet met after « de »: a speaker of its own (review33 item 8)."""
    text = "Grève\n\n" + lead + "« On ne tiendra pas une semaine », prévient " + description + "."
    assert speaker_of(text, "On ne tiendra pas") == description


@pytest.mark.parametrize(
    ("lead", "description"),
    [
        ("La députée Anne Morel a visité une ferme à Lunel lundi. ", "l'agricultrice de Lunel"),
        (
            "Le maire de Lunel, Paul Girard, a réuni les exploitants à Lunel. ",
            "l'agriculteur de Lunel",
        ),
        ("Le syndicaliste Marc Petit réclame des aides en Lozère. ", "l'éleveur de Lozère"),
    ],
)
def test_a_placed_trade_takes_up_no_one_of_another_title(lead: str, description: str) -> None:
    """A person whose written titles hold other nouns is not « l'agricultrice de Lunel »
    (review33 item 6), even when the article marks the place as one."""
    text = "Sécheresse\n\n" + lead + "« Il faut de l'eau », lance " + description + "."
    assert speaker_of(text, "Il faut de l'eau") == description
