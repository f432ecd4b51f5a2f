"""Who speaks and with what label (speakers24, made-up sentences): a local office is
anonymous only when the article itself never writes a name beside that office (« son
recteur, Paul X », « Paul X, recteur de … »), whatever the drafter linked."""

from __future__ import annotations

import pytest

from quizapp.draft.sources.labels import holder_written, unnamed_local_office
from quizapp.draft.words.lexicon import load
from tests.draft.readings import content_speaker_label


def _said(text: str, word: str = "route") -> list[tuple[str, str]]:
    found = content_speaker_label("Titre\n\n" + text)
    return [(s, lab) for c, s, lab in found if word in c]


# a name inside a quotation between the apposition and the office breaks the drafter's link
_STRAY = "« Le QS World Rankings se base sur la réputation. »"


@pytest.mark.parametrize(
    "named",
    [
        "La faculté recule mais son recteur, Paul Vernier, relativise.",
        "La faculté recule mais le recteur de l'université, Paul Vernier, relativise.",
        "La faculté recule mais Paul Vernier, recteur de l'université, relativise.",
        "La faculté recule, a relevé Paul Vernier, le recteur.",
    ],
)
def test_an_office_the_article_names_stays_named(named: str) -> None:
    text = f"{named} {_STRAY} Le recteur constate que la route est longue."
    assert [lab for _, lab in _said(text)] == ["named"]


@pytest.mark.parametrize(
    "before",
    [
        "La faculté recule et son budget, voté en mars, baisse.",
        "La faculté recule, selon une note du doyen.",
    ],
)
def test_an_office_the_article_never_names_is_anonymous(before: str) -> None:
    """Nor is the name met only inside the quotation (``_STRAY``) the one person named."""
    text = f"{before} {_STRAY} Le recteur constate que la route est longue."
    assert _said(text) == [("Le recteur", "anonymous")]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Paul Roux, maire de Vaubrac, a signé.", True),
        ("Le maire de Vaubrac, Paul Roux, a signé.", True),
        ("Le maire de Vaubrac Paul Roux a signé.", True),
        ("Le maire Paul Roux a signé.", False),  # which town, it does not say
        ("Paul Roux, maire de Brieux, a signé.", False),  # another town's mayor
        ("Le maire demande la relaxe de Jean Dupont.", False),  # a clause, no apposition
        ("Le maire a reçu, Paul Roux étant absent.", False),
    ],
)
def test_a_town_office_is_held_only_with_its_own_town(text: str, held: bool) -> None:
    assert holder_written("maire", ["de", "vaubrac"], text, load("fr")) is held
    speaker_left = unnamed_local_office("le maire de Vaubrac", text, load("fr"))
    assert speaker_left is not held


@pytest.mark.parametrize(
    ("named", "later", "speaker"),
    [
        ("Le projet avance. Son initiateur, Marc Petit, est confiant.", "L'initiateur",
         "Marc Petit"),
        ("Le projet avance et l'animatrice, Anne Morel, est confiante.", "L'animatrice",
         "Anne Morel"),
        ("Le projet avance et la couturière, Anne Morel, est confiante.", "La couturière",
         "Anne Morel"),
        ("La faculté recule mais son recteur, Paul Vernier, relativise.", "Le recteur",
         "Paul Vernier"),
    ],
)  # fmt: skip
def test_a_noun_set_before_a_name_and_a_comma_is_that_person(
    named: str, later: str, speaker: str
) -> None:
    """A later « l'initiateur » takes up the person the noun described, past another name."""
    text = f"{named} Le devis a doublé, selon Julie Roux. {later} constate que la route est longue."
    assert [s for s, _ in _said(text)] == [speaker]


def test_a_noun_after_a_preposition_sets_the_scene() -> None:
    """« Dans la fondation, Anne X »: the noun says where, not who Anne X is."""
    text = (
        "Le projet avance. Dans la fondation, Anne Morel attend. Le devis a doublé, selon Marc "
        "Petit. La fondation constate que la route est longue."
    )
    assert [s for s, _ in _said(text)] == ["La fondation"]


# someone named further back: the description is not « the one person the article named »
_EARLIER = "Paul Roux, le voisin, a tout vu. Le ciel était noir. Les rues étaient inondées."


@pytest.mark.parametrize(
    ("named", "said"),
    [
        ("Marc Petit", "« La route est coupée », déplore l'horticulteur."),
        ("Marc Petit", "« La route est coupée », soupire le sculpteur."),
        ("Anne Morel", "« La route est coupée », regrette la brodeuse."),
        ("Anne Morel", "« La route est coupée », poursuit cette résidente de Brieux."),
    ],
)
def test_a_description_takes_up_the_person_named_just_before(named: str, said: str) -> None:
    """A noun no list holds, known by its ending (« -eur », « -euse »), or a resident, is the
    person the sentence before named, even in a complement."""
    text = f"{_EARLIER} La grêle a détruit la serre de {named}. {said}"
    assert [s for s, _ in _said(text)] == [named]


def test_an_agent_noun_with_its_own_complement_is_someone_else() -> None:
    """« le gouverneur de Brieux » names its own office, not the man just named."""
    text = (
        "La grêle a détruit la serre de Marc Petit. « La route est coupée », déplore le "
        "gouverneur de Brieux."
    )
    assert [s for s, _ in _said(text)] == ["le gouverneur de Brieux"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Le maire d'Aubrac craint que la route ne tienne pas.", "anonymous"),
        ("L'édile d'Aubrac craint que la route ne tienne pas.", "anonymous"),
        (
            "Paul Roux, maire d'Aubrac, a signé. Le maire d'Aubrac craint que la route cède.",
            "named",
        ),
    ],
)
def test_a_town_office_with_an_elided_complement(text: str, label: str) -> None:
    """« le maire d'Aubrac »: the town after an elided « d' » is the office's complement."""
    assert [lab for _, lab in _said(text)] == [label]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("La route sera fermée, selon le ministère au 1er mai.", "le ministère"),
        ("La route sera fermée, selon le ministère au 1ᵉʳ mai.", "le ministère"),
        ("La route sera fermée, selon la préfecture ce lundi.", "la préfecture"),
        ("La route sera fermée, selon le collectif du 8 mars.", "le collectif du 8 mars"),
    ],
)
def test_a_time_after_a_source_is_no_part_of_the_speaker(sentence: str, speaker: str) -> None:
    """« selon le ministère au 1er mai »: the ministry speaks; « du 8 mars » names who."""
    assert [s for s, _ in _said(sentence)] == [speaker]


def test_a_document_dated_after_its_issuer_speaks_for_the_issuer() -> None:
    """« le communiqué de la mairie paru le 3 mai »: the date and its participle go."""
    text = "La mairie a réagi. Le communiqué de la mairie paru le 3 mai indique que la route cède."
    assert [s for s, _ in _said(text)] == ["la mairie"]
