"""Quotations the drafter missed (made-up sentences, quotes56).

A name and a role on a line of their own (a broadcaster's subhead, « Paul Roy, premier
adjoint ») sign the paragraph above only when its marks were lost: a paragraph that quotes
someone with a cue of its own (« "…", a souligné Anne Durand qui… ») stays the cue's, its
quotation found, its speaker the one the cue names. A block of first-person words with no
marks above the same line is still the signer's.

A short quotation opening a sentence, followed with no comma by a verb whose subject is a clitic
inverted after it (« « Il faut évoluer » ajoute-t-il, en précisant que… »), is what the verb
reports, as it is with a comma.

A French aside of a few lower-case words set off by commas between an inverted verb and its
subject (« assure, bravache, Paul Martin », « ironisait, amusé, un conseiller ») says how the
speaker spoke: the subject after it is who.

A paragraph closing on a quotation mark whose opener the page lost, then a name, a comma, a
role and a full stop (« …cinq greffiers" Anne Durand, présidente du tribunal de Vue. ») is
signed: the closing mark sets the name off as a dash does."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze

_BEFORE = "Le conseil municipal s'est réuni lundi soir à la mairie de Vue.\n\n"
_AFTER = "\n\nPaul Roy, premier adjoint\n\nLa liste des adjoints a été votée à main levée."


def _found(paragraph: str) -> list[tuple[str, str]]:
    analysis = analyze(_BEFORE + paragraph + _AFTER, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    ("paragraph", "words"),
    [
        (  # a quotation, its cue after it, narration going on after a relative
            '"Ce vote nous engage. Je serai la maire de tous les habitants", a souligné Anne '
            "Durand qui a remercié les agents de la ville pendant la crise.",
            "Ce vote nous engage. Je serai la maire de tous les habitants",
        ),
        (  # the cue before a colon, the quotation closing the paragraph
            "Anne Durand a tenu à remercier les électeurs : « Nous allons tenir nos promesses "
            "et nous rendrons des comptes chaque année. »",
            "Nous allons tenir nos promesses et nous rendrons des comptes chaque année.",
        ),
    ],
)
def test_a_quotation_with_its_cue_stays_the_cues(paragraph: str, words: str) -> None:
    assert (words, "Anne Durand") in _found(paragraph)
    assert all(speaker != "Paul Roy" for _, speaker in _found(paragraph))


def test_a_block_with_no_marks_is_still_signed() -> None:
    paragraph = "Nous avons trouvé une équipe solide et je suis fier de travailler avec elle."
    assert _found(paragraph) == [(paragraph.rstrip("."), "Paul Roy")]


def _said(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


@pytest.mark.parametrize(
    "sentence",
    [
        "« Il faut évoluer » ajoute-t-il, en précisant que le club réfléchit à la suite.",
        "« On verra bien » lance-t-elle, avant de rejoindre la salle du conseil.",
    ],
)
def test_a_short_quotation_before_an_inverted_clitic(sentence: str) -> None:
    lead = "La présidente Anne Durand a ouvert la séance du club. " if "elle" in sentence else ""
    lead = lead or "Le président Paul Roy a ouvert la séance du club. "
    speaker = "Anne Durand" if lead.startswith("La") else "Paul Roy"
    words = sentence[2 : sentence.index(" »")]
    assert (words, speaker) in _said(lead + sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        (
            "« Nous partons pour gagner » assure, bravache, Paul Martin devant la salle.",
            "Nous partons pour gagner",
            "Paul Martin",
        ),
        (
            "“On aurait dû faire payer l’entrée”, ironisait, amusé, un conseiller municipal.",
            "On aurait dû faire payer l’entrée",
            "un conseiller municipal",
        ),
    ],
)
def test_an_aside_between_an_inverted_verb_and_its_subject(
    sentence: str, words: str, speaker: str
) -> None:
    assert (words, speaker) in _said(sentence)


def test_a_signature_after_a_closing_mark_whose_opener_was_lost() -> None:
    text = (
        "La rentrée du tribunal.\n\nLes magistrats se sont réunis ce mercredi.\n\n"
        'Il manque deux juges dans les équipes du tribunal, et cinq greffiers" Anne Durand, '
        "présidente du tribunal de Vue.\n\nLe procureur a parlé ensuite."
    )
    words = "Il manque deux juges dans les équipes du tribunal, et cinq greffiers"
    assert (words, "Anne Durand") in _said(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the verb's subject is before it: the words after the aside are its object
            "Un militant de 70 ans, qui souhaite rester anonyme, défend, bec et ongles, le "
            "barrage de la vallée. « J’y suis né. C’est le lieu de mon enfance. »",
            "Un militant de 70 ans",
        ),
    ],
)
def test_an_aside_after_a_verb_not_after_a_quotation_names_no_subject(
    text: str, speaker: str
) -> None:
    assert [who for _, who in _said(text)] == [speaker]
