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


def test_a_first_person_headline_quotation_needs_a_first_person_quotation_below() -> None:
    """mend34d: the first finding under the headline is a minister's judgement in his own
    narration, not words in the first person: the headline's « Nous… » may be the other
    side's, so it is left to no one."""
    text = (
        "Grève à l'usine : « Nous irons jusqu'au bout »\n\nLe préfet Jean Morel a jugé "
        "la fermeture inévitable. Les salariés bloquent l'entrée depuis lundi.\n"
    )
    assert speaker_of(text, "Nous irons jusqu'au bout") == ""


def test_a_quotation_inside_the_headline_is_no_closing_pull() -> None:
    """mend34d: a scare quote or a book's title followed by more of the headline does not
    close it: nobody's words."""
    for text, words in (
        (
            "Budget : « la fin de l'année », échéance pour la mairie\n\nLe maire Luc Perrin a "
            "assuré qu'un accord serait trouvé avant la fin de l'année.\n",
            "la fin de l'année",
        ),
        (
            "Hôpital : « Je n'oublierai jamais », le récit d'une infirmière\n\nL'infirmière "
            "Anne Vidal publie ses souvenirs. « J'ai vu les couloirs déborder », a-t-elle "
            "raconté.\n",
            "Je n'oublierai jamais",
        ),
    ):
        assert speaker_of(text, words) == ""
