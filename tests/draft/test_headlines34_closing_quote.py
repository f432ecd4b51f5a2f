"""A headline that names its topic, a colon, then a quotation (« Inondations à Brives : « On a
tout perdu en une heure » »), or a quotation after a comma past the colon: the topic names
no speaker, so the quotation is the pull quote of the body's finding that says the same words
again, or, in the first person, of whoever speaks first under the headline (headlines34,
made-up sentences). Scare quotes inside a phrase stay out."""

from __future__ import annotations

from tests.draft.readings import said, speaker_of


def test_a_closing_headline_quotation_said_again_is_the_body_speaker() -> None:
    text = (
        "Inondations à Brives : « Le torrent a tout emporté »\n\nLa pluie est tombée sans "
        "relâche toute la nuit. Claire Vidal tient la boulangerie du village. « Le torrent a "
        "tout emporté, même le four », soupire-t-elle.\n"
    )
    assert speaker_of(text, "Le torrent a tout emporté") == "Claire Vidal"


def test_a_quotation_after_a_comma_past_the_colon() -> None:
    text = (
        "Grippe aviaire : trois élevages fermés, « aucun risque pour le consommateur »\n\n"
        "Les services vétérinaires ont abattu les volailles lundi. « Il n'y a aucun risque pour "
        "le consommateur », a assuré le préfet Henri Lebrun.\n"
    )
    assert speaker_of(text, "aucun risque pour le consommateur") == "Henri Lebrun"


def test_a_first_person_headline_quotation_goes_to_who_speaks_under_it() -> None:
    text = (
        "Colère à la gare : « On nous abandonne encore »\n\nLe dernier guichet fermera en "
        "juin. « Personne ne nous a demandé notre avis », déplore Sophie Garnier, habitante "
        "du bourg depuis trente ans.\n"
    )
    assert speaker_of(text, "On nous abandonne encore") == "Sophie Garnier"


def test_scare_quotes_inside_a_headline_phrase_stay_out() -> None:
    text = (
        "Budget : vers un accord avant « la fin du mois » ?\n\nLes discussions reprennent "
        "mardi. Pour le ministre Luc Perrin, un accord est possible avant la fin du mois.\n"
    )
    assert not any(c == "fin du mois" for c, _ in said(text, "fr"))
