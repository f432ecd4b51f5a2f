"""A short quotation of the speaker's own word in a reporting verb's object (split31): « vantait
la « sobriété heureuse » », « s'est félicité du « sursaut collectif » », « une décision que
les parents jugent « injuste » » are mixed attributions even when the verb reports only a
speech shape or a listed object; a quoted title, a quoted clause, the article's word for the
matter and someone else's quoted words are not. So too the object before a colon that opens a
quotation (« a qualifié la démarche de « désastreuse » : « … » »)."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(text: str) -> list[tuple[str, str, str]]:
    """(content, speaker, kind) of every attribution of a French text."""
    analysis: Analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker, a.kind) for a in analysis.attributions]


# ----- the speaker's own word, quoted in the object -----
def test_a_verb_of_praise_with_a_quoted_phrase() -> None:
    text = "La députée Claire Morel vantait mardi la « sobriété heureuse » du projet."
    assert found(text) == [("la « sobriété heureuse » du projet", "Claire Morel", "mixed")]


def test_a_reflexive_verb_of_praise_with_a_quoted_phrase() -> None:
    text = "L'entraîneur Marc Petit s'est félicité du « sursaut collectif » de son équipe."
    assert found(text) == [("du « sursaut collectif » de son équipe", "Marc Petit", "mixed")]


def test_a_verb_addressing_someone_about_a_quoted_phrase() -> None:
    text = "Le maire Paul Dumas a interpellé le préfet sur la « situation intenable » du quartier."
    assert found(text) == [
        ("le préfet sur la « situation intenable » du quartier", "Paul Dumas", "mixed")
    ]


def test_a_judging_verb_in_a_relative_with_one_quoted_adjective() -> None:
    text = "La cantine reste fermée, une décision que les parents jugent « injuste »."
    assert found(text) == [("« injuste »", "les parents", "mixed")]


def test_a_verb_with_listed_objects_and_a_quoted_phrase() -> None:
    text = "La ministre Léa Roche a exprimé « tout son soutien » aux familles."
    assert found(text) == [("« tout son soutien » aux familles", "Léa Roche", "mixed")]


# ----- the object before a colon that opens a quotation -----
def test_a_judged_object_with_an_own_word_before_a_colon() -> None:
    text = "Le maire Jean Roux a qualifié la démarche de « désastreuse » : « On défend l'école. »"
    assert found(text) == [
        ("la démarche de « désastreuse »", "Jean Roux", "mixed"),
        ("On défend l'école.", "Jean Roux", "direct"),
    ]


def test_a_call_with_an_own_word_before_a_colon() -> None:
    text = (
        "La ministre Léa Roche appelle à un sport plus « propre » : « Il faut que ça change vite. »"
    )
    assert found(text) == [
        ("à un sport plus « propre »", "Léa Roche", "mixed"),
        ("Il faut que ça change vite.", "Léa Roche", "direct"),
    ]


# ----- not the speaker's own word -----
def test_a_quoted_title_is_not_an_own_word() -> None:
    text = "La ministre Léa Roche encensait mardi le « Grand Paris Express » devant les élus."
    assert found(text) == []


def test_a_quoted_clause_is_not_an_own_word() -> None:
    assert found("Le maire Paul Dumas aurait alors dit « je sais ».") == []


def test_the_articles_word_for_the_matter_is_not_an_own_word() -> None:
    text = "Trois mères se sont présentées devant les élus pour évoquer « cette affaire »."
    assert found(text) == []


def test_a_quotation_longer_than_a_few_words_is_left_to_the_other_shapes() -> None:
    text = (
        "La ministre Léa Roche encensait mardi le programme « lire et écrire chaque jour au "
        "collège » devant les élus."
    )
    assert found(text) == []


def test_a_quoted_word_of_someone_elses_speech_is_not_an_own_word() -> None:
    text = "Le député Paul Dumas a formulé des propos « inacceptables » contre la ville."
    assert found(text) == []
