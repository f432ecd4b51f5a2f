"""tidy43: what moved keeps its behaviour. The new names are imported inside their tests, so
that on the round's start (98391299) each of those tests fails alone and the others pass, as a
change that must not alter behaviour has to."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from quizapp.draft.words.lexicon import load


def test_the_body_rules_build_the_next_sentence_with_the_builder_they_are_given() -> None:
    """mend43c: the rules are handed the view builder; they no longer call a stub of the
    reader's, so a host with no ``_sentence_view`` at all reads the opening quotation."""
    from quizapp.draft.pipeline.attributions import SentenceView
    from quizapp.draft.pipeline.body_rules import BodyRules
    from quizapp.draft.pipeline.reader import sentence_view
    from quizapp.draft.pipeline.resolve import Registry
    from quizapp.draft.text.segment import Overlaps

    text = "« Nous n'allons pas en rester là ! » Saïd et son épouse ne décolèrent pas."
    lex, quotes = load("fr"), Overlaps([(0, text.index("»") + 1)])
    host = BodyRules()
    host.text, host.registry = text, Registry(text, lex)
    host.found, host.unheard, host.aside = [], [], []
    view = sentence_view(text, (0, len(text)), quotes, lex)
    host.registry.observe(view.tokens, view.outside)
    built: list[str] = []

    def build(span: tuple[int, int]) -> SentenceView:  # as the reader's builder, recorded
        built.append(text[span[0] : span[1]].strip())
        return sentence_view(text, span, quotes, lex)

    new, waiting = host._with_body_rules(view, (0, len(text)), [], [], build)
    assert built == ["Saïd et son épouse ne décolèrent pas."]
    assert [a.speaker for a in new] == ["Saïd et son épouse"] and waiting is None


def test_a_sentence_view_marks_tokens_inside_a_quotation() -> None:
    from quizapp.draft.pipeline.reader import sentence_view
    from quizapp.draft.text.segment import Overlaps

    text = "Le maire a déclaré « tout va bien » hier."
    start = text.index("«")
    view = sentence_view(text, (0, len(text)), Overlaps([(start, text.index("»") + 1)]), load("fr"))
    inside = [t.text for t, out in zip(view.tokens, view.outside, strict=True) if not out]
    assert "tout" in inside and "maire" not in inside
    assert [text[c.span[0] : c.span[1]] for c in view.cues] == ["a déclaré"]


def test_a_quotation_alone_is_still_given_by_the_body_rules() -> None:
    text = (
        "Paul Martin, le maire, a visité l'école lundi.\n\n"
        "« Nous allons rénover toutes les classes avant la rentrée de septembre. »"
    )
    found = analyze(text, "fr").attributions
    assert [a.speaker for a in found] == ["Paul Martin"]


def test_an_inverted_subject_after_comme_is_still_the_speaker() -> None:
    text = "La crise est grave, comme l'a rappelé le ministre Jean Dupont."
    found = analyze(text, "fr").attributions
    assert [(a.speaker, text[a.content[0] : a.content[1]]) for a in found] == [
        ("Jean Dupont", "La crise est grave")
    ]


@pytest.mark.parametrize(
    ("head", "language", "body"),
    [
        ("police", "fr", True),
        ("ministre", "fr", False),
        ("company", "en", True),
        ("study", "en", True),
    ],
)
def test_a_body_noun_is_read_from_the_lexicon(head: str, language: str, body: bool) -> None:
    from quizapp.draft.anaphora.descriptions.person_heads import body_noun

    assert body_noun(head, load(language)) is body


@pytest.mark.parametrize(
    ("phrase", "head", "thing"),
    [
        ("le tract", "tract", True),
        ("la théorie agronomique", "théorie", True),
        ("une longue instruction de l'Office", "instruction", True),
        ("le plombier", "plombier", False),
        ("la victime", "victime", False),
    ],
)
def test_a_thing_or_an_idea_is_no_person(phrase: str, head: str, thing: bool) -> None:
    from quizapp.draft.anaphora.descriptions.person_heads import no_person_noun

    assert no_person_noun(phrase, head, load("fr")) is thing
