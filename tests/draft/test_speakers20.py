"""speakers20: subject phrases cut wrong, the words taken as the speaker of an attribution
when they are not the one who speaks. Made-up sentences in several forms, and counter-cases
that keep their speaker."""

from __future__ import annotations

import pytest

from quizapp.draft import analyze


def _speakers(text: str) -> list[str]:
    """The speaker of each attribution found in ``text``."""
    return [a.speaker for a in analyze(text, "fr").attributions]


def _speaker_of(text: str, cue: str) -> str | None:
    """The speaker of the attribution whose cue is ``cue``."""
    found = analyze(text, "fr")
    return next(
        (a.speaker for a in found.attributions if a.cue and found.passage(a.cue) == cue), None
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le bourgmestre Paul Durand (PS) annonçait hier avoir écrit au ministre.", "Paul Durand"),
        ("Le maire Jean Roux (LR) a affirmé que la classe fermera.", "Jean Roux"),
        ("La députée Anne Morel (EELV) estime que le projet est mauvais.", "Anne Morel"),
    ],
)
def test_a_party_in_brackets_after_a_titled_name_is_no_speaker(text: str, speaker: str) -> None:
    """A party's acronym in brackets after « title + first name + surname » says whose side the
    person is on: the person speaks, not the bracket (« PS » was read as the speaker)."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Le Parti socialiste (PS) annonçait hier avoir écrit au ministre.", "PS"),
        ("Le collectif Sauvons Nos Écoles (SNE) a affirmé que la classe fermera.", "SNE"),
    ],
)
def test_a_body_keeps_its_own_acronym(text: str, speaker: str) -> None:
    """Counter-case: after a body written with its article the bracket is the body's own
    acronym, which still names the speaker."""
    assert speaker in _speakers(text)[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La veille, les riverains et les commerçants avaient aussi porté plainte et demandant "
            "« une amende par jour de travaux ».",
            "les riverains et les commerçants",
        ),
        (
            "Lundi, le syndicat des cheminots avait déposé un préavis et réclamant « des "
            "embauches immédiates ».",
            "le syndicat des cheminots",
        ),
    ],
)
def test_a_participle_after_et_shares_the_sentence_subject(text: str, speaker: str) -> None:
    """A present participle right after « et » is coordinated with the sentence's verb: its
    speaker is the sentence's subject, not the words before « et »."""
    assert _speakers(text) == [speaker]


def test_a_participle_right_after_a_noun_is_still_that_noun_s() -> None:
    """Counter-case: with no « et » before it, the participle is said by the noun before it."""
    text = "Le maire a reçu un courrier des parents réclamant « une classe de plus »."
    assert _speakers(text) == ["des parents"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Une fermeture à laquelle s'oppose le collectif, arguant que la piscine attire "
            "du monde.",
            "le collectif",
        ),
        (
            "Une réforme que conteste le syndicat, estimant qu'elle coûtera des emplois.",
            "le syndicat",
        ),
        (
            "Un tracé contre lequel se battent les riverains, expliquant qu'il coupe le bourg.",
            "les riverains",
        ),
    ],
)
def test_the_subject_after_an_object_relative_shares_the_participle(
    text: str, speaker: str
) -> None:
    """Words closing on a relative pronoun are the object of the verb after them: the subject
    after that verb shares the participle, not « Une fermeture à laquelle »."""
    participle = next(w for w in text.replace(",", "").split() if w.endswith("ant"))
    assert _speaker_of(text, participle) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Un autre cas a été signalé par l'association à Lyon, déplorant que la limite "
            "n'est pas visible.",
            "l'association",
        ),
        (
            "Le projet est soutenu par la mairie, estimant qu'il attirera des clients.",
            "la mairie",
        ),
    ],
)
def test_the_agent_of_a_passive_shares_the_participle(text: str, speaker: str) -> None:
    """The subject of a passive only undergoes it: the agent after « par » says what the
    participle after it says."""
    participle = next(w for w in text.replace(",", "").split() if w.endswith("ant"))
    assert _speaker_of(text, participle) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Le collectif s'oppose à la fermeture, arguant que la piscine attire du monde.",
            "Le collectif",
        ),
        ("Les élus ont voté contre, estimant que le projet coûte trop cher.", "Les élus"),
    ],
)
def test_an_active_subject_still_shares_the_participle(text: str, speaker: str) -> None:
    """Counter-case: an active sentence's own subject keeps the participle."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'école perdra une classe, comme l'avait indiqué la carte scolaire dévoilée en "
            "février par le rectorat.",
            "le rectorat",
        ),
        (
            "La route fermera, comme l'avait annoncé la liste publiée lundi dernier par la "
            "préfecture de la Loire.",
            "la préfecture de la Loire",
        ),
    ],
)
def test_a_work_speaks_for_its_agent_after_a_setting(text: str, speaker: str) -> None:
    """A work whose participle closes the source speaks for its agent after « par », past a
    short setting (« en février ») the subject reader had cut it before."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "L'école perdra une classe, comme l'avait indiqué la carte scolaire publiée en "
            "février.",
            "la carte scolaire publiée",
        ),
        (
            "Le vol a eu lieu la nuit, comme l'a raconté un homme arrêté hier par la police.",
            "un homme arrêté",
        ),
    ],
)
def test_a_work_with_no_agent_or_a_person_keeps_its_words(text: str, speaker: str) -> None:
    """Counter-cases: no agent after the participle, or a person so described (who speaks)."""
    assert _speakers(text)[0].startswith(speaker)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "La ministre a parlé longtemps. Gardien de prison depuis 2017, secrétaire local "
            "du syndicat, Paul Durand corrobore ces propos : « C'est grave, et cela dure "
            "depuis des années ».",
            "Paul Durand",
        ),
        (
            "Le maire a parlé. Visiblement agacé, Marc Tirole charge : « Vous nous prenez "
            "pour des idiots depuis le début ».",
            "Marc Tirole",
        ),
        (
            "Le maire a parlé. Infirmière au centre hospitalier depuis vingt ans, déléguée "
            "du personnel et mère de trois enfants, Nadia Kerbal renchérit : « On ne tient "
            "plus, il faut des renforts ».",
            "Nadia Kerbal",
        ),
    ],
)
def test_a_name_after_opening_asides_says_the_quotation_after_the_colon(
    text: str, speaker: str
) -> None:
    """A name closing the asides that open the sentence, then a short predicate and a colon:
    the quotation is that person's, not the speaker heard before."""
    assert _speakers(text)[-1] == speaker


