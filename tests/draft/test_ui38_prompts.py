"""ui38: drafted prompts as a student reads them. Reported words keep no sentence capital after
« que » / "that" when their first word is a common one the article writes once; French words
that hold their own « que » take no second one; « s'être … » is reported as an infinitive;
a passage cut inside a number goes on to its end. Made-up sentences only."""

from __future__ import annotations

from quizapp.draft.drafting.wording.passages import whole_number
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.reported_words import infinitive_first
from quizapp.draft.drafting.wording.sentence_case import CommonWords, after_that
from quizapp.draft.findings import Analysis, Attribution
from quizapp.draft.words.lexicon import load


def test_a_french_participle_opening_the_sentence_goes_to_lower_case() -> None:
    article = "Le club ferme.\n\nAppuyées par des voisins, les familles protestent."
    words = "Appuyées par des voisins, les familles protestent"
    assert after_that(words, article, frozenset(), CommonWords("fr")) == (
        "appuyées par des voisins, les familles protestent"
    )


def test_an_english_common_noun_written_once_goes_to_lower_case() -> None:
    article = "Staff walk out\n\nDozens of porters joined the picket line on Monday."
    words = "Dozens of porters joined the picket line on Monday"
    assert after_that(words, article, frozenset(), CommonWords("en")).startswith("dozens of")


def test_a_name_written_once_keeps_its_capital() -> None:
    article = "Ventes en hausse\n\nBrunetto vend plus de vélos cette année."
    words = "Brunetto vend plus de vélos cette année"
    assert after_that(words, article, frozenset(), CommonWords("fr")) == words


def test_an_elided_reflexive_before_an_infinitive_is_one() -> None:
    assert infinitive_first("s'être rendu à la mairie")
    assert infinitive_first("s’être rendu à la mairie")
    assert not infinitive_first("s'il pleut, le marché ferme")
    assert not infinitive_first("se laver est devenu un luxe")


def test_a_passage_cut_inside_a_number_goes_on_to_its_end() -> None:
    text = "A survey of 1,200 drivers found it."
    cut = text.index("1,") + 2
    assert whole_number(text, (0, cut)) == (0, text.index(" drivers"))
    assert whole_number(text, (0, text.index(" drivers"))) == (0, text.index(" drivers"))


def _phrasing(text: str, language: str) -> Phrasing:
    analysis = Analysis(language=language, text=text, attributions=(), unattributed=(), speakers=())
    return Phrasing(analysis, load(language).raw["wording"])


def test_french_words_opening_on_que_take_no_second_one() -> None:
    phrasing = _phrasing("Il dit que le risque zéro n'existe pas.", "fr")
    assert phrasing.reported("que le risque zéro n'existe pas") == "que le risque zéro n'existe pas"
    assert phrasing.reported("le risque zéro n'existe pas") == "que le risque zéro n'existe pas"


def test_french_s_etre_is_reported_with_no_que() -> None:
    phrasing = _phrasing("Il affirme s'être soumis au contrôle.", "fr")
    assert phrasing.reported("s'être soumis au contrôle") == "s'être soumis au contrôle"


def test_a_reported_number_is_not_cut() -> None:
    text = "Parking fees rose, the survey of 1,200 drivers found."
    content = (0, text.index("1,") + 2)
    found = Attribution(
        content=content,
        cue=None,
        source=None,
        speaker="the survey",
        speaker_mention=None,
        kind="indirect",
        label="vague",
        via=None,
        confidence=1.0,
    )
    prompt = _phrasing(text, "en").said(found, "who_prompt", 200, speaker="the survey")
    assert "1,200" in prompt


def test_an_infinitive_opening_a_sentence_is_its_subject() -> None:
    phrasing = _phrasing("Le réseau change.\n\nPrendre un train sera compliqué cet été.", "fr")
    reported = phrasing.reported("Prendre un train sera compliqué cet été")
    assert reported == "que prendre un train sera compliqué cet été"


def test_adverbs_and_gerunds_opening_a_sentence_go_to_lower_case() -> None:
    french = "Le parc ferme.\n\nContrairement à l'an dernier, les grilles restent closes."
    words = "Contrairement à l'an dernier, les grilles restent closes"
    assert after_that(words, french, frozenset(), CommonWords("fr")).startswith("contrairement")
    english = "Parking rules\n\nPaying to park is now needed at the station."
    words = "Paying to park is now needed at the station"
    assert after_that(words, english, frozenset(), CommonWords("en")).startswith("paying")


_FEELINGS = (
    "Le marché fermé\n\n"
    "La présidente de l'association s'étonne que les commerçants n'aient pas été consultés. "
    "Le délégué regrette que la mairie ne soit pas venue sur place. "
    "Le trésorier affirme que les ventes ont baissé de moitié depuis janvier."
)


def test_a_feeling_that_takes_the_subjunctive_is_not_asked_as_a_claim() -> None:
    from quizapp.draft import analyze
    from quizapp.draft.drafting.questions import draft_questions

    prompts = "\n".join(q["prompt"] for q in draft_questions(analyze(_FEELINGS, "fr")))
    assert "n'aient pas été consultés" not in prompts.replace("’", "'")
    assert "ne soit pas venue" not in prompts
    assert "que les ventes ont baissé de moitié" in prompts


def test_english_words_opening_on_their_verb_are_quoted() -> None:
    from quizapp.draft.drafting.wording.reported_words import reportable

    assert not reportable("sparked a sell-off in the company's shares", "en")
    assert reportable("the outlook sparked a sell-off in the company's shares", "en")
    assert reportable("United sparked a sell-off in its shares", "en")
