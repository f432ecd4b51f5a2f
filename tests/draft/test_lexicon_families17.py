"""structure17: word sets that sat in the drafter's code are lexicon lists (or one builder
over them) that say the same words. These cases check each family holds its words, in its
own language only, and the readers that used to keep a copy still read them."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.names.naming.gender import someone_words
from quizapp.draft.sources.authored import document_author, document_owner
from quizapp.draft.sources.reading import description_shapes, joins_two
from quizapp.draft.text.sentence.inner_cues import incise_inside
from quizapp.draft.text.sentence.syntax import participial_subject, without_trailing_time
from quizapp.draft.words.lexicon import load, third_person_possessives
from tests.draft.readings import speaker_of


def test_one_set_of_person_words_holds_nouns_trades_genders_and_party_families() -> None:
    words = someone_words(load("fr"))
    assert {"élu", "femme", "cultivateur", "libéral", "porte-parole"} <= words
    assert not {"jour", "proverbe", "gouvernement"} & words
    assert "woman" in someone_words(load("en"))


def test_an_incise_inside_the_quotation_names_an_indefinite_person_not_a_day() -> None:
    lex = load("fr")
    for said, name in (
        ("« Perdu ? glisse un élu", "un élu"),
        ("« Fini, lâche un libéral", "un libéral"),
    ):
        span = incise_inside(said, 0, lex)
        assert span is not None and said[span[0] : span[1]] == name
    assert incise_inside("« Perdu ? glisse un jour", 0, lex) is None


def _author(text: str, language: str) -> str:
    span = document_author(text, (0, len(text)), load(language))
    return "" if span is None else text[span[0] : span[1]]


def test_a_document_speaks_for_the_author_its_language_links_it_to() -> None:
    assert _author("le communiqué du ministère", "fr") == "ministère"
    assert _author("dans une note d'Europol", "fr") == "Europol"
    assert _author("a statement from Google", "en") == "Google"
    assert _author("in a letter by the council", "en") == "the council"
    assert _author("le communiqué officiel", "fr") == "le communiqué officiel"
    assert _author("a statement du ministère", "en") == "a statement du ministère"


def test_a_name_before_an_english_document_owns_it() -> None:
    text = "The Anadolu report"
    span = document_owner(text, (0, len(text)), load("en"))
    assert span is not None and text[span[0] : span[1]] == "Anadolu"


def _said(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


def test_placard_words_are_the_lexicon_s_links_leads_and_settings() -> None:
    listed = (
        "Des parents ont défilé sous les slogans « Non à la fermeture » ou encore « Sauvons-la »."
    )
    assert [said for said, _ in _said(listed)] == ["Non à la fermeture » ou encore « Sauvons-la"]
    assert _said("A Lyon, des parents ont défilé sous les slogans « Non à la fermeture ».") == [
        ("Non à la fermeture", "des parents")
    ]
    assert _said("Et cette ado aussi avec sa pancarte : « Je veux grandir, pas servir ».") == [
        ("Je veux grandir, pas servir", "cette ado")
    ]


def test_a_description_takes_up_the_one_named_but_one_of_a_group_does_not() -> None:
    heard = "« Rien ne bouge », a regretté Paul Lestrade. « Nous ferons appel », a ajouté "
    assert speaker_of(heard + "le ministre.", "Nous ferons appel") == "Paul Lestrade"
    assert speaker_of(heard + "l'une des sources.", "Nous ferons appel") == "l'une des sources"
    seized = "Jean Morel a saisi son avocat, Me Paul Girard. « Nous ferons appel », a déclaré "
    assert speaker_of(seized + "l'avocat.", "Nous ferons appel") == "Me Paul Girard"


def test_each_language_lists_its_own_possessives() -> None:
    fr, en = load("fr"), load("en")
    assert third_person_possessives(fr) == {"son", "sa", "leur"}
    assert third_person_possessives(en) == {"his", "her", "its", "their"}
    assert fr.word_set("person_possessives") == {"son", "sa"}
    assert en.word_set("body_possessives") == {"its", "their"}
    assert fr.word_set("plural_possessives") == {"ses", "leurs"}
    assert not en.word_set("plural_possessives")


def test_each_language_lists_its_own_definite_articles() -> None:
    fr, en = load("fr"), load("en")
    assert fr.word_set("definite_articles") == {"le", "la", "les", "l'"}
    assert fr.word_set("singular_definite_articles") == {"le", "la", "l'"}
    assert en.word_set("definite_articles") == en.word_set("singular_definite_articles") == {"the"}


def test_a_latter_pronoun_is_one_phrase_with_its_elided_article_apart_or_not() -> None:
    fr, en = load("fr"), load("en")
    for written in ("ce dernier", "celle-ci", "l'intéressée", "l' intéressée", "ces dernières"):
        assert fr.is_phrase("latter_pronouns", written)
    assert not fr.is_phrase("latter_pronouns", "ce dernier mot")
    assert not fr.is_phrase("latter_pronouns", "the latter")
    assert en.is_phrase("latter_pronouns", "the latter")
    assert (
        speaker_of(
            "Paul Morel a rencontré Anne Roux. « Rien ne bouge », a déploré cette dernière.",
            "Rien ne bouge",
        )
        == "Anne Roux"
    )


def _content_and_speaker(text: str, language: str) -> tuple[str, str]:
    analysis = analyze(text, language)
    first = analysis.attributions[0]
    return analysis.passage(first.content), first.speaker


def test_according_to_opens_or_closes_its_claim_by_each_language_s_words() -> None:
    opening = "Mais, toujours selon le ministère, la route restera fermée tout l'hiver."
    assert _content_and_speaker(opening, "fr") == (
        "la route restera fermée tout l'hiver",
        "le ministère",
    )
    closing = "La route restera fermée, selon une source, sans plus de précisions."
    assert _content_and_speaker(closing, "fr") == ("La route restera fermée", "une source")
    english = "But, still according to the ministry, the road will stay closed all winter."
    assert _content_and_speaker(english, "en")[1] == "the ministry"
    aside = "The road will stay closed, according to a source, without giving details."
    assert _content_and_speaker(aside, "en") == ("The road will stay closed", "a source")


def test_a_source_loses_the_time_words_of_its_own_language_only() -> None:
    cases = [
        ("The Pentagon on Sunday morning", "en", "The Pentagon"),
        ("Sources all universally", "en", "Sources"),
        ("Le ministère lundi matin", "fr", "Le ministère"),
        ("Le ministère aussi", "fr", "Le ministère"),
        ("The Pentagon aussi", "en", "The Pentagon aussi"),
    ]
    for text, language, source in cases:
        span = without_trailing_time(text, (0, len(text)), load(language))
        assert text[span[0] : span[1]] == source


def test_an_english_passive_agent_after_a_weekday() -> None:
    text = "The plan was criticised on Monday by the council, which wants more."
    assert _content_and_speaker(text, "en")[1] == "the council"


def test_description_shapes_read_each_language_s_determiners() -> None:
    described, pointed = description_shapes(load("fr"))
    assert described.match("le psychanalyste") and described.match("cette mère")
    assert pointed.match("cette mère") and not pointed.match("la mère")
    assert not described.match("this mother") and not described.match("cela dit")
    english, _ = description_shapes(load("en"))
    assert english.match("the official") and english.match("this mother")
    assert joins_two(load("fr")).search("L'Ukraine et les Occidentaux")
    assert not joins_two(load("en")).search("L'Ukraine et les Occidentaux")


def test_a_participial_subject_follows_its_own_language_s_preposition() -> None:
    cases = [
        ("The plan stalled, with some experts saying", "en", "some experts saying"),
        ("Le plan est bloqué, avec des experts estimant", "fr", "des experts estimant"),
        ("Le plan est bloqué, with some experts saying", "fr", None),
    ]
    for text, language, phrase in cases:
        span = participial_subject(text, (0, len(text)), load(language))
        assert (text[span[0] : span[1]] if span else None) == phrase
