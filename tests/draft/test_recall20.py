"""recall20: French constructions the nineteenth round's unseen articles (blind19a, blind19b and
blind19d, now heldout) missed and the whole corpus holds in more than one batch, each written
out in made-up sentences over word orders and source kinds, with the counter-cases that must
stay as they were."""

from __future__ import annotations

import pytest

from tests.draft.readings import content_speaker_kind

_ARTICLE = "Titre\n\nLa chaleur a frappé le village toute la semaine.\n\n{sentence}\n"


# ----- a quotation after a colon whose lead names one person -----
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Une matinée difficile pour le boulanger, Lucien Marchal : « Le four est tombé en "
            "panne à cinq heures du matin. »",
            "Lucien Marchal",
        ),
        (
            "Une journée difficile pour Odile Brun, maraîchère à Cléon : « Toutes mes salades "
            "ont brûlé en deux jours. »",
            "Odile Brun",
        ),
        (
            "Le fils de Martine, huit ans, en subit les effets : « Il dort mal et il est fatigué "
            "toute la journée. »",
            "Martine",
        ),
        (
            "Comme le lui a conseillé le médecin, sa mère, Martine, gardera l'enfant à la maison "
            "mardi pour qu'il reste au frais : « C'est la première fois que ça arrive, il fait "
            "trop chaud. »",
            "Martine",
        ),
        (
            "Et la maire du village, Odile Brun, qui décide d'en appeler au préfet, sans se "
            "faire trop d'illusion : « La loi, c'est la loi, voilà ce qu'on va me répondre. »",
            "Odile Brun",
        ),
    ],
)
def test_a_colon_quotation_goes_to_the_one_person_its_lead_names(
    sentence: str, speaker: str
) -> None:
    """« Une matinée difficile pour le boulanger, X : « … » »: no subject the continuation
    rule reads before the colon, but one named person: the quotation is theirs."""
    found = content_speaker_kind(_ARTICLE.format(sentence=sentence))
    quoted = sentence.split("« ", 1)[1].rstrip(" »")
    assert found == [(quoted, speaker, "direct")]


@pytest.mark.parametrize(
    "sentence",
    [
        # two people named before the colon: whose words they are is not said
        "Le fils de Martine rend visite à Lucien Marchal mardi : « Il dort mal et il est "
        "fatigué toute la journée. »",
        # nobody named
        "Les orages ont frappé le village mardi : « Tout a été détruit en dix minutes. »",
        # a title, not words said
        "Un cadeau pour Odile Brun, la libraire du village : « Le Petit Prince ».",
    ],
)
def test_a_colon_quotation_with_no_one_person_named_stays_unsaid(sentence: str) -> None:
    """Two people, none, or a quotation too short to be words said: nothing is found."""
    assert content_speaker_kind(_ARTICLE.format(sentence=sentence)) == []


# ----- a quotation after a colon, alone in the rest of its sentence -----
_HEARD = (
    "Titre\n\nLa grêle a frappé le village samedi. « Tout le toit est à refaire », raconte "
    "Lucien Marchal, retraité.\n\n{sentence}\n"
)


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        (
            "Un couvreur est venu évaluer les dégâts samedi matin mais le retraité doit encore "
            "patienter avant les travaux : « J'ai appelé trente artisans. »",
            "J'ai appelé trente artisans.",
        ),
        (
            "Dans son jardin aussi, les dégâts sont considérables après un quart d'heure de "
            "grêle : « Je n'ai plus une seule tomate debout. »",
            "Je n'ai plus une seule tomate debout.",
        ),
        (
            "Depuis samedi, il dort dans le salon de sa fille et attend toujours un couvreur : "
            "« On m'a promis quelqu'un pour lundi. »",
            "On m'a promis quelqu'un pour lundi.",
        ),
    ],
)
def test_a_colon_quotation_alone_after_its_colon_goes_on_with_the_last_speaker(
    sentence: str, quoted: str
) -> None:
    """A long lead with no subject read, then a colon and a quotation that is all the
    sentence says from there: a lone quotation, weighed from the colon, the last speaker's
    words, its content inside the marks."""
    found = content_speaker_kind(_HEARD.format(sentence=sentence))
    assert found[1:] == [(quoted, "Lucien Marchal", "direct")]


def test_a_colon_quotation_the_sentence_goes_on_after_is_not_alone() -> None:
    """« … : « J'ai appelé trente artisans », et l'assurance ne répond toujours pas … »: the
    quotation is not all the sentence says after the colon; nothing is added."""
    sentence = (
        "Un couvreur est venu évaluer les dégâts samedi matin mais le retraité doit encore "
        "patienter : « J'ai appelé trente artisans », et l'assurance ne répond toujours pas à "
        "ses courriers depuis des semaines."
    )
    found = content_speaker_kind(_HEARD.format(sentence=sentence))
    assert found == [("Tout le toit est à refaire", "Lucien Marchal", "direct")]


