"""The kind a finding's own marks say, whatever shape found it (made-up sentences, kinds49,
pipeline/quoted_kinds): a content that is one whole quotation is *direct*, inside its marks;
the later paragraph of a quotation, ending on a mark it never opened, is *direct* without the
mark; a French first-person clause printed without marks before its inverted cue is *direct*.
Never a single quoted word, nor a quotation ending a clause an « according to » cuts, nor a
clause in the third person."""

from __future__ import annotations

from tests.draft.readings import content_speaker_kind


def test_a_quoted_object_is_direct_inside_its_marks() -> None:
    text = "Le maire Jean Roux dénonce « une dérive grave du projet ». Il s'en va."
    assert content_speaker_kind(text) == [("une dérive grave du projet", "Jean Roux", "direct")]


def test_a_quotation_after_que_is_direct() -> None:
    text = "Jean Roux affirme que « le projet est mort depuis longtemps »."
    want = [("le projet est mort depuis longtemps", "Jean Roux", "direct")]
    assert content_speaker_kind(text) == want


def test_a_quotation_after_an_opening_selon_is_direct() -> None:
    text = "Selon Jean Roux, « le projet est mort depuis longtemps »."
    want = [("le projet est mort depuis longtemps", "Jean Roux", "direct")]
    assert content_speaker_kind(text) == want


def test_a_quotation_before_selon_is_direct() -> None:
    text = "« Le projet est mort depuis longtemps », selon Jean Roux."
    want = [("Le projet est mort depuis longtemps", "Jean Roux", "direct")]
    assert content_speaker_kind(text) == want


def test_a_quotation_ending_a_clause_cut_by_selon_stays_according_to() -> None:
    text = "Son utilisation constitue, selon Jean Roux, « une atteinte à la vie privée »."
    want = [("« une atteinte à la vie privée »", "Jean Roux", "according_to")]
    assert content_speaker_kind(text) == want


def test_a_single_quoted_word_stays_as_its_shape_read_it() -> None:
    text = "Jean Roux juge la décision « honteuse »."
    assert content_speaker_kind(text) == [("la décision « honteuse »", "Jean Roux", "mixed")]


def test_a_quotations_later_paragraph_is_direct_without_its_closing_mark() -> None:
    text = (
        "« Nous avons fini les travaux du pont.\n\nNous allons ouvrir la route en mai », a "
        "déclaré Jean Dupont."
    )
    assert content_speaker_kind(text) == [
        ("Nous avons fini les travaux du pont", "Jean Dupont", "direct"),
        ("Nous allons ouvrir la route en mai", "Jean Dupont", "direct"),
    ]


def test_an_unmarked_first_person_clause_before_its_cue_is_direct() -> None:
    text = "Je n'ai jamais réclamé le soutien du parti, dit Jean Roux."
    want = [("Je n'ai jamais réclamé le soutien du parti", "Jean Roux", "direct")]
    assert content_speaker_kind(text) == want


def test_an_unmarked_first_person_plural_before_an_inverted_cue_is_direct() -> None:
    text = "Nous voterons ce soir, assure Jean Roux, qui préside le conseil."
    assert content_speaker_kind(text) == [("Nous voterons ce soir", "Jean Roux", "direct")]


def test_an_unmarked_third_person_clause_stays_indirect() -> None:
    text = "Le vote aura lieu ce soir, dit Jean Roux."
    assert content_speaker_kind(text) == [("Le vote aura lieu ce soir", "Jean Roux", "indirect")]


def test_an_english_quotation_after_that_is_direct() -> None:
    text = "Councillor John Smith said that “the plan is a waste of public money”."
    want = [("the plan is a waste of public money", "John Smith", "direct")]
    assert content_speaker_kind(text, "en") == want


def test_an_english_quoted_object_is_direct() -> None:
    text = "John Smith called for “an urgent review of the whole scheme”."
    want = [("an urgent review of the whole scheme", "John Smith", "direct")]
    assert content_speaker_kind(text, "en") == want
