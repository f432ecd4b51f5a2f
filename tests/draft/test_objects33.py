"""objects33: French verbs of saying with a noun object, on made-up sentences. A verb is let
report a noun object only where the corpus keys hold that verb's objects (docs/drafting.md,
« Thirty-third round: objects33 »)."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_reflexive_congratulation_reports_its_object() -> None:
    """« se féliciter de » + a noun phrase is a judgement the speaker makes on it."""
    found = content_cue_label("La directrice se félicite de la réouverture du gymnase.", "fr")
    assert [(c, q) for c, q, _ in found] == [("de la réouverture du gymnase", "se félicite")]


def test_congratulating_someone_reports_nothing() -> None:
    """« féliciter quelqu'un de… » (not reflexive) is a gesture to a person, not a statement."""
    assert content_cue_label("Le préfet a félicité les pompiers de leur courage.", "fr") == []


def test_adverb_between_verb_and_its_preposition() -> None:
    """« insiste surtout sur », « parle plutôt d'… »: the object opens on the preposition."""
    text = "Le comité insiste surtout sur la sécurité des piétons."
    assert [(c, q) for c, q, _ in content_cue_label(text, "fr")] == [
        ("sur la sécurité des piétons", "insiste")
    ]
    text = "Le garde forestier parle plutôt d'une dizaine de sangliers."
    assert [c for c, _, _ in content_cue_label(text, "fr")] == ["d'une dizaine de sangliers"]


def test_a_negation_is_no_adverb_before_the_preposition() -> None:
    assert content_cue_label("Le maire ne parle pas d'un « échec ».", "fr") == []


def test_launching_a_call_reports_it() -> None:
    """« lancer » + a noun of saying (« un appel ») is a call made (lexicon said_noun_objects)."""
    text = "Les sauveteurs lancent un nouvel appel à la prudence sur les plages."
    assert [c for c, _, _ in content_cue_label(text, "fr")] == [
        "un nouvel appel à la prudence sur les plages"
    ]


def test_launching_a_thing_or_a_procedure_reports_nothing() -> None:
    assert content_cue_label("Le club a lancé une campagne d'adhésion.", "fr") == []
    assert content_cue_label("La mairie a lancé un appel d'offres pour le stade.", "fr") == []


def test_reflexive_narrative_infinitive_continues_the_speaker() -> None:
    """« Et de s'interroger sur… » continues the last speaker as « Et de conclure » does."""
    text = "La conseillère a lu le rapport. Et de s'interroger sur le coût du nouveau parking."
    found = content_cue_label(text, "fr")
    assert [(c, q) for c, q, _ in found] == [
        ("sur le coût du nouveau parking", "Et de s'interroger")
    ]


def test_an_appeal_for_donations_or_volunteers_reports_nothing() -> None:
    """mend33b: an appeal for help (donations, volunteers, candidates) states nothing."""
    assert content_cue_label("Le club de hand a lancé un appel aux dons.", "fr") == []
    text = "L'association lance un appel aux bénévoles pour la braderie."
    assert content_cue_label(text, "fr") == []
    assert content_cue_label("La commune lance un appel à candidats pour le jury.", "fr") == []
