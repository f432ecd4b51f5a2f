"""Who speaks and with what label (speakers23, made-up sentences): a time or place set before
the subject is no name (« Mi-mars, la libraire alerte… », « À Brest, la cheffe indique… »);
an age leaves a description bare, so that it takes up the one person named (« l'ébéniste de
52 ans »); a local office nobody names (« le procureur », « le maire de X ») is a described
individual, anonymous, while a named one and a national office stay named."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_label, finding_holding


def _said(text: str, word: str = "route") -> list[tuple[str, str]]:
    found = content_speaker_label("Titre\n\n" + text)
    return [(s, lab) for c, s, lab in found if word in c]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mi-mars, la libraire alerte les élus sur l'état de la route.", "la libraire"),
        ("Fin-avril, la gérante a indiqué que la route serait fermée.", "la gérante"),
        ("À Brest, la cheffe de chantier a indiqué que la route serait fermée.",
         "la cheffe de chantier"),
        ("En Bretagne, le responsable a annoncé que la route serait fermée.", "le responsable"),
    ],
)  # fmt: skip
def test_a_setting_before_the_subject_is_no_name(sentence: str, speaker: str) -> None:
    assert [s for s, _ in _said(sentence)] == [speaker]


def test_a_name_before_the_subject_still_speaks() -> None:
    """Counter-case: « Paul Dubreuil, le gérant, » is the name with its apposition."""
    sentence = "Paul Dubreuil, le gérant, a indiqué que la route serait fermée."
    assert [s for s, _ in _said(sentence)] == ["Paul Dubreuil"]


@pytest.mark.parametrize(
    "description",
    ["l'ébéniste de 52 ans", "le chauffeur âgé de 47 ans", "la fleuriste de 29 ans"],
)
def test_an_age_leaves_the_description_bare(description: str) -> None:
    person = "Nadia Ferrand" if "fleuriste" in description else "Hugo Ferrand"
    text = (
        f"{person} ouvre son atelier chaque matin depuis dix ans.\n\n"
        f'"La route est coupée depuis des semaines", déplore {description}.'
    )
    assert _said(text) == [(person, "named")]


def test_an_age_with_another_complement_stays_its_own() -> None:
    """Counter-case: « l'ébéniste du village voisin » has a complement saying where."""
    text = (
        "Hugo Ferrand ouvre son atelier chaque matin depuis dix ans.\n\n"
        '"La route est coupée depuis des semaines", déplore l\'ébéniste du village voisin.'
    )
    assert [s for s, _ in _said(text)] != ["Hugo Ferrand"]


@pytest.mark.parametrize(
    "office",
    ["le procureur", "la procureure", "le maire de Vaubrac", "l'édile de Vaubrac", "la juge"],
)
def test_a_local_office_nobody_names_is_anonymous(office: str) -> None:
    text = (
        "Le tribunal de Vaubrac examinait mardi le dossier des travaux.\n\n"
        f"Pour {office}, la route aurait dû être fermée plus tôt."
    )
    assert _said(text) == [(office, "anonymous")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le maire de Vaubrac, Louis Terrier, a reçu les riverains.\n\n"
         "Pour le maire, la route aurait dû être fermée plus tôt.", "Louis Terrier"),
        ("Le tribunal examinait mardi le dossier.\n\n"
         "Pour le maire, la route aurait dû être fermée plus tôt.", "le maire"),
        ("Le tribunal examinait mardi le dossier.\n\n"
         "Pour le préfet de Vaubrac, la route aurait dû être fermée plus tôt.",
         "le préfet de Vaubrac"),
        ("Le tribunal examinait mardi le dossier.\n\n"
         "Pour la ministre de l'Intérieur, la route aurait dû être fermée plus tôt.",
         "la ministre de l'Intérieur"),
    ],
)  # fmt: skip
def test_a_named_holder_or_a_national_office_stays_named(text: str, speaker: str) -> None:
    assert _said(text) == [(speaker, "named")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Paul Roux a déposé un recours. Le député s'est expliqué devant la presse : "
         "« Cette route doit rouvrir », a-t-il déclaré.", "Paul Roux"),
        ("Le tribunal a entendu Paul Roux mardi. Le député s'est expliqué devant la presse : "
         "« Cette route doit rouvrir », a-t-il déclaré.", "Paul Roux"),
        ("Anne Vidal a quitté la réunion en colère. La ministre s'est exprimée ensuite : "
         "« La route sera rouverte », a-t-elle déclaré.", "Anne Vidal"),
    ],
)  # fmt: skip
def test_an_office_opening_the_narration_takes_up_the_one_named(text: str, speaker: str) -> None:
    """An office that opens the narration's sentence, no source itself, takes up the one
    person the sentence before named, so that the « il » / « elle » after it is that person."""
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Me Paul Roux a plaidé l'acquittement. L'avocat général a ensuite pris la parole : "
        "« La route était fermée », a-t-il lancé.",
        "Paul Roux a été interpellé mardi. Le procureur s'est exprimé devant la presse : "
        "« La route était fermée », a-t-il déclaré.",
    ],
)
def test_an_office_acting_on_the_one_named_is_someone_else(text: str) -> None:
    """Counter-cases: « L'avocat général » after « Me Paul Roux » is not the lawyer, nor « le
    procureur » the man arrested."""
    assert "Paul Roux" not in [s for s, _ in _said(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("« La route est fermée », s'insurge auprès de Vaubrac Info le Dr Paul Roux.",
         "Dr Paul Roux"),
        ("« La route est fermée », confie à Radio Vaubrac la Pr Anne Vidal.", "Pr Anne Vidal"),
        ("« La route est fermée », a dit M. Le Gall, porte-parole du collectif.", "M. Le Gall"),
    ],
)  # fmt: skip
def test_a_title_after_a_particle_opens_another_name(text: str, speaker: str) -> None:
    """« Vaubrac Info le Dr Paul Roux »: « le » before a civil title is no particle of the
    name before it (« Le Gall » still is)."""
    assert [s for s, _ in _said(text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        ("Ils étaient 300 à Vaubrac (500 selon les organisateurs). La route était fermée.",
         "les organisateurs", "vague"),
        ("Ils étaient 300 à Vaubrac (500 selon la préfecture). La route était fermée.",
         "la préfecture", "named"),
        ("Ils étaient 300 à Vaubrac (500 selon les organisateurs, 200 selon la police).",
         "les organisateurs", "vague"),
    ],
)  # fmt: skip
def test_a_source_inside_brackets_ends_at_the_closing_one(
    text: str, speaker: str, label: str
) -> None:
    """« (500 selon les organisateurs). »: the closing bracket is no part of the source
    (since passive54 the figure in the brackets alone is what the source says)."""
    found = finding_holding("Titre\n\n" + text, "500")
    assert (speaker, label) == (found.speaker, found.label)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Alors que la semaine dernière le ministre soulignait que la route était sûre, "
         "les riverains protestent.", "le ministre"),
        ("L'an dernier le maire avait promis que la route serait refaite.", "le maire"),
        ("Mardi soir la préfète a affirmé que la route serait rouverte.", "la préfète"),
    ],
)  # fmt: skip
def test_a_time_before_the_subject_without_a_comma_is_no_part_of_it(
    sentence: str, speaker: str
) -> None:
    assert [s for s, _ in _said(sentence)] == [speaker]


def test_a_time_noun_heading_the_subject_stays() -> None:
    """Counter-case: « La semaine de la mobilité » is the subject itself, no time before it."""
    sentence = "La semaine de la mobilité a annoncé que la route serait fermée."
    assert [s for s, _ in _said(sentence)] == ["La semaine de la mobilité"]
