"""Descriptions of people (and of the bodies they speak for) taken up again: « le ministre »,
« l'éleveur », « cette mère de famille », « le libéral », "the billionaire", « le quotidien ».
A description finds whom the narration showed, or stays a source of its own; the pronouns,
the last speaker and the groups it builds on are the modules of ``anaphora/`` itself. The
resolver (``quizapp.draft.pipeline.resolve``) asks the last class of the chain,
``DescriptionsGoingOn``. Out of ``anaphora/`` since tidy31, which had reached 16 modules.

- ``bare_descriptions``: a description with no complement (« le ministre », « l'élue ») takes
  up a subject of this sentence or the two before, or the latest holder of an office its word
  covers (``BareDescriptions``, over ``Pronouns``).
- ``only_named``: a bare description that took up no one near it is the one person the article
  named (``only_person_named``; out of ``bare_descriptions`` since round 39's final read).
- ``speaker_in_focus``: a bare title or trade no recent subject took takes up the named
  speaker heard last when nobody else was named since (anaphora35).
- ``described``: every description the resolver hands on, read in one place (``Described``):
  a person met, a title or a role, a possessive document's owner, or a source of its own.
- ``person_heads``: whether a description's head names a person, a body (« la police ») or a
  thing (« le tract », « la théorie »), asked of a source of its own (out of ``described``
  since tidy43).
- ``known_voices``: a phrase naming no one of its own that stands for an entity already met
  (a surname read as a title, an acronym spelled out, an outlet's staff, a document's issuer,
  a member's group; ``KnownVoices``), asked before the phrase's form.
- ``going_on_descriptions``: after its cue, a description of the person or body going on
  (« a encore expliqué le psychanalyste », « a poursuivi l'appareil diplomatique »).
- ``heard_last``: the tests those descriptions of the speaker just heard rest on (a
  demonstrative and a person noun, a body after a cue that goes on, narrowing words written
  in the speaker's title).
- ``just_named``: a description with a new noun right after a sentence that named one person
  (« Ces images hantent Laurent X. L'éleveur a perdu… »).
- ``undergone``: the person just named underwent the sentence's event, so the office that
  speaks next is someone else (« Jean X a été interpellé. Le procureur affirme… »).
- ``partisans``: a politician taken up by the family of their party (« le libéral »).
- ``named_near``: a definite description that repeats the title written for the one person
  named just before (« Paul X, actuel maire de Y, » then « le maire-candidat »), asked last
  before the description speaks as itself (names53).
"""
