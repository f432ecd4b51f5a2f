"""Documents whose author the article does not name (round 7): « un message audio » has no
author in « audio » (an adjective, not a name), and « l'étude publiée samedi » is a source
described, not named (anonymous). Made-up sentences, each with a counter-case."""

from __future__ import annotations

from tests.draft.readings import content_cue_label, speakers

_LATE = " prévenait que les trains seraient retardés."


def test_an_adjective_after_a_document_is_no_author() -> None:
    text = "Dans la gare, les voyageurs attendaient. Un message audio" + _LATE
    assert speakers(text) == ["Un message audio"]
    assert content_cue_label(text, "fr")[0][2] == "anonymous"


def test_the_author_after_a_preposition_or_with_a_capital_still_speaks() -> None:
    assert speakers("Un communiqué du ministère" + _LATE) == ["le ministère"]
    assert speakers("Un communiqué de l'Élysée" + _LATE) == ["Élysée"]


def test_an_adjective_opening_like_a_preposition_is_no_author() -> None:
    """« officiel », « offensif », « désormais » begin with "of" or « des »: not a preposition."""
    for adjective in ("officiel", "offensif", "définitif"):
        text = f"« Nous protégerons nos agents », affirme le communiqué {adjective}."
        assert speakers(text) == [f"le communiqué {adjective}"]
    assert speakers("« Nous protégerons nos agents », affirme le communiqué du ministère.") == [
        "le ministère"
    ]


def test_an_author_keeps_the_article_its_preposition_held() -> None:
    """« de la mairie » speaks as « la mairie », never « le mairie »."""
    said = "« Les travaux reprendront lundi », précise un communiqué "
    assert speakers(said + "de la mairie.") == ["la mairie"]
    assert speakers(said + "des syndicats.") == ["les syndicats"]
    assert speakers(said + "du ministère.") == ["le ministère"]


def test_a_study_with_no_author_named_is_anonymous() -> None:
    text = "L'étude publiée samedi rapporte que le vaccin est efficace."
    assert content_cue_label(text, "fr")[0][2] == "anonymous"


def test_a_body_with_a_definite_article_stays_named() -> None:
    text = "Le parquet rapporte que le suspect a été entendu."
    assert content_cue_label(text, "fr")[0][2] == "named"


def test_a_newsletter_with_a_title_is_named() -> None:
    text = "Selon La Lettre du continent, le ministre a rencontré son homologue."
    assert content_cue_label(text, "fr")[0][2] == "named"
