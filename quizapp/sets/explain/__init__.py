"""Mistakes in a question file said in a teacher's words: YAML syntax errors recognised and
located where the mistake is, values (ids, kinds, limits) named the way people name them,
pydantic's validation errors said as the field to mend (``messages``) and placed at their line
and column (``locate``)."""
