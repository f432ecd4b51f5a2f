"""speakers57: a counted pair (« les deux amis ») takes up the last two people named when the
article introduced them together, one right after the other, even when their last mentions
are in separate sentences; a companion's link (« avec sa compagne ») joins them as « et »
does; the two met out of order (« Selon elle et Paul X ») are still the pair. Made-up texts."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_a_pair_introduced_together_and_named_apart_since() -> None:
    text = (
        "Deux candidats se présentent à Montreuil : ce sont Hugo Berthier et Simon Lacaze. "
        "Ils se connaissent depuis le lycée. Les idées de Hugo Berthier sont claires. "
        "Le calme de Simon Lacaze aussi. Le local est prêt. « Nous voulons rouvrir la piscine », "
        "expliquent les deux amis."
    )
    assert _speakers(text) == ["Hugo Berthier et Simon Lacaze"]


def test_a_companion_link_joins_the_pair() -> None:
    text = (
        "« Le bruit vient de la route », répond Alexis Moreau, le patron du bar, avec sa "
        "compagne Inès Garnier. Les deux gérants estiment que la décision est injuste."
    )
    assert _speakers(text)[-1] == "Alexis Moreau et Inès Garnier"


def test_a_pair_met_out_of_order_with_one_role() -> None:
    text = (
        "Théo Marchal et Nora Benali boycottent le conseil.\n\n"
        "Nora Benali, conseillère municipale, est en colère. Le président Louis Fabre n'a pas "
        "répondu. Selon elle et Théo Marchal, ce choix est politique. Les deux élus "
        "réclament de la transparence."
    )
    assert _speakers(text)[-1] in ("Nora Benali et Théo Marchal", "Théo Marchal et Nora Benali")


def test_two_people_never_introduced_together_stay_apart() -> None:
    text = (
        "Hugo Berthier tient la boulangerie. Simon Lacaze tient le garage. "
        "« Nous voulons rouvrir la piscine », expliquent les deux amis."
    )
    assert _speakers(text) != ["Hugo Berthier et Simon Lacaze"]


def test_celui_qui_takes_up_the_subject_not_the_name_in_its_relative() -> None:
    text = (
        "Gérard Ponsard, ingénieur de 58 ans, est candidat aux municipales à Lunel. Celui qui "
        "est déjà l'adjoint du maire sortant, Alain Rivière, vise un deuxième mandat.\n\n"
        "« Je tiendrai mes promesses », assure-t-il."
    )
    assert _speakers(text) == ["Gérard Ponsard"]


def test_a_titled_name_and_its_apposition_are_no_words_of_an_inverted_cue() -> None:
    text = (
        "La députée Anne Colombel, membre du groupe Horizons à l'Assemblée, a ainsi interpellé "
        "la ministre de la Santé mardi.\n\n"
        "« Notre hôpital manque de médecins », a-t-elle expliqué dans l'hémicycle."
    )
    assert _speakers(text) == ["Anne Colombel"]
