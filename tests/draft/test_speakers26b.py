"""French speakers and labels (speakers26b, made-up sentences): a spokesperson whose
complement is a definite body (« un porte-parole du lycée », « de l'établissement ») speaks
for a body the article knows, so is named, as the issue says; one of a group or a family
(« du collectif », « de la famille ») keeps the label its article gives."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, finding_holding


def _label_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).label


@pytest.mark.parametrize(
    "source",
    [
        "un porte-parole du lycée",
        "une porte-parole de l'établissement",
        "un porte-parole du distributeur français",
        "une porte-parole de la fédération",
    ],
)
def test_a_spokesperson_of_a_definite_body_is_named(source: str) -> None:
    text = f"Le lycée Jean-Moulin a fermé mardi. « Nous rouvrirons lundi », a indiqué {source}."
    assert _label_of(text, "rouvrirons") == "named"


@pytest.mark.parametrize(
    "source", ["une porte-parole du collectif", "un porte-parole de la famille"]
)
def test_a_spokesperson_of_no_body_keeps_its_article(source: str) -> None:
    text = f"Les voisins ont manifesté mardi. « Nous sommes inquiets », a dit {source}."
    assert _label_of(text, "inquiets") == "anonymous"


def test_an_english_spokesperson_is_unchanged() -> None:
    found = content_speaker_label(
        'Title\n\nThe school closed. "We reopen Monday," said a spokesperson for the school. '
        '"It is sad," said a spokesman for the family.',
        "en",
    )
    assert [label for *_, label in found] == ["named", "anonymous"]


def _speaker_of(text: str, word: str) -> str:
    return finding_holding("Titre\n\n" + text, word).speaker


@pytest.mark.parametrize(
    ("cue", "pronoun"),
    [
        ("explique Ayoub, un habitant du quartier", "Il"),
        ("confie Soan, 45 ans", "Il"),
        ("raconte Ilario, jeune Lyonnais", "Il"),
    ],
)
def test_an_unlisted_name_after_a_verb_of_speech_is_someone(cue: str, pronoun: str) -> None:
    """The inverted subject of a verb of speech, with a person's apposition after it, is a
    person, so a later pronoun takes it up rather than the man named paragraphs before."""
    text = (
        "Paul Martin est venu en voisin mardi.\n\n"
        f"« Nous avons tout perdu », {cue}. "
        f"{pronoun} assure que l'eau est montée en une heure."
    )
    assert _speaker_of(text, "montée") == cue.split()[1].rstrip(",")


@pytest.mark.parametrize("name", ["Kenza", "Zélie", "Anouck"])
def test_an_unlisted_name_before_a_verb_of_speech_is_someone(name: str) -> None:
    """After a comma and right before a verb of speech, the word is the clause's subject and a
    person: « Elle » in the next sentence is her, not the woman heard before."""
    text = (
        "Le marché a rouvert. « C'est une bonne nouvelle », confie Ysoline, une retraitée.\n\n"
        f"Devant les tilleuls replantés sur le tracé, {name} soupire. "
        "Elle regrette déjà les bus car « ils étaient plus pratiques »."
    )
    assert _speaker_of(text, "pratiques") == name


@pytest.mark.parametrize(
    "sentence",
    [
        "« C'est une grève de confort », accuse FO.",  # an acronym: a body
        "« La crue est historique », rapporte Nordpresse.",  # no person's apposition
        "Moscou exige que le gaz soit payé en roubles.",  # the sentence's first word
        "Contacté, Matignon assure que tout va bien.",  # a listed institution
    ],
)
def test_a_body_that_speaks_is_no_person(sentence: str) -> None:
    """A body speaks as well as a person: these words stay no one a later « il » takes up."""
    text = f"Paul Martin est venu en voisin mardi.\n\n{sentence} Il assure que l'eau est montée."
    assert _speaker_of(text, "montée") == "Paul Martin"


@pytest.mark.parametrize(
    "sentence",
    [
        "« Excellent ! », lance un groupe de skieurs venu de Perpignan.",
        "Un collectif d'habitants dénonce la cherté de l'eau.",
        "« Excellent ! », lance une poignée de supporters.",
    ],
)
def test_a_group_of_people_after_an_indefinite_article_is_vague(sentence: str) -> None:
    """« un groupe de skieurs »: many people no one can name, not one described person."""
    found = content_speaker_label("Titre\n\nLes pistes ont ouvert. " + sentence)
    assert [label for *_, label in found] == ["vague"]


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Un groupe de BTP annonce que les travaux reprendront.", "anonymous"),
        ("Le groupe d'experts estime que les travaux reprendront.", "named"),
    ],
)
def test_a_group_with_no_bare_plural_or_a_definite_article_keeps_its_label(
    sentence: str, label: str
) -> None:
    found = content_speaker_label("Titre\n\nLes pistes ont ouvert. " + sentence)
    assert [found_label for *_, found_label in found] == [label]


def test_a_clause_opened_by_a_neuter_pronoun_is_no_speaker() -> None:
    """« Et cela irrite les habitants, qui craignent … »: « cela » and its verb make a clause;
    the relative speaks for the noun before its comma, never for the clause."""
    text = (
        "Le bureau de poste va fermer. Et cela irrite beaucoup les habitants, qui craignent "
        "une disparition du service."
    )
    assert _speaker_of(text, "disparition") == "les habitants"
