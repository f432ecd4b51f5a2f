"""The Qt-free half of the set editor: the set being edited with its undo history
(``set_draft``), the undoable commands on its plain data (``commands``), new questions and
questions made from a selection (``new_questions``), the writer of readable v1 YAML that keeps a
hand-written file's comments (``writer``), and live checking through the validator's own path
(``live_check``)."""
