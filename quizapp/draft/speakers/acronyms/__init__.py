"""Acronyms as speakers: ``spelled`` joins an acronym to the description or body it stands for
(« le parquet national antiterroriste (Pnat) », « l'AFP » and « l'agence française de presse »
are one speaker), on ``initials``' test of whether words spell one. One package since round 39's
final read, so that ``speakers/`` keeps to fifteen entries once it took ``bodies/`` and
``speaker_checks/`` in (regroup39).
"""
