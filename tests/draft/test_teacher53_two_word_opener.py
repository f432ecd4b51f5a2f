"""teacher53: a two-word coordinator opening reported words (« Sauf que », « Sauf qu' ») is
left out after « que », as « Mais » is: the walk's article drafted « c'est la gendarmerie qui
affirme que sauf que la destruction pourrait être volontaire ». A made-up text."""

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.sentence_case import past_connective
from quizapp.draft.drafting.wording.speaker_openings import opening_words

_WALL = (
    "Un mur du cimetière s'effondre à Valmont\n\n"
    "Une partie du mur s'est effondrée dans la nuit de dimanche à lundi. Sauf que la chute "
    "pourrait être volontaire, selon le maire de la commune, Paul Girardot.\n\n"
    "« Il n'y avait aucun débris de voiture », a déclaré la gendarmerie de Valmont.\n\n"
    "Les gendarmes ont ouvert une enquête lundi."
)


def test_sauf_que_goes_like_mais() -> None:
    words = opening_words()
    for text, kept in (
        ("Sauf que la chute pourrait", "la chute pourrait"),
        ("Sauf qu’il pleuvait", "il pleuvait"),
        ("Sauf le maire, tous ont voté", "Sauf le maire, tous ont voté"),
    ):
        at = past_connective(text, words.dropped_connectives, words.dropped_openers)
        assert text[at:] == kept


def test_no_question_reports_que_sauf_que() -> None:
    prompts = [str(q) for q in draft_questions(analyze(_WALL, "fr"))]
    assert prompts
    assert not [p for p in prompts if "que sauf" in p.lower()], prompts
    assert [p for p in prompts if "que la chute pourrait" in p], prompts
