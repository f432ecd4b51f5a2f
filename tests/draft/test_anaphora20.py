"""Who a French pronoun resolves to (anaphora20, made-up sentences): « il » / « elle » after a
sentence that a body opens as its subject is that body, not a person heard further back."""

from __future__ import annotations

import pytest

from tests.draft.readings import speaker_of

_HEARD = "Titre\n\nJulie Moreau est bénévole. « Je viens le mardi », dit-elle. "
_HEARD_HIM = "Titre\n\nPaul Girard est bénévole. « Je viens le mardi », dit-il. "


@pytest.mark.parametrize(
    ("body", "pronoun", "speaker"),
    [
        ("La banque alimentaire recherche des volontaires.", "précise-t-elle", "La banque"),
        ("La mairie a fermé le parc jusqu'à lundi.", "indique-t-elle", "La mairie"),
        ("Pour cet été, la fédération manque de bras.", "souligne-t-elle", "la fédération"),
    ],
)
def test_elle_after_a_body_subject_is_that_body(body: str, pronoun: str, speaker: str) -> None:
    text = _HEARD + body + f" « Une matinée suffit », {pronoun}."
    assert speaker_of(text, "Une matinée suffit") == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("Le ministère des Transports reste prudent. Il invite les automobilistes à « rester "
         "chez eux ».", "rester chez eux", "Le ministère des Transports"),
        ("Le syndicat attend la réunion. Il juge la décision « prématurée ».", "prématurée",
         "Le syndicat"),
        ("Le parquet a ouvert une enquête. Il estime que rien n'est exclu.", "rien n'est exclu",
         "Le parquet"),
    ],
)  # fmt: skip
def test_il_after_a_body_subject_is_that_body(sentence: str, content: str, speaker: str) -> None:
    assert speaker_of(_HEARD_HIM + sentence, content) == speaker


def test_a_person_named_after_the_body_keeps_the_pronoun() -> None:
    """Counter-case: a person met between the body and the pronoun may be the one it means."""
    text = (
        _HEARD_HIM + "La banque lance une campagne. Des jeunes ont répondu, à l'image de "
        "Wissal Benali : « Aider me plaît », dit-elle."
    )
    assert speaker_of(text, "Aider me plaît") == "Wissal Benali"


def test_a_body_of_the_other_gender_is_not_taken() -> None:
    """Counter-case: « elle » after « Le syndicat attend… » is not the union."""
    text = _HEARD + "Le syndicat attend la réunion. « Je reste confiante », ajoute-t-elle."
    assert speaker_of(text, "Je reste confiante") == "Julie Moreau"


_PAIR = "Titre\n\nUn soulagement pour Dylan et Thomas, les soigneurs du parc. "


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("« Le bébé va bien », explique le premier.", "« Quelle émotion », s'émeut le second."),
        ("« Le bébé va bien », raconte le premier.", "« Quelle émotion », confie le second."),
        ("Le premier raconte que « le bébé va bien ».", "« Quelle émotion », souffle le second."),
    ],
)
def test_the_second_of_a_pair_after_the_first_spoke(first: str, second: str) -> None:
    text = _PAIR + first + " " + second
    assert speaker_of(text, "Quelle émotion") == "Thomas"
    assert speaker_of(text, "va bien") == "Dylan"


def test_the_second_of_the_latest_pair() -> None:
    """Counter-case: a pair named in the sentence before is the one « le second » counts in."""
    text = (
        _PAIR + "« Le bébé va bien », explique le premier. Léa et Marc arrivent ensuite. "
        "« Quelle émotion », s'émeut le second."
    )
    assert speaker_of(text, "Quelle émotion") == "Marc"


@pytest.mark.parametrize(
    ("opening", "content", "speaker"),
    [
        ("Interrogé par la presse, le syndicat a refusé de commenter. Il juge la décision "
         "« prématurée ».", "prématurée", "le syndicat"),
        ("Lundi, la mairie a fermé le parc. « Une matinée suffit », indique-t-elle.",
         "Une matinée suffit", "la mairie"),
        ("Contactée, la fédération n'a pas répondu. Elle estime pourtant que rien n'est joué.",
         "rien n'est joué", "la fédération"),
    ],
)  # fmt: skip
def test_a_body_after_a_short_opening_phrase(opening: str, content: str, speaker: str) -> None:
    text = (_HEARD_HIM if " Il " in opening else _HEARD) + opening
    assert speaker_of(text, content) == speaker


def test_an_opening_clause_with_a_verb_is_no_setting() -> None:
    """Counter-case: « Tout a fermé, la fédération … » opens on a clause of its own; the body
    after its comma is not taken for the pronoun's."""
    text = _HEARD + "Tout a fermé, la fédération reste ouverte. « Rien ne change », dit-elle."
    assert speaker_of(text, "Rien ne change") == "Julie Moreau"


@pytest.mark.parametrize(
    "relative",
    [
        "Un choix que comprend Claire Petit, enseignante à Nîmes.",
        "Une situation que vit Claire Petit, enseignante à Nîmes.",
        "Une chaleur que connaît bien Claire Petit, enseignante à Nîmes.",
    ],
)
def test_a_name_after_que_and_its_verb_is_the_relative_subject(relative: str) -> None:
    text = (
        _HEARD + "Pour protester, elle garde ses enfants. " + relative + " Dans sa classe, deux "
        "élèves sont malades. « Il fait trop chaud », témoigne-t-elle."
    )
    assert speaker_of(text, "Il fait trop chaud") == "Claire Petit"


def test_a_name_after_que_and_an_article_is_no_inverted_subject() -> None:
    """Counter-case: « que la ville de Nîmes … » is a clause with its own subject, no
    inversion; the town does not become the sentence's person."""
    text = (
        _HEARD + "Pour protester, elle garde ses enfants. Elle regrette que la ville de Nîmes "
        "tarde. Dans sa classe, deux élèves sont malades. « Il fait trop chaud », témoigne-t-elle."
    )
    assert speaker_of(text, "Il fait trop chaud") == "Julie Moreau"
