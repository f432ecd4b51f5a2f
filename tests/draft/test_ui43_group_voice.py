"""ui43: a group and the person the article ties to it as its voice (« L'opposition
municipale » and « Son chef de file, Marc Dubreuil ») are one source in the reader's mind:
never two wrong options side by side, nor one wrong beside the other right."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.unfit_options import Apposed, appositions, group_and_voice
from quizapp.draft.words.lexicon import load

FR = load("fr")
EN = load("en")

ARTICLE = (
    "Lormes : la piscine fermera deux mois cet été\n\n"
    "« Les travaux sont indispensables pour la sécurité des nageurs », a déclaré le maire, "
    "Paul Girard.\n\n"
    "« Nos enfants n'auront nulle part où apprendre à nager », a regretté Lucie Perrin, "
    "présidente du club de natation.\n\n"
    "L'opposition municipale dénonce un chantier « mal préparé ». Son chef de file, "
    "Marc Dubreuil, réclame une piscine provisoire.\n"
)


def _offered(text: str, language: str) -> list[list[str]]:
    analysis = analyze(text, language, headline=text.splitlines()[0])
    asked = draft_questions(analysis)
    return [[o["text"] for o in q["options"]] for q in asked if q.get("options")] + [
        list(q["distractors"]) for q in asked if q.get("distractors")
    ]


def _apposed(text: str, name: str) -> list[Apposed]:
    at = text.index(name)
    return appositions(text, (at, at + len(name)), FR)


def test_appositions_before_and_after_a_mention() -> None:
    text = "Lucie Perrin, présidente du club, le dit. Le maire, Paul Girard, répond."
    assert _apposed(text, "Lucie Perrin") == [Apposed("présidente du club")]
    assert _apposed(text, "Paul Girard") == [Apposed("Le maire"), Apposed("répond")]


def test_a_possessive_apposition_is_given_the_sentence_before() -> None:
    text = "L'opposition municipale dénonce un chantier. Son chef de file, Marc Dubreuil, réclame."
    found = _apposed(text, "Marc Dubreuil")[0]
    assert found == Apposed("chef de file", "L'opposition municipale dénonce un chantier.")


def test_a_group_and_its_possessive_voice_are_tied() -> None:
    text = "L'opposition municipale dénonce un chantier. Son chef de file, Marc Dubreuil, réclame."
    person = ["Marc Dubreuil", *_apposed(text, "Marc Dubreuil")]
    assert group_and_voice(["L'opposition municipale"], person, FR)


def test_a_possessive_voice_of_another_group_of_that_noun_is_not_tied() -> None:
    text = (
        "Le syndicat de défense des retraités est satisfait, selon son président, "
        "Émile Vernier, qui le dit."
    )
    person = ["Émile Vernier", *_apposed(text, "Émile Vernier")]
    assert not group_and_voice(["le syndicat autonome des retraités"], person, FR)
    assert group_and_voice(["le syndicat de défense des retraités"], person, FR)


def test_a_group_and_its_named_voice_are_tied() -> None:
    person = ["Lucie Perrin", "présidente du club de natation"]
    assert group_and_voice(["Le club de natation"], person, FR)
    assert group_and_voice(person, ["Le club de natation"], FR)
    assert group_and_voice(
        ["Le syndicat des thoniers"],
        ["Mourad Kahoul", "président du syndicat qui regroupe 24 thoniers"],
        FR,
    )


def test_a_voice_of_another_group_is_not_tied() -> None:
    assert not group_and_voice(
        ["L'opposition municipale"], ["Lucie Perrin", "présidente du club"], FR
    )
    assert not group_and_voice(["L'opposition"], ["Paul Girard", "le maire"], FR)


def test_a_member_of_a_group_is_no_group() -> None:
    member = ["Sylvie membre du collectif Touche pas à mes îles"]
    assert not group_and_voice(member, ["Fabien Bouglé", "le porte-parole du collectif"], FR)


def test_english_voices() -> None:
    chair = ["Jane Cole", "chair of the Elm Park Residents' Association"]
    assert group_and_voice(["The Elm Park Residents' Association"], chair, EN)
    assert group_and_voice(["The opposition"], ["Tom Hale", "opposition leader"], EN)
    assert not group_and_voice(["The opposition"], ["Tom Hale", "the council leader"], EN)
    other = ["Dan Cole", "Labour leader of Southend City Council"]
    assert not group_and_voice(["Essex County Council"], other, EN)
    assert group_and_voice(["Southend City Council"], other, EN)


def test_no_question_offers_the_opposition_and_its_leader() -> None:
    for options in _offered(ARTICLE, "fr"):
        assert not {"L'opposition municipale", "Marc Dubreuil"} <= set(options), options
