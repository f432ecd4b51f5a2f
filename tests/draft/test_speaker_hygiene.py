"""What the drafter reports as a speaker is a speaker (fix8): never the clause that is said,
never with a time or setting complement, never an adjective opening the sentence.

« Ce fut dur, estime X, président de Y : « … » » (X says the clause), « rappelait l'institut
le 3 mars » (no date in the speaker), « a indiqué plus tôt X », « a précisé en entrevue X »
(setting words between the verb and its subject), « Émue, la directrice a dit » (the
adjective describes the subject). Made-up sentences, each with a counter-case."""

from __future__ import annotations

from quizapp.draft import analyze
from tests.draft.readings import speakers


def test_the_clause_before_an_inverted_cue_is_said_not_the_speaker() -> None:
    text = (
        "Cette saison aura été très difficile, estime Paul Girard, président de la coopérative :"
        " « Nous avons perdu la moitié des fruits en mai. »"
    )
    analysis = analyze(text, "fr")
    found = [(analysis.passage(a.content), a.speaker) for a in analysis.attributions]
    assert found == [  # the quotation the colon opens is his too (recall8)
        ("Cette saison aura été très difficile", "Paul Girard"),
        ("Nous avons perdu la moitié des fruits en mai.", "Paul Girard"),
    ]
    plural = "Le chantier a pris du retard, estiment les riverains : « Rien ne bouge depuis mai. »"
    assert speakers(plural) == ["les riverains", "les riverains"]


def test_a_subject_before_the_cue_and_its_colon_still_speaks() -> None:
    text = "Paul Girard, président de la coopérative, estime : « Nous avons tout perdu en mai. »"
    assert speakers(text) == ["Paul Girard"]


def test_a_date_after_the_inverted_subject_stays_out_of_it() -> None:
    text = "Elle se prévient par deux doses de vaccin, rappelait l'OMS le 14 mars."
    assert speakers(text) == ["OMS"]
    first = "Elle se prévient par deux doses de vaccin, rappelait l'OMS le 1er mars."
    assert speakers(first) == ["OMS"]


def test_setting_words_between_the_verb_and_its_subject_are_skipped() -> None:
    end = "Le froid devrait durer jusqu'à dimanche, {} Marc Lenoir, porte-parole du service."
    for setting in ("avait indiqué plus tôt", "a précisé en entrevue", "a ajouté en entretien"):
        assert speakers(end.format(setting)) == ["Marc Lenoir"], setting


def test_a_complement_that_is_no_setting_is_not_skipped() -> None:
    text = "Le froid devrait durer jusqu'à dimanche, a précisé le service en fin de matinée."
    assert speakers(text) == ["le service"]


def test_an_opening_adjective_is_not_the_speaker() -> None:
    for opening in ("Emue", "Prudente", "Inquiète"):
        text = f"{opening}, la directrice du musée a rapporté que l'équipe était sous le choc."
        assert speakers(text) == ["la directrice du musée"], opening


def test_a_first_name_opening_the_sentence_is_still_the_speaker() -> None:
    text = "Brigitte, la directrice du musée a rapporté que l'équipe était sous le choc."
    assert speakers(text) == ["Brigitte"]
    assert speakers("Hervé, le gardien a rapporté que la porte était ouverte.") == ["Hervé"]


def test_figures_speak_for_the_one_who_made_them() -> None:
    end = ", le déficit atteindra 4 % cette année."
    assert speakers("Selon les estimations du ministère" + end) == ["le ministère"]
    assert speakers("Selon les dernières projections de l'Insee" + end) == ["Insee"]
    assert speakers("D'après les calculs de Météo-France" + end) == ["Météo-France"]
    assert speakers("Selon les chiffres des économistes" + end) == ["des économistes"]


def test_figures_with_no_maker_or_a_date_stay_as_written() -> None:
    end = ", le déficit atteindra 4 % cette année."
    assert speakers("Selon les projections" + end) == ["les projections"]
    assert speakers("Selon les chiffres de janvier" + end) == ["les chiffres de janvier"]


def test_a_ranking_after_a_description_is_no_apposed_name() -> None:
    story = "Anna Kowalska a battu sa rivale samedi à Paris. "
    text = story + "« C'était dur », a réagi la Polonaise, N.1 mondiale, sur le podium."
    assert speakers(text) == ["Anna Kowalska"]
    named = story + "« C'était dur », a dit l'entraîneuse, Maria Nowak, sur le podium."
    assert speakers(named)[-1] == "Maria Nowak"


def test_a_clock_time_is_no_part_of_the_inverted_subject() -> None:
    said = "« Je vais réessayer, c'est mon rêve », expliquait"
    assert speakers(f"{said} vers 22h Karim, 30 ans, refoulé du stade.") == ["Karim"]
    assert speakers(f"{said} le supporter vers 22 h 30.") == ["le supporter"]
    assert speakers(f"{said} le supporter, 22 ans.") == ["le supporter"]  # an age stays


def test_a_feminine_synonym_of_an_office_finds_the_one_who_holds_it() -> None:
    said = "Appelant au calme, la cheffe du gouvernement a rappelé que « personne ne sera oublié »."
    head = "La Première ministre, Claire Dumas, a visité une école lundi. "
    assert speakers(head + said)[-1] == "Claire Dumas"  # « Appelant au calme » too (recall9c)
    other = "La ministre de la Santé, Claire Dumas, a visité une école lundi. "
    assert speakers(other + said)[-1] == "la cheffe du gouvernement"


_OPENING = (
    "La foule attendait devant le stade.\n\n"
    "« Je suis arrivé aux escaliers, puis un policier m'a ramené » dehors. "
)


def test_a_quotation_opening_the_next_sentence_is_not_its_subject() -> None:
    text = _OPENING + "Mais « je vais réessayer, c'est mon rêve », expliquait Karim, 30 ans."
    assert speakers(text) == ["Karim", "Karim"]


def test_a_plain_subject_of_the_next_sentence_still_takes_the_quotation() -> None:
    text = _OPENING + "Karim a ensuite raconté sa soirée aux policiers."
    assert speakers(text)[:1] == ["Karim"]
