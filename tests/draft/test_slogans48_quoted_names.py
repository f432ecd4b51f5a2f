"""A quotation opening on a capital right after a noun of a thing that bears a name (a list, a
collective, a petition) names that thing: nobody's words (slogans48, made-up texts). Kept as
words: a quotation after a colon, after « intitulé », after « slogan », one opening in lower
case, and one a cue closes after a comma."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

_BEFORE = (
    "Le maire Paul Durand a présenté son bilan jeudi. « Nous avons tenu parole », a-t-il dit. "
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _BEFORE + 'Mais le collectif "Pour un autre parc à Vernay" redoute la fin du parc.',
            "Pour un autre parc",
        ),
        (
            "En mars, est apparue sur internet une nouvelle pétition « Sauvons la gare de Vernay "
            "et tout son quartier », adressée au préfet. Jean Roux, son auteur, a réuni 500 "
            "signatures.",
            "Sauvons la gare",
        ),
        (_BEFORE + "La liste « Vernay ensemble » a récolté deux voix.", "Vernay ensemble"),
    ],
)
def test_a_quoted_name_is_nobodys_words(text: str, name: str) -> None:
    assert not [c for c, _ in said(text, "fr") if name in c]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # after a colon: the words of the list's people
        (
            "Anne Roy mène la liste. Elle incarne les valeurs de la liste : « Honnêteté et "
            "travail avant tout ».",
            "Honnêteté et travail",
        ),
        # in lower case, with a cue after it
        (
            "Ils ont créé un collectif « pour l'interdiction de la pêche au chalut », déclarait "
            "Paul Brun.",
            "pour l'interdiction",
        ),
        # a cue closes the quotation after a comma
        (
            "Ils ont fondé le collectif « Nous ne lâcherons rien sur ce dossier », affirme Paul "
            "Brun.",
            "Nous ne lâcherons rien",
        ),
    ],
)
def test_words_after_such_a_noun_stay_words(text: str, words: str) -> None:
    assert [c for c, _ in said(text, "fr") if words in c]
