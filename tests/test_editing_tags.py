"""A skill typed by its name, or as a new name, becomes an id the file can keep."""

from __future__ import annotations

from quizapp.sets.editing.tags import resolve_skills, skill_names

DATA = {
    "tags": {"anonymous-source": {"name": "Source anonyme"}},
    "questions": [{"id": "q1", "tags": ["attribution"]}],
}


def test_names_and_ids_of_the_set() -> None:
    assert skill_names(DATA) == {"attribution": "attribution", "anonymous-source": "Source anonyme"}


def test_typed_names_become_ids_and_new_names_are_kept() -> None:
    ids, new = resolve_skills(
        ["source anonyme", "attribution", "Mots chargés", "mots chargés", " "], DATA
    )
    assert ids == ["anonymous-source", "attribution", "mots-charges"]
    assert new == {"mots-charges": "Mots chargés"}


def test_a_new_name_never_takes_an_id_in_use() -> None:
    ids, new = resolve_skills(["Attribution !"], DATA)
    assert ids == ["attribution-2"] and new == {"attribution-2": "Attribution !"}
