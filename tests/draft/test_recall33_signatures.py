"""Pull quotations signed by their speaker with no verb (recall33): a role whose body is named
in quotation marks (« Paul Durand, président du collectif "Pour Lunel" »), a name written with
its initial after a comma (« …, P. Durand, conseiller municipal »)."""

from __future__ import annotations

from quizapp.draft import analyze


def _signed(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_role_naming_its_body_in_quotation_marks() -> None:
    text = (
        "Le projet divise la ville.\n\n"
        "Quand on voit les crues, on ne peut pas bâtir ici\n\n"
        'Paul Durand, président du collectif "Pour Lunel"\n\n'
        "Le vote aura lieu en mai."
    )
    assert _signed(text) == [("Quand on voit les crues, on ne peut pas bâtir ici", "Paul Durand")]


def test_an_initial_after_a_comma_signs_and_names_the_person_met_before() -> None:
    text = (
        "Le conseiller Pierre Durand a pris la parole.\n\n"
        "Il traite ma voisine de menteuse parce qu'elle a voté contre, P. Durand, conseiller\n\n"
        "La séance a repris."
    )
    assert _signed(text) == [
        ("Il traite ma voisine de menteuse parce qu'elle a voté contre", "Pierre Durand")
    ]


def test_a_name_closing_narration_after_a_comma_signs_nothing() -> None:
    text = (
        "Le maire a salué les élus.\n\n"
        "Il a ensuite reçu les syndicats, Paul Martin, délégué CFDT\n\n"
        "La séance a repris."
    )
    assert _signed(text) == []
