"""Who speaks when a verb of saying has no subject of its own (speakers38, made-up
sentences): a verb joined by « et » / « mais » to a clause whose verb is a form of « être »,
« pouvoir » or « devoir » shares that clause's subject, the noun phrase before the copula
(« La mairie est consciente du problème mais assure… »), not the last speaker."""

from __future__ import annotations

from tests.draft.readings import finding_holding


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


def test_copula_then_mais_and_a_verb_of_saying() -> None:
    """The town hall, the copula's subject, assures; not the resident who spoke before."""
    text = (
        "« On ne dort plus depuis des semaines », peste un voisin du chantier. La mairie est "
        "bien consciente de la gêne mais assure terminer les travaux avant l'été."
    )
    assert _speaker_of(text, "terminer les travaux") == "La mairie"


def test_copula_then_et_and_a_verb_of_saying() -> None:
    """« Le club est déçu et affirme que… »: the club, not the coach quoted before."""
    text = (
        "« Nous avons manqué de réalisme », regrette l'entraîneur Hugo Lemaire. Le club est "
        "déçu du résultat et affirme qu'il fera appel de la sanction."
    )
    assert _speaker_of(text, "fera appel") == "Le club"


def test_colon_after_the_copula_keeps_the_later_subject() -> None:
    """« Le constat est flou : les enquêteurs … mais disent que… »: the investigators, whose
    own clause the colon opens, speak; the copula before the colon ends no subject (passes
    before and after the change: the guard that keeps it)."""
    text = (
        "Le constat est flou : les enquêteurs ne sont pas formels mais disent que la piste "
        "criminelle reste ouverte."
    )
    assert "enquêteurs" in _speaker_of(text, "piste criminelle")


def test_pronoun_after_selon_an_idea_takes_up_the_person() -> None:
    """« Selon la théorie des jardiniers, … » makes the theory no person: the « indique-t-elle »
    inside the next quotation is the grower's, not the theory's."""
    text = (
        "Claire Fontaine laisse pousser l'herbe entre ses rangs. Selon la théorie des "
        "jardiniers, cela retient le froid au sol. Elle ne tondra pas. « Mon expérience me dit "
        "le contraire, indique-t-elle. L'an dernier, rien n'a gelé. »"
    )
    assert _speaker_of(text, "Mon expérience") == "Claire Fontaine"


def test_person_noun_with_an_abstract_ending_stays_a_person() -> None:
    """« la patronne » ends in no listed ending and « la victime » is a person noun: the
    guard keeps each a person (passes before and after)."""
    text = (
        "Le restaurant a été cambriolé dans la nuit. Selon la patronne, rien n'a été volé. "
        "« Ils ont cassé la vitrine, raconte-t-elle. Nous rouvrirons demain. »"
    )
    assert _speaker_of(text, "cassé la vitrine") == "la patronne"
