"""objects52: after any French verb of saying, an object headed by a noun of anger, warning,
claim or lack (lexicon ``stated_head_nouns``) is a statement, when the subject is a
person, a body or a document; each on a short made-up sentence."""

from __future__ import annotations

from tests.draft.readings import content_cue_label


def test_a_stated_head_makes_the_object_said() -> None:
    """The head noun, not the verb, makes the object a statement: « exprimer » without a
    stance noun of objects35, « rappeler », « avancer » with a claim or a warning."""
    for text, content, cue in (
        (
            "Les syndicats expriment leur colère face à la fermeture du site.",
            "leur colère face à la fermeture du site",
            "expriment",
        ),
        (
            "La ministre a rappelé la nécessité de protéger les forêts.",
            "la nécessité de protéger les forêts",
            "a rappelé",
        ),
        (
            "La commission a avancé des risques d'incendie dans le camping.",
            "des risques d'incendie dans le camping",
            "a avancé",
        ),
        (
            "Les habitants expriment leur ras-le-bol face au bruit des travaux.",
            "leur ras-le-bol face au bruit des travaux",
            "expriment",
        ),
    ):
        found = content_cue_label(text, "fr")
        assert [(c, q) for c, q, _ in found] == [(content, cue)]


def test_a_taken_up_head_is_not_said_again() -> None:
    """A demonstrative takes up what was said before (« a formulé cette demande »): the
    object holds no statement of its own."""
    assert (
        content_cue_label("Le maire a formulé cette demande mardi devant le conseil.", "fr") == []
    )


def test_a_thing_as_subject_states_nothing() -> None:
    """A subject no speaking list holds (« la métaphore », « ce paysage ») states no claim."""
    for text in (
        "La métaphore rappelle l'urgence de la situation pour les habitants.",
        "Ce paysage rappelle l'importance du tourisme dans la région.",
    ):
        assert content_cue_label(text, "fr") == []


def test_a_bare_stated_head_is_too_short() -> None:
    """A head with nothing after it (« Il exprime sa colère. ») says too little."""
    assert content_cue_label("Il exprime sa colère.", "fr") == []


def test_a_demand_set_aside_is_not_the_subjects() -> None:
    """A demand is often another's, set aside or answered: no head of the list."""
    text = "Le maire a rejeté les revendications des syndicats sur les horaires du soir."
    assert content_cue_label(text, "fr") == []
