"""The lead's thirteenth-round constructions (made-up people and places):

- a short phrase set in front of a reported clause, before a comma (« a précisé qu'à
  plusieurs reprises, des habitants avaient signalé… ») is part of what is reported: the
  content goes on through the clause's own verb instead of stopping at the comma;
- a news agency written in lower case after a relay preposition (« a expliqué à l'ats X »)
  is a relay, and the name after it speaks;
- a narrative infinitive whose speaker follows « à » (« Et à son mari d'ajouter : … »);
- a capitalised preposition or presentative opening the sentence after a lone quotation
  (« En amont de la gare, … », « Voici le texte… ») is a setting, never the speaker.
"""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import said, speakers


def _contents(text: str, language: str = "fr") -> list[str]:
    return [content for content, _ in said(text, language)]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        (
            "Le préfet a précisé qu'à plusieurs reprises, des gens avaient signalé des fuites.",
            "à plusieurs reprises, des gens avaient signalé des fuites",
        ),
        (
            "La maire a indiqué que depuis lundi, les agents ont dénoncé des menaces.",
            "depuis lundi, les agents ont dénoncé des menaces",
        ),
        (
            "The mayor said that in March, residents had reported leaks at the plant.",
            "in March, residents had reported leaks at the plant",
        ),
    ],
)
def test_a_fronted_phrase_keeps_the_reported_clause_whole(text: str, reported: str) -> None:
    assert reported in _contents(text, "en" if text.startswith("The") else "fr")


def test_a_verb_joined_after_the_object_still_begins_its_own_claim() -> None:
    text = "Paul Roche appelle à la patience et signale que le vote aura lieu lundi."
    assert _contents(text)[0] == "à la patience"


def test_a_second_speaker_after_a_comma_still_cuts_the_first_claim() -> None:
    text = "Le maire a dit que les prix montent, et le préfet a affirmé que tout allait bien."
    assert _contents(text)[0] == "les prix montent"


@pytest.mark.parametrize(
    "text",
    [
        "Les remontées ferment, a expliqué à l'ats Arthur Vionnet, président de la société.",
        "Les remontées ferment par grand vent, a indiqué à l'afp Arthur Vionnet.",
        "Les remontées ferment par grand vent, a expliqué à l’ats Arthur Vionnet.",
    ],
)
def test_an_agency_in_lower_case_relays_the_name_after_it(text: str) -> None:
    assert speakers(text) == ["Arthur Vionnet"]


def test_an_agency_in_capitals_still_relays() -> None:
    text = "Les remontées ferment par grand vent, a expliqué à l'ATS Arthur Vionnet."
    assert speakers(text) == ["Arthur Vionnet"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Et à son mari Teus d'ajouter sobrement : « C'est fini, on arrête. »", "Teus"),
        ("Et à la gérante Maud Pellet de conclure : « Nous rouvrirons en mai. »", "Maud Pellet"),
        ("À la ministre Anne Roy de répondre que le budget était tenu.", "Anne Roy"),
        ("Au maire Louis Brun de rappeler que la loi s'applique à tous.", "Louis Brun"),
    ],
)
def test_the_turn_to_speak_given_with_a(text: str, speaker: str) -> None:
    assert speakers("Paul Roche a parlé le premier. " + text)[-1] == speaker


def test_whose_job_it_is_is_no_cue() -> None:
    assert speakers("Paul Roche a parlé. À l'État de dire si la loi s'applique.") == []


@pytest.mark.parametrize(
    "opening",
    [
        "En amont de la gare, une file se forme.",
        "Voici le texte publié sur le site de petites annonces.",
        "Devant le centre, une cinquantaine de personnes attendent.",
    ],
)
def test_a_setting_after_a_lone_quotation_does_not_speak(opening: str) -> None:
    text = (
        "Titre\n\n« Nous servions quarante repas par jour, nous en servons le double. » " + opening
    )
    found = analyze(text, "fr", headline="Titre").attributions
    assert all(a.speaker.split()[0] not in {"En", "Voici", "Devant"} for a in found)


def test_an_english_setting_does_not_speak() -> None:
    text = 'Title\n\n"We served forty meals a day, now twice that." In the station, a queue forms.'
    found = analyze(text, "en", headline="Title").attributions
    assert all(not a.speaker.startswith("In ") for a in found)


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("Marc Dupont est le directeur du centre.", "Marc Dupont"),
        ("Et ce ne sont pas ces chiffres qui vont rassurer Nicolas Garcia.", "Nicolas Garcia"),
    ],
)
def test_a_person_after_a_lone_quotation_still_speaks(after: str, speaker: str) -> None:
    text = "Titre\n\n« Nous servions quarante repas par jour, nous en servons le double. » " + after
    assert speakers(text) == [speaker]


# ----- second commit: who a description or a pronoun takes up -----


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("Arriving at the hotel, a low-key Ball told reporters the win was sinking in.", "en"),
        ("A jubilant Ball said the win was historic.", "en"),
        ("An emotional Dwight Ball said the win was historic.", "en"),
    ],
)
def test_a_name_after_an_indefinite_article_is_the_person_named(said: str, language: str) -> None:
    text = "Title\n\nDwight Ball won the election on Monday. " + said
    found = analyze(text, language, headline="Title").attributions
    assert [(a.speaker, a.label) for a in found] == [("Dwight Ball", "named")]


