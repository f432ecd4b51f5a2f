"""The editor's live checking, from the check to what the teacher sees of it.

``checker`` runs ``quizapp validate``'s own checks off the GUI thread whenever the teacher
pauses; ``wording`` puts their problems in the form's words (field names as the form shows
them, label names rather than ids); ``problem_display`` places them at their fields, in the
question list and in the status line; ``field_mark`` frames the field a remark sent the
keyboard to. They stand apart from the window because they change together, whenever a check
or its wording does (ui40 grouped them when the editor held sixteen entries).
"""