def test_a_place_after_opening_asides_says_nothing() -> None:
    """Counter-case: a place (no role word in the asides, no first name of the lexicon) in
    the name's seat says nothing.

    speakers21 folded this asides rule into recall20's rule for a colon quotation whose lead
    names one person (colons/colon_person.named_in_lead), and mended the bug this test had to
    switch that rule off for: « Saint Martin Vésubie » read as a body « Saint » before a
    person « Martin Vésubie »; a place opening on a saint's name is now one place.
    """
    text = (
        "Le préfet a parlé. Après trois semaines de pluie et de vent sur toute la vallée de "
        "la Roya, Saint Martin Vésubie attend toujours : « Les routes sont coupées, les "
        "secours n'arrivent pas »."
    )
    assert not [speaker for speaker in _speakers(text) if "Vésubie" in speaker]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le club assure rester mobilisé pour la saison.", "rester mobilisé pour la saison"),
        ("Le maire assure demeurer confiant pour la suite.", "demeurer confiant pour la suite"),
    ],
)
def test_an_infinitive_of_staying_is_said(text: str, content: str) -> None:
    """« rester », « demeurer » after a verb that reports only in a speech shape say what the
    subject states of itself, as « être » does."""
    found = analyze(text, "fr")
    assert [found.passage(a.content) for a in found.attributions] == [content]


def test_a_verb_of_place_with_no_infinitive_says_nothing() -> None:
    """Counter-case: « rester » as the verb itself, with no reporting verb, says nothing."""
    assert analyze("Le club reste mobilisé pour la saison.", "fr").attributions == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Toutefois de source policière, trois arrestations ont eu lieu dans la nuit.",
            "source policière",
        ),
        ("De sources concordantes, le maire a démissionné hier soir.", "sources concordantes"),
        (
            "Le préjudice, de source judiciaire, atteindrait cinq millions d'euros.",
            "source judiciaire",
        ),
    ],
)
def test_a_source_noun_in_the_according_cue_is_the_speaker_s(text: str, speaker: str) -> None:
    """« de source(s) » ends on the source's own noun: the speaker keeps it (it spoke as
    « policière »)."""
    assert speaker in _speakers(text)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Selon une source policière, trois arrestations ont eu lieu dans la nuit.",
            "une source policière",
        ),
        ("Trois hommes ont été arrêtés, a-t-on appris de source judiciaire.", "source judiciaire"),
    ],
)
def test_other_source_phrases_keep_their_words(text: str, speaker: str) -> None:
    """Counter-cases: « selon » before the source, and the inverted cue read right already."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The council criticised the plan and even said it was illegal.", "The council"),
        ("Parents raised concerns about traffic and also claimed the road was unsafe.", "Parents"),
        ("The union rejected the offer and later warned that strikes would follow.", "The union"),
    ],
)
def test_an_adverb_after_and_keeps_the_first_verb_s_subject(text: str, speaker: str) -> None:
    """An adverb between « and » and a second verb leaves the first verb's subject to it."""
    assert [a.speaker for a in analyze(text, "en").attributions] == [speaker]


def test_a_new_subject_after_and_speaks() -> None:
    """Counter-case: a subject of its own after « and » speaks."""
    text = "The council has criticised the plan and the mayor said it was illegal."
    assert [a.speaker for a in analyze(text, "en").attributions] == ["the mayor"]
