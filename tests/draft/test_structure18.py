"""structure18: detect/according.py split in three (the phrase, the claim, the shapes) and its
words read from the lexicon, each language its own, as are the word sets of sources/labels and
speakers/subjects; drafting leaves out the findings whose source opens their words in one
place. These cases check the lists hold their words and their readers read them as before."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting.draft_base import DraftBase
from quizapp.draft.sources.labels import circle_of_name, described_person, name_in_complement
from quizapp.draft.speakers.subjects import camp_before, without_adverbs
from quizapp.draft.words.lexicon import fold, load


def _found(text: str, language: str) -> list[tuple[str, str]]:
    found = analyze(text, language).attributions
    return [(a.speaker, text[a.content[0] : a.content[1]]) for a in found]


def test_the_lists_around_according_hold_their_own_language_words() -> None:
    fr, en = load("fr"), load("en")
    assert {"qui", "ayant", "s'exprimant"} <= fr.word_set("source_phrase_stops")
    assert {"who", "which", "having", "speaking"} <= en.word_set("source_phrase_stops")
    assert not fr.word_set("source_phrase_stops") & en.word_set("source_phrase_stops")
    assert fr.words("source_phrase_joins") == ["et"] and en.words("source_phrase_joins") == ["and"]
    assert {"dont", "qui", "où"} == fr.word_set("source_aside_relatives")
    assert {"whose", "which"} == en.word_set("source_aside_relatives")
    assert fr.phrases("refusal_leads") == (("pas", "question"),) and not en.phrases("refusal_leads")
    assert fr.words("own_information") == [] and en.words("own_information") == ["our information"]


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        (
            "fr",
            "Selon un proche qui a requis l'anonymat, le ministre va partir bientôt.",
            "un proche",
        ),
        ("fr", "Selon un élu ayant assisté à la réunion, le ministre va partir bientôt.", "un élu"),
        (
            "en",
            "According to an official who asked not to be named, the minister will go.",
            "an official",
        ),
        (
            "en",
            "According to a source speaking on condition of anonymity, the minister will go.",
            "a source",
        ),
    ],
)
def test_a_relative_or_a_participle_ends_the_source_with_no_comma(
    language: str, text: str, speaker: str
) -> None:
    assert [s for s, _ in _found(text, language)] == [speaker]


def test_the_outlets_own_information_names_no_source_in_english() -> None:
    """« Selon nos informations » is a vague source since passive54 (test_passive54)."""
    assert _found("According to our information, the minister will resign soon.", "en") == []
    assert _found("Selon nos confrères, le ministre va démissionner bientôt.", "fr") != []


def test_an_aside_relative_after_the_source_is_not_the_claim() -> None:
    fr = _found(
        "D'après Le Point, dont le numéro paraît jeudi, le ministre va partir bientôt.", "fr"
    )
    assert fr == [("Le Point", "le ministre va partir bientôt")]
    en = _found(
        "According to the Times, whose edition appears on Sunday, the minister will go.", "en"
    )
    assert en == [("the Times", "the minister will go")]


def test_a_refusal_is_what_its_source_says_and_a_plain_question_is_none() -> None:
    text = "Pas question pour Paris de commenter les rumeurs sur le départ du ministre."
    assert _found(text, "fr") == [("Paris", text[:-1])]
    assert _found("Une question pour Paris de savoir si le ministre partira bientôt.", "fr") == []


def test_statements_leave_out_a_source_that_opens_its_own_words_for_every_reader() -> None:
    text = "Officials said the plan would cost more. The council said it would wait."
    found = analyze(text, "en")
    sound = found.attributions[0]
    opening = replace(sound, source=(sound.content[0], sound.content[0] + 8))  # "the plan"
    analysis = replace(found, attributions=(sound, opening))
    base = DraftBase(analysis, load("en").raw["wording"])
    assert opening not in base.readings and sound in base.readings
    assert base.statements() == base.readings
    assert base.statements(lambda a: a is not sound) == []
    assert opening not in base.quotable()


def _words(phrase: str) -> list[str]:
    return fold(phrase).replace("'", "' ").split()


def test_the_lists_of_source_labels_and_subjects_hold_their_own_language_words() -> None:
    fr, en = load("fr"), load("en")
    assert {"de", "dans", "sur"} <= fr.word_set("complement_prepositions")
    assert {"of", "at", "with"} <= en.word_set("complement_prepositions")
    assert not fr.word_set("complement_prepositions") & en.word_set("complement_prepositions")
    assert "porte-parole" in fr.word_set("spokesperson_nouns")  # and « représentant », labels34
    assert not fr.word_set("spokesperson_nouns") & en.word_set("spokesperson_nouns")
    assert "spokeswoman" in en.word_set("spokesperson_nouns")
    assert en.words("complement_marks") == ["of"]
    assert {"aussi", "également"} <= fr.word_set("carried_adverbs")
    assert {"also", "itself"} <= en.word_set("carried_adverbs")
    assert fr.words("camp_pronouns") == ["on", "l'on"] and en.words("camp_pronouns") == [
        "they",
        "we",
    ]


def test_a_name_in_a_complement_is_someone_elses_but_a_spokespersons_body_stays() -> None:
    fr, en = load("fr"), load("en")
    for phrase, lex in (("le conseiller d'Emmanuel Macron", fr), ("the wife of John Smith", en)):
        assert name_in_complement(phrase, _words(phrase), lex)
    for phrase, lex in (
        ("le porte-parole du ministère de l'Intérieur", fr),
        ("a spokesman for the Home Office", en),
    ):
        assert not name_in_complement(phrase, _words(phrase), lex)


def test_a_complement_ends_the_search_for_a_person_noun_and_a_circle_needs_de() -> None:
    fr, en = load("fr"), load("en")
    assert described_person(_words("le rapport de l'avocat"), fr) is None
    assert described_person(_words("the report of the lawyer"), en) is None
    assert described_person(_words("the lawyer"), en) == "lawyer"
    assert circle_of_name(_words("les services de l'État"), fr)
    assert not circle_of_name(_words("les services à l'État"), fr)


def test_carried_adverbs_and_the_camp_pronoun_are_read_in_the_texts_language() -> None:
    fr, en = load("fr"), load("en")
    assert without_adverbs("il aussi", fr) == "il" and without_adverbs("it also", en) == "it"
    assert without_adverbs("il also", fr) == "il also"
    police = "Du côté de la police, on met en avant la sécurité."
    assert camp_before(police, 0, police.index("on met"), fr) == "la police"
    nurses = "Among the nurses, they say the pay is too low."
    assert camp_before(nurses, 0, nurses.index("they"), en) == "the nurses"
    mixed = "Du côté de la police, they met."
    assert camp_before(mixed, 0, mixed.index("they"), fr) is None


def test_a_noun_after_a_preposition_is_no_antecedent_in_either_language() -> None:
    fr, en = load("fr"), load("en")
    assert {"dans", "chez", "vers"} <= fr.word_set("antecedent_prepositions")
    assert {"in", "near", "on"} <= en.word_set("antecedent_prepositions")
    assert not fr.word_set("antecedent_prepositions") & en.word_set("antecedent_prepositions")
    text = "L'homme arrêté dans le Val-de-Marne, qui nie les faits, a dit qu'il était innocent."
    # « nie les faits » reports too since cues19 (« nier » takes its object as « démentir »)
    assert {s for s, _ in _found(text, "fr")} == {"L'homme arrêté dans le Val-de-Marne"}
    text = "A man held in London, who denies the charges, said he was innocent."
    assert [s for s, _ in _found(text, "en")] == ["A man held in London"]
