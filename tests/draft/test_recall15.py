"""recall15: French constructions the fourteenth round's unseen articles (blind14a, blind14b and
blind14d, now heldout) missed, each written out in made-up sentences over tenses, subject kinds
and word orders, with the counter-cases that must stay silent."""

from __future__ import annotations

import pytest

from tests.draft.readings import said

_BEFORE = "La ville manque d'eau. "  # the sentence is not the article's first: no opening rule


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les caisses vont disparaître, a précisé Sébastien Busiris, qui dénonce « un plan "
            "drastique, scandaleux et profondément choquant ».",
            "un plan drastique, scandaleux et profondément choquant",
        ),
        (
            'Paul Durand, qui dénonçait "un projet absurde, coûteux et inutile", a quitté la '
            "salle.",
            "un projet absurde, coûteux et inutile",
        ),
        (
            "Le panneau est refusé, explique la riveraine, qui évoque « l'installation de "
            "trackers de 3,16 m de haut ».",
            "l'installation de trackers de 3,16 m de haut",
        ),
        (
            "Le conseil, invoquant des « fraudes massives, organisées et répétées », a invalidé "
            "le scrutin.",
            "des « fraudes massives, organisées et répétées »",
        ),
        (
            "La maire, dénonçant “un choix injuste, brutal”, s'est retirée des discussions.",
            "un choix injuste, brutal",
        ),
    ],
)
def test_a_quoted_object_in_a_relative_or_an_apposition_runs_past_its_inner_commas(
    text: str, content: str
) -> None:
    """What a relative's or an apposed participle's verb reports ends at the next comma, but a
    comma inside its quotation (a list of adjectives, a decimal) is the speaker's own."""
    assert content in [c for c, _ in said(_BEFORE + text, "fr")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les caisses vont disparaître, a précisé Sébastien Busiris, qui dénonce un plan "
            "drastique, scandaleux et choquant.",
            "un plan drastique",
        ),
        (
            "Le conseil, invoquant des fraudes massives, a invalidé le scrutin.",
            "des fraudes massives",
        ),
    ],
)
def test_an_unquoted_object_in_a_relative_or_an_apposition_still_ends_at_its_comma(
    text: str, content: str
) -> None:
    """Counter-case: with no quotation, the comma still closes the relative or apposition."""
    assert content in [c for c, _ in said(_BEFORE + text, "fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les banques françaises sont à nouveau pointées du doigt sur ce terrain par deux "
            "associations.",
            [("Les banques françaises", "deux associations")],
        ),
        (
            "Le ministre a été pointé du doigt par l'opposition pour sa gestion de la crise.",
            [("Le ministre", "l'opposition")],
        ),
        (
            "Mais le flou de la réglementation est aussi pointé du doigt, malgré une politique "
            "proactive.",
            [("le flou de la réglementation", "")],
        ),
        (
            "Est notamment pointé du doigt le mauvais état des véhicules : des pièces "
            "manquantes, des freins usés.",
            [("le mauvais état des véhicules : des pièces manquantes, des freins usés", "")],
        ),
        (
            "Alors que les ondes étaient montrées du doigt pour leurs effets nocifs sur le "
            "cerveau, des chercheurs vont bouleverser la donne.",
            [("pour leurs effets nocifs sur le cerveau", "")],
        ),
        (
            "Les entreprises qui seront montrées du doigt devront s'expliquer.",
            [("Les entreprises", "")],
        ),
    ],
)
def test_a_passive_of_blame_reports_its_agent_or_an_impersonal_voice(
    text: str, expected: list
) -> None:
    """« pointé / montré du doigt » in the passive, tense, agent, inversion and reason varied:
    what is blamed, said by the agent after « par » or by nobody named."""
    assert said(_BEFORE + text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Il montre la carte du doigt aux touristes égarés.",
        "La photo du suspect a été montrée aux enquêteurs mardi soir.",
        "Le coupable, pointé du doigt par les voisins, a quitté la ville.",
    ],
)
def test_a_gesture_or_an_apposed_participle_is_no_passive_of_blame(text: str) -> None:
    """Counter-cases: a real gesture, « montrer » with no « du doigt », and a participle with
    no form of « être » before it."""
    assert said(_BEFORE + text, "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Plusieurs adolescents de la cité Rozanoff les accusent de violences volontaires.",
            [("de violences volontaires", "Plusieurs adolescents de la cité Rozanoff")],
        ),
        (
            "Le personnel médical le jugeait alors apte à poursuivre la procédure.",
            [("apte à poursuivre la procédure", "Le personnel médical")],
        ),
        (
            "Ce dernier leur déclare alors avoir donné une petite gifle à l'animal.",
            [("avoir donné une petite gifle à l'animal", "Ce dernier")],
        ),
        (
            "Le maire de Lyon leur explique que le chantier prendra du retard.",
            [("le chantier prendra du retard", "Le maire de Lyon")],
        ),
        (
            "Les syndicats l'accusaient d'avoir menti aux salariés du site.",
            [("d'avoir menti aux salariés du site", "Les syndicats")],
        ),
    ],
)
def test_an_object_clitic_between_the_subject_and_its_cue_keeps_the_cue(
    text: str, expected: list
) -> None:
    """« les », « leur », « le » before a reporting verb right after its subject (a name with
    its complement, a description, « ce dernier »; present and imperfect) is a pronoun, not
    the article of a noun."""
    assert said(_BEFORE + text, "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ses proches ont alors donné l'alerte mardi soir.",
        "Le maire reçoit la demande de la famille.",
        "Bref, la demande ne cesse de grimper depuis des mois.",
    ],
)
def test_an_article_before_a_noun_like_a_reporting_verb_is_no_clitic(text: str) -> None:
    """Counter-cases: after a verb, with a present form a noun shares (« la demande »), after
    a connective: the article of a noun."""
    assert said(_BEFORE + text, "fr") == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La maire de Nantes Johanna Rolland a fustigé une «trahison».", "une «trahison»"),
        ("Le président du club déplore un « gâchis ».", "un « gâchis »"),
        ('Les riverains regrettaient son "arrogance".', 'son "arrogance"'),
    ],
)
def test_a_determiner_and_one_quoted_word_is_a_whole_object(text: str, content: str) -> None:
    """The speaker's own word in quotation marks after its determiner reports, as after a
    preposition (« parle de « chantage » »), whatever the verb and the tense."""
    assert content in [c for c, _ in said(_BEFORE + text, "fr")]


