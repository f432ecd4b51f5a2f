"""The unmarked first-person paragraph (recall53b) is the last speaker's only when nothing
between says otherwise (mend53a, made-up articles): a second person named in between, the
reporter's own « je » telling a visit, a title holding « Moi », a body or a group as the last
speaker, and a paragraph signed on its own line (the signature's rules read it) stay
nobody's by this rule."""

from __future__ import annotations

from quizapp.draft import analyze

_LEAD = (
    "Piscine : la fermeture votée\n\n"
    "Le conseil municipal a voté mardi soir la fermeture de la piscine municipale, faute de "
    "moyens pour la rénover avant l'été.\n\n"
)
_HEARD = "« Nous n'avions plus les moyens de la rénover », a déclaré la maire Sophie Lenoir.\n\n"


def _found(body: str, words: str) -> list:
    """The speaker and content of each finding whose content starts like ``words``."""
    text = f"{_LEAD}{body}{words}\n\nLa suite au prochain conseil.\n"
    found = analyze(text, "fr").attributions
    return [
        (a.speaker, text[a.content[0] : a.content[1]])
        for a in found
        if text[a.content[0] : a.content[1]].startswith(words[:20])
    ]


def test_a_second_person_named_between_takes_the_paragraph_from_the_first() -> None:
    between = "Son adversaire au conseil, Paul Roy, n'est pas du tout de cet avis.\n\n"
    words = "Je ne crois pas une seconde à ce projet, il coûtera deux fois plus cher."
    assert [s for s, _ in _found(_HEARD + between, words)] in ([], ["Paul Roy"])


def test_the_reporters_own_visit_is_nobodys() -> None:
    words = "Je me suis rendu mardi matin devant la piscine, où quelques nageurs attendaient."
    assert _found(_HEARD, words) == []


def test_a_title_holding_moi_is_no_first_person() -> None:
    words = "Le film Moi, Daniel Blake sera projeté samedi soir dans la salle des fêtes."
    assert _found(_HEARD, words) == []


def test_a_body_heard_last_speaks_no_je() -> None:
    heard = "La préfecture a indiqué que le bassin ne rouvrirait pas avant la fin de l'année.\n\n"
    words = "Je ne comprends pas pourquoi on ferme le seul bassin du canton cet été."
    assert _found(heard, words) == []


def test_a_group_heard_last_speaks_no_je() -> None:
    heard = "Les habitants du quartier dénoncent « une décision prise sans concertation ».\n\n"
    words = "Je ne comprends pas pourquoi on ferme le seul bassin du canton cet été."
    assert _found(heard, words) == []


def test_a_paragraph_signed_on_its_line_is_the_signers_and_stops_before_the_dash() -> None:
    heard = "« C'est la fin d'une époque », a dit la maire Sophie Lenoir.\n\n"
    words = "Je vais regretter ce bassin où j'ai appris à nager, enfant - Pierre Vidal"
    found = _found(heard, words)
    assert found == [("Pierre Vidal", words.partition(" - ")[0])]
