"""An inverted subject, a second apposition with its article, then the name (made-up
sentences; speakers10): « a indiqué l'un des premiers arrivés, le bras droit et chef de
cabinet de M. Legault, Martin Koskinen » speaks as the name. Counter-cases: a setting or a
relay set off by commas after the subject names no one."""

from __future__ import annotations

from quizapp.draft import analyze

_SAID = "Je ne formulerai pas de commentaire aujourd'hui"


def _speakers(text: str) -> list[str]:
    return [a.speaker for a in analyze(text, "fr", headline="Titre").attributions]


def test_the_name_after_a_second_apposition_speaks() -> None:
    for subject, name in (
        ("l'un des premiers arrivés, le bras droit et chef de cabinet de M. Legault, "
         "Martin Koskinen", "Martin Koskinen"),
        ("la porte-parole, la numéro deux du parti, Anne Roy", "Anne Roy"),
        ("son avocat, le bâtonnier de Lyon, Me Paul Roux", "Me Paul Roux"),
    ):  # fmt: skip
        for verb in ("a indiqué", "a lâché", "répond"):
            for end in (".", ", dont le témoignage était attendu."):
                text = f"Titre\n\nLe conseil s'est réuni.\n\n« {_SAID} », {verb} {subject}{end}"
                assert _speakers(text) == [name], (subject, verb, end)


def test_a_setting_after_the_subject_names_no_one() -> None:
    for aside in (", le jour de la rentrée, à Lunel.", ", le 3 mai, au Parisien.",
                  ", lundi, devant les élus."):  # fmt: skip
        text = f"Titre\n\nLe conseil s'est réuni.\n\n« {_SAID} », a indiqué le maire{aside}"
        assert _speakers(text) == ["le maire"], aside
