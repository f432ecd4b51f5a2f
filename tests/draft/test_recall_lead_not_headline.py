"""A first paragraph of several sentences given as the headline is the article's lead, read as
body (recall10): a plain-text article states its headline as a first line followed by a blank
line, and so does a pasted article whose paragraphs are separated by blank lines — a headline is
never several sentences. A first line of one sentence stays the headline (the outlet's framing).
Also: a quotation, a colon and a compound first name with a description set off by commas
(« « … » : Jean-Michel Labaille, professeur de mathématiques, est catégorique »)."""

from __future__ import annotations

from quizapp.draft import analyze

LEAD = (
    "« On ne peut pas passer le bac sans professeur de français » : Jean-Michel Labaille, "
    "professeur de mathématiques, est catégorique. Le lycée manque de professeurs depuis janvier."
)


def found(text: str, headline: str | None) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr", headline=headline)
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_lead_of_several_sentences_given_as_headline_is_read_as_body() -> None:
    text = LEAD + "\n\nLes parents d'élèves ont écrit au rectorat."
    assert found(text, LEAD) == [
        ("On ne peut pas passer le bac sans professeur de français", "Jean-Michel Labaille")
    ]


def test_its_claims_are_the_body_s() -> None:
    text = LEAD + "\n\nLes parents d'élèves ont écrit au rectorat."
    analysis = analyze(text, "fr", headline=LEAD)
    lead_claims = [c for c in analysis.unattributed if c.span[1] <= len(LEAD)]
    assert lead_claims and {c.label for c in lead_claims} == {"fact"}


def test_a_headline_of_one_sentence_stays_the_outlet_s_framing() -> None:
    # « dénoncent » would report since recall53a (framing_stance_verbs); « contestent » frames
    headline = "Lycée Lachenal : les parents contestent le manque de professeurs"
    text = headline + "\n\nLes parents d'élèves ont écrit au rectorat."
    analysis = analyze(text, "fr", headline=headline)
    assert analysis.attributions == ()
    assert analysis.unattributed[0].label == "author"


def test_a_compound_first_name_and_a_description_after_the_colon() -> None:
    text = (
        "« Tout a augmenté depuis janvier » : Jean-Michel Roux, retraité de Lunel, compare les "
        "prix."
    )
    assert found(text, None) == [("Tout a augmenté depuis janvier", "Jean-Michel Roux")]


def test_a_place_after_the_colon_is_no_speaker() -> None:
    text = "« Tout a augmenté depuis janvier » : Bordeaux, ville chère, compte ses sous."
    assert found(text, None) == []
