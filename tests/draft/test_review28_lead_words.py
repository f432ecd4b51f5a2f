"""Three modules read words that tidy28 took from code to the lexicon; review28 keeps each
reading what it read before: the words before a subject name, the words before the head of
a restricted verb's object, the words opening an English description after its source.
Made-up cases, each with a counter-case that reads as before."""

from __future__ import annotations

from quizapp.draft.speakers.name_leads import subject_leads
from quizapp.draft.text.sentence.sentence_parts import participle_afterthought
from quizapp.draft.words.lexicon import load


def test_one_opens_a_description_after_its_source() -> None:
    english = load("en")
    assert participle_afterthought(" one longtime critic of the plan.", english)
    assert participle_afterthought(" a teacher at the village school.", english)


def test_a_demonstrative_or_a_number_opens_no_description() -> None:
    english = load("en")
    assert not participle_afterthought(" this coming winter.", english)
    assert not participle_afterthought(" two more seasons.", english)


def test_a_possessive_is_no_lead_before_a_subject_name() -> None:
    assert not {"son", "sa", "leurs", "mon"} & subject_leads(load("fr"))
    assert not {"his", "their", "my"} & subject_leads(load("en"))
    assert {"le", "l'", "hier", "ancien"} <= subject_leads(load("fr"))
    assert {"the", "former", "prime"} <= subject_leads(load("en"))


def test_the_object_head_is_found_past_the_same_words_as_before() -> None:
    french = load("fr").word_set("object_skipped_words")
    assert {"les", "de", "sa", "notre", "nos"} <= french
    assert not {"au", "aux", "mon", "votre"} & french
