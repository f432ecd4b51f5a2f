"""teacher53: the shaded paragraph's note showed « surprises...… » when its eighth word
ended on the article's own points of suspension; one ellipsis is shown."""

from quizapp.ui.quiz.paired_marks import paragraph_start


def test_the_words_own_suspension_points_give_way_to_one_ellipsis() -> None:
    text = "Le lapin de Pâques réserve parfois des surprises... Dans la nuit du dimanche"
    assert paragraph_start(text) == "Le lapin de Pâques réserve parfois des surprises…"
    text = "Le lapin de Pâques réserve parfois des surprises… Dans la nuit du dimanche"
    assert paragraph_start(text) == "Le lapin de Pâques réserve parfois des surprises…"


def test_an_abbreviations_point_stays() -> None:
    text = "Hier soir, il a rencontré le maire M. Durand et son adjoint"
    assert paragraph_start(text) == "Hier soir, il a rencontré le maire M.…"
