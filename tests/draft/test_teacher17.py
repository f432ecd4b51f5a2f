"""teacher17: an article quoting one source drafts true/false on its words too (false: "the
article gives this with no source"), true/false fill a set short of twelve, and the later
paragraphs of a quotation running over several are never asked as the outlet's own."""

from __future__ import annotations

from quizapp.draft import analyze
from quizapp.draft.drafting.draft_base import MAX_TRUE_FALSE, SET_SIZE
from quizapp.draft.drafting.questions import draft_questions

ONE_SOURCE_FR = (
    "Le club sanctionné\n\n"
    "« Nous ferons appel de cette décision », a déclaré Jean Morel, président du club. "
    "« Les joueurs ne sont pas responsables », a-t-il ajouté. "
    "« Le stade restera ouvert », a-t-il précisé. "
    "« Nous avons confiance dans la justice », a encore dit Jean Morel. "
    "« La saison n'est pas finie », a-t-il conclu. "
    "« Les supporters seront remboursés », a promis Jean Morel. "
    "« Nous garderons nos joueurs », a assuré Jean Morel."
)

ONE_SOURCE_EN = (
    "Club punished\n\n"
    "“We will appeal this decision,” said Jane Morel, the club's chair. "
    "“The players are not to blame,” she added. "
    "“The stadium will stay open,” she said. "
    "“We trust the courts,” Jane Morel said. "
    "“The season is not over,” she said. "
    "“Fans will be refunded,” Jane Morel promised. "
    "“We will keep our players,” Jane Morel said."
)

RUNNING_QUOTATION = (
    "Council leader quits\n\n"
    "The leader of the council resigned on Tuesday after a row over bin collections.\n\n"
    "A council spokesperson said: “The leader has stood down with immediate effect.\n\n"
    "“He will continue to serve as a councillor for the ward.\n\n"
    "“Interim arrangements will involve the two deputy leaders.”\n\n"
    "Paul Hughes, the opposition leader, said: “This is a sad day for the county.”\n\n"
    "More than 3,300 people signed a petition against the changes in July."
)


def _statements(text: str, language: str) -> list[dict]:
    return [q for q in draft_questions(analyze(text, language)) if q["type"] == "true_false"]


def test_one_source_words_are_asked_false_as_written_with_no_source() -> None:
    for text, language, marker in ((ONE_SOURCE_FR, "fr", "sans l’attribuer"),
                                   (ONE_SOURCE_EN, "en", "without attributing")):  # fmt: skip
        statements = _statements(text, language)
        unsourced = [q for q in statements if marker in q["prompt"]]
        assert unsourced and not any(q["answer"] for q in unsourced), language
        for question in unsourced:  # the explanation names who says it
            assert "Morel" in question["explanation"]
        true = sum(q["answer"] for q in statements)
        assert 0.3 <= true / len(statements) <= 0.7


def test_true_false_fill_a_set_short_of_twelve_and_never_ask_twice() -> None:
    things = ["le stade", "le budget", "le centre", "le maillot", "le bus", "le car", "le logo"]
    sentences = [f"« Nous changerons {thing} », a déclaré Jean Morel." for thing in things]
    sentences += [f"« Nous garderons {thing} », a-t-il ajouté." for thing in things]
    questions = draft_questions(analyze("Le club\n\n" + " ".join(sentences), "fr"))
    statements = [q for q in questions if q["type"] == "true_false"]
    assert len(statements) > MAX_TRUE_FALSE and len(questions) >= SET_SIZE
    prompts = [q["prompt"] for q in questions]
    assert len(prompts) == len(set(prompts))


def test_a_long_article_keeps_its_true_false_to_the_usual_number() -> None:
    speakers = ["Anne Roux", "Paul Martin", "Marc Blanc", "Julie Petit"]
    sentences = [
        f"« Le projet numéro {n} avance bien », a déclaré {speakers[n % 4]}." for n in range(1, 25)
    ]
    questions = draft_questions(analyze("Le projet\n\n" + " ".join(sentences), "fr"))
    assert len(questions) > SET_SIZE
    assert sum(q["type"] == "true_false" for q in questions) <= MAX_TRUE_FALSE + 1


def test_a_running_quotation_is_never_asked_as_the_outlets_own() -> None:
    questions = draft_questions(analyze(RUNNING_QUOTATION, "en"))
    for question in questions:
        if question["type"] == "true_false" and "without attributing" in question["prompt"]:
            assert "continue to serve" not in question["prompt"]
            assert "Interim arrangements" not in question["prompt"]
        for item in question.get("items", []):
            if "continue to serve" in item["claim"] or "Interim" in item["claim"]:
                assert item["label"] not in ("fact", "author"), item


