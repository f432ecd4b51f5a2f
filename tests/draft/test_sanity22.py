"""sanity22: plain bugs seen on fresh articles, on made-up sentences.

A drafted question's verb agrees with a speaker that opens on a plural determiner or a number
(« ces riverains sont un groupe vague », « ce sont sept élus qui affirment »), and French
reported words that open on a capital written without its accent take it back after « que »
(« qu'à Lyon », not « qu'a Lyon », which reads as the verb « avoir »).
"""

from quizapp.draft import analyze
from quizapp.draft.drafting.wording.phrasing import Phrasing
from quizapp.draft.drafting.wording.sentence_case import accented
from quizapp.draft.drafting.wording.speaker_openings import is_plural, opening_words
from quizapp.draft.words.lexicon import load


def accented_fr(text: str) -> str:
    return accented(text, opening_words().unaccented_capitals)


def _phrasing(text: str, language: str = "fr") -> Phrasing:
    return Phrasing(analyze(text, language), load(language).raw["wording"])


_TOWN = "Le marché rouvre\n\nLe marché de la place rouvre samedi, a annoncé la mairie."


def test_plural_determiners_take_a_plural_verb() -> None:
    for speaker in ("ces habitants", "leurs voisins", "ses proches", "nos confrères", "Ces élus"):
        assert is_plural(speaker), speaker


def test_two_word_plural_openers() -> None:
    assert is_plural("de nombreux commerçants")
    assert is_plural("la plupart des élus")
    assert not is_plural("la présidente du club")
    assert not is_plural("de Gaulle")


def test_a_number_above_one_takes_a_plural_verb() -> None:
    phrasing = _phrasing(_TOWN)
    plural = phrasing.words["verb_forms"]["plural"]
    assert phrasing.forms("sept conseillers municipaux") == plural
    assert phrasing.forms("12 commerçants du marché") == plural
    assert phrasing.forms("60 % des habitants") == plural


def test_a_single_speaker_keeps_a_singular_verb() -> None:
    phrasing = _phrasing(_TOWN)
    singular = phrasing.words["verb_forms"]["singular"]
    assert phrasing.forms("la mairie") == singular
    assert phrasing.forms("1 habitant") == singular
    assert phrasing.forms("Paul Durand") == singular


def test_an_unaccented_capital_a_takes_its_accent_back() -> None:
    assert accented_fr("A Lyon, les commerçants ont fermé.") == "à Lyon, les commerçants ont fermé."
    assert accented_fr("A la mi-journée, rien n'a bougé.") == "à la mi-journée, rien n'a bougé."


def test_other_capitals_are_left_as_written() -> None:
    assert accented_fr("Au total, dix stands.") == "Au total, dix stands."
    assert accented_fr("Alors le maire a parlé.") == "Alors le maire a parlé."
    assert accented_fr("À Lyon, rien.") == "À Lyon, rien."


def test_reported_after_que_reads_a_not_as_a_verb() -> None:
    reported = _phrasing(_TOWN).reported("A Lyon, les commerçants ont fermé.")
    assert reported == "qu’à Lyon, les commerçants ont fermé"


def test_english_a_is_left_alone() -> None:
    text = "Market\n\nThe market opens on Saturday, the council said."
    reported = _phrasing(text, "en").reported("A new market opens on Saturday.")
    assert "à" not in reported


_MARKET = (
    "Le marché rouvre\n\n"
    "Trois stands ont rouvert samedi. Cependant, la pluie a gâché la fête. "
    "Outre les stands, la buvette est restée fermée. Face à la pluie, les clients sont partis. "
    "Quatre commerçants se sont plaints, a indiqué la mairie."
)


def test_a_number_after_que_goes_to_lower_case() -> None:
    reported = _phrasing(_MARKET).reported("Trois stands ont rouvert samedi.")
    assert reported == "que trois stands ont rouvert samedi"


def test_a_first_word_before_its_comma_goes_to_lower_case() -> None:
    reported = _phrasing(_MARKET).reported("Hier, la pluie a gâché la fête.")
    assert reported == "qu’hier, la pluie a gâché la fête"
    # truefalse50: a connective (« Cependant, ») ties the sentence to the one before, which
    # the question does not show: it is left out with its comma
    reported = _phrasing(_MARKET).reported("Cependant, la pluie a gâché la fête.")
    assert reported == "que la pluie a gâché la fête"


def test_a_lowered_word_in_re_is_no_infinitive() -> None:
    phrasing = _phrasing(_MARKET)
    assert phrasing.reported("Outre les stands, la buvette est restée fermée.").startswith(
        "qu’outre"
    )
    assert phrasing.reported("Quatre commerçants se sont plaints.").startswith("que quatre")
    assert phrasing.reported("Face à la pluie, les clients sont partis.").startswith("que face à")


def test_a_lower_case_infinitive_still_takes_no_que() -> None:
    assert _phrasing(_MARKET).reported("vouloir rouvrir le marché") == "vouloir rouvrir le marché"


_PORT = (
    "Le port rouvre lundi\n\n"
    "« Le port rouvrira lundi matin », a déclaré Paul Martin. "
    "« Les bateaux sont prêts depuis hier », a ajouté Anne Roux.\n\n"
    "Le port avait fermé en mars après une tempête qui avait détruit deux quais.\n\n"
    "Paul Martin dirige le port de la ville depuis dix ans.\n\n"
    "Anne Roux a repris la capitainerie au printemps dernier.\n\n"
    "Les pêcheurs attendent la réouverture avec impatience."
)


