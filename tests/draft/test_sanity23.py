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
from quizapp.draft.drafting.wording.explanation_words import of_phrase, reason_key
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.reported_words import with_article
from quizapp.draft.findings import Claim
from quizapp.draft.words.lexicon import load

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


def test_one_quotation_and_nothing_else() -> None:
    from quizapp.draft.drafting.wording.passages import one_quotation

    assert one_quotation("« Nous n'avons pas le choix, il faut voter ce soir »")
    assert one_quotation("“Des avancées notables”.")
    assert one_quotation('"We will not give up."')
    assert not one_quotation("« Oui », dit-il, « mais pas ce soir »")
    assert not one_quotation("Le maire parle d'un « projet fou » pour la ville.")
    assert not one_quotation('"Yes," he said.')


_UNFOUND = (
    "Le budget attendra\n\n"
    "Le conseil municipal s'est réuni mardi soir à la mairie.\n\n"
    "La séance a duré deux heures, sans vote.\n\n"
    "« Nous n'avons pas le choix, il faut tout reprendre depuis le début »\n\n"
    "Le vote du budget a été reporté au 3 mai.\n\n"
    "« C'est un report de plus », regrette un élu de l'opposition."
)


def _drafted(text: str) -> list[dict]:
    from quizapp.draft.drafting.questions import draft_questions

    return draft_questions(analyze(text, "fr"))


def test_an_unfound_quotation_is_asked_as_no_fact() -> None:
    for q in _drafted(_UNFOUND):
        for item in q.get("items", []):
            assert "Nous n'avons pas le choix" not in item["evidence"], item
        if q["type"] == "true_false":
            assert "Nous n'avons pas le choix" not in q["prompt"], q["prompt"]


def test_a_plain_sentence_of_the_outlet_is_still_asked() -> None:
    drafted = _drafted(_UNFOUND)
    evidence = [i["evidence"] for q in drafted for i in q.get("items", [])]
    evidence += [e for q in drafted for e in q.get("evidence", [])]
    assert any("La séance a duré deux heures" in e for e in evidence)


def test_a_match_with_no_cue_says_so() -> None:
    from quizapp.draft.drafting.who_questions import WhoQuestions

    phrasing = _phrasing(_STRIKE)
    whos = WhoQuestions(phrasing.analysis, phrasing.words)
    assert "—" not in whos._match_explanation("")
    assert "« affirment les grévistes »" in whos._match_explanation("« affirment les grévistes »")


def test_a_located_source_is_no_person_always() -> None:
    for language in ("fr", "en"):
        wording = load(language).raw["wording"]["explain_locate"]
        assert "personne" not in wording and "person" not in wording


def test_a_quotation_the_claims_trimmed_of_its_marks_is_still_one() -> None:
    text = _UNFOUND.replace(
        "« Nous n'avons pas le choix, il faut tout reprendre depuis le début »",
        '"Séance levée. Le vote est reporté. Revenez le 3 mai." Le mot était affiché à la porte.',
    )
    for q in _drafted(text):
        for item in q.get("items", []):
            assert not item["evidence"].startswith("Séance levée"), item
        if q["type"] == "true_false":
            assert "Séance levée" not in q["prompt"], q["prompt"]


def test_straight_marks_are_made_typographic_by_where_they_stand() -> None:
    from quizapp.draft.drafting.wording.passages import curly

    assert curly('Il parle de "mesures fortes" et part.') == "Il parle de “mesures fortes” et part."
    assert curly('"Nous restons", a-t-il dit.') == "“Nous restons”, a-t-il dit."
    assert curly("Aucune marque ici.") == "Aucune marque ici."


def test_a_french_passage_cut_inside_straight_marks_is_balanced() -> None:
    from quizapp.draft.drafting.wording.passages import balanced_marks, inner_marks

    assert balanced_marks('la qualification est "violences […]', "fr").endswith("[…]”")
    assert (
        inner_marks('"Avec les nouveaux horaires, je…', "fr") == "“Avec les nouveaux horaires, je…”"
    )
    assert balanced_marks('produire", a-t-il ajouté', "fr").startswith("“produire”")


def test_english_straight_marks_are_left_alone() -> None:
    from quizapp.draft.drafting.wording.passages import balanced_marks

    assert balanced_marks('the "interim plan', "en") == 'the "interim plan'
