"""sanity24: plain bugs seen on fresh articles, on made-up sentences.

A French imperfect whose stem ends in r (« préparaient », « ouvrait », « figuraient »,
« gérait ») is no conditional: the outlet tells the past, it does not guess.
"""

import re

import pytest

from quizapp.draft import analyze
from quizapp.draft.claims import conditional_form
from quizapp.draft.drafting.draft_base import DraftBase
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.words.lexicon import load


@pytest.mark.parametrize(
    "word",
    ["déclarait", "enregistraient", "ouvraient", "figuraient", "rencontrait", "gérait", "offrait"],
)
def test_an_imperfect_on_a_stem_in_r_is_no_conditional(word: str) -> None:
    assert not conditional_form(word, load("fr"))


@pytest.mark.parametrize(
    "word",
    ["donnerait", "pourrait", "viendraient", "mettrait", "devrait", "aurait", "finiraient"],
)
def test_a_conditional_stays_one(word: str) -> None:
    assert conditional_form(word, load("fr"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Les bénévoles préparaient les stands depuis l'aube.",
        "Le musée ouvrait ses portes à neuf heures chaque matin.",
        "Trois noms figuraient sur la liste des lauréats de l'an passé.",
        "Le syndicat gérait la cantine du village depuis vingt ans.",
    ],
)
def test_a_clause_in_the_imperfect_is_a_fact(sentence: str) -> None:
    analysis = analyze(f"{sentence}\n\nLe conseil a voté mardi.", "fr")
    assert [c.label for c in analysis.unattributed] == ["fact", "fact"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les bénévoles prépareraient les stands depuis l'aube.",
        "Le musée ouvrirait ses portes à neuf heures chaque matin.",
        "Le syndicat gérerait la cantine du village depuis vingt ans.",
    ],
)
def test_a_clause_in_the_conditional_stays_the_outlets_guess(sentence: str) -> None:
    analysis = analyze(f"{sentence}\n\nLe conseil a voté mardi.", "fr")
    assert [c.label for c in analysis.unattributed] == ["author", "fact"]


def _false_statements(text: str, language: str) -> list[str]:
    questions = draft_questions(analyze(text, language))
    prompts = [q["prompt"] for q in questions if q["type"] == "true_false" and not q["answer"]]
    return [p.replace("\xa0", " ") for p in prompts]


_MARKET = (
    "Le marché de Noël ouvre samedi\n\n"
    "« Nous attendons beaucoup de monde », affirme Paul Martin, l'organisateur.\n\n"
    "Les chalets seront installés vendredi sur la place.\n\n"
    "{claim}\n\n"
    "« Le vin chaud sera servi dès midi », précise Anne Roux."
)


@pytest.mark.parametrize(
    "claim",
    [
        "Une tradition depuis vingt ans.",
        "Soixante chalets, trois manèges et une patinoire.",
        "À chaque quartier son sapin.",
    ],
)
def test_a_claim_with_no_verb_is_quoted_when_given_to_a_speaker(claim: str) -> None:
    prompts = _false_statements(_MARKET.format(claim=claim), "fr")
    assert f"c’est Paul Martin qui dit : « {claim} »" in " ".join(prompts), prompts
    assert not any("affirme qu" in p and claim[3:15] in p for p in prompts), prompts


def test_a_claim_with_a_verb_is_still_reported() -> None:
    claim = "Les visiteurs pourront patiner jusqu'à minuit."
    prompts = _false_statements(_MARKET.format(claim=claim), "fr")
    assert "c’est Paul Martin qui affirme que les visiteurs pourront patiner" in " ".join(prompts)


def test_an_english_claim_with_no_verb_is_quoted() -> None:
    text = (
        "Christmas market opens on Saturday\n\n"
        '"We expect big crowds," said Paul Martin, the organiser.\n\n'
        "The stalls will be set up on Friday in the square.\n\n"
        "A tradition for twenty years.\n\n"
        '"Mulled wine will be served from noon," said Anne Ross.'
    )
    prompts = _false_statements(text, "en")
    assert "Paul Martin says: “A tradition for twenty years.”" in " ".join(prompts), prompts


@pytest.mark.parametrize("day", ["Samedi", "Lundi", "Dimanche"])
def test_a_day_opening_a_reported_claim_goes_to_lower_case(day: str) -> None:
    claim = f"{day}, les visiteurs pourront patiner jusqu'à minuit."
    prompts = " ".join(_false_statements(_MARKET.format(claim=claim), "fr"))
    assert f"qui affirme que {day.lower()}, les visiteurs" in prompts, prompts


def _phrasing(text: str, language: str) -> Phrasing:
    return Phrasing(analyze(text, language), load(language).raw["wording"])


def _base(text: str, language: str) -> DraftBase:
    return DraftBase(analyze(text, language), load(language).raw["wording"])


