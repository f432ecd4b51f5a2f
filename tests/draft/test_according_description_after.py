"""French « selon X » closing a sentence, with the source's description after it (made-up
sentences, precision17): « …, selon Sytadin, le site web d'information routière. » reports
the part before « selon »; the description says who the source is. A comma inside brackets
ends no source (« selon le front commun (CSC, CGSP, SLFP) »)."""

from __future__ import annotations

from tests.draft.readings import said


def test_a_description_after_the_source_is_the_source_s() -> None:
    text = (
        "Les bouchons atteignent 80 km ce matin, selon Bison Futé, le site d'information routière."
    )
    assert said(text, "fr") == [
        (
            "Les bouchons atteignent 80 km ce matin",
            "Bison Futé, le site d'information routière",
        )
    ]


def test_a_description_with_its_acronym_in_brackets() -> None:
    text = (
        "Ces levures sont nécessaires à la fermentation, selon l'expert de l'Institut national "
        "pour la santé, l'alimentation et l'environnement (Insae)."
    )
    [(content, source)] = said(text, "fr")
    assert content == "Ces levures sont nécessaires à la fermentation"
    assert source.endswith("(Insae)")


def test_a_comma_inside_brackets_ends_no_source() -> None:
    text = (
        "La grève a été bien suivie dans les écoles, selon le front commun syndical "
        "(SNEP, CGT-Enseignants, FO-Lycées)."
    )
    assert said(text, "fr") == [
        (
            "La grève a été bien suivie dans les écoles",
            "le front commun syndical (SNEP, CGT-Enseignants, FO-Lycées)",
        )
    ]


def test_a_clause_after_the_source_is_still_what_it_says() -> None:
    """Counter-case: « Selon X, la coalition obtient… » opens the sentence's claim."""
    text = "Selon l'agence de presse, la coalition obtient 125 sièges sur les 165."
    assert said(text, "fr") == [
        ("la coalition obtient 125 sièges sur les 165", "l'agence de presse")
    ]


def test_a_pronoun_s_selon_cuts_the_object_of_a_verb() -> None:
    """Counter-case: « masquant, selon lui, une volonté de… »: after a pronoun, the noun
    phrase is the verb's object, no description of « lui »."""
    text = (
        "M. Durand a dit qu'une délégation proposait des amendements masquant, selon lui, "
        "une volonté de prolonger les discussions."
    )
    assert all("lui, une" not in source for _content, source in said(text, "fr"))


def test_a_complement_cut_by_selon_is_no_description() -> None:
    """Counter-case: « au déploiement, selon les Occidentaux, des mercenaires » is the
    noun's complement cut by an inserted « selon », never a description."""
    text = (
        "L'Union a retiré une partie de sa mission en réponse au déploiement, selon les "
        "Occidentaux, des mercenaires du groupe Wagner dans ce pays."
    )
    assert all(source == "les Occidentaux" for _content, source in said(text, "fr"))
