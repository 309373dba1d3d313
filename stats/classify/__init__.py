"""Classify: a figure's role (level, target, change) and the qualifiers that stand apart from it."""
