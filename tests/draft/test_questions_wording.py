"""The wording of drafted questions: enough proposals and none twice, reported speech never
shown as a quotation, verbs agreeing with plural speakers, French spacing, explanations a
student learns from, paragraphs named as the student sees them. Made-up articles only."""

from __future__ import annotations

import re

import pytest

from quizapp.draft import analyze
from quizapp.draft.drafting import edits
from quizapp.draft.drafting.classify_questions import ClassifyQuestions
from quizapp.draft.drafting.questions import draft_questions
from quizapp.draft.drafting.wording.clauses import is_clause
from quizapp.draft.drafting.wording.passages import inner_marks as in_marks
from quizapp.draft.drafting.wording.passages import reported_cut
from quizapp.draft.drafting.wording.speaker_openings import in_sentence, is_plural, opening_words
from quizapp.draft.words.lexicon import load

ARTICLE = (
    "Les boulangers en colère contre la hausse du beurre\n\n"
    "Selon la fédération (FNB) des boulangers, 30% des boutiques ont augmenté leurs prix. "
    "Le ministère de l’Agriculture publie, de son côté, un chiffre de 12%.\n\n"
    "Les artisans boulangers affirment que le beurre a doublé en un an.\n\n"
    "A l’appel de la fédération, un rassemblement est prévu à Lyon à midi.\n\n"
    "D’autres rassemblements sont annoncés dans plusieurs villes, selon la presse régionale."
)


def drafted(text: str = ARTICLE, language: str = "fr") -> list[dict]:
    return draft_questions(analyze(text, language))


def plain(prompt: str) -> str:
    """A French prompt with its no-break spaces as spaces (they are tested on their own)."""
    return prompt.replace("\u00a0", " ")


def texts(question: dict) -> list[str]:
    items = [item["explanation"] for item in question.get("items", [])]
    return [question["prompt"], question.get("explanation", ""), *items]


def test_an_ordinary_article_gets_enough_proposals_and_none_twice() -> None:
    questions = drafted()
    assert len(questions) >= 8
    assert len({q["prompt"] for q in questions}) == len(questions)
    who = [q for q in questions if q["type"] == "single_choice"]
    statements = [q for q in questions if q["type"] == "true_false"]
    assert who and statements
    answers = [q["answer"] for q in statements]
    # as many true as false, or one more true in a set short of twelve (teacher17)
    assert 0 <= answers.count(True) - answers.count(False) <= (len(questions) <= 12)
    asked = {q["evidence"][0] for q in who}
    for statement in statements:  # never "who said it" asked again as "X said it: true?"
        assert not (statement["evidence"][0] in asked and "qui affirme" in statement["prompt"])


def test_reported_speech_is_reported_never_quoted() -> None:
    who = [q for q in drafted() if q["type"] == "single_choice"]
    prompts = [plain(q["prompt"]) for q in who]
    assert "Qui affirme que 30% des boutiques ont augmenté leurs prix, selon l’article ?" in prompts
    assert all("« 30%" not in p and "« le beurre" not in p for p in prompts)
    assert any("qui affirme que d’autres rassemblements" in p.lower() for p in prompts)


def test_a_direct_quotation_keeps_its_own_words_between_quotation_marks() -> None:
    text = (
        "Titre\n\n«Nous tiendrons les délais», a déclaré la maire, Anne Roux. "
        "Paul Martin a affirmé que rien n'était joué. Selon les riverains, le bruit dure."
    )
    prompts = [plain(q["prompt"]) for q in drafted(text) if q["type"] == "single_choice"]
    assert "Qui dit « Nous tiendrons les délais », selon l’article ?" in prompts


def test_plural_speakers_take_a_plural_verb() -> None:
    assert is_plural("Les enseignants grévistes") and is_plural("the striking nurses")
    assert not is_plural("la presse locale") and not is_plural("the ministry")
    questions = drafted()
    kinds = [q["prompt"] for q in questions if q["prompt"].startswith("Dans l’article, les")]
    assert kinds and all(" sont " in prompt for prompt in kinds)
    assert not any(re.search(r"c’est les|qui dit ", q["prompt"]) for q in questions
                   if "artisans" in q["prompt"])  # fmt: skip


