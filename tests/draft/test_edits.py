"""The teacher's corrections of drafted questions, and what the review needs to know about
them: no fragment proposed as a claim, evidence dropped with its claim, skills named."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting import edits
from quizapp.draft.drafting.questions import as_models, draft_questions
from quizapp.draft.drafting.review import finalised
from quizapp.draft.drafting.wording.clauses import is_clause

CLASSIFY = {
    "id": "draft-classify-1",
    "type": "classify",
    "prompt": "D'où vient chacune de ces affirmations ?",
    "items": [
        {"claim": "Le chantier a commencé en mars.", "label": "fact", "evidence": "A"},
        {"claim": "Rien n'est joué", "label": "named", "evidence": "B"},
        {"claim": "Tout est perdu", "label": "author", "evidence": "C"},
    ],
    "evidence": ["A", "B"],
    "tags": ["draft", "attribution"],
}


def test_a_claim_label_changes_and_the_original_is_left_alone() -> None:
    edited = edits.with_item_label(CLASSIFY, 0, "author")
    assert [i["label"] for i in edited["items"]] == ["author", "named", "author"]
    assert CLASSIFY["items"][0]["label"] == "fact"


def test_removing_a_claim_removes_the_evidence_only_it_used() -> None:
    edited = edits.without_item(CLASSIFY, 1)
    assert [i["claim"] for i in edited["items"]] == [
        CLASSIFY["items"][0]["claim"],
        "Tout est perdu",
    ]
    assert edited["evidence"] == ["A"]
    assert "evidence" not in edits.without_item(edits.without_item(CLASSIFY, 1), 0)


def test_right_answers_and_texts_are_changed() -> None:
    who = {
        "id": "w",
        "type": "single_choice",
        "prompt": "Qui ?",
        "options": [{"text": "A", "correct": True}, {"text": "B"}],
    }
    edited = edits.with_right_option(who, 1)
    assert [o.get("correct", False) for o in edited["options"]] == [False, True]
    statement = {"id": "t", "type": "true_false", "prompt": "Vrai ?", "answer": True}
    assert edits.with_answer(statement, False)["answer"] is False
    flipped = edits.with_answer({**statement, "explanation": "Vrai. « a dit » : Anne."}, False)
    assert flipped["explanation"] == "Faux. « a dit » : Anne."
    assert edits.with_answer(flipped, True)["explanation"] == "Vrai. « a dit » : Anne."
    assert edits.with_text(who, "prompt", "Qui parle ?")["prompt"] == "Qui parle ?"
    assert "explanation" not in edits.with_text({**who, "explanation": "x"}, "explanation", " ")
    assert as_models([finalised(edited)])[0].options[1].correct


def test_a_match_quotation_given_to_another_speaker_keeps_every_speaker_on_offer() -> None:
    match = {
        "id": "m",
        "type": "match",
        "prompt": "Associez",
        "pairs": [{"left": "« a »", "right": "Anne"}, {"left": "« b »", "right": "Paul"}],
    }
    edited = edits.with_pair_right(match, 0, "Paul")
    assert [p["right"] for p in edited["pairs"]] == ["Paul", "Paul"]
    assert edited["distractors"] == ["Anne"]


def test_the_source_label_of_a_quotation_changes_its_skill_and_explanation() -> None:
    names = {"named": "Source nommée", "anonymous": "Source anonyme"}
    who = {
        "id": "w",
        "type": "single_choice",
        "prompt": "Qui ?",
        "options": [],
        "explanation": "« a dit » : Services (Source nommée).",
        "tags": ["draft", "named-source"],
    }
    edited = edits.with_source_label(who, "named", "anonymous", names)
    assert edited["tags"] == ["draft", "anonymous-source"]
    assert edited["explanation"] == "« a dit » : Services (Source anonyme)."


def test_fragments_are_not_claims_but_sentences_and_clauses_are() -> None:
    for fragment in (
        "aux mobilités, Claire Fontaine, à l'issue de la séance.",
        "Reste une question",
        "Interrogé par Le Progrès, un salarié de Cyclo",
    ):
        assert not is_clause(fragment, "fr", sentence=True)
    for fragment in (
        "monts et merveilles",
        "un audit indépendant des dépenses engagées",
        "a requis l'anonymat, la décision était prise",
    ):
        assert not is_clause(fragment, "fr", sentence=False)
    assert is_clause("Le contrat prendra fin le 31 mars.", "fr", sentence=True)
    assert is_clause("le budget était largement dépassé", "fr", sentence=False)
    assert is_clause("the plan was dead", "en", sentence=False)


def test_drafted_classify_claims_are_whole_and_carry_their_own_evidence() -> None:
    text = (
        "Vélos : la fin\n\n"
        "Le conseil a voté lundi l'abandon du projet, a annoncé l'adjointe aux mobilités, "
        "Claire Fontaine, à l'issue de la séance. Un gâchis de plus pour la ville. "
        "Selon un cadre, le projet coûtait trop cher."
    )
    for question in draft_questions(analyze(text, "fr")):
        if question["type"] == "classify":
            assert "evidence" not in question
            for item in question["items"]:
                assert not item["claim"].startswith(("aux ", "à l'issue"))


def test_low_confidence_and_skill_names() -> None:
    text = "Titre\n\nSelon certains élus, le projet est mort. Anne Roux a déclaré : « Non. »"
    analysis = analyze(text, "fr")
    drafts = draft_questions(analysis)
    scores = [edits.confidence(d, analysis) for d in drafts]
    assert all(0.0 <= s <= 1.0 for s in scores)
    names = edits.skill_names({"attribution", "anonymous-source", "unknown"}, "fr")
    assert names == {
        "anonymous-source": {"name": "Reconnaître une source anonyme"},
        "attribution": {"name": "Attribuer les propos à leur source"},
    }
    tags = {t for d in drafts for t in d.get("tags", [])}
    assert tags <= set(edits.SKILL_NAMES["fr"]) and set(edits.SKILL_NAMES["fr"]) == set(
        edits.SKILL_NAMES["en"]
    )


def test_quotations_inside_a_quoted_passage_become_inner_quotation_marks() -> None:
    text = (
        "Titre\n\n"
        "Selon un cadre de la métropole, la décision était prise « depuis l'été ». "
        "Anne Roux, maire, a déclaré que le projet serait « reversé aux associations »."
    )
    prompts = [
        q["prompt"].replace("\u00a0", " ")
        for q in draft_questions(analyze(text, "fr"))
        if q["type"] in ("single_choice", "true_false", "locate")
    ]
    assert any("« reversé aux associations »" in prompt for prompt in prompts)
    assert not any("« la décision" in p or "« le projet" in p for p in prompts)  # reported


def test_a_finding_relabelled_corrects_every_proposal_built_on_it() -> None:
    text = (
        "Titre\n\n"
        "Selon un conseiller, le budget est dépassé. Anne Roux a déclaré que tout allait bien. "
        "Paul Martin a affirmé que rien n'était joué."
    )
    analysis = analyze(text, "fr")
    drafts = draft_questions(analysis)
    names = {"named": "Source nommée", "anonymous": "Source anonyme", "vague": "Groupe vague",
             "author": "Le média lui-même", "fact": "Fait établi"}  # fmt: skip
    index = next(i for i, a in enumerate(analysis.attributions) if a.label == "named")
    passage = analysis.passage(analysis.attributions[index].content)
    fixed, new_drafts, changed = edits.relabelled(analysis, index, "vague", drafts, names)
    assert fixed.attributions[index].label == "vague" and fixed.attributions[index].confidence == 1
    assert analysis.attributions[index].label == "named"  # the given analysis is left alone
    assert changed
    for row in changed:
        draft = new_drafts[row]
        for item in draft.get("items", []):
            if passage in item["evidence"]:
                assert item["label"] == "vague"
        if draft["type"] == "single_choice":
            assert "vague-source" in draft["tags"] and "groupe vague" in draft["explanation"]
            assert "source nommée" not in draft["explanation"]
