"""Mistakes in a question file said in a teacher's words: YAML syntax errors recognised and
located where the mistake is, values (ids, kinds, limits) named the way people name them."""
