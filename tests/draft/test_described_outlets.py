"""An outlet taken up by a description with an adjective (made-up outlets and sentences):
« le journal sportif », « le quotidien régional », « la chaîne privée » after « le journal
Sprinteur » spoke is that outlet, when the article wrote that same noun right before its
name, even if the lexicon does not list the outlet. A different noun, or no outlet so
written, leaves the description as it was."""

from __future__ import annotations

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_an_inverted_cue_takes_up_the_journal_named_before() -> None:
    text = (
        "Le club pourrait être vendu, a annoncé samedi le journal Sprinteur sur son site. "
        '"La vente sera signée mardi", indique le journal sportif.'
    )
    assert _speakers(text) == ["Sprinteur", "Sprinteur"]


def test_a_cue_before_and_other_outlet_nouns() -> None:
    first = "Selon le quotidien Courrier de Brenne, la mairie va fermer la piscine. "
    later = "Le quotidien régional affirme que la fermeture durera deux ans."
    assert _speakers(first + later)[-1] == "Courrier de Brenne"
    first = "La chaîne Télé Vallon a révélé que le maire allait démissionner. "
    later = '"Il partira lundi", a précisé la chaîne privée.'
    assert _speakers(first + later)[-1] == "Télé Vallon"


def test_another_noun_or_no_outlet_so_written_leaves_the_description() -> None:
    first = "Le club pourrait être vendu, a annoncé samedi le journal Sprinteur. "
    later = "Le quotidien régional affirme que la vente durera deux ans."
    assert _speakers(first + later)[-1] == "Le quotidien régional"
    first = "Paul Arnaud, maire de Brenon, a annoncé que la piscine fermerait. "
    later = '"Elle rouvrira en mai", indique le journal sportif.'
    assert _speakers(first + later)[-1] == "le journal sportif"
