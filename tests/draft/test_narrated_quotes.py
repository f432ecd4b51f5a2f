"""A quotation inside a sentence of narration, with no verb of saying (made-up sentences,
narration33, rules/narrated.py and subjects/person_subject.py): the sentence's subject, read
as grammar, said it when it is a person, a body or a pronoun taking one up, rather than the
person heard last; never when it is a thing, when the subject underwent a passive, when the
quotation is a document's text or a title, or when a relative clause stands between."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind

_BEFORE = "« Le vote aura lieu ce soir », a annoncé le président, Marc Olivier. "


def _second(sentence: str) -> list[tuple[str, str, str]]:
    """The findings after the lead's quotation."""
    return content_speaker_kind(_BEFORE + sentence)[1:]


def test_a_named_subject_after_an_apposition_with_a_verb_no_lexicon_lists() -> None:
    sentence = (
        "Conseiller depuis douze ans et candidat malheureux, Paul Garnier n'avait « jamais "
        "entendu une salle aussi remontée » ce soir-là."
    )
    assert _second(sentence) == [
        (
            "n'avait « jamais entendu une salle aussi remontée » ce soir-là",
            "Paul Garnier",
            "mixed",
        )
    ]


def test_a_described_subject_past_a_connective_and_an_adverb() -> None:
    """A description for subject, in a paragraph no speaker was heard in just before."""
    text = (
        "Le conseil s'est réuni lundi.\n\nEt désormais, la nouvelle directrice de l'hôpital se "
        "présente comme « la garante du service public »."
    )
    assert content_speaker_kind(text) == [
        (
            "se présente comme « la garante du service public »",
            "la nouvelle directrice de l'hôpital",
            "mixed",
        )
    ]


def test_a_cue_whose_object_was_refused_leaves_the_sentence_to_its_subject() -> None:
    sentence = (
        "Au conseil, Paul Garnier s'est d'ailleurs félicité d'une « vraie écoute de "
        "l'opposition depuis le début du mandat », mais aussi du budget."
    )
    assert [speaker for _, speaker, _ in _second(sentence)] == ["Paul Garnier"]


def test_no_speaker_from_a_thing_a_passive_a_document_or_a_title() -> None:
    """Counter-cases: two people joined (speakers21), a quotation that says what the subject
    is, one after a colon (the colon rules'), a thing for subject, an impersonal « il », a
    subject that underwent a passive, a song's title, a participle that qualifies a noun, a
    relative clause between."""
    for sentence, subject in (
        ("Après des années, Lucie et Gaspard n'ont « plus aucune envie de se battre ».", "Lucie"),
        ("Les salariés restent « dans une situation bien difficile » depuis mars.", "Les sal"),
        ("Le fils de Paul rend visite à Marc Tirole : « Il dort mal et se lève tôt. »", "Le fils"),
        ("Depuis lundi, la salle des fêtes accueille « une exposition sur le bois ».", "la salle"),
        ("Au fond, il pourrait s'agir d'un « malentendu entre les deux services ».", "il"),
        ("Au fond de la salle, Paul Garnier a été reçu par « les commerçants du centre ».", "Paul"),
        ("Au matin, les manifestants ont entonné « On ne lâche rien » en chœur.", "les manif"),
        (
            "Au matin, les soignants ont observé une minute de silence dédiée à « tous les "
            "patients partis trop tôt ».",
            "les soignants",
        ),
        (
            "Au matin, Paul Garnier a reçu les riverains, qui réclament « une vraie solution ».",
            "Paul",
        ),
    ):
        speakers = [speaker for _, speaker, _ in _second(sentence)]
        assert not any(speaker.startswith(subject) for speaker in speakers), sentence


def test_words_the_subject_found_heard_denied_or_underwent_are_not_its_own() -> None:
    """review33: between the subject and the quotation stands a noun phrase (a message
    found, an appeal set aside, another speaker), a negation or a preposition, so the words
    are someone else's, a denial or what the subject underwent; the subject's own verb with
    its clitics and adverbs alone lets them be its own (the cases above)."""
    for subject, predicate in (
        ("Paul Garnier", "a découvert sur sa porte un mot « partez d'ici, vous n'êtes rien »."),
        ("Julie Morin", "cite souvent la devise de sa grand-mère, « ne rien lâcher à personne »."),
        ("Le maire", "a écarté la demande des parents de « garder la cantine ouverte le soir »."),
        ("Le maire", "a écouté les riverains scander « rendez-nous la piscine dès demain »."),
        ("Le maire", "ne croit guère à une « reprise rapide de l'activité du port »."),
        ("La ministre", "essuie depuis des semaines « une pluie de critiques sur sa réforme »."),
        ("Le gérant", "a écopé d'une amende pour « travail dissimulé et fraude aux aides »."),
        ("Le maire", "a répliqué aux critiques des élus sur « un budget mal ficelé et coûteux »."),
    ):
        sentence = f"{subject} {predicate}"
        speakers = [speaker for _, speaker, _ in content_speaker_kind(sentence)]
        assert subject not in speakers, sentence


def test_a_short_quotation_opening_on_an_infinitive_is_the_subjects_verb_phrase() -> None:
    """narration34: three quoted words opening on an infinitive are the subject's own verb
    phrase; three quoted words of a noun phrase stay nobody's."""
    sentence = "La ministre Anne Roux entend « tendre la main » aux élus de la vallée."
    assert _second(sentence) == [
        ("entend « tendre la main » aux élus de la vallée", "Anne Roux", "mixed")
    ]
    noun = "Les agriculteurs préparent une nouvelle « marche de la colère » pour jeudi."
    assert _second(noun) == []
