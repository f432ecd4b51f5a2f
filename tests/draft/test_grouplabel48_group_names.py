"""A group the article writes elsewhere with its own name, or with its body's name for the
members who speak for it, is that named organisation (grouplabel48, made-up texts): « l'opposition
municipale » after « L'opposition municipale "Vivre à Sorbiers" », « les organisateurs » after
« les organisateurs du festival Les Nuits Bleues ». Read bare (a headline, a later sentence),
the group was labelled vague. With no name beside it anywhere, with a place or a person after
« de », or a plural of people who work for a body (« les salariés de Renault »), the label
stays vague. A singular team or collective (« l'équipe », « le collectif ») was named already."""

from __future__ import annotations

import pytest

from tests.draft.readings import finding_holding

_QUOTE = "« Nous ne voterons pas ce budget », a prévenu "


@pytest.mark.parametrize(
    "text",
    [
        "L'opposition municipale \"Vivre à Sorbiers\" s'inquiète de la dette. "
        + _QUOTE
        + "l'opposition municipale.",
        "L'opposition liste Sorbiers Demain a écrit au préfet. " + _QUOTE + "l'opposition.",
        "Les organisateurs du festival Les Nuits Bleues ont tout annulé. "
        + _QUOTE
        + "les organisateurs.",
        "Les membres du Cosema étaient réunis jeudi. " + _QUOTE + "les membres.",
        "Les représentants d'Europe Écologie sont venus. " + _QUOTE + "les représentants.",
    ],
)
def test_a_group_given_its_name_elsewhere_is_named(text: str) -> None:
    assert finding_holding(text, "voterons pas ce budget").label == "named"


@pytest.mark.parametrize(
    "text",
    [
        # no name beside the group anywhere
        "La séance a duré trois heures. " + _QUOTE + "l'opposition municipale.",
        # a place after « de », not a body's name
        "Les élus de Sorbiers étaient réunis jeudi. " + _QUOTE + "les élus.",
        # a person after « de »: whose opposition, not its name
        "L'opposition de Paul Girardot s'organise. " + _QUOTE + "l'opposition.",
        # the people of a body, not those who act for it (not in ``body_member_nouns``)
        "Les salariés de Renault manifestaient samedi. " + _QUOTE + "les salariés.",
        # a town after « d' », as after « de » (mend48a)
        "Les élus d'Orthez étaient réunis jeudi. " + _QUOTE + "les élus.",
        "Les représentants d'Annecy étaient réunis jeudi. " + _QUOTE + "les représentants.",
        # a headline ending on the group, then the article's first word (mend48a)
        "Budget : la colère de l'opposition\n\nLe conseil a siégé jeudi. "
        + _QUOTE
        + "l'opposition.",
    ],
)
def test_a_group_with_no_name_of_its_own_stays_vague(text: str) -> None:
    assert finding_holding(text, "voterons pas ce budget").label == "vague"


def test_a_quotation_after_a_comma_is_no_name() -> None:
    """« …, a déclaré l'opposition, « Nous ne voterons pas… » »: a second quotation, not the
    group's quoted name (mend48a)."""
    text = "« Ce budget est insincère », a déclaré l'opposition, « Nous ne voterons pas ce texte »."
    assert finding_holding(text, "budget est insincère").label == "vague"
