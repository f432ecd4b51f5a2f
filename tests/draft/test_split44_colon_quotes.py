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


def _speakers_holding(text: str, word: str, language: str = "fr") -> list[str]:
    found = analyze(text, language, headline=text.split("\n")[0]).attributions
    return [a.speaker for a in found if word in text[a.content[0] : a.content[1]]]


def test_a_colon_quotation_of_five_words_or_more_is_someone_s() -> None:
    text = _SENTENCE.format(quote="Sur les soixante salariés, la moitié ne trouvera pas de travail")
    assert _kinds_holding(text, "soixante") == ["direct"]


def test_a_colon_quotation_is_the_last_clause_subject_s() -> None:
    """The speaker, not only the kind (review44 item 4): the clause after « mais » closes on
    the colon, so the words are the union delegate's. « délégué », an office one person holds
    (lexicon ``held_offices``), heads a subject, and « syndical » before « est » is its
    adjective (leftover45; the drafter gave « La direction » before)."""
    text = _SENTENCE.format(quote="Sur les soixante salariés, la moitié ne trouvera pas de travail")
    assert _speakers_holding(text, "soixante") == ["le délégué syndical"]


def test_a_short_colon_quotation_stays_nobody_s() -> None:
    text = _SENTENCE.format(quote="pas pour nous")
    assert _kinds_holding(text, "pas pour nous") == []


def test_a_letter_received_is_not_the_receiver_s() -> None:
    """mend44b: a verb of receiving before the colon (« ont reçu une lettre : « … » »)."""
    text = (
        "Coupures\n\nLes habitants ont reçu une lettre : « Votre contrat prendra fin le premier "
        "janvier prochain ». La mairie se tait."
    )
    assert "Les habitants" not in _speakers_holding(text, "contrat")


def test_english_colon_quotations_stay_unsaid() -> None:
    """mend44b: split44 was counted in French only; in English a letter or a banner after a
    colon is not the subject's words."""
    letter = (
        'Cuts\n\nThe residents received a letter: "Your contract will end on the first of '
        'January." The council declined to comment.'
    )
    banner = (
        'Closure\n\nThe protesters carried a banner: "No to the closure of our local '
        'hospital." The march ended at noon.'
    )
    assert "The residents" not in _speakers_holding(letter, "contract", "en")
    assert "The protesters" not in _speakers_holding(banner, "closure", "en")
