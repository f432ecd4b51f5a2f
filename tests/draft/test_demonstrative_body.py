"""A demonstrative description of a body that spoke (made-up sentences): « Ce collectif de
parents et d'enseignants » is the one body the article names with the same noun, before or
after it, with a quoted name (« le collectif des "Amis du lavoir" ») or one in capitals
(« le collectif Vivre à Vernac »); its words after the noun describe it and narrow nothing.
Two bodies named with the noun, or none, leave it as written."""

from __future__ import annotations

from quizapp.draft import analyze

_STANDFIRST = (
    "Titre\n\nCe collectif de parents et d'enseignants réclame l'abandon du projet, "
    "au nom de la sécurité des enfants.\n\n"
)


def _attributions(text: str) -> list[tuple[str, str]]:
    found = analyze(text, "fr", headline="Titre").attributions
    return [(a.speaker, a.label) for a in found]


def test_the_demonstrative_is_the_body_named_after_it() -> None:
    for named in ('Le collectif des "Amis du lavoir"', "Le collectif Vivre à Vernac"):
        text = f"{_STANDFIRST}{named} s'est réuni vendredi devant la mairie de Vernac."
        assert _attributions(text) == [(named, "named")], named


def test_two_bodies_of_the_noun_or_none_leave_it_as_written() -> None:
    two = (
        'Le collectif des "Amis du lavoir" et le collectif Vivre à Vernac se sont réunis '
        "vendredi devant la mairie."
    )
    none = "Une douzaine de personnes se sont réunies vendredi devant la mairie."
    for body in (two, none):
        found = _attributions(f"{_STANDFIRST}{body}")
        assert found[0][0] == "Ce collectif de parents et d'enseignants", body
