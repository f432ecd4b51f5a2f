"""A description of a person that speaks, then the name given at the start of the sentence
after one of its mentions (names54, made-up sentences): « Le maire de Lunel fera savoir…
Paul X attend… », « … appartient à tous. » Pour Anne X, … ». Read once the article is read
(``anaphora/offices/named_next``), on a hand-built reading: the description, the people and
where the text mentions them. A name brought in with a title of its own, a description in
someone's words, or someone met in between leave the description a speaker of its own."""

from __future__ import annotations

from quizapp.draft.anaphora.offices.named_next import name_next_descriptions
from quizapp.draft.anaphora.offices.opened_after_name import ReadArticle
from quizapp.draft.speakers.entity import Entity
from quizapp.draft.words.lexicon import load


def _renamed(text: str, description: str, names: list[str], gender: str = "m") -> dict:
    """The links the rule records for a text whose ``description`` (its first occurrence)
    speaks and whose ``names`` are people named at their first occurrence."""
    at = text.index(description)
    role = description.split()[1]
    described = Entity(f"d:{description}", description, "anonymous", True, gender, {role})
    described.mentions.append((at, at + len(description)))
    entities = {described.key: described}
    for name in names:
        start = text.index(name)
        key = name.split()[-1].lower()
        entities[key] = Entity(
            key, name, "named", True, gender, mentions=[(start, start + len(name))]
        )
    read = ReadArticle(entities, {}, [], text, {description}, load("fr"))
    name_next_descriptions(read)
    return read.renamed


def test_the_name_opens_the_next_sentence() -> None:
    """« Le maire de Lunel fera savoir… Paul Martin attend… »: the mayor is Paul Martin."""
    text = (
        "Le maire de Lunel fera savoir jeudi s'il autorise la fête. Paul Martin attend encore "
        "des changements du dispositif."
    )
    assert _renamed(text, "Le maire de Lunel", ["Paul Martin"]) == {"Le maire de Lunel": "martin"}


def test_a_preposition_before_the_name_after_a_quotation() -> None:
    """« … » Pour Anne Morel, il ne s'agit pas… »: the words before the name are few."""
    text = (
        "La procureure de Nîmes a invité les habitants mardi.\n\n"
        "« La justice est votre bien commun. » Pour Anne Morel, il ne s'agit pas d'un principe."
    )
    found = _renamed(text, "La procureure de Nîmes", ["Anne Morel"], "f")
    assert found == {"La procureure de Nîmes": "morel"}


def test_a_name_with_another_title_is_someone_new() -> None:
    """« Paul X, président de l'association » after « le maire de Lunel »: another person."""
    text = (
        "Le maire de Lunel fera savoir jeudi s'il autorise la fête. Paul Martin, président "
        "de l'association, attend encore des précisions."
    )
    assert _renamed(text, "Le maire de Lunel", ["Paul Martin"]) == {}


def test_a_description_in_someone_s_words() -> None:
    """« Le louvetier me disait… » inside a witness's quotation names no one."""
    text = "« Le louvetier me disait que ça arrive de jour. » Paul Martin élève des moutons."
    assert _renamed(text, "Le louvetier", ["Paul Martin"]) == {}


def test_someone_met_in_between() -> None:
    """« Le maire a remis la médaille à Jean Roux. Paul Martin… »: the first named after
    the description is in its own sentence, not opening the next."""
    text = "Le maire de Lunel a remis la médaille à Jean Roux. Paul Martin attend la suite."
    assert _renamed(text, "Le maire de Lunel", ["Jean Roux", "Paul Martin"]) == {}
