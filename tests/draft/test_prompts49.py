"""prompts49: question words a teacher had to rewrite (teacher49's « Left »), on made-up texts.

(a) A quotation cut by an inserted cue followed by narration (« Nous voulons, a expliqué X lors
d'un déplacement à Amiens, un examen… ») is quoted from after the incise's comma, never from its
tail (« lors d'un déplacement… »); reported words drop that tail with their cue.
(b) Words that open on a personal pronoun of the third person (« qu'elle ne reculerait pas »)
rest on no who-said-this and no match pair; an impersonal « il » (« qu'il faut ») stays.
"""

from dataclasses import replace

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.reported_words import spoken, without_incise
from quizapp.draft.findings import Analysis
from quizapp.draft.words.lexicon import load
from tests.draft.readings import finding_in

_INCISE = (
    "Réforme du brevet\n\n"
    "« Nous voulons, a expliqué Claire Darmon lors d'un déplacement à Amiens, un examen qui "
    "mesure vraiment les acquis des élèves. »\n\n"
    "Le maire, Paul Leroy, se dit inquiet. « Les familles n'ont pas été consultées », "
    "regrette-t-il.\n\n"
    "« Les professeurs n'ont rien reçu », affirme Jeanne Morel, syndicaliste."
)


def _phrasing(analysis: Analysis) -> Phrasing:
    return Phrasing(analysis, load(analysis.language).raw["wording"])


def test_a_quotation_cut_by_an_incise_is_quoted_after_its_tail() -> None:
    analysis = analyze(_INCISE, "fr")
    found = finding_in(analysis, "Nous voulons")
    shown = analysis.passage(spoken(analysis, found))
    assert shown.startswith("un examen qui mesure"), shown
    assert "Amiens" not in shown


def test_no_question_quotes_the_incise_tail() -> None:
    questions = draft_questions(analyze(_INCISE, "fr"))
    assert questions
    text = repr(questions)
    assert "« lors d" not in text and "'lors d" not in text and "« lors" not in text


def test_reported_words_drop_the_narration_after_their_cue() -> None:
    text = (
        "Le projet\n\nLe chantier, a précisé Paul Leroy lors du conseil municipal, sera livré "
        "en mai."
    )
    analysis = analyze(text, "fr")
    found = finding_in(analysis, "sera livré")
    name = analysis.text.index("Paul Leroy")
    found = replace(found, source=(name, name + len("Paul Leroy")))  # the name alone
    going_on = load("fr").word_set("determiners")
    words = without_incise(analysis, found, going_on)
    assert "conseil" not in words and "précisé" not in words, words


def test_a_pronoun_opening_reported_words_asks_no_who() -> None:
    text = (
        "La ministre tient bon\n\nLa ministre Claire Darmon a assuré mardi qu'elle ne "
        "reculerait pas sur la réforme.\n\nLe syndicaliste Marc Petit estime que la réforme "
        "est brutale.\n\n« Les professeurs n'ont rien reçu », affirme Jeanne Morel, syndicaliste."
    )
    analysis = analyze(text, "fr")
    found = finding_in(analysis, "reculerait")
    assert _phrasing(analysis).pronoun_led(found)
    prompts = [q["prompt"] for q in draft_questions(analysis) if q["id"].startswith("draft-who")]
    assert not any("Qui affirme qu’elle" in p or "Qui affirme qu'elle" in p for p in prompts)


def test_an_impersonal_il_and_plain_words_are_no_pronoun() -> None:
    text = (
        "Travaux\n\nLe maire Paul Leroy estime qu'il faut rénover l'école.\n\n"
        "La directrice Anne Roux affirme que les travaux commenceront en juin."
    )
    analysis = analyze(text, "fr")
    phrasing = _phrasing(analysis)
    assert not phrasing.pronoun_led(finding_in(analysis, "rénover"))
    assert not phrasing.pronoun_led(finding_in(analysis, "commenceront"))


def test_an_english_pronoun_opening_reported_words() -> None:
    text = (
        "Minister stands firm\n\nEducation minister Claire Darmon said on Tuesday that she "
        "would not back down on the reform.\n\nUnion leader Mark Small said the reform was "
        "brutal."
    )
    analysis = analyze(text, "en")
    assert _phrasing(analysis).pronoun_led(finding_in(analysis, "back down"))
    prompts = [q["prompt"] for q in draft_questions(analysis) if q["id"].startswith("draft-who")]
    assert not any("Who claims that she" in p for p in prompts)


def test_a_quotation_opening_on_a_pronoun_still_asks_who_said_it() -> None:
    """The speaker's own words may open on « Il »: the who-said-it stays (the seed article's
    « Il a clairement abusé… » lost its question and the match its pairs before this)."""
    text = (
        "Le maire critiqué\n\n"
        "« Il a clairement abusé de sa position au conseil », affirme Jeanne Morel, élue "
        "d'opposition.\n\n"
        "« Nous avons tenu nos promesses », répond le maire, Paul Leroy.\n\n"
        "« Le budget sera voté en mars », précise Anne Roux, adjointe aux finances."
    )
    analysis = analyze(text, "fr")
    assert not _phrasing(analysis).pronoun_led(finding_in(analysis, "clairement abusé"))
    prompts = [q["prompt"] for q in draft_questions(analysis) if q["id"].startswith("draft-who")]
    assert any("Il a clairement abusé" in p for p in prompts), prompts
