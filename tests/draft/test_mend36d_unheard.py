"""review36 item 4 (mend36d, made-up sentences): a quotation standing alone before anyone was
heard is given to the nearest named person only when that person is named in its paragraph or
in the next (when the quotation ends its own), and never when the words after it call it a
title, a slogan or a question, nor when it is the subject of its own sentence."""

from __future__ import annotations

from quizapp.draft import analyze


def _found(text: str, language: str) -> list[tuple[str, str | None]]:
    found = analyze(text, language).attributions
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in found]


def test_a_film_title_as_its_sentence_subject_is_nobodys() -> None:
    text = (
        "Le film revient.\n« La vie est un long fleuve tranquille » ressort en salles ce "
        "mercredi. Le réalisateur Étienne Chatiliez sera présent à la séance."
    )
    assert _found(text, "fr") == []


def test_the_outlets_own_question_is_nobodys() -> None:
    text = (
        "La piscine en débat.\n« Faut-il fermer la piscine municipale ? » La question divise "
        "la commune depuis des mois.\nMarie Durand, adjointe aux sports, y est opposée."
    )
    assert _found(text, "fr") == []


def test_a_slogan_named_so_two_paragraphs_from_the_name_is_nobodys() -> None:
    text = (
        "Un village en fête.\n« Tous ensemble pour le village. » Le slogan du comité des fêtes "
        "est partout.\nLa fête a lieu samedi. Il y aura un concert.\nLa présidente du comité, "
        "Anne Roux, attend mille visiteurs."
    )
    assert _found(text, "fr") == []


def test_a_name_two_paragraphs_on_is_too_far() -> None:
    """No word after the quotation names it; the one person is named two paragraphs on."""
    text = (
        "Un village en fête.\n« Nous attendons du monde de toute la région samedi. » Les "
        "bénévoles installent les stands.\nIl y aura un concert.\nLa présidente du comité, "
        "Anne Roux, attend mille visiteurs."
    )
    assert _found(text, "fr") == []


def test_marchers_slogan_is_not_the_councillors() -> None:
    """Narration after the quotation in its paragraph tells about it: a name in the next
    paragraph is out of reach."""
    text = (
        "Pool protest.\n“Save our pool before it is too late.” Hundreds marched through the "
        "town on Saturday.\nCouncillor Tom Reed said the pool would close in May."
    )
    assert _found(text, "en") == [("the pool would close in May", "Tom Reed")]


def test_a_quotation_ending_its_paragraph_still_goes_to_the_next_ones_person() -> None:
    """The released36 guess itself stays: the quotation ends its paragraph, the next names
    one person."""
    text = (
        "Pénurie d'eau\n\n« Nous n'avons plus une goutte au robinet depuis trois jours. »\n\n"
        "Jeanne Martin tient l'épicerie du village depuis vingt ans."
    )
    assert _found(text, "fr") == [
        ("Nous n'avons plus une goutte au robinet depuis trois jours.", "Jeanne Martin")
    ]
