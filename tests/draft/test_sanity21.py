"""sanity21: plain bugs seen on fresh articles, on made-up sentences.

A number's decimal comma ends no relative nor apposition (« qui a annoncé une hausse à 2,0 %
en mai » was cut at « à 2 »), and a French verb's object (« dénoncent le manque de
personnel ») is asked about in no « qui affirme que … » question, which made no sentence of it.
"""

import re

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


def _reported(text: str, sentence: str) -> str:
    from quizapp.draft.drafting.wording.phrasing import Phrasing
    from quizapp.draft.words.lexicon import load

    analysis = analyze(text, "fr")
    return Phrasing(analysis, load("fr").raw["wording"]).reported(sentence)


_SCENE = (
    "Le vendeur tient bon\n\n"
    "Mais l'homme refuse de partir. C'est finalement le vendeur qui le met dehors. "
    "Selon le gérant, c'est rare. Pierre Martin a vu la scène, et Paris en parle. "
    "Trois clients ont assisté à la scène, dit-il, et les trois sont restés."
)


def test_a_name_ending_like_an_infinitive_takes_que() -> None:
    assert _reported(_SCENE, "Pierre Martin a vu la scène") == "que Pierre Martin a vu la scène"


def test_an_opening_coordinator_is_left_out_after_que() -> None:
    assert _reported(_SCENE, "Mais l'homme refuse de partir.") == "que l'homme refuse de partir"
    assert _reported(_SCENE, "Et, selon lui, c'est rare.") == "que selon lui, c'est rare"


def test_a_first_word_that_is_no_name_goes_to_lower_case() -> None:
    reported = _reported(_SCENE, "C'est finalement le vendeur qui le met dehors.")
    assert reported == "que c'est finalement le vendeur qui le met dehors"
    assert _reported(_SCENE, "Trois clients ont assisté à la scène.").startswith("que trois")


def test_a_name_keeps_its_capital() -> None:
    assert _reported(_SCENE, "Paris en parle.") == "que Paris en parle"


def test_english_but_is_left_out_after_that() -> None:
    from quizapp.draft.drafting.wording.phrasing import Phrasing
    from quizapp.draft.words.lexicon import load

    text = "Rail plans\n\nThe plan is ready. But not everyone agrees, a commuter said."
    analysis = analyze(text, "en")
    reported = Phrasing(analysis, load("en").raw["wording"]).reported("But not everyone agrees.")
    assert reported == "that not everyone agrees"


def _who_prompts(text: str, language: str) -> list[str]:
    questions = draft_questions(analyze(text, language))
    return [q["prompt"] for q in questions]


_COURT = (
    "Sentencing\n\n"
    "The judge sentenced the man on Friday.\n\n"
    '"We are a strong family and we stay together," said Mary Stone. "We will heal."\n\n'
    '"I am not guilty of anything at all," John Hill said. "I will appeal."\n\n'
    '"It was a fair trial for everybody," the prosecutor said.'
)


def test_a_quotation_cut_by_its_cue_is_quoted_without_it() -> None:
    prompts = "\n".join(_who_prompts(_COURT, "en"))
    assert "said Mary Stone" not in prompts
    assert "John Hill said" not in prompts
    assert "We are a strong family and we stay together" in prompts


def test_a_short_first_piece_gives_way_to_the_second() -> None:
    text = (
        "Grève\n\n"
        "Les enseignants sont en grève depuis lundi.\n\n"
        "« C'est fini, affirme Marie Durand. Nous resterons en grève toute la semaine. »\n\n"
        "« La direction ne nous écoute pas depuis des mois », a dit Paul Martin."
    )
    prompts = "\n".join(_who_prompts(text, "fr"))
    assert "affirme Marie Durand" not in prompts
    assert "Nous resterons en grève toute la semaine" in prompts


def test_a_quotation_with_its_cue_outside_is_quoted_whole() -> None:
    prompts = "\n".join(_who_prompts(_COURT, "en"))
    assert "It was a fair trial for everybody" in prompts


def test_an_unresolved_pronoun_is_no_speaker_to_ask_about() -> None:
    text = (
        "Colère au collège\n\n"
        "« Nous ne reprendrons pas les cours cette semaine », disent-ils.\n\n"
        "« La direction ne nous a jamais écoutés », affirme Paul Martin, professeur de lettres.\n\n"
        "« Le dialogue reste ouvert avec les enseignants », assure Marie Durand, la principale."
    )
    prompts = "\n".join(_who_prompts(text, "fr"))
    assert not re.search(r"c’est ils qui|, ils (?:est|sont) |« ils »", prompts)
    assert "Paul Martin" in prompts


def test_an_unresolved_english_pronoun_is_no_speaker_to_ask_about() -> None:
    text = (
        "Anger at the school\n\n"
        '"We will not go back to class this week," they said.\n\n'
        '"The board never listened to us," said Paul Martin, a teacher.\n\n'
        '"The door stays open to the teachers," said Mary Stone, the principal.'
    )
    prompts = "\n".join(_who_prompts(text, "en"))
    assert not re.search(r"\bthey (?:is|are|says|claims)\b|, they is", prompts)
    options = [
        o["text"] for q in draft_questions(analyze(text, "en")) for o in q.get("options", [])
    ]
    assert "they" not in options


def test_an_elided_opening_goes_to_lower_case() -> None:
    text = "Fin de saison\n\nC'est la fin de la saison. Le club ferme ses portes."
    assert _reported(text, "C'est la fin de la saison.") == "que c'est la fin de la saison"
