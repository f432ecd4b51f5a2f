"""nobody49: a pronoun left alone as a finding's speaker once the article is read (« il »
for « Un geste pour dénoncer… ») is no one the resolver found; plausible.py looks for the
person of the sentence, the paragraph, then the paragraph before, and keeps the pronoun when
none is named. Made-up texts, firing and not firing."""

from __future__ import annotations

from quizapp.draft import analyze

_GESTURE = (
    "Un geste pour dénoncer le manque de moyens des élus locaux et de procédures rapides "
    "d'expulsion des occupants qu'ils jugent, selon ses mots, illégaux \"Nous nous sentons "
    'démunis", dénonce-t-elle au micro de la radio, "face à cette occupation répétée".'
)


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr").attributions]


def test_pronoun_alone_takes_the_name_of_the_paragraph_before() -> None:
    text = (
        "La maire de Lacanau boycotte la venue du préfet mardi. Marie Durand n'a pas assisté "
        "à la présentation du nouveau plan de secours, qui s'est tenue sur la plage.\n\n" + _GESTURE
    )
    speakers = _speakers(text)
    assert "il" not in speakers and speakers.count("Marie Durand") == 2


def test_pronoun_alone_stays_when_no_name_is_written() -> None:
    text = "La maire boycotte la venue du préfet mardi.\n\n" + _GESTURE
    assert _speakers(text)[0] == "il"  # kept, not dropped: nobody else is named
