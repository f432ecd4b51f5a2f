"""questions51: drafted questions a teacher accepts, on made-up texts.

(a) At most two who-said-this share one right answer: a third and a fourth with the same
speaker and the same wrong options ask nothing new; the statements left go to true/false.
(b) The outlet's own words are a claim to classify or a true/false statement only as a
sentence of the article: never the words after a colon, nor those before a comma.
(c) A pronoun after a short fronted phrase (« Pendant trois heures, ils… ») and « c'est le
cas » point back as an opening pronoun does: never given falsely to a speaker.
"""

from quizapp.draft import analyze
from quizapp.draft.drafting.questions import _Builder, draft_questions
from quizapp.draft.drafting.wording.clauses import in_own_sentence
from quizapp.draft.drafting.wording.pronouns import pronoun_first
from quizapp.draft.findings import Analysis
from quizapp.draft.words.lexicon import load

_MAYOR = (
    "Le maire hésite\n\n"
    "Le conseil municipal s'est réuni jeudi soir à Lamotte, en présence du préfet Paul Girard "
    "et de la députée Anne Roux.\n\n"
    "« Je ne sais pas encore si je me représenterai », a déclaré Jean Morel, maire de Lamotte.\n\n"
    "« La commune a beaucoup changé en vingt ans », a ajouté Jean Morel.\n\n"
    "« Mes petits-enfants comptent beaucoup pour moi », a confié Jean Morel.\n\n"
    "« J'ai aimé chaque jour de ce mandat », a conclu Jean Morel.\n\n"
    "« Nous attendons sa décision », a indiqué Luc Martin, adjoint au maire."
)


def _who_answers(text: str) -> list[str]:
    questions = draft_questions(analyze(text, "fr"))
    return [
        next(o["text"] for o in q["options"] if o.get("correct"))
        for q in questions
        if q["type"] == "single_choice"
    ]


def test_at_most_two_who_said_this_share_an_answer() -> None:
    answers = _who_answers(_MAYOR)
    assert answers.count("Jean Morel") == 2, answers


def test_the_statements_left_become_true_false() -> None:
    questions = draft_questions(analyze(_MAYOR, "fr"))
    asked = " ".join(q["prompt"] for q in questions if q["type"] == "true_false")
    quotes = ("pas encore", "beaucoup changé", "petits-enfants", "chaque jour")
    assert sum(words in asked for words in quotes) >= 1, asked


_FAIR = (
    "Une foire pour les artisans\n\n"
    "Elle a ouvert ce jeudi : 42e foire de Lamotte qui met à l'honneur les artisans. "
    "Lors du conseil municipal du 3 avril (budget), les élus d'opposition ont dénoncé des "
    "achats inutiles. Les stands resteront ouverts jusqu'à dimanche.\n\n"
    "« Ce ne sont pas des achats inutiles », a répondu Jean Morel, maire de Lamotte.\n\n"
    "« Nous voulons des comptes », a déclaré Luc Martin, élu d'opposition."
)


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_a_sentence_of_the_article_stands_as_one() -> None:
    stands = _span(_FAIR, "Les stands resteront ouverts jusqu'à dimanche.")
    assert in_own_sentence(_FAIR, stands, "fr")
    assert in_own_sentence("A dit ; Les stands ferment.", (7, 26), "fr")


def test_a_clause_before_an_apposed_relative_stands_as_one() -> None:
    text = "Le maire n'était pas présent lorsque le préfet a présenté le projet, qui coûte cher."
    assert in_own_sentence(text, (0, text.index(",")), "fr")


def test_words_after_a_colon_or_before_a_comma_do_not() -> None:
    fair = _span(_FAIR, "42e foire de Lamotte qui met à l'honneur les artisans.")
    assert not in_own_sentence(_FAIR, fair, "fr")
    council = _span(_FAIR, "Lors du conseil municipal du 3 avril (budget)")
    assert not in_own_sentence(_FAIR, council, "fr")


def test_no_question_shows_a_piece_of_a_sentence_as_the_outlet_s() -> None:
    questions = draft_questions(analyze(_FAIR, "fr"))
    shown = [q["prompt"] for q in questions] + [
        item["claim"] for q in questions for item in q.get("items", [])
    ]
    assert not [s for s in shown if "42e foire" in s or s.startswith("Lors du conseil")], shown


def _builder(analysis: Analysis) -> _Builder:
    return _Builder(analysis, load(analysis.language).raw["wording"])


def _whole(text: str, language: str = "fr") -> bool:
    analysis = analyze(text, language)
    return pronoun_first(analysis, (0, len(text)))


def test_a_pronoun_after_a_fronted_phrase_points_back() -> None:
    assert _whole("Pendant trois heures, ils ont défilé dans les rues de la ville.")
    assert _whole("Last year, they voted against the plan.", "en")
    assert not _whole("En 2015, il faut partir avant la nuit.")  # an impersonal « il »
    assert not _whole("Pendant trois heures, les salariés ont défilé dans la ville.")


