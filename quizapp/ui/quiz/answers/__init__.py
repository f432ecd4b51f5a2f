"""The answer widgets of the six question types, each with ``response()`` and
``show_feedback()``: options and true/false (``choice_widgets``), claims to classify and pairs
to match (``row_widgets``, on ``numbered_choice``), and passages to find (``locate_widget``).
``by_type`` picks one by the question's type and frames it for the question page."""
