"""sanity23: plain bugs of the drafted questions seen on fresh articles, on made-up sentences.

An explanation sets a speaker's name inside its sentence as French grammar wants it (« les
propos des salariés », « du maire », « d'André Martin », not « de les salariés », « de Le
maire », « de André Martin »), a relay's outlet with the article the text gives it (« par le
Parisien »), and says why an unsourced passage is the outlet's own in the right words: a
conclusion (« donc », « c'est ») or a conditional is no loaded word, and trailing dots are
named in the article's language.
"""

from dataclasses import replace

from quizapp.draft import analyze
from quizapp.draft.drafting.explanation_words import of_phrase, reason_key
from quizapp.draft.drafting.phrasing import Phrasing
from quizapp.draft.drafting.reported_words import with_article
from quizapp.draft.findings import Claim
from quizapp.draft.lexicon import load

_STRIKE = (
    "La grève continue\n\n"
    "« Nous restons mobilisés », affirment les grévistes devant l'atelier.\n\n"
    "« Rien ne bouge », selon le Courrier du Nord."
)


def _phrasing(text: str, language: str = "fr") -> Phrasing:
    return Phrasing(analyze(text, language), load(language).raw["wording"])


def test_de_contracts_with_the_article_after_it() -> None:
    assert of_phrase("les salariés de l'usine") == "des salariés de l'usine"
    assert of_phrase("le maire de Lille") == "du maire de Lille"
    assert of_phrase("des parents d'élèves") == "de parents d'élèves"


def test_de_elides_before_a_vowel() -> None:
    assert of_phrase("André Martin") == "d’André Martin"
    assert of_phrase("un autre habitant") == "d’un autre habitant"
    assert of_phrase("Hélène Roux") == "d’Hélène Roux"


def test_de_stays_before_a_consonant_and_an_elided_article() -> None:
    assert of_phrase("la directrice") == "de la directrice"
    assert of_phrase("Paul Durand") == "de Paul Durand"
    assert of_phrase("l'association") == "de l'association"


def test_a_continued_quotation_names_its_speaker_inside_the_sentence() -> None:
    phrasing = _phrasing(_STRIKE)
    said = next(a for a in phrasing.analysis.attributions if a.cue is not None)
    for speaker, shown in (
        ("Les grévistes", "les propos des grévistes,"),
        ("Le maire de Lille", "les propos du maire de Lille,"),
        ("Une habitante", "les propos d’une habitante,"),
        ("André Martin", "les propos d’André Martin,"),
        ("Paul Durand", "les propos de Paul Durand,"),
    ):
        text = phrasing.explain(replace(said, cue=None, speaker=speaker, via=None))
        assert shown in text, text


def test_an_english_continued_quotation_lowers_the_article() -> None:
    phrasing = _phrasing('Strike goes on\n\n"We stay," a worker said.', "en")
    said = phrasing.analysis.attributions[0]
    text = phrasing.explain(replace(said, cue=None, speaker="A worker", via=None))
    assert "follow what a worker said" in text


def test_an_article_the_text_writes_only_contracted() -> None:
    assert with_article("Parisien", "dans les colonnes du Parisien mardi") == "le Parisien"
    assert with_article("Sénat", "un vote au Sénat") == "le Sénat"
    assert with_article("Verts", "le groupe des Verts") == "les Verts"


def test_a_name_the_text_writes_bare_keeps_none() -> None:
    assert with_article("Politico", "a confié à Politico, puis du Politico") == "Politico"
    assert with_article("Marie", "Marie dit, puis la mère de Marie") == "Marie"


def _reason(passage: str, reason: str) -> str:
    return reason_key(reason, passage, load("fr"))


def test_an_outlet_concluding_is_no_loaded_word() -> None:
    assert _reason("C'est donc la fin du marché.", "c'est, donc") == "reason_remark"


def test_a_conditional_is_no_loaded_word() -> None:
    assert _reason("Le projet coûterait dix millions.", "coûterait") == "reason_hedged"


def test_trailing_dots_and_loaded_words() -> None:
    assert _reason("Il n'est pas le seul…", "suspension points") == "reason_trailing"
    assert _reason("Un scandale absolu.", "scandale") == "reason_loaded"
    assert _reason("Un titre", "framing") == "reason_framing"


def test_the_explanation_of_trailing_dots_is_french() -> None:
    phrasing = _phrasing(_STRIKE)
    claim = Claim((0, 17), "author", 0.7, "suspension points")
    text = phrasing.explain_claim(claim)
    assert "suspension points" not in text and "points de suspension" in text
