"""Quotations a colon opens that no rule took (split44, made-up sentences): of five words or
more they are someone's words, given to the person or body the narration before the colon is
about, or with none there to the person named nearest (a guess); shorter ones stay nobody's
(0 of 5 keyed over the corpus). The colon rules of ``uncued/rules/colon_quotes`` still go
first: these are the quotations they leave, here after a copula (« est pessimiste : »)."""

from __future__ import annotations

from quizapp.draft import analyze

_SENTENCE = (
    "Grève à Vue\n\nLes salariés ont voté la grève lundi. La direction propose notamment un "
    "plan de mobilité ouvrant quarante postes au sein du groupe, mais le délégué syndical est "
    "pessimiste : « {quote} ». La séance a été levée."
)


def _kinds_holding(text: str, word: str) -> list[str]:
    found = analyze(text, "fr", headline=text.split("\n")[0]).attributions
    return [a.kind for a in found if word in text[a.content[0] : a.content[1]]]


def test_a_colon_quotation_of_five_words_or_more_is_someone_s() -> None:
    text = _SENTENCE.format(quote="Sur les soixante salariés, la moitié ne trouvera pas de travail")
    assert _kinds_holding(text, "soixante") == ["direct"]


def test_a_short_colon_quotation_stays_nobody_s() -> None:
    text = _SENTENCE.format(quote="pas pour nous")
    assert _kinds_holding(text, "pas pour nous") == []
