"""mend56c: quotes56's inverted-clitic gap and aside before a subject take only a speech
verb after a quotation that opens its sentence, in no question, before someone who speaks."""

from quizapp.draft import analyze


def _found(text: str) -> list[tuple[str, str]]:
    analysis = analyze(text, "fr")
    return [(text[a.content[0] : a.content[1]], a.speaker) for a in analysis.attributions]


def test_a_title_before_an_inverted_verb_in_a_question_is_no_quotation() -> None:
    assert _found("« Le Grand Meaulnes » demeure-t-il un roman pour les collégiens ?") == []
    assert _found("« La Peste » sera-t-elle relue à la rentrée prochaine ?") == []


def test_a_speech_verb_inverted_on_its_clitic_still_signs() -> None:
    found = _found("« Nous tiendrons bon » répète-t-elle, le regard fixé sur l'usine.")
    assert found == [("Nous tiendrons bon", "elle")]


def test_a_slogan_named_in_narration_gives_no_speaker_after_an_aside() -> None:
    text = "Le slogan « Touche pas à ma gare » reprend, depuis mardi, les mots des usagers."
    assert _found(text) == []


def test_a_subject_that_cannot_speak_is_not_read_past_an_aside() -> None:
    text = "« Entrée libre », indique, comme chaque été, le programme de la fête."
    assert all(speaker != "le programme de la fête" for _, speaker in _found(text))


def test_an_aside_before_a_person_is_still_skipped() -> None:
    found = _found("« Nous reviendrons », promet, très calme, la maire Anne Morel.")
    assert [speaker for _, speaker in found] == ["Anne Morel"]


def test_an_abbreviated_title_after_an_aside_can_speak() -> None:
    text = (
        "« Nous voyons des retards, surtout pour les listes, dans pas mal de communes », a "
        "expliqué à la presse, sans détailler, M. Diallo, qui dirige le parti."
    )
    assert [speaker for _, speaker in _found(text)] == ["M. Diallo"]
