"""Attribution detection: the shapes of reported speech, one family per module, that
``quizapp.draft.attributions`` tries for each cue of a sentence."""
