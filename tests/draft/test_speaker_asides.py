"""Who speaks when an aside stands between a name and its verb, or between the verb and its
inverted subject (made-up sentences; speakers10): a party in parentheses (« X (QS) a
estimé », « X, de Québec solidaire (QS), s'est dit »), an outlet written in lower case or a
date with its article before the inverted subject (« a estimé le 3 mai sur franceinfo la
ministre X »). Counter-case: a body written with its article and its own acronym (« Le Parti
québécois (PQ) », « les partis du Nouveau Front populaire (NFP) ») is still the body."""

from __future__ import annotations

from tests.draft.readings import speaker_of as _speaker_of

_SAID = "la ministre n'a pas écrit assez de lettres"


def test_a_party_in_parentheses_or_after_de_is_not_the_subject() -> None:
    for name, aside in (
        ("Alexandre Leduc", " (QS)"),
        ("Alexandre Leduc", ", de Québec solidaire (QS),"),
        ("Alexandre Leduc", ", de Québec solidaire,"),
        ("Marie Roy", ", du Parti vert,"),
        ("Marie Roy", ", cheffe de file de l'opposition (UDI),"),
    ):
        for verb in ("a estimé que", "s'est dit étonné que", "juge que"):
            text = f"Titre\n\nLe débat a duré trois heures.\n\n{name}{aside} {verb} {_SAID}."
            assert _speaker_of(text, _SAID) == name, (aside, verb)


def test_a_body_with_its_acronym_is_still_the_body() -> None:
    for body, speaker in (
        ("Le Parti québécois (PQ)", "Le Parti québécois (PQ)"),
        ("La Fédération des pêcheurs (FNP)", "La Fédération des pêcheurs (FNP)"),
        ("Les partis du Nouveau Front populaire (NFP)", "Nouveau Front populaire (NFP)"),
        ("L'UDC (droite nationaliste)", "L'UDC"),
    ):
        text = f"Titre\n\nLe débat a duré trois heures.\n\n{body} a estimé que {_SAID}."
        assert _speaker_of(text, _SAID) == speaker, body


def test_a_lower_case_outlet_or_a_dated_relay_before_the_inverted_subject() -> None:
    for between in ("sur franceinfo", "mardi 16 avril sur franceinfo", "le 3 mai",
                    "le 3 mai sur franceinfo", "jeudi 3 mai 2024 à l'AFP"):  # fmt: skip
        for subject, name in (
            ("la ministre de la Culture Anne Roy", "Anne Roy"),
            ("le ministre Franck Riester", "Franck Riester"),
        ):
            text = (
                "Titre\n\nLa cathédrale a brûlé lundi.\n\nLa restauration va « prendre des "
                f"années », a estimé {between} {subject}."
            )
            assert _speaker_of(text, "prendre des") == name, (between, subject)