def test_french_wording_has_its_spaces_and_no_doubled_stops() -> None:
    for question in drafted():
        for text in texts(question):
            assert not re.search(r"\w[:?!]", text), text
            assert ".:" not in text and ". :" not in text
        for item in question.get("items", []):
            assert not item["claim"].endswith(".")


def test_explanations_name_the_cue_the_speaker_and_the_kind_of_source() -> None:
    explanations = [t for q in drafted() for t in texts(q)[1:]]
    vague = next(t for t in explanations if "presse régionale" in t)
    assert vague.startswith("« selon la presse régionale » : ")
    assert "groupe vague" in vague or "source nommée" in vague
    named = next(t for t in explanations if "FNB" in t)
    assert "« Selon la fédération (FNB) »" in named and "nomme" in named
    classify = next(q for q in drafted() if q["type"] == "classify")
    assert "cherchez" in classify["explanation"]  # addressed to the student


def test_paragraphs_are_named_by_their_first_words_not_counted_with_the_headline() -> None:
    prompts = [plain(q["prompt"]) for q in drafted() if q["type"] == "classify"]
    assert prompts and not any("Paragraphe" in p for p in prompts)
    assert any(p.startswith("« Selon la fédération (FNB)") for p in prompts)  # (teacher13)


def test_english_wording_agrees_and_reports() -> None:
    text = (
        "Bakers angry\n\n"
        "The striking bakers said that butter prices had doubled. "
        "According to the ministry, prices rose by 12%. Anne Roux said that nothing was decided."
    )
    prompts = [q["prompt"] for q in drafted(text, "en")]
    assert any(p.startswith("Who claims that") for p in prompts)
    assert not any("the striking bakers is" in p or "the striking bakers says" in p
                   for p in prompts)  # fmt: skip


def test_helpers_cut_reported_speech_at_a_clause_and_lower_only_determiners() -> None:
    long = "Les prix montent, " + "et encore " * 40 + "fin"
    assert reported_cut(long).endswith("[…]") and reported_cut(long).count(",") >= 0
    assert in_sentence("D’autres villes") == "d’autres villes"
    assert in_sentence("Anne Roux") == "Anne Roux"


def test_the_opening_words_come_from_the_data_file_in_both_spellings() -> None:
    words = opening_words()
    assert {"plusieurs", "several"} <= words.plural_openers
    assert {"l'", "l’", "the", "ils"} <= words.lowered_openers
    assert "ministère" not in words.lowered_openers and "ministry" not in words.plural_openers
    assert in_sentence("Plusieurs élus") == "plusieurs élus"
    assert in_sentence("L’Élysée") == "l’Élysée" and in_sentence("Lyon") == "Lyon"


def test_a_sentence_opening_on_a_capital_a_is_a_clause_a_bare_verb_is_not() -> None:
    assert is_clause("A l'appel des syndicats, une marche est prévue.", "fr", sentence=True)
    assert not is_clause("a requis l'anonymat, la décision est prise", "fr", sentence=False)


def test_a_kind_of_source_statement_follows_a_relabelled_finding() -> None:
    analysis = analyze(ARTICLE, "fr")
    drafts = draft_questions(analysis)
    index = next(i for i, a in enumerate(analysis.attributions) if "presse" in a.speaker)
    row = next(r for r, d in enumerate(drafts) if "presse régionale est" in d["prompt"])
    says_named = drafts[row]["prompt"].endswith("une source nommée.")  # true or false: either
    assert drafts[row]["answer"] is not says_named  # the finding is a vague group
    _, fixed, changed = edits.relabelled(analysis, index, "named", drafts, {})
    assert row in changed and fixed[row]["answer"] is says_named
    assert fixed[row]["explanation"].startswith("Vrai. " if says_named else "Faux. ")
    assert "source nommée" in fixed[row]["explanation"]


