"""Who says a French quotation with no cue of its own (speakers26a, made-up sentences): the
one person the sentence just before named, when that sentence attributed nothing, rather than
whoever spoke last; never when that sentence named two people or opened on « il » / « elle »
taking up the last speaker."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_HEARD = "« Les ventes ont doublé cette année », se réjouit Claire Mounier, la gérante. "


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


@pytest.mark.parametrize(
    "narration",
    [
        "Bernard Castel, vendeur d'huîtres, est plus mesuré.",
        "Le public attendait aussi le passage du champion Bernard Castel, moins en forme.",
        "Ce que conteste le sénateur, Bernard Castel.",
        "Plus loin, sur le stand voisin, on retrouve Bernard Castel.",
    ],
)
def test_the_one_person_named_just_before_speaks(narration: str) -> None:
    """The narration introduced a person since the last speaker was heard: the lone
    quotation after it is that person's."""
    text = f"{_HEARD}{narration} « Pour nous, c'est plutôt moyen cette saison. »"
    assert _speaker_of(text, "plutôt moyen") == "Bernard Castel"


def test_the_speaker_after_its_cue_is_no_new_person() -> None:
    """The last speaker's own name, written after its cue, was not introduced since: the
    person named in the narration after it still speaks."""
    text = (
        "« Il y avait énormément de monde », décrit Arnaud Vidal, parti tôt. "
        "Le public attendait encore le passage du champion Bernard Castel. "
        "« J'aurais pu espérer un peu mieux sur ce parcours. »"
    )
    assert _speaker_of(text, "espérer") == "Bernard Castel"


@pytest.mark.parametrize(
    "narration",
    [
        "Elle n'exclut pas une manœuvre de Bernard Castel.",
        "Le public attendait surtout Bernard Castel et Julie Arnal.",
    ],
)
def test_no_new_speaker_when_the_narration_is_not_about_one_person(narration: str) -> None:
    """A sentence opening on « Elle » still speaks of the last speaker; two people named
    leave the quotation to the last speaker as before."""
    text = f"{_HEARD}{narration} « Pour nous, c'est plutôt moyen cette saison. »"
    assert _speaker_of(text, "plutôt moyen") == "Claire Mounier"


@pytest.mark.parametrize(
    ("inserted", "speaker"),
    [
        ("se questionne le maire de la commune, Bernard Castel.", "Bernard Castel"),
        ("tente de rassurer Bernard Castel, président de la métropole.", "Bernard Castel"),
        ("grimace Bernard Castel.", "Bernard Castel"),
        ("s'emballe l'éleveur, Bernard Castel.", "Bernard Castel"),
    ],
)
def test_an_inserted_clause_inside_the_marks_gives_the_whole_quotation(
    inserted: str, speaker: str
) -> None:
    """A verb the lexicon does not know, after a comma inside the quotation and before
    someone: the whole quotation, its first sentences too, is that person's."""
    text = (
        f"{_HEARD}« Que deviendront les petites classes ? Personne ne le sait. "
        f"Nous attendons toujours une réponse, {inserted} Moi je ne vois pas comment faire. »"
    )
    assert _speaker_of(text, "petites classes") == speaker


@pytest.mark.parametrize(
    "speech",
    [
        "Nous attendons, augmentons les tarifs de la cantine.",
        "Nous attendons, écoutez les parents Durand.",
        "Nous attendons, tente de convaincre la mairie.",
        "Nous attendons, file Bernard Castel en courant.",
    ],
)
def test_a_verb_after_a_comma_without_someone_after_it_is_speech(speech: str) -> None:
    """A first or second person plural, no person after the verb, or a gerund after the
    person (a manner of moving): the speaker's own words; no inserted clause."""
    text = f"{_HEARD}« Que deviendront les petites classes ? {speech} Rien ne bouge. »"
    assert _speaker_of(text, "petites classes") == "Claire Mounier"
