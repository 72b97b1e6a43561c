"""Fact-checking workbench: an article beside its claims, sources and verdicts."""

__version__ = "0.1.0"