def test_a_quotation_ending_on_its_own_stop_gets_no_second_one_and_english_marks() -> None:
    text = (
        "Title\n\n"
        "“We will not close the school.” said Anne Roux. “Nothing is decided,” said Paul Martin. "
        "“The vote is on Monday,” said Jane Doe. Critics said that the plan was rushed."
    )
    questions = drafted(text, "en")
    assert not any(re.search(r"[.!?][”»]\.", q["prompt"]) for q in questions)
    # teacher13: « … un chiffre de 12%. ». (a space before « » »); without the artisans'
    # statement, which teacher15's locate of the cue takes, the claim is judged true
    french = drafted(ARTICLE.replace(ARTICLE.split("\n\n")[2] + "\n\n", ""))
    claims = [q["prompt"] for q in french if "sans l’attribuer" in q["prompt"]]
    assert claims and not any(re.search(r"[.!?]\s*[”»]\.", p) for p in claims)
    assert not any("«" in q.get("explanation", "") for q in questions)


def test_who_prompts_start_with_what_tells_them_apart() -> None:
    """teacher12: « Selon l’article, qui dit : … » made every who-said-this of a set read alike
    in the editor's list; the quotation or the reported words come first."""
    prompts = [q["prompt"] for q in drafted() if q["type"] == "single_choice"]
    assert len(prompts) >= 2
    assert len({prompt[:22] for prompt in prompts}) == len(prompts)


def test_french_prompts_never_leave_a_mark_alone_at_a_line_start() -> None:
    """teacher12: the review's list broke « …, selon l'article » and « ? » over two lines."""
    prompts = [q["prompt"] for q in drafted()]
    assert any("\u00a0?" in p for p in prompts) and any("«\u00a0" in p for p in prompts)
    assert not any(re.search(r" [?:!;»]|« ", p) for p in prompts)
    text = (
        "Bakers angry\n\n“Prices doubled,” Anne Roux said. Critics said that nothing was decided."
    )
    english = [q["prompt"] for q in drafted(text, "en")]
    assert english and not any("\u00a0" in p for p in english)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_classify_prompts_start_with_the_paragraph_that_tells_them_apart(language: str) -> None:
    """teacher13: four drafted classify questions read « 1. Dans le paragraphe qui commence
    p… » alike in the editor's list; the paragraph's opening words come first."""
    text = ARTICLE if language == "fr" else (
        "Bakers angry\n\n"
        "“Prices doubled,” Anne Roux said. The federation counts 300 shops in the region.\n\n"
        "Critics said that the plan was rushed. The vote is on Monday at noon in the town hall."
    )  # fmt: skip
    prompts = [q["prompt"] for q in drafted(text, language) if q["type"] == "classify"]
    by_paragraph = [p for p in prompts if p[:1] in "«“"]
    assert by_paragraph
    assert len({p[:22] for p in by_paragraph}) == len(by_paragraph)


@pytest.mark.parametrize(
    ("language", "text", "start"),
    [
        ("fr", "Titre\n\n«La circulation est conforme», a indiqué un porte-parole de la SNCF. "
               "La moitié des TER circulent mercredi. Une grève bien trop longue ?",
         "«\u00a0“La circulation est conforme”"),
        ("en", "Title\n\n“Traffic is normal,” a rail spokesman said. Critics said that the "
               "strike was a failure. The vote is on Monday at noon in the town hall.",
         "“‘Traffic is normal,’"),
    ],
)  # fmt: skip
def test_a_paragraph_opening_on_a_quotation_is_named_with_inner_marks(
    language: str, text: str, start: str
) -> None:
    """teacher13: « «La circulation est conforme aux… » : … » opened on two marks."""
    prompts = [q["prompt"] for q in drafted(text, language) if q["type"] == "classify"]
    assert any(p.startswith(start) for p in prompts), prompts