# ----- a word set off after a closing cue takes the « que » clause itself -----
_SPOKE = "Titre\n\nLa ministre Odile Brun a parlé mardi devant les députés.\n\n{sentence}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le dossier ira en justice, a-t-elle ajouté, persuadée que des recours seront déposés.",
        "Le dossier ira en justice, a-t-elle ajouté, convaincue que des recours seront déposés.",
        "Le dossier ira en justice, a ajouté Odile Brun, persuadée que des recours seront déposés.",
        "Le dossier ira en justice, affirme-t-elle, certaine que des recours seront déposés.",
    ],
)
def test_an_adjective_set_off_after_a_closing_cue_keeps_its_own_que(sentence: str) -> None:
    """« A, a-t-elle ajouté, persuadée que B »: « que » is the adjective's, the verb reports A,
    and its speaker is the minister (not A's first words)."""
    found = content_speaker_kind(_SPOKE.format(sentence=sentence))
    assert ("Le dossier ira en justice", "Odile Brun", "indirect") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Odile Brun a ajouté, mardi, que le dossier irait en justice.",
        "Odile Brun a ajouté que le dossier irait en justice.",
    ],
)
def test_a_que_after_the_verb_or_a_time_set_off_is_the_verb_s(sentence: str) -> None:
    """« a ajouté, mardi, que B »: a comma right before « que », the clause is the verb's."""
    found = content_speaker_kind(_SPOKE.format(sentence=sentence))
    assert found == [("le dossier irait en justice", "Odile Brun", "indirect")]


# ----- a paper's title in quotation marks after « selon » -----
@pytest.mark.parametrize(
    ("phrase", "speaker"),
    [
        ("selon «The Independent»", "The Independent"),
        ("selon « Le Parisien »", "Le Parisien"),
        ("d'après «Le Dauphiné libéré»", "Le Dauphiné libéré"),
    ],
)
def test_a_title_in_marks_after_selon_names_the_source(phrase: str, speaker: str) -> None:
    """« C, selon «The Independent». »: the marks hold the paper's name, which says C."""
    text = (
        "Titre\n\nLa station de ski ferme ses portes.\n\n"
        f"Elle aurait perdu 500 000 euros la saison dernière, {phrase}.\n"
    )
    found = content_speaker_kind(text)
    assert found == [
        ("Elle aurait perdu 500 000 euros la saison dernière", speaker, "according_to")
    ]


def test_a_long_quotation_after_selon_is_no_title() -> None:
    """« selon « Nous avons perdu beaucoup d'argent » »: words said, not a name; no source."""
    text = (
        "Titre\n\nLa station de ski ferme ses portes.\n\n"
        "Elle aurait perdu 500 000 euros, selon « Nous avons perdu beaucoup d'argent cette "
        "saison-là avec la neige ».\n"
    )
    assert all(f[1] != "Nous avons perdu beaucoup d'argent" for f in content_speaker_kind(text))


# ----- a verb the lexicon does not know, inverted after a quotation opening its sentence -----
_HAIL = "Titre\n\nLa grêle a frappé le vignoble samedi.\n\n{sentence}\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("« La récolte est perdue à moitié » liste Odile Brun, du château Piconat.", "Odile Brun"),
        ("« La récolte est perdue à moitié », soupèse le vigneron.", "le vigneron"),
        (
            "« La récolte est perdue à moitié » essaie de relativiser Odile Brun, du château "
            "Piconat.",
            "Odile Brun",
        ),
        (
            "« La récolte est perdue à moitié », temporalise un autre viticulteur.",
            "un autre viticulteur",
        ),
        ("« La récolte est perdue à moitié » conclue Lucien Marchal.", "Lucien Marchal"),
    ],
)
def test_an_unknown_verb_after_a_quotation_opening_the_sentence(
    sentence: str, speaker: str
) -> None:
    """« «…» liste X », « «…», soupèse le vigneron », « «…» conclue X » (a typo): between a
    quotation that opens the sentence and a subject that closes it, the word is the cue."""
    found = content_speaker_kind(_HAIL.format(sentence=sentence))
    assert found == [("La récolte est perdue à moitié", speaker, "direct")]


@pytest.mark.parametrize(
    "sentence",
    [
        # the quotation is a name inside the subject, not words said
        "Les bénévoles de l'association « Touche pas à mes vignes » sillonnent les coteaux.",
        # a preposition, not a verb
        "« La récolte est perdue à moitié » dans le vignoble de Bergerac.",
        # a participle
        "« Une récolte perdue », lancée au lendemain de la grêle, la campagne appelle aux dons.",
    ],
)
def test_no_verb_after_a_quotation_reads_no_cue(sentence: str) -> None:
    """A quotation inside the subject, a preposition or a participle after it: no cue."""
    assert content_speaker_kind(_HAIL.format(sentence=sentence)) == []
