"""A classify claim shows the claim's own words, never its cue, its source or a stray mark
(claims48: teacher48's student read « …people use," said councillor Martin Greaves […] » and
had the answer in the claim); a rebuilt match's explanation names the cues of the pairs it
keeps only."""

from __future__ import annotations

from typing import Any

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.review import rebuilt
from quizapp.draft.drafting.wording.passages import reported_marks
from quizapp.draft.findings import Analysis

OPENING = {
    "en": "Library to close\n\nNorthgate library will close its doors at the end of March "
    "after the cabinet voted five to two on Wednesday.\n\n",
    "fr": "La bibliothèque fermera\n\nLa bibliothèque de Northgate fermera ses portes fin mars "
    "après un vote du conseil municipal mercredi soir.\n\n",
}


def _claims(text: str, language: str) -> dict[str, str]:
    """The classify claims drafted on ``text``, by label."""
    drafts = draft_questions(analyze(OPENING[language] + text, language))
    items = [item for d in drafts if d["type"] == "classify" for item in d["items"]]
    return {item["label"]: item["claim"] for item in items}


def test_an_english_quotation_cut_by_its_cue_shows_its_words_alone() -> None:
    claims = _claims(
        '"We simply cannot justify spending that kind of money on a building that fewer and '
        'fewer people use," said councillor Martin Greaves, the cabinet member for '
        'communities. "The mobile library will reach more residents, not fewer."\n',
        "en",
    )
    assert claims["named"] == (
        "We simply cannot justify spending that kind of money on a building that fewer and "
        "fewer people use"
    )


def test_a_french_quotation_cut_by_its_cue_shows_its_words_alone() -> None:
    claims = _claims(
        "« Nous ne pouvons plus justifier une telle dépense pour un bâtiment que de moins en "
        "moins de gens fréquentent, affirme Martin Greaves, adjoint au maire. Le bibliobus "
        "touchera plus d'habitants. »\n",
        "fr",
    )
    assert claims["named"] == (
        "Nous ne pouvons plus justifier une telle dépense pour un bâtiment que de moins en "
        "moins de gens fréquentent"
    )


def test_reported_words_lose_a_source_set_off_by_commas() -> None:
    claims = _claims(
        "Le bâtiment pourrait, selon le maire de Northgate, accueillir des associations dès "
        "l'été prochain.\n",
        "fr",
    )
    assert (
        claims["anonymous"] == "Le bâtiment pourrait accueillir des associations dès l'été prochain"
    )


def test_a_claim_whose_source_cannot_be_cut_out_is_left_out() -> None:
    claims = _claims(
        "Powys County Council has been slammed by a Welshpool town councillor for the state of "
        "the town after taking back the street cleaning.\n",
        "en",
    )
    assert not any("slammed" in claim for claim in claims.values())


def test_an_english_claim_cut_inside_a_quotation_pairs_its_mark() -> None:
    assert reported_marks("plans to improve “environmental […]", "en").endswith("[…]”")
    assert reported_marks('councils "are not carrying out […]', "en").count('"') == 2
    assert reported_marks("the council’s own figures", "en") == "the council’s own figures"


MATCH = (
    "Northgate library will close in March.\n\n"
    '"We cannot justify the cost," said councillor Martin Greaves. '
    '"It is the only quiet place for homework," insisted Sheila Okafor. '
    '"Nobody asked us," complained Priya Nair. '
    '"We will appeal," warned Tom Hale.\n'
)


def _match() -> tuple[Analysis, list[dict[str, Any]], int, int]:
    analysis = analyze(MATCH, "en")
    drafts = draft_questions(analysis)
    row = next(n for n, draft in enumerate(drafts) if draft["type"] == "match")
    found = [a.content for a in analysis.attributions]
    nobody = next(n for n, s in enumerate(found) if analysis.passage(s).startswith("Nobody"))
    return analysis, drafts, row, nobody


def test_a_rebuilt_match_names_the_cues_of_the_pairs_it_keeps() -> None:
    analysis, drafts, row, nobody = _match()
    assert "complained" in drafts[row]["explanation"]
    now = rebuilt(analysis, drafts, {}, {nobody})
    explanation = now.drafts[row]["explanation"]
    assert "complained" not in explanation and "insisted" in explanation
    back = rebuilt(analysis, now.drafts, now.aside, set())
    assert back.drafts[row] == drafts[row]  # the whole explanation with the pair put back


def test_her_own_explanation_of_a_rebuilt_match_stays() -> None:
    analysis, drafts, row, nobody = _match()
    drafts[row] = {**drafts[row], "explanation": "Look at each verb."}
    now = rebuilt(analysis, drafts, {}, {nobody})
    assert now.drafts[row]["explanation"] == "Look at each verb."


def test_a_short_first_piece_that_is_a_sentence_is_the_claim() -> None:
    claims = _claims(
        "« C'est très satisfaisant », a déclaré la maire, Anne Durand, dimanche, « à la fois "
        "par ce que nous avons fait ensemble et par ce qui reste à faire. »\n",
        "fr",
    )
    assert claims["named"] == "C'est très satisfaisant"