def test_a_quotation_cut_by_its_cue_is_shown_with_matched_inner_marks() -> None:
    """teacher13: « «À la prise de service des agents», il n’y a «pas eu de surprises» »
    was shown « agents”, il n’y a “pas eu… »: a closing mark with no opening, an opening
    one never closed. Each inner mark the passage's ends leave alone is matched."""
    text = (
        "Titre\n\n«La circulation est conforme», a indiqué un porte-parole de la SNCF. «À la "
        "prise de service des agents», il n’y a «pas eu de surprises particulières», a-t-il "
        "ajouté.\n\nSelon la CGT, la grève est très suivie. Paul Roux, un usager, a affirmé "
        "que son train était bondé."
    )
    prompts = [q["prompt"] for q in drafted(text)]
    cut = [p for p in prompts if "prise de service" in p]
    assert cut and all("“À la prise de service des agents”" in p for p in cut), cut
    for prompt in prompts:
        assert prompt.count("“") == prompt.count("”"), prompt
    assert in_marks("agents», il n’y a «pas eu", "fr") == "“agents”, il n’y a “pas eu”"
    assert in_marks("it’s “fine", "en") == "it’s ‘fine"  # English ’ is also an apostrophe


IMPERSONAL = (
    "Le maire quitte son poste\n\n"
    "« Je pars la tête haute », a déclaré le maire, Paul Roux, lundi.\n\n"
    "« Le budget est tenu », a affirmé l’adjointe aux finances, Anne Morel.\n\n"
    "On dit en ville que le budget a dérapé depuis deux ans.\n\n"
    "« Il fallait partir », a estimé un conseiller municipal."
)


def test_the_impersonal_on_is_an_answer_without_marks_of_its_own() -> None:
    """« On dit » speaks as « une voix impersonnelle »: an option « un « on » impersonnel »
    put marks inside marks, odd as an answer (teacher13's walk-through)."""
    questions = drafted(IMPERSONAL)
    options = [o["text"] for q in questions for o in q.get("options", [])]
    assert "Une voix impersonnelle" in options  # ui40: an option opens on a capital
    said = [q for q in questions if "a dérapé" in q["prompt"] and q["type"] == "single_choice"]
    assert said and said[0]["options"][0] == {"text": "Une voix impersonnelle", "correct": True}
    for question in questions:
        assert "« on »" not in str(question).lower()


@pytest.mark.parametrize(
    ("text", "acronym", "named"),
    [
        ("Selon l'ONU, « la faim progresse ».", "ONU", "l'ONU"),
        ("« Rien ne change », a affirmé la CGT mardi.", "CGT", "la CGT"),
        ("Le PS estime que « le budget est insincère ».", "PS", "le PS"),
        ("« Nous irons au bout », ont assuré les LR.", "LR", "les LR"),
        (  # review14: a name opening on an acronym (teacher14's own article)
            "« Comparer les tarifs est un parcours du combattant », affirme l'UFC-Que Choisir.",
            "UFC-Que Choisir",
            "l'UFC-Que Choisir",
        ),
        ("« Le réseau est saturé », a indiqué la SNCF Voyageurs.", "SNCF Voyageurs", "la SNCF"),
    ],
)
def test_a_french_acronym_is_named_with_the_article_the_text_gives_it(
    text: str, acronym: str, named: str
) -> None:
    """teacher14 read « c'est UFC qui affirme » and « la source est UFC »: French writes
    « l'UFC », « la CGT »; the article the text gives the acronym is kept."""
    article = (
        f"Titre du jour\n\n{text}\n\n« Je pars », a déclaré le maire, Paul Roux.\n\n"
        "« Le budget est tenu », a affirmé l’adjointe, Anne Morel.\n\n"
        "« Tout ira bien », a estimé un conseiller municipal."
    )
    questions = drafted(article)
    words = " ".join(str(q) for q in questions)
    assert named in words or named.capitalize() in words
    assert not re.search(rf"(?:est|c’est|Dans l’article,) {acronym}\b", words)


