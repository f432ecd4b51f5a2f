"""The shapes of reported speech only English writes, tried by
``quizapp.draft.pipeline.attributions`` beside those of ``detect/``: the cue closing a sentence with
its comma and subject (", an aide said.", ``english_final``), a statement carried by an owned noun
of speech ("his claim that…", ``english_nominal``) and a judgement with "as" ("viewed those as…",
``judged``). Out of ``detect/`` since tidy28, which had reached 13 modules: each reads English word
order only."""