def _false_statements(text: str) -> list[str]:
    from quizapp.draft.drafting.questions import draft_questions

    questions = draft_questions(analyze(text, "fr"))
    return [q["prompt"] for q in questions if q["type"] == "true_false" and not q["answer"]]


def test_a_false_statement_gives_no_speaker_its_own_sentence_names() -> None:
    prompts = _false_statements(_PORT)
    about_martin = [p for p in prompts if "Paul Martin dirige" in p or "dirige le port" in p]
    assert about_martin, prompts
    assert all("c’est Paul Martin qui" not in p for p in about_martin)
    assert any("c’est Anne Roux qui" in p for p in about_martin)  # quoted or reported (sanity24)


def test_a_false_statement_still_names_the_first_speaker_elsewhere() -> None:
    prompts = _false_statements(_PORT)
    assert any("c’est Paul Martin qui affirme que" in p for p in prompts), prompts


def test_a_lone_capitalised_word_takes_the_article_the_text_always_gives_it() -> None:
    from quizapp.draft.drafting.wording.reported_words import with_article

    text = "La Région a voté. Selon la Région, rien. Les Verts ont dit non. L'Agence a parlé."
    assert with_article("Région", text) == "la Région"
    assert with_article("Verts", text) == "les Verts"
    assert with_article("Agence", text) == "l'Agence"


def test_a_word_the_text_also_writes_bare_keeps_no_article() -> None:
    from quizapp.draft.drafting.wording.reported_words import with_article

    text = "Le Monde écrit que non. Monde et presse: Marie a dit oui."
    assert with_article("Monde", text) == "Monde"
    assert with_article("Marie", text) == "Marie"
    assert with_article("Paul Martin", "le Paul Martin de la ville") == "Paul Martin"


def test_an_acronym_still_takes_its_article() -> None:
    from quizapp.draft.drafting.wording.reported_words import with_article

    assert with_article("UFC", "Selon l'UFC, les prix montent. UFC en tête.") == "l'UFC"
    assert with_article("SNCF Voyageurs", "la SNCF Voyageurs annonce") == "la SNCF Voyageurs"


def test_a_plural_body_with_its_article_takes_a_plural_verb() -> None:
    text = (
        "Vote au conseil\n\nLes Républicains ont voté contre le budget. "
        "« C'est un mauvais budget », a déclaré Paul Martin. "
        "« Nous voterons pour », a dit Anne Roux."
    )
    phrasing = _phrasing(text)
    shown = phrasing.display("Républicains")
    assert shown == "les Républicains"
    assert phrasing.forms(shown) == phrasing.words["verb_forms"]["plural"]


_STRIKE = (
    "Grève à l'usine\n\n"
    "Les syndicats exigent que la direction rouvre les négociations avant lundi. "
    "Les salariés craignent que l'usine ne ferme ses portes à la fin de l'année. "
    "Le délégué affirme que la production a baissé de moitié depuis janvier. "
    "Le maire souhaite que les deux parties se retrouvent autour d'une table."
)


def _asked(text: str) -> str:
    from quizapp.draft.drafting.questions import draft_questions

    return "\n".join(q["prompt"] for q in draft_questions(analyze(text, "fr")))


def test_a_wish_or_a_fear_is_not_asked_as_a_claim() -> None:
    prompts = _asked(_STRIKE)
    assert "que la direction rouvre" not in prompts
    assert "que l'usine ne ferme" not in prompts
    assert "que les deux parties se retrouvent" not in prompts


def test_a_claim_after_que_is_still_asked() -> None:
    assert "que la production a baissé de moitié" in _asked(_STRIKE)


_BUDGET = (
    "Le budget voté\n\n"
    "Le conseil a voté le budget lundi soir. "
    "La commune va, dit-il, présenter un nouveau plan en juin. "
    "Les travaux ont commencé, a confié Paul Martin, le porte-parole de la mairie, à la radio. "
    "« Nous tiendrons les délais », a déclaré Anne Roux."
)


def test_an_inserted_cue_is_left_out_of_reported_words() -> None:
    prompts = _asked(_BUDGET)
    assert "que la commune va présenter un nouveau plan en juin" in prompts
    assert "dit-il" not in prompts


def test_a_cue_whose_source_goes_on_is_left_as_written() -> None:
    prompts = _asked(_BUDGET)
    assert "que les travaux ont commencé le porte-parole" not in prompts


def test_an_unresolved_object_pronoun_is_no_speaker_to_ask_about() -> None:
    text = (
        "Les éleveurs en colère\n\n"
        "Ils étaient quelque 200 éleveurs à manifester ce jeudi devant la mairie pour réclamer "
        "une hausse des prix, aujourd'hui trop bas pour vivre, selon eux.\n\n"
        "« Nous allons continuer », a déclaré Paul Martin. "
        "« Le dialogue reste ouvert », a répondu la préfète Anne Roux."
    )
    from quizapp.draft.drafting.questions import draft_questions

    questions = draft_questions(analyze(text, "fr"))
    assert "Dans l’article, eux " not in "\n".join(q["prompt"] for q in questions)
    assert all(o["text"] != "eux" for q in questions for o in q.get("options") or [])
