"""ui41 (round 40's walk-through): a document or figures is no wrong answer to "who said
this?", nor is the body of the right person (« la mairie » for the mayor's words), and a
hedge the outlet writes (« devraient », "could") is explained as its judgement of likelihood,
not as a loaded word. Made-up articles."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.unfit_options import body_and_head, unspeaking
from quizapp.draft.drafting.wording.explanation_words import reason_wording
from quizapp.draft.words.lexicon import load

_HALLE = (
    "Tonnay : la mairie veut fermer la halle du marché\n\n"
    "La halle du marché de Tonnay fermera le 1er juin pour des travaux de mise aux normes.\n\n"
    "« Le toit menace de tomber, nous ne prendrons aucun risque », a déclaré le maire, Jean "
    "Roux, mardi soir en conseil municipal.\n\n"
    "La mairie assure que les commerçants seront installés sur la place de l'Église pendant "
    "les travaux.\n\n"
    "« On nous met dehors en plein été, c'est la saison où nous gagnons notre vie », a regretté "
    "Claire Moreau, qui tient un étal de fromages depuis vingt ans.\n\n"
    "« Les clients suivront, ils l'ont toujours fait », a répondu Paul Henriot, le président de "
    "l'association des commerçants.\n\n"
    "Selon une étude de la chambre de commerce, la halle attire chaque samedi près de trois "
    "mille visiteurs.\n\n"
    "Les travaux devraient durer six mois.\n"
)

_LIBRARY = (
    "Harrow library hours cut as council seeks savings\n\n"
    "Harrow's central library will close on Sundays from April, the council has confirmed.\n\n"
    '"We have to find four million pounds this year and every service is being asked to '
    'help," said councillor Mark Reeve, who leads on finance.\n\n'
    "A survey of library users found that most visitors come at the weekend.\n\n"
    '"Sunday is the only day I can bring my children," said Priya Shah, who started a '
    "petition against the cut.\n\n"
    '"The library is warm and quiet, and for some people it is the only such place," said '
    "Tom Blake, a volunteer at the reading club.\n\n"
    "The library could reopen on Sundays if the budget improves next year.\n"
)


def _questions(text: str, language: str) -> list[dict]:
    return draft_questions(analyze(text, language, headline=text.split("\n", 1)[0]))


def _options(questions: list[dict], words: str) -> list[str]:
    found = [q for q in questions if q["type"] == "single_choice" and words in q["prompt"]]
    assert found, words
    return [option["text"] for option in found[0]["options"]]


def test_a_survey_is_no_wrong_option() -> None:
    options = _options(_questions(_LIBRARY, "en"), "close on Sundays")
    assert options[0] == "The council"
    assert "A survey of library users" not in options


def test_the_town_hall_is_no_wrong_option_for_the_mayor() -> None:
    assert "La mairie" not in _options(_questions(_HALLE, "fr"), "Le toit menace")


def test_the_mayor_is_no_wrong_option_for_the_town_hall() -> None:
    assert "Jean Roux" not in _options(_questions(_HALLE, "fr"), "les commerçants seront")


def test_the_town_hall_and_the_mayor_are_never_both_wrong_options() -> None:
    for question in _questions(_HALLE, "fr"):
        if question["type"] == "single_choice":
            texts = {option["text"] for option in question["options"]}
            assert not {"La mairie", "Jean Roux"} <= texts, question["prompt"]


def _explanations(questions: list[dict]) -> list[str]:
    found = [q.get("explanation", "") for q in questions]
    for question in questions:
        found += [item.get("explanation", "") for item in question.get("items", [])]
    return found


def test_a_french_hedge_is_no_loaded_word() -> None:
    said = [e for e in _explanations(_questions(_HALLE, "fr")) if "devraient" in e]
    assert said
    assert all("chargés" not in e and "probable" in e for e in said), said


def test_an_english_hedge_is_no_loaded_word() -> None:
    said = [e for e in _explanations(_questions(_LIBRARY, "en")) if "“could”" in e]
    assert said
    assert all("loaded" not in e and "likely" in e for e in said), said


def test_documents_and_figures_are_unspeaking() -> None:
    fr, en = load("fr"), load("en")
    assert unspeaking("Le rapport", fr) and unspeaking("les chiffres de l'Insee", fr)
    assert unspeaking("Une note parue", fr) and unspeaking("l'étude", fr)
    assert unspeaking("The council's own figures", en) and unspeaking("A report seen by X", en)
    assert not unspeaking("La Lettre A", fr) and not unspeaking("The Post", en)
    assert not unspeaking("le maire", fr) and not unspeaking("Campaigners", en)


def test_a_body_and_its_head() -> None:
    fr, en = load("fr"), load("en")
    assert body_and_head(["La mairie"], ["le maire"], fr)
    assert body_and_head(["La préfecture de l'Hérault"], ["Marc Blanc", "le préfet Marc Blanc"], fr)
    assert body_and_head(["Peter Black", "the health minister Peter Black"], ["The ministry"], en)
    assert not body_and_head(["La mairie"], ["l'adjoint au maire"], fr)
    assert not body_and_head(["La préfecture"], ["le maire"], fr)


def test_loaded_words_and_hedges_named_apart() -> None:
    wording = load("fr").raw["wording"]
    said = reason_wording(
        "choc, devraient", "Un choc : les prix devraient grimper.", load("fr"), wording
    )
    assert "mots chargés : « choc »" in said and "probable ou possible : « devraient »" in said
    distant = reason_wording("serait", "Le maire serait candidat.", load("fr"), wording)
    assert distant.startswith("conditionnel")


def test_selon_toute_vraisemblance_is_no_source() -> None:
    text = (
        "La piscine rouvrira en 2028\n\n"
        "« Le chantier avance bien », a assuré Claire Moreau, adjointe aux sports. La nouvelle "
        "piscine devrait rouvrir à l'été 2028, selon toute vraisemblance avec un "
        "bassin nordique.\n"
    )
    analysis = analyze(text, "fr", headline=text.split("\n", 1)[0])
    said = [text[a.content[0] : a.content[1]] for a in analysis.attributions]
    assert not any("rouvrir" in words for words in said), said


def test_the_town_hall_is_no_extra_choice_beside_the_mayors_quotation() -> None:
    match = [q for q in _questions(_HALLE, "fr") if q["type"] == "match"]
    assert match and "Jean Roux" in [pair["right"] for pair in match[0]["pairs"]]
    assert "La mairie" not in match[0].get("distractors", [])


def test_selon_a_likelihood_noun_with_a_source_names_the_source() -> None:
    """mend41c (review41 item 3): the noun alone is no criterion, the whole phrase is."""
    text = "Selon la probabilité calculée par Météo-France, il pleuvra demain."
    found = [(a.speaker, a.label) for a in analyze(text, "fr").attributions]
    assert ("Météo-France", "named") in found, found
    hedged = "Selon toute probabilité, la route restera fermée jusqu'à lundi."
    assert not analyze(hedged, "fr").attributions
    appearances = "Selon toutes les apparences, le club changera d'entraîneur cet été."
    assert not analyze(appearances, "fr").attributions
