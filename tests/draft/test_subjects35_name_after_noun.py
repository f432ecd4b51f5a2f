"""A relative after a name that only qualifies a noun (made-up sentences; subjects35): in
« Anne Roy, candidate EELV, qui estime… » the name « EELV » qualifies « candidate », and the
relative stands for Anne Roy; « Paul Martin, de la fédération X, qui » for Paul Martin.
Counter-cases: a name alone before « qui », and a name after a title, keep their reading."""

from __future__ import annotations

from tests.draft.readings import speaker_of

_SAID = "le choix de la commune est mauvais"


def test_a_name_qualifying_a_bare_apposition_leaves_the_person_speaking() -> None:
    for person, apposition in (
        ("Anne Roy", "candidate EELV"),
        ("Paul Martin", "militant CGT"),
        ("Léa Morel", "élue PS"),
        ("Marc Petit", "de la fédération Sud-Rail"),
    ):
        for lead in (
            "L'idée est soutenue par {p}, {a}, qui estime que {s}.",
            "Le débat a réuni {p}, {a}, qui juge que {s}.",
            "« Nous verrons », a répondu {p}, {a}, qui estime que {s}.",
        ):
            text = "Titre\n\nLe conseil s'est réuni.\n\n" + lead.format(
                p=person, a=apposition, s=_SAID
            )
            assert speaker_of(text, _SAID) == person, (person, apposition, lead)


def test_a_name_alone_or_after_a_title_is_still_the_antecedent() -> None:
    for person in ("Paul Roux", "le ministre Paul Roux", "la CGT"):
        said = f"L'idée est soutenue par {person}, qui estime que {_SAID}."
        text = f"Titre\n\nLe conseil s'est réuni.\n\n{said}"
        expected = {person, person.removeprefix("le ministre "), person.removeprefix("la ")}
        assert speaker_of(text, _SAID) in expected, person


def test_an_apposition_opening_on_an_elided_preposition_leaves_the_person_speaking() -> None:
    """« Paul Roy, d'une association Sud, qui »: « d' » is the same preposition as « de »
    (lexicon ``antecedent_prepositions``), so the relative stands for the person before the
    comma, not for « une association Sud » (review35, item 13; mend35d)."""
    for apposition in ("d'une association Sud", "d’un collectif Attac"):
        said = f"L'idée est soutenue par Paul Roy, {apposition}, qui estime que {_SAID}."
        text = f"Titre\n\nLe conseil s'est réuni.\n\n{said}"
        assert speaker_of(text, _SAID) == "Paul Roy", apposition
