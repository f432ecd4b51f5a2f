"""French statements the drafter did not find (recall26): « Avant de » opening a sentence
before a reporting infinitive and what is said (a colon, « que », a quotation mark) goes on
with the last speaker, as « Et de » does (« Avant de poursuivre : « … » »); a time clause
(« Avant de répondre aux questions, il… ») reports nothing; an apostrophe typed as a straight
quotation mark after an elided word (« nous n"avons ») closes no quotation; the subject of a
cue closing its sentence ends before a gerund (« …, a annoncé la radio en citant… ») or after
an acronym in brackets (« …, a regretté la Fédération (FFN) après… »). Short made-up
sentences, each with a counter-case."""

from __future__ import annotations

from quizapp.draft import Analysis, analyze


def found(analysis: Analysis) -> list[tuple[str, str]]:
    """(content, speaker) of every attribution."""
    return [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]


LEAD = "L'adjoint Marc Leroy a critiqué le budget lundi soir. "


def test_avant_de_and_a_colon_continue_the_last_speaker() -> None:
    text = LEAD + "Avant de poursuivre : « Vous foncez droit dans le mur. »"
    assert ("Vous foncez droit dans le mur.", "Marc Leroy") in found(analyze(text, "fr"))


def test_avant_d_and_que_continue_the_last_speaker() -> None:
    text = LEAD + "Avant d'ajouter que la ville devait réduire sa dette."
    assert found(analyze(text, "fr")) == [("la ville devait réduire sa dette", "Marc Leroy")]


def test_avant_de_and_a_quotation_with_no_colon() -> None:
    text = LEAD + "Avant de conclure « Nous voterons contre ce texte. »"
    said = [speaker for content, speaker in found(analyze(text, "fr")) if "voterons" in content]
    assert said == ["Marc Leroy"]


def test_a_time_clause_opened_by_avant_de_reports_nothing() -> None:
    text = "Le maire Paul Martin a visité l'école. Avant de répondre aux questions, il a salué."
    assert found(analyze(text, "fr")) == []


def test_avant_de_inside_a_sentence_is_no_narrative_infinitive() -> None:
    text = "Le maire a pris le temps de visiter l'école avant de conclure la réunion."
    assert found(analyze(text, "fr")) == []


def test_an_apostrophe_typed_as_a_straight_mark_closes_no_quotation() -> None:
    text = '"Nous ne partirons pas, nous n"avons plus rien" regrette Marc Leroy.'
    assert found(analyze(text, "fr")) == [
        ('Nous ne partirons pas, nous n"avons plus rien', "Marc Leroy")
    ]


def test_an_apostrophe_typed_after_l_and_qu() -> None:
    text = '"Il faut qu"on rouvre l"école" estime Marc Leroy.'
    assert found(analyze(text, "fr")) == [('Il faut qu"on rouvre l"école', "Marc Leroy")]


def test_a_straight_mark_glued_to_a_longer_word_still_closes() -> None:
    from quizapp.draft.text.quotation_marks import quotations
    from quizapp.draft.text.segment import paragraphs

    text = 'Les familles menacées de "déguerpis"sements attendent.'
    assert quotations(text, paragraphs(text)) == [(25, 36)]


def test_a_gerund_after_the_subject_of_a_closing_cue_is_its_manner() -> None:
    text = (
        "La mairie a décidé de fermer la piscine jusqu'en juin, a annoncé la radio locale "
        "en citant un courrier adressé aux clubs de natation de toute la région."
    )
    assert found(analyze(text, "fr")) == [
        ("La mairie a décidé de fermer la piscine jusqu'en juin", "la radio locale")
    ]


def test_a_gerund_with_its_clitic() -> None:
    text = (
        "Les dossiers renvoyés vont encore s'accumuler, soupire la juge en s'efforçant de "
        "rallumer un vieil ordinateur qui refuse obstinément de démarrer ce matin."
    )
    assert found(analyze(text, "fr")) == [
        ("Les dossiers renvoyés vont encore s'accumuler", "la juge")
    ]


def test_an_acronym_in_brackets_ends_the_subject_of_a_closing_cue() -> None:
    text = (
        "C'est un jour sombre pour le football, a regretté la Fédération nationale (FFN) "
        "après le verdict du tribunal qui lui a pourtant donné raison contre le club."
    )
    [(content, speaker)] = found(analyze(text, "fr"))
    assert content == "C'est un jour sombre pour le football" and "Fédération" in speaker


def test_en_before_no_gerund_stays_part_of_a_long_object() -> None:
    text = (
        "La mairie a décidé de fermer la piscine, a annoncé la radio en pleine séance du "
        "conseil municipal de la commune et de ses villages voisins."
    )
    assert [speaker for _, speaker in found(analyze(text, "fr"))] == ["La mairie"]
