"""ui40: what a student reads in a drafted question, walked as one would.

ui40's walk through two made-up articles met three things a student trips on: a claim to
classify ending in a comma (an English quotation keeps its comma inside: "…they can go,"),
a true/false calling a person the article names « un groupe vague » (false by its grammar
alone), and "who said this?" options written in two cases (« l'inspection académique » among
« Un agent… » and « L'opposition »: the right one stood apart by its case). Made-up articles
and names only.
"""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions

ENGLISH = (
    "Library hours cut\n\n"
    "Opening hours at two libraries will be cut from May, the council has confirmed.\n\n"
    '"For many people this is the only warm place they can go," said Mary Dale, who runs '
    "a reading group.\n\n"
    'A library worker, who did not want to be named, said more cuts would follow. "Nobody '
    'believes this is the end of it," the worker said.\n\n'
    '"We are protecting every branch," said Councillor Anna Frey.'
)
FRENCH = (
    "La piscine ferme\n\n"
    "« Nous n'avions pas le choix », a expliqué le maire, Paul Riou.\n\n"
    "L'opposition conteste ce calendrier. « On ferme d'abord et on cherche ensuite », a lancé "
    "Léa Morvan, conseillère municipale.\n\n"
    "Selon l'inspection académique, près de 600 élèves suivent des cours de natation.\n\n"
    "Un agent des services techniques, qui a souhaité rester anonyme, assure que la toiture "
    "fuyait depuis cinq ans.\n\n"
    "« Certains nageurs ne reviendront pas », prévient Yves Garo, président du club."
)


def _drafted(text: str, language: str) -> list[dict]:
    return draft_questions(analyze(text, language))


def test_a_claim_to_classify_never_ends_on_the_comma_its_quotation_kept() -> None:
    claims = [item["claim"] for q in _drafted(ENGLISH, "en") for item in q.get("items", [])]
    assert any("the only warm place they can go" in claim for claim in claims)
    assert not [claim for claim in claims if claim.endswith((",", ";"))]


def test_a_false_statement_never_calls_a_named_person_a_vague_group() -> None:
    for text, language, vague in ((FRENCH, "fr", "groupe vague"), (ENGLISH, "en", "vague group")):
        prompts = [q["prompt"] for q in _drafted(text, language) if q["type"] == "true_false"]
        people = ("Paul Riou", "Léa Morvan", "Yves Garo", "Mary Dale", "Anna Frey")
        assert not [p for p in prompts if vague in p and any(name in p for name in people)]


def test_a_person_in_a_false_statement_is_called_an_anonymous_source() -> None:
    prompts = [q["prompt"] for q in _drafted(FRENCH, "fr") if q["type"] == "true_false"]
    false_kinds = [p for p in prompts if p.endswith("est une source anonyme.")]
    assert any(name in p for p in false_kinds for name in ("Paul Riou", "Léa Morvan", "Yves Garo"))


def test_every_who_said_this_option_opens_on_a_capital() -> None:
    for text, language in ((FRENCH, "fr"), (ENGLISH, "en")):
        options = [
            option["text"]
            for q in _drafted(text, language)
            if q["type"] == "single_choice"
            for option in q["options"]
        ]
        assert options and not [text for text in options if text[:1].islower()]


def test_capitalised_leaves_names_and_brands_alone() -> None:
    from quizapp.draft.drafting.options import capitalised

    assert capitalised("l'inspection académique") == "L'inspection académique"
    assert capitalised("the council") == "The council"
    assert capitalised("Léa Morvan") == "Léa Morvan"
    assert capitalised("eBay") == "eBay"
