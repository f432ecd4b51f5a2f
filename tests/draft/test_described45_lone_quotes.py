"""A lone quotation after a sentence whose subject the narration describes without naming
(made-up sentences): « Une autre habitante vient d'apprendre la nouvelle. « … » », « La
gérante du bar a baissé le rideau. « … » », « Des riverains ont manifesté. « … » ». The one
described speaks, not the last speaker, when nobody was named since; its label is that of a
description (anonymous) or of a group (vague). A name met after the description, a
description that is not the subject, and English keep what they gave (described45)."""

from __future__ import annotations

import pytest

from quizapp.draft.text.segment import tokens
from quizapp.draft.uncued.rules.lone_quotes.described_before import described_person
from quizapp.draft.words.lexicon import load
from tests.draft.readings import speaker_label, speakers

_BUDGET = (
    "Le maire Paul Dubreuil a salué le budget. « C'est un budget sérieux », a-t-il déclaré.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "speaker", "label"),
    [
        (
            "Une autre habitante vient tout juste d'apprendre la nouvelle. « Je n'en reviens "
            "pas du tout. »",
            "Une autre habitante",
            "anonymous",
        ),
        (
            "Une commerçante du centre a baissé le rideau. « On ne tient plus avec ces loyers. »",
            "Une commerçante du centre",
            "anonymous",
        ),
        (
            "Mais un retraité excédé observe la scène de loin : « Ici, rien ne change jamais. »",
            "un retraité excédé",
            "anonymous",
        ),
        (
            "Des riverains ont manifesté devant la mairie samedi. « On est à bout depuis des "
            "mois. »",
            "Des riverains",
            "vague",
        ),
    ],
)
def test_the_person_described_before_says_the_lone_quotation(
    sentence: str, speaker: str, label: str
) -> None:
    assert speaker_label(_BUDGET + sentence)[-1] == (speaker, label)


def test_a_name_met_since_the_description_keeps_its_turn() -> None:
    text = _BUDGET + (
        "Une habitante a croisé Marie Lenoir au marché. Marie Lenoir a pris la parole. « Je "
        "n'en reviens pas du tout. »"
    )
    assert speakers(text)[-1] == "Marie Lenoir"


def test_a_description_that_is_no_subject_leaves_the_last_speaker() -> None:
    text = _BUDGET + "Il a reçu une habitante du quartier lundi. « Le budget sera tenu. »"
    assert speakers(text)[-1] == "Paul Dubreuil"


def test_a_description_taking_up_a_name_leaves_the_last_speaker() -> None:
    text = (
        "Paul Texier, éleveur à Mornay, a perdu six brebis. « Je n'ai rien entendu », "
        "raconte-t-il.\n\nL'éleveur a ensuite fait le tour du pré. « Le loup a dû sauter "
        "par-dessus. »"
    )
    assert speakers(text)[-1] == "Paul Texier"


@pytest.mark.parametrize(
    "sentence",
    [
        "Une habitante « a vu la fumée par la fenêtre de sa cuisine » selon lui.",
        "Un expert est venu lundi mais le cafetier attend toujours « une vraie réponse de notre "
        "assurance ».",
    ],
)
def test_the_own_sentence_gives_no_description_before_its_verb_or_beside_another(
    sentence: str,
) -> None:
    assert all(
        not s.startswith(("Une habitante", "Un expert")) for s in speakers(_BUDGET + sentence)
    )


def test_english_keeps_the_last_speaker() -> None:
    text = (
        "Dana Miller finished third. “I could have hoped for more on this course,” she said.\n\n"
        "A local woman watched the race from the bridge. “I have never seen so many people.”"
    )
    assert speakers(text, "en")[-1] == "Dana Miller"


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Une autre habitante vient tout juste d'apprendre la nouvelle.", "Une autre habitante"),
        ("Le maire sortant observe l'altercation de loin.", "Le maire sortant"),
        ("Et cette habitante du quartier se souvient bien.", "cette habitante du quartier"),
        ("Le garçon de neuf ans subit la chaleur.", "Le garçon de neuf ans"),
        ("Le jeune homme refuse de parler.", "Le jeune homme"),
        ("Plusieurs commerçants du centre ont fermé.", "Plusieurs commerçants du centre"),
        ("Une fumée épaisse montait du toit.", None),
    ],
)
def test_the_description_read_stops_at_its_noun_phrase(sentence: str, phrase: str) -> None:
    found = described_person(tokens(sentence, (0, len(sentence)), "fr"), load("fr"))
    assert (sentence[found[0] : found[1]] if found else None) == phrase
