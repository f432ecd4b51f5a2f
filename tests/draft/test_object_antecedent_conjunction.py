"""« que » after a reporting verb completes it; it is no object relative whose antecedent
opens what the next verb reports (made-up sentences, precision17): in « Me Durand a précisé
qu'il demanderait au tribunal… », « demanderait » reports « au tribunal… », never from « Me
Durand a précisé ». « C'est un moratoire qu'elle demande » keeps its antecedent."""

from __future__ import annotations

from tests.draft.readings import said


def test_que_after_a_reporting_verb_is_no_relative() -> None:
    text = "Me Durand a précisé qu'il demanderait au tribunal de réduire la peine à un an."
    contents = [content for content, _source in said(text, "fr")]
    assert contents
    assert all("a précisé" not in content for content in contents)


def test_plural_que_after_a_reporting_verb_is_no_relative() -> None:
    text = "Les élus ont déclaré dans un communiqué qu'ils demanderaient « la fin du projet »."
    contents = [content for content, _source in said(text, "fr")]
    assert all("ont déclaré" not in content for content in contents)


def test_an_object_relative_keeps_its_antecedent() -> None:
    """Counter-case: the noun before « qu'elle demande » is what she asks for."""
    text = "C'est un moratoire qu'elle demande maintenant à la ministre de l'Éducation."
    contents = [content for content, _source in said(text, "fr")]
    assert any(content.startswith("un moratoire") for content in contents)
