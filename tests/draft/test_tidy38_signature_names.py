"""One shape of a full name for both signature readers (tidy38): ``signed`` reads the name's
particles from the lexicon (``name_particles``) as the lone-name reader does, so a name with
« van » or « el- » signs a passage like one with « de »; the lone-name reader still stops a
word where a glued role's capital starts. Made-up sentences."""

from __future__ import annotations

import re

from quizapp.draft import analyze
from quizapp.draft.uncued.rules.signatures.lone_name import full_name, lone_signature
from quizapp.draft.words.lexicon import load


def _signed(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_a_particle_of_the_lexicon_inside_a_signed_name() -> None:
    text = (
        "Le marché couvert rouvrira au printemps.\n\n"
        "Nous attendions ce chantier depuis des années\n\n"
        "Anna van Dijk, commerçante du quartier\n\n"
        "Les travaux commencent lundi."
    )
    assert _signed(text) == [("Nous attendions ce chantier depuis des années", "Anna van Dijk")]


def test_the_shared_name_takes_initials_and_particles() -> None:
    lex = load("fr")
    name = re.compile(full_name(lex, r"[A-ZÀ-Ö][\w'’-]+", r"\s+") + r"$")
    for written in ("P. Durand", "Anna van Dijk", "Louis de La Tour", "Jean DUPONT"):
        assert name.match(written), written
    assert not name.match("Durand")


def test_a_lone_name_still_splits_from_its_glued_role() -> None:
    text = "Docteur Lise MoreauPédiatre à Vienne"
    found = lone_signature(text, (0, len(text)), load("fr"))
    assert found is not None and found.group("name") == "Lise Moreau"