def test_a_french_name_with_how_he_seemed_is_the_person_named() -> None:
    text = (
        "Emmanuel Macron a parlé lundi. Un Macron très offensif a déclaré que la réforme passerait."
    )
    assert speakers(text) == ["Emmanuel Macron"]


@pytest.mark.parametrize(
    "said",
    ["A lawyer for Ball said the win was historic.", "A friend of Ball said the win was historic."],
)
def test_someone_of_the_named_person_is_someone_else(said: str) -> None:
    found = analyze("Title\n\nDwight Ball won the election. " + said, "en").attributions
    assert [a.label for a in found] == ["anonymous"]


@pytest.mark.parametrize(
    "intro",
    [
        "Cristian Papini est le directeur du centre.",
        "Cristian Papini est directeur du centre depuis 2010.",
    ],
)
def test_a_title_given_by_est_is_taken_up_later(intro: str) -> None:
    text = (
        f"Titre\n\n{intro} Des bénévoles aident aussi. Marc Roy, maire de la ville, est"
        " inquiet. « Nous sommes débordés », poursuit le directeur."
    )
    assert speakers(text) == ["Cristian Papini"]


@pytest.mark.parametrize(
    "bishop", ["Mgr Olivier Leborgne", "L'évêque Olivier Leborgne", "Mgr Leborgne, évêque d'Arras,"]
)
def test_a_titled_subject_before_a_colon_quotation_speaks_it(bishop: str) -> None:
    text = (
        "Titre\n\n« Ce n'est pas une idée très ajustée », confie Jean Rauwel, curé de la"
        f" paroisse. {bishop} comprend la colère : « Derrière une église, il y a une"
        " histoire », s'excuse-t-il."
    )
    assert speakers(text)[-1].endswith("Leborgne")


def test_a_description_going_on_is_the_one_who_holds_its_title() -> None:
    text = (
        "Titre\n\n« Ce n'est pas une idée très ajustée », confie Jean Rauwel, maire de la"
        " commune. L'évêque Olivier Leborgne comprend la colère : « Derrière une église, il"
        " y a une histoire », s'excuse-t-il. « C'est triste », ajoute le maire."
    )
    assert speakers(text) == ["Jean Rauwel", "Olivier Leborgne", "Jean Rauwel"]


def test_the_speaker_going_on_under_his_own_title() -> None:
    text = (
        "Titre\n\n« Ce n'est pas une idée très ajustée », confie Jean Rauwel, maire de la"
        " commune. « C'est triste », ajoute le maire."
    )
    assert speakers(text) == ["Jean Rauwel", "Jean Rauwel"]


# ----- third commit: a relative on a part of the noun phrase before it -----


@pytest.mark.parametrize(
    ("said", "speaker"),
    [
        ("La réunion a attiré des dizaines d'habitants, dont certains ont affirmé que le projet"
         " était injuste.", "des dizaines d'habitants"),
        ("Le maire a reçu dix agriculteurs, dont plusieurs estiment que la taxe est trop"
         " lourde.", "dix agriculteurs"),
        ("Le maire a reçu les agriculteurs, dont la plupart estiment que la taxe est trop"
         " lourde.", "les agriculteurs"),
    ],
)  # fmt: skip
def test_a_part_of_a_group_speaks_for_the_group(said: str, speaker: str) -> None:
    assert [(a.speaker, a.label) for a in analyze(said, "fr").attributions] == [(speaker, "vague")]


@pytest.mark.parametrize(
    ("said", "group"),
    [
        (
            "The meeting drew several dozen parents and teachers, some of whom called the"
            " decision rushed or said the school was the wrong choice.",
            "several dozen parents and teachers",
        ),
        (
            "The council heard from ten farmers, most of whom argued that the tax was too high.",
            "ten farmers",
        ),
    ],
)
def test_an_english_part_of_whom_speaks_for_the_group(said: str, group: str) -> None:
    found = analyze(said, "en").attributions
    assert [(a.speaker, a.label) for a in found] == [(group, "vague")]


def test_dont_with_a_noun_of_its_own_is_no_part() -> None:
    said = "Le maire, dont le fils est élu, estime que la taxe est trop lourde."
    assert speakers(said) == ["Le maire"]


# ----- review13's findings -----


@pytest.mark.parametrize(
    "idiom", ["À chacun de juger : « Le projet est bon. »", "À vous de voir si le projet est bon."]
)
def test_whose_turn_is_everyone_s_is_no_speaker(idiom: str) -> None:
    text = "Paul Roche a parlé le premier. " + idiom
    analysis = analyze(text, "fr")
    cues = [analysis.passage(a.cue) for a in analysis.attributions if a.cue]
    assert not any(cue.startswith("de ") for cue in cues)
    assert all(a.speaker not in {"chacun", "vous"} for a in analysis.attributions)


def test_a_name_with_a_complement_after_an_article_is_someone_else() -> None:
    text = "Emmanuel Macron a parlé lundi. Une Macron de la famille a déclaré que tout allait bien."
    assert speakers(text) != ["Emmanuel Macron"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Le maire a dit que selon lui, les habitants ont affirmé leur colère.", "selon lui"),
        ("The mayor said that to him, residents complain about the roads.", "to him"),
    ],
)
def test_a_clause_opening_on_no_preposition_is_no_fronted_phrase(text: str, first: str) -> None:
    language = "en" if text.startswith("The") else "fr"
    assert all(
        not content.startswith(first) or "," not in content for content in _contents(text, language)
    )
