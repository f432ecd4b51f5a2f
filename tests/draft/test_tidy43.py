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


_PHRASES = (("a", "fait", "savoir"), ("a", "fait", "valoir"), ("a", "dit"), ("selon",), ("a",))


@pytest.mark.parametrize(
    ("text", "index", "length"),
    [
        ("le maire a fait savoir que", 2, 3),
        ("le maire a fait valoir", 2, 3),
        ("il a dit", 1, 2),
        ("il a fait", 1, 1),  # « a » alone is a phrase of the list, after the longer ones
        ("il a", 1, 1),
        ("selon lui", 0, 1),
        ("le maire", 0, 0),
        ("le maire", 5, 0),
    ],
)
def test_the_longest_phrase_of_the_list_is_found(text: str, index: int, length: int) -> None:
    from quizapp.draft.reporting.cue_forms.phrases import match_phrase

    assert match_phrase(text.split(), index, _PHRASES) == length


def test_a_word_alone_listed_before_a_longer_phrase_still_wins() -> None:
    """The first phrase of the list that matches is the one returned, whatever its length."""
    from quizapp.draft.reporting.cue_forms.phrases import match_phrase

    assert match_phrase(["a", "dit"], 0, (("a",), ("a", "dit"))) == 1
    assert match_phrase(["a", "dit"], 0, (("a", "dit"), ("a",))) == 2


def test_phrases_are_indexed_by_their_first_two_words() -> None:
    from quizapp.draft.reporting.cue_forms.phrases import _by_first_words

    table = _by_first_words(_PHRASES)
    alone, longer = table["a"]
    assert alone == 4
    assert [phrase for _, phrase in longer["fait"]] == [_PHRASES[0], _PHRASES[1]]
    assert table["selon"][0] == 3 and not table["selon"][1]


@pytest.mark.parametrize(
    ("text", "language"),
    [("« C'est fini », a dit Paul.", "fr"), ("“It is over,” Paul said.", "en")],
)
def test_tokens_keep_their_offsets(text: str, language: str) -> None:
    from quizapp.draft.text.segment import tokens

    found = tokens(text, (0, len(text)), language)
    assert isinstance(found, list)
    assert all(text[t.start : t.end] == t.text for t in found)
    assert "".join(t.text for t in found) == "".join(text.split())


def test_an_unknown_verb_after_a_quotation_is_still_a_cue_in_french_only() -> None:
    text = "« Nous ne lâcherons rien », martèle le délégué syndical Paul Roy."
    found = analyze(text, "fr").attributions
    assert [a.speaker for a in found] == ["Paul Roy"]
