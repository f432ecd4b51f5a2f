"""Speaker resolution helpers: titles in apposition, acronyms, definite anaphors."""
