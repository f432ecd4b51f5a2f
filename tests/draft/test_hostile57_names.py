"""A long list of names costs about linear work (hostile57): a pair of names one letter apart
is found through its surnames, not by comparing every two people; an acronym's latest
spelling and a first name's person are read from indexes the registry keeps as it grows,
not by scanning every entity met. The step-counting tests count on lists four times longer;
none asserts a time. The registry's answers are the scan's, after renames and new keys."""

from __future__ import annotations

import random

import pytest

from quizapp.draft import analyze
from quizapp.draft.speakers import namesakes, spellings
from quizapp.draft.speakers.acronyms import spelled
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.speakers.registry import Registry, RegistryForgetsNothing

_FIRST = ["Marie", "Jean", "Paul", "Claire"]


def _surname(n: int) -> str:
    """Surnames of six letters (an acronym may be so long), few of them one letter from another."""
    chance = random.Random(n)
    return "".join(chance.choice("bcdfglmnprstv") + chance.choice("aeiou") for _ in range(3))


def _list_of_names(count: int) -> str:
    """Sentences of thirty names each, full names and surnames alone in turn."""
    names = [
        f"{_FIRST[n % 4]} {_surname(n).title()}" if n % 2 else _surname(n).title()
        for n in range(count)
    ]
    lists = [", ".join(names[i : i + 30]) for i in range(0, count, 30)]
    return " ".join(f"{part} ont signé la pétition." for part in lists)


def _calls(monkeypatch, module: object, name: str, count: int) -> int:
    """How many times ``module.name`` is called while the list of ``count`` names is read."""
    tally = [0]
    real = getattr(module, name)

    def counted(*args, **kwargs):
        tally[0] += 1
        return real(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(module, name, counted)
        analyze(_list_of_names(count), "fr")
    return tally[0]


def test_names_one_letter_apart_compared_by_surname(monkeypatch) -> None:
    assert _calls(monkeypatch, spellings, "_slip", 160) <= 160  # every two people: 1,560 on main


def test_acronym_spellings_read_from_an_index(monkeypatch) -> None:
    assert _calls(monkeypatch, spelled, "may_spell", 160) <= 4 * 160  # 6,320 on main


def test_first_names_read_from_an_index(monkeypatch) -> None:
    assert _calls(monkeypatch, namesakes, "identity", 160) <= 10 * 160  # 6,800 on main


def _registry_and_dict() -> tuple[Registry, dict[str, Entity]]:
    """The same entities in a registry and a plain dict, renamed and rekeyed after filing."""
    registry: Registry = Registry()
    agency = Entity("agence", "l'agence", "named", person=False)
    marie = Entity("dupont", "Dupont", "named", person=False)
    for key, entity in [
        ("agence", agency),
        ("dupont", marie),
        ("x", Entity("x", "X", "named", False)),
    ]:
        registry[key] = entity
    registry.filed("initial pairs", spelled._initial_pairs, {"ar"}, latest=True)  # built now
    registry.filed("first names", namesakes._first_name, {"marie"}, latest=False)
    agency.name = "l'Agence régionale de santé"  # filed again under its new initials
    marie.name, marie.person = "Marie Dupont", True
    registry["x"] = Entity("x2", "Agence régionale sanitaire", "named", person=False)
    registry["ars"] = agency
    return registry, dict(registry)


def test_registry_answers_as_the_scan() -> None:
    registry, plain = _registry_and_dict()
    for word in ("ARS", "Ars", "AR"):
        found = spelled._latest_spelling(registry, word)
        assert found is spelled._latest_spelling(plain, word)
    assert spelled._latest_spelling(registry, "ARS") is registry["ars"]
    assert namesakes._by_first_name(registry, "marie") is plain["dupont"]
    assert namesakes._by_first_name(registry, "paul") is None


def test_registry_refuses_to_delete_with_its_own_error() -> None:
    """A key deleted then given again would come last in dict order but keep its old place in
    the indexes (mend57c): every way of deleting is refused with the drafter's named error,
    and the registry is left as it was."""
    registry, plain = _registry_and_dict()
    for forget in (
        lambda: registry.__delitem__("x"),
        lambda: registry.pop("x"),
        lambda: registry.pop("x", None),
        registry.popitem,
        registry.clear,
    ):
        with pytest.raises(RegistryForgetsNothing, match="dict order"):
            forget()
    assert list(registry) == list(plain)
