"""The forms a cue takes, French and English, as a grammar: whether a word starts a reporting
verb (set phrases, compound forms with their auxiliary, adverbs, modals and reflexives, the
forms that only look like a verb), English progressives, passives and nouns of speech, whether
an English base form is a verb after its subject, and the phrases that open an attribution
(« selon », "according to"). ``quizapp.draft.cues`` asks them for each word of a sentence; kept
together so the shapes of ``detect/`` read a cue without knowing how its verb is built."""
