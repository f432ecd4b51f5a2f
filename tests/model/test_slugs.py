"""One slug function for every id quizapp proposes: imports, editor, validate fixes, drafts."""

from __future__ import annotations

from quizapp.draft.drafting.draft_set import draft_set_data
from quizapp.interchange.plaintext import slugify as import_slug
from quizapp.model.slugs import ascii_fold, slugify
from quizapp.sets.editing.commands import slug_from
from quizapp.sets.explain.value_words import suggest_slug


def test_letters_unicode_does_not_decompose_are_spelled_out() -> None:
    assert slugify("Le cœur de l'Œuvre") == "le-coeur-de-l-oeuvre"
    assert slugify("Straße in Øslo, Łódź") == "strasse-in-oslo-lodz"
    assert ascii_fold("Déclaration") == "declaration"


def test_words_are_cut_at_a_word_end_and_a_long_first_word_is_kept_cut() -> None:
    assert slugify("alpha beta gamma", max_length=10) == "alpha-beta"
    assert slugify("x" * 90, max_length=20) == "x" * 20
    assert slugify("« » ?") == ""


def test_underscores_are_kept_only_when_fixing_a_teachers_id() -> None:
    assert slugify("cas_d_école") == "cas-d-ecole"
    assert slugify("cas_d_école", keep_underscores=True) == "cas_d_ecole"


def test_every_part_of_quizapp_proposes_the_same_id() -> None:
    title = "Déclaration du cœur"
    assert import_slug(title) == slug_from(title) == suggest_slug(title) == "declaration-du-coeur"


def test_a_drafted_sets_id_keeps_its_accented_words_readable() -> None:
    text = "Une déclaration du ministre.\n\nLe ministre a déclaré que tout allait bien."
    data = draft_set_data(text, "fr", title="Déclaration à Genève")
    assert data["id"] == "declaration-a-geneve-draft"
