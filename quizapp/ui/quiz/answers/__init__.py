"""The answer widgets of the six question types, each with ``response()`` and
``show_feedback()``: options and true/false (``choice_widgets``), claims to classify and pairs
to match (``row_widgets``, on ``numbered_choice``), and passages to find (``locate_widget``).
The question page picks one by the question's type."""
