"""sanity21: plain bugs seen on fresh articles, on made-up sentences.

A number's decimal comma ends no relative nor apposition (« qui a annoncé une hausse à 2,0 %
en mai » was cut at « à 2 »), and a French verb's object (« dénoncent le manque de
personnel ») is asked about in no « qui affirme que … » question, which made no sentence of it.
"""

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import draft_questions


def _contents(text: str) -> list[str]:
    analysis = analyze(text, "fr")
    return [analysis.passage(a.content) for a in analysis.attributions]


def _claims(text: str) -> list[str]:
    analysis = analyze(text, "fr")
    return [analysis.passage(c.span) for c in analysis.unattributed]


def test_decimal_comma_in_a_relative_object() -> None:
    text = "La banque, qui a annoncé jeudi une hausse des prix à 3,0 % en mai et à 2,5 % en juin."
    assert _contents(text) == ["une hausse des prix à 3,0 % en mai et à 2,5 % en juin"]
    assert not any(claim.startswith("0 %") for claim in _claims(text))


def test_decimal_comma_in_a_relative_before_the_main_verb() -> None:
    text = "Le syndicat, qui dénonce une baisse des salaires de 1,5 % cette année, est parti."
    assert _contents(text) == ["une baisse des salaires de 1,5 % cette année"]


def test_decimal_comma_in_an_apposed_participle() -> None:
    text = "Le club, invoquant une perte de 2,4 millions d'euros, a quitté la ligue."
    assert _contents(text) == ["une perte de 2,4 millions d'euros"]


def test_comma_after_a_number_still_ends_the_relative() -> None:
    text = "Le syndicat, qui dénonce une baisse des salaires de 3 %, a quitté la table."
    assert _contents(text) == ["une baisse des salaires de 3 %"]


_ARTICLE = (
    "Fermeture du service de nuit\n\n"
    "Les infirmières dénoncent le manque de personnel dans le service depuis le printemps.\n\n"
    "Le directeur de l'hôpital affirme que le service restera ouvert jusqu'à la fin de l'été.\n\n"
    "Le maire a déclaré ne pas connaître le projet de fermeture du service.\n\n"
    "Les syndicats évoquent le licenciement d'un infirmier du service de nuit.\n\n"
    "La ministre a indiqué comment l'hôpital serait financé l'an prochain."
)


def _prompts() -> str:
    return "\n".join(q["prompt"] for q in draft_questions(analyze(_ARTICLE, "fr")))


def test_a_verbs_object_is_not_asked_as_a_clause() -> None:
    prompts = _prompts()
    assert "que le manque de personnel" not in prompts
    assert "que le licenciement" not in prompts


def test_a_reported_clause_is_still_asked() -> None:
    prompts = _prompts()
    assert "affirme que le service restera ouvert" in prompts


def test_a_negated_infinitive_is_reported_with_no_que() -> None:
    prompts = _prompts()
    assert "ne pas connaître le projet" in prompts
    assert "que ne pas" not in prompts
