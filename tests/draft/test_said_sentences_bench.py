"""The learned fallback measured in benchmarks/ (not part of the app): its hook proposes an
attribution to check where the rules leave a sentence empty and the model is sure enough,
and nothing below the threshold; the trainer learns a feature that separates made-up rows and
reads an article without changing what the rules find."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import said_sentences
from draft_eval import Article
from said_reads import read
from said_sentences import SentenceModel, fallback_in_analysis
from train_said_sentences import probability, train

from quizapp.draft import analyze
from quizapp.draft.pipeline import reader as reader_module

# a made-up model: only the word "demain" makes a sentence reported speech
TOY = SentenceModel({"bias": -3.0, "w:demain": 6.0}, 0.5)


def _with_toy_model(text: str):
    said_sentences.MODELS["fr"] = TOY
    try:
        with fallback_in_analysis(said_sentences.proposed):
            return analyze(text, "fr")
    finally:
        said_sentences.MODELS.pop("fr")


SAID = "Le maire Jean Dupont a déclaré que le port restera ouvert."


def test_a_sentence_above_the_threshold_gets_an_attribution_to_check() -> None:
    text = SAID + " Les bateaux pourront sortir demain matin."
    found = _with_toy_model(text).attributions
    assert len(found) == 2 and found[1].confidence < 0.7 and found[1].kind == "indirect"
    assert (
        text[found[1].content[0] : found[1].content[1]]
        == "Les bateaux pourront sortir demain matin"
    )
    assert found[1].speaker == found[0].speaker  # no words of its own: the last speaker


def test_a_sentence_below_the_threshold_gets_none() -> None:
    assert len(_with_toy_model(SAID + " Les bateaux sont sortis hier matin.").attributions) == 1


def test_the_app_itself_proposes_nothing_there() -> None:
    assert len(analyze(SAID + " Les bateaux pourront sortir demain matin.", "fr").attributions) == 1


def test_training_separates_made_up_rows() -> None:
    rows = [(["bias", "w:dit"], 1)] * 5 + [(["bias", "w:pluie"], 0)] * 5
    weights = train(rows, l2=0.01, epochs=60)
    assert probability(weights, ["bias", "w:dit"]) > 0.8
    assert probability(weights, ["bias", "w:pluie"]) < 0.2


def test_the_hook_leaves_the_reader_as_it_was() -> None:
    with fallback_in_analysis(said_sentences.proposed):
        assert "_with_body_rules" in vars(reader_module.ArticleReader)
    assert "_with_body_rules" not in vars(reader_module.ArticleReader)


def test_reading_for_training_keeps_the_rules_findings() -> None:
    """The trainer resolves each would-be proposal on a copy of the registry: the next
    sentence's speaker is the rules' own."""
    text = SAID + " Les bateaux pourront sortir demain matin. « Tout ira bien », assure-t-il."
    article = Article("made-up", "fr", "dev", text, [], [])
    item = read(article)
    assert item.rules == analyze(text, "fr").attributions
    assert [e.candidate is not None for e in item.sentences.values()] == [False, True, False]
