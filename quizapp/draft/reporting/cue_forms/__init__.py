"""The forms a cue takes, as a grammar: whether a word starts a reporting verb (set phrases,
compound forms with their auxiliary, adverbs, modals and reflexives, the forms that only look
like a verb), and the phrases that open an attribution (« selon », "according to").
``quizapp.draft.reporting.cues`` asks them for each word of a sentence; kept together so the shapes
of ``detect/`` read a cue without knowing how its verb is built. The English family (progressives,
passives, nouns of speech, base forms after their subject, requests) is
``quizapp.draft.reporting.english_cue_forms``."""