def test_an_acronym_without_an_article_in_the_text_or_in_english_stays_bare() -> None:
    bare = drafted(
        "Titre\n\n« Les ventes montent », a indiqué BFMTV.\n\n"
        "« Je pars », a déclaré le maire, Paul Roux.\n\n« Tout ira bien », a dit Anne Morel."
    )
    assert "BFMTV" in str(bare) and "l'BFMTV" not in str(bare) and "la BFMTV" not in str(bare)
    english = drafted(
        'Title\n\n"Flights resume," the FAA said.\n\n"I am leaving," Paul Ross said.\n\n'
        '"All is well," Anne Moore said.',
        "en",
    )
    assert "the FAA" not in " ".join(o["text"] for q in english for o in q.get("options", []))


PREFECTURE = (
    "Le maire est parti\n\n"
    "Lors d'un entretien mardi, M. Durand « a présenté sa démission au préfet, qui l'a "
    "acceptée », précise la préfecture.\n\n"
    "Le préfet a indiqué à Paul Morel « qu'un maire absent peut perdre ses indemnités », "
    "selon la mairie.\n\n"
    "Paul Morel estime que « la commune a tenu bon »."
)


def test_reported_content_closes_the_quotation_its_cue_cut_and_says_que_once() -> None:
    """teacher16: « Qui affirme que lors d'un entretien mardi, M. X « a présenté sa démission
    au préfet, qui l'a acceptée, selon l'article ? » left its quotation open (the content
    ends where the cue cut it); « Qui affirme que « qu'un maire… » » said « que » twice."""
    prompts = [plain(q["prompt"]) for q in drafted(PREFECTURE)]
    assert prompts
    for prompt in prompts:
        assert prompt.count("«") == prompt.count("»"), prompt
        assert not re.search(r"\bque « qu", prompt), prompt
    assert any("« qu'un maire absent" in p or "« qu’un maire absent" in p for p in prompts)


def test_a_claim_to_classify_closes_the_quotation_its_cue_cut() -> None:
    classify = [q for q in drafted(PREFECTURE) if q["type"] == "classify"]
    claims = [item["claim"] for q in classify for item in q["items"]]
    assert any("« a présenté sa démission" in claim for claim in claims), claims
    for claim in claims:
        assert claim.count("«") == claim.count("»"), claim


@pytest.mark.parametrize(
    ("article", "language", "dateline"),
    [
        (
            "Le maire a démissionné\n\nPublié le 2 décembre 2025 - La Gazette\n\n"
            "Le maire a quitté ses fonctions mardi. « Je pars », a dit Paul Morel. "
            "Selon la préfecture, un successeur sera élu. Des habitants disent être soulagés.",
            "fr",
            "Publié le 2 décembre 2025",
        ),
        (
            "Council closes depot\n\nThe Weekly Post | 21 May 2025\n\n"
            "The depot closed on Monday. “We had no choice,” said Anna Lee. "
            "According to police, enquiries continue. Some residents say they are relieved.",
            "en",
            "21 May 2025",
        ),
    ],
)
def test_a_dateline_is_no_claim_to_classify(article: str, language: str, dateline: str) -> None:
    """teacher16: « Publié le 2 décembre 2025 - TNTV News » was a claim to classify, « Le
    média lui-même », as "Brighton and Hove News | 21 May 2025" was; a headline with a verb
    and a year stays one."""
    claims = [i["claim"] for q in drafted(article, language) for i in q.get("items", [])]
    assert claims
    assert not [c for c in claims if dateline in c], claims
    analysis = analyze(article, language)
    builder = ClassifyQuestions(analysis, load(language).raw["wording"])
    line = article.split("\n\n")[1]
    start = article.index(line)
    assert builder._dateline((start, start + len(line)))
    headline = article.split("\n\n")[0]
    assert not builder._dateline((0, len(headline)))  # no year
    sentence = "Le maire a quitté ses fonctions mardi" if language == "fr" else "The depot closed"
    start = article.index(sentence)
    assert not builder._dateline((start, start + len(sentence)))
