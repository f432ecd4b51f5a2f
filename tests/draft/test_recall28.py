"""A name set off by commas is still the subject of its clause (recall28, made-up sentences):
« Au garage, Marc Vidal, mécanicien depuis vingt ans, ouvre le capot » and « mais son recteur,
Marc Vidal, relativise » make Marc Vidal the person the narration is about, so that the lone
quotation after the sentence is his; a name in a list, or followed by another description
and no verb, makes no subject."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.uncued.rules.lone_quotes.unheard import CONFIDENCE


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Au garage, Marc Vidal, mécanicien depuis vingt ans, ouvre le capot. « Avant chaque"
            " course, il y a toujours un peu de stress. »",
            "Avant chaque course, il y a toujours un peu de stress.",
        ),
        (
            "Dans son atelier, Marc Vidal, vice-président du club, sort ses outils du placard."
            " « Avant chaque course, il y a toujours un peu de stress. »",
            "Avant chaque course, il y a toujours un peu de stress.",
        ),
        (
            "Le lycée est loin du haut du classement mais son recteur, Marc Vidal, relativise."
            " « C'est un indicateur, comme il en existe d'autres. »",
            "C'est un indicateur, comme il en existe d'autres.",
        ),
        (
            "La commune perd des habitants, mais son doyen, Marc Vidal, relativise. « C'est une"
            " tendance comme il en existe ailleurs dans la région. »",
            "C'est une tendance comme il en existe ailleurs dans la région.",
        ),
    ],
)
def test_a_lone_quotation_after_a_name_set_off_by_commas_is_that_persons(
    text: str, content: str
) -> None:
    found = analyze(text, "fr").attributions
    assert [(text[a.content[0] : a.content[1]], a.speaker) for a in found] == [
        (content, "Marc Vidal")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Après la réunion, Marc Vidal, secrétaire du club, des bénévoles et des parents"
        " discutent. « Il faut sauver ce club avant l'été. »",
        "Dans la salle, Marc Vidal, le trésorier, et les bénévoles discutent. « Il faut sauver"
        " ce club avant l'été. »",
    ],
)
def test_a_name_in_a_list_makes_no_subject(text: str) -> None:
    """The name in a list is no subject; since released36 the quotation, which nobody heard
    before, is reported all the same as a guess (rules/lone_quotes/unheard.py): the
    confidence of a guess, never that of a subject."""
    found = analyze(text, "fr").attributions
    assert [a.confidence for a in found] in ([], [CONFIDENCE])


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "« Le car ne passe plus, et le conducteur nous a dit que la ligne allait fermer »,"
            " raconte Marc Vidal, un habitant. « On se sent oubliés ici », poursuit-il.",
            "le conducteur",
        ),
        (
            "« Rien ne bouge, et le maire nous a dit que les travaux reprendraient en mai »,"
            " raconte Marc Vidal, un riverain. « Nous n'y croyons plus du tout », ajoute-t-il.",
            "le maire",
        ),
    ],
)
def test_a_pronoun_after_words_told_inside_a_quotation_goes_on_with_the_one_quoted(
    text: str, told: str
) -> None:
    """The third party whose words the quotation tells is not the one heard last: the one
    quoted is, so « poursuit-il » is still Marc Vidal (recall27 gave a lone quotation there
    to the holder already)."""
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert speakers == ["Marc Vidal", told, "Marc Vidal"]


@pytest.mark.parametrize(
    "text",
    [
        "« On attend depuis des mois », explique Marc Vidal, un habitant. « Personne ne nous"
        " répond », poursuit-il.",
        "« Le chantier n'avance pas, et la mairie nous répète qu'il faut attendre la fin de"
        " l'été », regrette Claire Vidal, commerçante. « On perd des clients chaque semaine »,"
        " ajoute-t-elle.",
    ],
)
def test_a_pronoun_after_a_quotation_with_nobody_told_stays_with_its_speaker(text: str) -> None:
    found = analyze(text, "fr").attributions
    assert found[0].speaker == found[-1].speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"Mon voisin me dit "ferme bien tes volets" mais c\'était déjà trop tard, tout'
            ' était inondé", raconte Marc Vidal, un habitant.',
            'Mon voisin me dit "ferme bien tes volets" mais c\'était déjà trop tard, tout'
            " était inondé",
        ),
        (
            '"Au club, on l\'appelle "le Sage", il ne s\'énerve jamais, même quand on perd",'
            " sourit Claire Vidal, la présidente.",
            "Au club, on l'appelle \"le Sage\", il ne s'énerve jamais, même quand on perd",
        ),
        (
            '"Le maire nous a dit "revenez lundi" puis il n\'a plus répondu à nos appels",'
            " regrette Claire Vidal.",
            'Le maire nous a dit "revenez lundi" puis il n\'a plus répondu à nos appels',
        ),
    ],
)
def test_a_straight_quotation_inside_a_straight_quoted_one_leaves_it_whole(
    text: str, content: str
) -> None:
    """A straight mark after a space and before a letter opens a quotation inside the one
    being read: the outer one closes at its own mark, and its content is the words inside."""
    found = analyze(text, "fr").attributions
    assert text[found[0].content[0] : found[0].content[1]] == content


def test_straight_quotations_one_after_the_other_are_paired_as_before() -> None:
    text = '"Nous avons tout perdu, c\'est terrible", confie Marc Vidal. "On repart de zéro."'
    contents = [text[a.content[0] : a.content[1]] for a in analyze(text, "fr").attributions]
    assert contents == ["Nous avons tout perdu, c'est terrible", "On repart de zéro."]


def test_a_pronoun_in_the_next_paragraph_goes_on_with_the_one_quoted_not_the_told() -> None:
    text = (
        "« Mon fils me dit « la douche est allumée » mais c'était l'eau qui coulait », raconte"
        " Marc Vidal, un habitant.\n\nLa maison de Marc Vidal a été inondée. Depuis il dort"
        " dans le salon. « Ça sent l'humidité partout mais on fait avec », ajoute-t-il."
    )
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert speakers == ["Marc Vidal", "Mon fils", "Marc Vidal"]