def test_said_within_holds_a_running_quotations_later_paragraphs_only() -> None:
    analysis = analyze(RUNNING_QUOTATION, "en")
    held = {analysis.passage(c.span).strip("“”") for c in analysis.unattributed
            if analysis.said_within(c.span)}  # fmt: skip
    assert "He will continue to serve as a councillor for the ward." in held
    plain = [analysis.passage(c.span) for c in analysis.unattributed
             if not analysis.said_within(c.span)]  # fmt: skip
    assert any("petition" in passage for passage in plain)  # the outlet's own words stay
    assert not analysis.said_within((5, 5))


IMPERSONAL_EN = (
    "Council leader quits\n\n"
    "It's understood a message was sent to members later in the meeting. "
    "“We will appoint a new leader,” said Paul Hughes. "
    "“The budget is safe,” said Anne Roux. "
    "“Bins will be collected every three weeks,” said Mark Blanc. "
    "“This is a sad day,” said Julie Petit."
)


def test_an_impersonal_voice_is_never_named_by_its_words() -> None:
    """ "it is understood" was a wrong option of every who-said-this, and « According to the
    article, it is understood says: “…” » a statement. Since english23 an English voice that
    names nobody is no speaker at all (the keys give it none): no question names it, nor
    offers an empty option."""
    analysis = analyze(IMPERSONAL_EN, "en")
    [voice] = [found for found in analysis.attributions if found.speaker == ""]
    assert analysis.passage(voice.cue) == "It's understood"
    questions = draft_questions(analysis)
    texts = []
    for question in questions:
        texts += [question["prompt"]] + [o["text"] for o in question.get("options", [])]
        texts += [pair["right"] for pair in question.get("pairs", [])]
    assert not any("understood" in text.lower() for text in texts)
    assert not any("an impersonal voice is" in text.lower() for text in texts)
    assert "" not in texts


def test_a_source_that_opens_its_own_words_gets_no_question() -> None:
    text = (
        "Bins row\n\n"
        "It came once opponents criticised the proposed change from fortnightly collections. "
        "“We will appoint a new leader,” said Paul Hughes. “The budget is safe,” said Anne Roux."
    )  # « It came as opponents criticised… » speaks as « opponents » since english22
    analysis = analyze(text, "en")
    odd = [a for a in analysis.attributions if "proposed change" in a.speaker]
    assert odd, "the shape this guards against is no longer found: the test can go"
    for question in draft_questions(analysis):
        texts = [question["prompt"]] + [o["text"] for o in question.get("options", [])]
        assert not any("proposed change from fortnightly" in t for t in texts[1:]), question
        assert "the proposed change from fortnightly collections claim" not in texts[0]


def test_a_question_of_the_outlets_is_never_put_in_a_speakers_mouth() -> None:
    text = (
        "Le ministre en visite\n\n"
        "Le ministre a visité trois communes de l'île en trois jours. "
        "Mais était-il vraiment nécessaire de se payer un séjour aux frais du contribuable ? "
        "« Nous avons beaucoup appris », a déclaré Philippe Vigier. "
        "« Je reviendrai », a-t-il ajouté."
    )
    for question in draft_questions(analyze(text, "fr")):
        if question["type"] == "true_false":
            assert not ("affirme" in question["prompt"] and "?" in question["prompt"]), question


def test_an_english_plural_speaker_takes_a_plural_verb() -> None:
    """teacher16 read "Police claims that…"; "opponents", "council officials" are plural,
    "Reuters", "the business", "Police Scotland" are not."""
    from quizapp.draft.drafting.wording.phrasing import Phrasing
    from quizapp.draft.words.lexicon import load

    phrasing = Phrasing(analyze("Nothing here.", "en"), load("en").raw["wording"])
    for speaker in ("Police", "the police", "West Midlands Police", "opponents",
                    "council officials"):  # fmt: skip
        assert phrasing.forms(speaker)["claims"] == "claim", speaker
    for speaker in ("Reuters", "the business", "Police Scotland", "a council spokesperson"):
        assert phrasing.forms(speaker)["claims"] == "claims", speaker
    french = Phrasing(analyze("Rien ici.", "fr"), load("fr").raw["wording"])
    assert french.forms("la commission des finances")["claims"] == "affirme"
