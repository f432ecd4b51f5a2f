"""Construction categories where the drafter lost recall or speakers on unseen French articles
(benchmarks/draft_misses.py lists them): one short hand-made case per category, none taken
from the corpus."""

from __future__ import annotations

import pytest

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str, str]]:
    """(content, speaker, label) of every attribution."""
    return [(analysis.passage(a.content), a.speaker, a.label) for a in analysis.attributions]


# ----- reporting verbs: forms the lexicon lacked -----
@pytest.mark.parametrize(
    "verb", ["martèle", "tempête", "abonde", "tonne", "avertit", "interpelle", "assène"]
)
def test_inverted_reporting_verbs_after_a_quotation(verb: str) -> None:
    text = f"« Cette réforme est injuste », {verb} Éric Coquerel."
    assert found(analyze(text, "fr")) == [("Cette réforme est injuste", "Éric Coquerel", "named")]


@pytest.mark.parametrize(
    "cue", ["a averti que", "a convenu que", "aurait laissé entendre que", "a fait remarquer que"]
)
def test_reporting_verbs_before_que(cue: str) -> None:
    text = f"Éric Coquerel {cue} le texte serait retiré."
    assert found(analyze(text, "fr")) == [("le texte serait retiré", "Éric Coquerel", "named")]


def test_a_verb_that_takes_a_plain_object_is_no_cue() -> None:
    text = "Il est rare qu'un ministre critique les décisions du président en public."
    assert analyze(text, "fr").attributions == ()


# ----- quotations with no reporting verb -----
def test_colon_quotation_after_a_named_subject() -> None:
    text = "Le maire Jean Dupont n'a pas mâché ses mots : « C'est une honte pour la ville. »"
    assert found(analyze(text, "fr")) == [
        ("C'est une honte pour la ville.", "Jean Dupont", "named")
    ]


def test_colon_quotation_after_a_predicate_of_state() -> None:
    text = "Greta Thunberg est catégorique : « Nous ne lâcherons rien. »"
    assert found(analyze(text, "fr")) == [("Nous ne lâcherons rien.", "Greta Thunberg", "named")]


def test_colon_before_a_list_of_things_is_no_quotation() -> None:
    text = "Le programme est simple : « concerts », « ateliers » et une longue fête sur la place."
    assert analyze(text, "fr").attributions == ()


def test_quotation_alone_goes_to_the_previous_subject() -> None:
    text = (
        "Gérald Darmanin a pris la parole mardi devant les députés. "
        "« Nous serons intraitables. La loi sera appliquée. »"
    )
    assert found(analyze(text, "fr")) == [
        ("Nous serons intraitables. La loi sera appliquée.", "Gérald Darmanin", "named")
    ]


def test_quotation_alone_keeps_the_last_speaker_when_no_one_new_came() -> None:
    text = (
        "« Le calendrier est tenu », a assuré la ministre Agnès Pannier-Runacher.\n\n"
        "« Nous avons les moyens de le tenir jusqu'au bout. »"
    )
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert speakers == ["Agnès Pannier-Runacher", "Agnès Pannier-Runacher"]


# ----- continuations -----
def test_pour_lui_continues_the_person_just_named() -> None:
    text = "Elon Musk a racheté Twitter en 2022. Pour lui, la liberté d'expression est menacée."
    assert found(analyze(text, "fr")) == [
        ("la liberté d'expression est menacée", "Elon Musk", "named")
    ]


def test_pour_elle_inside_a_sentence_is_no_source() -> None:
    text = "Marie Dupont a gagné la course. C'est une belle victoire pour elle."
    assert analyze(text, "fr").attributions == ()


# ----- speakers: titles and descriptions resolved to the fullest name -----
def test_title_with_a_period_belongs_to_the_name() -> None:
    text = "Jean Dupont est arrivé à Lyon. Selon M. Dupont, rien ne changera."
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["Jean Dupont"]


def test_a_title_first_then_the_full_name_is_one_person() -> None:
    text = "M. Dupont est arrivé à Lyon. Jean Dupont a ajouté que rien ne changerait."
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["Jean Dupont"]


@pytest.mark.parametrize(
    ("first", "description"),
    [
        ("Jean Castex était à Lyon mardi.", "Le Premier ministre"),
        ("Elon Musk a racheté Twitter.", "Le milliardaire"),
        ("La sénatrice Laurence Rossignol a réagi mardi.", "L'élue"),
    ],
)
def test_a_bare_description_is_the_person_just_named(first: str, description: str) -> None:
    text = f"{first} {description} a affirmé que le plan serait maintenu."
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert len(speakers) == 1 and speakers[0] in text.split(".")[0]


@pytest.mark.parametrize(
    "first",
    [
        "Emmanuel Macron, président de la République, était à Berlin mardi.",
        "Le président Emmanuel Macron était à Berlin mardi.",
    ],
)
def test_a_description_with_a_complement_is_someone_else(first: str) -> None:
    """The person named holds another written title; with none written, an office opening
    its sentence is the one person named just before (speakers14, test_speakers14)."""
    text = f"{first} Le ministre de l'Intérieur a affirmé que le plan serait maintenu."
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert len(speakers) == 1 and "Intérieur" in speakers[0]


# ----- speakers: a role with a complement, a name in apposition -----
def test_selon_a_role_then_a_name_in_apposition() -> None:
    text = "Selon le procureur de la République de l'île, Jean Martin, les auditions ont commencé."
    assert found(analyze(text, "fr")) == [("les auditions ont commencé", "Jean Martin", "named")]


def test_capitalised_role_before_a_name_in_apposition() -> None:
    text = (
        "Le suspect préparait son acte depuis des mois, a annoncé le Procureur de Paris, "
        "Jean Martin."
    )
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert speakers == ["Jean Martin"]


def test_a_place_in_the_complement_of_a_role_does_not_speak() -> None:
    text = "« Rien n'a été caché », a déclaré le chef de l'Etat lors d'une cérémonie."
    speakers = [a.speaker for a in analyze(text, "fr").attributions]
    assert speakers == ["le chef de l'Etat"]


def test_a_role_resolves_to_the_person_it_titled_before() -> None:
    text = (
        "Le procureur de la République, Jean Martin, a reçu la presse. "
        "Le procureur de la République a ajouté que l'enquête avançait."
    )
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["Jean Martin"]


def test_a_capitalised_role_alone_is_the_person_it_titled() -> None:
    text = (
        "Le procureur de Paris, Jean Martin, a reçu la presse jeudi. "
        "Le Procureur a ensuite indiqué que l'enquête avançait."
    )
    assert [a.speaker for a in analyze(text, "fr").attributions] == ["Jean Martin"]


def test_colon_quotation_after_another_unnamed_person() -> None:
    text = (
        "Les conseillers se taisent désormais. "
        "Un autre est plus fataliste : « De toute façon, personne ne nous écoute. »"
    )
    assert found(analyze(text, "fr")) == [
        ("De toute façon, personne ne nous écoute.", "Un autre", "anonymous")
    ]
