"""Verbs whose statement comes after an object or an adverb, seen missed on French articles: a
fixed compound cue with adverbs after its auxiliary (« a-t-on encore fait valoir », « a
d'ailleurs mis en garde »), « exprimer » with a noun of stance before « que » (« a exprimé
son espoir que… »), « dévoiler que », and « appeler » with its object before « à »
(« appelle les riverains à « … » »). One short made-up case each and the counter-cases that
must stay silent."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_adverbs_between_the_auxiliary_and_a_fixed_cue() -> None:
    text = "Le préfet Paul Martin a d'ailleurs fait savoir que la route resterait fermée."
    assert found(analyze(text, "fr")) == [("la route resterait fermée", "Paul Martin")]


def test_an_inverted_impersonal_auxiliary_with_an_adverb() -> None:
    text = "« Le dossier est clos », a-t-on encore fait valoir à la mairie."
    assert found(analyze(text, "fr")) == [("Le dossier est clos", "on")]


def test_a_negated_fixed_cue_reports_nothing() -> None:
    text = "Le préfet Paul Martin n'a jamais fait part de ses doutes sur le chantier."
    assert found(analyze(text, "fr")) == []


def test_an_expressed_stance_reports_its_clause() -> None:
    text = "La ministre Anne Morel a exprimé son espoir que les deux pays signent un accord."
    assert found(analyze(text, "fr")) == [("les deux pays signent un accord", "Anne Morel")]


def test_an_expressed_feeling_with_a_relative_reports_no_clause() -> None:
    """objects35: the stance with what it is about reports whole; the relative is still no
    « que » clause of the verb (nothing reports « les députés ont votée »)."""
    text = "La ministre Anne Morel a exprimé son désaccord avec la loi que les députés ont votée."
    expected = [("son désaccord avec la loi que les députés ont votée", "Anne Morel")]
    assert found(analyze(text, "fr")) == expected


def test_an_expressed_feeling_without_a_clause_reports_nothing() -> None:
    text = "Les élus de la commune ont exprimé leur colère sur le parvis de la mairie."
    assert found(analyze(text, "fr")) == []


def test_a_revelation_with_que_reports_its_clause() -> None:
    text = "Le Canard a dévoilé que le maire avait employé son neveu."
    assert found(analyze(text, "fr")) == [("le maire avait employé son neveu", "Canard")]


def test_an_unveiled_thing_is_no_statement() -> None:
    text = "Le constructeur a dévoilé un nouveau modèle électrique au salon de Genève."
    assert found(analyze(text, "fr")) == []


def test_a_call_with_its_object_before_the_preposition() -> None:
    text = "Le préfet Paul Martin appelle les riverains à « ne pas sortir » ce soir."
    assert found(analyze(text, "fr")) == [
        ("les riverains à « ne pas sortir » ce soir", "Paul Martin")
    ]


def test_a_call_with_an_aside_before_its_quoted_request() -> None:
    text = "Le maire Paul Martin appelle l'Etat, via son association, « à revoir sa position »."
    assert found(analyze(text, "fr")) == [
        ("l'Etat, via son association, « à revoir sa position »", "Paul Martin")
    ]


def test_a_call_without_quotation_or_to_someone_stays_silent() -> None:
    for text in (
        "Le syndicat appelle ses adhérents à la grève le 8 septembre.",
        "Le voisin a appelé les pompiers pour éteindre le feu.",
    ):
        assert found(analyze(text, "fr")) == [], text


def test_a_quoted_participle_after_its_auxiliary_is_the_cue() -> None:
    text = "La ministre Anne Morel a « salué », hier, le courage des sauveteurs bénévoles."
    assert found(analyze(text, "fr")) == [("le courage des sauveteurs bénévoles", "Anne Morel")]


def test_a_verb_quoted_alone_after_its_subject_is_the_cue() -> None:
    text = "Le maire Paul Martin « regrette » la fermeture de la classe de CP."
    assert found(analyze(text, "fr")) == [("la fermeture de la classe de CP", "Paul Martin")]


def test_a_quoted_word_after_a_preposition_is_no_cue() -> None:
    text = "Les députés ont ri au mot de « lâche » pendant la séance de nuit."
    assert found(analyze(text, "fr")) == []
