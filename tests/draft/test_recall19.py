"""recall19: French constructions the eighteenth round's unseen articles (blind18a, blind18b and
blind18d, now heldout) missed and the whole corpus holds in more than one batch, each written
out in made-up sentences over word orders and source kinds, with the counter-cases that must
stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind, said, speaker_of


# ----- an adverb between an inserted verb and its subject, inside the marks -----
@pytest.mark.parametrize(
    ("incise", "speaker"),
    [
        ("calcule même Lucien Marchal", "Lucien Marchal"),
        ("explique encore Lucien Marchal", "Lucien Marchal"),
        ("ajoute aussitôt la directrice", "la directrice"),
        ("répète aujourd'hui le maire", "le maire"),
        ("précise mardi Lucien Marchal", "Lucien Marchal"),
    ],
)
def test_an_adverb_after_an_inserted_verb_inside_the_marks(incise: str, speaker: str) -> None:
    """« « A, calcule même X, … B » »: the adverb opens no subject, the incise is X's."""
    text = (
        "Titre\n\nLes salariés de la laiterie ont cessé le travail lundi matin.\n\n"
        f"« Les trois quarts des équipes ont suivi, {incise}. Personne ne veut plus "
        "travailler dans ces conditions. »\n"
    )
    assert speaker_of(text, "Les trois quarts") == speaker


def test_an_adverb_with_no_subject_after_it_is_no_incise() -> None:
    """« …, explique encore. … »: no subject after the adverb; the quotation stays whole,
    given to whoever spoke before."""
    text = (
        "Titre\n\nLucien Marchal, délégué syndical, a pris la parole lundi.\n\n"
        "« Les trois quarts des équipes ont suivi, explique encore. Personne ne veut plus "
        "travailler dans ces conditions. »\n"
    )
    found = content_speaker_kind(text)
    assert [f for f in found if f[0].startswith("Les trois quarts")] == [
        (
            "Les trois quarts des équipes ont suivi, explique encore. Personne ne veut plus "
            "travailler dans ces conditions.",
            "Lucien Marchal",
            "direct",
        )
    ]


# ----- a quotation signed after a dash -----
_SIGNED = (
    "Titre\n\nLa grêle a frappé le village samedi. « C'était effrayant », raconte Odile, "
    "une voisine.\n\n{signed}\n\nLes assureurs passeront la semaine prochaine.\n"
)


@pytest.mark.parametrize(
    ("signed", "speaker"),
    [
        (
            '"Nos équipes ont ramassé des tuiles toute la journée" - Lucien Marchal, adjoint au '
            "maire",
            "Lucien Marchal",
        ),
        (
            '"Nos équipes ont ramassé des tuiles toute la journée"- Lucien Marchal, adjoint au '
            "maire",
            "Lucien Marchal",
        ),
        (
            "« Nos équipes ont ramassé des tuiles toute la journée » – Lucien Marchal, adjoint au "
            "maire du village",
            "Lucien Marchal",
        ),
        (
            '"Nos équipes ont ramassé des tuiles toute la journée" - Bastien, habitant du village',
            "Bastien",
        ),
        (
            '"Mon fils me crie "il pleut dedans" et nos équipes ont ramassé des tuiles toute la '
            'journée" - Bastien, habitant du village',
            "Bastien",
        ),
    ],
)
def test_a_quotation_signed_after_a_dash_is_the_signers(signed: str, speaker: str) -> None:
    """Not the speaker heard before (Odile): the name after the dash signs the quotation, even
    one word, even when nothing was found in the quotation (inner marks paired wrongly)."""
    assert speaker_of(_SIGNED.format(signed=signed), "ont ramassé des tuiles") == speaker


@pytest.mark.parametrize(
    "signed",
    [
        "Les équipes ont ramassé des tuiles - Lucien Marchal, adjoint au maire",
        "Les équipes ont ramassé des tuiles à Saint-Martin, commune voisine",
    ],
)
def test_a_dash_after_narration_signs_nothing(signed: str) -> None:
    """No quotation and no first person before the dash: narration, nobody's words."""
    assert speaker_of(_SIGNED.format(signed=signed), "ont ramassé des tuiles") == ""


# ----- an adverb between a closing inverted verb and its subject -----
@pytest.mark.parametrize(
    ("cue", "speaker"),
    [
        ("précise toujours le ministère", "le ministère"),
        ("soulignent toutefois des économistes", "des économistes"),
        ("estime pourtant la fédération", "la fédération"),
        ("affirme cependant Lucien Marchal", "Lucien Marchal"),
    ],
)
def test_an_adverb_after_a_closing_verb_opens_no_subject(cue: str, speaker: str) -> None:
    """« …, précise toujours l'agence. »: the subject after the adverb speaks the clause."""
    text = f"Titre\n\nLes ventes de tabac ont reculé de 3 % au premier semestre, {cue}.\n"
    assert speaker_of(text, "Les ventes de tabac") == speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # « même » describing the noun after it: no adverb to pass
        (
            "Titre\n\nLa ministre est arrivée mardi, a-t-on appris d'un proche. Le préfet est "
            "aussi sur place, a-t-on précisé de même source.\n",
            "même source",
        ),
        # « depuis » opens a place, not the subject
        (
            "Titre\n\n« Tout s'est bien passé », a confirmé depuis Kourou Lucien Marchal, le "
            "patron de l'agence.\n",
            "Lucien Marchal",
        ),
    ],
)
def test_an_adverb_that_is_no_adverb_there_is_kept(text: str, source: str) -> None:
    found = said(text, "fr")
    assert found and found[-1][1] == source


def test_a_quoted_word_after_a_verb_stays_in_its_object() -> None:
    """« s'est dit « très inquiet » »: the quotation mark stops the adverbs."""
    text = "Titre\n\nLe maire s'est dit « très inquiet pour la suite des travaux ».\n"
    assert content_speaker_kind(text) == [
        ("très inquiet pour la suite des travaux", "Le maire", "direct")
    ]


# ----- « Et que … » going on with the clause reported just before -----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le maire explique que la cohabitation devient difficile. Et que des plaintes "
            "ont été déposées en mairie.",
            ("des plaintes ont été déposées en mairie", "Le maire", "indirect"),
        ),
        (
            "Le syndicat réclamait que les salaires soient revus. Et qu’une prime soit versée "
            "avant l'été.",
            ("une prime soit versée avant l'été", "Le syndicat", "indirect"),
        ),
        (
            "Lucien Marchal a rappelé qu'il avait prévenu la préfecture. Et qu'il attend "
            "toujours une réponse de l'État.",
            ("il attend toujours une réponse de l'État", "Lucien Marchal", "indirect"),
        ),
    ],
)
def test_and_that_goes_on_with_the_clause_reported_before(text: str, expected: tuple) -> None:
    assert content_speaker_kind(text)[-1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the source before reported no « que » clause
        "Le maire a demandé de patienter. Et que dire des riverains ?",
        # another sentence between
        "Le maire explique que la route est fermée. Les travaux durent. Et que dire de la suite ?",
        # « Et quelques », no « que »
        "Le maire explique que la route est fermée. Et quelques riverains ont applaudi.",
    ],
)
def test_and_that_after_no_reported_clause_says_nothing(text: str) -> None:
    assert [f for f in content_speaker_kind(text) if "dire" in f[0] or "riverains" in f[0]] == []
