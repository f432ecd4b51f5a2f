"""French constructions the probe11 shapes of benchmarks/construction_probe.py found missed,
each in several forms with a counter-case: a party named by a capital and its adjective as the
subject (« Québec solidaire estime »)."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze
from tests.draft.readings import content_speaker_label as found

CLAIM = "la réforme des retraites sera retirée avant l'été"


# ----- a party named by a capital and its adjective -----
@pytest.mark.parametrize(
    ("text", "party"),
    [
        (f"Québec solidaire estime que {CLAIM}.", "Québec solidaire"),
        (f"Mardi, Lutte ouvrière a affirmé que {CLAIM}.", "Lutte ouvrière"),
        ("« Nous serons dans la rue », prévenait Place publique.", "Place publique"),
        (f"Selon Québec solidaire, {CLAIM}.", "Québec solidaire"),
    ],
)
def test_a_party_named_by_a_capital_and_its_adjective_is_named(text: str, party: str) -> None:
    [(_, speaker, label)] = found(text)
    assert (speaker, label) == (party, "named")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (f"Pharmaciens inquiets et médecins affirment que {CLAIM}.", "vague"),
        (f"Pharmaciens inquiets affirment que {CLAIM}.", "vague"),
        (f"Une pharmacienne inquiète affirme que {CLAIM}.", "anonymous"),
    ],
)
def test_a_common_noun_and_its_adjective_stays_a_description(text: str, label: str) -> None:
    assert found(text)[0][2] == label


def test_a_party_that_does_no_speech_reports_nothing() -> None:
    assert found("Lutte ouvrière a rénové son local du centre-ville.") == []


def test_a_counted_group_opening_the_sentence_is_no_party() -> None:
    text = f"Trois pharmaciennes affirment que {CLAIM}."
    assert found(text)[0][2] != "named"


# ----- « C, selon X, description, qui V que D »: the claim is before -----
@pytest.mark.parametrize(
    ("source", "relative"),
    [
        ("selon Hélène Vasseur, pharmacienne à Lunel,", "qui précise que"),
        ("selon Marc Dupin, président du syndicat des boulangers,", "qui a ajouté que"),
        ("d'après Hélène Vasseur, chercheuse à l'Inrae,", "qui indiquait que"),
    ],
)
def test_a_claim_before_selon_a_described_name_and_a_relative(source: str, relative: str) -> None:
    text = f"La pénurie durera tout l'hiver, {source} {relative} les stocks sont vides."
    claim, more = found(text)
    assert claim[0] == "La pénurie durera tout l'hiver"
    assert more[0] == "les stocks sont vides"
    assert claim[1] == more[1] == source.split(",")[0].split(" ", 1)[1]


def test_selon_a_name_before_a_subject_with_a_relative_opens_the_claim() -> None:
    text = "Selon Hélène Vasseur, la pharmacie, qui a fermé mardi, rouvrira en mai."
    assert found(text) == [
        ("la pharmacie, qui a fermé mardi, rouvrira en mai", "Hélène Vasseur", "named")
    ]


# ----- impersonal reading cues: the place read in speaks -----
QUOTE = "« Pas de retraite à 64 ans »"


@pytest.mark.parametrize(
    ("text", "speaker", "label"),
    [
        (f"{QUOTE}, pouvait-on lire sur des banderoles.", "des banderoles", "vague"),
        (f"{QUOTE}, a-t-on pu entendre dans la foule.", "la foule", "vague"),
        (f"{QUOTE}, lit-on dans le communiqué du syndicat.", "le syndicat", "named"),
        (f"{QUOTE}, peut-on lire dans un communiqué de la mairie.", "la mairie", "named"),
        ("La réforme coûtera cher, lisait-on dans la lettre de Marc Dupin.", "Marc Dupin", "named"),
        (f"On pouvait lire sur les pancartes : {QUOTE}.", "les pancartes", "vague"),
        (f"On peut lire dans le rapport de l'inspection que {CLAIM}.", "l'inspection", "named"),
    ],
)
def test_a_reading_cue_is_said_by_the_place_read_in(text: str, speaker: str, label: str) -> None:
    [(_, said_by, said_label)] = found(text)
    assert (said_by, said_label) == (speaker, label)


@pytest.mark.parametrize(
    "text",
    [
        "Peut-on lire dans le noir sans s'abîmer les yeux ?",
        "On pouvait lire le journal sur la terrasse.",
        "On peut lire un long portrait de Marc Dupin cette semaine dans M, le magazine du Monde.",
        "On pouvait entendre les oiseaux dans le parc.",
    ],
)
def test_reading_with_no_words_read_reports_nothing(text: str) -> None:
    assert found(text) == []


# ----- an aside between a quotation and its inverted cue -----
SAID = "« Nous n'avons plus rien à donner »"
PERSON = "Hélène Vasseur a ouvert sa pharmacie en 2010. "


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (f"{SAID}, aucun stock n'étant prévu, explique à l'AFP Hélène Vasseur.", "AFP"),
        (f"{PERSON}{SAID}, ajoute-t-elle en souriant.", None),
        (f"{PERSON}{SAID}, la voix brisée, a-t-elle confié.", None),
        (
            f"{SAID}, tout en refusant de fermer, prévenait Hélène Vasseur au Parisien.",
            "Parisien",
        ),
    ],
)
def test_a_quotation_before_an_aside_and_its_inverted_cue(text: str, via: str | None) -> None:
    analysis = analyze(text, "fr")
    [said] = [a for a in analysis.attributions if a.kind == "direct"]
    assert analysis.passage(said.content) == SAID.strip("« »")
    assert said.speaker == "Hélène Vasseur"
    assert (said.via or "").endswith(via or "")


def test_a_participle_in_the_aside_shares_the_inverted_subject() -> None:
    text = f"{SAID}, précisant que les commandes sont bloquées, affirme Hélène Vasseur au Parisien."
    assert found(text) == [
        ("les commandes sont bloquées", "Hélène Vasseur", "named"),
        (SAID.strip("« »"), "Hélène Vasseur", "named"),
    ]


def test_the_rest_of_a_clause_between_quotation_and_cue_is_no_aside() -> None:
    text = (
        "La direction a réuni le personnel. « Quelques salariés restent sur place », mais la "
        "plupart, « liés à la production », sont rentrés chez eux, a-t-elle indiqué."
    )
    analysis = analyze(text, "fr")
    [said] = analysis.attributions
    assert analysis.passage(said.content).endswith("sont rentrés chez eux")
    assert said.kind == "mixed"


# ----- « selon » meaning "depending on" after a verb of varying -----
@pytest.mark.parametrize(
    "text",
    [
        "Les prix des médicaments varient selon les régions.",
        "Les horaires de la pharmacie changeaient selon les saisons.",
        "Les élèves seront répartis selon leur âge.",
        "Le montant de l'aide dépend selon les cas du revenu.",
    ],
)
def test_selon_after_a_verb_of_varying_names_no_source(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hélène Vasseur a parlé. La donne a changé selon elle.", "Hélène Vasseur"),
        ("Les prix ont beaucoup varié, selon l'Insee.", "Insee"),
        ("La situation a évolué selon Marc Dupin.", "Marc Dupin"),
    ],
)
def test_selon_a_source_after_a_verb_of_varying_still_attributes(text: str, speaker: str) -> None:
    assert found(text)[-1][1].endswith(speaker)


# ----- a setting with its noun phrase between an inverted cue and its subject -----
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            f"{SAID}, a affirmé mardi devant les députés la fédération des pharmaciens.",
            "la fédération des pharmaciens",
        ),
        (
            f"{SAID}, déclarait lors de son audition le préfet de l'Hérault.",
            "le préfet de l'Hérault",
        ),
        (f"{SAID}, a expliqué en marge du sommet de l'OTAN Marc Dupin.", "Marc Dupin"),
        (f"{SAID}, estime devant la commission d'enquête une pharmacienne.", "une pharmacienne"),
    ],
)
def test_a_setting_before_an_inverted_subject_is_skipped(text: str, speaker: str) -> None:
    [(_, said_by, _)] = found(text)
    assert said_by == speaker


def test_a_setting_after_the_inverted_subject_stays_out_of_it() -> None:
    [(_, said_by, _)] = found(f"{SAID}, a dit la ministre devant les députés.")
    assert said_by == "la ministre"