def test_c_est_le_cas_points_back() -> None:
    assert _whole("C'est le cas du lac de Nantua, à une heure de Lyon.")
    assert _whole("C’était le cas du week-end dernier.")
    assert not _whole("C'est une première pour la commune de Lamotte.")


_MARCH = (
    "Une marche pour l'usine\n\n"
    "Les 130 salariés de l'usine ont organisé une marche samedi. Pendant trois heures, ils "
    "ont défilé dans les rues de la ville. Les repreneurs ont encore un mois pour se "
    "manifester.\n\n"
    "« Je suis très heureuse de voir tous ces gens », a expliqué Nathalie Vaumaise, déléguée "
    "syndicale.\n\n"
    "« Nous ne lâcherons rien », a déclaré Paul Girard, secrétaire du syndicat."
)


def test_no_false_statement_gives_a_fronted_pronoun_to_a_speaker() -> None:
    questions = draft_questions(analyze(_MARCH, "fr"))
    false = [q["prompt"] for q in questions if q["type"] == "true_false" and not q["answer"]]
    assert not [p for p in false if "ils ont défilé" in p], false


# mend51c (review51 F5): a dispatch's lead after its dateline, and a list item after its
# bullet or number, are sentences of the article; a dash inside a line opens none.
_DATELINES = (
    ("fr", "Le budget voté\n\nPARIS (AFP) - Le conseil municipal a voté le budget mardi."),
    ("fr", "Le budget voté\n\nLYON, 3 mars (Reuters) — Les élus ont voté le budget mardi."),
    ("en", "Budget passed\n\nPHOENIX (AP) — Democratic Gov. Katie Hobbs signed the budget."),
    ("en", "Budget passed\n\nLONDON, March 3 (Reuters) - The council passed its budget."),
)


def _last_line(text: str) -> tuple[int, int]:
    """The span of the sentence closing ``text``, after its dateline's or bullet's dash."""
    line = text.rsplit("\n", 1)[-1]
    start = len(text) - len(line) + max(line.find(" - "), line.find(" — ")) + 3
    return start, len(text)


def test_the_lead_after_a_dateline_stands_as_a_sentence() -> None:
    for language, text in _DATELINES:
        assert in_own_sentence(text, _last_line(text), language), text


def test_a_list_item_stands_as_a_sentence() -> None:
    text = "Ce qui change\n\nPlusieurs mesures entrent en vigueur.\n\n- Le smic est revalorisé."
    assert in_own_sentence(text, (text.index("Le smic"), len(text)), "fr")
    for item in ("• The stamp costs more.", "2) The stamp costs more.", "– The rent is frozen."):
        numbered = "Changes\n\n" + item
        words = numbered.index("The ")
        assert in_own_sentence(numbered, (words, len(numbered)), "en"), item


def test_a_dash_inside_a_line_opens_no_sentence() -> None:
    text = "Le maire de Lamotte - Le conseil a voté le budget."
    assert not in_own_sentence(text, (text.index("Le conseil"), len(text)), "fr")
    text = "Le vote - et le débat - Le conseil a voté le budget."
    assert not in_own_sentence(text, (text.index("Le conseil"), len(text)), "fr")
    text = "- Olivier Roux : le maire sortant a 35 ans."
    assert not in_own_sentence(text, (text.index("le maire"), len(text)), "fr")


_DISPATCH = (
    "Le conseil approuve trois couloirs de bus\n\n"
    "PARIS (AFP) - Le conseil municipal a approuvé mardi trois nouveaux couloirs de bus après "
    "deux heures de débat.\n\n"
    "« Cela réduira le temps de trajet de milliers de personnes », a déclaré l'élue Anne Leroy.\n\n"
    "Le chef de l'opposition, Marc Roux, a estimé que le projet nuirait aux petits commerces.\n\n"
    "Les couloirs ouvriront en mars."
)


def test_a_dispatch_s_lead_is_asked() -> None:
    questions = draft_questions(analyze(_DISPATCH, "fr", headline=_DISPATCH.split("\n")[0]))
    shown = [q["prompt"] for q in questions] + [
        item["claim"] for q in questions for item in q.get("items", [])
    ]
    assert [s for s in shown if "trois nouveaux couloirs" in s], shown


def test_a_list_item_that_is_no_sentence_stays_out() -> None:
    text = (
        "Les candidats\n\nCinq listes se présentent.\n\n- Damien Baudry (RN)\n- Emilie Roux (LFI)"
    )
    assert not in_own_sentence(text, (text.index("Damien"), text.index("\n- Emilie")), "fr")
    text = "Plans\n\nThe plan includes:\n\n- The Bratton area adopting 2,100 homes"
    assert not in_own_sentence(text, (text.index("The Bratton"), len(text)), "en")
    text = "Mesures\n\n- Le smic est revalorisé de 2 %"  # no stop, but a verb
    assert in_own_sentence(text, (text.index("Le smic"), len(text)), "fr")
