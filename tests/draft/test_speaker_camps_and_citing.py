"""Who speaks when the sentence names a side or a cited source around its speaker: « on »
opened by « Au sein de X, », « Chez X, », « Du côté de X, » (lexicon ``camp_openers``) speaks
for X, still a vague voice; a known outlet writing « en s'appuyant sur "une source" » (lexicon
``citing_words``) relays that source, which keeps its own label; a relay opening the sentence
(« Auprès de Radio X, ») is no name set before the subject. Made-up sentences, each with a
counter-case."""

from __future__ import annotations

from quizapp.draft import analyze


def _said(text: str) -> list[tuple[str, str, str | None]]:
    return [(a.speaker, a.label, a.via) for a in analyze(text, "fr").attributions]


def test_on_within_a_party_speaks_for_it() -> None:
    text = "Au sein du syndicat, on indique que la grève sera reconduite."
    assert _said(text) == [("le syndicat", "vague", None)]
    text = "Au sein de Vertigo, par exemple, on estime que le texte est mauvais."
    assert _said(text) == [("Vertigo", "vague", None)]


def test_on_with_no_side_named_stays_on() -> None:
    text = "Dans ce dossier, on estime que le texte est mauvais."
    assert _said(text) == [("on", "vague", None)]


def test_an_outlet_relying_on_a_source_relays_it() -> None:
    text = (
        "Le Parisien écrivait mardi, en s'appuyant sur « une source proche du dossier », que "
        "le ministre allait démissionner."
    )
    assert _said(text) == [("une source proche du dossier", "anonymous", "Le Parisien")]


def test_an_outlet_citing_nobody_speaks_itself() -> None:
    text = "Le Parisien écrivait mardi, en fin de journée, que le ministre allait démissionner."
    assert _said(text) == [("Le Parisien", "named", None)]


def test_a_relay_opening_the_sentence_is_not_the_speaker() -> None:
    text = "Auprès de Radio Vallée, la fédération des bouchers affirme que les prix vont monter."
    assert [speaker for speaker, _, _ in _said(text)] == ["la fédération des bouchers"]
    text = "Auprès de Radio Vallée, Marc Petit affirme que les prix vont monter."
    assert [speaker for speaker, _, _ in _said(text)] == ["Marc Petit"]
