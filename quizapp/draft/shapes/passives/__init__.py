"""Reporting verbs in the passive, French and English: the speaker is the agent after *par* or
*by* (« qualifiée d'« entretien » par le Quai d'Orsay », "was described as reckless by
regulators"), a noun qualified by the participle of a stance (« une victoire contestée par
l'opposition »), or nobody named and an impersonal voice (a penalty requested, an announcement);
with the lexicon's passive participles read once and cached. One construction, kept together
apart from the active shapes of ``detect/``."""