def test_a_determiner_and_an_unquoted_noun_stays_too_short() -> None:
    """Counter-case: without the marks, two words are no statement for such a verb."""
    assert said(_BEFORE + "La maire de Nantes a fustigé une trahison.", "fr") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les caisses vont disparaître, a précisé Sébastien Busiris, de la CGT.",
            [("Les caisses vont disparaître", "Sébastien Busiris")],
        ),
        (
            "Les caisses vont disparaître, explique le délégué Paul Roux, du syndicat FO.",
            [("Les caisses vont disparaître", "le délégué Paul Roux")],
        ),
        (
            "Le site fermera en juin, affirmait Marie Dubois, de l'union locale CGT.",
            [("Le site fermera en juin", "Marie Dubois")],
        ),
    ],
)
def test_a_closing_cue_whose_named_subject_is_followed_by_its_body(
    text: str, expected: list
) -> None:
    """The body a named speaker is from, closing the sentence after a comma, is no complement
    of the reported verb: the statement stops before the cue (it ran over the cue and the
    name)."""
    assert said(_BEFORE + text, "fr") == expected


def test_a_complement_after_an_inserted_pronoun_cue_still_completes_the_clause() -> None:
    """Counter-case: after « explique-t-il » the same words complete the reported clause."""
    text = _BEFORE + "Le projet dépendra, explique-t-il, de la Région."
    assert said(text, "fr") == [("Le projet dépendra, explique-t-il, de la Région", "")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les adolescents ont déclaré l'avoir vu frapper le chien à plusieurs reprises.",
            "l'avoir vu frapper le chien à plusieurs reprises",
        ),
        ("Le témoin déclare les avoir croisés la veille au soir.", "les avoir croisés la veille"),
        (
            "Le ministre ajoutait ne pas lui avoir parlé depuis des mois.",
            "ne pas lui avoir parlé depuis des mois",
        ),
        (
            "Le maire lance n'en avoir jamais entendu parler avant lundi.",
            "n'en avoir jamais entendu parler avant lundi",
        ),
    ],
)
def test_a_verb_of_speech_before_a_past_infinitive_with_its_object_pronoun(
    text: str, content: str
) -> None:
    """« déclarer », « ajouter », « lancer » report a past infinitive (« avoir vu… ») and
    so with its object pronoun before it, negated or not, whatever the tense."""
    found = [c for c, _ in said(_BEFORE + text, "fr")]
    assert any(c.startswith(content) for c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Souhaitant en avoir le cœur net, les clients ont écrit au magasin.",
        "Le maire a déclaré l'aéroport fermé jusqu'à lundi prochain.",
    ],
)
def test_a_pronoun_before_avoir_with_no_participle_is_no_past_infinitive(text: str) -> None:
    """Counter-cases: « en avoir le cœur net » (an idiom, no participle) and an article."""
    assert not any("avoir" in c or "aéroport" in c for c, _ in said(_BEFORE + text, "fr"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "« Nos enfants ne sont pas des sardines », « Rendez-nous nos heures de cours », "
            "scandaient les parents devant la mairie.",
            [
                ("Nos enfants ne sont pas des sardines", "les parents"),
                ("Rendez-nous nos heures de cours", "les parents"),
            ],
        ),
        (
            "« Je ne partirai pas », « je resterai jusqu'au bout », a répété le maire.",
            [("Je ne partirai pas", "le maire"), ("je resterai jusqu'au bout", "le maire")],
        ),
        (
            "La caissière a résumé : « Embauchez avant de nous voir tomber », "
            "« Trop d'attente en caisse », « Des produits sans étiquette ».",
            [
                ("Embauchez avant de nous voir tomber", "La caissière"),
                ("Trop d'attente en caisse", "La caissière"),
                ("Des produits sans étiquette", "La caissière"),
            ],
        ),
    ],
)
def test_quotations_listed_with_commas_are_each_a_statement(text: str, expected: list) -> None:
    """Slogans or grievances listed with only commas between them, before a cue or after a
    colon: one statement each, of the same speaker."""
    assert [(c, s) for c, s in said(_BEFORE + text, "fr")] == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Le maire a parlé de « petit pédé », « grande tarlouze » devant les élus.",
            "« petit pédé », « grande tarlouze »",
        ),
        (
            "« Nous resterons », a dit le maire, « jusqu'au bout du mandat ».",
            "Nous resterons », a dit le maire, « jusqu'au bout du mandat",
        ),
    ],
)
def test_quoted_words_or_a_quotation_cut_by_its_cue_stay_one(text: str, content: str) -> None:
    """Counter-cases: words of two or fewer quoted in a list, and a quotation cut by its
    inserted cue (words between the marks)."""
    assert any(content in c for c, _ in said(_BEFORE + text, "fr"))
