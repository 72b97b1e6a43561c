"""Domain objects, rating scale, review rules, spans and Arabic text tools.

Nothing in this package imports Qt or SQLite (checked by import-linter, see pyproject.toml).
"""