def test_a_place_named_after_someone_is_no_bystander() -> None:
    text = (
        "Homes approved\n\n"
        "Plans for 35 homes in Victoria Mill Road, near the Isaac Centre, were approved.\n\n"
        "The scheme was first backed by Paul Jones in May.\n\n"
        '"I am disappointed," said Simon Garrett, chair of the town council.'
    )
    assert _base(text, "en").bystanders == ["Paul Jones"]


def test_a_french_school_named_after_someone_is_no_bystander() -> None:
    text = (
        "Les collèges se mobilisent\n\n"
        "Le collège Jacques Ellul et le lycée Victor Hugo, rénovés sous le mandat de "
        "Pierre Martin, seront fermés jeudi.\n\n"
        "« Nous avons prévenu les parents », explique Émilie Roux, enseignante."
    )
    assert _base(text, "fr").bystanders == ["Pierre Martin"]


@pytest.mark.parametrize("title", ["Cllr", "Coun.", "Sen."])
def test_speakers_sharing_only_a_title_are_two_people(title: str) -> None:
    text = (
        "Budget approved\n\n"
        f'"We had no choice," said {title} Ann Hope.\n\n'
        f'"This is a sad day for the town," said {title} Tom Reed.'
    )
    base = _base(text, "en")
    hope = next(a for a in base.analysis.attributions if "Hope" in a.speaker)
    assert [s for s in base.others(hope) if "Reed" in s], base.others(hope)


def test_two_forms_of_one_name_stay_one_person() -> None:
    text = (
        "Budget approved\n\n"
        '"We had no choice," said Cllr Ann Hope.\n\n'
        '"This is a sad day for the town," said Ms Hope.'
    )
    base = _base(text, "en")
    first = base.analysis.attributions[0]
    assert not [s for s in base.others(first) if "Hope" in s]


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Le Premier ministre, Paul Martin, a jugé que le texte était prêt.", "a jugé"),
        ("La directrice de l'école, Anne Roux, qui a confirmé que la classe fermerait.", ""),
        ("The transport secretary, Tom Reed, said the line would reopen in May.", "said"),
    ],
)
def test_an_apposed_name_is_not_quoted_with_its_cue(sentence: str, cue: str) -> None:
    language = "en" if sentence.startswith("The") else "fr"
    phrasing = _phrasing(sentence, language)
    for found in phrasing.analysis.attributions:
        quoted = phrasing.cue_phrase(found)
        assert not re.match(r"\w[\w ]*, (qui )?\w", quoted), quoted
        assert not cue or quoted == cue


def test_a_name_before_its_cue_is_still_quoted_with_it() -> None:
    phrasing = _phrasing("Paul Martin a jugé que le texte était prêt.", "fr")
    assert [phrasing.cue_phrase(f) for f in phrasing.analysis.attributions] == [
        "Paul Martin a jugé"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "A Lyon, près de deux mille manifestants, selon la préfecture.",
        "À Nantes, une centaine de parents, selon les organisateurs.",
    ],
)
def test_reported_words_with_no_verb_are_quoted_in_a_who_question(sentence: str) -> None:
    phrasing = _phrasing(sentence, "fr")
    found = phrasing.analysis.attributions[0]
    prompt = phrasing.said(found, "who_prompt", 120, speaker="").replace("\xa0", " ")
    assert prompt.startswith("Qui dit « "), prompt


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon la préfecture, près de deux mille manifestants ont défilé à Lyon.",
        "Le maire affirme vouloir rouvrir la piscine en mai.",
    ],
)
def test_reported_words_with_a_verb_or_an_infinitive_stay_reported(sentence: str) -> None:
    phrasing = _phrasing(sentence, "fr")
    found = phrasing.analysis.attributions[0]
    prompt = phrasing.said(found, "who_prompt", 120, speaker="").replace("\xa0", " ")
    assert prompt.startswith("Qui affirme "), prompt


@pytest.mark.parametrize("voice", ["dit-on au village", "assure-t-on à la mairie"])
def test_a_claim_is_falsely_given_to_someone_not_to_an_impersonal_voice(voice: str) -> None:
    text = (
        "Le marché de Noël ouvre samedi\n\n"
        f"« Ce sera le plus beau de la région », {voice}.\n\n"
        "Les chalets seront installés vendredi sur la place.\n\n"
        "Les visiteurs pourront patiner jusqu'à minuit.\n\n"
        "« Nous attendons beaucoup de monde », affirme Paul Martin, l'organisateur."
    )
    prompts = " ".join(_false_statements(text, "fr"))
    assert "c’est Paul Martin qui affirme que les visiteurs pourront" in prompts, prompts
    assert "voix impersonnelle qui affirme" not in prompts
