"""Statements signed by who said them rather than introduced by a cue (out of ``rules/`` in
the final read of round 37, when that folder reached sixteen entries):

- ``signed``: a statement followed by a name and its role (« … », Jean Roy, maire), and the
  signature readings of a paragraph (recall18).
- ``lone_name``: a name alone on its line, glued to its role, or a first name with an
  indefinite role, under a block of first-person speech with no quotation marks (blocks37).
- ``described``: a dash before a described person, a role and a name, or a body, after a
  quotation or on a line of its own under it (« … » — la conseillère X, "…" - a resident;
  signed38).
"""
